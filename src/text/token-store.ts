import type { Token, TokenKind } from "./tokenize.js";

/** Token kinds by their code in {@link TokenStore.kinds}. */
export const TOKEN_KINDS: readonly TokenKind[] = ["word", "number", "punct", "symbol"];

/** The code of each token kind in {@link TokenStore.kinds}. */
export const KIND_CODE: Readonly<Record<TokenKind, number>> = { word: 0, number: 1, punct: 2, symbol: 3 };

// The key table's hash of ASCII keys starts from a number drawn per process, as V8 seeds its
// own string hashes: a text written to make its tokens collide in the slots (a slow, quadratic
// tokenization) cannot be written without it. Ids are given in order of first sight, whatever
// the hash, so reports do not depend on it.
const HASH_SEED = (Math.random() * 0x100000000) | 0;

/**
 * Interned comparison keys: each distinct key is one string and one small integer id, however
 * often it occurs (a 10 MB text has about two million tokens but a few hundred thousand keys).
 */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  /** The keys by id. */
  readonly keys: string[] = [];

  /** The id of `key`, assigning the next one on first sight. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  // The ids of the keys met as ASCII text, found from the characters themselves: a token whose
  // key was seen before (most of a text's tokens) is looked up without cutting it out of the text
  // and lower-casing it, which made a short string per token for the Map to hash and the
  // collector to sweep. Open addressing: each slot holds an id + 1 (0 free) and its key's hash.
  private slotIds = new Int32Array(1 << 12);
  private slotHashes = new Int32Array(1 << 12);
  private asciiCount = 0;

  /**
   * The id of the key of `text[start, end)`, an ASCII token whose key is its text with A–Z lower
   * cased (what {@link foldKey} gives for ASCII), assigning the next id on first sight: the same
   * id, in the same order, as {@link id} of that key.
   */
  asciiId(text: string, start: number, end: number): number {
    let h = HASH_SEED;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
    }
    // The low bits pick the slot: mixed with the high ones, so that keys alike at their ends spread.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    const mask = this.slotIds.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slotIds[slot];
      if (stored === 0) break;
      if (this.slotHashes[slot] === h && this.sameAscii(this.keys[stored - 1], text, start, end))
        return stored - 1;
    }
    // First sight as ASCII text: the key may still be known from a token folded to it ("don’t").
    const id = this.id(text.slice(start, end).toLowerCase());
    if (2 * (this.asciiCount + 1) > this.slotIds.length) this.growSlots();
    this.place(id, h);
    this.asciiCount++;
    return id;
  }

  private sameAscii(key: string, text: string, start: number, end: number): boolean {
    if (key.length !== end - start) return false;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== key.charCodeAt(i - start)) return false;
    }
    return true;
  }

  private place(id: number, h: number): void {
    const mask = this.slotIds.length - 1;
    let slot = h & mask;
    while (this.slotIds[slot] !== 0) slot = (slot + 1) & mask;
    this.slotIds[slot] = id + 1;
    this.slotHashes[slot] = h;
  }

  private growSlots(): void {
    const ids = this.slotIds;
    const hashes = this.slotHashes;
    this.slotIds = new Int32Array(ids.length * 2);
    this.slotHashes = new Int32Array(ids.length * 2);
    for (let slot = 0; slot < ids.length; slot++)
      if (ids[slot] !== 0) this.place(ids[slot] - 1, hashes[slot]);
  }

  /** The id of `key`, or -1 when it was never seen. */
  lookup(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  get size(): number {
    return this.keys.length;
  }
}

