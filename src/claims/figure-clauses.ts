import type { Document } from "../text/document.js";
import { sentenceMemo } from "../text/sentence-memo.js";

/**
 * A figure's clause as two runs of tokens, `[before, t0)` before the figure and `[t1, after)`
 * after it (`t0`, `t1`: the figure's first token and the token after its last). Read as in
 * src/claims/referent.ts: the sentence cut at `stop` tokens, and before the figure also at
 * `frame` tokens.
 */
export interface Clause {
  t0: number;
  t1: number;
  before: number;
  after: number;
  sentence: SentenceIndex;
}

/**
 * What a sentence's index is built from: which tokens end a clause on either side of a figure,
 * which end it after the figure only (`end`), and which start a frame before it.
 */
export interface ClauseWords {
  stop: (t: number) => boolean;
  end?: (t: number) => boolean;
  frame: (t: number) => boolean;
}

/**
 * Where each token of one sentence stands with respect to clause ends and the words that the
 * referent rules look for, as running counts and next/previous positions, so that a figure's
 * clause is read in a few look-ups whatever its length: a sentence of many figures with no clause
 * end between them ("five people and six workers and …") was walked once per figure, and the
 * figures were compared in time growing with the square of the sentence.
 */
export class SentenceIndex {
  readonly start: number;
  readonly end: number;
  /** First stop or end token at or after each token (`end` when none). */
  private readonly nextStop: Int32Array;
  /** One past the last stop or frame token at or before each token (`start` when none). */
  private readonly cut: Int32Array;
  private readonly counts = new Map<string, Int32Array>();
  private readonly nexts = new Map<string, Int32Array>();
  private readonly prevs = new Map<string, Int32Array>();
  private readonly memo = new Map<string, unknown>();

  constructor(start: number, end: number, words: ClauseWords) {
    this.start = start;
    this.end = end;
    const n = end - start;
    this.nextStop = new Int32Array(n + 1);
    this.nextStop[n] = end;
    const ends = words.end ?? (() => false);
    for (let i = n - 1; i >= 0; i--)
      this.nextStop[i] = words.stop(start + i) || ends(start + i) ? start + i : this.nextStop[i + 1];
    this.cut = new Int32Array(n);
    let cut = start;
    for (let i = 0; i < n; i++) {
      const t = start + i;
      if (words.stop(t) || words.frame(t)) cut = t + 1;
      this.cut[i] = cut;
    }
  }

  /** The clause of the figure whose tokens are `[t0, t1)`; empty when the figure lies outside the sentence. */
  clause(t0: number, t1: number): Clause {
    if (t0 < this.start || t0 > this.end) return { t0, t1, before: t0, after: t1, sentence: this };
    const after = t1 < this.end ? this.nextStop[t1 - this.start] : t1;
    const before = t0 - 1 >= this.start ? this.cut[t0 - 1 - this.start] : t0;
    return { t0, t1, before, after, sentence: this };
  }

  /** How many tokens of `[from, to)` (within the sentence) `has`, by running counts kept under `name`. */
  count(name: string, has: (t: number) => boolean, from: number, to: number): number {
    let c = this.counts.get(name);
    if (!c) {
      const n = this.end - this.start;
      c = new Int32Array(n + 1);
      for (let i = 0; i < n; i++) c[i + 1] = c[i] + (has(this.start + i) ? 1 : 0);
      this.counts.set(name, c);
    }
    const lo = Math.max(from, this.start) - this.start;
    const hi = Math.min(to, this.end) - this.start;
    return hi > lo ? c[hi] - c[lo] : 0;
  }

  /** The first token at or after `t` that `has` (kept under `name`), or `end` when none. */
  next(name: string, has: (t: number) => boolean, t: number): number {
    if (t >= this.end) return this.end;
    let a = this.nexts.get(name);
    if (!a) {
      const n = this.end - this.start;
      a = new Int32Array(n + 1);
      a[n] = this.end;
      for (let i = n - 1; i >= 0; i--) a[i] = has(this.start + i) ? this.start + i : a[i + 1];
      this.nexts.set(name, a);
    }
    return a[Math.max(t, this.start) - this.start];
  }

  /** The last token at or before `t` that `has` (kept under `name`), or `start - 1` when none. */
  prev(name: string, has: (t: number) => boolean, t: number): number {
    if (t < this.start) return this.start - 1;
    let a = this.prevs.get(name);
    if (!a) {
      const n = this.end - this.start;
      a = new Int32Array(n);
      let last = this.start - 1;
      for (let i = 0; i < n; i++) {
        if (has(this.start + i)) last = this.start + i;
        a[i] = last;
      }
      this.prevs.set(name, a);
    }
    return a[Math.min(t, this.end - 1) - this.start];
  }

  /**
   * The first token after `t` that `has` and whose `keyOf` differs from token t's (`end` when
   * none), for a token t that `has` (kept under `name`): past a run of one word, the next other.
   */
  nextOther(name: string, has: (t: number) => boolean, keyOf: (t: number) => string, t: number): number {
    let a = this.nexts.get(`${name}≠`);
    if (!a) {
      const n = this.end - this.start;
      a = new Int32Array(n + 1);
      a[n] = this.end;
      let next = this.end;
      for (let i = n - 1; i >= 0; i--) {
        const u = this.start + i;
        if (!has(u)) continue;
        a[i] = next < this.end && keyOf(next) === keyOf(u) ? a[next - this.start] : next;
        next = u;
      }
      this.nexts.set(`${name}≠`, a);
    }
    return a[t - this.start];
  }

  /** As {@link nextOther}, before `t`: the last token before it that `has` with another key (`start - 1` when none). */
  prevOther(name: string, has: (t: number) => boolean, keyOf: (t: number) => string, t: number): number {
    let a = this.prevs.get(`${name}≠`);
    if (!a) {
      const n = this.end - this.start;
      a = new Int32Array(n);
      let prev = this.start - 1;
      for (let i = 0; i < n; i++) {
        const u = this.start + i;
        if (!has(u)) continue;
        a[i] = prev >= this.start && keyOf(prev) === keyOf(u) ? a[prev - this.start] : prev;
        prev = u;
      }
      this.prevs.set(`${name}≠`, a);
    }
    return a[t - this.start];
  }

  /** A value computed once per sentence and key (what a run of tokens holds, read by several figures). */
  once<T>(key: string, make: () => T): T {
    let v = this.memo.get(key) as T | undefined;
    if (v === undefined) {
      v = make();
      this.memo.set(key, v);
    }
    return v;
  }
}

const indexes = sentenceMemo<SentenceIndex>();

/** The index of sentence `si` of `doc`, made on first use and kept with the document. */
export function sentenceIndex(doc: Document, si: number, words: ClauseWords): SentenceIndex | undefined {
  const s = doc.sentences[si];
  if (!s) return undefined;
  return indexes(doc, si, () => new SentenceIndex(s.tokenStart, s.tokenEnd, words));
}
