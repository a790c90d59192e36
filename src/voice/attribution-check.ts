import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";
import { firstEndingAfter } from "../text/search.js";
import type { AttributionSpans } from "./attributions.js";
import { type Logistic, probability } from "./cue-model.js";
import type { VoiceLexicon } from "./lexicon.js";

const QUOTE_MARK = /["\u201C\u201D\u2018\u2019\u00AB\u00BB]/;
const length = (n: number) =>
  n <= 1 ? String(n) : n <= 3 ? "2-3" : n <= 8 ? "4-8" : n <= 20 ? "9-20" : "long";

/** First token of a span and its number of tokens. */
function tokensOf(doc: Document, s: Span): { first: number; count: number } {
  const first = firstEndingAfter(doc.tokens, s.start);
  let end = first;
  while (end < doc.tokens.length && doc.tokens[end].start < s.end) end++;
  return { first, count: end - first };
}

/**
 * Features of an indirect attribution the rules found, for the model that checks it: the cue's
 * words and learned rate, the source's kind of first word, length and side, the content's side,
 * length and first word, and whether the sentence holds a quotation mark.
 */
export function checkFeatures(doc: Document, lex: VoiceLexicon, a: AttributionSpans): string[] {
  const { tokens, text } = doc;
  if (!a.cue) return [];
  const cue = tokensOf(doc, a.cue);
  const w = tokens[cue.first].key;
  const rate = lex.cueRates.get(w);
  const bucket = rate === undefined ? "none" : String(Math.floor(rate * 10));
  const content = tokensOf(doc, a.content);
  const side = a.content.start >= a.cue.end ? "after" : "before";
  const out = [
    `cue:${w}`,
    `cue-len:${length(cue.count)}`,
    `rate:${bucket}`,
    `content:${side}`,
    `content-len:${length(content.count)}`,
    `content-first:${tokens[content.first].key}`,
    `cue-side:${w}_${side}`,
    `next:${tokens[cue.first + cue.count]?.key ?? "</s>"}`,
    `quote:${QUOTE_MARK.test(text.slice(Math.min(a.content.start, a.cue.start), Math.max(a.content.end, a.cue.end)))}`,
  ];
  if (a.source) {
    const source = tokensOf(doc, a.source);
    const first = tokens[source.first];
    const kind = lex.pronouns.has(first.key) ? "pronoun" : /^\p{Lu}/u.test(text[first.start]) ? "cap" : "low";
    out.push(
      `source:${kind}`,
      `source-len:${length(source.count)}`,
      `source-side:${a.source.start >= a.cue.end ? "after" : "before"}`,
      `source-cue:${kind}_${w}`,
    );
  } else out.push("source:none");
  return out;
}

/**
 * The attributions the rules found, less the indirect ones the check model doubts: an indirect
 * attribution whose probability of being right is below `model.threshold` is dropped (a false
 * attribution is worse than a missing one). Direct quotes are kept as they are.
 */
export function checkedAttributions(
  doc: Document,
  lex: VoiceLexicon,
  found: AttributionSpans[],
  model: Logistic | undefined = lex.cueModel?.check,
): AttributionSpans[] {
  if (!model) return found;
  return found.filter((a) => a.direct || probability(model, checkFeatures(doc, lex, a)) >= model.threshold);
}
