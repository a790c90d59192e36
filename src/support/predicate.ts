import { predicateStart } from "../claims/clauses.js";
import type { Quantity } from "../claims/types.js";
import { findPhrases, type SupportLexicon, supportLexicon } from "./lexicon.js";
import { figureGiven, measuresOf, type PassageRating } from "./rate.js";
import { familyOf, sharedTerms } from "./retrieve.js";
import { type Passage, termOf } from "./terms.js";

/** Most words between a phrasal verb and its particle when an object splits them ("signed the plan off"). */
const PARTICLE_REACH = 4;

/** Fewest letters of a verb's stem for a longer word that opens on it to be its derivation ("sign": "signatures"). */
const DERIVED_STEM = 4;

/** The words of a claim's predicate that the passage must say, and where the head stands. */
export interface Predicate {
  /** The head as written: the main verb, or the predicative adjective or noun after a light verb. */
  head: string;
  /** Index of the head in the claim's keys. */
  at: number;
  /** Indexes of further words any one of which says the predicate too: the verb a catenative verb takes ("agreed to sell"). */
  also: number[];
}

const isWord = (k: string | undefined) => k !== undefined && /^\p{L}/u.test(k);

/**
 * The head of a claim's predicate: from its first verb ({@link predicateStart}) on, past the
 * auxiliaries, negators and adverbs, and past a light verb (`lightVerbs`: "is", "became", "made",
 * "took") to the adjective or noun that carries its sense ("is unsafe", "made a decision"). None
 * when the claim has no predicate the rules can see, when a clause break, a preposition or a
 * particle comes first ("will carry on"), or when the head is a reporting or speech verb (what was
 * said, which a quote says with "said"), a rank (read by the ranking rules) or a phrasal verb.
 */
