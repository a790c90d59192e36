import { foldKey } from "./fold.js";
import { TokenStore } from "./token-store.js";

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

// ASCII character classes for the fast path: 1 letter, 2 digit, 3 punctuation (\p{P}),
// 4 symbol or control character (\p{S} and the rest of \S), 0 whitespace.
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[A-Za-z]/.test(ch)
    ? 1
    : /[0-9]/.test(ch)
      ? 2
      : /\s/.test(ch)
        ? 0
        : /\p{P}/u.test(ch)
          ? 3
          : 4;
}
const LETTER = 1;
const DIGIT = 2;
const PUNCT = 3;

// The character code at `i`, or -1 past the end; the class of an ASCII code, or -1.
const codeAt = (s: string, i: number): number => (i < s.length ? s.charCodeAt(i) : -1);
const ascii = (c: number): number => (c >= 0 && c < 128 ? ASCII_CLASS[c] : -1);

/** Tokenize `text` (or its `[from, to)` slice) into tokens with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokenizeToStore(text, from, to).toTokens();
}

/**
 * Tokenize `text` (or its `[from, to)` slice) into a compact {@link TokenStore}, offsets into
 * `text`: the form every layer shares.
 */
export function tokenizeToStore(text: string, from = 0, to = text.length): TokenStore {
  // About one token per five characters of prose: few doublings, little slack.
  const tokens = new TokenStore((to - from) >> 2);
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = s.length;
  // ASCII tokens are scanned by hand; a token that touches a non-ASCII character is matched
  // with TOKEN from its start, so both paths give the tokens TOKEN alone would give. The helpers
  // are module functions, not closures made per call: code optimized for the article's closures
  // was thrown away when the source's call brought new ones.
  let p = 0;
  while (p < n) {
    const c = s.charCodeAt(p);
    if (c >= 128) {
      p = slowToken(s, p, from, tokens);
      continue;
    }
    const cls = ASCII_CLASS[c];
    if (cls === 0) {
      p++;
      continue;
    }
    let q = p + 1;
    let kind: TokenKind;
    if (cls === DIGIT) {
      kind = "number";
      while (ascii(codeAt(s, q)) === DIGIT) q++;
      // Grouping and decimal marks between digits: "4,000", "3.5", "10:30".
      while (q > 0) {
        const sep = codeAt(s, q);
        if (sep !== 46 && sep !== 44 && sep !== 58) break;
        const after = codeAt(s, q + 1);
        if (after >= 128) {
          q = -1; // a non-ASCII digit may follow the mark
          break;
        }
        if (ascii(after) !== DIGIT) break;
        q += 2;
        while (ascii(codeAt(s, q)) === DIGIT) q++;
      }
    } else if (cls === LETTER) {
      kind = "word";
      for (;;) {
        const d = codeAt(s, q);
        const dc = ascii(d);
        if (dc === LETTER || dc === DIGIT) {
          q++;
        } else if (
          (d === 39 || d === 45) &&
          (ascii(codeAt(s, q + 1)) === LETTER || ascii(codeAt(s, q + 1)) === DIGIT)
        ) {
          q++; // an inner apostrophe or hyphen: "don't", "re-open"
        } else if ((d === 39 || d === 45) && codeAt(s, q + 1) >= 128) {
          q = -1; // it may join a non-ASCII letter
          break;
        } else {
          break;
        }
      }
    } else if (c === 46 && codeAt(s, p + 1) === 46 && codeAt(s, p + 2) === 46) {
      kind = "punct";
      while (codeAt(s, q) === 46) q++;
    } else if (c === 45 && codeAt(s, p + 1) === 45) {
      kind = "punct";
      while (codeAt(s, q) === 45) q++;
    } else {
      kind = cls === PUNCT ? "punct" : "symbol";
    }
    // A non-ASCII character right after a word or number may continue it: "café", "5\u00A0000".
    if (q < 0 || (kind !== "punct" && kind !== "symbol" && codeAt(s, q) >= 128)) {
      p = slowToken(s, p, from, tokens);
      continue;
    }
    tokens.pushAscii(s, p, q, kind, from);
    p = q;
  }
  return tokens.trim();
}

/** Match the next token with TOKEN from `p`; push it and return the offset after it. */
function slowToken(s: string, p: number, from: number, tokens: TokenStore): number {
  TOKEN.lastIndex = p;
  const m = TOKEN.exec(s);
  if (m === null) return s.length;
  const value = m[0];
  const kind: TokenKind = m[1] ? "number" : m[2] ? "word" : m[3] ? "punct" : "symbol";
  const start = from + m.index;
  tokens.push(start, start + value.length, kind, foldKey(value));
  return m.index + value.length;
}
