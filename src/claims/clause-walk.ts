import type { TokenView } from "./tokens.js";

/** Punctuation that ends a clause for the walks over a clause's words. */
export const CLAUSE_BREAK: ReadonlySet<string> = new Set([",", ";", ":", "—", "–", "(", ")"]);

/** How {@link clauseTokens} walks a clause. */
export interface ClauseWalk {
  /** 1 walks forward, -1 backward (default: 1). */
  step?: 1 | -1;
  /**
   * How many words the walk may pass: a token is visited while fewer than this many words lie
   * between it and `start` (default: no limit). Figures and punctuation are visited but not counted.
   */
  words?: number;
  /** Keys besides {@link CLAUSE_BREAK} that end the clause, such as "that" (default: none). */
  stopAt?: (key: string) => boolean;
  /** Walk past commas, which then end nothing (default: false). */
  acrossCommas?: boolean;
}

/**
 * The tokens of a clause from `start`, one way: each token's index in turn, until the sentence
 * ends, a clause break or a key of `stopAt` is reached (which is not yielded) or `words` words
 * have passed. A rule reads each token and stops the walk by returning when it decides.
 */
export function* clauseTokens(v: TokenView, start: number, walk: ClauseWalk = {}): Generator<number> {
  const { step = 1, words = Number.POSITIVE_INFINITY, stopAt, acrossCommas = false } = walk;
  for (let k = start, seen = 0; k >= v.from && k < v.to && seen < words; k += step) {
    const key = v.key(k);
    if (CLAUSE_BREAK.has(key) && !(acrossCommas && key === ",")) return;
    if (stopAt?.(key)) return;
    yield k;
    if (v.kind(k) === "word") seen++;
  }
}

/**
 * The comma that opens an aside whose words run back from `start` ("The bill, opposed by the
 * harbour board, never …"): walking back at most `words` words, the first comma reached, or -1
 * when another clause break, the limit or the sentence's first token comes first (a comma there
 * opens nothing).
 */
export function openingComma(v: TokenView, start: number, words: number): number {
  for (let m = start, seen = 0; m > v.from && seen < words; m--) {
    const key = v.key(m);
    if (key === ",") return m;
    if (CLAUSE_BREAK.has(key)) return -1;
    if (v.kind(m) === "word") seen++;
  }
  return -1;
}
