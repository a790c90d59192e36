import { lowerBound } from "./text/search.js";

/**
 * Append `value` to the list kept under `key`, in place. Copying the list on every append
 * (`[...(m.get(k) ?? []), x]`) costs the square of the list's length, which a text with
 * thousands of figures in one sentence or one cluster reaches.
 */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Append every item of `items` to `target`, in place. `target.push(...items)` passes each item as
 * an argument and throws past the engine's argument limit (about 120,000 items).
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/**
 * The largest of `values` (`-Infinity` when empty). `Math.max(...values)` passes every value as
 * an argument and throws past the engine's argument limit (about 120,000 values).
 */
export function maxOf(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max || Number.isNaN(v)) max = v;
  return max;
}

/** The smallest of `values` (`Infinity` when empty); see {@link maxOf}. */
export function minOf(values: Iterable<number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < min || Number.isNaN(v)) min = v;
  return min;
}

/**
 * Spans sorted by start, with the furthest end reached up to each one: the index behind
 * {@link insideAny} and {@link overlapsAny}, so that many tests against many spans never cost
 * their product.
 */
function reachIndex(spans: readonly { start: number; end: number }[]): {
  sorted: { start: number; end: number }[];
  reach: number[];
} {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? Number.NEGATIVE_INFINITY));
  return { sorted, reach };
}

/** A test of whether `[start, end)` lies inside one of `spans`, in O(log n) per test. */
export function insideAny(spans: { start: number; end: number }[]): (start: number, end: number) => boolean {
  const { sorted, reach } = reachIndex(spans);
  // The spans that start at or before `start`: one of them holds the range when its reach does.
  return (start, end) => {
    const n = lowerBound(sorted, start + 1);
    return n > 0 && reach[n - 1] >= end;
  };
}

/** A test of whether `[start, end)` overlaps one of `spans` (shares a position), in O(log n) per test. */
export function overlapsAny(
  spans: readonly { start: number; end: number }[],
): (start: number, end: number) => boolean {
  const { sorted, reach } = reachIndex(spans);
  // The spans that start before `end`: one of them overlaps when the furthest end passes `start`.
  return (start, end) => {
    const n = lowerBound(sorted, end);
    return n > 0 && reach[n - 1] > start;
  };
}

/**
 * A look-up of the last item (by index) that starts before a position, in O(log n) per look-up:
 * `-1` when none does. Items need not be sorted; a scan of every item for every look-up made a
 * long text quadratic.
 */
export function lastStartingBefore(items: readonly { start: number }[]): (before: number) => number {
  const order = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start || a - b);
  const starts = order.map((i) => items[i].start);
  // The largest index among the items up to each place of the sorted order.
  const latest: number[] = [];
  for (const i of order) latest.push(Math.max(i, latest[latest.length - 1] ?? -1));
  return (before) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < before) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? latest[lo - 1] : -1;
  };
}
