import { loadData } from "../data.js";
import { functionWords } from "../text/function-words.js";
import { stem } from "../text/stem.js";

/** The cue lists of `data/support-lexicon.json`, compiled once. */
export interface SupportLexicon {
  negators: Phrases;
  /** Negators that stand for a noun phrase and may be a verb's object: "offered nothing". */
  negativePronouns: Set<string>;
  /** Words of absence inside a statement that deny nothing: "left without power" says power was lost. */
  privatives: Set<string>;
  denials: Phrases;
  /** Negated phrases that state a limit, not a denial: "would not exceed". */
  bounds: Phrases;
  hedges: Phrases;
  /** Hedges that only say a figure is not exact: a claim that gives its figure as approximate keeps them. */
  estimates: Set<string>;
  /** Words that say a figure did not move: "stay at", "unchanged". */
  steady: Phrases;
  /** Words that make "stayed at" a level, not a place: "last year's level", "the same". */
  levels: Set<string>;
  /** Words that say a figure moved, as the head of their synonym group: "rose", "cut". */
  moves: Set<string>;
  /** Hedges of a plan not yet decided ("proposed"), kept by a claim that reports a wish or plan. */
  proposals: Set<string>;
  /** Words of a duty ("must", "required to"): against a passage's permission, a claim that makes a duty of it. */
  obligations: Phrases;
  /** Words of a permission ("can", "allowed to"): what a source leaves free. */
  permissions: Phrases;
  /** Modals of the conditional ("would"): a claim in them says what a plan would do, as a proposal does. */
  hypotheticals: Set<string>;
  /** Hedges that set a condition on the whole statement: "subject to planning approval". */
  conditions: Phrases;
  /** Hedges that, right before a figure, only round it: "about 1.3 million". */
  approximators: Phrases;
  /** Approximators that are prepositions anywhere but before a figure: "about the port". */
  figureOnly: Phrases;
  boosters: Phrases;
  /** Words that make a figure exact: "exactly 22 million". */
  exact: Phrases;
  universals: Phrases;
  /** Words of desire or plan whose complement states an aim: "wants every pupil to …". */
  intentions: Phrases;
  partials: Phrases;
  /** Number words that count: "three", "dozens". */
  counts: Phrases;
  /** Words that rank a thing: "best", "biggest". */
  superlatives: Phrases;
  /** Ordered grades of one measure ("minor" … "critical"): every grade phrase, indexed by first word. */
  scaleWords: Phrases;
  /** Scale and grade of each grade phrase, by the phrase as written. */
  grades: Map<string, { scale: number; grade: number }>;
  correlation: Phrases;
  causal: Phrases;
  /** Words that give a thing a part in an outcome ("contributed to"): a causal claim's weaker form. */
  contributory: Phrases;
  /** Hedges a negator before makes a certainty ("not possible"). */
  certainWhenNegated: Set<string>;
  /** Words that count what was missed ("failing to reach"): a share told from the other side. */
  shortfalls: Set<string>;
  /** Words by which a claim names a cause outright ("caused by", "led to"). */
  causeStatements: Phrases;
  /** Evaluative words of each polarity ("good" / "appalling"), stemmed terms. */
  favourable: Set<string>;
  unfavourable: Set<string>;
  /** Stemmed terms of incidents a source counts as zero by negating them ("nobody was injured"). */
  events: Set<string>;
  /** Canonical term of each synonym: the first word of its group. */
  canonical: Map<string, string>;
  /** Pairs of canonical terms that state contrary directions. */
  opposites: [string, string][];
  /** Every word of the opposite pairs, for finding the conjunct a direction is stated in. */
  oppositeWords: Set<string>;
  /**
   * The pairs of {@link opposites} by the word a claim says, each as the word the passage says
   * instead and the pair's place (`2 · index`, plus 1 when the pair is read from its second
   * word): the first pair a claim and a passage take opposite sides of is found from the claim's
   * few direction words, not by reading every pair.
   */
  oppositeOf: Map<string, { other: string; order: number }[]>;
  reporting: Set<string>;
  /** Words of size and time that say nothing of which statement a hedge weakens: "million", "year". */
  generic: Set<string>;
  functionWords: Set<string>;
  /** Adverbs between a verb's negator and its predicate ("not yet reviewed", "never even met"). */
  negatedAdverbs: Set<string>;
  /** Units of time after "every" or "each" that make a frequency, not a universal ("every morning"). */
  frequencyNouns: Set<string>;
  /** Words between an ordinal and what it counts: "the third successive year". */
  sequenceWords: Set<string>;
  /** Phrases that negate the verb phrase after them with no negator: "stopped short of", "declined to". */
  implicitNegators: Phrases;
  /**
   * The phrases of {@link negators}, {@link implicitNegators} and {@link denials} by first word,
   * in that order, each with the list it is from: the rating rules ask every word of every passage
   * they read, and one look-up answers for the three lists.
   */
  negations: Map<string, Negation[]>;
  /** Verbs of speaking that make a refusal to speak of a denial or implicit negator: "declined to comment". */
  silences: Set<string>;
  /** Words that open an indirect question after a verb of speaking: "would not say whether". */
  indirectQuestions: Set<string>;
  /** Words that open a relative clause: "farms that did not use the sensors". */
  relativePronouns: Set<string>;
  /** Auxiliary verbs that carry a negator: "did", "had", "was". */
  auxiliaries: Set<string>;
  /** Words by which an author calls a text wrong: "incorrectly thought", "is not true". */
  errorMarkers: Phrases;
  /** Words that open an author's rebuttal of what was quoted: "in fact", "actually". */
  rebuttals: Phrases;
  /** Hedges that open a condition: they weaken the statement the condition is attached to, not what it names. */
  conditionals: Phrases;
  /** Words that state a decision ("approved", "signed off"): taken when a marker of {@link takenMarkers} comes before. */
  decisionsTaken: Phrases;
  /** Words before a decision word that make it one already taken: "has", "was", "already". */
  takenMarkers: Set<string>;
  /** Words by which a source leaves a decision still to be taken: "will decide", "no decision", "not yet been approved". */
  undecided: Phrases;
  /** Hedges that open a question the source leaves open ("whether"): they weaken a claim that answers it. */
  openQuestions: Set<string>;
  /** Words by which a claim reports a question rather than answering it: "investigate", "seeks an inquiry", "asks". */
  inquiries: Phrases;
  /** Words by which a source deliberates an open question: "reviewing whether", "will decide … whether". */
  deliberations: Set<string>;
  /** Denominator of each fraction word: "third" 3, "fifths" 5. */
  fractions: Map<string, number>;
  /** Value of the word before a fraction: "a" 1, "two" 2. */
  numerators: Map<string, number>;
  /** The percent change each multiplier verb states: "tripled" 200, "halved" 50 (a fall). */
  multipleChanges: Map<string, number>;
  /** Units of time that stand alone after "a" as one span ("in a decade"); "a year" is most often a rate's period. */
  wholeSpans: Set<string>;
  /** Words that end a deliberation's object with an adjunct of the deliberation: "will consider the application at its meeting". */
  deliberationAdjuncts: Set<string>;
  /** Words before "a fortnight" that make it a rate's period, not a span: "once a fortnight". */
  spanRateLeads: Set<string>;
  /** Words between a negator and what it negates: "had not found any breach". */
  negatedDeterminers: Set<string>;
  /** Rank of each ordinal word: "second" 2. */
  ordinals: Map<string, number>;
  /** The side of a reference each bound word puts a figure on: "over" above, "within" below. */
  referenceBounds: Map<string, "above" | "below">;
  /** Stemmed terms of the references a figure is put over or under: "budget", "forecast". */
  referenceNouns: Set<string>;
  /** Verb phrases that move a figure, with the word they mean: "edged up" is "rose". */
  phrasalDirections: Phrases;
  /** The word each phrasal direction means, by the phrase as written. */
  phrasalMeaning: Map<string, string>;
  /** Words of a vote, whose count "31 to 12" is a tally. */
  tallies: Set<string>;
  /** Words of a vote with nobody against. */
  unanimous: Set<string>;
  /** Value of a number written out: "seven" 7. */
  numberWords: Map<string, number>;
  /** The stage phrases of an act ("recommended", "signed"), indexed by first word. */
  stageWords: Phrases;
  /** How settled each stage phrase says an act is: 0 proposed … 6 completed. */
  stages: Map<string, number>;
  /** Words before a stage that put it still to come: "before the contract is signed". */
  pendingMarkers: Phrases;
  /** The present form of each modal a report shifts into the past ("could" "can"): no hedge against a claim that keeps the present one. */
  backshifts: Map<string, string>;
  /** Words by which a claim states a condition of its own ("once", "if"): it keeps a source's condition. */
  claimConditions: Phrases;
  /** Words of excess that, before one word and "to", negate the verb after them: "too low to cover". */
  excessives: Set<string>;
  /** Words of plan or deliberation a negation passes through to the act: "not considering stripping it of its franchise". */
  plans: Set<string>;
  /**
   * Month and weekday names as passage keys (`data/quantities-dates.json`; the month "May" is
   * keyed "may:month", apart from the modal): a word that dates what follows it.
   */
  dateNames: Set<string>;
  /** Pronouns a verb may take for object: "prosecuting him". */
  objectPronouns: Set<string>;
  /** Words that make the cause word after them a part: "a factor", "one reason". */
  causeArticles: Set<string>;
  /** Particles that make a stage verb another verb: "signed up" joined. */
  stageParticles: Set<string>;
  /** Verbs of expectation whose negation leaves their that-clause undenied ("never anticipated that …"). */
  expectations: Set<string>;
  /** Words right after a figure that make it a difference from another: "300 pounds under the average". */
  differenceMarkers: Set<string>;
  /** Nouns that, before "of" and a figure, make it a difference: "a margin of 12". */
  differenceNouns: Set<string>;
  /** Words right before a figure that make it what is left of a whole: "the other £800,000", "the remaining 40". */
  remainders: Set<string>;
  /** Verbs whose object figure is the size of a change: "cutting six collection rounds", "add about £1.2 million". */
  changeVerbs: Set<string>;
  /**
   * Verbs of need that, between a verb's negator and "to", pass the negation to the verb after "to"
   * ("will not need to re-register" denies re-registering, as "will not have to re-register" does).
   */
  needTo: Set<string>;
  /** The negators that set an alternative aside ("run by a trust rather than by the council"). */
  alternatives: Set<string>;
  /** Words after a figure that make it a time of day ("seven o'clock"), which counts nothing. */
  clockWords: Set<string>;
  /** Words before a date that make a negator set the act's earliest time ("not … before spring 2029"). */
  timeLimits: Set<string>;
  /** Pronouns that open a sentence restating the change the one before gives ("That is a rise of …"). */
  demonstratives: Set<string>;
  /** Nouns of difference that name a fall ("a cut of a third"): a share of the larger figure. */
  fallNouns: Set<string>;
  /** Names of seasons, which date an act as a month's name does ("before spring 2029"). */
  seasons: Set<string>;
  /** Bounds before a figure that leave its value out ("almost 300", "more than 300"): two on opposite sides of one value disagree. */
  exclusiveBounds: Set<string>;
  /**
   * Units of time a year holds a fixed number of ("month": 12), by which a rate over one is read
   * over another ("60 million a year" is 5 million a month).
   */
  periodsPerYear: Map<string, number>;
  /** Modal hedges that a negator right after them makes a stated inability ("it could not justify"), no hedge. */
  inabilities: Set<string>;
  /** Modals of possibility ("could affect up to 1,000 jobs"): they leave open the statement, not only its figure. */
  possibilityModals: Set<string>;
  /** Verbs whose object is a figure ("to cost £27.4 million"): a forecast of one is an estimate of the figure. */
  figureVerbs: Set<string>;
  /** Words right before a figure ("averaging £4,000", "an average of") or after it ("on average") that make it an average. */
  averageWords: Set<string>;
  /** Words right before a figure ("a total of", "totalling") or after it ("in all", "between them") that make it a total. */
  totalWords: Set<string>;
  /** Words that say a thing was hard to do ("had difficulty finding"): a claim that it was not done overreaches. */
  difficulties: Set<string>;
  /** Words that report a charge ("accused him of doing nothing"): what they report is the accuser's, not a fact. */
  accusations: Set<string>;
  /** Punctuation and conjunctions that end a clause: a negator, a hedge or a grade reaches no further. */
  clauseEnds: Set<string>;
  /**
   * The {@link clauseEnds} and the conjunctions that join two conjuncts ("and", "or"): where a
   * hedge's reach ends ("Side effects were mild and may include nausea": "may" weakens the nausea),
   * and the conjunct a passage must hold a claim's terms in.
   */
  conjunctEnds: Set<string>;
  /** Words that open a conjunct of its own after a comma: "…, and no jobs will be lost". */
  coordinators: Set<string>;
  /** Where one conjunct of a sentence ends and another begins, for the direction it states. */
  directionConjunctEnds: Set<string>;
  /** Denials that, after a {@link passiveForms} word and before an object, refuse it: "was denied bail". */
  refusals: Set<string>;
  /** Forms of "be" and "get" that make a refusal passive: "would continue to be denied access". */
  passiveForms: Set<string>;
  /** Words that restrict a statement, which a negator of their clause denies instead of the act. */
  restrictives: Set<string>;
  /** Words that put a statement in the past, before a "no longer" now: "was used", "until 2020". */
  pastMarkers: Set<string>;
  /** Verbs before "part" (or "a part") that make it a role, not a share: "took part", "played a part". */
  partTakers: Set<string>;
  /** Number words that scale a figure: "a million", "a dozen". */
  magnitudes: Set<string>;
  /** Determiners before which a hedge word stands inside a noun phrase: "the proposed finish". */
  determiners: Set<string>;
  /** Words before a unit of time that make a figure a rate: "£100 a month", "2,000 passengers per hour". */
  rateWords: Set<string>;
  /** Words before a span of time that spread the figure before them over it: "4.5 percent over two years". */
  spanWords: Set<string>;
  /** Words before a determiner and a span written as one word that do the same: "£640 for a five-year licence". */
  spanAttributives: Set<string>;
  /** Phrases between an amount and the part of it one party pays: "£19.5 million, of which £4 million". */
  sumParts: Set<string>;
  /** Prepositions after which an "all" that ends its phrase quantifies nothing: "first of all". */
  idiomaticAllAfter: Set<string>;
  /** Words after which a clause's subject opens: "that", and a relative ("the month in which the population grew"). */
  subjectOpens: Set<string>;
  /** Prepositions that end a subject's head noun phrase ("the share of …", "burglaries in …"). */
  subjectHeadEnds: Set<string>;
  /** Units of time, singular and plural, that make a figure a span: "for six years". */
  timeSpans: Set<string>;
  /** Words after a fraction that keep it a share: "a third of", "by a third.", "a fifth to a third". */
  shareFollowers: Set<string>;
  /** Conjunctions a question may open on before its question word: "And what of …?", "So why …?". */
  questionOpeners: Set<string>;
  /** Verbs that carry no sense of their own before a predicative word: "is unsafe", "made a decision". */
  lightVerbs: Set<string>;
  /**
   * Verbs of a speech act ("called", "insisted", "promised"): a claim that reports one says what
   * was said, which a source's quote says with "said" or no verb at all.
   */
  speechVerbs: Set<string>;
  /** Modals of what will, would or may happen: a claim in one restates a plan, said in many words. */
  predicateModals: Set<string>;
  /** Prepositions the function words leave out ("among", "across"): no predicate's head. */
  predicatePrepositions: Set<string>;
  /** Words that open another clause: an auxiliary after one is not the predicate of the clause before. */
  predicateBreaks: Set<string>;
  /** Particles that make a verb phrasal ("brushed aside", "turned up"), whose sense is not the verb's. */
  predicateParticles: Set<string>;
  /** Adverbs between an auxiliary and the verb they do not change: "has already approved". */
  predicateAdverbs: Set<string>;
  /**
   * Verbs and phrasal verbs a rewrite swaps for one another ("approved" / "signed off"), and the
   * forms of an irregular verb ("run", "ran"), each group by the term of each phrase's first word:
   * whether a passage says a claim's predicate.
   */
  predicateSynonyms: Map<string, string[][][]>;
}

