import { foldKey } from "./fold.js";

/** What a token is made of. */
export type TokenKind = "word" | "number" | "punct" | "symbol";

/**
 * A token of the normalized text. Whitespace is not a token: the text between two tokens is
 * whitespace only, so the tokens and the gaps between them give back the text.
 */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Comparison key: case, quote, apostrophe and dash variants folded (see {@link foldKey}). */
  key: string;
}

// Words keep inner apostrophes and hyphens ("don't", "well-known", "O’Neill"); numbers keep
// grouping and decimal marks ("4,000", "3.5", "1.2m" is a number then a word); an ellipsis of
// dots or a run of the same dash is one token; every other non-space character is its own token.
const TOKEN =
  /(\p{N}+(?:[.,:\u00A0\u202F]\p{N}+)*)|((?:\p{L}|\p{M})(?:[\p{L}\p{M}\p{N}]|['\u2019\u02BC\-\u2010\u2011](?=[\p{L}\p{N}]))*)|(\.\.\.+|\u2026|--+|[\p{P}])|(\S)/gu;

/** Tokenize `text` (or its `[from, to)` slice) into tokens with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const value = m[0];
    const kind: TokenKind = m[1] ? "number" : m[2] ? "word" : m[3] ? "punct" : "symbol";
    const start = from + m.index;
    tokens.push({ start, end: start + value.length, kind, key: foldKey(value) });
  }
  return tokens;
}
