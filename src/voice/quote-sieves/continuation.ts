import type { QuoteSpan } from "../../text/quotes.js";
import type { Attribution, PreviousQuote, QuoteSieve, QuoteSieveContext } from "./context.js";

/**
 * The speaker of the previous quote: in the same paragraph, or of the quote that ended the
 * previous paragraph when this one opens a paragraph with no speech cue of its own; not when
 * the quote is the object of a clause of its own ("…,” God laid down that “…”).
 */
export const continuation: QuoteSieve = {
  name: "continuation",
  attribute(
    q: QuoteSpan,
    ctx: QuoteSieveContext,
    previous: PreviousQuote | undefined,
  ): Attribution | undefined {
    const speaker = previous?.speaker;
    if (!speaker || ctx.tagged(q, { except: speaker.cue }) || ctx.ownClause(q)) return undefined;
    const para = ctx.doc.paragraphs[q.firstParagraph];
    const startsParagraph = q.start <= para.start + 1;
    const samePara = previous.paragraph === q.firstParagraph;
    const prevParaEnds =
      previous.paragraph === q.firstParagraph - 1 &&
      startsParagraph &&
      !ctx.paragraphHasCue(q.firstParagraph);
    if (!(samePara || prevParaEnds)) return undefined;
    // The mention that named the previous quote's speaker names this one too.
    return {
      ...(speaker.name ? { name: speaker.name } : { description: speaker.description }),
      ...(speaker.mention ? { mention: speaker.mention } : {}),
      sieve: "continuation",
    };
  },
};