/** Phrases indexed by their first word, so a token list is scanned once. */
export type Phrases = Map<string, string[][]>;

/** The opposite pairs by either word (see {@link SupportLexicon.oppositeOf}). */
function oppositeIndex(pairs: string[][]): Map<string, { other: string; order: number }[]> {
  const out = new Map<string, { other: string; order: number }[]>();
  pairs.forEach(([a, b], i) => {
    for (const [x, y, side] of [
      [a, b, 0],
      [b, a, 1],
    ] as const) {
      const entries = out.get(x) ?? [];
      entries.push({ other: y, order: 2 * i + side });
      out.set(x, entries);
    }
  });
  return out;
}

/** A phrase of one of the negating lists (see {@link SupportLexicon.negations}). */
export interface Negation {
  words: string[];
  kind: "negator" | "implicit" | "denial";
}

/** The phrases of the negating lists by first word, each list's in its order, the lists in `tables`'. */
function negations(tables: [Phrases, Negation["kind"]][]): Map<string, Negation[]> {
  const out = new Map<string, Negation[]>();
  for (const [table, kind] of tables)
    for (const [first, list] of table) {
      const entries = out.get(first) ?? [];
      for (const words of list) entries.push({ words, kind });
      out.set(first, entries);
    }
  return out;
}

