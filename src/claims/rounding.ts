import type { Quantity } from "./types.js";

// A figure written with a scale word ("£88 million", "21m", "$2.4bn", "14.2 million").
const SCALED = /(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion|bn|m|k)\b/i;
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

/**
 * Half the step of the last digit a scaled figure was written with, or 0: "£88 million" is 88
 * rounded to the million, so it says 87.5 to 88.5 million and agrees with "£87.9 million"; "21.3
 * million" is rounded to the hundred thousand (±50,000). A figure without a scale word ("4,815",
 * "3,000") is taken as written: its trailing zeros may be exact; so is a bound or a range ("more
 * than £3 million", "between £2.2 million and £2.6 million"), whose ends are the writer's own.
 */
export function roundingOf(q: Pick<Quantity, "text" | "low" | "high">): number {
  if (q.low === null || q.low !== q.high) return 0;
  const m = SCALED.exec(q.text);
  if (!m) return 0;
  return (SCALE[m[3].toLowerCase()] ?? 0) * 0.5 * 10 ** -(m[2]?.length ?? 0);
}
