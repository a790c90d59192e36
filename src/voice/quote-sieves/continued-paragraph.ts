import type { QuoteSpan } from "../../text/quotes.js";
import { afterCloser } from "./after-closer.js";
import type { Attribution, PreviousQuote, QuotePlace, QuoteSieve, QuoteSieveContext } from "./context.js";

/**
 * A quote left open at its paragraph's end whose next paragraph lost its opening mark and closes
 * with the cue ("“The bridge will be rebuilt …\n\nThe money is in the budget,” said Ilse Brandt"):
 * one multi-paragraph quote, spoken by whoever the closing paragraph names.
 */
export const continuedParagraph: QuoteSieve = {
  name: "continued-paragraph",
  attribute(
    q: QuoteSpan,
    ctx: QuoteSieveContext,
    previous: PreviousQuote | undefined,
    place: QuotePlace,
  ): Attribution | undefined {
    const next = place.next;
    if (!q.closeMissing || !next?.openMissing || next.firstParagraph !== q.lastParagraph + 1)
      return undefined;
    const para = ctx.doc.paragraphs[next.firstParagraph];
    if (next.start > para.start + 1) return undefined;
    const found = afterCloser.attribute(next, ctx, previous, { index: place.index + 1, next: undefined });
    return found && { ...found, sieve: "continued-paragraph" };
  },
};
