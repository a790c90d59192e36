import type { QuoteSpan } from "../../text/quotes.js";
import type { Attribution, QuoteSieve, QuoteSieveContext } from "./context.js";

/** A quote opening a paragraph with no cue: the last person the previous paragraph named. */
export const previousParagraph: QuoteSieve = {
  name: "previous-paragraph",
  attribute(q: QuoteSpan, ctx: QuoteSieveContext): Attribution | undefined {
    const { doc } = ctx;
    const para = doc.paragraphs[q.firstParagraph];
    if (q.start > para.start + 1 || q.firstParagraph === 0) return undefined;
    const prev = doc.paragraphs[q.firstParagraph - 1];
    const name = ctx.names.lastNamed(
      doc.tokenStore.firstEndingAfter(prev.start) - 1,
      doc.tokenStore.firstEndingAfter(q.start),
    );
    return name ? { name, sieve: "previous-paragraph" } : undefined;
  },
};
