import { creditSentence } from "../caption.js";
import type { Voice } from "../types.js";
import type { SentenceContext, SentenceSieve } from "./context.js";

/**
 * A figure caption or a photo credit ("Photo: Jane Roe/Agency", "(Photo by Jane Roe)", an HTML
 * `<figcaption>`) is the page's furniture: not the author's claim, and no one's speech.
 */
export const creditLine: SentenceSieve = {
  name: "credit-line",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    return creditSentence(ctx.article, si) ? { kind: "credit" } : undefined;
  },
};
