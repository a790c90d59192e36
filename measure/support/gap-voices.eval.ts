import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../dist/analyze.js";
import { documentFromString } from "../../dist/ingest/index.js";
import { ASSERTION_GAP } from "../../dist/support/rules.js";
import { sharedData } from "../paths.js";
import type { ResultTable } from "../table.js";
import { parseBrat } from "../voice/brat.js";

/** A finding counts as someone else's statement when this share of its characters is annotated content. */
const INSIDE = 0.5;

interface Tally {
  texts: number;
  findings: number;
  inside: number;
  partly: number;
}

/**
 * Every annotator's attribution contents of each PolNeAR text of a split (a text annotated twice
 * counts what either annotator marked: the question is whether anyone reads the sentence as
 * reported, not which reading is gold).
 */
function contentsByText(split: "train" | "dev"): Map<string, { start: number; end: number }[]> {
  const dir = sharedData(`polnear/${split}/attributions`);
  const out = new Map<string, { start: number; end: number }[]>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".ann"))) {
    const name = f.replace(/_[^_]+\.ann$/, "");
    const { spans, events } = parseBrat(readFileSync(join(dir, f), "utf8"));
    const list = out.get(name) ?? [];
    for (const e of events) {
      const c = spans.get(e.roles.get("Content") ?? "");
      if (c) list.push({ start: c.start, end: c.end });
    }
    out.set(name, list);
  }
  return out;
}

/** Each gap finding of a split's texts, against the contents annotated by hand. */
function tallySplit(split: "train" | "dev"): Tally {
  const t: Tally = { texts: 0, findings: 0, inside: 0, partly: 0 };
  const textDir = sharedData(`polnear/${split}/text`);
  for (const [name, contents] of [...contentsByText(split)].sort(([a], [b]) => a.localeCompare(b))) {
    const doc = documentFromString(readFileSync(join(textDir, `${name}.txt`), "utf8"), {
      id: name,
      format: "text",
    });
    t.texts++;
    for (const f of analyze(doc).findings) {
      if (f.ruleId !== ASSERTION_GAP.id || !f.span) continue;
      // Annotations are offsets into the file as it came; findings into the normalized text.
      const start = doc.origin[f.span.start];
      const end = doc.origin[f.span.end - 1] + 1;
      const covered = new Uint8Array(end - start);
      for (const c of contents)
        for (let i = Math.max(c.start, start); i < Math.min(c.end, end); i++) covered[i - start] = 1;
      const share = covered.reduce((n, x) => n + x, 0) / (end - start);
      t.findings++;
      if (share >= INSIDE) t.inside++;
      else if (share > 0) t.partly++;
    }
  }
  return t;
}

const row = (label: string, t: Tally): (string | number)[] => [
  label,
  t.texts,
  t.findings,
  t.inside,
  t.findings ? t.inside / t.findings : 0,
  t.partly,
];

/**
 * `npm run eval -- --only gap-voices`: how many assertion-gap findings on PolNeAR's political news
 * (not ours; every attribution annotated by hand) lie in text its annotators mark as someone
 * else's statement. The gap speaks of the author's own claims only, so each such finding is wrong
 * by its first criterion; the figure is a floor of the gap's voice errors (what PolNeAR leaves
 * unannotated is not checked). Train has been read to write voice rules; dev has not (its findings were judged once).
 */
export default async (): Promise<ResultTable[]> => [
  {
    title:
      "Assertion gap on PolNeAR news (data we did not write): findings in text annotated as someone else's",
    columns: ["split", "texts", "gap findings", "inside an attribution", "share", "partly inside"],
    rows: [
      row("train (read)", tallySplit("train")),
      row("dev (findings judged by hand twice, at 4bd6cf3 and ff8eb26)", tallySplit("dev")),
    ],
    notes: [
      `A finding is inside when at least ${INSIDE * 100}% of its characters lie in the Content span of an attribution either annotator`,
      "of the text marked (Newell, Margolin & Ruths, LREC 2018); 'partly inside' findings are author sentences that hold an",
      "attribution, counted apart and not as errors. Lower is better. No source file is given: the evidence is what each article quotes.",
      "Train has been read to write voice and assertion rules. Dev's findings were judged by hand at 4bd6cf3 and again at ff8eb26 (12 of 45 right; docs/support.md),",
      "so the kinds of its errors are known; no rule was written from its sentences.",
      "No published system reports assertion-gap findings; the figure checks the voice layer under the gap.",
    ],
  },
];
