/**
 * Seeds: word n-grams shared by the article and a source, found through a hash index of the
 * source's n-grams (the "shingle" anchors of passim and TextPAIR). The index is an open-addressing
 * table in typed arrays, so a 10 MB source costs a few tens of megabytes, not a Map of arrays.
 */

/** Options of {@link findSeeds}. */
export interface SeedOptions {
  /** Words per n-gram (default: 5). */
  n: number;
  /** Skip n-grams that occur more often than this in the source (default: 16). */
  maxOccurrences: number;
  /** Ids of function words: an n-gram made only of them is no evidence (default: none). */
  stopIds?: Uint8Array;
}

/** A seed: the n-gram at article word `a` equals the one at source word `s`. */
export interface Seeds {
  a: Int32Array;
  s: Int32Array;
  length: number;
}

const hashAt = (ids: Int32Array, i: number, n: number): number => {
  let h = 0x811c9dc5;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ ids[i + k], 0x01000193) ^ (h >>> 15);
  return h >>> 0;
};

const allStop = (ids: Int32Array, i: number, n: number, stop: Uint8Array | undefined): boolean => {
  if (!stop) return false;
  for (let k = 0; k < n; k++) if (!stop[ids[i + k]]) return false;
  return true;
};

/** Index of a source's n-grams: hash → linked list of positions. */
class NgramIndex {
  private readonly mask: number;
  private readonly keys: Uint32Array;
  private readonly heads: Int32Array;
  private readonly counts: Int32Array;
  readonly next: Int32Array;

  constructor(ids: Int32Array, n: number) {
    const m = Math.max(0, ids.length - n + 1);
    let size = 16;
    while (size < m * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.counts = new Int32Array(size);
    this.next = new Int32Array(m);
    // Inserted from the end so that each list runs in ascending position order.
    for (let i = m - 1; i >= 0; i--) {
      const h = hashAt(ids, i, n);
      const slot = this.slot(h);
      this.keys[slot] = h;
      this.next[i] = this.heads[slot];
      this.heads[slot] = i;
      this.counts[slot]++;
    }
  }

  private slot(h: number): number {
    let slot = h & this.mask;
    while (this.heads[slot] !== -1 && this.keys[slot] !== h) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** First position of hash `h` and how many share it (0 when absent). */
  find(h: number): { head: number; count: number } {
    const slot = this.slot(h);
    return { head: this.heads[slot], count: this.counts[slot] };
  }
}

const sameAt = (article: Int32Array, i: number, source: Int32Array, j: number, n: number): boolean => {
  for (let k = 0; k < n; k++) if (article[i + k] !== source[j + k]) return false;
  return true;
};

/**
 * All seeds between article ids and source ids, sorted by article position then source position.
 * N-grams occurring more than `maxOccurrences` times in the source are skipped (their positions
 * say nothing about where the article took its text). When that leaves no seed at all, because
 * every shared n-gram is frequent (a text made of one sentence repeated), the pair is anchored
 * once on the article's rarest shared n-gram at its first source occurrence and the seeds are
 * the equal n-grams along that one diagonal, so the reuse is still found, in linear time.
 */
export function findSeeds(article: Int32Array, source: Int32Array, options: SeedOptions): Seeds {
  const { n, maxOccurrences, stopIds } = options;
  const index = new NgramIndex(source, n);
  const out = new SeedList();
  let rarest = -1;
  let rarestCount = Number.POSITIVE_INFINITY;
  for (let i = 0; i + n <= article.length; i++) {
    const { head, count } = index.find(hashAt(article, i, n));
    if (count === 0 || allStop(article, i, n, stopIds)) continue;
    if (count > maxOccurrences) {
      if (count < rarestCount) {
        rarest = i;
        rarestCount = count;
      }
      continue;
    }
    for (let j = head; j !== -1; j = index.next[j]) if (sameAt(article, i, source, j, n)) out.push(i, j);
  }
  if (out.length === 0 && rarest >= 0) diagonalSeeds(article, source, index, rarest, n, stopIds, out);
  return out.seeds();
}

// The seeds on the diagonal through the first source occurrence of the n-gram at article word
// `anchor` (the first one whose words are equal, not only its hash).
function diagonalSeeds(
  article: Int32Array,
  source: Int32Array,
  index: NgramIndex,
  anchor: number,
  n: number,
  stopIds: Uint8Array | undefined,
  out: SeedList,
): void {
  let j = index.find(hashAt(article, anchor, n)).head;
  while (j !== -1 && !sameAt(article, anchor, source, j, n)) j = index.next[j];
  if (j === -1) return;
  const d = j - anchor;
  for (let i = Math.max(0, -d); i + n <= article.length && i + d + n <= source.length; i++) {
    if (sameAt(article, i, source, i + d, n) && !allStop(article, i, n, stopIds)) out.push(i, i + d);
  }
}

/** Seeds appended in place, in typed arrays grown by doubling. */
class SeedList {
  private a: Int32Array = new Int32Array(1024);
  private s: Int32Array = new Int32Array(1024);
  length = 0;

  push(i: number, j: number): void {
    if (this.length === this.a.length) {
      this.a = grow(this.a);
      this.s = grow(this.s);
    }
    this.a[this.length] = i;
    this.s[this.length] = j;
    this.length++;
  }

  seeds(): Seeds {
    return { a: this.a, s: this.s, length: this.length };
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
