import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import type { VoiceLexicon } from "./lexicon.js";
import type { Mention } from "./mentions.js";

interface SourcePhraseData {
  relatives: string[];
  personal: string[];
  possessives: string[];
  auxiliaries: string[];
  linkers: string[];
  passive: string[];
  agentStops: string[];
}

/** The closed word classes of `data/voice-source-phrases.json`, compiled once. */
export interface SourceWords {
  relatives: Set<string>;
  personal: Set<string>;
  possessives: Set<string>;
  auxiliaries: Set<string>;
  linkers: Set<string>;
  passive: Set<string>;
  agentStops: Set<string>;
}

let cached: SourceWords | undefined;

/** Load (once) the word classes the noun-phrase reader needs. */
export function sourceWords(): SourceWords {
  if (cached) return cached;
  const d = loadData<SourcePhraseData>("voice-source-phrases.json");
  cached = {
    relatives: new Set(d.relatives),
    personal: new Set(d.personal),
    possessives: new Set(d.possessives),
    auxiliaries: new Set(d.auxiliaries),
    linkers: new Set(d.linkers),
    passive: new Set(d.passive),
    agentStops: new Set(d.agentStops),
  };
  return cached;
}

/**
 * A phrase reads at most this many tokens: PolNeAR sources are longer than names ("the
 * Washington Post's phony fact-checkers", "Gov. John Kasich (R-OH)") but a bounded walk keeps
 * the cost linear in the text.
 */
const MAX_PHRASE_TOKENS = 12;
const UPPER = /^\p{Lu}/u;
// "Gov." and "U.S.": a full stop after a short capitalised word stays inside the phrase.
const SHORT_CAP = /^\p{Lu}[\p{L}-]{0,3}$/u;

/** The class of a phrase's word, as the source model reads it. */
export type WordClass =
  | "relative"
  | "personal"
  | "possessive"
  | "determiner"
  | "cap"
  | "low"
  | "number"
  | "other";

/** The class of token `k`: closed classes first, then its shape. */
export function wordClass(doc: Document, lex: VoiceLexicon, words: SourceWords, k: number): WordClass {
  const { tokenStore: tokens, text } = doc;
  const w = tokens.key(k);
  if (words.relatives.has(w)) return "relative";
  if (words.personal.has(w)) return "personal";
  if (words.possessives.has(w)) return "possessive";
  if (lex.determiners.has(w)) return "determiner";
  const kind = tokens.kind(k);
  if (kind === "number") return "number";
  if (kind !== "word") return "other";
  return UPPER.test(text[tokens.starts[k]]) ? "cap" : "low";
}

/**
 * The token a cue's subject ends at: the word before cue token `k`, past auxiliaries, negation
 * and "-ly" adverbs ("the plan was not rejected", "he has repeatedly said"); -1 when none is left
 * in the sentence.
 */
export function subjectEnd(doc: Document, words: SourceWords, k: number, floor: number): number {
  const tokens = doc.tokenStore;
  let j = k - 1;
  while (
    j >= floor &&
    (words.auxiliaries.has(tokens.key(j)) ||
      (tokens.kind(j) === "word" && tokens.key(j).length > 4 && tokens.key(j).endsWith("ly")))
  )
    j--;
  return j >= floor ? j : -1;
}

// A word that cannot be inside a noun phrase: a function word that is not a determiner, a
// pronoun or a linker, or a reporting verb ("told reporters Clinton said").
function breaks(lex: VoiceLexicon, words: SourceWords, w: string): boolean {
  if (lex.verbs.has(w) || lex.strongVerbs.has(w) || words.auxiliaries.has(w)) return true;
  return functionWords().has(w) && !lex.determiners.has(w) && !words.possessives.has(w);
}

/**
 * The noun phrase that ends at token `i`, read backwards by a bounded walk, as PARC and PolNeAR
 * mark a source: a pronoun alone ("he", "who", "his" before a nominal cue), or determiners,
 * adjectives, titles, names and nouns, possessives ("the Washington Post's fact-checkers"), "of"
 * phrases ("the secretary of state") and a closing parenthesis ("Kasich (R-OH)"), down to a
 * determiner, a function word, a verb, punctuation or a line break. Undefined when token `i`
 * cannot end one.
 */
