import { quoteDominates } from "../shares.js";
import type { Voice } from "../types.js";
import { otherCue, quoteVoice, type SentenceContext, type SentenceSieve, sourceName } from "./context.js";

/**
 * A sentence that is mostly a speech quote, or a quote and the cue attributing it, is the quote's
 * voice; a document quoting someone nests the speaker in it ("As the report puts it: '… “No,”
 * the minister told us.'").
 */
export const quotation: SentenceSieve = {
  name: "quotation",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    const s = ctx.article.sentences[si];
    const { speechShare, nestedShare, spans, attributions } = ctx;
    const dominant = speechShare.best[si];
    if (
      dominant < 0 ||
      !quoteDominates(
        s,
        spans[dominant],
        speechShare.share[si],
        attributions.get(dominant),
        otherCue(ctx, si, attributions.get(dominant)),
      )
    )
      return undefined;
    let voice = quoteVoice(ctx, dominant);
    const inner = nestedShare.best[si];
    if (
      voice.kind === "document" &&
      inner >= 0 &&
      quoteDominates(s, spans[inner], nestedShare.share[si], attributions.get(inner))
    ) {
      const speaker = quoteVoice(ctx, inner);
      voice = { ...speaker, ...(voice.name ? { document: voice.name } : {}) };
    }
    const block = ctx.blocks[s.paragraph];
    const share = ctx.traced.sentenceShare[si];
    const src = ctx.traced.sentenceSource[si];
    if (voice.kind === "speaker" && !voice.document) {
      if (block?.kind === "document" && block.name) voice.document = block.name;
      else if (src && share >= 0.9) voice.document = sourceName(ctx, src).name;
    }
    if (src) voice.source = src;
    return voice;
  },
};
