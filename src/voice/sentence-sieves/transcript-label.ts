import type { Voice } from "../types.js";
import { labelOf, type SentenceContext, type SentenceSieve } from "./context.js";

/** A transcript's labels: "Q." is the interviewer (the article's author), "A." the person interviewed. */
export const transcriptLabel: SentenceSieve = {
  name: "transcript-label",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    const label = labelOf(ctx, si);
    return label ? { ...label } : undefined;
  },
};
