import { append } from "../../collections.js";
import type { Voice } from "../types.js";
import type { SentenceContext, SentenceSieve } from "./context.js";

// Paragraphs back from a stray closing mark in which an introducer ending in a colon may open the
// quote whose opening mark was lost (as far as a quote laid over paragraphs is carried).
const INTRODUCER_REACH = 8;
// A paragraph that ends by introducing what follows: "… tweeting yesterday evening:".
const INTRODUCER_END = /:\s*$/;
// A closing double mark: curly, or straight after sentence punctuation ('… reckless."').
const CLOSER_END = /(?:\u201D|[.,!?;]")\s*$/;

const strayCache = new WeakMap<SentenceContext, Set<number>>();

/**
 * Sentences inside a quotation whose opening mark was lost and whose closing mark ends their
 * paragraph ('Critics disagreed, calling the plan reckless and a waste of money."'). The quote
 * finder makes no quote of such a mark, since nothing shows where it began; but the words before
 * it are someone else's, so they are no claim of the author's. The quote is taken to run back to
 * the paragraph that an introducer ending in a colon closes, when one stands within
 * {@link INTRODUCER_REACH} paragraphs with no quotation or heading between; else back through its
 * own paragraph to the sentence after a reporting frame (a sentence with a speech cue, a closed
 * quotation, or a colon at its end), or to the paragraph start.
 */
function straySentences(ctx: SentenceContext): Set<number> {
  const cached = strayCache.get(ctx);
  if (cached) return cached;
  const out = new Set<number>();
  const { article, spans } = ctx;
  const { text, paragraphs, sentences } = article;
  const ends = new Set(spans.map((q) => q.end));
  const quoted = new Set<number>();
  for (const q of spans) for (let p = q.firstParagraph; p <= q.lastParagraph; p++) quoted.add(p);
  const paragraphText = (p: number) => text.slice(paragraphs[p].start, paragraphs[p].end);
  const frame = (si: number): boolean =>
    INTRODUCER_END.test(text.slice(sentences[si].start, sentences[si].end)) ||
    ctx.bySentence[si].some((ci) => !ctx.cues[ci].attributionOnly) ||
    spans.some((q) => q.end > sentences[si].start && q.end <= sentences[si].end);
  // Sentences of each paragraph, in order: sentences are sorted, so one pass fills them.
  const byParagraph = new Map<number, number[]>();
  for (let si = 0; si < sentences.length; si++) append(byParagraph, sentences[si].paragraph, si);
  for (let p = 0; p < paragraphs.length; p++) {
    if (paragraphs[p].kind === "heading" || !CLOSER_END.test(paragraphText(p))) continue;
    let end = paragraphs[p].end;
    while (end > paragraphs[p].start && /\s/.test(text[end - 1])) end--;
    if (ends.has(end)) continue;
    let from = p;
    for (let k = p - 1; k >= Math.max(0, p - INTRODUCER_REACH); k--) {
      if (paragraphs[k].kind === "heading" || quoted.has(k)) break;
      if (INTRODUCER_END.test(paragraphText(k))) {
        from = k + 1;
        break;
      }
    }
    const own = byParagraph.get(p) ?? [];
    if (from === p) {
      // Within its paragraph: back from the closer's sentence to the sentence after a frame.
      for (let j = own.length - 1; j >= 0; j--) {
        if (j < own.length - 1 && frame(own[j])) break;
        out.add(own[j]);
      }
    } else for (let k = from; k <= p; k++) for (const si of byParagraph.get(k) ?? []) out.add(si);
  }
  strayCache.set(ctx, out);
  return out;
}

/**
 * A sentence inside a quotation that lost its opening mark, which no earlier sieve gave a voice:
 * someone's words, but whose the article no longer shows, so its voice is unknown, not the
 * author's (and no support rating reads it as the author's claim).
 */
export const strayCloser: SentenceSieve = {
  name: "stray-closer",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    return straySentences(ctx).has(si) ? { kind: "unknown" } : undefined;
  },
};
