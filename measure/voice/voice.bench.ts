import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { documentFromString } from "../../dist/ingest/index.js";
import { attributeVoices } from "../../dist/voice/index.js";
import { repoFile } from "../paths.js";
import type { ResultTable } from "../table.js";
import { time } from "../timing.js";

const SIZES = [1e4, 1e5, 1e6];

/**
 * Throughput of voice attribution on growing inputs made of the annotated plain-text articles
 * (fixtures/voices/articles) joined end to end: time per call should grow linearly with size.
 */
export default async function voiceBench(): Promise<ResultTable[]> {
  const dir = repoFile("fixtures/voices/articles");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as { text?: string })
    .flatMap((a) => (a.text ? [a.text] : []));
  const corpus = texts.join("\n\n");
  const rows: (string | number)[][] = [];
  for (const size of SIZES) {
    const text = corpus.repeat(Math.ceil(size / corpus.length)).slice(0, size);
    const doc = documentFromString(text, { id: "bench", format: "text" });
    const repeats = size >= 1e6 ? 3 : 5;
    let quotes = 0;
    const t = time(() => {
      quotes = attributeVoices(doc, { matches: [], sources: [] }).quotes.length;
    }, repeats);
    rows.push([
      size.toLocaleString("en"),
      doc.tokens.length,
      quotes,
      t.ms,
      (doc.tokens.length / t.ms) * 1000,
      t.peakHeapMB,
    ]);
  }
  return [
    {
      title: "Voices: attributeVoices throughput (no sources)",
      columns: ["chars", "tokens", "quotes", "ms (median)", "tokens/s", "peak heap MB"],
      rows,
      notes: [
        "Input: the annotated set's plain-text articles joined and repeated to size; the document is built once, outside the timing.",
      ],
    },
  ];
}
