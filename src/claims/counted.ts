import { quantityLexicon } from "./lexicon.js";
import type { TokenView } from "./tokens.js";

/** English plural of a counted noun: irregulars from the data file, then the regular rules. */
export function pluralize(word: string): string {
  const lex = quantityLexicon();
  const irregular = lex.irregular.get(word);
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

// A plural noun, or a word the data files know as counted ("people", "staff", "killed").
function nounish(word: string): boolean {
  const lex = quantityLexicon();
  if (lex.groupOf.has(word)) return true;
  for (const plural of lex.irregular.values()) if (plural === word) return true;
  return word.length > 3 && word.endsWith("s") && !/(ss|us|sis|ous)$/.test(word);
}

/**
 * What the number before token `i` counts: the words up to the first plural noun ("250 fighters",
 * "3,500 family members", "40 aid trucks"), lower-cased; a singular noun after "one" is made
 * plural ("one person" → "people"). Undefined when no noun follows.
 */
export function countedAt(v: TokenView, i: number, value: number): string | undefined {
  const lex = quantityLexicon();
  let j = i;
  // "4,000 of the residents" counts residents; "one of them" is a pronoun, so "one" skips nothing.
  while (value !== 1 && lex.skip.has(v.key(j)) && j - i < 4) j++;
  const words: string[] = [];
  for (; j < v.to && words.length < 4; j++) {
    const k = v.key(j);
    if (v.kind(j) !== "word" || lex.stop.has(k) || lex.notCounted.has(k) || (value === 1 && lex.skip.has(k)))
      break;
    words.push(k);
    if (value !== 1 && nounish(k)) return words.join(" ");
  }
  if (value === 1 && words.length > 0 && !/(ly|ed|ing)$/.test(words[0])) {
    const first = words[0];
    return lex.irregular.has(first) || !nounish(first) ? pluralize(first) : first;
  }
  return undefined;
}

/** The comparison group of a counted phrase: its head noun's group, or the head noun itself. */
export function countedGroup(counted: string): string {
  const lex = quantityLexicon();
  const words = counted.split(" ");
  const head = words[words.length - 1];
  return lex.groupOf.get(counted) ?? lex.groupOf.get(head) ?? head;
}
