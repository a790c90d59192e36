import { readFileSync } from "node:fs";
import { extractQuantities } from "../../dist/claims/quantities.js";
import type { Quantity } from "../../dist/claims/types.js";
import { createDocument } from "../../dist/text/document.js";

/** One line of `fixtures/claims/quantities.jsonl`: a sentence and one expected quantity (or none). */
export interface AnnotatedQuantity {
  sentence: string;
  articleDate?: string;
  /** Exact text of the quantity; null for a sentence that holds no quantity. */
  text: string | null;
  low?: number | null;
  high?: number | null;
  approx?: boolean;
  vague?: boolean;
  unit?: string;
  currency?: string;
  counted?: string;
  date?: string;
}

/** Read the annotated quantity set. */
export function readAnnotated(path: string): AnnotatedQuantity[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AnnotatedQuantity);
}

/** Scores of quantity extraction against the annotated set. */
export interface QuantityScores {
  expected: number;
  /** Same text and every field equal. */
  exact: number;
  /** A quantity overlapping the expected text with the same interval (or the same date). */
  interval: number;
  /** Extracted quantities that overlap no expected one. */
  spurious: number;
  extracted: number;
  /** Expected quantities not matched exactly, as readable lines. */
  misses: string[];
}

const FIELDS = ["low", "high", "approx", "vague", "unit", "currency", "counted", "date"] as const;

function describe(q: Partial<Quantity> | AnnotatedQuantity): string {
  return FIELDS.filter((f) => q[f] !== undefined && q[f] !== false)
    .map((f) => `${f}=${q[f]}`)
    .join(" ");
}

/** Run the extractor over every annotated sentence and score it. */
export function scoreQuantities(lines: AnnotatedQuantity[]): QuantityScores {
  const bySentence = new Map<string, AnnotatedQuantity[]>();
  for (const l of lines) {
    const key = `${l.articleDate ?? ""}\u0000${l.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), l]);
  }
  const s: QuantityScores = { expected: 0, exact: 0, interval: 0, spurious: 0, extracted: 0, misses: [] };
  for (const group of bySentence.values()) {
    const { sentence, articleDate } = group[0];
    const doc = createDocument(sentence, { meta: articleDate ? { date: articleDate } : {} });
    const found = extractQuantities(doc);
    s.extracted += found.length;
    const spans: { start: number; end: number }[] = [];
    let cursor = 0;
    for (const want of group) {
      if (want.text === null) continue;
      s.expected++;
      const start = doc.text.indexOf(want.text, cursor);
      const span = { start, end: start + want.text.length };
      cursor = span.end;
      spans.push(span);
      const overlapping = found.filter((q) => q.start < span.end && span.start < q.end);
      const same = (q: Quantity) =>
        FIELDS.every((f) => (q[f] ?? null) === (want[f] ?? (f === "approx" || f === "vague" ? false : null)));
      const exact = overlapping.find((q) => q.start === span.start && q.end === span.end && same(q));
      if (exact) s.exact++;
      const intervalOk = overlapping.some((q) =>
        want.date !== undefined
          ? q.date === want.date
          : q.low === (want.low ?? null) && q.high === (want.high ?? null),
      );
      if (intervalOk) s.interval++;
      if (!exact) {
        const got = overlapping.map((q) => `"${q.text}" ${describe(q)}`).join("; ") || "nothing";
        s.misses.push(`${intervalOk ? "~" : "✗"} "${want.text}" ${describe(want)} ← ${got}  [${sentence}]`);
      }
    }
    s.spurious += found.filter((q) => !spans.some((sp) => q.start < sp.end && sp.start < q.end)).length;
  }
  return s;
}
