/** `s` with every character a regular expression reads as syntax escaped, to match it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Words or phrases of a lexicon as one alternation (`a|b|c`), each matched literally. */
export const alternation = (list: readonly string[]): string => list.map(escapeRegExp).join("|");
