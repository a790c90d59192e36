import { type SupportLexicon, supportLexicon } from "./lexicon.js";
import type { Passage } from "./terms.js";

/** Keys between the demonstrative and the change noun's article: "That would be", "This is". */
const VERB_KEYS = 2;

/**
 * True when the claim restates the change its sentence's predecessor gives, as the size of that
 * change: it opens on a demonstrative (`demonstratives`: "That", "This"), a form of "be" and an
 * article, then a noun of difference (`differenceNouns`) and "of" ("That is a rise of just under a
 * crown", "This would be an increase of roughly two thirds"). Its own words name nothing a search
 * could find; the figures it measures are the sentence before it's. A fall (`fallNouns`: "a cut of
 * a third") is a share of the larger figure, where it started.
 */
export function restatesChange(claim: Passage, lex: SupportLexicon): "rise" | "fall" | undefined {
  const keys = claim.keys;
  if (!lex.demonstratives.has(keys[0] ?? "")) return undefined;
  let k = 1;
  while (k <= VERB_KEYS && (lex.auxiliaries.has(keys[k]) || lex.lightVerbs.has(keys[k]))) k++;
  if (k === 1 || (keys[k] !== "a" && keys[k] !== "an")) return undefined;
  const noun = keys[k + 1] ?? "";
  if (!lex.differenceNouns.has(noun) || keys[k + 2] !== "of") return undefined;
  return lex.fallNouns.has(noun) ? "fall" : "rise";
}

/**
 * True when the first noun of difference of a clause that states a difference is a fall's ("a cut
 * of more than a third", `fallNouns`): its share is of the larger figure, where it started.
 */
export function fallNamed(claim: Passage, lex: SupportLexicon = supportLexicon()): boolean {
  const noun = claim.keys.find((k) => lex.differenceNouns.has(k));
  return noun !== undefined && lex.fallNouns.has(noun);
}
