import { loadData } from "../data.js";
import { functionWords } from "../text/function-words.js";
import { clauseTokens, openingComma } from "./clause-walk.js";
import { monthNames } from "./dates.js";
import type { TokenView } from "./tokens.js";

type Lists = Record<
  | "quantifiers"
  | "times"
  | "datePrepositions"
  | "occasionOpeners"
  | "occasionDeterminers"
  | "occasions"
  | "pastAuxiliaries"
  | "recordWords"
  | "recordAuxiliaries"
  | "recordSubjects"
  | "passiveMarkers"
  | "adverbs"
  | "everyOpeners"
  | "everyOccasions"
  | "causalMarkers"
  | "reasonMarkers"
  | "decisions"
  | "reasonHedges"
  | "reasonBreaks"
  | "eventNouns"
  | "outcomes"
  | "outcomeVerbs"
  | "determiners"
  | "habitWords"
  | "alwaysVerbs"
  | "modals"
  | "coordinators"
  | "thingActs"
  | "thingDeterminers"
  | "collectives"
  | "objectDecisions",
  string[]
>;

interface Cues {
  quantifiers: Set<string>;
  times: string[][];
  months: Set<string>;
  datePrepositions: Set<string>;
  occasionOpeners: Set<string>;
  occasionDeterminers: Set<string>;
  occasions: Set<string>;
  pastAuxiliaries: Set<string>;
  recordWords: Set<string>;
  recordAuxiliaries: Set<string>;
  recordSubjects: Set<string>;
  passiveMarkers: Set<string>;
  adverbs: Set<string>;
  everyOpeners: Set<string>;
  everyOccasions: Set<string>;
  causalMarkers: Set<string>;
  reasonMarkers: Set<string>;
  decisions: string[][];
  reasonHedges: string[][];
  reasonBreaks: Set<string>;
  eventNouns: Set<string>;
  outcomes: Set<string>;
  outcomeVerbs: Set<string>;
  determiners: Set<string>;
  habitWords: Set<string>;
  alwaysVerbs: Set<string>;
  modals: Set<string>;
  coordinators: Set<string>;
  thingActs: Set<string>;
  thingDeterminers: Set<string>;
  collectives: Set<string>;
  objectDecisions: Set<string>;
  // Titles of persons, shared with the voice layer (voice-people.json).
  titles: Set<string>;
  givenNames: Set<string>;
  // Verb forms, shared with the clause splitter (claims-clauses.json).
  pastForms: Set<string>;
  notVerbs: Set<string>;
  auxiliaries: Set<string>;
  presentVerbs: Set<string>;
}

let cues: Cues | undefined;

function load(): Cues {
  if (!cues) {
    const l = loadData<Lists>("claims-narration.json");
    const clauses = loadData<Record<string, string[]>>("claims-clauses.json");
    cues = {
      quantifiers: new Set(l.quantifiers),
      times: l.times.map((p) => p.split(" ")),
      // "May" is also a modal: the month is read only where no modal is meant.
      months: new Set(monthNames().filter((m) => !l.modals.includes(m))),
      datePrepositions: new Set(l.datePrepositions),
      occasionOpeners: new Set(l.occasionOpeners),
      occasionDeterminers: new Set(l.occasionDeterminers),
      occasions: new Set(l.occasions),
      pastAuxiliaries: new Set(l.pastAuxiliaries),
      recordWords: new Set(l.recordWords),
      recordAuxiliaries: new Set(l.recordAuxiliaries),
      recordSubjects: new Set(l.recordSubjects),
      passiveMarkers: new Set(l.passiveMarkers),
      adverbs: new Set(l.adverbs),
      everyOpeners: new Set(l.everyOpeners),
      everyOccasions: new Set(l.everyOccasions),
      causalMarkers: new Set(l.causalMarkers),
      reasonMarkers: new Set(l.reasonMarkers),
      decisions: l.decisions.map((p) => p.split(" ")),
      reasonHedges: l.reasonHedges.map((p) => p.split(" ")),
      reasonBreaks: new Set(l.reasonBreaks),
      eventNouns: new Set(l.eventNouns),
      outcomes: new Set(l.outcomes),
      outcomeVerbs: new Set(l.outcomeVerbs),
      determiners: new Set(l.determiners),
      habitWords: new Set(l.habitWords),
      alwaysVerbs: new Set(l.alwaysVerbs),
      modals: new Set(l.modals),
      coordinators: new Set(l.coordinators),
      thingActs: new Set(l.thingActs),
      thingDeterminers: new Set(l.thingDeterminers),
      collectives: new Set(l.collectives),
      objectDecisions: new Set(l.objectDecisions),
      titles: new Set(loadData<{ titles: string[] }>("voice-people.json").titles),
      givenNames: new Set(
        Object.values(loadData<{ male: string[]; female: string[] }>("voice-given-names.json")).flat(),
      ),
      pastForms: new Set(clauses.pastForms),
      notVerbs: new Set(clauses.notVerbs),
      auxiliaries: new Set(clauses.auxiliaries),
      presentVerbs: new Set(clauses.presentVerbs),
    };
  }
  return cues;
}

