import type { QuoteSpan } from "../../text/quotes.js";
import { itemContaining } from "../../text/search.js";
import { cuesOfParagraph } from "../cues.js";
import type { Attribution, QuoteSieve, QuoteSieveContext } from "./context.js";

// Most tokens before a sentence's first name for it to be the sentence's subject ("Ferry pilot
// Anika Sorensen has …").
const SUBJECT_REACH = 4;

/**
 * A quote opening a paragraph with no tag of its own: the speaker of the last speech cue of the
 * previous paragraph ("Ines Varga said the ferry would keep running.\n\n“We stay.”"), or, with no
 * cue, the one person that paragraph names, when a sentence has them as its subject. The
 * last name a paragraph mentions is no evidence by itself: on news text it is as often a place,
 * a party or the person talked about.
 */
export const previousParagraph: QuoteSieve = {
  name: "previous-paragraph",
  attribute(q: QuoteSpan, ctx: QuoteSieveContext): Attribution | undefined {
    const { doc, cues } = ctx;
    const para = doc.paragraphs[q.firstParagraph];
    if (q.start > para.start + 1 || q.firstParagraph === 0 || ctx.tagged(q)) return undefined;
    const list = cuesOfParagraph(doc, ctx.bySentence, q.firstParagraph - 1);
    for (let k = list.length - 1; k >= 0; k--) {
      if (cues[list[k]].strong && ctx.usable(list[k])) return ctx.attribution(list[k], "previous-paragraph");
    }
    const prev = doc.paragraphs[q.firstParagraph - 1];
    const from = doc.tokenStore.firstEndingAfter(prev.start);
    // A single capitalised word is a person only once a cue made it a speaker ("Ferries stopped …").
    const named = ctx.names
      .namedIn(from, doc.tokenStore.firstEndingAfter(prev.end))
      .filter((m) => m.name.includes(" ") || ctx.names.isSpeaker(m.name));
    if (named.length === 0 || named.some((m) => m.name !== named[0].name)) return undefined;
    const m = named[0];
    const sentence = doc.sentences[itemContaining(doc.sentences, doc.tokenStore.starts[m.token])];
    if (!sentence || m.token - sentence.tokenStart > SUBJECT_REACH) return undefined;
    return { name: m.name, mention: ctx.span(m.token, m.last), sieve: "previous-paragraph" };
  },
};
