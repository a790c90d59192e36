import { append } from "../collections.js";
import { loadData } from "../data.js";
import { functionWords } from "../text/function-words.js";
import { CLAUSE_BREAK, clauseTokens, openingComma } from "./clause-walk.js";
import { narrates } from "./narration.js";
import type { TokenView } from "./tokens.js";

/** The kinds of assertion a sentence makes that a source should back. */
export type AssertionKind = "causal" | "conclusion" | "sweeping";

const MIN_WORDS = 5;

type Kind = AssertionKind | "prescriptive" | "notCausal" | "notSweeping";
type Lists = Record<AssertionKind, string[]> & {
  notCausal: string[];
  servedCause: string[];
  hedgedBy: string[];
  attributedBy: string[];
  unknownCause: string[];
  countedCausal: string[];
  passiveBefore: string[];
  foundedObjects: string[];
  foundedAfter: string[];
  conferredRanks: string[];
  duties: string[];
  reactionObjects: string[];
  genericCausal: string[];
  subjectPrepositions: string[];
  reportingSubjects: string[];
  questionOpeners: string[];
  questionWords: string[];
  questionSubjects: string[];
  wishes: string[];
  conclusionAdverbs: string[];
  nominalConclusions: string[];
  nominalAfter: string[];
  nounAtClauseEnd: string[];
  nominalCausal: string[];
  nominalCausalAfter: string[];
  nounFollowers: string[];
  copularConclusions: string[];
  copulaComplements: string[];
  copulaArticles: string[];
  proofWords: string[];
  aimsTo: string[];
  displayConclusions: string[];
  displayedAfter: string[];
  modifiedAfter: string[];
  reportedBy: string[];
  bareReporters: string[];
  reportedSubjects: string[];
  reportingAuxiliaries: string[];
  relativeClauseVerbs: string[];
  authorSubjects: string[];
  asFrames: string[];
  findingVerbs: string[];
  askVerbs: string[];
  viewNouns: string[];
  authorPossessives: string[];
  nounDeterminers: string[];
  notSweeping: {
    prescriptive: string[];
    firstPerson: string[];
    firstPersonWithin: number;
    anaphors: string[];
    distributive: string[];
    imperativeObjects: string[];
    notImperative: string[];
    frequencyNouns: string[];
    frequencyCounts: string[];
    approximators: string[];
    framingNouns: string[];
    relativePronouns: string[];
    thatClauseHeads: string[];
    hypothesisOpeners: string[];
    firstPersonBefore: number;
    firstPersonObjects: string[];
    firstPersonAfter: number;
    articles: string[];
    copulas: string[];
    possibilityNouns: string[];
    negators: string[];
    negatedUniversals: string[];
    additive: string[];
    superlativeDegrees: string[];
    intentions: string[];
    idioms: string[];
    idiomsAround: string[];
    fieldRest: string[];
    fieldUnits: string[];
    fieldPlaces: string[];
    categoryNouns: string[];
    namedSetModifiers: string[];
    groupNames: string[];
    groupEndings: string[];
    setRelatives: string[];
    modals: string[];
    mentionVerbs: string[];
    sayingRecords: string[];
    heldViews: string[];
    setCounts: string[];
    rankingAfter: string[];
    rankingBefore: string[];
    partitives: string[];
    negativeImperatives: string[];
    recordEvents: string[];
    recordModifiers: number;
  };
};
let phrases: Map<string, { kind: Kind; words: string[] }[]> | undefined;
let firstPerson:
  | { words: Set<string>; within: number; before: number; objects: Set<string>; after: number }
  | undefined;
/** Contexts in which a sweeping word generalises about nothing (see `notSweeping` in the data). */
let contexts:
  | {
      anaphors: Set<string>;
      distributive: Set<string>;
      imperativeObjects: Set<string>;
      notImperative: Set<string>;
      frequencyNouns: Set<string>;
      frequencyCounts: Set<string>;
      approximators: string[][];
      framing: Set<string>;
      relative: Set<string>;
      thatHeads: Set<string>;
      hypothesis: Set<string>;
      articles: Set<string>;
      copulas: Set<string>;
      possibility: Set<string>;
      negators: Set<string>;
      universals: Set<string>;
      additive: Set<string>;
      degrees: Set<string>;
      intentions: string[][];
      idiomsAround: string[][];
      fieldRest: string[][];
      fieldUnits: Set<string>;
      fieldPlaces: Set<string>;
      categoryNouns: Set<string>;
      namedSetModifiers: Set<string>;
      groupNames: Set<string>;
      groupEndings: string[];
      setRelatives: Set<string>;
      modals: Set<string>;
      mentionVerbs: Set<string>;
      sayingRecords: Set<string>;
      heldViews: Set<string>;
      setCounts: Set<string>;
      rankingAfter: Set<string>;
      rankingBefore: Set<string>;
      partitives: Set<string>;
      negativeImperatives: Set<string>;
      recordEvents: Set<string>;
      recordModifiers: number;
    }
  | undefined;
/** What makes a sentence no statement, or a marker no assertion (see the data's `$comment`). */
let nonStatements:
  | {
      hedgedBy: Set<string>;
      attributedBy: string[][];
      conclusions: string[][];
      unknownCause: string[][];
      countedCausal: Set<string>;
      passiveBefore: Set<string>;
      foundedObjects: Set<string>;
      foundedAfter: Set<string>;
      conferredRanks: Set<string>;
      duties: Set<string>;
      reactionObjects: Set<string>;
      genericCausal: string[][];
      servedCause: string[][];
      subjectPrepositions: Set<string>;
      reportingSubjects: Set<string>;
      questionOpeners: Set<string>;
      questionWords: Set<string>;
      questionSubjects: Set<string>;
      wishes: string[][];
      conclusionAdverbs: Set<string>;
      nominalConclusions: Set<string>;
      nominalAfter: Set<string>;
      nounAtClauseEnd: Set<string>;
      nominalCausal: string[][];
      nominalCausalAfter: Set<string>;
      nounFollowers: Set<string>;
      copularConclusions: Set<string>;
      copulaComplements: string[][];
      copulaArticles: Set<string>;
      proofWords: Set<string>;
      aimsTo: Set<string>;
      displayConclusions: Set<string>;
      displayedAfter: Set<string>;
      modifiedAfter: Set<string>;
      reportedBy: Set<string>;
      bareReporters: Set<string>;
      reportedSubjects: Set<string>;
      reportingAuxiliaries: Set<string>;
      relativeClauseVerbs: Set<string>;
      authorSubjects: Set<string>;
      asFrames: string[][];
      findingVerbs: Set<string>;
      askVerbs: Set<string>;
      viewNouns: Set<string>;
      authorPossessives: Set<string>;
      nounDeterminers: Set<string>;
    }
  | undefined;

