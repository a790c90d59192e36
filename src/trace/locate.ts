import type { Token } from "../text/tokenize.js";

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
export function lowerBound(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the item holding `pos` (sorted, non-overlapping `[start, end)` items), or -1. */
export function itemAt(items: readonly { start: number; end: number }[], pos: number): number {
  const i = lowerBound(items, pos + 1) - 1;
  return i >= 0 && pos < items[i].end ? i : -1;
}

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
