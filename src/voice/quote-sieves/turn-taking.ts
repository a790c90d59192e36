import type { QuoteSpan } from "../../text/quotes.js";
import { cuesOfParagraph } from "../cues.js";
import type { Attribution, PreviousQuote, QuoteSieve, QuoteSieveContext } from "./context.js";

// Paragraphs looked back for the other person of an exchange.
const LOOK_BACK = 3;

/**
 * Untagged quotes in an exchange take turns (after CoreNLP's conversation sieve): when the
 * previous quote answered someone ("X asked …" / "“…,” Y replied"), a quote that opens the next
 * paragraph with no cue of its own is the other person's, and the turns alternate from there.
 */
export const turnTaking: QuoteSieve = {
  name: "turn-taking",
  attribute(
    q: QuoteSpan,
    ctx: QuoteSieveContext,
    previous: PreviousQuote | undefined,
  ): Attribution | undefined {
    const prev = previous?.speaker;
    if (!prev?.name || previous?.paragraph !== q.firstParagraph - 1) return undefined;
    const para = ctx.doc.paragraphs[q.firstParagraph];
    if (q.start > para.start + 1 || ctx.paragraphHasCue(q.firstParagraph)) return undefined;
    if (prev.addressee) return { name: prev.addressee, addressee: prev.name, sieve: "turn-taking" };
    const other = exchange(prev, ctx) ? otherPerson(prev, q.firstParagraph, ctx) : undefined;
    if (other === undefined) return undefined;
    const c = ctx.cues[other];
    return {
      name: ctx.cueSpeakers[other]?.name,
      mention: ctx.span(c.subject.first, c.subject.last),
      addressee: prev.name,
      sieve: "turn-taking",
    };
  },
};

// Whether an attribution came from a verb of an exchange ("replied", "asked").
function exchange(a: Attribution, ctx: QuoteSieveContext): boolean {
  return a.cueIndex !== undefined && ctx.lex.dialogueVerbs.has(ctx.cues[a.cueIndex].key);
}

// The last cue of the previous paragraphs that names a person other than `a`.
function otherPerson(a: Attribution, paragraph: number, ctx: QuoteSieveContext): number | undefined {
  for (let p = paragraph - 1; p >= Math.max(0, paragraph - LOOK_BACK); p--) {
    const list = cuesOfParagraph(ctx.doc, ctx.bySentence, p);
    for (let k = list.length - 1; k >= 0; k--) {
      const name = ctx.cueSpeakers[list[k]]?.name;
      if (name && name !== a.name) return list[k];
    }
  }
  return undefined;
}