// Phrases indexed by their first word, so a sentence is scanned once.
function index(): Map<string, { kind: Kind; words: string[] }[]> {
  if (!phrases) {
    phrases = new Map();
    const lists = loadData<Lists>("claims-assertions.json");
    const byKind: [Kind, string[]][] = [
      ["causal", lists.causal],
      ["conclusion", lists.conclusion],
      ["sweeping", lists.sweeping],
      ["prescriptive", lists.notSweeping.prescriptive],
      ["notCausal", lists.notCausal],
      ["notSweeping", lists.notSweeping.idioms],
    ];
    for (const [kind, list] of byKind) {
      for (const phrase of list) {
        const words = phrase.split(" ");
        append(phrases, words[0], { kind, words });
      }
    }
    const ns = lists.notSweeping;
    firstPerson = {
      words: new Set(ns.firstPerson),
      within: ns.firstPersonWithin,
      before: ns.firstPersonBefore,
      objects: new Set(ns.firstPersonObjects),
      after: ns.firstPersonAfter,
    };
    contexts = {
      anaphors: new Set(ns.anaphors),
      distributive: new Set(ns.distributive),
      imperativeObjects: new Set(ns.imperativeObjects),
      notImperative: new Set(ns.notImperative),
      frequencyNouns: new Set(ns.frequencyNouns),
      frequencyCounts: new Set(ns.frequencyCounts),
      approximators: ns.approximators.map((p) => p.split(" ")),
      framing: new Set(ns.framingNouns),
      relative: new Set(ns.relativePronouns),
      thatHeads: new Set(ns.thatClauseHeads),
      hypothesis: new Set(ns.hypothesisOpeners),
      articles: new Set(ns.articles),
      copulas: new Set(ns.copulas),
      possibility: new Set(ns.possibilityNouns),
      negators: new Set(ns.negators),
      universals: new Set(ns.negatedUniversals),
      additive: new Set(ns.additive),
      degrees: new Set(ns.superlativeDegrees),
      intentions: ns.intentions.map((p) => p.split(" ")),
      idiomsAround: ns.idiomsAround.map((p) => p.split(" ")),
      fieldRest: ns.fieldRest.map((p) => p.split(" ")),
      fieldUnits: new Set(ns.fieldUnits),
      fieldPlaces: new Set(ns.fieldPlaces),
      categoryNouns: new Set(ns.categoryNouns),
      namedSetModifiers: new Set(ns.namedSetModifiers),
      groupNames: new Set(ns.groupNames),
      groupEndings: ns.groupEndings,
      setRelatives: new Set(ns.setRelatives),
      modals: new Set(ns.modals),
      mentionVerbs: new Set(ns.mentionVerbs),
      sayingRecords: new Set(ns.sayingRecords),
      heldViews: new Set(ns.heldViews),
      setCounts: new Set(ns.setCounts),
      rankingAfter: new Set(ns.rankingAfter),
      rankingBefore: new Set(ns.rankingBefore),
      partitives: new Set(ns.partitives),
      negativeImperatives: new Set(ns.negativeImperatives),
      recordEvents: new Set(ns.recordEvents),
      recordModifiers: ns.recordModifiers,
    };
    nonStatements = {
      hedgedBy: new Set(lists.hedgedBy),
      attributedBy: lists.attributedBy.map((p) => p.split(" ")),
      conclusions: lists.conclusion.map((p) => p.split(" ")),
      unknownCause: lists.unknownCause.map((p) => p.split(" ")),
      countedCausal: new Set(lists.countedCausal),
      passiveBefore: new Set(lists.passiveBefore),
      foundedObjects: new Set(lists.foundedObjects),
      foundedAfter: new Set(lists.foundedAfter),
      conferredRanks: new Set(lists.conferredRanks),
      duties: new Set(lists.duties),
      reactionObjects: new Set(lists.reactionObjects),
      genericCausal: lists.genericCausal.map((p) => p.split(" ")),
      servedCause: lists.servedCause.map((p) => p.split(" ")),
      subjectPrepositions: new Set(lists.subjectPrepositions),
      reportingSubjects: new Set(lists.reportingSubjects),
      questionOpeners: new Set(lists.questionOpeners),
      questionWords: new Set(lists.questionWords),
      questionSubjects: new Set(lists.questionSubjects),
      wishes: lists.wishes.map((p) => p.split(" ")),
      conclusionAdverbs: new Set(lists.conclusionAdverbs),
      nominalConclusions: new Set(lists.nominalConclusions),
      nominalAfter: new Set(lists.nominalAfter),
      nounAtClauseEnd: new Set(lists.nounAtClauseEnd),
      nominalCausal: lists.nominalCausal.map((p) => p.split(" ")),
      nominalCausalAfter: new Set(lists.nominalCausalAfter),
      nounFollowers: new Set(lists.nounFollowers),
      copularConclusions: new Set(lists.copularConclusions),
      copulaComplements: lists.copulaComplements.map((p) => p.split(" ")),
      copulaArticles: new Set(lists.copulaArticles),
      proofWords: new Set(lists.proofWords),
      aimsTo: new Set(lists.aimsTo),
      displayConclusions: new Set(lists.displayConclusions),
      displayedAfter: new Set(lists.displayedAfter),
      modifiedAfter: new Set(lists.modifiedAfter),
      reportedBy: new Set(lists.reportedBy),
      bareReporters: new Set(lists.bareReporters),
      reportedSubjects: new Set(lists.reportedSubjects),
      reportingAuxiliaries: new Set(lists.reportingAuxiliaries),
      relativeClauseVerbs: new Set(lists.relativeClauseVerbs),
      authorSubjects: new Set(lists.authorSubjects),
      asFrames: lists.asFrames.map((p) => p.split(" ")),
      findingVerbs: new Set(lists.findingVerbs),
      askVerbs: new Set(lists.askVerbs),
      viewNouns: new Set(lists.viewNouns),
      authorPossessives: new Set(lists.authorPossessives),
      nounDeterminers: new Set(lists.nounDeterminers),
    };
  }
  return phrases;
}

/** The sentence opens with the author speaking of themselves ("I suspect", "Instead I have spent"). */
function aboutTheAuthor(v: TokenView): boolean {
  const { words, within } = firstPerson as { words: Set<string>; within: number };
  let seen = 0;
  for (let i = v.from; i < v.to && seen < within; i++) {
    if (v.kind(i) !== "word") continue;
    if (words.has(v.key(i))) return true;
    seen++;
  }
  return false;
}

/**
 * True when the sweeping phrase of `length` tokens at `i` generalises about nothing a source could
 * back: it quantifies over what the author just said ("none of this", "none of them"), distributes
 * a rate ("for every school"), says how often ("every twenty minutes"), is hedged to a
 * near-universal ("almost every child"), sits in the complement of a word of desire or plan ("wants every
 * pupil to swim": an aim), or sits in a relative clause describing a thing ("the hall that was
 * closed and never reopened", "Karadima, who was never prosecuted"), or is a superlative that ranks what the author says next ("the
 * worst news is that …"), or narrates an episode or one person's record ({@link narrates}: "Every
 * witness was questioned on Tuesday", "Okafor has never lost a race"). A relative pronoun is "who", "which", … or a "that" whose word
 * before it does not take a that-clause ("knows that nobody cared" is a sweeping claim).
 */
