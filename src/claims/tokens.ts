import type { TokenStore } from "../text/token-store.js";
import type { Token } from "../text/tokenize.js";

/** A read-only window on a sentence's tokens: `[from, to)` indexes into the document tokens. */
export class TokenView {
  constructor(
    readonly text: string,
    readonly store: TokenStore,
    readonly from: number,
    readonly to: number,
  ) {}

  /** Comparison key of token `i`, or "" outside the window. */
  key(i: number): string {
    return i >= this.from && i < this.to ? this.store.key(i) : "";
  }

  /** The token's text as written. */
  raw(i: number): string {
    return i >= 0 && i < this.store.length && i < this.to ? this.store.text(this.text, i) : "";
  }

  kind(i: number): Token["kind"] | undefined {
    return i >= this.from && i < this.to ? this.store.kind(i) : undefined;
  }

  /** True when token `i + 1` follows token `i` with no space between them. */
  glued(i: number): boolean {
    return i + 1 < this.to && this.store.ends[i] === this.store.starts[i + 1];
  }

  /** Length of the phrase `words` matched from token `i` (in tokens), or 0. */
  matches(i: number, words: readonly string[]): number {
    for (let k = 0; k < words.length; k++) if (this.key(i + k) !== words[k]) return 0;
    return words.length;
  }

  /** True when only punctuation (opening quotes, brackets) precedes token `i` in the window. */
  opensSentence(i: number): boolean {
    for (let k = this.from; k < i; k++)
      if (this.store.kind(k) === "word" || this.store.kind(k) === "number") return false;
    return true;
  }

  /** True when the word at `i` is capitalised inside the sentence: likely part of a name. */
  nameLike(i: number): boolean {
    return this.kind(i) === "word" && this.capitalized(i) && !this.opensSentence(i);
  }

  /** True when the word at `i` starts with a capital letter. */
  capitalized(i: number): boolean {
    const r = this.raw(i);
    return r.length > 0 && r[0] !== r[0].toLowerCase();
  }
}
