import type { Seeds } from "./seeds.js";

/** A run of equal words: article words `[a, end)` equal source words `[s, s + end - a)`. */
export interface Run {
  a: number;
  s: number;
  end: number;
}

/** Co-linear runs of one reused passage, in article (and source) order, not overlapping. */
export interface Chain {
  runs: Run[];
  /** Article and source position of the last seed taken. */
  lastA: number;
  lastS: number;
}

/** Options of {@link chainSeeds}. */
export interface ChainOptions {
  /** Words per seed n-gram. */
  n: number;
  /** Largest gap, in words on either side, bridged between two seeds of one chain (default: 24). */
  maxGap: number;
}

/**
 * Chain co-linear seeds. Seeds come sorted by article position; each one extends the chain on
 * its own diagonal (source − article position) when that chain's last seed is close, or else the
 * nearest chain within `maxGap` diagonals whose last seed lies before it on both sides, or starts
 * a new chain. Chains are looked up by diagonal in a map, so the cost is linear in the number of
 * seeds times the (bounded) diagonal search width.
 */
export function chainSeeds(seeds: Seeds, options: ChainOptions): Chain[] {
  const { n, maxGap } = options;
  const chains: Chain[] = [];
  const byDiagonal = new Map<number, Chain>();
  const open = (c: Chain | undefined, i: number, j: number): c is Chain =>
    c !== undefined && c.lastA < i && i <= c.lastA + maxGap + n && c.lastS < j && j <= c.lastS + maxGap + n;

  for (let k = 0; k < seeds.length; k++) {
    const i = seeds.a[k];
    const j = seeds.s[k];
    const d = j - i;
    const same = byDiagonal.get(d);
    if (open(same, i, j)) {
      const run = same.runs[same.runs.length - 1];
      if (run.s - run.a === d && i <= run.end) run.end = i + n;
      else same.runs.push(trimmed(run, i, j, n));
      same.lastA = i;
      same.lastS = j;
      continue;
    }
    let best: Chain | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let delta = 1; delta <= maxGap && best === undefined; delta++) {
      for (const dd of [d - delta, d + delta]) {
        const c = byDiagonal.get(dd);
        if (open(c, i, j) && delta < bestDistance) {
          best = c;
          bestDistance = delta;
        }
      }
    }
    if (best) {
      const last = best.runs[best.runs.length - 1];
      byDiagonal.delete(last.s - last.a);
      best.runs.push(trimmed(last, i, j, n));
      best.lastA = i;
      best.lastS = j;
      byDiagonal.set(d, best);
    } else {
      const chain: Chain = { runs: [{ a: i, s: j, end: i + n }], lastA: i, lastS: j };
      chains.push(chain);
      byDiagonal.set(d, chain);
    }
  }
  for (const c of chains) c.runs = c.runs.filter((r) => r.end > r.a);
  return chains;
}

// A new run starting at seed (i, j), cut so that it begins after the previous run on both sides.
function trimmed(previous: Run, i: number, j: number, n: number): Run {
  const prevEndS = previous.s + (previous.end - previous.a);
  const shift = Math.max(0, previous.end - i, prevEndS - j);
  const a = i + shift;
  return { a, s: j + shift, end: Math.max(a, i + n) };
}
