import { unionLength } from "../core/span.js";
import type { Document } from "../text/document.js";
import type { Coverage, Match } from "./types.js";

const ratio = (part: number, whole: number): number =>
  whole > 0 ? Math.min(1, Math.round((part / whole) * 10000) / 10000) : 0;

/** How much of the article each source supplied, verbatim and edited, and how much of it was used. */
export function coverageOf(article: Document, source: Document, matches: Match[]): Coverage {
  const mine = matches.filter((m) => m.source.id === source.id);
  return {
    source: source.id,
    verbatimChars: unionLength(mine.filter((m) => m.kind === "verbatim").map((m) => m.article)),
    editedChars: unionLength(mine.filter((m) => m.kind === "edited").map((m) => m.article)),
    paraphraseChars: unionLength(mine.filter((m) => m.kind === "paraphrase").map((m) => m.article)),
    share: ratio(unionLength(mine.map((m) => m.article)), article.text.length),
    sourceShare: ratio(unionLength(mine.map((m) => m.source)), source.text.length),
  };
}
