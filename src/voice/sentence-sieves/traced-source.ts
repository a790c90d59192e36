import type { Voice } from "../types.js";
import { type SentenceContext, type SentenceSieve, sourceName } from "./context.js";
import { reportedVoice } from "./reported-speech.js";

/** A sentence traced to a source for at least this share of its characters is the source's voice. */
export const MATCH_SHARE = 0.5;

/** A sentence mostly traced to a source is that document's voice, or a speaker nested in it. */
export const tracedSource: SentenceSieve = {
  name: "traced-source",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    const src = ctx.traced.sentenceSource[si];
    if (!src || ctx.traced.sentenceShare[si] < MATCH_SHARE) return undefined;
    const named = sourceName(ctx, src);
    const reported = reportedVoice(ctx, si);
    if (reported?.kind === "speaker" && reported.name)
      return { ...reported, document: named.name, source: src };
    return {
      kind: "document",
      name: named.name,
      source: src,
      ...(named.citation !== undefined ? { citation: named.citation } : {}),
    };
  },
};
