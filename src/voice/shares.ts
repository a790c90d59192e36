import type { Document } from "../text/document.js";
import { firstEndingAfter } from "../text/search.js";
import type { Match } from "../trace/types.js";
import { ADJACENT_SIEVES, type Attribution } from "./quote-sieves/context.js";

// A sentence is in a quote's voice when the quote covers at least this share of it.
const QUOTE_SHARE = 0.5;

/**
 * A sentence is in a quote's voice when the quote is most of it, or when it is the quote plus
 * the cue that attributes it ("“We warned them,” Brandt told reporters.").
 */
export function quoteDominates(
  s: { start: number; end: number },
  q: { start: number; end: number },
  share: number,
  a: Attribution | undefined,
  otherCue = false,
  inAside = false,
): boolean {
  if (share >= QUOTE_SHARE) return true;
  if (!a || !ADJACENT_SIEVES.has(a.sieve)) return false;
  // "Gwen Tremayne said her son had told her ‘…’": the sentence reports someone else first.
  if (otherCue) return false;
  // "The council approved the deal, which the union called “a giveaway to developers.”": a quote
  // in a relative clause hung on the author's main clause leaves the sentence the author's.
  if (inAside) return false;
  // Short quotes count when what is left of the sentence is little more than the cue.
  if (share < 0.25 && s.end - s.start - (q.end - q.start) > 40) return false;
  // "…, he was blunter: “…”": a colon-introduced quote closing its sentence.
  if (!a.cue) return a.mention !== undefined && a.mention.start >= s.start && q.end >= s.end - 1;
  const cueInside = a.cue.start >= s.start && a.cue.end <= s.end;
  const edge = q.start <= s.start + 1 || q.end >= s.end - 1;
  return cueInside && edge;
}

/**
 * For each sentence, the share of its characters inside quotes that pass `keep`, and the quote
 * covering most of it.
 */
export function quoteShares(
  doc: Document,
  spans: { start: number; end: number }[],
  keep: (i: number) => boolean,
) {
  const share = new Float64Array(doc.sentences.length);
  const best = new Int32Array(doc.sentences.length).fill(-1);
  const bestLen = new Float64Array(doc.sentences.length);
  spans.forEach((q, i) => {
    if (!keep(i)) return;
    for (
      let si = firstEndingAfter(doc.sentences, q.start);
      si < doc.sentences.length && doc.sentences[si].start < q.end;
      si++
    ) {
      const s = doc.sentences[si];
      const overlap = Math.min(s.end, q.end) - Math.max(s.start, q.start);
      if (overlap <= 0) continue;
      share[si] += overlap / Math.max(1, s.end - s.start);
      if (overlap > bestLen[si]) {
        bestLen[si] = overlap;
        best[si] = i;
      }
    }
  });
  return { share, best };
}

/**
 * Share of each sentence and paragraph traced to a source, and each sentence's main source; and
 * each sentence's share in passages that keep the source's wording (`verbatim` or `edited`), not
 * a `paraphrase` of it.
 */
export function traceCoverage(doc: Document, matches: Match[]) {
  const sentenceShare = new Array<number>(doc.sentences.length).fill(0);
  const wordingShare = new Array<number>(doc.sentences.length).fill(0);
  const sentenceSource = new Array<string | undefined>(doc.sentences.length).fill(undefined);
  const perSource = doc.sentences.map(() => new Map<string, number>());
  const paragraphChars = new Array<number>(doc.paragraphs.length).fill(0);
  for (const m of matches) {
    const { start, end } = m.article;
    for (
      let si = firstEndingAfter(doc.sentences, start);
      si < doc.sentences.length && doc.sentences[si].start < end;
      si++
    ) {
      const s = doc.sentences[si];
      const overlap = Math.min(s.end, end) - Math.max(s.start, start);
      if (overlap <= 0) continue;
      perSource[si].set(m.source.id, (perSource[si].get(m.source.id) ?? 0) + overlap);
      paragraphChars[s.paragraph] += overlap;
      if (m.kind !== "paraphrase") wordingShare[si] += overlap / Math.max(1, s.end - s.start);
    }
  }
  doc.sentences.forEach((s, si) => {
    let top = 0;
    let total = 0;
    for (const [id, n] of perSource[si]) {
      total += n;
      if (n > top) {
        top = n;
        sentenceSource[si] = id;
      }
    }
    sentenceShare[si] = Math.min(1, total / Math.max(1, s.end - s.start));
  });
  const paragraphShare = doc.paragraphs.map((p, i) =>
    Math.min(1, paragraphChars[i] / Math.max(1, p.end - p.start)),
  );
  return { sentenceShare, sentenceSource, paragraphShare, wordingShare };
}
