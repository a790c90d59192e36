import { finding } from "../core/finding.js";
import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";
import { itemContaining } from "../text/search.js";
import { OMISSION, type TraceFinding } from "./rules.js";
import type { Match } from "./types.js";

/** Options of {@link findOmissions}. */
export interface OmissionOptions {
  /** Most sentences between two reused ones for the skipped ones to count as omitted (default: 3). */
  maxBetween: number;
  /** Share of a source sentence's characters a match must cover to count it reused (default: 0.3). */
  minCovered: number;
}

/**
 * Source sentences the article skipped: uncovered sentences lying between two reused ones (at
 * most `maxBetween` apart), or right beside a reused one in the same paragraph. Runs of skipped
 * sentences make one finding, placed at the article sentence holding the nearest reused text.
 */
export function findOmissions(
  article: Document,
  source: Document,
  matches: Match[],
  o: OmissionOptions,
): TraceFinding[] {
  const mine = matches
    .filter((m) => m.source.id === source.id)
    .sort((x, y) => x.source.start - y.source.start);
  if (mine.length === 0) return [];
  const sentences = source.sentences;
  const marked = new Uint8Array(source.text.length + 1);
  for (const m of mine) marked.fill(1, m.source.start, m.source.end);
  const covered = sentences.map((s) => {
    let n = 0;
    for (let i = s.start; i < s.end; i++) n += marked[i];
    return n / Math.max(1, s.end - s.start) >= o.minCovered;
  });
  const omitted = sentences.map((s, k) => {
    if (covered[k] || words(source, s) < 4) return false;
    const beside =
      (k > 0 && covered[k - 1] && sentences[k - 1].paragraph === s.paragraph) ||
      (k + 1 < sentences.length && covered[k + 1] && sentences[k + 1].paragraph === s.paragraph);
    if (beside) return true;
    let before = k - 1;
    while (before >= 0 && !covered[before]) before--;
    let after = k + 1;
    while (after < sentences.length && !covered[after]) after++;
    return before >= 0 && after < sentences.length && after - before - 1 <= o.maxBetween;
  });
  const findings: TraceFinding[] = [];
  for (let k = 0; k < sentences.length; k++) {
    if (!omitted[k]) continue;
    let end = k;
    while (end + 1 < sentences.length && omitted[end + 1]) end++;
    const gap = { start: sentences[k].start, end: sentences[end].end };
    const count = end - k + 1;
    const excerpt = source.text.slice(gap.start, gap.end).replace(/\s+/g, " ");
    findings.push(
      finding(OMISSION, {
        message: `The article skips ${count === 1 ? "a sentence" : `${count} sentences`} of ${source.id} next to text it reuses: "${excerpt.length > 90 ? `${excerpt.slice(0, 87)}...` : excerpt}"`,
        span: nearestArticleSentence(article, mine, gap),
        evidence: [{ id: source.id, ...gap }],
        data: { sentences: count },
      }),
    );
    k = end;
  }
  return findings;
}

const words = (doc: Document, s: { tokenStart: number; tokenEnd: number }): number => {
  let n = 0;
  for (let t = s.tokenStart; t < s.tokenEnd; t++)
    if (doc.tokens[t].kind === "word" || doc.tokens[t].kind === "number") n++;
  return n;
};

// The article sentence holding the end of the match just before the gap in the source (or the
// start of the one just after it).
function nearestArticleSentence(article: Document, matches: Match[], gap: Span): Span {
  // `matches` are sorted by source start: the one just before the gap, or else the one after it.
  let k = -1;
  for (let lo = 0, hi = matches.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].source.start < gap.start) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const at = k >= 0 ? matches[k].article.end - 1 : matches[Math.min(matches.length - 1, k + 1)].article.start;
  const sentence = article.sentences[itemContaining(article.sentences, at)];
  return sentence ? { start: sentence.start, end: sentence.end } : { start: at, end: at };
}
