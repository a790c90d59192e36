import { onlyEditorialNote } from "../editorial.js";
import type { Voice } from "../types.js";
import type { SentenceContext, SentenceSieve } from "./context.js";

/**
 * A sentence that is only an editorial note in brackets ("(Italics added.)", "(Emphasis mine.)",
 * "[sic]") is the author's aside on what they quote, though it follows a quote, stands in a
 * reproduced block or names no one.
 */
export const editorialNote: SentenceSieve = {
  name: "editorial-note",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    const s = ctx.article.sentences[si];
    return onlyEditorialNote(ctx.article.text.slice(s.start, s.end), ctx.lex)
      ? { kind: "author" }
      : undefined;
  },
};