const LISTS = [
  "negators",
  "negativePronouns",
  "privatives",
  "denials",
  "bounds",
  "hedges",
  "conditions",
  "estimates",
  "approximators",
  "figureOnly",
  "boosters",
  "exact",
  "universals",
  "intentions",
  "partials",
  "counts",
  "superlatives",
  "correlation",
  "causal",
  "contributory",
  "certainWhenNegated",
  "shortfalls",
  "causeStatements",
  "favourable",
  "unfavourable",
  "events",
  "reporting",
  "generic",
  "negatedDeterminers",
  "referenceNouns",
  "tallies",
  "unanimous",
  "proposals",
  "hypotheticals",
  "obligations",
  "permissions",
  "steady",
  "moves",
  "levels",
  "negatedAdverbs",
  "frequencyNouns",
  "sequenceWords",
  "implicitNegators",
  "silences",
  "indirectQuestions",
  "relativePronouns",
  "auxiliaries",
  "conditionals",
  "deliberations",
  "openQuestions",
  "inquiries",
  "decisionsTaken",
  "takenMarkers",
  "undecided",
  "errorMarkers",
  "rebuttals",
  "pendingMarkers",
  "objectPronouns",
  "causeArticles",
  "stageParticles",
  "claimConditions",
  "excessives",
  "expectations",
  "differenceMarkers",
  "differenceNouns",
  "remainders",
  "changeVerbs",
  "needTo",
  "alternatives",
  "clockWords",
  "timeLimits",
  "demonstratives",
  "fallNouns",
  "seasons",
  "exclusiveBounds",
  "inabilities",
  "possibilityModals",
  "figureVerbs",
  "averageWords",
  "totalWords",
  "difficulties",
  "accusations",
  "plans",
  "clauseEnds",
  "conjunctions",
  "coordinators",
  "directionConjunctEnds",
  "refusals",
  "passiveForms",
  "restrictives",
  "pastMarkers",
  "partTakers",
  "magnitudes",
  "determiners",
  "rateWords",
  "spanWords",
  "spanAttributives",
  "sumParts",
  "idiomaticAllAfter",
  "subjectOpens",
  "subjectHeadEnds",
  "timeSpans",
  "shareFollowers",
  "wholeSpans",
  "spanRateLeads",
  "deliberationAdjuncts",
  "questionOpeners",
  "lightVerbs",
  "predicateAdverbs",
  "speechVerbs",
  "predicateBreaks",
  "predicateParticles",
  "predicateModals",
  "predicatePrepositions",
] as const;

