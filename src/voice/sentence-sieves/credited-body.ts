import type { Voice } from "../types.js";
import { blockVoice, type SentenceContext, type SentenceSieve } from "./context.js";
import { reportedVoice } from "./reported-speech.js";

/**
 * A sentence of a body a credit opens (a wire dateline with an agency, a byline, "Source: X"):
 * the credited document's, with reported speech inside it, named or not, nested in the document
 * ("a coalition spokesman said …" stays the spokesman's, as quoted by the agency). With sources,
 * a sentence of a partly traced paragraph that nothing traces is the author's.
 */
export const creditedBody: SentenceSieve = {
  name: "credited-body",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    const s = ctx.article.sentences[si];
    const block = ctx.blocks[s.paragraph];
    if (!block?.credit) return undefined;
    if (ctx.traced.paragraphShare[s.paragraph] > 0 && ctx.traced.sentenceShare[si] === 0) return undefined;
    const voice = blockVoice(block);
    const reported = reportedVoice(ctx, si);
    if (reported?.kind === "speaker" && (reported.name || reported.description))
      return { ...reported, ...(voice.name ? { document: voice.name } : {}) };
    return voice;
  },
};
