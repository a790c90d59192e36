import type { Document } from "../text/document.js";
import type { QuoteSpan } from "../text/quotes.js";
import { itemContaining } from "../text/search.js";
import type { VoiceLexicon } from "./lexicon.js";
import type { Attribution } from "./quote-sieves/context.js";

/**
 * Whether a quote's attribution stands in a relative clause after a comma, hung on a word of the
 * author's main clause: "The council approved the deal, which the union called “a giveaway to
 * developers.”", "…, directed at Bannon, who Beck on Wednesday called “…”", "…, Mike Pence, who
 * called their son “…”". The relative pronoun stands right before the attribution's speaker, or
 * right before its cue (past adverbs in -ly); the comma before it closes words of the sentence's
 * own, and the quote, a phrase in lower case, follows. The quoted words are the speaker's; the
 * sentence around them is not.
 */
export function quotedInRelativeAside(
  doc: Document,
  lex: VoiceLexicon,
  q: QuoteSpan,
  a: Attribution | undefined,
): boolean {
  // A quote opening on a capital is a sentence of the speaker's own ("…, who declared, “I’m
  // sending the signal …”"), not a phrase inside the author's.
  if (!a?.cue || !/^\p{Ll}/u.test(doc.text.slice(q.contentStart, q.contentEnd).trim())) return false;
  const tokens = doc.tokenStore;
  const relative = (k: number) =>
    lex.subjectRelatives.has(tokens.keyAt(k) ?? "") || lex.objectRelatives.has(tokens.keyAt(k) ?? "");
  const cue = tokens.firstEndingAfter(a.cue.start);
  let before = cue - 1;
  while (before > 0 && /^\p{L}{3,}ly$/u.test(tokens.key(before))) before--;
  let r = relative(before) ? before : -1;
  if (r < 0 && a.mention && a.mention.end <= a.cue.start) {
    const m = tokens.firstEndingAfter(a.mention.start);
    if (relative(m - 1)) r = m - 1;
  }
  // The relative clause holds the quote: "“…,” said Hillary Clinton, who praised …" is hers.
  if (r < 1 || tokens.keyAt(r - 1) !== "," || tokens.starts[r] > q.start) return false;
  // Words of a clause before the comma, in the same sentence: not a sentence's opening subject.
  const s = doc.sentences[itemContaining(doc.sentences, tokens.starts[r])];
  return s !== undefined && r - 1 > s.tokenStart + 1;
}
