import type { QuoteSpan } from "../../text/quotes.js";
import { itemContaining } from "../../text/search.js";
import { type Attribution, type QuoteSieve, type QuoteSieveContext, speechVerb } from "./context.js";

// Most tokens between the end of a cue (or its subject) and the opening mark.
const REACH = 8;

/**
 * A cue right before the opening mark, in the quote's sentence or in the paragraph before it
 * when that one ends with a colon: X said: "…"; according to X, "…".
 */
export const beforeOpener: QuoteSieve = {
  name: "before-opener",
  attribute(q: QuoteSpan, ctx: QuoteSieveContext): Attribution | undefined {
    const { doc, cues, bySentence } = ctx;
    const { tokenStore: tokens } = doc;
    const opener = tokens.firstEndingAfter(q.start);
    let sentence = itemContaining(doc.sentences, q.start);
    const para = doc.paragraphs[q.firstParagraph];
    let colon = tokens.keyAt(opener - 1) === ":";
    if (q.start <= para.start + 1 && q.firstParagraph > 0) {
      const prev = doc.paragraphs[q.firstParagraph - 1];
      if (doc.text[prev.end - 1] === ":") {
        sentence = itemContaining(doc.sentences, prev.end - 1);
        colon = true;
      }
    }
    if (sentence < 0) return undefined;
    const s = doc.sentences[sentence];
    let best = -1;
    const candidates = [...bySentence[sentence]];
    for (let x = sentence + 1; x < doc.sentences.length && doc.sentences[x].start < q.start; x++)
      candidates.push(...bySentence[x]);
    for (const ci of candidates) {
      const c = cues[ci];
      const reach = Math.max(c.last, c.subject.last);
      if (reach >= opener || tokens.starts[c.first] < s.start) continue;
      if (opener - reach <= REACH && ctx.usable(ci, opener)) best = ci;
    }
    // "As Breitbart News reported, even on Friday the White House was refusing …:" — a sentence
    // that ends on the colon introducing the quote: its first speech cue, however far.
    if (best < 0 && colon) {
      for (const ci of candidates) {
        const c = cues[ci];
        if (tokens.starts[c.first] >= s.start && c.last < opener && c.strong && ctx.usable(ci)) {
          best = ci;
          break;
        }
      }
    }
    if (best >= 0) return ctx.attribution(best, "before-opener");
    // "Ida Holm began by saying, “…”", "She went on to say: “…”", "…, writing “…”": a speech verb
    // right before the opener whose subject the cue finder could not reach is said by the person
    // the sentence opens with.
    let k = opener - 1;
    while (k > s.tokenStart && (tokens.key(k) === "," || tokens.key(k) === ":")) k--;
    if (k < s.tokenStart || opener - k > 3 || !speechVerb(tokens.keyAt(k) ?? "", ctx.lex)) return undefined;
    const subject = ctx.sentenceSubject(sentence, k);
    return subject && { ...subject, sieve: "before-opener" };
  },
};