type Raw = Record<(typeof LISTS)[number], string[]> & {
  scales: string[][][];
  actStages: string[][];
  opposites: string[][];
  synonyms: string[][];
  predicateSynonyms: string[][];
  verbForms: string[][];
  fractions: Record<string, number>;
  numerators: Record<string, number>;
  multipleChanges: Record<string, number>;
  ordinals: Record<string, number>;
  numberWords: Record<string, number>;
  referenceBounds: Record<"above" | "below", string[]>;
  phrasalDirections: Record<string, string>;
  backshifts: Record<string, string>;
  periodsPerYear: Record<string, number>;
};

let compiled: SupportLexicon | undefined;

/**
 * Check the shape of the lexicon: every entry a trimmed lower-case word or phrase with single
 * spaces, no duplicate within a list, opposites in pairs, no word in two synonym groups. Throws
 * with the first problem found, so a bad edit to the data file fails the tests, not a report.
 */
export function validateSupportLexicon(raw: unknown): asserts raw is Raw {
  const data = raw as Record<string, unknown>;
  const entry = (list: string, s: unknown) => {
    if (typeof s !== "string" || s !== s.trim().toLowerCase() || /\s{2,}/.test(s) || s.length === 0)
      throw new Error(`support lexicon: ${list} has an entry not in normal form: ${JSON.stringify(s)}`);
  };
  for (const name of LISTS) {
    const list = data[name];
    if (!Array.isArray(list)) throw new Error(`support lexicon: ${name} is not a list`);
    const seen = new Set<string>();
    for (const s of list) {
      entry(name, s);
      if (seen.has(s)) throw new Error(`support lexicon: ${name} lists ${JSON.stringify(s)} twice`);
      seen.add(s);
    }
  }
  for (const name of ["opposites", "synonyms", "predicateSynonyms", "verbForms"] as const) {
    if (!Array.isArray(data[name])) throw new Error(`support lexicon: ${name} is not a list`);
  }
  for (const pair of data.opposites as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2)
      throw new Error("support lexicon: an opposite is not a pair");
    for (const s of pair) entry("opposites", s);
  }
  const table = (name: string) => {
    const t = data[name];
    if (typeof t !== "object" || t === null || Array.isArray(t))
      throw new Error(`support lexicon: ${name} is not a table`);
    return Object.entries(t);
  };
  for (const name of ["fractions", "numerators", "multipleChanges", "ordinals", "numberWords"] as const) {
    const least = name === "numberWords" ? 0 : 1;
    for (const [w, n] of table(name)) {
      entry(name, w);
      if (!Number.isInteger(n) || (n as number) < least)
        throw new Error(`support lexicon: ${name} gives ${JSON.stringify(w)} no whole number`);
    }
  }
  const bounds = table("referenceBounds");
  if (bounds.map(([side]) => side).join() !== "above,below")
    throw new Error("support lexicon: referenceBounds must give exactly the sides above and below");
  const sided = new Set<string>();
  for (const [, words] of bounds) {
    if (!Array.isArray(words)) throw new Error("support lexicon: a side of referenceBounds is not a list");
    for (const s of words) {
      entry("referenceBounds", s);
      if (sided.has(s))
        throw new Error(`support lexicon: ${JSON.stringify(s)} is on both sides of a reference`);
      sided.add(s);
    }
  }
  if (!Array.isArray(data.scales)) throw new Error("support lexicon: scales is not a list");
  const graded = new Set<string>();
  for (const scale of data.scales as unknown[]) {
    if (!Array.isArray(scale) || scale.length < 2)
      throw new Error("support lexicon: a scale has fewer than two grades");
    for (const grade of scale) {
      if (!Array.isArray(grade) || grade.length === 0)
        throw new Error("support lexicon: a scale has an empty grade");
      for (const s of grade) {
        entry("scales", s);
        if (graded.has(s)) throw new Error(`support lexicon: ${JSON.stringify(s)} is in two grades`);
        graded.add(s);
      }
    }
  }
  if (!Array.isArray(data.actStages) || data.actStages.length < 2)
    throw new Error("support lexicon: actStages is not a list of two stages or more");
  const staged = new Set<string>();
  for (const stage of data.actStages as unknown[]) {
    if (!Array.isArray(stage) || stage.length === 0)
      throw new Error("support lexicon: an act stage is empty");
    for (const s of stage) {
      entry("actStages", s);
      if (staged.has(s)) throw new Error(`support lexicon: ${JSON.stringify(s)} is in two act stages`);
      staged.add(s);
    }
  }
  const grouped = new Set<string>();
  for (const group of data.synonyms as unknown[]) {
    if (!Array.isArray(group) || group.length < 2)
      throw new Error("support lexicon: a synonym group has < 2 words");
    for (const s of group) {
      entry("synonyms", s);
      if (grouped.has(s)) throw new Error(`support lexicon: ${JSON.stringify(s)} is in two synonym groups`);
      grouped.add(s);
    }
  }
  for (const name of ["predicateSynonyms", "verbForms"] as const) {
    const listed = new Set<string>();
    for (const group of data[name] as unknown[]) {
      if (!Array.isArray(group) || group.length < 2)
        throw new Error(`support lexicon: a group of ${name} has < 2 words`);
      for (const s of group) {
        entry(name, s);
        if (listed.has(s))
          throw new Error(`support lexicon: ${JSON.stringify(s)} is in two groups of ${name}`);
        listed.add(s);
      }
    }
  }
  for (const [phrase, word] of table("phrasalDirections")) {
    entry("phrasalDirections", phrase);
    if (typeof word !== "string" || !grouped.has(word))
      throw new Error(
        `support lexicon: phrasal direction ${JSON.stringify(phrase)} means no synonym group's word`,
      );
  }
  for (const [past, present] of table("backshifts")) {
    entry("backshifts", past);
    entry("backshifts", present);
  }
}

