import { minOf } from "../collections.js";
import type { TokenStore } from "../text/token-store.js";
import { tokenizeToStore } from "../text/tokenize.js";

/**
 * Hashed word n-grams (shingles) of a normalized text: the postings the corpus indexes.
 *
 * Tokens come from the project's one tokenizer and compare by their folded key, so quote styles,
 * dashes, apostrophes and case never make two copies of a text look different; punctuation and
 * symbols are skipped, so a comma moved or a dash retyped changes no shingle.
 *
 * Not every shingle is kept: winnowing (Schleimer, Wilkerson & Aiken, "Winnowing: local
 * algorithms for document fingerprinting", SIGMOD 2003) keeps the smallest hash of every window
 * of `window` consecutive shingles. Any passage two texts share that spans at least
 * `window + n - 1` words is guaranteed to share a kept hash, unlike a hash-mod-p sample, which
 * only keeps 1/p of them on average and can miss a passage whole.
 */

/** Options of {@link shingleHashes}. */
export interface ShingleOptions {
  /**
   * Words per shingle (default: 5, as passim's default n-gram order: short enough to survive an
   * edit every few words, long enough that unrelated news texts rarely share one).
   */
  n?: number;
  /**
   * Winnowing window in shingles; 1 keeps every shingle (default: 4: about 40% of the shingles
   * are kept, and every shared run of 8 words or more is found).
   */
  window?: number;
}

/** The defaults of {@link ShingleOptions}. */
export const SHINGLE_DEFAULTS: Required<ShingleOptions> = { n: 5, window: 4 };

/** A word of the text with its comparison-key hash, in text order. */
export interface HashedWord {
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  hash: number;
}

/** FNV-1a (32 bits) of a string's UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The words and numbers of `text`, each with the hash of its folded key. */
export function hashedWords(text: string, store: TokenStore = tokenizeToStore(text)): HashedWord[] {
  const words: HashedWord[] = [];
  for (let i = 0; i < store.length; i++) {
    const kind = store.kind(i);
    if (kind !== "word" && kind !== "number") continue;
    words.push({ start: store.starts[i], end: store.ends[i], hash: fnv1a(store.key(i)) });
  }
  return words;
}

/**
 * The hash of every n-gram of `words`, in order: entry i covers words i to i + n - 1. A text of
 * fewer than n words gives one shingle of all its words, so that a short text is still findable.
 */
export function shingleSequence(words: readonly HashedWord[], n = SHINGLE_DEFAULTS.n): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    // A polynomial combination of the word hashes, finished with a murmur3 mix so that the
    // winnowing minimum is not biased towards n-grams of particular words.
    let h = 0x9747b28c;
    const end = Math.min(words.length, i + n);
    for (let k = i; k < end; k++) h = (Math.imul(h, 0x01000193) + words[k].hash) | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out[i] = h >>> 0;
  }
  return out;
}

/**
 * The distinct kept shingle hashes of a normalized text, sorted ascending: what
 * {@link CorpusStore.add} stores and {@link CorpusStore.candidates} looks up.
 */
export function shingleHashes(text: string, options: ShingleOptions = {}): Uint32Array {
  const { n, window } = { ...SHINGLE_DEFAULTS, ...options };
  return winnow(shingleSequence(hashedWords(text), n), window);
}

/**
 * Winnowing: the minimum of every window of `window` consecutive hashes (the rightmost on ties),
 * distinct and sorted. Runs in linear time with a monotone deque.
 */
export function winnow(sequence: Uint32Array, window: number): Uint32Array {
  if (!Number.isInteger(window) || window < 1) throw new RangeError("window must be a positive integer");
  const kept = new Set<number>();
  if (window === 1 || sequence.length <= window) {
    if (window === 1) for (const h of sequence) kept.add(h);
    else if (sequence.length > 0) kept.add(minOf(sequence));
  } else {
    // Indices whose hashes increase from front to back: the front is the window's minimum.
    const deque = new Int32Array(sequence.length);
    let head = 0;
    let tail = 0;
    for (let i = 0; i < sequence.length; i++) {
      while (tail > head && sequence[deque[tail - 1]] >= sequence[i]) tail--;
      deque[tail++] = i;
      if (deque[head] <= i - window) head++;
      if (i >= window - 1) kept.add(sequence[deque[head]]);
    }
  }
  return Uint32Array.from(kept).sort();
}
