import { itemContaining } from "../../text/search.js";
import { continuesQuoting } from "../continuation.js";
import { quotedInRelativeAside } from "../relative-aside.js";
import { quoteDominates } from "../shares.js";
import type { Voice } from "../types.js";
import {
  blockVoice,
  otherCue,
  quoteVoice,
  type SentenceContext,
  type SentenceSieve,
  sourceName,
} from "./context.js";

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
        quotedInRelativeAside(ctx.article, ctx.lex, spans[dominant], attributions.get(dominant)),
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
    // "The report reads, “…” ¶ It goes on: “…”": a quote nobody is named for, opened by a
    // sentence that goes on from the document the paragraph before quotes, is that document's.
    if (voice.kind === "speaker" && !voice.name && !voice.description) {
      const before = goneOnFrom(itemContaining(ctx.article.sentences, spans[dominant].start), ctx);
      if (before) voice = before;
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

/**
 * The document voice of the paragraph before sentence si, when si opens its paragraph going on
 * quoting ("It goes on:") and the last sentence before it is a document's, by its quote or block.
 */
function goneOnFrom(si: number, ctx: SentenceContext): Voice | undefined {
  const { sentences } = ctx.article;
  const prev = si - 1;
  if (prev < 0 || sentences[prev].paragraph !== sentences[si].paragraph - 1) return undefined;
  if (!continuesQuoting(ctx.article, ctx.lex, si)) return undefined;
  const block = ctx.blocks[sentences[prev].paragraph];
  if (block?.kind === "document") return blockVoice(block);
  const v = quotation.voice(prev, ctx);
  return v?.kind === "document" ? { kind: "document", ...(v.name ? { name: v.name } : {}) } : undefined;
}