function idleSweep(v: TokenView, i: number, length: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  // "the Never Trumpers", "the All Blacks": a capitalised sweeping word before another capitalised
  // word inside a sentence is part of a name (in capitals throughout, a line shouts instead).
  const raw = v.raw(i);
  if (v.nameLike(i) && v.nameLike(i + length) && raw !== raw.toUpperCase()) return true;
  // "a Ph.D. in History", "Greatest Hits of All Time": a phrase that ends on a capitalised word
  // inside a sentence names a subject or a title.
  const last = v.raw(i + length - 1);
  if (length > 1 && v.nameLike(i + length - 1) && last !== last.toUpperCase()) return true;
  if (negatedUniversal(v, i)) return true;
  if (fieldRest(v, i)) return true;
  // "grilled like never before": a degree, the sweeping word inside the idiom.
  if (c.idiomsAround.some((w) => w.some((word, j) => word === v.key(i) && v.matches(i - j, w) > 0)))
    return true;
  if (narrates(v, i, length, "sweeping")) return true;
  // "there is always a chance that …": something may happen, not that it always does.
  if (v.key(i) === "always" && c.articles.has(v.key(i + 1)) && c.possibility.has(v.key(i + 2))) return true;
  if (authorSubject(v, i) || authorObject(v, i + length)) return true;
  // "the worst news is that …": the superlative ranks the author's next words, not a thing.
  if (v.key(i) === "the" && c.framing.has(v.key(i + length))) return true;
  // "put the best possible face on it": as good as can be, no ranking against all others.
  if (v.key(i) === "the" && c.degrees.has(v.key(i + length))) return true;
  if (c.anaphors.has(v.key(i + length)) && v.key(i + length - 1) === "of") return true;
  if (v.key(i + length - 1) === "of" && setRelative(v, i + length)) return true;
  // "Cruz never mentioned Trump by name": what one person left out on an occasion, not a rule.
  if (v.key(i) === "never" && c.mentionVerbs.has(v.key(i + 1))) return true;
  // "has always maintained that the server was secure", "never thought so": a view someone holds
  // and has kept saying; the words are theirs and the record generalises over nothing. What a body
  // never revealed or confirmed is its conduct, and still characterises it.
  if (c.sayingRecords.has(v.key(i)) && c.heldViews.has(v.key(i + 1))) return true;
  if (tier(v, i, length) || eventRecord(v, i, length)) return true;
  if (c.distributive.has(v.key(i - 1)) || c.approximators.some((p) => v.matches(i - p.length, p) > 0))
    return true;
  if (namedSet(v, i, length) || category(v, i, length)) return true;
  // "every twenty minutes", "each year": how often, not all of a thing.
  let k = i + length;
  while (k < i + length + 2 && (v.kind(k) === "number" || c.frequencyCounts.has(v.key(k)))) k++;
  if (c.frequencyNouns.has(v.key(k))) return true;
  for (let k = i - 1; k > v.from; k--) {
    const key = v.key(k);
    if (CLAUSE_BREAK.has(key)) return false;
    if (c.intentions.some((words) => v.matches(k, words))) return true;
    if (!c.relative.has(key)) continue;
    const before = v.key(k - 1);
    // "Karadima, who was never prosecuted": set off by a comma, "who" or "which" describes a
    // named thing; a "that" after punctuation is no relative pronoun.
    if (v.kind(k - 1) !== "word") {
      if (key !== "that") return true;
      continue;
    }
    if (c.thatHeads.has(before)) continue;
    if (key !== "that" || !c.anaphors.has(before)) return true;
  }
  return false;
}

/**
 * "Everyone else combined for 39 percent.": one of fieldRest with a share in its clause (a figure
 * before one of fieldUnits) is the rest of a field in a poll or a vote, no generalisation about
 * everyone; a year is no share ("eliminate everyone else from the 2016 race").
 */
function fieldRest(v: TokenView, i: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  if (!c.fieldRest.some((w) => v.matches(i, w) > 0)) return false;
  for (const k of clauseTokens(v, i + 2)) {
    if (v.kind(k) === "number" && c.fieldUnits.has(v.key(k + 1))) return true;
    if (c.fieldPlaces.has(v.key(k))) return true;
  }
  return false;
}

/**
 * "a mailer sent to every Ohio voter", "all of the GOP candidates", "in all of Iowa's 99
 * counties", "officials from every state": a quantifier over a particular set of people or places
 * that a name bounds (a capitalised word, perhaps after one of namedSetModifiers, then a noun in
 * lower case or a figure), or the places a group of people came from, or that a count bounds
 * ("none of the three"): a news fact about that set. Opening the sentence before a copula, the set is characterised ("Every Kessel islander is
 * a coward") and still sweeps; "every American" and "every other Socialist and Communist" name no
 * set, and a faith, a people or a politics is a class ("every Muslim man", "every Republican
 * senator"): both still sweep.
 */
