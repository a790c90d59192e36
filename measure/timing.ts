/** Timing of a function: median wall time over repeats and the heap growth of one run. */
export interface Timing {
  ms: number;
  peakHeapMB: number;
}

/**
 * Time `fn` `repeats` times (after one warm-up when `warmup`), returning the median time in
 * milliseconds. The heap growth is measured on a separate run after a collection (run node with
 * --expose-gc for it to mean anything): collecting before every timed run would make small
 * inputs look ten times slower than they are, since the run then pays for re-warming caches.
 */
export function time(fn: () => unknown, repeats = 5, warmup = true): Timing {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (warmup) fn();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  fn();
  const peakHeapMB = Math.max(0, (process.memoryUsage().heapUsed - before) / 1048576);
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], peakHeapMB };
}
