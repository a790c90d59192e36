import type { Document } from "../text/document.js";
import { KIND_CODE, type KeyTable as Vocabulary } from "../text/token-store.js";
import { flipsMeaning } from "./lexicon.js";

/**
 * Interns comparison keys as small integers so that the aligner compares numbers, not strings.
 * One vocabulary is shared by the article and all its sources.
 */
export { KeyTable as Vocabulary } from "../text/token-store.js";

/**
 * The word and number tokens of a document as interned ids: what the aligner anchors on.
 * Punctuation and symbols are left out (they are typographic noise for alignment); spans are
 * recovered through `token`, the index of each word in `doc.tokenStore`.
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

/** Build the word sequence of a document, from its token store. */
export function wordSequence(doc: Document, vocab: Vocabulary): WordSequence {
  const { tokenStore: store } = doc;
  const { kinds, keyIds } = store;
  const WORD = KIND_CODE.word;
  const NUMBER = KIND_CODE.number;
  const PUNCT = KIND_CODE.punct;
  let n = 0;
  for (let i = 0; i < store.length; i++) if (kinds[i] === WORD || kinds[i] === NUMBER) n++;
  const ids = new Int32Array(n);
  const token = new Int32Array(n);
  const bracketed = new Uint8Array(n);
  const elidedAfter = new Uint8Array(n);
  const flips = new Uint8Array(n);
  // Each distinct key is looked up once: its vocabulary id (-1 until seen) and whether it flips
  // meaning. A word key never looks like a number key, so the kind need not be part of it.
  const { keys } = store.keyTable;
  const vocabId = new Int32Array(keys.length).fill(-1);
  const flip = new Uint8Array(keys.length);
  const keyId = (k: string) => store.keyTable.lookup(k);
  const [open_, close_, dots3, dot] = ["[", "]", "...", "."].map(keyId);
  let k = 0;
  let open = false;
  let dots = 0;
  for (let i = 0; i < store.length; i++) {
    const kind = kinds[i];
    const id = keyIds[i];
    if (kind === PUNCT) {
      if (id === open_) open = true;
      else if (id === close_) open = false;
      if (id === dots3) dots = 3;
      else if (id === dot) dots++;
      if (dots >= 3 && k > 0) elidedAfter[k - 1] = 1;
      continue;
    }
    dots = 0;
    if (kind !== WORD && kind !== NUMBER) continue;
    if (vocabId[id] === -1) {
      const key = keys[id];
      vocabId[id] = vocab.id(kind === NUMBER ? numberKey(key) : key);
      flip[id] = flipsMeaning(key) ? 1 : 0;
    }
    ids[k] = vocabId[id];
    token[k] = i;
    bracketed[k] = open ? 1 : 0;
    flips[k] = flip[id];
    k++;
  }
  return { doc, ids, token, bracketed, elidedAfter, flips };
}

/** Character span of words `[from, to)` of a sequence (`to > from`). */
export function wordSpan(seq: WordSequence, from: number, to: number): { start: number; end: number } {
  const { starts, ends } = seq.doc.tokenStore;
  return { start: starts[seq.token[from]], end: ends[seq.token[to - 1]] };
}
