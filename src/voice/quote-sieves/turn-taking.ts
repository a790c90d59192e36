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
    const other =
      prev.addressee ?? (exchange(prev, ctx) ? otherPerson(prev, q.firstParagraph, ctx) : undefined);
    return other ? { name: other, addressee: prev.name, sieve: "turn-taking" } : undefined;
  },
};

// Whether an attribution came from a verb of an exchange ("replied", "asked").
function exchange(a: Attribution, ctx: QuoteSieveContext): boolean {
  return a.cueIndex !== undefined && ctx.lex.dialogueVerbs.has(ctx.cues[a.cueIndex].key);
}

// The last person other than `a` that a cue of the previous paragraphs names.
function otherPerson(a: Attribution, paragraph: number, ctx: QuoteSieveContext): string | undefined {
  for (let p = paragraph - 1; p >= Math.max(0, paragraph - LOOK_BACK); p--) {
    const list = cuesOfParagraph(ctx.doc, ctx.bySentence, p);
    for (let k = list.length - 1; k >= 0; k--) {
      const name = ctx.cueSpeakers[list[k]]?.name;
      if (name && name !== a.name) return name;
    }
  }
  return undefined;
}
