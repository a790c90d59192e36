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
 * A test of whether `[start, end)` lies inside one of `spans`, in O(log n) per test: spans sorted
 * by start, with the furthest end reached so far, so that many figures against many matches
 * never cost their product.
 */
export function insideAny(spans: { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? Number.NEGATIVE_INFINITY));
  return (start, end) => {
    // The last span that starts at or before `start`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] >= end;
  };
}

/**
 * A test of whether `[start, end)` overlaps one of `spans` (shares at least one position), in
 * O(log n) per test; see {@link insideAny}.
 */
export function overlapsAny(
  spans: { start: number; end: number }[],
): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? Number.NEGATIVE_INFINITY));
  return (start, end) => {
    // The spans that start before `end`; one of them overlaps when the furthest end passes `start`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] > start;
  };
}