function namedSet(v: TokenView, i: number, length: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  const key = v.key(i);
  if (key === "every" && v.key(i - 1) === "from" && plural(v, i - 2)) return true;
  // "None of the three laid out a plan", "none of the four early states": a set the article has
  // counted, no class of things.
  if ((key === "all" || key === "none") && length === 2 && v.key(i + 2) === "the")
    if (v.kind(i + 3) === "number" || c.setCounts.has(v.key(i + 3))) return true;
  if (key !== "every" && !(key === "all" && length === 2)) return false;
  let k = i + length;
  if (key === "all" && v.key(k) === "the") k++;
  while (c.namedSetModifiers.has(v.key(k))) k++;
  if (!v.capitalized(k) || v.kind(k) !== "word") return false;
  // "every Muslim man", "all of the Catholic bishops": a class of people, which sweeps.
  const group = (m: number) =>
    c.groupNames.has(v.key(m)) ||
    c.groupEndings.some((e) => v.key(m).endsWith(e) && v.raw(m) !== v.raw(m).toUpperCase());
  if (group(k)) return false;
  while (v.kind(k + 1) === "word" && v.capitalized(k + 1)) {
    k++;
    if (group(k)) return false;
  }
  const next = k + 1;
  if (v.kind(next) === "number") return /['\u2019]s$/.test(v.key(k));
  if (v.kind(next) !== "word" || v.capitalized(next) || functionWords().has(v.key(next))) return false;
  // "Every Kessel islander is a coward": the set opens the sentence or a clause as a copula's
  // subject, and the sentence characterises it rather than reporting what befell it.
  const opens = i === v.from || CLAUSE_BREAK.has(v.key(i - 1)) || v.kind(i - 1) !== "word";
  return !(opens && c.copulas.has(v.key(next + 1)));
}

/**
 * "in the best actress category", "the best director award": a superlative that names a category
 * (a word and one of categoryNouns after it); "Links to the best of news": a heading's title, "the
 * best of" before a bare noun. Neither ranks a thing against all others.
 */
function category(v: TokenView, i: number, length: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  if (length !== 2 || v.key(i) !== "the") return false;
  const k = i + length;
  if (v.kind(k) === "word" && !functionWords().has(v.key(k)) && c.categoryNouns.has(v.key(k + 1)))
    return true;
  return (
    v.key(k) === "of" &&
    v.kind(k + 1) === "word" &&
    !v.capitalized(k + 1) &&
    !functionWords().has(v.key(k + 1))
  );
}

// Words a relative clause after "all of which" is read to for a modal.
const RELATIVE_WITHIN = 6;

/**
 * "Ohio and Wisconsin, all of which Obama won twice": the set the "of" takes is the one just
 * named, picked up by a relative pronoun at `k`, and the clause narrates what befell it. A modal
 * in the clause ("all of which will be fakes") makes it a claim about the set again.
 */
function setRelative(v: TokenView, k: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  if (!c.setRelatives.has(v.key(k))) return false;
  for (const m of clauseTokens(v, k + 1, { words: RELATIVE_WITHIN }))
    if (c.modals.has(v.key(m))) return false;
  return true;
}

/** A plural noun: a word in -s that is none of "-ss", "-us", "-is" ("banks", not "actress"). */
function plural(v: TokenView, k: number): boolean {
  const key = v.key(k);
  return v.kind(k) === "word" && /[a-z]s$/.test(key) && !/(?:ss|us|is)$/.test(key);
}

/**
 * "the biggest banks", "the best employees", "the richest 1 percent": a superlative before a
 * plural noun or a figure, in a subject or an object, names a tier of things rather than ranking
 * one against all others. After a copula ("are the biggest investors") it ranks, as it does
 * after "one of", "some of" or "among", or with a domain after the noun ("the best schools in the
 * country").
 */
function tier(v: TokenView, i: number, length: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  if (length !== 2 || v.key(i) !== "the") return false;
  const before = v.key(i - 1);
  if (c.copulas.has(before) || c.rankingBefore.has(before)) return false;
  // "one of the biggest mergers", "two of the biggest names" rank; "the income of the richest" does not.
  if (before === "of" && (c.partitives.has(v.key(i - 2)) || v.kind(i - 2) === "number")) return false;
  for (let k = i + 2; k <= i + 3; k++) {
    if (v.kind(k) === "number") return true;
    // "did the best on points", "the biggest bombshell was": no modifier and noun follow.
    if (v.kind(k) !== "word" || functionWords().has(v.key(k))) return false;
    if (plural(v, k)) return !c.rankingAfter.has(v.key(k + 1));
  }
  return false;
}

/**
 * "the deadliest mass shooting in the country's history", "one of the worst terrorist attacks in a
 * decade": a superlative of a violent event ranks it by a count of its dead, a record a reader can
 * look up that names the event; "the worst president in history" still ranks.
 */
function eventRecord(v: TokenView, i: number, length: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  if (length !== 2 || v.key(i) !== "the") return false;
  for (let k = i + 2; k <= i + 2 + c.recordModifiers; k++) {
    if (c.recordEvents.has(v.key(k))) return true;
    if (v.kind(k) !== "word" || functionWords().has(v.key(k))) return false;
  }
  return false;
}

// Words a negator may stand before the universal it denies ("does not explain all of").
const NEGATED_WITHIN = 3;

/**
 * The universal at `i` is denied: a negator a few words before it, no clause break or "that"
 * between ("does not explain all of the debris", "not everyone agrees"): not all, which sweeps
 * over nothing. "not only every school" adds rather than denies, and still sweeps.
 */
function negatedUniversal(v: TokenView, i: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  if (!c.universals.has(v.key(i))) return false;
  for (const k of clauseTokens(v, i - 1, {
    step: -1,
    words: NEGATED_WITHIN + 1,
    stopAt: (key) => key === "that",
  }))
    if (c.negators.has(v.key(k))) return !c.additive.has(v.key(k + 1));
  return false;
}

/**
 * The clause of the marker at `i` has the author for its subject: an "I" a few words before it,
 * no clause break, "that" or verb of thinking or saying between ("Having been raised there, I had
 * naturally never heard of it", "a reality I'd never dreamed of"); a copula may stand between ("I
 * was never told"). "I know that everyone …" and "I think nobody …" still generalise.
 */
function authorSubject(v: TokenView, i: number): boolean {
  const fp = firstPerson as NonNullable<typeof firstPerson>;
  const c = contexts as NonNullable<typeof contexts>;
  const stopAt = (key: string) => key === "that" || (c.thatHeads.has(key) && !c.copulas.has(key));
  for (const k of clauseTokens(v, i - 1, { step: -1, words: fp.before, stopAt }))
    if (fp.words.has(v.key(k))) return true;
  return false;
}

/**
 * The clause of the sweeping phrase ending before `k` has the author for its object: a "me" or
 * "my" a few words after it, no clause break between ("No one pays me to write these posts").
 */
function authorObject(v: TokenView, k: number): boolean {
  const fp = firstPerson as NonNullable<typeof firstPerson>;
  for (const m of clauseTokens(v, k, { words: fp.after })) if (fp.objects.has(v.key(m))) return true;
  return false;
}

/** A bare word that may be a verb in the imperative: no function word, adverb, plural or participle. */
function bareWord(v: TokenView, i: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  const key = v.key(i);
  return (
    v.kind(i) === "word" &&
    /^[a-z]+$/.test(key) &&
    !functionWords().has(key) &&
    !c.notImperative.has(key) &&
    !/(?:ly|s|ed|ing)$/.test(key)
  );
}

/**
 * The sentence is an imperative, a recommendation: "Purge every last predator.", "Expose and rout
 * every one of them." It opens on a bare word, or two joined by "and", and then an object word;
 * or on "Never" and a bare word ("Never forget that …"; "Never has …", "Never again …" state).
 */
function imperative(v: TokenView): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  const i = firstWord(v);
  // "Never forget that …", "Never underestimate them": a negative imperative, advice.
  if (i >= 0 && c.negativeImperatives.has(v.key(i)) && bareWord(v, i + 1)) return true;
  if (i < 0 || !bareWord(v, i)) return false;
  if (c.imperativeObjects.has(v.key(i + 1))) return true;
  return v.key(i + 1) === "and" && bareWord(v, i + 2) && c.imperativeObjects.has(v.key(i + 3));
}

/** The sentence is a hypothesis: "If the port lost …, then …". */
function hypothesis(v: TokenView): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  for (let i = v.from; i < v.to; i++) if (v.kind(i) === "word") return c.hypothesis.has(v.key(i));
  return false;
}

/** The first word of the sentence, or -1. */
function firstWord(v: TokenView): number {
  for (let i = v.from; i < v.to; i++) if (v.kind(i) === "word" || v.kind(i) === "number") return i;
  return -1;
}