// Words a clause is read for its verb, each way from the marker.
const VERB_WITHIN = 8;
// Words between "every" and the occasion it counts ("at every single one of his rallies").
const OCCASION_WITHIN = 6;
// Words an event may stand before a causal marker, or after "as a result of" ("the attack on the
// consulate, which resulted in"); an outcome after it ("resulted in the deaths of").
const EVENT_WITHIN = 10;
const OUTCOME_WITHIN = 5;

/** Phrase of `length` tokens at `i`, as its keys joined by spaces. */
const phraseAt = (v: TokenView, i: number, length: number): string =>
  Array.from({ length }, (_, k) => v.key(i + k)).join(" ");

/** A past form: an irregular past, or a word in -ed that is no noun or adjective ("hundred", "sacred"). */
function past(v: TokenView, k: number): boolean {
  const c = load();
  const key = v.key(k);
  if (v.kind(k) !== "word") return false;
  return c.pastForms.has(key) || (key.length > 3 && key.endsWith("ed") && !c.notVerbs.has(key));
}

/** An adverb that may stand inside a verb group ("has admittedly never", "never once lost"). */
function adverb(v: TokenView, k: number): boolean {
  const key = v.key(k);
  return load().adverbs.has(key) || (v.kind(k) === "word" && key.length > 4 && key.endsWith("ly"));
}

/**
 * The tense of the clause of the quantifier spanning `[i, end)`: its first verb after the
 * quantifier (a "that" ends the search: "Every study shows that the vote was rigged on Tuesday"
 * is read on "shows"), else its last verb before it ("He spent all of an hour with …"), else, when
 * the quantifier sits in a phrase set off by commas with no verb, the sentence's next verb ("The
 * fans, with all of their banners, moved on Monday"). A word in -ed right after a determiner is an
 * adjective ("every registered voter"); a modal tells no tense ("everyone who could sought
 * shelter").
 */
function pastClause(v: TokenView, i: number, end: number): boolean {
  const c = load();
  const verbAt = (k: number): "past" | "present" | undefined => {
    const key = v.key(k);
    if (c.modals.has(key)) return undefined;
    if (c.pastAuxiliaries.has(key)) return "past";
    if (c.auxiliaries.has(key) || c.presentVerbs.has(key)) return "present";
    if (past(v, k) && !c.determiners.has(v.key(k - 1))) return "past";
    return undefined;
  };
  const scan = (from: number, step: 1 | -1, acrossCommas: boolean): boolean | undefined => {
    const stopAt = (key: string) => key === "that";
    for (const k of clauseTokens(v, from, { step, words: VERB_WITHIN, stopAt, acrossCommas })) {
      const tense = verbAt(k);
      if (tense) return tense === "past";
    }
    return undefined;
  };
  return scan(end, 1, false) ?? scan(i - 1, -1, false) ?? scan(end, 1, true) ?? false;
}

// Worked out once per sentence: asked quantifier by quantifier, a long sentence of quantifiers
// would cost its length for each one.
const TIMED = new WeakMap<TokenView, boolean>();

/**
 * The sentence names a particular time or occasion: "that night", "on Tuesday", "last week",
 * "in 2014", "March 3", "at a Des Moines rally", "in the courtroom".
 */
function particularTime(v: TokenView): boolean {
  let timed = TIMED.get(v);
  if (timed === undefined) {
    timed = namesTime(v);
    TIMED.set(v, timed);
  }
  return timed;
}