function phrases(list: string[]): Phrases {
  const out: Phrases = new Map();
  for (const p of list) {
    const words = p.split(" ");
    out.set(words[0], [...(out.get(words[0]) ?? []), words]);
  }
  return out;
}

/** The support lexicon, validated and compiled on first use. */
function dateNames(): Set<string> {
  const d = loadData<{ months: Record<string, number>; weekdays: Record<string, number> }>(
    "quantities-dates.json",
  );
  return new Set(
    [...Object.keys(d.months), ...Object.keys(d.weekdays)].map((w) => (w === "may" ? "may:month" : w)),
  );
}

export function supportLexicon(): SupportLexicon {
  if (compiled) return compiled;
  const raw = loadData<unknown>("support-lexicon.json");
  validateSupportLexicon(raw);
  const canonical = new Map<string, string>();
  for (const group of raw.synonyms) for (const w of group) canonical.set(w, group[0]);
  const canon = (w: string) => canonical.get(w) ?? w;
  const negators = phrases(raw.negators);
  const denials = phrases(raw.denials);
  const implicitNegators = phrases(raw.implicitNegators);
  compiled = {
    negators,
    negativePronouns: new Set(raw.negativePronouns),
    privatives: new Set(raw.privatives),
    denials,
    bounds: phrases(raw.bounds),
    hedges: phrases(raw.hedges),
    conditions: phrases(raw.conditions),
    estimates: new Set(raw.estimates),
    proposals: new Set(raw.proposals),
    hypotheticals: new Set(raw.hypotheticals),
    obligations: phrases(raw.obligations),
    permissions: phrases(raw.permissions),
    steady: phrases(raw.steady),
    levels: new Set(raw.levels),
    moves: new Set(raw.moves.map(canon)),
    approximators: phrases(raw.approximators),
    figureOnly: phrases(raw.figureOnly),
    boosters: phrases(raw.boosters),
    exact: phrases(raw.exact),
    universals: phrases(raw.universals),
    intentions: phrases(raw.intentions),
    partials: phrases(raw.partials),
    counts: phrases(raw.counts),
    superlatives: phrases(raw.superlatives),
    scaleWords: phrases(raw.scales.flat(2)),
    grades: new Map(
      raw.scales.flatMap((scale, s) =>
        scale.flatMap((grade, g) => grade.map((w) => [w, { scale: s, grade: g }] as const)),
      ),
    ),
    correlation: phrases(raw.correlation),
    causal: phrases(raw.causal),
    contributory: phrases(raw.contributory),
    certainWhenNegated: new Set(raw.certainWhenNegated),
    shortfalls: new Set(raw.shortfalls),
    causeStatements: phrases(raw.causeStatements),
    favourable: new Set(raw.favourable.map((w) => stem(canon(w)))),
    unfavourable: new Set(raw.unfavourable.map((w) => stem(canon(w)))),
    events: new Set(raw.events.map((w) => stem(canon(w)))),
    canonical,
    opposites: raw.opposites.map(([a, b]) => [canon(a), canon(b)] as [string, string]),
    oppositeWords: new Set(raw.opposites.flatMap((pair) => pair.map(canon))),
    oppositeOf: oppositeIndex(raw.opposites.map(([a, b]) => [canon(a), canon(b)])),
    reporting: new Set(raw.reporting),
    generic: new Set(raw.generic),
    negatedAdverbs: new Set(raw.negatedAdverbs),
    frequencyNouns: new Set(raw.frequencyNouns),
    sequenceWords: new Set(raw.sequenceWords),
    implicitNegators,
    negations: negations([
      [negators, "negator"],
      [implicitNegators, "implicit"],
      [denials, "denial"],
    ]),
    silences: new Set(raw.silences),
    indirectQuestions: new Set(raw.indirectQuestions),
    relativePronouns: new Set(raw.relativePronouns),
    auxiliaries: new Set(raw.auxiliaries),
    conditionals: phrases(raw.conditionals),
    deliberations: new Set(raw.deliberations),
    openQuestions: new Set(raw.openQuestions),
    inquiries: phrases(raw.inquiries),
    decisionsTaken: phrases(raw.decisionsTaken),
    takenMarkers: new Set(raw.takenMarkers),
    undecided: phrases(raw.undecided),
    errorMarkers: phrases(raw.errorMarkers),
    rebuttals: phrases(raw.rebuttals),
    functionWords: new Set(functionWords()),
    fractions: new Map(Object.entries(raw.fractions)),
    numerators: new Map(Object.entries(raw.numerators)),
    multipleChanges: new Map(Object.entries(raw.multipleChanges)),
    wholeSpans: new Set(raw.wholeSpans),
    spanRateLeads: new Set(raw.spanRateLeads),
    deliberationAdjuncts: new Set(raw.deliberationAdjuncts),
    negatedDeterminers: new Set(raw.negatedDeterminers),
    ordinals: new Map(Object.entries(raw.ordinals)),
    referenceBounds: new Map(
      (["above", "below"] as const).flatMap((side) =>
        raw.referenceBounds[side].map((w) => [w, side] as const),
      ),
    ),
    referenceNouns: new Set(raw.referenceNouns.map((w) => stem(canon(w)))),
    phrasalDirections: phrases(Object.keys(raw.phrasalDirections)),
    phrasalMeaning: new Map(Object.entries(raw.phrasalDirections)),
    tallies: new Set(raw.tallies),
    unanimous: new Set(raw.unanimous),
    numberWords: new Map(Object.entries(raw.numberWords)),
    stageWords: phrases(raw.actStages.flat()),
    stages: new Map(raw.actStages.flatMap((stage, n) => stage.map((w) => [w, n] as const))),
    pendingMarkers: phrases(raw.pendingMarkers),
    dateNames: dateNames(),
    objectPronouns: new Set(raw.objectPronouns),
    causeArticles: new Set(raw.causeArticles),
    stageParticles: new Set(raw.stageParticles),
    backshifts: new Map(Object.entries(raw.backshifts)),
    claimConditions: phrases(raw.claimConditions),
    excessives: new Set(raw.excessives),
    expectations: new Set(raw.expectations),
    differenceMarkers: new Set(raw.differenceMarkers),
    differenceNouns: new Set(raw.differenceNouns),
    remainders: new Set(raw.remainders),
    changeVerbs: new Set(raw.changeVerbs),
    needTo: new Set(raw.needTo),
    alternatives: new Set(raw.alternatives),
    clockWords: new Set(raw.clockWords),
    timeLimits: new Set(raw.timeLimits),
    demonstratives: new Set(raw.demonstratives),
    fallNouns: new Set(raw.fallNouns),
    seasons: new Set(raw.seasons),
    exclusiveBounds: new Set(raw.exclusiveBounds),
    periodsPerYear: new Map(Object.entries(raw.periodsPerYear)),
    inabilities: new Set(raw.inabilities),
    possibilityModals: new Set(raw.possibilityModals),
    figureVerbs: new Set(raw.figureVerbs),
    averageWords: new Set(raw.averageWords),
    totalWords: new Set(raw.totalWords),
    difficulties: new Set(raw.difficulties),
    accusations: new Set(raw.accusations),
    plans: new Set(raw.plans),
    clauseEnds: new Set(raw.clauseEnds),
    conjunctEnds: new Set([...raw.clauseEnds, ...raw.conjunctions]),
    coordinators: new Set(raw.coordinators),
    directionConjunctEnds: new Set(raw.directionConjunctEnds),
    refusals: new Set(raw.refusals),
    passiveForms: new Set(raw.passiveForms),
    restrictives: new Set(raw.restrictives),
    pastMarkers: new Set(raw.pastMarkers),
    partTakers: new Set(raw.partTakers),
    magnitudes: new Set(raw.magnitudes),
    determiners: new Set(raw.determiners),
    rateWords: new Set(raw.rateWords),
    spanWords: new Set(raw.spanWords),
    spanAttributives: new Set(raw.spanAttributives),
    sumParts: new Set(raw.sumParts),
    idiomaticAllAfter: new Set(raw.idiomaticAllAfter),
    subjectOpens: new Set(raw.subjectOpens),
    subjectHeadEnds: new Set(raw.subjectHeadEnds),
    timeSpans: new Set(raw.timeSpans.flatMap((w) => [w, `${w}s`])),
    shareFollowers: new Set(raw.shareFollowers),
    questionOpeners: new Set(raw.questionOpeners),
    lightVerbs: new Set(raw.lightVerbs),
    predicateAdverbs: new Set(raw.predicateAdverbs),
    speechVerbs: new Set(raw.speechVerbs),
    predicateModals: new Set(raw.predicateModals),
    predicatePrepositions: new Set(raw.predicatePrepositions),
    predicateBreaks: new Set(raw.predicateBreaks),
    predicateParticles: new Set(raw.predicateParticles),
    predicateSynonyms: byFirstTerm([...raw.predicateSynonyms, ...raw.verbForms], canon),
  };
  return compiled;
}

/**
 * Each group's phrases as words, listed under the term of each phrase's first word (its synonym
 * group's head, stemmed, as `termOf` gives it): a word of a claim looks its groups up by its term.
 */
function byFirstTerm(groups: string[][], canon: (w: string) => string): Map<string, string[][][]> {
  const out = new Map<string, string[][][]>();
  for (const group of groups) {
    const phrases = group.map((p) => p.split(" "));
    for (const words of phrases) {
      const term = stem(canon(words[0]));
      const listed = out.get(term) ?? [];
      if (!listed.includes(phrases)) listed.push(phrases);
      out.set(term, listed);
    }
  }
  return out;
}

/** The phrases of `table` found in `keys` (token keys of one sentence), as written in the lexicon. */
export function findPhrases(keys: readonly string[], table: Phrases): string[] {
  const found: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const phrases = table.get(keys[i]);
    if (phrases === undefined) continue;
    for (const words of phrases) {
      let k = 0;
      while (k < words.length && keys[i + k] === words[k]) k++;
      if (k === words.length) found.push(words.join(" "));
    }
  }
  return found;
}