// Index of the first of the first `n` sorted values that is at least `pos`.
function firstAtOrAfter(values: Int32Array, n: number, pos: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tokens of a text as parallel typed arrays (offsets, kind codes and key ids), about 13 bytes
 * a token where a token object costs about a hundred. Every layer reads the same store.
 */
export class TokenStore {
  starts: Int32Array;
  ends: Int32Array;
  /** Kind codes, see {@link TOKEN_KINDS}. */
  kinds: Uint8Array;
  /** Ids into {@link keyTable}. */
  keyIds: Int32Array;
  length = 0;
  readonly keyTable = new KeyTable();

  constructor(capacity = 1024) {
    const n = Math.max(16, capacity);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.kinds = new Uint8Array(n);
    this.keyIds = new Int32Array(n);
  }

  /** Append a token. */
  push(start: number, end: number, kind: TokenKind, key: string): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = KIND_CODE[kind];
    this.keyIds[i] = this.keyTable.id(key);
  }

  /** Append an ASCII token: its key is its text with A–Z lower cased (see {@link KeyTable.asciiId}). */
  pushAscii(text: string, start: number, end: number, kind: TokenKind, offset: number): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = offset + start;
    this.ends[i] = offset + end;
    this.kinds[i] = KIND_CODE[kind];
    this.keyIds[i] = this.keyTable.asciiId(text, start, end);
  }

  /** The comparison key of token `i`. */
  key(i: number): string {
    return this.keyTable.keys[this.keyIds[i]];
  }

  /** The kind of token `i`. */
  kind(i: number): TokenKind {
    return TOKEN_KINDS[this.kinds[i]];
  }

  /** The comparison key of token `i`, or undefined when there is no token `i`. */
  keyAt(i: number): string | undefined {
    return i >= 0 && i < this.length ? this.keyTable.keys[this.keyIds[i]] : undefined;
  }

  /** The kind of token `i`, or undefined when there is no token `i`. */
  kindAt(i: number): TokenKind | undefined {
    return i >= 0 && i < this.length ? TOKEN_KINDS[this.kinds[i]] : undefined;
  }

  /** The text of token `i` in `text`, the string the store was made from. */
  text(text: string, i: number): string {
    return text.slice(this.starts[i], this.ends[i]);
  }

  /** Token `i` as an object (its key is the interned string, shared by every token with it). */
  token(i: number): Token {
    return { start: this.starts[i], end: this.ends[i], kind: TOKEN_KINDS[this.kinds[i]], key: this.key(i) };
  }

  /** Index of the first token starting at or after `pos`. */
  firstStartingAt(pos: number): number {
    return firstAtOrAfter(this.starts, this.length, pos);
  }

  /** Index of the first token ending after `pos`. */
  firstEndingAfter(pos: number): number {
    return firstAtOrAfter(this.ends, this.length, pos + 1);
  }

  /** The tokens lying wholly inside `[start, end)`, as objects. */
  tokensIn(start: number, end: number): Token[] {
    const out: Token[] = [];
    for (let t = this.firstStartingAt(start); t < this.length && this.ends[t] <= end; t++)
      out.push(this.token(t));
    return out;
  }

  /**
   * Token `i` as an object, or undefined when there is no token `i`, as indexing an array of
   * tokens gives (the type says `Token`, as an array index's does).
   */
  get(i: number): Token {
    return (i >= 0 && i < this.length ? this.token(i) : undefined) as Token;
  }

  /** Tokens `[from, to)` as objects, as `Array.prototype.slice` gives them. */
  slice(from: number, to: number = this.length): Token[] {
    const out: Token[] = [];
    const end = Math.min(to, this.length);
    for (let i = Math.max(0, from); i < end; i++) out.push(this.token(i));
    return out;
  }

  /** Every token as an object, for callers that want `Document.tokens`. */
  toTokens(): Token[] {
    const out: Token[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.token(i);
    return out;
  }

  /** Release the unused capacity once the text is tokenized. */
  trim(): this {
    if (this.starts.length > this.length) {
      this.starts = this.starts.slice(0, this.length);
      this.ends = this.ends.slice(0, this.length);
      this.kinds = this.kinds.slice(0, this.length);
      this.keyIds = this.keyIds.slice(0, this.length);
    }
    return this;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const kinds = new Uint8Array(n);
    const keyIds = new Int32Array(n);
    starts.set(this.starts);
    ends.set(this.ends);
    kinds.set(this.kinds);
    keyIds.set(this.keyIds);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.keyIds = keyIds;
  }
}