function namesTime(v: TokenView): boolean {
  const c = load();
  for (let k = v.from; k < v.to; k++) {
    const key = v.key(k);
    if (c.times.some((t) => v.matches(k, t))) return true;
    const dated = c.datePrepositions.has(v.key(k - 1));
    if (c.months.has(key) && (dated || v.kind(k - 1) === "number" || v.kind(k + 1) === "number")) return true;
    if (dated && v.kind(k) === "number" && /^(?:19|20)\d\d$/.test(key)) return true;
    if (c.occasionOpeners.has(key) && c.occasionDeterminers.has(v.key(k + 1)))
      for (let m = k + 2; m <= k + 4; m++) {
        if (c.occasions.has(v.key(m))) return true;
        if (v.kind(m) !== "word") break;
      }
  }
  return false;
}

/**
 * "never" at `i`, or "always" before one of alwaysVerbs, with one person for its subject and a
 * past form after it: that person's record ("Judge Okafor has never lost a race", "she always
 * voted against it", "he was never charged"); "never" before one countable act of one thing or
 * institution is that thing's record ("the committee has never met in public", {@link thing}). A
 * plural, or an institution's conduct, generalises or characterises ("Politicians never kept their
 * promises", "the ministry has never protected"), a
 * present verb characterises ("she never tells the truth"), and "has always been" before anything
 * but a participle says what a thing is ("has always been a gem"); "always" before most verbs
 * characterises too ("he has always treated people fairly").
 */
function record(v: TokenView, i: number): boolean {
  const c = load();
  if (!c.recordWords.has(v.key(i))) return false;
  let k = i + 1;
  while (k < v.to && adverb(v, k)) k++;
  if (c.passiveMarkers.has(v.key(k))) k++;
  if (!past(v, k) || (c.habitWords.has(v.key(i)) && !c.alwaysVerbs.has(v.key(k)))) return false;
  let s = i - 1;
  while (s >= v.from && (adverb(v, s) || c.recordAuxiliaries.has(v.key(s)))) s--;
  // "He found sanctuary abroad and never returned": the second verb shares the sentence's subject.
  if (c.coordinators.has(v.key(s))) s = nameEnd(v, firstWord(v));
  s = pastAside(v, s);
  if (c.recordSubjects.has(v.key(s)) || personName(v, s)) return true;
  return v.key(i) === "never" && c.thingActs.has(v.key(k)) && thing(v, s);
}

// Words a phrase set off by commas may hold between a subject and its verb.
const ASIDE_WITHIN = 8;

/**
 * Where the subject ends when the word at `s` closes a phrase set off by commas ("The bill, opposed
 * by the harbour board, never became law", "Okafor, as shrewd as she is, never ran"): the word
 * before its opening comma; else `s`.
 */
function pastAside(v: TokenView, s: number): number {
  if (v.key(s) !== ",") return s;
  const opening = openingComma(v, s - 1, ASIDE_WITHIN);
  return opening < 0 ? s : opening - 1;
}

// Words of a noun phrase between its determiner and its head ("the Brenton harbour committee").
const THING_WITHIN = 3;

/**
 * The word at `s` ends the name of one thing or institution: "it", or a singular noun after one of
 * thingDeterminers with at most {@link THING_WITHIN} words between ("the committee", "its share
 * price", "the U.S."), none of them a function word; a plural or a class of people ("the press")
 * is left.
 */
function thing(v: TokenView, s: number): boolean {
  const c = load();
  const head = v.key(s);
  if (head === "it") return true;
  const acronym = dottedAcronym(v, s);
  if (acronym >= 0) return c.thingDeterminers.has(v.key(acronym - 1));
  if (v.kind(s) !== "word" || functionWords().has(head) || c.collectives.has(head) || /[^su]s$/.test(head))
    return false;
  for (let k = s - 1; k >= v.from && k >= s - THING_WITHIN; k--) {
    const key = v.key(k);
    if (c.thingDeterminers.has(key)) return true;
    if (v.kind(k) !== "word" || functionWords().has(key) || c.collectives.has(key)) return false;
  }
  return false;
}

/**
 * Where a name in dotted capitals ending at `s` opens ("U.S.", "U.N.": the tokens "U", ".", "S",
 * "."), or -1: an acronym, one body, as "the CIA" is.
 */
function dottedAcronym(v: TokenView, s: number): number {
  let k = s;
  let letters = 0;
  while (k - 1 >= v.from && v.key(k) === "." && /^\p{Lu}$/u.test(v.raw(k - 1))) {
    letters++;
    k -= 2;
  }
  return letters >= 2 ? k + 1 : -1;
}

