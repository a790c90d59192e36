/**
 * Comparison keys: the form of a token under which typographic variants compare equal.
 * Case, quote styles, apostrophes, dashes, ellipses and compatibility forms (ligatures,
 * full-width letters) fold; letters with diacritics keep them ("resume" is not "résumé").
 */

const FOLD_MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u0060": "'",
  "\u00B4": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2039": "'",
  "\u203A": "'",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u2026": "...",
  "\u00A0": " ",
  "\u202F": " ",
};
const FOLDABLE =
  /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C-\u201F\u2033\u00AB\u00BB\u2039\u203A\u2010-\u2015\u2212\u2026\u00A0\u202F]/g;
// Fast path: ASCII-only text needs lower-casing at most.
const NON_ASCII = /[^\x00-\x7F]/;

/** The comparison key of a token or short text. */
export function foldKey(token: string): string {
  if (!NON_ASCII.test(token)) return token.toLowerCase();
  return token
    .normalize("NFKC")
    .replace(FOLDABLE, (c) => FOLD_MAP[c] ?? c)
    .toLowerCase();
}
