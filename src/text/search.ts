/** A sorted list of `[start, end)` items: sentences, tokens, paragraphs, marks. */
type Spans = readonly { start: number; end: number }[];

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

/** Index of the first item whose `key` is at or after `pos` (items sorted by that key). */
export function firstKeyAtOrAfter<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose end is after `pos` (items sorted and disjoint). */
export function firstEndingAfter(items: Spans, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the item holding offset `pos` (items sorted and disjoint), or -1. */
export function itemContaining(items: Spans, pos: number): number {
  const i = firstEndingAfter(items, pos);
  return i < items.length && items[i].start <= pos ? i : -1;
}
