import { loadData } from "../data.js";

interface Lexicon {
  negations: string[];
  quantifiers: string[];
  stressBeforeFigures: string[];
  universals: string[];
  numberWords: string[];
  limiters: string[];
  scopeBreaks: string[];
}

let lexicon:
  | {
      negations: Set<string>;
      quantifiers: Set<string>;
      stress: Set<string>;
      universals: Set<string>;
      numbers: Set<string>;
      limiters: Set<string>;
      scopeBreaks: Set<string>;
    }
  | undefined;
function words() {
  if (!lexicon) {
    const data = loadData<Lexicon>("trace-lexicon.json");
    lexicon = {
      negations: new Set(data.negations),
      quantifiers: new Set(data.quantifiers),
      stress: new Set(data.stressBeforeFigures),
      universals: new Set(data.universals),
      numbers: new Set(data.numberWords),
      limiters: new Set(data.limiters),
      scopeBreaks: new Set(data.scopeBreaks),
    };
  }
  return lexicon;
}

/** True when the comparison key negates ("not", "never", "didn't"). */
export const isNegation = (key: string): boolean => words().negations.has(key) || key.endsWith("n't");

/** True when the comparison key sets how much or how many a statement covers ("all", "only", "some"). */
export const isQuantifier = (key: string): boolean => words().quantifiers.has(key);

/** True when the quantifier covers the whole of something ("all", "every", "whole"). */
export const isUniversal = (key: string): boolean => words().universals.has(key);

/** True when the quantifier, right before a figure, only stresses it ("only three days"). */
export const stressesFigure = (key: string): boolean => words().stress.has(key);

/** True when the token is a quantity: a number, or a spelled-out one ("six", "half"). */
export const isNumberToken = (kind: string, key: string): boolean =>
  kind === "number" || words().numbers.has(key);

/** True when losing or gaining the word can flip or widen what a sentence says. */
export const flipsMeaning = (key: string): boolean => isNegation(key) || isQuantifier(key);

/** True when the adverb narrows a denial it stands in ("not seriously", "not immediately"). */
export const isLimiter = (key: string): boolean => words().limiters.has(key);

/** True when the word opens another clause, beyond the reach of a negation before it ("until", "that"). */
export const breaksScope = (key: string): boolean => words().scopeBreaks.has(key);
