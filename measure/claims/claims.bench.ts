/**
 * Speed of the claims layer: quantity extraction alone, and the whole stage (quantities,
 * check-worthiness of every sentence, comparison), on plain text made of PTC articles at
 * about 1,500 words (10 KB), 100 KB and 1 MB.
 */
import { readdirSync, readFileSync } from "node:fs";
import { extractClaims } from "../../dist/claims/index.js";
import { extractQuantities } from "../../dist/claims/quantities.js";
import { createDocument } from "../../dist/text/document.js";
import { sharedData } from "../paths.js";
import type { ResultTable } from "../table.js";
import { time } from "../timing.js";

const SIZES = [
  { label: "10 KB (~1,500 words)", bytes: 10_000, repeats: 9 },
  { label: "100 KB", bytes: 100_000, repeats: 5 },
  { label: "1 MB", bytes: 1_000_000, repeats: 2 },
];

function corpus(bytes: number): string {
  const dir = sharedData("ptc/articles");
  const parts: string[] = [];
  let size = 0;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (let i = 0; size < bytes; i++) {
    const text = readFileSync(`${dir}/${files[i % files.length]}`, "utf8");
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join("\n\n").slice(0, bytes);
}

/** `npm run bench -- --only claims`. */
export default async (): Promise<ResultTable[]> => {
  const rows: (string | number)[][] = [];
  for (const size of SIZES) {
    const doc = createDocument(corpus(size.bytes), { id: "bench" });
    const q = time(() => extractQuantities(doc), size.repeats);
    const all = time(
      () => extractClaims(doc, { sentenceVoices: [], sources: [], matches: [] }),
      size.repeats,
    );
    const result = extractClaims(doc, { sentenceVoices: [], sources: [], matches: [] });
    rows.push([
      size.label,
      doc.sentences.length,
      result.quantities.length,
      q.ms,
      all.ms,
      Math.round((doc.text.length / 1024 / all.ms) * 1000),
    ]);
  }
  return [
    {
      title: "Claims layer speed (median ms; PTC article text)",
      columns: ["input", "sentences", "quantities", "quantities ms", "claims stage ms", "KB/s"],
      rows,
      notes: [
        "claims stage = quantities + check-worthiness score of every sentence + comparison; no sources.",
      ],
    },
  ];
};