/** True when the sentence ends on a question mark (closing quotes and brackets aside). */
function endsOnQuestion(v: TokenView): boolean {
  for (let i = v.to - 1; i >= v.from; i--) {
    if (v.kind(i) === "punct" && (v.key(i) === '"' || v.key(i) === "'" || v.key(i) === ")")) continue;
    return v.key(i) === "?";
  }
  return false;
}

/**
 * The sentence asks rather than states, by its form: it opens on an inverted auxiliary and its
 * subject ("Do not all those critics know what they have done.", "Is it really so hard …"), a
 * question whether or not its mark was lost, or a wish ("May the next timetable be …"); or it
 * opens on a question word and ends on "?" ("How many more winters …?"). A statement that only
 * ends on a question ("Yet they want it changed now, and who can blame them?") still states.
 */
export function interrogative(v: TokenView): boolean {
  index();
  const n = nonStatements as NonNullable<typeof nonStatements>;
  const i = firstWord(v);
  if (i < 0) return false;
  if (n.questionOpeners.has(v.key(i)) && n.questionSubjects.has(v.key(i + 1))) return true;
  return n.questionWords.has(v.key(i)) && endsOnQuestion(v);
}

/**
 * The sentence opens on an inverted auxiliary and ends on a question mark, whatever its subject:
 * "Did Christian martyrs violate the law?" asks, though "Christian" is no pronoun or determiner
 * ({@link interrogative} needs one where the mark may have been lost).
 */
export function auxiliaryQuestion(v: TokenView): boolean {
  index();
  const i = firstWord(v);
  return (
    i >= 0 &&
    (nonStatements as NonNullable<typeof nonStatements>).questionOpeners.has(v.key(i)) &&
    endsOnQuestion(v)
  );
}

/**
 * The marker at `i` asserts nothing the author states: it sits in a wish ("One can only hope that
 * the report is read, which leads to …") or a counterfactual ("as if"), whose scope runs past
 * commas to the end of the sentence; a hedge just before makes it a guess ("most likely means
 * that"); a causal marker in a sentence that calls the cause unknown links nothing;
 * it is glued to a word by a hyphen ("a U.S.-created army": an adjective); a present-tense causal
 * verb right after a relative pronoun describes a thing ("the bacteria that causes plague"); a
 * verb of making before a figure reports an output ("created 45 jobs"), before a body or a service
 * a founding ("created a task force"); before a reaction, how people reacted ("caused outrage");
 * "responsible for" before a task is a duty ("responsible for producing the records"); or a
 * concluding verb has a record or study for its subject ("records showed that …": a report of
 * what the document shows).
 */
