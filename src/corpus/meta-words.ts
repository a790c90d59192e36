import { foldKey } from "../text/fold.js";

/**
 * The words by which a stored document is found from a citation: its title's words and its
 * authors' surnames, folded as every other comparison key. Both stores index these keys, so that
 * looking a cited title up reads a few index ranges instead of every stored title.
 */

/** A title's words of more than two letters, folded. */
export const titleWords = (text: string): string[] =>
  foldKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);

/** The last word of a name, folded ("" when it has none of more than two letters). */
export const surname = (name: string): string => titleWords(name).at(-1) ?? "";

/** Index key of a title word. */
export const titleKey = (word: string): string => `t:${word}`;
/** Index key of an author's surname. */
export const authorKey = (surname: string): string => `a:${surname}`;

/** The distinct index keys of a document's title and authors. */
export function metaKeys(meta: { title?: string; authors?: readonly string[] }): string[] {
  const keys = new Set<string>();
  for (const w of titleWords(meta.title ?? "")) keys.add(titleKey(w));
  for (const a of meta.authors ?? []) {
    const s = surname(a);
    if (s) keys.add(authorKey(s));
  }
  return [...keys];
}
