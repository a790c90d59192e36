import type { Span } from "../../dist/core/span.js";
import { unionLength } from "../../dist/core/span.js";

/**
 * PAN's text-alignment measures (Potthast, Stein, Barrón-Cedeño, Rosso, "An Evaluation Framework
 * for Plagiarism Detection", COLING 2010): character-level precision and recall macro-averaged
 * over detections and cases, granularity (detections per detected case), and
 * PlagDet = F1 / log2(1 + granularity). A case and a detection are each a pair of spans, one in
 * the article and one in the source; a detection detects a case when it overlaps it on both sides.
 */

/** A reused passage, gold or detected. */
export interface Passage {
  article: Span;
  source: Span;
}

/** The passages of one article/source pair. */
export interface ScoredPair {
  cases: Passage[];
  detections: Passage[];
}

/** The PAN scores of a collection of pairs. */
export interface PlagDetScore {
  precision: number;
  recall: number;
  granularity: number;
  plagdet: number;
  cases: number;
  detections: number;
}

const overlap = (a: Span, b: Span): Span | undefined =>
  a.start < b.end && b.start < a.end
    ? { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) }
    : undefined;
const size = (p: Passage): number => p.article.end - p.article.start + (p.source.end - p.source.start);
const detects = (r: Passage, s: Passage): boolean =>
  overlap(r.article, s.article) !== undefined && overlap(r.source, s.source) !== undefined;

/** Score a collection of pairs. */
export function plagdet(pairs: ScoredPair[]): PlagDetScore {
  let precisionSum = 0;
  let recallSum = 0;
  let granularitySum = 0;
  let detected = 0;
  let cases = 0;
  let detections = 0;
  for (const { cases: S, detections: R } of pairs) {
    for (const r of R) {
      detections++;
      const hits = S.filter((s) => detects(r, s));
      const art = hits.map((s) => overlap(s.article, r.article)).filter((x): x is Span => x !== undefined);
      const src = hits.map((s) => overlap(s.source, r.source)).filter((x): x is Span => x !== undefined);
      precisionSum += (unionLength(art) + unionLength(src)) / Math.max(1, size(r));
    }
    for (const s of S) {
      cases++;
      const hits = R.filter((r) => detects(r, s));
      if (hits.length > 0) {
        detected++;
        granularitySum += hits.length;
      }
      const art = hits.map((r) => overlap(s.article, r.article)).filter((x): x is Span => x !== undefined);
      const src = hits.map((r) => overlap(s.source, r.source)).filter((x): x is Span => x !== undefined);
      recallSum += (unionLength(art) + unionLength(src)) / Math.max(1, size(s));
    }
  }
  const precision = detections > 0 ? precisionSum / detections : 1;
  const recall = cases > 0 ? recallSum / cases : 1;
  const granularity = detected > 0 ? granularitySum / detected : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, granularity, plagdet: f1 / Math.log2(1 + granularity), cases, detections };
}