function idleMarker(v: TokenView, i: number, kind: Kind, words: readonly string[]): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  // A wish, a that-clause someone else reports ({@link reportedAt}), an "as" frame
  // ({@link frameCommaAt}) or an accusation before the marker: "Lambert allegedly caused fake
  // invoices to be prepared, … and then caused the firm to wire the payments": what the author
  // attributes to an accusation or a report, to the end of the sentence, is that accusation's
  // account, not the author's own assertion.
  const f = framesOf(v);
  if (f.wish < i || f.reported < i || f.framed < i || f.attributed < i) return true;
  if (embeddedQuestion(v, i)) return true;
  // "The storm caused the bridge to close": an event's outcome narrated, no cause argued.
  if (kind === "causal" && narrates(v, i, words.length, "causal")) return true;
  if (v.key(i - 1) === "-" && v.glued(i - 2) && v.glued(i - 1)) return true;
  const before = v.key(i - 1);
  const c = contexts as NonNullable<typeof contexts>;
  // "these obviously biased witnesses", "clearly and unapologetically stated": the adverb
  // describes a thing or a manner, it draws no conclusion.
  if (
    kind === "conclusion" &&
    words.length === 1 &&
    n.conclusionAdverbs.has(words[0]) &&
    (n.modifiedAfter.has(before) || v.key(i + 1) === "and" || v.key(i + 1) === "or")
  )
    return true;
  if (
    kind === "causal" &&
    c.relative.has(before) &&
    n.genericCausal.some((g) => g.join(" ") === words.join(" "))
  )
    return true;
  if (kind === "causal" && objectAmong(v, i + words.length, n.reactionObjects, REACTION_WITHIN)) return true;
  // "Each custodian is responsible for producing the records": a duty, not a cause.
  if (kind === "causal" && words.at(-1) === "for" && n.duties.has(v.key(i + words.length))) return true;
  // "emigrate for the cause of the faith": a cause served, not one that brings something about.
  if (
    kind === "causal" &&
    words.join(" ") === "cause of" &&
    n.servedCause.some((p) => v.matches(i - p.length, p))
  )
    return true;
  // "on Monday night's show that outlined …": a noun and a relative pronoun, not a verb.
  if (
    kind === "conclusion" &&
    n.nominalConclusions.has(words.join(" ")) &&
    (n.nominalAfter.has(before) || /['\u2019]s$/.test(before))
  )
    return true;
  // "dedicated to leftist causes.", "liberal causes as abortion rights": a plural noun at the end
  // of its clause or before a preposition, not a verb.
  if (
    kind === "causal" &&
    words.length === 1 &&
    n.nounAtClauseEnd.has(words[0]) &&
    (v.kind(i + 1) === "punct" || n.nounFollowers.has(v.key(i + 1)))
  )
    return true;
  // "Still to come: results in Ohio", "the results in the states": the noun and a preposition.
  if (
    kind === "causal" &&
    n.nominalCausal.some((p) => p.join(" ") === words.join(" ")) &&
    (v.kind(i - 1) !== "word" || n.nominalCausalAfter.has(before))
  )
    return true;
  // "meant to show that", "has to show that": an aim or an obligation, nothing concluded.
  if (kind === "conclusion" && before === "to" && n.aimsTo.has(v.key(i - 2))) return true;
  // "again demonstrated his knack for": a trait displayed, no conclusion drawn.
  if (kind === "conclusion" && n.displayConclusions.has(words[0]) && n.displayedAfter.has(v.key(i + 1)))
    return true;
  // "proved pathetically weak", "proved to be a mistake": turned out, not a conclusion drawn.
  if (kind === "conclusion" && words.length === 1 && n.copularConclusions.has(words[0]) && copular(v, i + 1))
    return true;
  if (kind === "causal" && n.countedCausal.has(words[words.length - 1])) {
    if (v.kind(i + words.length) === "number") return true;
    // "a new account is created", "the newly created centre": made or founded, no cause argued.
    if (words.length === 1 && n.passiveBefore.has(before)) return true;
    if (objectAmong(v, i + words.length, n.foundedObjects, FOUNDED_WITHIN)) return true;
    if (words.length === 1 && foundedBefore(v, i)) return true;
    // "…, later created Cardinal and appointed …": a rank conferred on someone, no cause argued.
    if (objectAmong(v, i + words.length, n.conferredRanks, RANK_WITHIN)) return true;
  }
  const hedged = (k: number) => n.hedgedBy.has(v.key(k - 1)) || n.hedgedBy.has(v.key(k - 2));
  if (hedged(i)) return true;
  // "most likely means that nobody checked": what the guess concludes is guessed too.
  for (let k = v.from; k < i; k++) if (hedged(k) && n.conclusions.some((w) => v.matches(k, w))) return true;
  if (kind === "causal")
    for (let k = v.from; k < v.to; k++) if (n.unknownCause.some((u) => v.matches(k, u))) return true;
  return kind === "conclusion" && (n.reportingSubjects.has(before) || reportingSubject(v, i));
}

// Words a relative clause's subject may run to between its pronoun and its verb ("which Twitter
// user @ferrywatch created").
const MAKER_WITHIN = 4;

/**
 * The verb of making at `i` has for its object a body or a service named before it: a participle
 * after one ("a new oversight board created under the act", "the fund created in 2003") or the verb
 * of a relative clause with a subject of its own ("a company that Okafor created", "the hashtag,
 * which Twitter user @ferrywatch created"): a founding narrated, no cause argued. A body that
 * creates something is its subject ("a fund that created jobs", "the agency created chaos").
 */
function foundedBefore(v: TokenView, i: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  const c = contexts as NonNullable<typeof contexts>;
  const after = v.key(i + 1);
  if (n.foundedObjects.has(v.key(i - 1))) return n.foundedAfter.has(after);
  for (let r = i - 2, seen = 0; r > v.from && seen < MAKER_WITHIN; r--) {
    if (c.relative.has(v.key(r))) {
      const head = v.key(r - 1) === "," ? r - 2 : r - 1;
      return n.foundedObjects.has(v.key(head));
    }
    if (CLAUSE_BREAK.has(v.key(r))) return false;
    if (v.kind(r) === "word") seen++;
  }
  return false;
}

// Words a record's or study's name may run to before its concluding verb ("An inquiry into the
// hacking shows that").
const SUBJECT_WITHIN = 6;

/**
 * The concluding verb at `i` has a record or study for its subject, named with what it is of or
 * into ("An AP investigation into the hacking shows that …", "a review of the files showed that
 * …") or with a participle ("Emails published in Chile in 2015 showed that …"): the document's
 * finding, reported.
 */
function reportingSubject(v: TokenView, i: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  for (let k = i - 1, seen = 0; k >= v.from && seen < SUBJECT_WITHIN; k--) {
    const key = v.key(k);
    // "obtained by the USA TODAY NETWORK – Florida shows that": a dash inside an outlet's name.
    if (DASHES.has(key) && v.nameLike(k - 1) && v.nameLike(k + 1)) continue;
    if (CLAUSE_BREAK.has(key) || key === "that") return false;
    const next = v.key(k + 1);
    if (n.reportingSubjects.has(key) && (n.subjectPrepositions.has(next) || next.endsWith("ed"))) return true;
    // A name of several capitalised words counts as one word.
    if (v.kind(k) === "word" && !(v.nameLike(k) && v.nameLike(k + 1))) seen++;
  }
  return false;
}

const DASHES = new Set(["—", "–"]);

// Words of a parenthesis set off by commas between a record and its finding verb ("Many recent
// studies of the wage, often conducted by comparing counties, have found …").
const FINDING_PARENTHESIS = 12;

/**
 * Whether the verb at `k` is one of findingVerbs with a record or study for its subject, a few
 * words before it, past a relative pronoun or a parenthesis ("studies … have found little evidence
 * that …", "a 2014 paper that found hikes caused …", "emails that night showing that …", "the report
 * did not provide evidence that …"): what follows is the record's finding, which the author reports.
 */
function documentFinding(v: TokenView, k: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  if (!n.findingVerbs.has(v.key(k))) return false;
  for (let j = k - 1, seen = 0; j >= v.from && seen < SUBJECT_WITHIN; j--) {
    const key = v.key(j);
    if (key === ",") {
      j = openingComma(v, j - 1, FINDING_PARENTHESIS + 1);
      if (j < 0) return false;
      continue;
    }
    if (CLAUSE_BREAK.has(key) || n.authorSubjects.has(key)) return false;
    if (n.reportingSubjects.has(key)) return !authorBefore(v, j);
    if (v.kind(j) === "word") seen++;
  }
  return false;
}

/** Whether "I" or "we" stands in the clause before `k` ("We read the audit and found …": the author's finding). */
function authorBefore(v: TokenView, k: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  for (const j of clauseTokens(v, k - 1, { step: -1 })) if (n.authorSubjects.has(v.key(j))) return true;
  return false;
}

// Words between a verb of asking and its question word ("asked the students if").
const ASKED_WITHIN = 4;

// Words a question word may stand before a marker and still hold it in its clause ("on whether he
// still supported letting every").
const QUESTION_WITHIN = 10;

/**
 * Whether the marker at `i` stands in an embedded question, in the clause of a "whether" or of a
 * question word after a verb of asking ("declined to comment on whether he still supported letting
 * every American …", "asked the students if they were always …"): asked, not asserted.
 */
function embeddedQuestion(v: TokenView, i: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  for (const k of clauseTokens(v, i - 1, { step: -1, words: QUESTION_WITHIN })) {
    const key = v.key(k);
    if (key === "whether") return true;
    if ((key === "if" || n.questionWords.has(key)) && askedBefore(v, k)) return true;
  }
  return false;
}

function askedBefore(v: TokenView, k: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  for (const j of clauseTokens(v, k - 1, { step: -1, words: ASKED_WITHIN }))
    if (n.askVerbs.has(v.key(j))) return true;
  return false;
}

// Words between "in" and a noun of opinion ("in Mr. VandeHei's and Mr. Allen's view").
const VIEW_WITHIN = 8;

/**
 * Where the phrase of opinion ending at `k` credits the rest of the sentence to someone: one of
 * viewNouns after "in" and a possessive ("in Mr. Vance's view -- … -- it shows that …") or before
 * "of" ("in the opinion of the board"); "in my view" is the author's (none: infinity).
 */
function viewFrameAt(v: TokenView, k: number): number {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  const none = Number.POSITIVE_INFINITY;
  if (!n.viewNouns.has(v.key(k))) return none;
  // "in view of the costs" is no one's opinion; "in the view of the board" is the board's.
  let credited = v.key(k + 1) === "of" && v.key(k - 1) === "the";
  const stopAt = (key: string) => n.authorPossessives.has(key);
  for (const j of clauseTokens(v, k - 1, { step: -1, words: VIEW_WITHIN + 1, stopAt })) {
    const key = v.key(j);
    if (/['\u2019]s$/.test(key)) credited = true;
    if (key === "in") return credited ? k : none;
  }
  return none;
}

/**
 * "proved" followed by a complement of a copula ("proved pathetically weak", "proved to be a
 * mistake", "proved too costly", "proved wrong", "proved a winning strategy"): an adverb in "-ly"
 * counts unless a "that" follows it ("proved conclusively that …" concludes), and so does any word
 * that is no function word, no name and none of the words that keep a proof ("proved nothing").
 */
function copular(v: TokenView, k: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  if (n.copulaComplements.some((p) => v.matches(k, p))) return true;
  const key = v.key(k);
  if (v.kind(k) !== "word") return false;
  if (key.endsWith("ly")) return v.key(k + 1) !== "that";
  // "proved a winning strategy", "proved the most costly": what a thing turned out to be.
  if (n.copulaArticles.has(key)) return true;
  if (key === "the") return /^(?:most|least|[a-z]+est)$/.test(v.key(k + 1));
  // "proved wrong", "proved decisive": an adjective; "proved it", "proved nothing" and "proved
  // five times that …" conclude.
  if (functionWords().has(key) || n.proofWords.has(key) || v.nameLike(k)) return false;
  for (let m = k + 1; m <= k + PROOF_WITHIN; m++) if (v.key(m) === "that") return false;
  return true;
}

// Words a "that" may stand after a proving verb's first word and still be its object ("proved five times that").
const PROOF_WITHIN = 3;

// Words an "as" clause of attribution may run to before its comma ("as Stephen Coughlin has revealed,").
const FRAME_WITHIN = 8;

/**
 * Where the "as" clause at `k` ends, at its comma, when it credits what comes after it to someone
 * else, who is named between the "as" and the reporting verb ("For example, as Stephen Coughlin has
 * revealed, …", "So, as its critics would have it, …"): that person's account. "As noted above,"
 * names no one and "as I said," is the author (none: infinity). A marker after that comma is
 * that person's account.
 */
function frameCommaAt(v: TokenView, k: number): number {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  if (v.key(k) !== "as" || (k > v.from && !CLAUSE_BREAK.has(v.key(k - 1)))) return Number.POSITIVE_INFINITY;
  if (n.reportedBy.has(v.key(k + 1)) || n.authorSubjects.has(v.key(k + 1))) return Number.POSITIVE_INFINITY;
  let credited = false;
  for (let m = k + 1, seen = 0; m < v.to && seen <= FRAME_WITHIN; m++) {
    const key = v.key(m);
    if (key === ",") return credited ? m : Number.POSITIVE_INFINITY;
    if (CLAUSE_BREAK.has(key)) break;
    if (n.reportedBy.has(key) || n.asFrames.some((p) => v.matches(m, p))) credited = true;
    if (v.kind(m) === "word") seen++;
  }
  return Number.POSITIVE_INFINITY;
}

/** Where the first of each frame that makes a later marker idle stands in a sentence ({@link idleMarker}). */
interface Frames {
  wish: number;
  reported: number;
  framed: number;
  attributed: number;
}

// Worked out once per sentence: asked marker by marker, a long sentence of markers cost its
// length for each one.
const FRAMES = new WeakMap<TokenView, Frames>();

function framesOf(v: TokenView): Frames {
  const cached = FRAMES.get(v);
  if (cached) return cached;
  const n = nonStatements as NonNullable<typeof nonStatements>;
  const none = Number.POSITIVE_INFINITY;
  const f: Frames = { wish: none, reported: none, framed: none, attributed: none };
  for (let k = v.from; k < v.to; k++) {
    if (f.wish === none && n.wishes.some((w) => v.matches(k, w))) f.wish = k;
    if (f.attributed === none && n.attributedBy.some((w) => v.matches(k, w))) f.attributed = k;
    if (f.reported === none && k > v.from + 1 && reportedAt(v, k)) f.reported = k;
    f.framed = Math.min(f.framed, frameCommaAt(v, k), viewFrameAt(v, k));
  }
  FRAMES.set(v, f);
  return f;
}

// Words a time or place may put between a reporting verb and its "that" ("announced this week that").
const REPORTED_WITHIN = 3;

/**
 * Whether the "that" at `k` opens the that-clause of someone else's reporting verb ("In it, he
 * claims that gay sex caused the tsunami", "officials announced this week that the raid led to
 * …"), or a pronoun opens one with no "that" ("Linick wrote they may have …"): a marker after it
 * is that person's assertion, which the author only reports.
 */
function reportedAt(v: TokenView, k: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  // "Linick wrote they may have contained …", "saying they cannot discuss the case because of …":
  // a reported clause with no "that".
  if (documentFinding(v, k)) return true;
  if (n.reportedSubjects.has(v.key(k)) && n.bareReporters.has(v.key(k - 1)))
    return !n.authorSubjects.has(v.key(k - 2)) && !n.authorSubjects.has(v.key(k - 3));
  if (n.bareReporters.has(v.key(k - 1)) && (reportedName(v, k) || reportedNoun(v, k)))
    return !n.authorSubjects.has(v.key(k - 2)) && !n.authorSubjects.has(v.key(k - 3));
  if (n.bareReporters.has(v.key(k)) && relativeReport(v, k)) return true;
  if (v.key(k) !== "that") return false;
  for (let j = parenthesisBefore(v, k) - 1, seen = 0; j > v.from && seen < REPORTED_WITHIN; j--) {
    if (CLAUSE_BREAK.has(v.key(j))) break;
    // "I would say that …" is the author's, a word of modality between.
    if (n.reportedBy.has(v.key(j)))
      return !n.authorSubjects.has(v.key(j - 1)) && !n.authorSubjects.has(v.key(j - 2));
    if (v.kind(j) === "word") seen++;
  }
  return false;
}

// Capitalised words a name may take as the subject of a reporting verb in a relative clause, or
// of a clause reported with no "that".
const RELATIVE_NAME_WITHIN = 3;

/** Whether the verb at `k` is one of relativeClauseVerbs or a form in -ed in lower case. */
function clauseVerb(v: TokenView, k: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  return v.kind(k) === "word" && (n.relativeClauseVerbs.has(v.key(k)) || /^\p{Ll}{3,}ed$/u.test(v.raw(k)));
}

/**
 * Whether a name of a few capitalised words opens at `k` and the verb of a clause follows it
 * ("O'Malley, who said Francis had caused …", "wrote Dana Okafor was …"): after a reporting verb
 * with no "that", the clause is that person's, as one opened by "he" or "she" is.
 */
function reportedName(v: TokenView, k: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  let e = k;
  while (
    e < v.to &&
    e - k < RELATIVE_NAME_WITHIN &&
    v.kind(e) === "word" &&
    v.capitalized(e) &&
    !n.authorSubjects.has(v.key(e))
  )
    e++;
  return e > k && clauseVerb(v, e);
}

// Words a noun phrase after a reporting verb may run to before its clause's verb ("implied the
// judge handling the lawsuits against him was").
const REPORTED_NOUN_WITHIN = 7;

/**
 * Whether a noun phrase opens at `k` on one of nounDeterminers and an auxiliary or a copula
 * follows it within a few words, no clause break between ("implied the judge handling the
 * lawsuits against him was biased because of …"): after a reporting verb with no "that", the
 * clause is the reporter's. A verb in -ed is not read here ("added the fees charged because of …"
 * has an object and a participle).
 */
function reportedNoun(v: TokenView, k: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  if (!n.nounDeterminers.has(v.key(k))) return false;
  for (let e = k + 2; e < v.to && e - k <= REPORTED_NOUN_WITHIN; e++) {
    const key = v.key(e);
    if (CLAUSE_BREAK.has(key) || key === "that") return false;
    if (n.relativeClauseVerbs.has(key)) return true;
  }
  return false;
}

/**
 * Whether the reporting verb at `k` stands between a relative pronoun with its subject ("he", "she",
 * "they" or a name) and the verb of the clause the pronoun opens ("college tuition, which he said
 * has increased because of …", "the rule, which Mozloom thinks will lead to …", "a levy that she
 * says caused …"): the clause is that person's claim. "which I think has …" stays the author's.
 */
function relativeReport(v: TokenView, k: number): boolean {
  const n = nonStatements as NonNullable<typeof nonStatements>;
  const c = contexts as NonNullable<typeof contexts>;
  if (!clauseVerb(v, k + 1)) return false;
  // "which French officials have said was responsible": the reporting verb's auxiliary.
  const end = n.reportingAuxiliaries.has(v.key(k - 1)) ? k - 2 : k - 1;
  let s = end;
  if (n.reportedSubjects.has(v.key(s))) s--;
  else
    while (
      s > v.from &&
      end - s < RELATIVE_NAME_WITHIN &&
      v.kind(s) === "word" &&
      (v.capitalized(s) || (s === end && plural(v, s))) &&
      !n.authorSubjects.has(v.key(s)) &&
      !c.relative.has(v.key(s))
    )
      s--;
  return s < end && c.relative.has(v.key(s));
}

// Words of a parenthesis between a reporting verb and its "that" (", among other things,").
const PARENTHESIS_WITHIN = 5;

/**
 * Where the words before the "that" at `k` begin, past a parenthesis set off by commas ("saying,
 * among other things, that …"): the comma that opens it, else `k`.
 */
function parenthesisBefore(v: TokenView, k: number): number {
  if (v.key(k - 1) !== ",") return k;
  const opening = openingComma(v, k - 2, PARENTHESIS_WITHIN + 1);
  return opening < 0 ? k : opening;
}

// Words a causal marker may have between it and the reaction it names ("caused such offence").
const REACTION_WITHIN = 3;
// Words a verb of making may have between it and the body it founds ("a new task force").
const FOUNDED_WITHIN = 4;
// Words from a verb of making to the rank it confers, its article between ('created a baron').
const RANK_WITHIN = 2;

/**
 * The object starting at `k` holds one of `heads` within `within` words, before any punctuation:
 * a reaction after a causal marker ("caused outrage", "led to a backlash") — how people reacted is
 * a news fact, not a cause the author argues for — or a body or service after a verb of making
 * ("created a Task Force on Respect", "created a support line").
 */
function objectAmong(v: TokenView, k: number, heads: ReadonlySet<string>, within: number): boolean {
  for (let seen = 0; k < v.to && seen < within; k++) {
    // "a 300-person march": a figure and its hyphen qualify the object's head, as an adjective would.
    if (v.kind(k) === "number" || (v.key(k) === "-" && v.glued(k - 1) && v.glued(k))) continue;
    if (v.kind(k) !== "word") return false;
    if (heads.has(v.key(k))) return true;
    seen++;
  }
  return false;
}

/**
 * Tokens of the sentence inside quotation marks: words someone else said or wrote ("his “I never
 * knew” defence"), or a scare-quoted term, which the author quotes rather than asserts.
 */
function quotedTokens(v: TokenView): Set<number> {
  const out = new Set<number>();
  let double = false;
  let single = false;
  for (let i = v.from; i < v.to; i++) {
    const raw = v.raw(i);
    if (raw === "\u201C") double = true;
    else if (raw === "\u201D") double = false;
    else if (raw === '"') double = !double;
    else if (raw === "\u2018") single = true;
    else if (raw === "\u2019") single = false;
    else if (double || single) out.add(i);
  }
  return out;
}

/**
 * True when the sentence breaks off on an ellipsis set apart by a space ("… in a place where no
 * one CIA & JFK: The Secret ..."): a teaser's cut title or a line an advert was pasted into, which
 * states nothing whole. An ellipsis glued to its last word ("and then the money ran out…") is a
 * sentence trailing off, and still states.
 */
function cutOff(v: TokenView): boolean {
  const i = v.to - 1;
  const last = v.raw(i);
  return (last === "..." || last === "\u2026") && i > v.from && !v.glued(i - 1);
}

/**
 * The assertion kinds a declarative sentence makes: a causal link ("caused", "led to"), a
 * conclusion drawn ("this proves that", "the real story"), or a sweeping generalisation
 * ("everyone knows", "never"). Questions ({@link interrogative}), wishes and fragments of fewer
 * than five words ("Nothing here.") assert nothing worth checking, nor does a sentence cut off
 * ({@link cutOff}), nor does a marker inside
 * quotation marks (someone else's words) or one of {@link idleMarker}; a sweeping word in a recommendation, in the author's account of
 * themselves, in a hypothesis or in one of the contexts of {@link idleSweep} makes no sweeping claim.
 */
export function assertionKinds(v: TokenView): AssertionKind[] {
  let words = 0;
  for (let i = v.from; i < v.to; i++) if (v.kind(i) === "word" || v.kind(i) === "number") words++;
  if (words < MIN_WORDS) return [];
  const table = index();
  if (endsOnQuestion(v) || interrogative(v) || cutOff(v)) return [];
  const found = new Set<Kind>();
  const quoted = quotedTokens(v);
  for (let i = v.from; i < v.to; i++) {
    if (quoted.has(i)) continue;
    // Most words start no phrase: passed over with no array made for them.
    const starting = table.get(v.key(i));
    if (starting === undefined) continue;
    const here = starting.filter((p) => v.matches(i, p.words));
    // "were due to speak at the march": a schedule where "due to" begins, not a cause.
    const notCausal = here.some((p) => p.kind === "notCausal");
    // "all of a sudden", "never mind": an idiom where the sweeping word begins, no generalisation.
    const notSweeping = here.some((p) => p.kind === "notSweeping");
    for (const p of here) {
      if (p.kind === "notCausal" || (p.kind === "causal" && notCausal)) continue;
      if (p.kind === "notSweeping" || (p.kind === "sweeping" && notSweeping)) continue;
      if (p.kind === "sweeping" && idleSweep(v, i, p.words.length)) continue;
      if (p.kind !== "prescriptive" && idleMarker(v, i, p.kind, p.words)) continue;
      found.add(p.kind);
    }
  }
  if (hypothesis(v)) {
    found.delete("sweeping");
    found.delete("conclusion");
  }
  // A recommendation or the author's account of themselves generalises about nothing a source
  // could back, whatever "every" or "nobody" it holds.
  if (found.has("prescriptive") || aboutTheAuthor(v) || imperative(v)) found.delete("sweeping");
  found.delete("prescriptive");
  return [...found] as AssertionKind[];
}