export function predicateOf(claim: Passage, lex: SupportLexicon = supportLexicon()): Predicate | undefined {
  const keys = claim.keys;
  let k = verbAt(keys, titleCase(claim) ? NO_NAMES : claim.names, lex);
  if (k < 0) return undefined;
  let light = false;
  for (; k < keys.length; k++) {
    const key = keys[k];
    if (!isWord(key)) return undefined;
    if (lex.negators.has(key) || lex.predicateAdverbs.has(key) || /^\p{L}{3,}ly$/u.test(key)) continue;
    if (lex.lightVerbs.has(key)) {
      light = true;
      continue;
    }
    if (lex.auxiliaries.has(key)) continue;
    // "made a decision", "is a risk"; "will carry on", "is in talks": a light verb's particle or
    // preposition says more of the sense than any one word after it.
    if (light && lex.determiners.has(key)) continue;
    if (lex.functionWords.has(key) || lex.predicatePrepositions.has(key)) return undefined;
    break;
  }
  const head = keys[k];
  if (!isWord(head) || lex.reporting.has(head) || lex.speechVerbs.has(head)) return undefined;
  // "is the busiest", "came second": a rank, which the ranking rules read.
  if (lex.superlatives.has(head) || lex.ordinals.has(head)) return undefined;
  // "brushed aside the warnings", "turned up in more squares": a phrasal verb's sense is not its
  // verb's, unless the phrase is one of a predicate synonym group ("signed off").
  if (
    lex.predicateParticles.has(keys[k + 1] ?? "") &&
    !groupsAt(keys, k, lex).some((g) => g.some((w) => w.length > 1))
  )
    return undefined;
  const also: number[] = [];
  // "agreed to sell the site", "voted to close four branches": the verb the head takes says it too.
  if (keys[k + 1] === "to" && isWord(keys[k + 2]) && !lex.functionWords.has(keys[k + 2])) also.push(k + 2);
  return { head, at: k, also };
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** Shortest word a title in title case capitalises ("Planned Parenthood Hid Key Emails"): longer than "for". */
const TITLE_WORD = 4;

/** True when every word of the claim but its first is capitalised, as in a headline: its names are no names. */
function titleCase(claim: Passage): boolean {
  const words = claim.keys.slice(1).filter((k) => k.length >= TITLE_WORD && isWord(k));
  return words.length > 0 && words.every((k) => claim.names.has(k));
}

/**
 * The claim's first verb as {@link predicateStart} reads one, or -1: past a word in "-ed" right
 * after a determiner, which qualifies a noun ("the proposed scheme", "The fixed fee"), and past a
 * verb of a relative clause ("the 2,870 people who answered …"); past a participle that qualifies
 * the subject, to an auxiliary later in its clause ("Households served by Brenmouth Water will
 * find …", "the hours spent driving will be paid"), but not past a word that opens another clause
 * ("whenever a train is late") or a reporting verb. A capitalised word is a name, not a verb
 * ("Planned Parenthood"), unless every word is (a headline in title case). None when the verb
 * comes after a comma and a phrase that is no subject ("…, with every other estate finished by 2028").
 */
function verbAt(keys: readonly string[], names: ReadonlySet<string>, lex: SupportLexicon): number {
  let from = 0;
  for (;;) {
    const at = predicateStart(keys.slice(from));
    if (at < 0) return -1;
    const k = from + at;
    // "Planned Parenthood", and every word of a headline in title case: a capitalised word is a name.
    if (names.has(keys[k])) {
      from = k + 1;
      continue;
    }
    const before = keys[k - 1] ?? "";
    const aux = lex.auxiliaries.has(keys[k]);
    if (!aux && !lex.reporting.has(keys[k]))
      for (let j = k + 1; j < keys.length && isWord(keys[j]) && !opensClause(keys[j], lex); j++)
        if (lex.auxiliaries.has(keys[j])) return openingPhrase(keys, j, lex) ? -1 : j;
    if (aux || !(lex.determiners.has(before) || lex.subjectOpens.has(before)))
      return openingPhrase(keys, k, lex) ? -1 : k;
    from = k + 1;
  }
}

const opensClause = (key: string, lex: SupportLexicon) =>
  lex.subjectOpens.has(key) || lex.predicateBreaks.has(key) || lex.reporting.has(key);

/** True when a comma before `k` opens a phrase that is no subject: a preposition, not a determiner or a name. */
function openingPhrase(keys: readonly string[], k: number, lex: SupportLexicon): boolean {
  for (let j = 0; j < k; j++)
    if (
      keys[j] === "," &&
      lex.functionWords.has(keys[j + 1] ?? "") &&
      !lex.determiners.has(keys[j + 1] ?? "")
    )
      return true;
  return false;
}

/** The groups of `predicateSynonyms` and `verbForms` one of whose phrases stands at `at` of `keys`. */
function groupsAt(keys: readonly string[], at: number, lex: SupportLexicon): string[][][] {
  return (lex.predicateSynonyms.get(termOf(keys[at], lex)) ?? []).filter((group) =>
    group.some((w) => phrasalAt(keys, at, w, lex)),
  );
}

/**
 * True when the passage says the claim's word at `at`: the same term, its opposite or a related
 * word, a word of its family ("approval" for "approved"; {@link sharedTerms}) or one that opens on
 * its stem ("signatures" for "signed"), another form of an irregular verb (`verbForms`: "ran" for
 * "run"), or a phrase of one of its predicate synonym groups (`predicateSynonyms`: "approved" /
 * "signed off"), a phrasal verb's
 * particle up to {@link PARTICLE_REACH} words after its verb ("signed the plan off").
 */
function says(claim: Passage, at: number, passage: Passage, lex: SupportLexicon): boolean {
  const key = claim.keys[at];
  const term = termOf(key, lex);
  if (sharedTerms(new Set([term]), passage) > 0) return true;
  // "moving" for "move" (Porter's stemmer on the words as written), "signatures" for "signed": a
  // noun made of the verb's stem with a suffix.
  const family = familyOf(key);
  if (
    passage.keys.some(
      (k) => familyOf(k) === family || (family.length >= DERIVED_STEM && k.startsWith(family)),
    )
  )
    return true;
  return groupsAt(claim.keys, at, lex).some((group) =>
    group.some((words) => passage.keys.some((_, i) => phrasalAt(passage.keys, i, words, lex))),
  );
}

/** True when the phrase stands at `i` of `keys`, each later word up to {@link PARTICLE_REACH} words after the one before. */
export function phrasalAt(
  keys: readonly string[],
  i: number,
  words: readonly string[],
  lex: SupportLexicon,
): boolean {
  const same = (k: string | undefined, w: string) =>
    k !== undefined && (k === w || termOf(k, lex) === termOf(w, lex));
  if (!same(keys[i], words[0])) return false;
  let at = i;
  for (const w of words.slice(1)) {
    let next = at + 1;
    while (
      next <= at + PARTICLE_REACH &&
      next < keys.length &&
      !lex.clauseEnds.has(keys[next]) &&
      !same(keys[next], w)
    )
      next++;
    if (!same(keys[next], w)) return false;
    at = next;
  }
  return true;
}

/**
 * The claim's predicate when the passage does not say it: a passage that shares the claim's
 * nouns but says another thing of them ("the council debated the plan" for "the council approved
 * the plan") speaks only of its topic. Undefined when the passage says it, or the claim's
 * predicate cannot be read ({@link predicateOf}) or is not read: a negated one, whose sense is
 * often said with another verb ("did not go off" / "failed to sound"), one of what will happen, and
 * one against a negated passage.
 */
export function predicateUnsaid(
  claim: Passage,
  passage: Passage,
  lex: SupportLexicon = supportLexicon(),
): string | undefined {
  const p = predicateOf(claim, lex);
  if (!p) return undefined;
  if (findPhrases(claim.keys, lex.negators).length > 0) return undefined;
  // "The line will carry passengers next spring" / "… would enter service next spring": a claim of
  // what will or would happen, or of what someone wants to happen, restates a plan, which a source
  // words as a timetable or an arrangement ("is planned for 2026", "will be in place") as often as
  // with the claim's verb.
  const before = claim.keys.slice(0, p.at);
  if (before.some((k) => lex.predicateModals.has(k)) || findPhrases(before, lex.intentions).length > 0)
    return undefined;
  // "Bonfires will be banned" / "Bonfires will not be allowed": a negated passage may say the
  // claim's predicate as the denial of its opposite, which no word of the claim's matches.
  if (findPhrases(passage.keys, lex.negators).length > 0) return undefined;
  if (says(claim, p.at, passage, lex) || p.also.some((k) => says(claim, k, passage, lex))) return undefined;
  return p.head;
}

/**
 * The fall-through rating of a claim no rule found a difference in: `supported` when the passage
 * says the claim's predicate or gives a figure of the kind of the claim's, else the passage speaks
 * only of the claim's topic and the claim is `not-found`, as against a passage that shares only
 * its topic.
 */
export function matchRating(
  claim: Passage,
  claimQuantities: Quantity[],
  passage: Passage,
  passageQuantities: Quantity[],
  lex: SupportLexicon = supportLexicon(),
): PassageRating {
  // A count, amount or share the rules compared and found no difference in ("almost four in ten
  // … failing" / "ran 61 percent"; "fewer than two in three" / "62 percent") ties the two as the
  // predicate does. Not a date: other acts happen on the day ("approved the plan on Tuesday" /
  // "debated the plan on Tuesday").
  const figured =
    figureGiven(claimQuantities, passageQuantities, claim, passage, lex) ||
    measuresOf(claimQuantities).some((q) =>
      measuresOf(passageQuantities).some((p) => (p.kind ?? "count") === (q.kind ?? "count")),
    );
  const unsaid = figured ? undefined : predicateUnsaid(claim, passage, lex);
  if (unsaid === undefined) return { status: "supported", rule: "match", reason: "the source says the same" };
  return {
    status: "not-found",
    rule: "no-passage",
    reason: `no passage says this: the closest speaks only of its topic, not of what the claim says of it ("${unsaid}")`,
  };
}
