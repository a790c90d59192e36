import { lowerBound } from "../text/search.js";
import type { Token } from "../text/tokenize.js";

/** The tokens lying wholly inside `span`. */
export function tokensIn(
  tokens: readonly Token[],
  span: { start: number; end: number } | undefined,
): Token[] {
  if (!span) return [];
  const out: Token[] = [];
  for (let t = lowerBound(tokens, span.start); t < tokens.length && tokens[t].end <= span.end; t++)
    out.push(tokens[t]);
  return out;
}
