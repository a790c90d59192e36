import type { TokenStore } from "../text/token-store.js";
import type { Token } from "../text/tokenize.js";

/** The tokens lying wholly inside `span`. */
export function tokensIn(store: TokenStore, span: { start: number; end: number } | undefined): Token[] {
  return span ? store.tokensIn(span.start, span.end) : [];
}