/** The first word of the sentence, or -1. */
function firstWord(v: TokenView): number {
  for (let k = v.from; k < v.to; k++) if (v.kind(k) === "word") return k;
  return -1;
}

/** The last of the capitalised words from `k` on ("Dana Okafor" from "Dana"), or `k`. */
function nameEnd(v: TokenView, k: number): number {
  while (k >= 0 && v.capitalized(k) && v.kind(k + 1) === "word" && v.capitalized(k + 1)) k++;
  return k;
}

// The surnames each document gives in full after a given name ("Dana Okafor"), by token store.
const surnamesOf = new WeakMap<TokenView["store"], Set<string>>();

/**
 * The keys of the words a document writes after a given name of `data/voice-given-names.json`
 * ("Dana Okafor" gives "okafor"), read once per document: such a word alone names that person
 * later ("Okafor never won"), where a country or a god ("China", "God") never follows a given name.
 */
function surnames(v: TokenView): Set<string> {
  let out = surnamesOf.get(v.store);
  if (!out) {
    out = new Set();
    const { givenNames } = load();
    const store = v.store;
    for (let k = 1; k < store.length; k++) {
      if (store.kind(k) !== "word" || store.kind(k - 1) !== "word" || !givenNames.has(store.key(k - 1)))
        continue;
      const first = store.text(v.text, k - 1);
      const last = store.text(v.text, k);
      if (isCapital(first) && isCapital(last) && last !== last.toUpperCase()) out.add(store.key(k));
    }
    surnamesOf.set(v.store, out);
  }
  return out;
}

const isCapital = (w: string): boolean => w[0] !== w[0].toLowerCase();

/**
 * The word at `s` ends a person's name: two capitalised words or more ("Judge Okafor", "Dana
 * Okafor"), one after a title ("Mr. Okafor"), or a surname alone that the document gives in full
 * elsewhere ({@link surnames}), with no article before them ("the Supreme Court" is an
 * institution); a name in capitals is an acronym's ("the GOP", "CIA"). Any other word alone
 * ("China never …", "God never …") is left: it may name a country or a god.
 */
function personName(v: TokenView, s: number): boolean {
  const c = load();
  const name = (k: number) =>
    v.kind(k) === "word" &&
    v.capitalized(k) &&
    v.raw(k) !== v.raw(k).toUpperCase() &&
    !functionWords().has(v.key(k));
  if (!name(s)) return false;
  let k = s;
  while (k - 1 >= v.from && name(k - 1)) k--;
  const titled = c.titles.has(v.key(k - 1)) || (v.key(k - 1) === "." && c.titles.has(v.key(k - 2)));
  return titled || (!c.determiners.has(v.key(k - 1)) && (s > k || surnames(v).has(v.key(s))));
}

/**
 * "every" at `i` counts the occasions of a tour or a campaign: "at every stop on the tour",
 * "after every sentence of the speech", "at every single one of his rallies".
 */
function everyOccasion(v: TokenView, i: number): boolean {
  const c = load();
  if (v.key(i) !== "every" || !c.everyOpeners.has(v.key(i - 1))) return false;
  for (let k = i + 1, seen = 0; k < v.to && seen < OCCASION_WITHIN; k++) {
    if (v.kind(k) !== "word") return false;
    if (c.everyOccasions.has(v.key(k))) return true;
    seen++;
  }
  return false;
}

/**
 * The causal marker at `i` narrates what an event brought about: an event before it and an
 * outcome after it ("the storm caused the bridge to close", "the attack on the consulate, which
 * resulted in the deaths of four guards"), or an outcome before a cause that is an event ("Four
 * guards died as a result of the attack"). A cause the author argues stays one ("the policy
 * resulted in the deaths of thousands", "this proves the levy caused the closures").
 */
function eventOutcome(v: TokenView, i: number, length: number): boolean {
  const c = load();
  const within = (from: number, step: 1 | -1, words: number, set: Set<string>, acrossCommas: boolean) => {
    for (const k of clauseTokens(v, from, { step, words, acrossCommas })) if (set.has(v.key(k))) return true;
    return false;
  };
  if (within(i + length, 1, OUTCOME_WITHIN, c.outcomes, false))
    return within(i - 1, -1, EVENT_WITHIN, c.eventNouns, true);
  return (
    within(i - 1, -1, 2, c.outcomeVerbs, false) && within(i + length, 1, OUTCOME_WITHIN, c.eventNouns, false)
  );
}

