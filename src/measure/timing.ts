/** Timing of a function: median wall time over repeats and the peak heap growth seen. */
export interface Timing {
  ms: number;
  peakHeapMB: number;
}

/**
 * Time `fn` `repeats` times (after one warm-up when `warmup`), returning the median time in
 * milliseconds. Heap growth is sampled before and after each call (run node with --expose-gc for
 * steadier numbers).
 */
export function time(fn: () => unknown, repeats = 5, warmup = true): Timing {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (warmup) fn();
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < repeats; i++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    peak = Math.max(peak, (process.memoryUsage().heapUsed - before) / 1048576);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], peakHeapMB: Math.max(0, peak) };
}
