import type { Document } from "../text/document.js";
import { flipsMeaning } from "./lexicon.js";

/**
 * Interns comparison keys as small integers so that the aligner compares numbers, not strings.
 * One vocabulary is shared by the article and all its sources.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The id of `key`, assigning the next free one on first sight. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  /** The id of `key`, or -1 when it was never seen. */
  lookup(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  get size(): number {
    return this.ids.size;
  }
}

/**
 * The word and number tokens of a document as interned ids: what the aligner anchors on.
 * Punctuation and symbols are left out (they are typographic noise for alignment); spans are
 * recovered through `token`, the index of each word in `doc.tokens`.
 */
export interface WordSequence {
  doc: Document;
  ids: Int32Array;
  token: Int32Array;
  /** 1 for words inside square brackets: editorial insertions cost nothing to align. */
  bracketed: Uint8Array;
  /** 1 when an elision mark ("…", ". . .", "[...]") follows the word: dropped text costs nothing there. */
  elidedAfter: Uint8Array;
  /** 1 for negations and quantifiers ("not", "all", "only"): a change to one at a passage's edge is kept. */
  flips: Uint8Array;
}

/**
 * The comparison key of a number: digit grouping is typography ("4,000", "4 000" and "4000" are
 * one number), so grouping marks between groups of three digits are dropped.
 */
export function numberKey(key: string): string {
  return /^\d{1,3}(?:[, \u00A0\u202F]\d{3})+(?:\.\d+)?$/.test(key)
    ? key.replace(/[, \u00A0\u202F]/g, "")
    : key;
}

/** Build the word sequence of a document. */
export function wordSequence(doc: Document, vocab: Vocabulary): WordSequence {
  const { tokens } = doc;
  let n = 0;
  for (const t of tokens) if (t.kind === "word" || t.kind === "number") n++;
  const ids = new Int32Array(n);
  const token = new Int32Array(n);
  const bracketed = new Uint8Array(n);
  const elidedAfter = new Uint8Array(n);
  const flips = new Uint8Array(n);
  let k = 0;
  let open = false;
  let dots = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "punct") {
      if (t.key === "[") open = true;
      else if (t.key === "]") open = false;
      if (t.key === "...") dots = 3;
      else if (t.key === ".") dots++;
      if (dots >= 3 && k > 0) elidedAfter[k - 1] = 1;
      continue;
    }
    dots = 0;
    if (t.kind !== "word" && t.kind !== "number") continue;
    ids[k] = vocab.id(t.kind === "number" ? numberKey(t.key) : t.key);
    token[k] = i;
    bracketed[k] = open ? 1 : 0;
    flips[k] = flipsMeaning(t.key) ? 1 : 0;
    k++;
  }
  return { doc, ids, token, bracketed, elidedAfter, flips };
}

/** Character span of words `[from, to)` of a sequence (`to > from`). */
export function wordSpan(seq: WordSequence, from: number, to: number): { start: number; end: number } {
  const { tokens } = seq.doc;
  return { start: tokens[seq.token[from]].start, end: tokens[seq.token[to - 1]].end };
}
