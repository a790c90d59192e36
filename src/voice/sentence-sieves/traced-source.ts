import type { Voice } from "../types.js";
import { type SentenceContext, type SentenceSieve, sourceName } from "./context.js";
import { reportedVoice } from "./reported-speech.js";

/** A sentence traced to a source for at least this share of its characters is the source's voice. */
export const MATCH_SHARE = 0.5;

/**
 * A sentence mostly traced to a source is that document's voice, or a speaker nested in it. Only
 * the source's wording makes it the document's: a sentence traced mostly as a `paraphrase`, with
 * no one reported in it, is the author's own rewording ("Ferry use fell by almost 300 a week
 * because of the fare rise" for "Passenger numbers fell by more than 300 a week"), and what the
 * author adds there is the author's claim; the sieves after this one decide it.
 */
export const tracedSource: SentenceSieve = {
  name: "traced-source",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    const src = ctx.traced.sentenceSource[si];
    if (!src || ctx.traced.sentenceShare[si] < MATCH_SHARE) return undefined;
    const named = sourceName(ctx, src);
    const reported = reportedVoice(ctx, si);
    if (reported?.kind === "speaker" && reported.name)
      return { ...reported, document: named.name, source: src };
    if (ctx.traced.wordingShare[si] < MATCH_SHARE) return undefined;
    return {
      kind: "document",
      name: named.name,
      source: src,
      ...(named.citation !== undefined ? { citation: named.citation } : {}),
    };
  },
};
