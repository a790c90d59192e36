/** Index of the first item whose `end` is greater than `pos` (items sorted, non-overlapping). */
export function indexAt(items: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the item that contains `pos`, or -1. */
export function itemContaining(items: readonly { start: number; end: number }[], pos: number): number {
  const i = indexAt(items, pos);
  return i < items.length && items[i].start <= pos ? i : -1;
}
