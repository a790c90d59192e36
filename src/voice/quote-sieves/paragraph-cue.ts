import type { QuoteSpan } from "../../text/quotes.js";
import { cuesOfParagraph } from "../cues.js";
import type { Attribution, QuoteSieve, QuoteSieveContext } from "./context.js";

/** The nearest earlier speech cue of the quote's paragraph, with a resolved speaker. */
export const paragraphCue: QuoteSieve = {
  name: "paragraph-cue",
  attribute(q: QuoteSpan, ctx: QuoteSieveContext): Attribution | undefined {
    const { doc, cues, cueSpeakers } = ctx;
    // A cue after the closer is the quote's own; one before it in the paragraph is what this reads.
    // A quote that is the object of a clause of its own ("…,” the council laid down that “…”)
    // is that clause subject's, not the earlier cue's.
    if (ctx.tagged(q, { before: false }) || ctx.ownClause(q)) return undefined;
    const para = doc.paragraphs[q.firstParagraph];
    let best = -1;
    for (const ci of cuesOfParagraph(doc, ctx.bySentence, q.firstParagraph)) {
      const at = doc.tokenStore.starts[cues[ci].first];
      if (at >= para.start && at < q.start && cues[ci].strong && cueSpeakers[ci] && ctx.usable(ci)) best = ci;
    }
    return best >= 0 ? ctx.attribution(best, "paragraph-cue") : undefined;
  },
};