// Words a decision may stand before the reason it gives ("sought to put a donor in touch with the
// ambassador to Lebanon because of …").
const REASON_WITHIN = 14;

/** One of decisions starts at `k` ("turned it down": "*" is any one word) and ends before `end`. */
function decisionAt(v: TokenView, k: number, end: number): boolean {
  return load().decisions.some(
    (p) =>
      k + p.length <= end && p.every((w, j) => (w === "*" ? v.kind(k + j) === "word" : v.key(k + j) === w)),
  );
}

/**
 * One of objectDecisions at `k` is a verb with its object before the reason at `end` ("the company
 * cut 300 jobs because of …", "cut its forecast due to …"): a number, a determiner or a word that
 * is no function word or verb follows it. Right before the reason, or before a preposition or a
 * verb, it is a noun ("a tax cut because of …", "cuts for the rich due to …", "tax cuts hurt towns
 * because of …").
 */
function objectDecision(v: TokenView, k: number, end: number): boolean {
  const c = load();
  if (!c.objectDecisions.has(v.key(k)) || k + 1 >= end) return false;
  const next = v.key(k + 1);
  if (v.kind(k + 1) === "number") return true;
  if (v.kind(k + 1) !== "word") return false;
  if (c.determiners.has(next)) return next !== "of";
  const verb = c.auxiliaries.has(next) || c.presentVerbs.has(next) || past(v, k + 1) || c.modals.has(next);
  return !functionWords().has(next) && !verb;
}

/**
 * The reason marker at `i` gives the reason an actor acted for: one of decisions stands before it
 * in its clause, no other verb between ("Nelson voted against the package because of its riders",
 * "resigned as chairman, in part because of the reports", "they turned it down due to the cost").
 * The reason is the actor's, which news narrates; what befalls a thing keeps the cause the author
 * gives it ("prices rose because of the tariff"), and so does a decision in a clause of its own
 * before another verb ("they voted and prices rose because of the tariff").
 */
function actorReason(v: TokenView, i: number, length: number): boolean {
  const c = load();
  if (!c.reasonMarkers.has(phraseAt(v, i, length))) return false;
  let k = i - 1;
  const hedge = c.reasonHedges.find((h) => v.matches(k - h.length + 1, h));
  if (hedge) k -= hedge.length;
  if (hedge && v.key(k) === ",") k--;
  const stopAt = (key: string) => c.reasonBreaks.has(key) || c.modals.has(key);
  for (const m of clauseTokens(v, k, { step: -1, words: REASON_WITHIN, stopAt })) {
    const key = v.key(m);
    // "the travel ban", "a decline": a noun, not the verb of a decision.
    if ((decisionAt(v, m, i) || objectDecision(v, m, i)) && !c.determiners.has(v.key(m - 1))) return true;
    // "to be president", "to put", "mosquito-borne": an infinitive or an adjective, not the
    // verb of another clause.
    const finite = v.key(m - 1) !== "to" && v.key(m - 1) !== "-";
    if (finite && (c.auxiliaries.has(key) || c.presentVerbs.has(key) || past(v, m))) return false;
  }
  return false;
}

/**
 * True when the sweeping or causal phrase of `length` tokens at `i` narrates a particular episode
 * or one subject's record rather than generalising or arguing a cause: a quantifier in a
 * past-tense clause of a sentence that names a time or an occasion ("Every witness was questioned
 * on Tuesday", "He never returned to the house after that night"), one person's record ("Okafor
 * has always voted against the bill"), the occasions of a tour ("at every stop he repeated the
 * line"), an event's outcome ("the storm caused the bridge to close") or the reason an actor acted
 * for ({@link actorReason}: "Nelson voted against the package because of its riders"). News narrates in the
 * author's voice; none of these is a claim a source should be shown to back.
 */
export function narrates(v: TokenView, i: number, length: number, kind: "sweeping" | "causal"): boolean {
  const c = load();
  const phrase = phraseAt(v, i, length);
  if (kind === "causal")
    return (c.causalMarkers.has(phrase) && eventOutcome(v, i, length)) || actorReason(v, i, length);
  if (!c.quantifiers.has(phrase)) return false;
  if (record(v, i) || everyOccasion(v, i)) return true;
  return particularTime(v) && pastClause(v, i, i + length);
}