export function phraseBackward(
  doc: Document,
  lex: VoiceLexicon,
  words: SourceWords,
  i: number,
  floor: number,
): Mention | undefined {
  const { tokenStore: tokens, text } = doc;
  if (i < floor || i >= tokens.length) return undefined;
  const w = tokens.key(i);
  if (words.relatives.has(w) || words.personal.has(w) || words.possessives.has(w))
    return { kind: "pronoun", first: i, last: i, text: w };
  let e = i;
  // "Gov. John Kasich (R-OH) said": the parenthesis belongs to the name before it.
  if (w === ")") {
    let open = i - 1;
    while (open > Math.max(floor, i - 8) && tokens.key(open) !== "(") open--;
    if (tokens.key(open) !== "(") return undefined;
    e = open - 1;
  }
  // A determiner ends no phrase ("the" before the cue "mayor" is no source).
  const head = tokens.keyAt(e) ?? "";
  if (e < floor || tokens.kind(e) === "punct" || breaks(lex, words, head) || lex.determiners.has(head))
    return undefined;
  const lowest = Math.max(floor, i - MAX_PHRASE_TOKENS);
  let first = e;
  const sameLine = (k: number) => !text.slice(tokens.ends[k], tokens.starts[k + 1]).includes("\n");
  for (let j = e - 1; j >= lowest && sameLine(j); j--) {
    const key = tokens.key(j);
    const kind = tokens.kind(j);
    if (kind === "punct") {
      // "Sanders' aides", "U.S. officials": a possessive mark or an abbreviation's stop.
      const possessive = (key === "'" || key === "\u2019") && tokens.keyAt(j - 1)?.endsWith("s");
      const stop = key === "." && j - 1 >= lowest && SHORT_CAP.test(tokens.text(text, j - 1));
      if (!possessive && !stop) break;
      continue;
    }
    if (lex.determiners.has(key) || words.possessives.has(key)) {
      first = j;
      break;
    }
    if (words.linkers.has(key)) {
      // "secretary of state": a linker only between two words of the phrase.
      if (j - 1 < lowest || tokens.kind(j - 1) === "punct" || breaks(lex, words, tokens.key(j - 1))) break;
      continue;
    }
    if (breaks(lex, words, key)) break;
    first = j;
  }
  const allCaps = tokens
    .slice(first, e + 1)
    .every((t) => t.kind !== "word" || UPPER.test(text[t.start]) || words.linkers.has(t.key));
  return {
    kind: allCaps ? "name" : "description",
    first,
    last: i,
    text: text.slice(tokens.starts[first], tokens.ends[i]).replace(/\s+/g, " "),
  };
}

/**
 * The agent of a passive cue, read forwards after "by" at token `i` ("was endorsed by the
 * state's largest union"): the words up to punctuation, a function word or a verb.
 */
export function agentForward(
  doc: Document,
  lex: VoiceLexicon,
  words: SourceWords,
  i: number,
  limit: number,
): Mention | undefined {
  const { tokenStore: tokens, text } = doc;
  if (i >= limit || !words.passive.has(tokens.key(i))) return undefined;
  const first = i + 1;
  let last = -1;
  for (let j = first; j < Math.min(limit, first + MAX_PHRASE_TOKENS); j++) {
    const key = tokens.key(j);
    if (tokens.kind(j) === "punct") {
      if ((key === "'" || key === "\u2019") && tokens.keyAt(j - 1)?.endsWith("s")) continue;
      break;
    }
    if (j === first && (words.personal.has(key) || words.relatives.has(key))) return undefined;
    if (lex.determiners.has(key) || words.possessives.has(key)) {
      if (j > first) break;
      continue;
    }
    if (words.linkers.has(key) && last >= 0) continue;
    // "by the union last week": a time word ends the agent.
    if (breaks(lex, words, key) || words.agentStops.has(key)) break;
    last = j;
  }
  if (last < 0) return undefined;
  const allCaps = tokens.slice(first, last + 1).every((t) => t.kind !== "word" || UPPER.test(text[t.start]));
  return {
    kind: allCaps ? "name" : "description",
    first,
    last,
    text: text.slice(tokens.starts[first], tokens.ends[last]).replace(/\s+/g, " "),
  };
}
