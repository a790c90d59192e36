import { boundsApart, convertible, inUnit } from "../claims/amounts.js";
import { roundingOf } from "../claims/rounding.js";
import type { Quantity } from "../claims/types.js";
import { figureAt, modalOverBound, startsPhrase } from "./figure-bounds.js";
import { findPhrases, type Negation, type Phrases, type SupportLexicon, supportLexicon } from "./lexicon.js";
import { matchRating } from "./predicate.js";
import { anaphors, type Candidate, familyOf, sharedTerms } from "./retrieve.js";
import { shareOfSum } from "./share-of-sum.js";
import { spreadOver } from "./spread.js";
import { type Passage, termOf } from "./terms.js";
import { timeLimited } from "./time-limits.js";
import type { SupportStatus } from "./types.js";

/** A rating of a claim against one passage, with the one-line reason. */
export interface PassageRating {
  status: SupportStatus;
  reason: string;
  /** Which rule decided: 'quantity', 'negation', 'denial', 'roles', 'direction', 'ordinal', 'reference', 'tally', 'evaluation', 'scale', 'stage', 'hedge', 'quantifier', 'causation', 'degree', 'match', 'no-passage'. */
  rule: string;
}

/**
 * A passage speaks of the claim when it holds at least this share of the claim's content terms
 * and at least {@link MIN_SHARED} of them. Tuned on the tune part of fixtures/support.
 */
export const MIN_COVERAGE = 0.5;
/** A passage sharing a name or figure with the claim speaks of it from this share of terms. */
export const ANCHORED_COVERAGE = 0.34;
/** Fewest content terms a passage must share with a claim to speak of it. */
export const MIN_SHARED = 2;

/**
 * True when the candidate passage speaks of the claim at all. Below {@link MIN_COVERAGE} a shared
 * name lets in a passage with fewer of the claim's words, but those words must still be
 * {@link MIN_SHARED} besides the names: "The Vatican presents a choice: the world, or Christ"
 * shares only "Christ" and "world" with a line on holding aloof from the world, and a garbled
 * line naming the CIA and the JFK records shares only those names and "secret" with another
 * sentence about them. Such a passage speaks of the same actors, not of what the claim says of
 * them (seen on PTC train articles read as a new user). A name of two words both sentences write
 * ("Grey Lantern") is one actor named in full, and anchors the passage as a figure does.
 */
export function relevant(claim: Passage, c: Candidate, lex: SupportLexicon = supportLexicon()): boolean {
  const shared = Math.round(c.coverage * claim.terms.size);
  if (shared < MIN_SHARED) return false;
  if (c.coverage >= MIN_COVERAGE) return true;
  if (c.coverage < ANCHORED_COVERAGE || c.anchors === 0) return false;
  if (c.passage.numbers.size > 0 && [...claim.numbers].some((n) => c.passage.numbers.has(n))) return true;
  if (fullNameShared(claim, c.passage, lex)) return true;
  const names = new Set([...claim.names].map((n) => termOf(n, lex)));
  const words = new Set([...claim.terms].filter((t) => !names.has(t)));
  return sharedTerms(words, c.passage) >= MIN_SHARED;
}

/** Two adjacent names of the claim, neither a function word, that the passage writes as names too. */
function fullNameShared(claim: Passage, passage: Passage, lex: SupportLexicon): boolean {
  const name = (k: string) => claim.names.has(k) && passage.names.has(k) && !lex.functionWords.has(k);
  for (let i = 0; i + 1 < claim.keys.length; i++)
    if (name(claim.keys[i]) && name(claim.keys[i + 1])) return true;
  return false;
}

const quote = (s: string) => `"${s}"`;
/** The reason of a rule that finds the claim saying one word where the source says another. */
const claimSaysWhere = (claimWord: string, sourceWord: string) =>
  `the claim says ${quote(claimWord)} where the source says ${quote(sourceWord)}`;

/** How many content words after a negator it governs: the predicate and its object ("not affected", "no evidence of sabotage"). */
export const GOVERNED_WORDS = 2;

/**
 * The content terms a negator at `i` (of `len` words) governs: the first {@link GOVERNED_WORDS}
 * content words after it in its clause ("was not affected", "no evidence of sabotage", "nobody was
 * injured"), as many again after a "that" they take ("did not show that X causes Y"), and, for a negator that stands for a noun phrase ("offered nothing", "fired nobody"),
 * the verb right before it in its conjunct.
 */
function governed(
  p: Passage,
  i: number,
  len: number,
  lex: SupportLexicon,
  words = GOVERNED_WORDS,
  other?: Passage,
): string[] {
  const keys = p.keys;
  const content = (key: string) =>
    /\p{L}|\p{N}/u.test(key) &&
    !lex.functionWords.has(key) &&
    !lex.reporting.has(key) &&
    !lex.negators.has(key) &&
    !lex.privatives.has(key) &&
    // "had not found any breach of the law": the negation reaches past "any" to the breach.
    !lex.negatedDeterminers.has(key);
  // A verb's negator ("isn't bothered by the plan", "didn't sign the letter") negates its predicate:
  // a claim that shares only the object ("backed the plan") is not what it denies. "No" and the
  // negative pronouns negate a noun phrase, whose object ("no evidence of fraud") counts.
  const verbal = isVerbalNegator(keys[i + len - 1], lex);
  // "Hitler did not annihilate the Jews only", "did not act alone": the negator denies the
  // restriction, and the act is affirmed (seen on a PTC train article).
  if (verbal)
    for (let k = i + len; k < keys.length && !lex.clauseEnds.has(keys[k]); k++)
      if (lex.restrictives.has(keys[k])) return [];
  // "will open all year instead of only in winter": the alternative set aside is the restriction,
  // and the shelter still opens in winter.
  if (lex.restrictives.has(keys[i + len] ?? "") && lex.alternatives.has(keys.slice(i, i + len).join(" ")))
    return [];
  let out: string[] = [];
  let clause = -1;
  let predicate = "";
  let budget = words;
  let planned = false;
  // "None of the seven night-shift staff will lose their jobs", "Neither of the men was named": a
  // negative pronoun that takes a part of a noun phrase negates the predicate after that phrase,
  // not the staff it names.
  const partitive = (lex.negativePronouns.has(keys[i]) || keys[i] === "neither") && keys[i + len] === "of";
  const from = partitive ? predicateOf(keys, i + len + 1, lex) : i + len;
  // "did not concede that Australia was a country": the claim's one governed word is the
  // predicate, and the "that" right after it still opens the clause that is denied.
  for (
    let k = from;
    k < keys.length && !lex.clauseEnds.has(keys[k]) && (budget > 0 || keys[k] === "that");
    k++
  ) {
    // "never anticipated that 29% would vote for him": what was not expected is not denied.
    if (keys[k] === "that" && out.length > 0 && lex.expectations.has(predicate)) break;
    // "did not establish that screens cause poor sleep": what is not established is the clause.
    if (keys[k] === "that" && out.length > 0) {
      budget = words;
      clause = out.length;
      // "did not find that the closure of the court in 2022 had a measurable effect": the clause's
      // subject is taken as given and its predicate is denied, so the words a verb's negator
      // governs start after the clause's auxiliary when one follows its subject ("that the
      // building was unsafe"). A denial ("debunked a rumour that a bomb had been found") denies
      // the whole clause, its subject included.
      if (verbal) k = predicateOf(keys, k + 1, lex) - 1;
    } else if (out.length === 0 && !planned && lex.plans.has(keys[k])) {
      // "was not considering stripping Coastline of its franchise", "has no plans at present to
      // bring the service in-house": what is denied is the act the plan word names, its verb
      // (the first word after a "to" within three words), not the act's object ("no plans to
      // abandon the coast road" denies nothing of "would move the coast road inland").
      planned = true;
      const to = keys.slice(k + 1, k + 4).indexOf("to");
      if (to >= 0) k += to + 1;
    } else if (
      content(keys[k]) &&
      !(
        verbal &&
        out.length === 0 &&
        (MANNER.test(keys[k]) ||
          lex.negatedAdverbs.has(keys[k]) ||
          // "will not need to re-register" denies re-registering, as "will not have to" does.
          (lex.needTo.has(keys[k]) && keys[k + 1] === "to"))
      )
    ) {
      if (out.length === 0) predicate = keys[k];
      out.push(termOf(keys[k], lex));
      budget--;
    }
  }
  // "Energy prices were not a factor in the December figures" against "High energy prices drove
  // the December figures": a denied cause of a thing denies a claim of another cause of it.
  const deniedCause =
    other !== undefined && startsPhrase([predicate], 0, lex.causal) && has(other.keys, lex.causal).length > 0;
  // A negated plan denies its act alone, whatever the negator.
  if (planned) out = out.slice(0, 1);
  // "did not find that the building was unsafe": what is denied is the clause, not the finding, so
  // "they found two fire doors missing" shares nothing it denies.
  // "I can't promise that.": a "that" with no word after it in its clause is the object, a
  // pronoun, so the predicate before it is what is denied.
  else if (verbal && !deniedCause)
    out = clause > 0 && clause < out.length ? out.slice(clause) : out.slice(0, 1);
  if (lex.negativePronouns.has(keys[i]) && !partitive)
    for (let k = i - 1; k >= 0 && !lex.conjunctEnds.has(keys[k]); k--)
      if (content(keys[k])) {
        out.push(termOf(keys[k], lex));
        break;
      }
  return out;
}

/**
 * Where the predicate of a "that" clause opening at `from` starts: right after its first
 * auxiliary when a content word (its subject) comes before it, else `from` (no auxiliary read, so
 * the subject may be the predicate's first word: "that screens cause poor sleep").
 */
function predicateOf(keys: readonly string[], from: number, lex: SupportLexicon): number {
  let subject = false;
  for (let k = from; k < keys.length && !lex.clauseEnds.has(keys[k]); k++) {
    if (lex.auxiliaries.has(keys[k])) return subject ? k + 1 : from;
    if (/\p{L}|\p{N}/u.test(keys[k]) && !lex.functionWords.has(keys[k])) subject = true;
  }
  return from;
}

/** True when a sentence holds a negator or an implicit one. */
function negates(keys: string[], lex: SupportLexicon): boolean {
  return has(keys, lex.negators).length > 0 || has(keys, lex.implicitNegators).length > 0;
}

/** An adverb of manner or degree between a negator and its predicate ("did not fully recover"). */
const MANNER = /^\p{L}{3,}ly$/u;

/** A negator of a verb phrase: "not", "never", "cannot", "didn't"; not "no", "nor" or "nothing". */
function isVerbalNegator(key: string, lex: SupportLexicon): boolean {
  return (
    !lex.negativePronouns.has(key) &&
    (key === "not" || key === "never" || key === "cannot" || key.endsWith("n't"))
  );
}

/**
 * The negators and denials of a sentence. A negator counts only when what it negates is something
 * both sentences speak of: a term it governs (see {@link governed}) that the other sentence shares.
 * "Managers were warned twice and did nothing" adds a clause the source lacks, and "the board found
 * no evidence of fraud in the depot" denies nothing about a depot claim that speaks of its roof. A
 * negator inside a hedge ("have not ruled out") weakens rather than denies. A denial ("denied",
 * "ruled out") denies the whole statement it reports and always counts. `reach` is how many content
 * words a negator governs: the claim, which the passage must speak of, gives 1 (its predicate: "not
 * used to the clinics" is not denied by a passage that speaks only of the clinics); a passage, which
 * may say more, gives {@link GOVERNED_WORDS}. Each result also gives the terms its counted negators
 * negate, those its denials deny and those a privative ("without") says are absent.
 */
function polarity(
  p: Passage,
  other: Passage,
  lex: SupportLexicon,
  reach = GOVERNED_WORDS,
): {
  flips: string[];
  denial: string | undefined;
  negated: Set<string>;
  denied: Set<string>;
  absent: Set<string>;
  unshared: number;
  /** An implicit negator of the claim whose verb the passage, which negates nothing, lacks. */
  unmet: string | undefined;
} {
  const keys = p.keys;
  // "not ruled out", "not statistically significant": the negator is part of a hedge or condition.
  // Read only when the passage has a negation: most have none.
  let maskedAt: boolean | undefined;
  const masked = () =>
    (maskedAt ??= [...findPhrases(keys, lex.hedges), ...findPhrases(keys, lex.conditions)].some(
      (h) => h.includes(" ") && h.split(" ").some((w) => lex.negators.has(w)),
    ));
  // Read only when the passage has a negation, as the mask is.
  let speaker: Set<string> | undefined;
  const sharedOf = (i: number, len: number, reach: number) => {
    speaker ??= speakerOnly(other, lex);
    return governed(p, i, len, lex, reach, other).filter(
      (t) => (other.terms.has(t) || nounOfVerb(t, other)) && p.terms.has(t) && !speaker?.has(t),
    );
  };
  const flips: string[] = [];
  const negated = new Set<string>();
  const denied = new Set<string>();
  // "let the flats without the licence" states the absence "had no licence" negates.
  const absent = new Set<string>();
  const reading: NegationReading = {
    flips,
    denial: undefined,
    negated,
    denied,
    unshared: 0,
    unmet: undefined,
    masked,
    sharedOf,
  };
  for (let i = 0; i < keys.length; i++) {
    if (lex.privatives.has(keys[i])) for (const t of sharedOf(i, 1, GOVERNED_WORDS)) absent.add(t);
    const negations = lex.negations.get(keys[i]);
    if (negations !== undefined)
      for (const { words, kind } of negations) {
        if (!words.every((w, k) => keys[i + k] === w)) continue;
        readNegation(reading, p, other, lex, reach, i, words, kind);
      }
    // "the payment was too low to cover the treatment" says it did not cover it: an excess word,
    // one word and "to" negate the verb phrase after them, as "did not cover the treatment" does.
    // "too early to say whether" is a hedge, which denies nothing.
    if (
      lex.excessives.has(keys[i]) &&
      keys[i + 2] === "to" &&
      /^\p{L}+$/u.test(keys[i + 1] ?? "") &&
      !startsPhrase(keys, i, lex.hedges)
    ) {
      const shared = sharedOf(i, 3, GOVERNED_WORDS);
      if (shared.length === 0) reading.unshared++;
      else {
        for (const t of shared) negated.add(t);
        flips.push(keys.slice(i, i + 3).join(" "));
      }
    }
  }
  const { denial, unshared, unmet } = reading;
  return { flips, denial, negated, denied, absent, unshared, unmet };
}

/** Words after "could not" within which a "that", "whether" or "if" makes it an inability to know. */
const INABILITY_REACH = 3;

/** Suffixes that make a noun of a verb: "agreement" of "agree", "objection" of "object". */
const NOUN_SUFFIXES = /(?:ment|ion)$/;

/** The shortest a verb left by {@link NOUN_SUFFIXES} may be ("agree", "object"). */
const MIN_VERB = 4;

/** The derivational family of a term read as a verb: the verb a noun in -ment or -ion is made of. */
function verbFamily(term: string): string {
  const verb = term.replace(NOUN_SUFFIXES, "");
  return familyOf(verb.length >= MIN_VERB && verb !== term ? termOf(verb) : term);
}

/**
 * True when `t`, a term a negation governs, is the noun of a verb the other sentence holds, or the
 * verb of such a noun (issue #17, after held-out 17): "has raised no objection" denies "objected to
 * the plans", "no agreement has been reached" denies "has agreed to reopen it". The rating rules
 * read each word as written, so the two are no shared term unless the noun's suffix is set aside.
 */
function nounOfVerb(t: string, other: Passage): boolean {
  const f = verbFamily(t);
  const noun = NOUN_SUFFIXES.test(t);
  for (const u of other.terms) if (NOUN_SUFFIXES.test(u) !== noun && verbFamily(u) === f) return true;
  return false;
}

/** Most words of the speaker's name in an attribution that closes a sentence ("…, the borough council announced"). */
const SPEAKER_WORDS = 4;

/** Most words after the reporting verb of that attribution, to the sentence's end ("on Tuesday"). */
const AFTER_SPEAKER = 3;

/**
 * The terms a sentence holds only in the name of its speaker, in an attribution that closes it
 * after a comma ("…, the borough council announced on Tuesday"): who says a thing is not part of
 * what is said, so a negation of the other sentence that meets only these ("run by a trust rather
 * than by the council") denies nothing the sentence states. A reporting word elsewhere ("the
 * autopsy report of …") names no speaker.
 */
function speakerOnly(p: Passage, lex: SupportLexicon): Set<string> {
  const out = new Set<string>();
  const keys = p.keys;
  let end = keys.length;
  while (end > 0 && !/[\p{L}\p{N}]/u.test(keys[end - 1])) end--;
  const comma = keys.lastIndexOf(",", end - 1);
  if (comma < 0) return out;
  for (let k = comma + 2; k <= comma + 1 + SPEAKER_WORDS && k < end; k++) {
    if (!speakerEndsAt(keys, k, lex)) continue;
    if (end - (k + 1) > AFTER_SPEAKER) return out;
    for (let j = comma + 1; j < k; j++) out.add(termOf(keys[j], lex));
    for (let j = 0; j < keys.length; j++) if (j <= comma || j >= k) out.delete(termOf(keys[j], lex));
    return out;
  }
  return out;
}

/** What {@link polarity} has read of a passage so far, and the two readings it asks of its words. */
interface NegationReading {
  flips: string[];
  denial: string | undefined;
  negated: Set<string>;
  denied: Set<string>;
  unshared: number;
  unmet: string | undefined;
  /** Whether the passage's negator is part of a hedge or condition ("not ruled out"). */
  masked: () => boolean;
  /** The terms both passages have of those the words at `i` (of `len`) govern, `reach` of them. */
  sharedOf: (i: number, len: number, reach: number) => string[];
}

/**
 * One negator or denial `words` (of `kind`) found at key `i` of `p`, read into `r` as
 * {@link polarity} describes. Apart from the scan for them, which runs on every passage rated,
 * while this runs only where one is found: compiled with the scan, its rarely taken branches sent
 * the optimized scan back to be compiled again (4 compilations of about 60 ms each on the 1 MB pair).
 */
function readNegation(
  r: NegationReading,
  p: Passage,
  other: Passage,
  lex: SupportLexicon,
  reach: number,
  i: number,
  words: readonly string[],
  kind: Negation["kind"],
): void {
  const keys = p.keys;
  const isDenial = kind === "denial";
  if ((keys[i] === "not" || (isDenial && keys[i - 1] === "not")) && r.masked()) return;
  // "a larger fall cannot be ruled out": a denial under a negator is a possibility left open.
  if (isDenial && negatedAt(keys, i, lex)) return;
  // "whether or not he acted alone", "like it or not": an alternative, not a denial.
  if (!isDenial && keys[i - 1] === "or") return;
  // "would not exceed 35 decibels" sets a limit ("under 35"); it denies nothing.
  if (!isDenial && startsPhrase(keys, i, lex.bounds)) return;
  if (!isDenial && boundedComparison(keys, i, other.keys, lex)) return;
  if (refusesToSpeak(keys, i + words.length, lex, kind === "negator")) return;
  // "would continue to be denied access to the market", "was denied bail": a passive with an
  // object refuses that object, as "no access" does; it denies no statement, and negates
  // only the object it refuses.
  if (
    isDenial &&
    lex.refusals.has(words.join(" ")) &&
    lex.passiveForms.has(keys[i - 1]) &&
    /^\p{L}/u.test(keys[i + 1] ?? "") &&
    keys[i + 1] !== "by"
  ) {
    const shared = r.sharedOf(i, words.length, 1);
    if (shared.length === 0) r.unshared++;
    else {
      for (const t of shared) r.negated.add(t);
      r.flips.push(words.join(" "));
    }
    return;
  }
  // "Marlowe Freight, which leases the warehouse, denied that it had received any threats"
  // against "The warehouse is leased by Marlowe Freight": the claim's denial denies what it
  // reports, which the passage does not speak of, so it is no opposite of the passage.
  // The same in the passage, unless the denial points back to what it denies ("but the
  // council denied it") or its denier is the claim's ("Pellew denied acting deliberately"
  // against "Pellew let the flats knowing …"): "… refuses this Gospel, do not receive him"
  // denies nothing of a headline on Islam that shares none of its words (a PTC train article).
  if (
    isDenial &&
    reach !== 1 &&
    r.sharedOf(i, words.length, GOVERNED_WORDS).length === 0 &&
    !(
      anaphors().has(keys[i + words.length] ?? "") &&
      (keys[i + words.length + 1] === undefined || lex.clauseEnds.has(keys[i + words.length + 1]))
    ) &&
    !clauseBefore(keys, i, lex).some((k) => other.terms.has(termOf(k, lex)))
  ) {
    r.unshared++;
    return;
  }
  if (isDenial && reach === 1 && r.sharedOf(i, words.length, GOVERNED_WORDS).length === 0) {
    r.unshared++;
    return;
  }
  if (isDenial) {
    for (const t of governed(p, i, words.length, lex, GOVERNED_WORDS)) r.denied.add(t);
    r.flips.push(words.join(" "));
    r.denial ??= words.join(" ");
    return;
  }
  if (kind === "negator" && inRelativeClause(keys, i, lex)) return;
  // Only where the other sentence negates nothing: read in one sentence and not in the other, the
  // limit would leave the other's negator unmatched.
  if (kind === "negator" && !negates(other.keys, lex) && timeLimited(keys, i, lex)) return;
  // "used the bus instead of the car" against "used the bus in place of a car journey": both set
  // the same thing aside, so neither denies what the other states.
  if (kind === "negator" && sameAlternative(p, i, words.length, other, lex)) return;
  // "Never before has the river risen so high": a record, which says the rise happened.
  if (keys[i] === "never" && keys[i + 1] === "before") return;
  // "The depot is no longer used for storage" says it was before: no denial of "The depot
  // was used for storage until 2020", a claim about the past.
  if (keys[i] === "no" && keys[i + 1] === "longer" && other.keys.some((k) => lex.pastMarkers.has(k))) return;
  // "park for nothing", "worked for nothing": a price or a purpose, no denial of the verb.
  if (kind === "negator" && keys[i - 1] === "for" && lex.negativePronouns.has(keys[i])) return;
  // "stopped short of calling the building unsafe" negates a verb phrase and its object, in
  // the claim as in the passage: the one word after it is the verb of the judgement, not
  // what is judged.
  const shared = r.sharedOf(i, words.length, kind === "implicit" ? GOVERNED_WORDS : reach);
  // "failed to consult the users before …" against "The users challenged the decision": in
  // the claim, an implicit negator whose verb the passage lacks shares only its object, which
  // can meet a negation of the passage ("stopped short of calling the roof unsafe" / "did not
  // find that the roof was unsafe") but by itself denies nothing the passage states.
  if (
    kind === "implicit" &&
    reach === 1 &&
    shared.length > 0 &&
    !shared.includes(governed(p, i, words.length, lex, 1, other)[0] ?? "") &&
    !negates(other.keys, lex)
  ) {
    r.unmet ??= words.join(" ");
    return;
  }
  if (
    shared.length === 0 ||
    (kind === "negator" && reach === 1 && otherObject(p, i, words.length, other, lex))
  ) {
    r.unshared++;
    return;
  }
  for (const t of shared) r.negated.add(t);
  r.flips.push(words.join(" "));
}

/**
 * True when the alternative negator at `i` (of `len` words: "instead of", "rather than") sets aside
 * a word that an alternative of the other sentence sets aside too (`alternatives`, which also
 * holds the phrases that are no negator elsewhere: "in place of"), issue #17 after held-out 16:
 * "used Pedlar instead of the car" agrees with "used Pedlar in place of a car journey". Two
 * alternatives that set aside different things ("by a panel rather than by councillors" against
 * "by councillors rather than by a panel") are still read.
 */
function sameAlternative(p: Passage, i: number, len: number, other: Passage, lex: SupportLexicon): boolean {
  if (!lex.alternatives.has(p.keys.slice(i, i + len).join(" "))) return false;
  const mine = new Set(governed(p, i, len, lex));
  if (mine.size === 0) return false;
  const ok = other.keys;
  for (const alt of lex.alternatives) {
    const words = alt.split(" ");
    for (let j = 0; j + words.length <= ok.length; j++)
      if (
        words.every((w, k) => ok[j + k] === w) &&
        governed(other, j, words.length, lex).some((t) => mine.has(t))
      )
        return true;
  }
  return false;
}

/** The words of the clause before `i`, back to the last clause end. */
function clauseBefore(keys: readonly string[], i: number, lex: SupportLexicon): string[] {
  let k = i;
  while (k > 0 && !lex.clauseEnds.has(keys[k - 1])) k--;
  return keys.slice(k, i);
}

/**
 * True when the clause a negator opens as its subject ends on a comparison ("No member pays more than the
 * fee the committee sets"): the negator and the comparison set a bound, "at most the fee", which
 * denies nothing of a sentence that makes no comparison of its own ("All members pay the same
 * fee"). Against one that does ("The clerk pays more than the fee") it is still a denial.
 */
function boundedComparison(
  keys: readonly string[],
  i: number,
  other: readonly string[],
  lex: SupportLexicon,
): boolean {
  // Only a negator that opens its clause as its subject ("No member …"): "has had no spill for
  // more than a year" and "did not run for more than an hour" say how long, and deny.
  if (isVerbalNegator(keys[i], lex)) return false;
  if (i > 0 && !lex.clauseEnds.has(keys[i - 1]) && !lex.coordinators.has(keys[i - 1])) return false;
  let k = i + 1;
  while (k < keys.length && !lex.clauseEnds.has(keys[k])) k++;
  if (keys[k] !== "than" || !lex.differenceMarkers.has(keys[k - 1] ?? "")) return false;
  return !other.some((w, n) => w === "than" && lex.differenceMarkers.has(other[n - 1] ?? ""));
}

/**
 * True when a word of the claim's subject (its words before its first auxiliary, "the Tolworth
 * council has"; with none, its first content word, "the review recommends") stands in the passage
 * before the passage's first negator or denial, in its clause ("The council has not decided …"):
 * the passage denies something of the claim's subject.
 */
export function deniesOfSubject(claim: Passage, passage: Passage, lex: SupportLexicon): boolean {
  const content = (k: string) => /^\p{L}/u.test(k) && !lex.functionWords.has(k);
  const aux = claim.keys.findIndex((k) => lex.auxiliaries.has(k));
  const before = aux > 0 ? claim.keys.slice(0, aux).filter(content) : [];
  const head = claim.keys.find(content);
  const subject = new Set((before.length > 0 ? before : head ? [head] : []).map((k) => termOf(k, lex)));
  const keys = passage.keys;
  let clauseStart = 0;
  for (let k = 0; k < keys.length; k++) {
    if (CLAUSE_BREAKS.has(keys[k])) clauseStart = k + 1;
    if (lex.negations.has(keys[k]))
      return keys.slice(clauseStart, k).some((w) => subject.has(termOf(w, lex)));
  }
  return false;
}

/**
 * Punctuation that ends a clause before a negator: its subject is after it. Punctuation the
 * tokenizer fixes, not words a reader could extend, so it stays out of the lexicon.
 */
const CLAUSE_BREAKS = new Set([",", ";", ":"]);

/**
 * True when the claim's verb a negator at `i` (of `len` words) negates has a named object, and the
 * passage gives that verb only with a pronoun for object: "the willingness to not prosecute
 * Hillary Clinton" against "overzealous in prosecuting him …, while going easy on … Clinton"
 * negates the prosecution of another person than the one the passage's verb prosecutes.
 */
function otherObject(claim: Passage, i: number, len: number, passage: Passage, lex: SupportLexicon): boolean {
  if (!isVerbalNegator(claim.keys[i + len - 1], lex)) return false;
  const content = (key: string) =>
    /\p{L}/u.test(key) &&
    !lex.functionWords.has(key) &&
    !lex.negators.has(key) &&
    !lex.privatives.has(key) &&
    !lex.negatedDeterminers.has(key);
  const words: string[] = [];
  for (let k = i + len; k < claim.keys.length && words.length < 2 && !lex.clauseEnds.has(claim.keys[k]); k++)
    if (content(claim.keys[k]) && !(words.length === 0 && MANNER.test(claim.keys[k])))
      words.push(termOf(claim.keys[k], lex));
  if (words.length < 2) return false;
  const keys = passage.keys;
  let seen = false;
  for (let m = 0; m < keys.length; m++) {
    if (termOf(keys[m], lex) !== words[0]) continue;
    if (!lex.objectPronouns.has(keys[m + 1] ?? "")) return false;
    seen = true;
  }
  return seen;
}

/**
 * The negation that reports a refusal to speak ("could not say how many", "did not say whether",
 * "declined to comment"), as written, or undefined.
 */
function silenceOf(keys: readonly string[], lex: SupportLexicon): string | undefined {
  for (let i = 0; i < keys.length; i++)
    for (const { words, kind } of lex.negations.get(keys[i]) ?? [])
      if (
        kind !== "denial" &&
        words.every((w, k) => keys[i + k] === w) &&
        // "had nothing to say about the preachers": a negative pronoun before the verb of speech
        // keeps its object, as "declined to comment on" does (seen on a PTC train article).
        refusesToSpeak(keys, i + words.length, lex, kind === "negator" && !lex.negativePronouns.has(words[0]))
      )
        return keys.slice(i, i + words.length + 2).join(" ");
  // "We were not able to say whether", "unable to say": a hedge that names the refusal.
  return findPhrases(keys, lex.hedges).find((h) => h.split(" ").includes("say"));
}

/**
 * True when the words at `k` are a verb of speaking, after an optional "to": "declined to
 * comment", "refused to say whether the alarm had been serviced". A refusal to speak says nothing
 * of the matter spoken of. After a plain negator only a silence or a question counts ("would not
 * say whether", "did not comment"): "did not say that the bridge was unsafe" denies what was said.
 */
function refusesToSpeak(keys: readonly string[], k: number, lex: SupportLexicon, plain: boolean): boolean {
  let at = keys[k] === "to" ? k + 1 : k;
  // "could not immediately say how many", "has not yet said whether": an adverb of time or manner
  // before the verb leaves it a refusal to speak, as "could not say how many" is (a false
  // contradiction between the two wordings was seen on real wire copy).
  if (MANNER.test(keys[at] ?? "") || lex.negatedAdverbs.has(keys[at])) at++;
  const verb = keys[at];
  if (verb === undefined) return false;
  if (lex.silences.has(verb)) return true;
  if (!lex.reporting.has(verb)) return false;
  const next = keys[at + 1];
  return !plain || next === undefined || lex.clauseEnds.has(next) || lex.indirectQuestions.has(next);
}

/**
 * True when the verb negator at `i` opens a restrictive relative clause with no subject of its own
 * ("farms that did not use the sensors"): it qualifies the noun before the pronoun (a comparison
 * group, a kind of thing), not the polarity of the statement. "Who" and "which" clauses ("Pellew,
 * who did not attend, …", "The council, which has not yet set its budget") state a fact of their
 * own, even when a clause read apart has lost its comma, and "that" right before "no"/"nobody" is a
 * complementizer ("found that nobody was hurt"): all of these count.
 */
function inRelativeClause(keys: readonly string[], i: number, lex: SupportLexicon): boolean {
  if (!isVerbalNegator(keys[i], lex)) return false;
  let r = i - 1;
  if (lex.auxiliaries.has(keys[r])) r--;
  if (!lex.relativePronouns.has(keys[r])) return false;
  const noun = keys[r - 1];
  return (
    noun !== undefined &&
    /^\p{L}/u.test(noun) &&
    !lex.functionWords.has(noun) &&
    !lex.reporting.has(noun) &&
    !lex.auxiliaries.has(noun)
  );
}

/** The content term right after "than", and whether it comes before "than" in the sentence. */
function comparedTerm(p: Passage, lex: SupportLexicon): { before: Set<string>; after: string } | undefined {
  const at = p.keys.indexOf("than");
  if (at < 0) return undefined;
  for (let k = at + 1; k < p.keys.length; k++) {
    if (lex.functionWords.has(p.keys[k]) || !/\p{L}/u.test(p.keys[k])) continue;
    return { before: new Set(p.keys.slice(0, at).map((w) => termOf(w, lex))), after: termOf(p.keys[k], lex) };
  }
  return undefined;
}

const has = (keys: string[], table: Phrases) => findPhrases(keys, table);

/**
 * The partial quantifiers of a sentence ("some", "most of the"), but not the superlative "the most
 * generous response" nor the bound "at most": neither speaks of a part of a whole. "Of the" takes
 * a part only after a count ("9 of the 24 sites", "two of the four ferries"): "weary of the talks"
 * speaks of no part.
 */
function partials(keys: string[], lex: SupportLexicon): string[] {
  const counted = (k: string | undefined) =>
    k !== undefined && (/^\d/.test(k) || lex.numberWords.has(k) || lex.counts.has(k));
  const masked = keys.map((k, i) =>
    (k === "most" && (keys[i - 1] === "the" || keys[i - 1] === "at")) ||
    (k === "of" && keys[i + 1] === "the" && !counted(keys[i - 1])) ||
    // "Some 1,200 people are held, all of them …": "some" before a figure rounds it, no part.
    (startsPhrase(keys, i, lex.approximators) && figureAt(keys, i + 1, lex)) ||
    // "on the part of a single monastery", "took part in", "played a part": a noun of agency or
    // of taking part, which says how many of nothing.
    (k === "part" &&
      (keys[i - 1] === "the" || lex.partTakers.has(keys[i - 1]) || lex.partTakers.has(keys[i - 2])))
      ? ""
      : k,
  );
  return findPhrases(masked, lex.partials);
}

/**
 * The hedges a claim makes. A partial quantifier ("at several junctions") says how many, not how
 * sure: the claim states it as fact, as a passage's "some" is no hedge either; before a figure
 * ("some 1,200") it rounds the figure and stays.
 */
function claimHedgesOf(keys: string[], lex: SupportLexicon): string[] {
  const found = findPhrases(keys, lex.hedges);
  if (found.length === 0) return found;
  const masked = keys.map((k, i) =>
    (startsPhrase(keys, i, lex.partials) && !figureAt(keys, i + 1, lex)) ||
    // "could not be plainer", "could not be clearer": a modal under a negator before a comparative
    // says there is no more to be had, which is certainty, not a hedge.
    (keys[i + 1] === "not" && keys[i + 2] === "be" && /^\p{L}+er$/u.test(keys[i + 3] ?? ""))
      ? ""
      : k,
  );
  return findPhrases(masked, lex.hedges);
}

/** The evaluative terms of a passage of one polarity. */
function evaluative(p: Passage, words: Set<string>): string[] {
  return [...p.terms].filter((t) => words.has(t));
}

/** True when every word of the passage is a function word or part of a figure. */
function onlyFigures(p: Passage, lex: SupportLexicon): boolean {
  let figures = 0;
  for (let k = 0; k < p.keys.length; k++) {
    const w = p.keys[k];
    if (!/[\p{L}\p{N}]/u.test(w)) continue;
    if (figureAt(p.keys, k, lex) || lex.magnitudes.has(w) || lex.numerators.has(w)) figures++;
    else if (!lex.functionWords.has(w)) return false;
  }
  return figures > 0;
}

/** How many of the passage's hedges an overreach reason names: each weakens a part of the claim. */
const HEDGES_NAMED = 3;

/**
 * The hedges a reason names, at most {@link HEDGES_NAMED}, in passage order; one that shares a
 * word with a hedge already named is the same phrase read twice ("is accused", "accused of").
 */
function named(hedges: readonly string[]): string[] {
  const out: string[] = [];
  for (const h of hedges) {
    const words = h.split(" ");
    if (out.length < HEDGES_NAMED && !out.some((o) => o.split(" ").some((w) => words.includes(w))))
      out.push(h);
  }
  return out;
}

// What a phrase table gives a word that opens none of its phrases.
const NO_PHRASES: readonly string[][] = [];

/** A figure's key specific enough to tie a hedge to a claim: not a year, and 100 or more, or with a decimal part. */
function measureKey(key: string): boolean {
  if (/^(1[89]|20)\d\d$/.test(key)) return false;
  return /^\d[\d,]*\.\d/.test(key) || Number(key.replace(/,/g, "").replace(/[^\d.].*$/, "")) >= 100;
}

/**
 * The hedges of a passage whose clause holds a term the claim shares: in "the rain we expected
 * never came, and demand rose by 30 percent", "expected" hedges the rain, not the demand. An
 * approximator right before a figure ("about 1.3 million", "an estimated 2,000") only rounds
 * that figure: it is kept apart, as `rounding`, because a claim that drops it states the same
 * figure (the figures are compared on their own) and overreaches only when it calls the figure
 * exact. "About" and "around" anywhere else are prepositions and hedge nothing.
 */
function hedgesOnShared(
  p: Passage,
  other: Passage,
  lex: SupportLexicon,
): { hedges: string[]; rounding: string[]; conditions: string[] } {
  const keys = p.keys;
  const hedges: string[] = [];
  const rounding: string[] = [];
  const conditions: string[] = [];
  // The words of the claim each conjunct of the passage holds. "The budget will fall by 300,000
  // pounds, and two branch libraries may close": a claim about the budget is stated by the first
  // conjunct, and the "may" of the second, which shares only "library" with it, weakens nothing
  // the claim says. A hedge counts only in a conjunct that holds as many as any other.
  const sharedAt = (k: number) => {
    // "is expected to raise an additional £900,000 a year" hedges the figure a claim states as
    // sure; a year or a small number says nothing of which statement a hedge weakens.
    if (/^\d/.test(keys[k])) return measureKey(keys[k]) && other.keys.includes(keys[k]) ? keys[k] : undefined;
    if (lex.generic.has(keys[k])) return undefined;
    const t = termOf(keys[k], lex);
    return other.terms.has(t) && p.terms.has(t) ? t : undefined;
  };
  let most = 0;
  for (let k = 0, seen = new Set<string>(); k <= keys.length; k++) {
    // "Castlemere Airport said the cap could cost up to 900 jobs": who speaks is not what the
    // hedge weakens, so the speaker's words tie no claim to it.
    if (speakerEndsAt(keys, k, lex)) {
      seen = new Set();
      continue;
    }
    if (k === keys.length || lex.conjunctEnds.has(keys[k])) {
      // "Minister Callum Reyes said: Seedline could help create thousands of jobs": the words
      // before a colon that ends on a reporting verb name who speaks, not what is said.
      const attribution = keys[k] === ":" && lex.reporting.has(keys[k - 1] ?? "");
      if (!attribution) most = Math.max(most, seen.size);
      seen = new Set();
      continue;
    }
    const t = sharedAt(k);
    if (t) seen.add(t);
  }
  const tables = [
    [lex.hedges, false],
    [lex.conditions, true],
  ] as const;
  for (let i = 0; i < keys.length; i++) {
    for (const [table, condition] of tables)
      for (const words of table.get(keys[i]) ?? NO_PHRASES) {
        if (!words.every((w, k) => keys[i + k] === w)) continue;
        const approximates = hedgeCounts(p, other, lex, i, words, condition, most, sharedAt);
        if (approximates === undefined) continue;
        (approximates ? rounding : hedges).push(words.join(" "));
        if (condition) conditions.push(words.join(" "));
      }
  }
  return { hedges, rounding, conditions };
}

/**
 * True when the hedge `words` ends on a deliberation ("will consider") and its object, a noun
 * phrase from `at` opened by a determiner up to a word that opens an adjunct of time or place
 * (`deliberationAdjuncts`) or ends the clause ("the application" of "the application at its
 * meeting"; "a charge for the fishing deck" whole), holds no word the claim shares.
 */
function weighsNoneOf(
  keys: readonly string[],
  at: number,
  words: readonly string[],
  lex: SupportLexicon,
  sharedAt: (k: number) => string | undefined,
): boolean {
  const last = words.at(-1);
  if (last === undefined || !lex.deliberations.has(last) || !lex.determiners.has(keys[at] ?? ""))
    return false;
  let stop = at + 1;
  while (
    stop < keys.length &&
    /^[\p{L}\p{N}]/u.test(keys[stop]) &&
    !lex.deliberationAdjuncts.has(keys[stop]) &&
    !lex.conjunctEnds.has(keys[stop])
  )
    stop++;
  for (let k = at; k < stop; k++) if (sharedAt(k)) return false;
  return true;
}

/**
 * Whether the hedge or condition `words` at key `i` of `p` counts against `other` (see
 * {@link hedgesOnShared}): undefined when it does not, else whether it approximates a figure
 * ("about 300") rather than hedging the statement. Apart from the scan for hedges, which runs on
 * every passage rated, while this runs only where one is found: compiled with the scan, its rarely
 * taken branches sent the optimized scan back to be compiled again and again (5 compilations of
 * some 100 ms each on the 1 MB pair).
 */
function hedgeCounts(
  p: Passage,
  other: Passage,
  lex: SupportLexicon,
  i: number,
  words: readonly string[],
  condition: boolean,
  most: number,
  sharedAt: (k: number) => string | undefined,
): boolean | undefined {
  const keys = p.keys;
  // "It is not possible to eradicate plague": impossible, a certainty.
  if (lex.certainWhenNegated.has(words.join(" ")) && negatedAt(keys, i, lex)) return undefined;
  // "repairs that it could not justify": a past inability, stated as fact (issue #17, after
  // held-out 17); "may not" still leaves open, and so does an inability to know ("could not
  // determine if the vote was motivated by …", "could not confirm that …").
  if (
    words.length === 1 &&
    lex.inabilities.has(words[0]) &&
    (keys[i + 1] === "not" || keys[i + 1] === "n't" || keys[i + 1] === "never") &&
    !keys.slice(i + 2, i + 2 + INABILITY_REACH).some((k) => k === "that" || lex.indirectQuestions.has(k))
  )
    return undefined;
  // "is reviewing whether the route is needed", "will decide in the spring whether to extend the
  // ban": the source leaves open what a claim may state as settled. A question someone asked ("when
  // asked whether he would …") or a concessive one ("regardless of whether the route is kept") leaves
  // nothing open, and a claim that itself reports the question ("asks the department to investigate
  // Clinton", "seeks a new inquiry") states no answer to it.
  if (
    words.length === 1 &&
    lex.openQuestions.has(words[0]) &&
    (!keys.slice(Math.max(0, i - DELIBERATION_REACH), i).some((k) => lex.deliberations.has(k)) ||
      findPhrases(other.keys, lex.inquiries).length > 0 ||
      findPhrases(other.keys, lex.intentions).length > 0)
  )
    return undefined;
  // "as far from the world as possible": the comparison says how far, it hedges nothing.
  if (words.length === 1 && words[0] === "possible" && keys[i - 1] === "as") return undefined;
  // "Take-up was lower than expected", "cost more than had been forecast": the hedge after
  // "than" is what the outcome is measured against, and the outcome itself is stated.
  if (keys[i - 1] === "than" || (keys[i - 2] === "than" && lex.functionWords.has(keys[i - 1])))
    return undefined;
  const approximates =
    startsPhrase(keys, i, lex.approximators) &&
    (lex.approximators.get(keys[i]) ?? []).some(
      (a) => a.every((w, k) => keys[i + k] === w) && figureAt(keys, i + a.length, lex),
    );
  // "about", "around" and "up to" elsewhere are prepositions: "it would blow up to what it
  // is now" bounds no figure (seen on a PTC train article).
  if (!approximates && startsPhrase(keys, i, lex.figureOnly) && !figureAt(keys, i + words.length, lex))
    return undefined;
  // "would face a journey of up to 50 minutes to Kilnby": a bound weakens its figure alone,
  // so it hedges nothing of a claim that gives no figure ("Users are not moving to Kilnby").
  if (
    !approximates &&
    startsPhrase(keys, i, lex.figureOnly) &&
    !other.keys.some((_, k) => figureAt(other.keys, k, lex))
  )
    return undefined;
  // "Some flights were cancelled" against "Flights were cancelled": a part the claim does not
  // make whole ("all", "every") is left to the quantifier rule; a bare plural claims no whole.
  if (!approximates && startsPhrase(keys, i, lex.partials)) return undefined;
  // A condition ("…, subject to planning approval") holds for the whole statement it follows.
  let start = i;
  if (condition) start = 0;
  else {
    while (start > 0 && !lex.conjunctEnds.has(keys[start - 1])) start--;
    // "the mayor saying that a man could marry a man": a hedge in a reported statement
    // weakens that statement, not the words of whoever reports it.
    for (let k = i - 1; k > start; k--)
      if ((keys[k] === "that" && lex.reporting.has(keys[k - 1])) || speakerEndsAt(keys, k, lex)) {
        start = k + 1;
        break;
      }
  }
  let end = i + words.length;
  if (condition) end = keys.length;
  else if (startsPhrase(keys, i, lex.conditionals)) {
    // "If the treatment is not given in a very short time, patients die": what the condition
    // names is not asserted, and "if" weakens the statement it is attached to, the words
    // before it in its clause or those after the condition's comma. With neither, where the
    // condition ends is unknown, and it weakens nothing the rules can point to.
    if (start < i) end = i;
    else {
      let comma = end;
      while (comma < keys.length && keys[comma] !== "," && !lex.conjunctEnds.has(keys[comma])) comma++;
      if (keys[comma] !== ",") return undefined;
      start = comma + 1;
      end = start;
      while (end < keys.length && !lex.conjunctEnds.has(keys[end])) end++;
    }
  } else if (words.at(-1) === "of" && i > 0 && !lex.auxiliaries.has(keys[i - 1])) {
    // "Police arrested a man suspected of burglary on Friday": after a noun, the hedge and its
    // "of" phrase qualify that noun with a charge; the arrest is stated. After an auxiliary
    // ("he is suspected of burglary") it is the clause's own predicate, and reaches it all.
    start = i;
    while (end < keys.length && /^\p{L}/u.test(keys[end]) && !lex.functionWords.has(keys[end])) end++;
  } else {
    // "It suggested that two branches, Oakley Row and Penfold, could share …": a hedge that
    // takes a "that" clause reaches past the commas of an apposition inside it.
    const clause = keys[end] === "that";
    while (end < keys.length && !(lex.conjunctEnds.has(keys[end]) && !(clause && keys[end] === ","))) end++;
  }
  // "The committee will consider the application at its meeting on 9 September": a deliberation
  // leaves open what it weighs, its object, and states the rest; a claim that shares no word of the
  // object ("The committee will meet on 9 September") is not weakened by it.
  if (weighsNoneOf(keys, i + words.length, words, lex, sharedAt)) return undefined;
  // "partly mitigated by the proposed green finish": a hedge between a determiner and a noun
  // qualifies that noun phrase, and weakens the statement only through it.
  const phrase = attributiveReach(keys, i, words.length, lex);
  if (phrase && !keys.slice(i + 1, phrase).some((_, k) => sharedAt(i + 1 + k))) return undefined;
  // "…last year, and it expects 9 million this year": "million" and "year" say nothing of
  // which statement the hedge weakens.
  const shared = new Set<string>();
  // "… is expected to start in March and may cost £900,000": the conjunct that gives the
  // claim's own figure speaks of that part of the claim, however few of its words it holds.
  let figure = false;
  for (let k = start; k < end; k++) {
    if (k >= i && k < i + words.length) continue;
    const t = sharedAt(k);
    // "offers £3,000 to teachers who take a post, and a further £3,000 if they remain": a figure
    // the passage also states outside the hedge's reach is stated plainly there, so it ties the
    // claim to that statement, not to the hedged one.
    if (t && /^\d/.test(t) && keys.some((key, j) => (j < start || j >= end) && key === keys[k])) continue;
    // An estimate only says its figure is not exact: the figure alone ties it to no statement.
    if (t && !(/^\d/.test(t) && lex.estimates.has(words.join(" ")))) {
      shared.add(t);
      if (/^\d/.test(t)) figure = true;
    }
  }
  if (shared.size > 0 && (condition || figure || shared.size >= most)) return approximates;
  return undefined;
}

/**
 * "recommends that the council consider restoring the 12-minute service": "consider" before a
 * verb in -ing is a step only considered, as "should consider extending" is, in a bare subjunctive
 * the lexicon's phrases do not list (seen on an invented opinion post that drops it: "recommends
 * that the council restore the service").
 */
function deliberation(keys: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < keys.length; i++)
    if ((keys[i] === "consider" || keys[i] === "considers") && /^\p{L}{3,}ing$/u.test(keys[i + 1]))
      return `${keys[i]} ${keys[i + 1]}`;
  return undefined;
}

/**
 * True when the word at `k` is a reporting verb after the one who speaks ("Castlemere Airport said
 * the cap could …"), so the words before it name the speaker. A reporting noun after a determiner
 * or an owner ("the survey could", "the council's review may") is the subject of the clause.
 */
function speakerEndsAt(keys: readonly string[], k: number, lex: SupportLexicon): boolean {
  const before = keys[k - 1];
  return (
    k > 0 &&
    lex.reporting.has(keys[k] ?? "") &&
    before !== undefined &&
    /^\p{L}/u.test(before) &&
    !lex.determiners.has(before) &&
    !before.endsWith("'s") &&
    !lex.functionWords.has(before)
  );
}

/**
 * The permission of a passage ("can", "allowed to") whose next {@link GOVERNED_WORDS} content words
 * in its clause hold a term of the claim: "can speak to a practice nurse" leaves free what "must see
 * a practice nurse" makes a duty.
 */
function permissionOnShared(p: Passage, claim: Passage, lex: SupportLexicon): string | undefined {
  const keys = p.keys;
  for (let i = 0; i < keys.length; i++)
    for (const words of lex.permissions.get(keys[i]) ?? NO_PHRASES) {
      if (!words.every((w, k) => keys[i + k] === w) || negatedAt(keys, i + words.length, lex)) continue;
      let seen = 0;
      for (
        let k = i + words.length;
        k < keys.length && seen < GOVERNED_WORDS && !lex.clauseEnds.has(keys[k]);
        k++
      ) {
        if (lex.functionWords.has(keys[k]) || !/^\p{L}/u.test(keys[k])) continue;
        seen++;
        if (claim.terms.has(termOf(keys[k], lex))) return words.join(" ");
      }
    }
  return undefined;
}

/** Content words a noun phrase may hold after an attributive hedge: "the proposed green finish". */
const ATTRIBUTIVE_REACH = 3;

/**
 * The end (exclusive) of the noun phrase a one-word hedge after a determiner qualifies ("the
 * proposed green finish"), or undefined when the hedge is not attributive ("the figures appear",
 * where a verb or function word follows at once).
 */
function attributiveReach(
  keys: readonly string[],
  i: number,
  length: number,
  lex: SupportLexicon,
): number | undefined {
  if (length !== 1 || !lex.determiners.has(keys[i - 1] ?? "")) return undefined;
  let end = i + 1;
  while (
    end < keys.length &&
    end <= i + ATTRIBUTIVE_REACH &&
    /^\p{L}/u.test(keys[end]) &&
    !lex.functionWords.has(keys[end])
  )
    end++;
  return end > i + 1 ? end : undefined;
}

function compatible(a: Quantity, b: Quantity): boolean {
  if ((a.kind ?? "count") !== (b.kind ?? "count")) return false;
  if ((a.unit ?? "") !== (b.unit ?? "")) return false;
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  if (a.counted && b.counted && !sameCounted(a.counted, b.counted)) return false;
  return true;
}

/**
 * The passage's figures comparable to the claim's figure `q`, each in `q`'s unit: "six-kilometre"
 * is read against "six-mile" as the 3.7 miles it is, not left aside as another measure. Durations
 * in other units are left aside: a sentence times several things ("a 32-hour week for six months"),
 * and hours against months are two of them, not one restated; unless `inSlot` holds of the
 * passage's figure ("lasted more than two weeks" against "lasted nine days": {@link sameSlot}).
 */
function comparableTo(
  q: Quantity,
  passage: Quantity[],
  inSlot: (p: Quantity) => boolean = () => false,
): Quantity[] {
  const out: Quantity[] = [];
  const convert = q.unit !== undefined;
  for (const p of passage)
    if (compatible(q, p)) out.push(p);
    else if (convert && convertible(q, p) && q.kind !== "duration") out.push(inUnit(p, q.unit as string));
    else if (convert && convertible(q, p) && inSlot(p)) out.push(roundDuration(inUnit(p, q.unit as string)));
  return out;
}

/**
 * A duration read in another unit, widened by the tenth a writer rounds one by: "eight weeks" is
 * what "two months" says, though it is 1.84 of them.
 */
function roundDuration(p: Quantity): Quantity {
  return {
    ...p,
    low: p.low === null ? null : p.low * (1 - APPROX_SLACK),
    high: p.high === null ? null : p.high * (1 + APPROX_SLACK),
  };
}

/**
 * True when two figures stand in the same slot of their sentences, so they say the same thing
 * (issue #17, after held-outs 10 and 20): the same word right before each, a content word
 * ("lasted more than two weeks" against "lasted nine days", "open until 9pm" against "until 8pm"),
 * or a bare preposition after the same content word ("ran for six months" against "ran for six
 * weeks"). A bare preposition alone names no slot: "for six months" and "for 32 hours" may time
 * two things of one sentence.
 */
function sameSlot(q: Quantity, claim: Passage, p: Quantity, passage: Passage, lex: SupportLexicon): boolean {
  const a = keysBefore(q, claim);
  const b = keysBefore(p, passage);
  const content = (k: string | undefined) =>
    k !== undefined && /^\p{L}/u.test(k) && !lex.functionWords.has(k);
  if (a[0] === undefined || a[0] !== b[0]) return false;
  if (content(a[0])) return true;
  return content(a[1]) && a[1] === b[1];
}

/**
 * Counted nouns of the same thing: equal, or one the other with words before it ("71 posts" and
 * "71 full-time posts"). "Part-time posts" and "full-time posts" count different things.
 */
function sameCounted(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || long.endsWith(` ${short}`);
}

// ISO-like date strings ("2026-07-14", "--02-01", "--03", "2026") compared on the fields both give.
function dateFields(d: string): [string | undefined, string | undefined, string | undefined] {
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?/.exec(d);
  if (!m) return [undefined, undefined, undefined];
  return [m[1] === "-" ? undefined : m[1], m[2], m[3]];
}

function agrees(a: Quantity, b: Quantity): boolean {
  if (a.kind === "date" || a.kind === "time") {
    if (!a.date || !b.date) return true;
    // "9pm" against "8pm" ("T21:00", "T20:00"): times of day compared as written, unless one is
    // given as approximate ("around 9pm").
    const [s, t] = [a.date.split("T")[1], b.date.split("T")[1]];
    if (s && t && s !== t && !a.approx && !b.approx) return false;
    const x = dateFields(a.date);
    const y = dateFields(b.date);
    return x.every((f, i) => f === undefined || y[i] === undefined || f === y[i]);
  }
  if (a.low === null && a.high === null) return true;
  if (b.low === null && b.high === null) return true;
  if (oppositeBounds(a, b) || oppositeBounds(b, a)) return false;
  // "almost 300" is 270 to 300: its slack widens it below, never past the bound it names.
  const lo = (q: Quantity) => (q.low ?? Number.NEGATIVE_INFINITY) - slack(q);
  const hi = (q: Quantity) => (q.high ?? Number.POSITIVE_INFINITY) + (nearly(q) ? 0 : slack(q));
  return lo(a) <= hi(b) && lo(b) <= hi(a);
}

/** True when the figure is one just short of its bound ("almost 300", "nearly four hours": 270 to 300). */
function nearly(q: Quantity): boolean {
  return q.approx && q.low !== null && q.high !== null && q.low < q.high;
}

/**
 * True when `below` is a figure short of a value ("almost 300", "under 300") and `above` one past a
 * value as great or greater ("more than 300"), each after a bound that leaves its value out
 * (`exclusiveBounds`): "Almost 300 residents objected" against "More than 300 residents objected"
 * (issue #17, after held-outs 11 and 14).
 */
function oppositeBounds(below: Quantity, above: Quantity, lex: SupportLexicon = supportLexicon()): boolean {
  const exclusive = (q: Quantity) => {
    const text = q.text.toLowerCase();
    for (const w of lex.exclusiveBounds) if (text.startsWith(`${w} `)) return true;
    return false;
  };
  return boundsApart(below, above) && exclusive(below) && exclusive(above);
}

/**
 * How far a rounded figure may be from the exact one: "almost a fifth" is 19 percent, "about
 * 3,000" is 3,150. A tenth of the figure for an approximate one ("about", "around", a share
 * written as a fraction);
 * half of it for an order of magnitude said in words ("a million"); for a figure written with a
 * scale word, at least its rounding ("£88 million" is 87.5 to 88.5 million: {@link roundingOf});
 * none for an exact figure.
 */
function slack(q: Quantity): number {
  const v = Math.abs(q.high ?? q.low ?? 0);
  if (/^an? (hundred|thousand|million|billion)\b/i.test(q.text)) return v * ROUND_SLACK;
  // A share written as a fraction ("one in seven", "a third") is a rounding of the share by its
  // nature: "one in seven" is how a writer says 14 percent.
  const fraction = q.kind === "percent" && !/\d/.test(q.text);
  return Math.max(q.approx || fraction ? v * APPROX_SLACK : 0, roundingOf(q));
}

/** Share by which a figure may differ from "a million", "a thousand": an order of magnitude said in words. */
export const ROUND_SLACK = 0.5;

/** Share of an approximate figure by which another may differ and still agree with it. */
export const APPROX_SLACK = 0.1;

/**
 * "failing to reach almost four in ten calls" against "reached 61 percent of calls": a share and
 * the passage's share of the rest are one figure told from its two sides, when exactly one of the
 * two sentences counts a shortfall or has a negator.
 */
function complementAgrees(
  q: Quantity,
  same: Quantity[],
  claim: Passage,
  passage: Passage,
  lex: SupportLexicon,
): boolean {
  if (q.unit !== "%") return false;
  const rest: Quantity = {
    ...q,
    low: q.high === null ? null : 100 - q.high,
    high: q.low === null ? null : 100 - q.low,
  };
  if (!same.some((p) => agrees(rest, p))) return false;
  const negative = (keys: readonly string[]) =>
    keys.some((k) => lex.shortfalls.has(k) || isVerbalNegator(k, lex));
  return negative(claim.keys) !== negative(passage.keys);
}

/** Counts, amounts and shares: dates and times are given by many sentences, so they anchor none and make no table. */
export function measuresOf(figures: Quantity[]): Quantity[] {
  return figures.filter((q) => q.kind !== "date" && q.kind !== "time");
}

/** Fewest figures (dates aside) of a passage that is a table row flattened into text. */
export const TABLE_FIGURES = 5;

/**
 * A table row flattened into a sentence ("Unemployed 2,085 2,037 -48 -2.3% Unemployment rate (%)
 * 8.6% 8.4% -0.2%pt."): at least {@link TABLE_FIGURES} figures, and a figure for every three words
 * or fewer. Which of its figures a claim's figure stands for is a matter of columns the text has
 * lost, so none of them contradicts it.
 */
function tableRow(figures: Quantity[], p: Passage): boolean {
  const measures = measuresOf(figures).length;
  if (measures < TABLE_FIGURES) return false;
  const words = p.keys.filter((k) => /^\p{L}/u.test(k)).length;
  return measures * 3 >= words;
}

/** The first figure of the claim that no comparable figure of the passage agrees with, and the passage's figures of that kind. */
function disagreeing(
  claim: Quantity[],
  passage: Quantity[],
  claimText?: Passage,
  passageText?: Passage,
  lex: SupportLexicon = supportLexicon(),
  nearby: () => readonly Quantity[] = NO_FIGURES,
): { claim: Quantity; passage: Quantity[]; per?: string } | undefined {
  if (passageText && tableRow(passage, passageText)) return undefined;
  for (const q of claim) {
    // "turning out some 60 million a month" against "makes around 60 million cakes a year": a rate
    // over another period a year holds a fixed number of is read over the claim's (5 million a
    // month), so the same number over another period is no agreement; so is one the passage
    // spreads over a span ("4.5 percent over two years" against "4.5 percent a year").
    const period = claimText && periodOf(q, claimText, lex);
    const converted = new Set<Quantity>();
    // "fell from 122.0 to 120.9" against "fell by 246,000": a level and the size of a change are
    // two measures, and neither states or denies the other; so are an age and a count.
    const inSlot = (p: Quantity) =>
      claimText !== undefined && passageText !== undefined && sameSlot(q, claimText, p, passageText, lex);
    const same = comparableTo(q, passage, inSlot)
      .map((p) => {
        const scaled =
          period && passageText
            ? (overPeriod(p, passageText, period, lex) ??
              (periodOf(p, passageText, lex) === undefined
                ? spreadOver(p, passage, passageText, period, lex, (f) => locate(f, passageText))
                : undefined))
            : undefined;
        if (scaled) converted.add(scaled);
        return scaled ?? p;
      })
      .filter(
        (p) =>
          !(
            claimText &&
            passageText &&
            (levelAgainstChange(q, claimText, p, passageText, lex) ||
              ageOf(q, claimText) !== ageOf(p, passageText) ||
              clockTime(p, passageText, lex) ||
              clockTime(q, claimText, lex))
          ) &&
          // "open until 9pm" against "until 8pm": a time of day is compared only with one in its
          // slot, since a sentence gives the times of several things (doors open, a film starts).
          (q.kind !== "time" || !p.date?.includes("T") || inSlot(p)),
      );
    // "Key dates: contractors appointed in March 2026; demolition in June 2026; handover in autumn
    // 2027" against "September 2027: building handed over": a passage whose dates stand in the
    // items of a list dates several events, and the claim's date is read only against the item
    // that holds most of its words (here none the figures can read: "autumn").
    const item =
      q.kind === "date" && claimText && passageText ? listItem(passageText, claimText, lex) : undefined;
    if (item && passageText) {
      const inItem = same.filter((p) => {
        const k = figureIndex(p, passageText);
        return k >= item[0] && k < item[1];
      });
      if (inItem.length === 0 || inItem.some((p) => agrees(q, p))) continue;
      return { claim: q, passage: inItem };
    }
    // "About half of the applications were granted" against "Of the 2,480 applications, 2,190
    // were granted": the one share the passage's two counts make is the passage's share.
    const counts =
      same.length === 0 && claimText ? partAndWhole(q, claim, passage, claimText, lex) : undefined;
    if (counts && !shareOfTwo(q, counts)) return { claim: q, passage: counts };
    // "Member shares would cover about a third" against "will cost £19.5 million, of which £4
    // million would come from member shares": the share the part of an amount makes.
    const sum =
      same.length === 0 && claimText && passageText && !differenceOf(q, claimText, lex)
        ? shareOfSum(q, claim, passage, claimText, passageText, lex, (f) => locate(f, passageText))
        : undefined;
    if (sum && !agrees(q, sum.share)) return { claim: q, passage: sum.figures };
    // "cut the scheme by a fifth" against "reduced the scheme from 480 homes to 420": a change the
    // claim gives as a share of where it started, against a passage whose only figures are the two
    // ends of a move, is the share those two make (12.5 percent; issue #17, after held-out 17).
    const move =
      same.length === 0 && claimText && passageText
        ? movedBy(q, claim, passage, claimText, passageText, lex)
        : undefined;
    if (move && !relativelyApart(q, move)) return { claim: q, passage: move };
    if (same.length === 0 || same.some((p) => agrees(q, p))) continue;
    const overPeriodOnly = period && same.every((p) => converted.has(p));
    // "a rise of £36 a year" against "from £18 to £21 a month": the difference of the two ends,
    // each read over the claim's period.
    if (overPeriodOnly && claimText && differenceOf(q, claimText, lex) && pairApart(q, same)) continue;
    // A rate read over the claim's period is compared as it is: none of the readings below, which
    // work out figures from the passage's as written, applies to it.
    if (overPeriodOnly)
      return {
        claim: q,
        passage: same.map((p) => passage.find((f) => f.start === p.start) ?? p),
        per: period,
      };
    if (claimText && passageText && complementAgrees(q, same, claimText, passageText, lex)) continue;
    // "reached 19, up from 12" against "fell to 19": the figure after "from" is where the claim's
    // figure started, which a passage that gives no starting point neither states nor denies.
    if (
      claimText &&
      passageText &&
      startingPoint(q, claimText) &&
      !passage.some((p) => startingPoint(p, passageText))
    )
      continue;
    // "five days of antibiotics rather than seven" against "a five-day course rather than seven
    // days": the passage's figure is one the claim names itself, as the alternative or the other
    // side of a comparison, so where the claim puts it is a matter of roles the figures cannot read.
    if (
      same.every((p) => p.low !== null && claim.some((c) => c !== q && c.low === p.low && c.high === p.high))
    )
      continue;
    // "cut the grant by half a million euros" against "from 1.6 million to 1.1 million euros": the
    // claim's change is the difference of the passage's two ends, and the converse.
    if (claimText && passageText) {
      if (changeOf(q, claimText, lex) && endsAgree(q, passage, passageText)) continue;
      if (
        same.every((p) => changeOf(p, passageText, lex)) &&
        same.some((p) => endsAgree(p, claim, claimText))
      )
        continue;
    }
    // "almost £300 under the regional average" against "£1,150 …, below the regional average of
    // £1,420", "shrunk by 14,000" against "fell from 118,000 in 2022 to 104,000": a figure the claim
    // marks as a difference agrees with two of the passage's figures that far apart.
    if (claimText && differenceOf(q, claimText, lex) && pairApart(q, same, uncounted(q, same, passage)))
      continue;
    // "the trust is paying the other £800,000" against "will cost £2.7 million, of which £1.9
    // million comes from the government": what is left of a whole is the difference of the whole
    // and the part the passage gives.
    if (claimText && lex.remainders.has(keyBefore(q, claimText) ?? "") && pairApart(q, same)) continue;
    // "five objections for every letter of support" against "148 objections and 29 letters": the
    // claim's figure is a ratio of two counts, which no one count of the passage states or denies.
    if (claimText && ratioOf(q, claimText, lex)) continue;
    // "rose by 40 percent" against "rose from 2,000 to 2,800, and 12 percent of them …": a change
    // given as a share of where it started agrees with two figures of the passage that far apart.
    if (claimText && q.kind === "percent" && differenceOf(q, claimText, lex) && relativelyApart(q, passage))
      continue;
    // "Nearly nine in ten applications were approved" against "Of the 4,120 applications, 3,610
    // were approved, and 12 percent came from the north": the share is one the two counts make.
    if (q.kind === "percent" && (!claimText || !differenceOf(q, claimText, lex)) && shareOfTwo(q, passage))
      continue;
    // "will add £1.6 million a year to running costs of about £4.5 million" against "will cost an
    // extra £1.6 million a year, bringing the running costs to £6.1 million": the claim gives both
    // parts of a whole where the passage gives one part and the whole, so the other part is the
    // difference a writer states unmarked.
    if (otherPart(q, claim, same)) continue;
    // "Insurance and a grant will cover £160,000" against "An insurance payout of £120,000" with "a
    // further £40,000" in the next sentence: a figure a writer works out from the source's is no
    // contradiction when the source's figures make it, and none when they are too few to tell.
    if (claimText && passageText) {
      const pool = poolOf(passage, nearby());
      if (
        madeOf(q, claimText, same, pool, passageText, lex) ||
        unchecked(q, claimText, same, passageText, pool, lex)
      )
        continue;
    }
    // "2,000 passengers an hour" against "30,000 passengers a day": a rate over a period a year
    // holds no fixed number of is another measure, which the rules do not convert.
    if (
      period &&
      passageText &&
      same.every((p) => {
        if (converted.has(p)) return false;
        const other = periodOf(p, passageText, lex);
        return other !== undefined && other !== period;
      })
    )
      continue;
    return { claim: q, passage: same };
  }
  return undefined;
}

/**
 * True when the claim's figure `q` is the part of a whole that the passage leaves to be worked out
 * (issue #17, after held-out 16): another exact figure of the claim (`claim`) is one the passage
 * states, and the two of the claim add up to a larger figure of the passage of their kind (`same`),
 * so the passage gives one part and the whole and the claim both parts ("add £1.6 million to running
 * costs of about £4.5 million" for "an extra £1.6 million, bringing the costs to £6.1 million"). A
 * claim that gives the whole and one part where the passage gives the whole and another part ("a
 * £15 million scheme of which the government is paying £9 million" against "part-funded by a £6
 * million grant") names which part is which, which no difference can check: still read.
 */
function otherPart(q: Quantity, claim: Quantity[], same: Quantity[]): boolean {
  if (q.kind === "percent" || q.low === null || q.high === null) return false;
  const wholes = same.filter(exactFigure);
  for (const c of claim) {
    if (c === q || !exactFigure(c) || comparableTo(c, same).length === 0) continue;
    const part = wholes.find((a) => a.low === c.low);
    if (!part) continue;
    for (const w of wholes) {
      if (w === part || (w.low as number) <= (c.low as number)) continue;
      const rest = (w.low as number) - (c.low as number);
      if (agrees(q, { ...q, low: rest, high: rest, approx: q.approx || w.approx, text: String(rest) }))
        return true;
    }
  }
  return false;
}

/** No figures around a passage: what a rating reads when it is given none ({@link ratePassage}). */
const NO_FIGURES = (): readonly Quantity[] => [];

/** The passage's figures and those around it, each once (the passage's own are among those around it). */
function poolOf(passage: Quantity[], nearby: readonly Quantity[]): Quantity[] {
  const seen = new Set(passage.map((f) => f.start));
  return [...passage, ...nearby.filter((f) => !seen.has(f.start))];
}

/** An exact figure above zero, which a sum, a difference, a product or a quotient can be made of. */
const exactFigure = (f: Quantity) => f.low !== null && f.low === f.high && f.low > 0;

/** A count that counts something ("214 grants"): what an amount can be divided by or multiplied by. */
const divisor = (f: Quantity) =>
  (f.kind ?? "count") === "count" && !f.unit && exactFigure(f) && (f.low as number) > 1;

/**
 * True when two exact figures make the claim's exact count or amount `q` (issue #17, after
 * held-out 15): their sum ("Insurance and a heritage grant will cover £160,000" for "An insurance
 * payout of £120,000" and, in the next sentence, "a further £40,000"); for a figure the claim gives
 * as a difference ({@link differenceOf}), their difference; for one it gives as an average
 * (`averageWords`), a figure over a count ("214 grants averaging around £4,000" for "214 grants
 * worth a total of £870,000"); for one it gives as a total (`totalWords`), a figure times a count.
 * One of the two is a figure of the passage comparable with `q` (`same`), the other one of the
 * passage's or of a sentence beside it in its paragraph (`pool`); the result is compared as the
 * claim rounds its figure.
 */
function madeOf(
  q: Quantity,
  claimText: Passage,
  same: Quantity[],
  pool: Quantity[],
  passageText: Passage,
  lex: SupportLexicon,
): boolean {
  // Shares of different wholes do not add up, and a bound ("more than half") is met by many sums.
  const terms = same.filter(exactFigure);
  if (terms.length === 0 || q.kind === "percent" || q.low === null || q.low !== q.high) return false;
  const makes = (v: number, a: Quantity, b: Quantity) =>
    agrees(q, { ...q, low: v, high: v, approx: a.approx || b.approx, text: String(v) });
  const others = comparableTo(q, pool).filter(exactFigure);
  // A change ("grown by £12 million") is a difference, never a sum; the two ends of a move ("from
  // £9 million to £14 million") make no sum.
  const apart = differenceOf(q, claimText, lex);
  for (const a of terms)
    for (const b of others) {
      if (b.start === a.start) continue;
      const [x, y] = [a.low as number, b.low as number];
      if (apart ? makes(Math.abs(x - y), a, b) : !levelOf(a, passageText) && makes(x + y, a, b)) return true;
    }
  const average = markedAs(q, claimText, lex.averageWords, lex);
  const total = !average && markedAs(q, claimText, lex.totalWords, lex);
  if (!average && !total) return false;
  for (const a of terms)
    for (const b of pool)
      if (b.start !== a.start && divisor(b)) {
        const [x, n] = [a.low as number, b.low as number];
        if (makes(average ? x / n : x * n, a, b)) return true;
      }
  return false;
}

/**
 * True when the claim gives its figure as a difference, an average or a total that the passage and
 * the sentences beside it (`pool`) give too few figures to work out, so that they neither state
 * nor deny it: a difference ("£45,000 a year less than Corlan Outdoor paid") needs two figures of
 * its kind where they give one ("paid the council £140,000 a year"); an average ("averaging around
 * £4,000") an average of its own or a figure and a count; a total ("grants totalling £400,000") is
 * not denied by figures smaller than it, which may be its parts, unless one of them is a total too
 * or a count to multiply one by is given.
 */
function unchecked(
  q: Quantity,
  claimText: Passage,
  same: Quantity[],
  passageText: Passage,
  pool: Quantity[],
  lex: SupportLexicon,
): boolean {
  // A change against a change ("jumped by 20 percent", "rose by 2 percent") is read as it stands,
  // and so is one against a move ("from 2.4 million to 1.9 million euros"), a target and what fell
  // short of it in other words ({@link uncounted}), or, for a share, two counts.
  if (differenceOf(q, claimText, lex))
    return (
      q.kind !== "percent" &&
      comparableTo(q, pool).filter(exactFigure).length < 2 &&
      uncounted(q, same, pool).length === 0 &&
      !same.some((p) => differenceOf(p, passageText, lex)) &&
      !pool.some((p) => levelOf(p, passageText))
    );
  if (markedAs(q, claimText, lex.averageWords, lex))
    return (
      !same.some((p) => markedAs(p, passageText, lex.averageWords, lex)) &&
      !(comparableTo(q, pool).some(exactFigure) && pool.some(divisor))
    );
  if (markedAs(q, claimText, lex.totalWords, lex) && q.low !== null)
    return (
      !pool.some(divisor) &&
      same.every(
        (p) =>
          p.high !== null && p.high < (q.low as number) && !markedAs(p, passageText, lex.totalWords, lex),
      )
    );
  return false;
}

/**
 * True when the figure is a time of day ("at seven o'clock", `clockWords`): it counts nothing, so it
 * is compared with no count or amount (issue #17, after held-out 16: "do not stop at seven
 * o'clock" against "would save dozens of lives a year").
 */
function clockTime(q: Quantity, p: Passage, lex: SupportLexicon): boolean {
  const i = figureIndex(q, p);
  return i >= 0 && lex.clockWords.has(p.keys[i + 1] ?? "");
}

/**
 * True when the figure is someone's age ("aged 34 and 51", "34 years old", "a 27-year-old"): an
 * age is compared only with an age, never with a count ("The two injured men").
 */
function ageOf(q: Quantity, p: Passage): boolean {
  const i = figureIndex(q, p);
  if (i < 0) return false;
  // "aged 34 and 51": the second age of a pair follows "and" after the first.
  const second = p.keys[i - 1] === "and" && /^\d/.test(p.keys[i - 2] ?? "") ? i - 2 : i;
  return (
    p.keys[second - 1] === "aged" ||
    /-year-old$/.test(p.keys[i]) ||
    (p.keys[i + 1] === "years" && p.keys[i + 2] === "old")
  );
}

/** True when the figure is where a change ends or starts: "fell to 120.9", "from 122.0". */
function levelOf(q: Quantity, p: Passage): boolean {
  const before = keyBefore(q, p);
  return before === "to" || before === "from";
}

/**
 * True when the claim's figure is a level a change ends or starts at and the passage's the size of
 * a change. The other way round the two are compared: the claim's change against the distance
 * between the passage's two ends ({@link endsAgree}).
 */
function levelAgainstChange(
  q: Quantity,
  qText: Passage,
  p: Quantity,
  pText: Passage,
  lex: SupportLexicon,
): boolean {
  return levelOf(q, qText) && changeOf(p, pText, lex);
}

/**
 * True when the claim gives its figure as a difference: the size of a change ({@link changeOf}),
 * a figure followed by a comparison ("£300 under the average", "12 fewer"), or a noun of
 * difference and "of" before it ("a margin of 12").
 */
export function differenceOf(q: Quantity, p: Passage, lex: SupportLexicon = supportLexicon()): boolean {
  if (changeOf(q, p, lex)) return true;
  const i = figureIndex(q, p);
  if (i < 0) return false;
  const sign = i > 0 && /^\p{Sc}$/u.test(p.keys[i - 1]) ? 1 : 0;
  if (keyBefore(q, p) === "of" && lex.differenceNouns.has(p.keys[i - 2 - sign] ?? "")) return true;
  const end = figureEnd(q, p, i);
  if (end < 0) return false;
  // The marker may follow the counted noun ("almost 50 recruits short of its target") or the
  // period of a rate ("£45,000 a year less than").
  return (
    lex.differenceMarkers.has(p.keys[end + 1] ?? "") ||
    lex.differenceMarkers.has(p.keys[pastFigure(q, p, end, lex)] ?? "")
  );
}

/** The indices in `p.keys` of the figure's first and last word, or -1 for each not found. */
function locate(q: Quantity, p: Passage): [number, number] {
  const i = figureIndex(q, p);
  return [i, i < 0 ? -1 : figureEnd(q, p, i)];
}

/** The index in `p.keys` of the figure's last word, looked for from `i` (its first), or -1. */
function figureEnd(q: Quantity, p: Passage, i: number): number {
  const last = (q.text.split(/\s+/).at(-1) ?? "").toLowerCase().replace(/^[^\p{L}\p{N}]+/u, "");
  return p.keys.indexOf(last, i);
}

/**
 * The index of the first key after the figure ending at `end` past its counted noun ("50 recruits
 * short") and the period of a rate ("£45,000 a year less"): where a word that says what kind of
 * figure it is stands.
 */
function pastFigure(q: Quantity, p: Passage, end: number, lex: SupportLexicon): number {
  const counted = q.counted?.split(" ") ?? [];
  let k = counted.every((w, n) => p.keys[end + 1 + n] === w) ? end + 1 + counted.length : end + 1;
  if (lex.rateWords.has(p.keys[k] ?? "") && lex.frequencyNouns.has(p.keys[k + 1] ?? "")) k += 2;
  return k;
}

/**
 * True when one of `words` stands right before the figure, past "of" ("averaging £4,000", "a total
 * of £870,000", "an average of"), or right after it, past its counted noun, the period of a rate and
 * "in" or "on" ("£160,000 in all", "£4,000 on average", "£9,000 between them").
 */
function markedAs(q: Quantity, p: Passage, words: ReadonlySet<string>, lex: SupportLexicon): boolean {
  const i = figureIndex(q, p);
  if (i < 0) return false;
  const before = keyBefore(q, p);
  const sign = i > 0 && /^\p{Sc}$/u.test(p.keys[i - 1]) ? 1 : 0;
  if (words.has(before ?? "") || (before === "of" && words.has(p.keys[i - 2 - sign] ?? ""))) return true;
  const end = figureEnd(q, p, i);
  if (end < 0) return false;
  const k = pastFigure(q, p, end, lex);
  const next = p.keys[k] === "in" || p.keys[k] === "on" ? k + 1 : k;
  return words.has(p.keys[next] ?? "") || words.has(`${p.keys[k]} ${p.keys[k + 1]}`);
}

/**
 * True when two exact figures of one kind in the passage (not shares themselves) differ by the
 * share `q` of either: 2,000 and 2,800 are 40 percent apart going up, and about 29 percent going
 * down.
 */
function relativelyApart(q: Quantity, figures: Quantity[]): boolean {
  const exact = figures.filter(
    (f) => f.kind !== "percent" && f.low !== null && f.high === f.low && f.low > 0,
  );
  for (let a = 0; a < exact.length; a++)
    for (let b = a + 1; b < exact.length; b++) {
      if (!compatible(exact[a], exact[b])) continue;
      const [x, y] = [exact[a].low as number, exact[b].low as number];
      // A share worked out from two figures is compared as a writer rounds it ("40 percent" for 39.6).
      for (const base of [Math.min(x, y), Math.max(x, y)]) {
        const share = Math.round((1000 * Math.abs(x - y)) / base) / 10;
        if (share > 0 && agrees(q, { ...q, low: share, high: share, approx: true, text: `${share}%` }))
          return true;
      }
    }
  return false;
}

/**
 * The passage's rate `p` read over the claim's period `period` when the two periods differ and a
 * year holds a fixed number of each (`periodsPerYear`: "60 million a year" is 5 million a month),
 * or undefined.
 */
function overPeriod(
  p: Quantity,
  passage: Passage,
  period: string,
  lex: SupportLexicon,
): Quantity | undefined {
  const to = lex.periodsPerYear.get(period);
  if (to === undefined || p.low === null) return undefined;
  const other = periodOf(p, passage, lex);
  const from = other === undefined || other === period ? undefined : lex.periodsPerYear.get(other);
  if (from === undefined) return undefined;
  const f = from / to;
  return { ...p, low: p.low * f, high: p.high === null ? null : p.high * f };
}

/** Words a rate's period may stand after its figure: "2,000 passengers an hour". */
const PERIOD_REACH = 3;

/** Keys a range's other end may add before the period: "to £21 million pounds". */
const RANGE_END = 5;

/**
 * The unit of time a figure is given per ("£100 a month": "month"), or undefined. The first end of
 * a range is given per the period after its other end ("from £18 to £21 a month").
 */
function periodOf(q: Quantity, p: Passage, lex: SupportLexicon): string | undefined {
  // Looked for from the figure's own first word: "142 million litres a day, or more than 4 billion
  // litres a month" holds "litres" twice.
  const i = figureIndex(q, p);
  const end = i < 0 ? -1 : figureEnd(q, p, i);
  if (end < 0) return undefined;
  const currency = (k: string | undefined) => k !== undefined && /^\p{Sc}$/u.test(k);
  const range =
    p.keys[end + 1] === "to" && /^\d/.test(p.keys[currency(p.keys[end + 2]) ? end + 3 : end + 2] ?? "");
  const reach = end + PERIOD_REACH + (range ? RANGE_END : 0);
  for (let j = end + 1; j <= reach && j + 1 < p.keys.length; j++) {
    if (range && currency(p.keys[j])) continue;
    if (!/^[\p{L}\p{N}]/u.test(p.keys[j]) || lex.clauseEnds.has(p.keys[j])) return undefined;
    if (lex.rateWords.has(p.keys[j]) && lex.frequencyNouns.has(p.keys[j + 1]))
      return p.keys[j + 1].replace(/s$/, "");
  }
  return undefined;
}

/**
 * The two counts of a passage that make the one share a claim's share can be compared with: the
 * claim states a share of a whole (not a change, "rose by 40 percent", nor a difference) and no
 * other figure; the passage states no share and exactly two exact counts of one kind, the smaller
 * a part of the larger ("Of the 2,480 applications, 2,190 were granted"). A passage with more
 * counts makes many shares, and which the claim means is not for the rules to guess.
 */
function partAndWhole(
  q: Quantity,
  claim: Quantity[],
  passage: Quantity[],
  claimText: Passage,
  lex: SupportLexicon,
): Quantity[] | undefined {
  if (q.kind !== "percent" || claim.length !== 1 || differenceOf(q, claimText, lex)) return undefined;
  if (passage.some((p) => p.kind === "percent")) return undefined;
  const counts = passage.filter(
    (f) => (f.kind ?? "count") === "count" && f.low !== null && f.high === f.low && f.low > 0,
  );
  if (counts.length !== 2 || passage.length !== 2 || !compatible(counts[0], counts[1])) return undefined;
  return counts[0].low === counts[1].low ? undefined : counts;
}

/**
 * The two ends of the passage's one move ("from 480 homes to 420") that the claim's change `q`, a
 * share of where it started ("cut by a fifth") and the claim's only figure, can be read against:
 * the passage states no share and exactly two exact counts of one kind, the first after "from" and
 * the second after "to". Otherwise undefined.
 */
function movedBy(
  q: Quantity,
  claim: Quantity[],
  passage: Quantity[],
  claimText: Passage,
  passageText: Passage,
  lex: SupportLexicon,
): Quantity[] | undefined {
  if (q.kind !== "percent" || claim.length !== 1 || !differenceOf(q, claimText, lex)) return undefined;
  if (passage.some((p) => p.kind === "percent")) return undefined;
  const counts = passage.filter(
    (f) => (f.kind ?? "count") === "count" && f.low !== null && f.high === f.low && f.low > 0,
  );
  if (counts.length !== 2 || passage.length !== 2 || !compatible(counts[0], counts[1])) return undefined;
  const [from, to] = counts[0].start < counts[1].start ? counts : [counts[1], counts[0]];
  return keyBefore(from, passageText) === "from" && keyBefore(to, passageText) === "to" ? counts : undefined;
}

/** True when one exact count of the passage is the share `q` of another: 3,610 of 4,120 is 87.6 percent. */
function shareOfTwo(q: Quantity, figures: Quantity[]): boolean {
  const counts = figures.filter(
    (f) => (f.kind ?? "count") === "count" && f.low !== null && f.high === f.low && f.low > 0,
  );
  for (const part of counts)
    for (const whole of counts) {
      if (part === whole || (part.low as number) >= (whole.low as number)) continue;
      const share = Math.round((1000 * (part.low as number)) / (whole.low as number)) / 10;
      if (agrees(q, { ...q, low: share, high: share, approx: true, text: `${share}%` })) return true;
    }
  return false;
}

/** Words a ratio's "for every" may stand after its figure: "five objections came in for every letter". */
const RATIO_REACH = 6;

/**
 * True when the figure is the first term of a ratio ("five objections for every letter", {@link
 * ratioAt}) or a multiple ("five times as many objections as letters").
 */
function ratioOf(q: Quantity, p: Passage, lex: SupportLexicon): boolean {
  const i = figureIndex(q, p);
  if (i < 0) return false;
  if (p.keys[i + q.text.split(/\s+/).length] === "times") return true;
  for (let j = i + 1; j <= i + RATIO_REACH && j < p.keys.length && !lex.clauseEnds.has(p.keys[j]); j++)
    if (p.keys[j] === "for" && lex.universals.has(p.keys[j + 1] ?? "")) return true;
  return false;
}

/**
 * True when two exact figures of the passage lie as far apart as the difference `q` says: two of
 * `figures`, or one of them and one of `others`.
 */
function pairApart(q: Quantity, figures: Quantity[], others: Quantity[] = []): boolean {
  const exact = (fs: Quantity[]) => fs.filter((f) => f.low !== null && f.high === f.low);
  const mine = exact(figures);
  const pool = [...mine, ...exact(others)];
  for (let a = 0; a < mine.length; a++)
    for (let b = a + 1; b < pool.length; b++) {
      const d = Math.abs((mine[a].low as number) - (pool[b].low as number));
      const approx = mine[a].approx || pool[b].approx;
      if (d > 0 && agrees(q, { ...pool[b], low: d, high: d, approx, text: String(d) })) return true;
    }
  return false;
}

/**
 * "almost 50 recruits short of its target" against "recruited 212 seasonal lifeguards against a
 * target of 260": a target or limit is given with no counted noun, and what fell short of it with
 * a noun of its own, which may not be the claim's. When a figure comparable with the claim's
 * counts no noun, the passage's figures of its kind and unit that count another may be the other
 * end of the claim's difference; with none such, no figure is added.
 */
function uncounted(q: Quantity, same: Quantity[], passage: Quantity[]): Quantity[] {
  if (!same.some((p) => !p.counted)) return [];
  return passage.filter((p) => !same.includes(p) && p.counted && compatible(q, { ...p, counted: undefined }));
}

/**
 * The item of a list passage (its parts between semicolons) that holds most of the claim's
 * terms, as `[from, to)` token indexes; undefined when the passage is no list or two items tie.
 */
function listItem(p: Passage, claim: Passage, lex: SupportLexicon): [number, number] | undefined {
  const items: [number, number][] = [];
  let from = 0;
  for (let k = 0; k <= p.keys.length; k++)
    if (k === p.keys.length || p.keys[k] === ";") {
      items.push([from, k]);
      from = k + 1;
    }
  if (items.length < 2) return undefined;
  let best: [number, number] | undefined;
  let most = 0;
  let tie = false;
  for (const [a, b] of items) {
    const held = new Set<string>();
    for (let k = a; k < b; k++) {
      const t = termOf(p.keys[k], lex);
      if (claim.terms.has(t) && !/^\d/.test(t)) held.add(t);
    }
    if (held.size > most) {
      best = [a, b];
      most = held.size;
      tie = false;
    } else if (held.size === most && most > 0) tie = true;
  }
  return tie ? undefined : best;
}

/** True when the figure is where a change started: "up from 12", "from 1.6 million to …". */
function startingPoint(q: Quantity, p: Passage): boolean {
  return keyBefore(q, p) === "from";
}

/**
 * The key right before the figure `q`, past its currency sign ("by £18 million": "by"; "£" is a key
 * of its own, and the word that makes a figure a change, a level or a start stands before it), or
 * undefined.
 */
function keyBefore(q: Quantity, p: Passage): string | undefined {
  return keysBefore(q, p)[0];
}

/** The two keys right before the figure `q`, nearest first, past its currency sign (see {@link keyBefore}). */
function keysBefore(q: Quantity, p: Passage): [string | undefined, string | undefined] {
  const i = figureIndex(q, p);
  if (i <= 0) return [undefined, undefined];
  const j = /^\p{Sc}$/u.test(p.keys[i - 1]) ? i - 2 : i - 1;
  return [p.keys[j], p.keys[j - 1]];
}

/** The index in `p.keys` where the figure `q` is written, or -1. */
function figureIndex(q: Quantity, p: Passage): number {
  // "£270" is two keys, "£" and "270": the figure is found by its number.
  const first = q.text
    .split(/\s+/)[0]
    ?.toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, "");
  if (!first) return -1;
  const i = p.keys.indexOf(first);
  // "9pm" is two keys, "9" and "pm".
  const number = /^\d[\d.,:]*(?=\p{L})/u.exec(first)?.[0];
  return i >= 0 || !number ? i : p.keys.indexOf(number);
}

/**
 * True when the figure is the size of a change: "by half a million euros", "by 15 percent", the
 * amount taken "off" something ("shaved 700,000 tonnes off its forecast"), and the object of a verb
 * of change (`changeVerbs`: "cutting six collection rounds", "add about £1.2 million to the cost"),
 * which counts what was taken away or added, not what is left.
 */
function changeOf(q: Quantity, p: Passage, lex: SupportLexicon): boolean {
  const before = keyBefore(q, p);
  if (before === "by" || lex.changeVerbs.has(before ?? "")) return true;
  const i = figureIndex(q, p);
  const words = q.text.split(/\s+/).length;
  return i >= 0 && p.keys[i + words] === "off";
}

/**
 * True when the sentence moves a figure "from A to B" (or "to B from A") and the distance between
 * the two ends agrees with the change `q`. A bare first end ("from 1.6 million to 1.1 million
 * euros") takes the unit of the second.
 */
function endsAgree(q: Quantity, figures: Quantity[], p: Passage): boolean {
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k], figures[k + 1]];
    const [i, j] = [figureIndex(a, p), figureIndex(b, p)];
    if (i <= 0 || j <= i) continue;
    const ends = [keyBefore(a, p), keyBefore(b, p)].join(" ");
    if (ends !== "from to" && ends !== "to from") continue;
    const bare = (a.kind ?? "count") === "count" && !a.unit && !a.counted;
    if (!compatible(q, b) || !(compatible(a, b) || bare)) continue;
    if (a.low === null || b.low === null || a.high !== a.low || b.high !== b.low) continue;
    const d = Math.abs(b.low - a.low);
    const difference = { ...b, low: d, high: d, approx: a.approx || b.approx, text: String(d) };
    if (agrees(q, difference)) return true;
  }
  return false;
}

/**
 * True when the passage gives a figure comparable to one of the claim's and none that disagrees:
 * a passage that states the claim's figure. With the two sentences, the figures are read as the
 * rating reads them (a change, a remainder, a ratio), not only as values.
 */
export function figuresAgree(
  claim: Quantity[],
  passage: Quantity[],
  claimText?: Passage,
  passageText?: Passage,
): boolean {
  return (
    disagreeing(claim, passage, claimText, passageText) === undefined &&
    claim.some((q) => comparableTo(q, passage).length > 0)
  );
}

/**
 * The claim's figures the passage gives another value of: a figure of its kind, none agreeing.
 * A passage that states some other figure of the claim does not answer these.
 */
export function disputedFigures(claim: Quantity[], passage: Quantity[]): Quantity[] {
  return claim.filter((q) => disagreeing([q], passage) !== undefined);
}

/** The word as written in the passage whose term is `term`. */
function wordOf(p: Passage, term: string, lex: SupportLexicon): string {
  return p.keys.find((k) => termOf(k, lex) === term) ?? term;
}

/**
 * The incident term a passage counts as zero ("nobody was injured", "no deaths have been
 * reported", "no reports of injury") that the claim counts: a negator at most three words before
 * the term in the passage, a figure or quantifier in the claim and no negator there.
 */
export function zeroCounted(
  claim: Passage,
  passage: Passage,
  lex: SupportLexicon = supportLexicon(),
): string | undefined {
  if (has(claim.keys, lex.negators).length > 0) return undefined;
  if (
    claim.numbers.size === 0 &&
    has(claim.keys, lex.partials).length === 0 &&
    has(claim.keys, lex.counts).length === 0
  )
    return undefined;
  const keys = passage.keys;
  for (let i = 0; i < keys.length; i++) {
    const t = termOf(keys[i], lex);
    if (!lex.events.has(t) || !claim.terms.has(t)) continue;
    // "No one has been arrested": the auxiliaries between the negator and the incident do not count.
    for (let k = i - 1, d = 0; k >= 0 && d < 3; k--) {
      if (lex.auxiliaries.has(keys[k])) continue;
      d++;
      if (lex.negators.has(keys[k]) && !lex.clauseEnds.has(keys[k + 1]))
        return sinceDate(keys, k, lex) ? undefined : t;
    }
  }
  return undefined;
}

/**
 * The incident a short claim and a passage both count as zero ("Nobody was hurt" / "no properties
 * were damaged and no one was injured"): a claim whose one content word is an incident, with a
 * negator at most three words before it, meets a passage that negates the same incident so. Such a
 * claim has one word to share, never the two retrieval asks for; the zero is its anchor, as a
 * count's zero is for {@link zeroCounted}.
 */
export function zeroInBoth(
  claim: Passage,
  passage: Passage,
  lex: SupportLexicon = supportLexicon(),
): string | undefined {
  if (claim.terms.size !== 1) return undefined;
  const [t] = claim.terms;
  if (!lex.events.has(t) || !negatedIncident(claim.keys, t, lex)) return undefined;
  return negatedIncident(passage.keys, t, lex) ? t : undefined;
}

/** True when the incident term `t` stands in `keys` with a negator at most three words before it, counting no date window. */
function negatedIncident(keys: readonly string[], t: string, lex: SupportLexicon): boolean {
  for (let i = 0; i < keys.length; i++) {
    if (termOf(keys[i], lex) !== t) continue;
    for (let k = i - 1, d = 0; k >= 0 && d < 3 && !lex.clauseEnds.has(keys[k]); k--) {
      if (lex.auxiliaries.has(keys[k])) continue;
      d++;
      if (lex.negators.has(keys[k])) return !sinceDate(keys, k, lex);
    }
  }
  return false;
}

/**
 * True when a "since" before token `k` opens a time window with a date ("Since the notification
 * of the cases on May 3, no deaths have been reported"): a zero counted from then on says nothing
 * of the incidents counted before it, so it rules out no earlier tally. A "since" with no date
 * ("since nobody was hurt") gives a reason, not a window.
 */
function sinceDate(keys: readonly string[], k: number, lex: SupportLexicon): boolean {
  for (let s = k - 1; s >= 0; s--) {
    if (keys[s] !== "since") continue;
    for (let d = s + 1; d < k; d++) if (/^\d/.test(keys[d]) || lex.dateNames.has(keys[d])) return true;
  }
  return false;
}

/** How far (in tokens) a grade may stand from the shared word it grades: "seriously injured", "rated as requiring improvement". */
const GRADE_REACH = 2;

/**
 * The grades of each scale a passage gives, each beside a content word the other sentence shares
 * (the thing graded: "minor injuries", "a yellow warning"). A capitalised grade inside the sentence
 * is a name ("Red Cross") and grades nothing.
 */
function gradesOn(p: Passage, other: Passage, lex: SupportLexicon): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  const keys = p.keys;
  const shared = (k: number) => {
    const key = keys[k];
    if (lex.functionWords.has(key)) return false;
    const t = termOf(key, lex);
    return other.terms.has(t) && p.terms.has(t);
  };
  for (let i = 0; i < keys.length; i++) {
    for (const words of lex.scaleWords.get(keys[i]) ?? NO_PHRASES) {
      if (!words.every((w, k) => keys[i + k] === w) || p.names.has(keys[i])) continue;
      let near = false;
      // "Lenton Mill has been scrapped": the auxiliaries between a grade and its thing count for nothing.
      for (const [from, step] of [
        [i - 1, -1],
        [i + words.length, 1],
      ] as const)
        for (
          let k = from, d = 0;
          d < GRADE_REACH && !near && !lex.clauseEnds.has(keys[k] ?? ".");
          k += step
        ) {
          near = shared(k);
          if (!lex.auxiliaries.has(keys[k] ?? "")) d++;
        }
      if (!near) continue;
      const phrase = words.join(" ");
      const { scale, grade } = lex.grades.get(phrase) as { scale: number; grade: number };
      const grades = out.get(scale) ?? new Map<number, string>();
      if (!grades.has(grade)) grades.set(grade, phrase);
      out.set(scale, grades);
    }
  }
  return out;
}

/** The first grade of the claim on a scale where the passage gives only other grades, and the passage's grade. */
function otherGrade(claim: Passage, passage: Passage, lex: SupportLexicon): [string, string] | undefined {
  const mine = gradesOn(claim, passage, lex);
  const theirs = gradesOn(passage, claim, lex);
  for (const [scale, grades] of mine) {
    const other = theirs.get(scale);
    if (!other || [...grades.keys()].some((g) => other.has(g))) continue;
    return [[...grades.values()][0], [...other.values()][0]];
  }
  return undefined;
}

/**
 * The universal quantifiers of a sentence that claim something of all: one inside the complement
 * of a word of desire or plan ("wants every pupil to learn to swim") states an aim, not a fact
 * about every pupil.
 */
function claimedUniversals(keys: readonly string[], lex: SupportLexicon): string[] {
  const out: string[] = [];
  let aim = false;
  for (let i = 0; i < keys.length; i++) {
    if (lex.clauseEnds.has(keys[i])) aim = false;
    if (startsPhrase(keys, i, lex.intentions)) aim = true;
    if (aim || ratioAt(keys, i, lex) || idiomaticAll(keys, i, lex)) continue;
    for (const words of lex.universals.get(keys[i]) ?? NO_PHRASES)
      if (words.every((w, k) => keys[i + k] === w) && !lex.frequencyNouns.has(keys[i + words.length] ?? ""))
        out.push(words.join(" "));
  }
  return out;
}

/**
 * "First of all, the figure is wrong", "after all", "not at all", "above all", "all in all": an
 * "all" after one of the lexicon's idiomaticAllAfter prepositions that ends its phrase (or opens
 * "all in all") orders or stresses what is said and quantifies nothing (seen on a PTC train
 * article, where "First of all" made a claim sweep over the passage's "many").
 */
function idiomaticAll(keys: readonly string[], i: number, lex: SupportLexicon): boolean {
  if (keys[i] !== "all") return false;
  if (keys[i + 1] === "in" && keys[i + 2] === "all") return true;
  const next = keys[i + 1];
  return lex.idiomaticAllAfter.has(keys[i - 1] ?? "") && (next === undefined || lex.clauseEnds.has(next));
}

/**
 * "five objections for every letter of support", "two staff for each ward": a universal after "for"
 * with a figure before it in its clause gives a ratio between two counts, and claims nothing of all
 * the letters or wards.
 */
function ratioAt(keys: readonly string[], i: number, lex: SupportLexicon): boolean {
  if (keys[i - 1] !== "for") return false;
  for (let j = i - 2; j >= 0 && !lex.clauseEnds.has(keys[j]); j--) if (figureAt(keys, j, lex)) return true;
  return false;
}

/**
 * "restore lighting on every footpath near the station" against "on two footpaths near the
 * station": the claim says all of a thing the passage counts. The universal stands right before
 * the noun (or one word before it), the count right before the same noun in the passage.
 */
function countedAll(claim: Passage, passage: Passage, lex: SupportLexicon): [string, string] | undefined {
  const ck = claim.keys;
  const pk = passage.keys;
  for (let i = 0; i < ck.length; i++) {
    if (!lex.universals.has(ck[i]) || ck[i] === "any" || ck[i] === "always" || ratioAt(ck, i, lex)) continue;
    if (lex.frequencyNouns.has(ck[i + 1] ?? "") || figureAt(ck, i + 1, lex)) continue;
    for (const k of [i + 1, i + 2]) {
      const noun = ck[k];
      if (noun === undefined || lex.functionWords.has(noun) || !/^\p{L}/u.test(noun)) continue;
      const t = termOf(noun, lex);
      for (let j = 1; j < pk.length; j++)
        if (
          termOf(pk[j], lex) === t &&
          (/^\d{1,3}(,\d{3})*$|^\d+$/.test(pk[j - 1]) || lex.numberWords.has(pk[j - 1])) &&
          !negatedAt(pk, j - 1, lex)
        )
          return [`${ck[i]} ${noun}`, `${pk[j - 1]} ${pk[j]}`];
    }
  }
  return undefined;
}

/**
 * The direction words of a sentence, each as the head of its synonym group: its words, and the
 * word a phrasal verb means ("edged up" is "rose"; a bare "up" is too often "set up" to count).
 */
function directionWords(keys: readonly string[], lex: SupportLexicon): Set<string> {
  // "declined to comment", "fell short of the target": the verb of an implicit negator moves nothing.
  // "pay no more than they do now" sets a bound ("the same or less"): its "more" moves nothing.
  const bound = new Set<number>();
  for (let i = 0; i < keys.length; i++)
    for (const words of lex.bounds.get(keys[i]) ?? NO_PHRASES)
      if (words.every((w, k) => keys[i + k] === w)) for (let k = 0; k < words.length; k++) bound.add(i + k);
  // "Fares did not rise" says no rise, not a fall: a negated direction is left to the negation rule.
  const out = new Set(
    keys
      .filter(
        (k, i) =>
          !bound.has(i) &&
          (!lex.implicitNegators.has(k) || !startsPhrase(keys, i, lex.implicitNegators)) &&
          !(lex.oppositeOf.has(lex.canonical.get(k) ?? k) && negatedAt(keys, i, lex)),
      )
      .map((k) => lex.canonical.get(k) ?? k),
  );
  for (const phrase of findPhrases(keys, lex.phrasalDirections)) {
    const word = lex.phrasalMeaning.get(phrase) as string;
    out.add(lex.canonical.get(word) ?? word);
  }
  return out;
}

// The direction words of a passage's keys, by its keys array: a passage is read against many
// claims, and a claim against each of its candidates.
const directionsOf = new WeakMap<readonly string[], { lex: SupportLexicon; words: Set<string> }>();

/** {@link directionWords} of a passage's keys, worked out once per keys array and lexicon. */
function passageDirections(keys: readonly string[], lex: SupportLexicon): Set<string> {
  let known = directionsOf.get(keys);
  if (known?.lex !== lex) {
    known = { lex, words: directionWords(keys, lex) };
    directionsOf.set(keys, known);
  }
  return known.words;
}

/**
 * The first pair of opposites the claim says one of and the passage only the other of. A word the
 * claim itself uses in another form (`said`, the claim's terms) is no opposite of it: "Cutting
 * verges less often brought a rise in wildflowers" against "verges were cut once a year" speaks of
 * the cut too, which is not what rose.
 */
function opposed(
  ck: Set<string>,
  pk: Set<string>,
  lex: SupportLexicon,
  said?: Set<string>,
): [string, string] | undefined {
  let first: [string, string] | undefined;
  let firstOrder = Number.POSITIVE_INFINITY;
  for (const x of ck) {
    if (pk.has(x)) continue;
    for (const { other: y, order } of lex.oppositeOf.get(x) ?? [])
      if (order < firstOrder && !ck.has(y) && pk.has(y) && !said?.has(termOf(y, lex))) {
        first = [x, y];
        firstOrder = order;
      }
  }
  return first;
}

/**
 * The head of what moves with the direction word `dir` (a synonym group's head) in `keys`: in the
 * words before the verb in its clause, brackets aside, the last content word before the first
 * preposition ("the share of immigrants rose": "share"), else the last content word ("the
 * working-age population grew": "population"). Undefined when the verb or a content word before it is not found.
 */
function moverOf(keys: readonly string[], dir: string, lex: SupportLexicon): string | undefined {
  const at = keys.findIndex(
    (k, i) => (lex.canonical.get(k) ?? k) === dir || startsPhrase(keys, i, lex.phrasalDirections),
  );
  if (at < 0) return undefined;
  let from = at;
  while (from > 0 && !lex.clauseEnds.has(keys[from - 1]) && !lex.subjectOpens.has(keys[from - 1])) from--;
  const subject: string[] = [];
  for (let k = from, depth = 0; k < at; k++) {
    if (keys[k] === "(") depth++;
    else if (keys[k] === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) subject.push(keys[k]);
  }
  const content = (k: string) =>
    /\p{L}/u.test(k) && !lex.functionWords.has(k) && !lex.auxiliaries.has(k) && !MANNER.test(k);
  // The noun phrase ends at its first preposition after a content word: "burglaries in the lit
  // streets" is about burglaries.
  const first = subject.findIndex(content);
  const post = subject.findIndex((k, i) => i > first && first >= 0 && lex.subjectHeadEnds.has(k));
  const head = post > 0 ? subject.slice(0, post) : subject;
  for (let k = head.length - 1; k >= 0; k--) if (content(head[k])) return termOf(head[k], lex);
  return undefined;
}

/**
 * True unless the two direction words move different things: "immigrant displacement of workers
 * fell" against "the immigrant share of employment rose", "the foreign-born population grew"
 * against "immigrant employment fell". What moves is the same when the head of either side's
 * subject ({@link moverOf}) is a word of the other sentence, or when either head is not found.
 */
function sameMover(
  claimKeys: readonly string[],
  x: string,
  passageKeys: readonly string[],
  y: string,
  claim: Passage,
  passage: Passage,
  lex: SupportLexicon,
): boolean {
  const mine = moverOf(claimKeys, x, lex);
  const theirs = moverOf(passageKeys, y, lex);
  // "Levels at the sites on the boundary roads rose" against "Pollution on the boundary roads
  // fell": a word of level or a generic noun names what moves only through the words after it.
  const vague = (t: string) => lex.levels.has(t) || lex.generic.has(t);
  if (!mine || !theirs || vague(mine) || vague(theirs)) return true;
  return mine === theirs || passage.terms.has(mine) || claim.terms.has(theirs);
}

/**
 * True when a steady phrase ending in "at" is followed, within three words, by a figure or a word of
 * level ("stayed at 40 pounds", "stay at last year's level"): "stayed at the hotel" is a place.
 */
function levelAfter(keys: readonly string[], i: number, words: string[]): boolean {
  if (words[words.length - 1] !== "at") return true;
  const lex = supportLexicon();
  return keys.slice(i + words.length, i + words.length + 3).some((k) => /^\d/.test(k) || lex.levels.has(k));
}

/**
 * "Road spending will be cut" against "Road maintenance spending will stay at last year's level":
 * `a` says the figure moved, `b` only that it did not (no word of movement at all, and neither
 * side under a negation). The word of each, or undefined.
 */
function steadyAgainstMove(a: Passage, b: Passage, lex: SupportLexicon): [string, string] | undefined {
  const movesAt = (keys: readonly string[]) =>
    keys.findIndex((k) => lex.moves.has(lex.canonical.get(k) ?? k)) >= 0 ||
    findPhrases(keys, lex.phrasalDirections).length > 0;
  const steadyAt = (keys: readonly string[]) => {
    for (let i = 0; i < keys.length; i++)
      for (const words of lex.steady.get(keys[i]) ?? NO_PHRASES)
        if (
          words.every((w, k) => keys[i + k] === w) &&
          !negatedAt(keys, i, lex) &&
          levelAfter(keys, i, words)
        )
          return words.join(" ");
    return undefined;
  };
  if (!movesAt(a.keys) || steadyAt(a.keys) || movesAt(b.keys)) return undefined;
  const still = steadyAt(b.keys);
  if (!still) return undefined;
  const i = a.keys.findIndex((k) => lex.moves.has(lex.canonical.get(k) ?? k));
  if (i >= 0 && negatedAt(a.keys, i, lex)) return undefined;
  return [i >= 0 ? a.keys[i] : (findPhrases(a.keys, lex.phrasalDirections)[0] as string), still];
}

/**
 * The keys of the one conjunct of the passage that holds more of the claim's terms than any
 * other (sizes, times and "people" aside, and the direction words, which are what is compared,
 * not what it is said of), or undefined when the passage has one conjunct or two tie: then it is
 * unclear which conjunct speaks of the claim.
 */
function closestConjunct(passage: Passage, claim: Passage, lex: SupportLexicon): string[] | undefined {
  const moves = lex.oppositeWords;
  const parts = conjuncts(passage.keys, lex);
  if (parts.length < 2) return undefined;
  const score = (keys: string[]) => {
    const held = new Set<string>();
    for (const k of keys) {
      if (lex.generic.has(k) || lex.functionWords.has(k) || moves.has(lex.canonical.get(k) ?? k)) continue;
      if (!/\p{L}|\p{N}/u.test(k)) continue;
      const t = termOf(k, lex);
      if (claim.terms.has(t)) held.add(t);
    }
    return held.size;
  };
  const scores = parts.map(score);
  const best = Math.max(...scores);
  if (best === 0 || scores.filter((n) => n === best).length > 1) return undefined;
  return parts[scores.indexOf(best)];
}

/**
 * The conjuncts of a sentence, for the direction each states. A conjunct that opens on its verb
 * ("Sales rose in May but fell in June") says it of the subject of the conjunct before, so it is
 * given that subject.
 */
function conjuncts(keys: readonly string[], lex: SupportLexicon): string[][] {
  const moves = lex.oppositeWords;
  const parts: string[][] = [[]];
  for (const key of keys) {
    if (lex.directionConjunctEnds.has(key)) parts.push([]);
    else parts[parts.length - 1].push(key);
  }
  const moving = (k: string) => moves.has(lex.canonical.get(k) ?? k) || lex.phrasalDirections.has(k);
  for (let i = 1; i < parts.length; i++) {
    if (parts[i].length === 0 || !moving(parts[i][0])) continue;
    const before = parts[i - 1];
    const verb = before.findIndex(moving);
    parts[i] = [...before.slice(0, verb < 0 ? before.length : verb), ...parts[i]];
  }
  return parts;
}

/**
 * "Burglaries in the dark streets went up, while burglaries in the lit streets fell" against "…
 * while burglaries in fully lit areas rose": a claim that moves both ways is read conjunct by
 * conjunct, each against the one conjunct of the passage that holds the most of its words.
 */
function contraryByConjunct(
  claim: Passage,
  both: Set<string>,
  passage: Passage,
  lex: SupportLexicon,
): [string, string] | undefined {
  if (!lex.opposites.some(([a, b]) => both.has(a) && both.has(b))) return undefined;
  const parts = conjuncts(claim.keys, lex);
  if (parts.length < 2) return undefined;
  for (const part of parts) {
    const terms = new Set(part.map((k) => termOf(k, lex)).filter((t) => claim.terms.has(t)));
    const there = closestConjunct(passage, { ...claim, keys: part, terms }, lex);
    const contrary =
      there && opposed(directionWords(part, lex), directionWords(there, lex), lex, claim.terms);
    if (contrary) return contrary;
  }
  return undefined;
}

/**
 * True when a negator stands at most three words before `i` in its clause: "was not the first",
 * "did not go over budget". A rank, side or tally under it is denied, not stated.
 */
export function negatedAt(keys: readonly string[], i: number, lex: SupportLexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3) && !lex.clauseEnds.has(keys[k]); k--)
    if (lex.negators.has(keys[k])) return true;
  return false;
}

/** Words before "whether" within which the source's own deliberation opens it: "will decide in the spring whether". */
const DELIBERATION_REACH = 4;

/** A contradiction one of the count, rank and reference rules found. */
type Clash = { rule: string; reason: string };

/** The rank an ordinal states ("second", "2nd"), or undefined. */
function ordinalOf(key: string | undefined, lex: SupportLexicon): number | undefined {
  if (key === undefined) return undefined;
  const digits = /^(\d+)(st|nd|rd|th)$/.exec(key);
  return digits ? Number(digits[1]) : lex.ordinals.get(key);
}

/**
 * Each counted thing a sentence ranks, with its ranks: "the second derailment on the line" ranks
 * the derailment 2. The ordinal must stand right before a content word ("first of all", "at
 * first" rank nothing), and a fraction word after "a" or "one" is a share ("a third of").
 */
function ranks(p: Passage, lex: SupportLexicon): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const keys = p.keys;
  for (let i = 0; i < keys.length; i++) {
    const rank = ordinalOf(keys[i], lex);
    // "for the third successive year" ranks the year, as "for the second year running" does.
    const next = lex.sequenceWords.has(keys[i + 1] ?? "") ? keys[i + 2] : keys[i + 1];
    if (rank === undefined || next === undefined || keys[i - 1] === "at" || negatedAt(keys, i, lex)) continue;
    if (lex.functionWords.has(next) || !/^\p{L}/u.test(next) || ordinalOf(next, lex) !== undefined) continue;
    if (
      lex.fractions.has(keys[i]) &&
      (keys[i - 1] === "a" || keys[i - 1] === "one" || lex.numerators.has(keys[i - 1]))
    )
      continue;
    const t = termOf(next, lex);
    out.set(t, (out.get(t) ?? new Set()).add(rank));
  }
  return out;
}

/**
 * "It was the first derailment on the line" against "the second derailment on the line": the
 * same counted thing ranked otherwise, and no rank of the passage's for it is the claim's.
 */
function ordinalClash(claim: Passage, passage: Passage, lex: SupportLexicon): Clash | undefined {
  const theirs = ranks(passage, lex);
  for (const [thing, mine] of ranks(claim, lex)) {
    const other = theirs.get(thing);
    if (!other || [...mine].some((r) => other.has(r))) continue;
    const word = (p: Passage, r: Set<number>) =>
      p.keys.find(
        (k, i) =>
          r.has(ordinalOf(k, lex) ?? -1) &&
          [p.keys[i + 1], p.keys[i + 2]].some((n) => termOf(n ?? "", lex) === thing),
      ) ?? "";
    return {
      rule: "ordinal",
      reason: `the claim counts it the ${quote(word(claim, mine))} where the source says the ${quote(word(passage, other))}`,
    };
  }
  return undefined;
}

/**
 * "The lowest of four grades" against "the second-lowest of four grades": the claim ranks a thing
 * first by a superlative the passage gives only after another ordinal ("second-lowest", "third
 * largest"), so the passage ranks it otherwise. A claim with its own ordinal before the superlative
 * is left to the ordinal rule.
 */
function rankedSuperlative(claim: Passage, passage: Passage, lex: SupportLexicon): Clash | undefined {
  const ck = claim.keys;
  const pk = passage.keys;
  for (let i = 0; i < ck.length; i++) {
    const w = ck[i];
    if (!startsPhrase(ck, i, lex.superlatives) || ordinalOf(ck[i - 1], lex) !== undefined) continue;
    if (pk.includes(w)) continue;
    for (let j = 0; j < pk.length; j++) {
      const [first, rest] = pk[j].split(/-(.*)/s);
      const joined = rest === w ? ordinalOf(first, lex) : undefined;
      const apart = pk[j + 1] === w ? ordinalOf(pk[j], lex) : undefined;
      const rank = joined ?? apart;
      if (rank === undefined || rank < 2) continue;
      return {
        rule: "ordinal",
        reason: claimSaysWhere(w, joined !== undefined ? pk[j] : `${pk[j]} ${w}`),
      };
    }
  }
  return undefined;
}

/**
 * The side of each reference a sentence puts a figure on: "went over budget" above the budget,
 * "below the budget of 16 million" below it. A determiner may stand between ("within its
 * target"); "under" opening a sentence is "according to" ("Under the budget, fees rise").
 */
function referenceSides(p: Passage, lex: SupportLexicon): Map<string, { side: string; word: string }> {
  const out = new Map<string, { side: string; word: string }>();
  const keys = p.keys;
  for (let i = 1; i < keys.length; i++) {
    const side = lex.referenceBounds.get(keys[i]);
    if (!side || negatedAt(keys, i, lex)) continue;
    let k = i + 1;
    // "within its target", "above the service's own target": a determiner and an owner may stand
    // before the reference.
    while (
      k < i + 1 + REFERENCE_OWNER &&
      keys[k] !== undefined &&
      (lex.functionWords.has(keys[k]) || possessive(keys, k) || keys[k] === "own")
    )
      k++;
    const t = keys[k] === undefined ? undefined : termOf(keys[k], lex);
    if (t && lex.referenceNouns.has(t))
      out.set(t, { side, word: `${keys[i]} ${keys.slice(i + 1, k + 1).join(" ")}` });
  }
  return out;
}

/** How many words (a determiner, an owner and "own") may stand between a bound word and its reference. */
const REFERENCE_OWNER = 4;

/** True when the word at `k` is an owner: "service's", or a word before a split "'s". */
function possessive(keys: readonly string[], k: number): boolean {
  const w = keys[k];
  return (
    /['’]s$/.test(w) ||
    ((keys[k + 1] === "'s" || keys[k + 1] === "’s") && /^\p{L}/u.test(w)) ||
    w === "'s" ||
    w === "’s"
  );
}

/** "The project went over budget" against "cost 14.5 million, below the budget": two sides of one reference. */
function referenceClash(claim: Passage, passage: Passage, lex: SupportLexicon): Clash | undefined {
  const theirs = referenceSides(passage, lex);
  for (const [ref, mine] of referenceSides(claim, lex)) {
    const other = theirs.get(ref);
    if (other && other.side !== mine.side)
      return {
        rule: "reference",
        reason: claimSaysWhere(mine.word, other.word),
      };
  }
  return undefined;
}

/** The value of a count written in digits or words ("12", "seven"), or undefined. */
function countOf(key: string | undefined, lex: SupportLexicon): number | undefined {
  if (key === undefined) return undefined;
  if (/^\d+$/.test(key)) return Number(key);
  return lex.numberWords.get(key);
}

/**
 * The tally of a vote a sentence gives ("by 31 votes to 12", "The vote was 31 to 21"), 0 against
 * for a unanimous one, or undefined: the sentence must speak of a vote.
 */
function tallyOf(p: Passage, lex: SupportLexicon): { text: string; counts: number[] } | undefined {
  const keys = p.keys;
  if (!keys.some((k) => lex.tallies.has(k) || lex.unanimous.has(k))) return undefined;
  for (let i = 0; i < keys.length; i++) {
    const a = countOf(keys[i], lex);
    if (a === undefined || negatedAt(keys, i, lex)) continue;
    const k = lex.tallies.has(keys[i + 1]) ? i + 2 : i + 1;
    const b = keys[k] === "to" ? countOf(keys[k + 1], lex) : undefined;
    if (b !== undefined)
      return { text: keys.slice(i, k + 2).join(" "), counts: [a, b].sort((x, y) => x - y) };
  }
  const unanimous = keys.findIndex((k) => lex.unanimous.has(k));
  return unanimous >= 0 && !negatedAt(keys, unanimous, lex)
    ? { text: keys[unanimous], counts: [0] }
    : undefined;
}

/** "approved unanimously" against "by seven votes to two"; "31 to 21" against "31 votes to 12". */
function tallyClash(claim: Passage, passage: Passage, lex: SupportLexicon): Clash | undefined {
  const mine = tallyOf(claim, lex);
  const theirs = tallyOf(passage, lex);
  if (!mine || !theirs) return undefined;
  const against = (t: { counts: number[] }) => t.counts[0];
  const same =
    mine.counts.length === 1 || theirs.counts.length === 1
      ? (against(mine) === 0) === (against(theirs) === 0)
      : mine.counts.join() === theirs.counts.join();
  if (same) return undefined;
  return {
    rule: "tally",
    reason: claimSaysWhere(mine.text, theirs.text),
  };
}

/**
 * "The inspectorate blamed the delays on a shortage of barristers" against "a shortage of
 * barristers was one of several factors behind the delays": the source gives the cause a part in
 * the outcome, the claim makes it the cause. The claim names a cause outright (`causeStatements`, or a
 * `causal` word not after a determiner: "was a factor" is a part) and no part or hedge; the passage's contributory phrase stands, not negated, in a conjunct that
 * holds a word of the claim. Returns the claim's cause word and the passage's contributory phrase.
 */
function contributedOnShared(
  claim: Passage,
  passage: Passage,
  lex: SupportLexicon,
): [string, string] | undefined {
  // "was a factor", "the reason": a noun of cause after a determiner is a part, like the passage's.
  const cause = [...has(claim.keys, lex.causeStatements), ...has(claim.keys, lex.causal)].find(
    (w) =>
      !claim.keys.some((k, i) => k === w.split(" ")[0] && lex.causeArticles.has(claim.keys[i - 1] ?? "")),
  );
  if (!cause || has(claim.keys, lex.contributory).length > 0 || claimHedgesOf(claim.keys, lex).length > 0)
    return undefined;
  const keys = passage.keys;
  for (let i = 0; i < keys.length; i++)
    for (const words of lex.contributory.get(keys[i]) ?? NO_PHRASES) {
      if (!words.every((w, k) => keys[i + k] === w) || negatedAt(keys, i, lex)) continue;
      let start = i;
      while (start > 0 && !lex.conjunctEnds.has(keys[start - 1])) start--;
      let end = i + words.length;
      while (end < keys.length && !lex.conjunctEnds.has(keys[end])) end++;
      for (let k = start; k < end; k++) {
        if (k >= i && k < i + words.length) continue;
        const key = keys[k];
        if (lex.functionWords.has(key) || lex.generic.has(key) || !/^\p{L}/u.test(key)) continue;
        const t = termOf(key, lex);
        if (claim.terms.has(t) && passage.terms.has(t)) return [cause, words.join(" ")];
      }
    }
  return undefined;
}

/** How many content words may stand between a stage of an act and the thing it is said of. */
const STAGE_REACH = 2;

/** How far back (in tokens, inside its clause) a pending marker puts a stage still to come. */
const PENDING_REACH = 5;

/** A stage of an act a sentence states ("recommended"), and whether it is still to come. */
interface Stage {
  phrase: string;
  grade: number;
  pending: boolean;
}

/**
 * The stages of an act a sentence gives, each within {@link STAGE_REACH} content words of a word
 * the other sentence shares (the act or its actor: "was signed by the cabinet", "ordered the
 * service"), not negated. The longest phrase at a word counts ("signed off" is an approval, not a
 * signature). A stage after a pending marker in its clause ("before the contract is signed",
 * "subject to approval") is still to come.
 */
function stagesOn(p: Passage, other: Passage, lex: SupportLexicon): Stage[] {
  const out: Stage[] = [];
  const keys = p.keys;
  const shared = (k: number) => {
    const key = keys[k];
    if (lex.functionWords.has(key) || lex.generic.has(key) || !/^\p{L}/u.test(key)) return false;
    if (startsPhrase(keys, k, lex.stageWords)) return false;
    const t = termOf(key, lex);
    return other.terms.has(t) && p.terms.has(t);
  };
  for (let i = 0; i < keys.length; i++) {
    const words = (lex.stageWords.get(keys[i]) ?? [])
      .filter((w) => w.every((x, k) => keys[i + k] === x))
      .reduce<string[] | undefined>((a, b) => (a && a.length >= b.length ? a : b), undefined);
    if (!words || negatedAt(keys, i, lex)) continue;
    // "those who signed up", "orders in": a stage verb with a particle after it is another verb.
    if (lex.stageParticles.has(keys[i + words.length] ?? "")) continue;
    let near = false;
    for (const [from, step] of [
      [i - 1, -1],
      [i + words.length, 1],
    ] as const) {
      let seen = 0;
      for (
        let k = from;
        !near && seen < STAGE_REACH && k >= 0 && k < keys.length && !lex.clauseEnds.has(keys[k]);
        k += step
      ) {
        if (shared(k)) near = true;
        else if (!lex.functionWords.has(keys[k]) && /^\p{L}/u.test(keys[k])) seen++;
      }
    }
    let pending = false;
    let condition = false;
    for (let k = i - 1; k >= Math.max(0, i - PENDING_REACH) && !lex.clauseEnds.has(keys[k]); k--)
      if (startsPhrase(keys, k, lex.pendingMarkers)) {
        pending = true;
        // "…, and if approved, the scheme could begin in July": a stage right after "if" is the
        // condition of the statement that follows it, so it is still to come for that statement.
        if (startsPhrase(keys, k, lex.conditions) || (k === i - 1 && lex.conditionals.has(keys[k])))
          condition = true;
      }
    // "The Trust proposes to raise the charge …, subject to board approval": a condition holds for
    // the whole statement it follows, so the stage it leaves to come is of the same act, whatever
    // words stand beside it.
    if (!near && !condition) continue;
    const phrase = words.join(" ");
    out.push({ phrase, grade: lex.stages.get(phrase) as number, pending });
  }
  return out;
}

/**
 * "The board has ordered the service to recruit" against "It recommended that the service
 * recruit": the claim puts the act at a later stage than any the passage gives it (proposed,
 * consulted on, recommended, approved, ordered or signed, in force, completed), which states more
 * than the source: overreach. When the passage names the claim's stage as still to come
 * ("approved … before the contract is signed"), the claim says otherwise: contradicted. A claim at
 * an earlier stage says nothing against its passage, and a hedged or planned claim states no stage
 * reached.
 */
function stageClash(
  claim: Passage,
  passage: Passage,
  lex: SupportLexicon,
): { status: SupportStatus; reason: string } | undefined {
  if (has(claim.keys, lex.hedges).length > 0 || has(claim.keys, lex.intentions).length > 0) return undefined;
  const mine = stagesOn(claim, passage, lex).filter((s) => !s.pending);
  if (mine.length === 0) return undefined;
  const claimed = mine.reduce((a, b) => (b.grade > a.grade ? b : a));
  const theirs = stagesOn(passage, claim, lex);
  const stated = theirs.filter((s) => !s.pending);
  if (stated.some((s) => s.grade >= claimed.grade)) return undefined;
  const later = theirs.find((s) => s.pending && s.grade >= claimed.grade);
  // "Regulators have approved the deal" against "The deal is subject to approval by regulators":
  // the only stage the source gives is the claim's, still to come.
  if (stated.length === 0) {
    if (!later) return undefined;
    return {
      status: "contradicted",
      reason: `the claim says ${quote(claimed.phrase)} where the source has ${quote(later.phrase)} still to come`,
    };
  }
  const reached = stated.reduce((a, b) => (b.grade > a.grade ? b : a));
  if (later)
    return {
      status: "contradicted",
      reason: `the claim says ${quote(claimed.phrase)} where the source says ${quote(reached.phrase)}, with ${quote(later.phrase)} still to come`,
    };
  return {
    status: "overreach",
    reason: `the claim says ${quote(claimed.phrase)} where the source says only ${quote(reached.phrase)}: a later stage of the act`,
  };
}

/** Content words a claim needs before its words at the head of a passage are read as the passage's statement. */
const VERBATIM_WORDS = 3;

/**
 * True when the passage opens with the claim word for word, as its main clause, and goes on with
 * a clause of its own ("Staff will move to Kilnfield in stages, and no jobs will be lost"): the
 * source states the claim, and what its other clause negates or counts is another statement.
 * Not when that other clause reports, denies or hedges it ("…, the union claimed, but the council
 * denied it"), nor when the claim's words go on without a new conjunct ("…on Monday if the weather
 * clears").
 */
function opensWithClaim(claim: Passage, passage: Passage, lex: SupportLexicon): boolean {
  const words = (keys: readonly string[]) => keys.filter((k) => /[\p{L}\p{N}]/u.test(k));
  const mine = words(claim.keys);
  const theirs = words(passage.keys);
  if (mine.filter((k) => !lex.functionWords.has(k)).length < VERBATIM_WORDS) return false;
  if (theirs.length <= mine.length || !mine.every((k, n) => theirs[n] === k)) return false;
  // The claim's last word in the passage, then a comma or semicolon and a new conjunct.
  let at = -1;
  for (let k = 0, n = 0; k < passage.keys.length && n < mine.length; k++)
    if (/[\p{L}\p{N}]/u.test(passage.keys[k]) && ++n === mine.length) at = k;
  const next = passage.keys.slice(at + 1, at + 3);
  if (next[0] !== ";" && !(next[0] === "," && lex.coordinators.has(next[1] ?? ""))) return false;
  const rest = theirs.slice(mine.length);
  return (
    !rest.some((k) => lex.reporting.has(k)) &&
    findPhrases(rest, lex.denials).length === 0 &&
    findPhrases(rest, lex.hedges).length === 0 &&
    findPhrases(rest, lex.conditions).length === 0
  );
}

/**
 * Rate a claim against the passage that speaks of it. Contradiction first (figures that do not
 * overlap, a polarity the passage does not share, a denial, a contrary direction), then overreach
 * (a hedge, a partial quantifier or a correlation in the passage that the claim drops), else
 * support. Only rules a reader can check in the two sentences: no inference about the world.
 * `nearby` gives the figures of the passage's sentence and of those beside it in its paragraph,
 * asked for only when a figure of the claim differs from the passage's: a writer may add two of them
 * up (default: none).
 */
export function ratePassage(
  claim: Passage,
  claimQuantities: Quantity[],
  passage: Passage,
  passageQuantities: Quantity[],
  lex: SupportLexicon = supportLexicon(),
  nearby: () => readonly Quantity[] = NO_FIGURES,
): PassageRating {
  if (opensWithClaim(claim, passage, lex))
    return { status: "supported", rule: "match", reason: "the source says it in the same words" };
  // "Police could not immediately say how seriously they were hurt", "The company did not say
  // whether …": the claim reports that someone kept silent, which only a passage that reports the
  // same silence speaks of; any other passage on the topic says nothing of what was not said.
  const silent = silenceOf(claim.keys, lex);
  if (silent && !silenceOf(passage.keys, lex))
    return {
      status: "not-found",
      rule: "no-passage",
      reason: `no passage says this: the claim reports a silence (${quote(silent)}), the closest reports none`,
    };
  // "One child has died" against "Seven children have been admitted to hospital; none has died":
  // the count the passage denies is the claim's, whatever other figure of the same noun it gives.
  const zero = zeroCounted(claim, passage, lex);
  if (zero)
    return {
      status: "contradicted",
      rule: "negation",
      reason: `the source counts no ${quote(wordOf(passage, zero, lex))} where the claim counts some`,
    };
  const d = disagreeing(claimQuantities, passageQuantities, claim, passage, lex, nearby);
  if (d)
    return {
      status: "contradicted",
      rule: "quantity",
      reason: `the source gives ${d.passage.map((q) => quote(q.text)).join(", ")} where the claim says ${quote(d.claim.text)}${d.per ? ` (a rate per ${d.per}: the source's, read per ${d.per}, is another figure)` : ""}`,
    };
  // "and nobody has been fired" added to a reused sentence negates nothing the source says, while
  // "operators have offered nothing" does.
  const pc = polarity(claim, passage, lex, 1);
  const pp = polarity(passage, claim, lex);
  if (pc.unmet !== undefined && pc.flips.length === 0)
    return {
      status: "not-found",
      rule: "no-passage",
      reason: `no passage says this: the closest does not speak of what the claim says was not done (${quote(pc.unmet)})`,
    };
  // "found an association between X and Y, but cannot show that one causes the other" against "X
  // causes Y": the source links the two and denies only the cause; the claim makes the link a cause.
  const linked = has(passage.keys, lex.correlation);
  const causes = has(claim.keys, lex.causal);
  if (
    linked.length > 0 &&
    causes.length > 0 &&
    pc.flips.length === 0 &&
    pp.flips.length > 0 &&
    has(passage.keys, lex.causal).length > 0
  )
    return {
      status: "overreach",
      rule: "causation",
      reason: `the source reports a correlation (${quote(linked[0])}) and no cause; the claim states a cause (${quote(causes[0])})`,
    };
  // "Pellew denied acting deliberately" against "Pellew let the flats knowing he had no licence":
  // the claim's "no" negates the licence, not what the source's denial denies, so it does not
  // cancel the denial the claim leaves out. A claim that negates what is denied ("did not act
  // deliberately") agrees with it.
  const unanswered =
    pp.denial !== undefined &&
    !pc.denial &&
    pc.flips.length > 0 &&
    pp.denied.size > 0 &&
    ![...pc.negated].some((t) => pp.denied.has(t));
  if (unanswered)
    return {
      status: "contradicted",
      rule: "denial",
      reason: `the source reports a denial (${quote(pp.denial as string)}) the claim leaves out`,
    };
  // An absence stated with "without" on one side agrees with a negation of the same thing on the other.
  const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((t) => b.has(t));
  const claimNegations = pc.flips.length + (overlaps(pc.absent, pp.negated) ? 1 : 0);
  const passageNegations = pp.flips.length + (overlaps(pp.absent, pc.negated) ? 1 : 0);
  // "Morland has not had a death in a fire since 1998" against "… blocks had not had a fire safety
  // audit": both sentences deny, each a thing the other does not speak of, so the passage's
  // negation bears on another predicate than the claim's and flips nothing of it.
  // The same, the other way round: "No resident would see their charge go up" against "Most
  // residents will see no increase at all, and …": the conjunct of the passage that speaks of the
  // claim denies too, in its own words ("no increase" for "go up"), so the claim's negation is no
  // opposite of it. A negator in another conjunct ("Three were hurt, and police did not name them")
  // leaves the claim's negation standing against the passage.
  const bothDeny =
    pp.flips.length === 0 &&
    pp.unshared > 0 &&
    pc.flips.length > 0 &&
    !pc.denial &&
    has(closestConjunct(passage, claim, lex) ?? passage.keys, lex.negators).length > 0;
  // "Residents' groups say they will not give up on a total ban" against "She said the ministry
  // had rejected calls for a complete ban": the one denial of the passage is another party's, and
  // the claim negates a statement of its own subject; neither denies the other.
  const otherParty =
    pp.denial !== undefined &&
    pp.flips.length === 1 &&
    pc.flips.length === 0 &&
    pc.unshared > 0 &&
    !deniesOfSubject(claim, passage, lex);
  const otherDenied = (pc.flips.length === 0 && pc.unshared > 0 && !pp.denial) || bothDeny || otherParty;
  // "Cuba continues to deny it attacked the diplomats" against "the illnesses are allegedly
  // thought to be either a sonic attack or …": the source only alleges what the claim reports
  // someone denying, so it neither states the opposite of the denial nor says anything of it.
  if (
    pc.denial !== undefined &&
    !pp.denial &&
    pp.flips.length === 0 &&
    hedgesOnShared(passage, claim, lex).hedges.length > 0
  )
    return {
      status: "not-found",
      rule: "no-passage",
      reason: `no passage says this: the closest only alleges what the claim reports denied (${quote(pc.denial)})`,
    };
  if (claimNegations % 2 !== passageNegations % 2 && !otherDenied) {
    if (pp.denial && !pc.denial)
      return {
        status: "contradicted",
        rule: "denial",
        reason: `the source reports a denial (${quote(pp.denial)}) the claim leaves out`,
      };
    // "two in five visitors cannot even find a space" against "41 percent had difficulty finding a
    // space": the source says it was hard, the claim that it was not done at all.
    const hard =
      pc.flips.length > 0 && pp.flips.length === 0
        ? passage.keys.find((k) => lex.difficulties.has(k))
        : undefined;
    if (hard)
      return {
        status: "overreach",
        rule: "hedge",
        reason: `the source says only that it was hard (${quote(hard)}); the claim says ${quote(pc.flips[0])}`,
      };
    // "accused the harbour master of watching the thefts and doing nothing" against "accuses him of
    // doing all the dirty work": both report a charge, and one charge does not deny another.
    const charged = (p: Passage, flips: string[]) => {
      const at = p.keys.findIndex((k) => lex.accusations.has(k));
      return at >= 0 && (flips.length === 0 || p.keys.indexOf(flips[0].split(" ")[0], at) > at);
    };
    if (charged(claim, pc.flips) && charged(passage, pp.flips))
      return {
        status: "not-found",
        rule: "no-passage",
        reason:
          "no passage says this: the closest reports another charge, which neither states nor denies this one",
      };
    const word = pp.flips.length > pc.flips.length ? pp.flips[0] : pc.flips[0];
    const where = pp.flips.length > pc.flips.length ? "the source says" : "the claim says";
    return {
      status: "contradicted",
      rule: "negation",
      reason: `${where} ${quote(word)}: the other sentence states the opposite`,
    };
  }
  const cc = comparedTerm(claim, lex);
  const cp = comparedTerm(passage, lex);
  if (cc && cp && cc.after !== cp.after && cp.before.has(cc.after) && cc.before.has(cp.after))
    return {
      status: "contradicted",
      rule: "roles",
      reason: `the claim compares ${quote(cc.after)} where the source compares ${quote(cp.after)}: the roles are swapped`,
    };
  const ck = passageDirections(claim.keys, lex);
  const contrary = opposed(ck, passageDirections(passage.keys, lex), lex, claim.terms);
  // "Adult unemployment fell, while youth unemployment edged up" against "Youth unemployment
  // fell": the passage moves both ways, and the conjunct that speaks of the claim's subject says.
  const conjunct = contrary ? undefined : closestConjunct(passage, claim, lex);
  const contraryThere =
    (conjunct && opposed(ck, directionWords(conjunct, lex), lex, claim.terms)) ||
    (contrary ? undefined : contraryByConjunct(claim, ck, passage, lex));
  const pair = contrary ?? contraryThere;
  // "the foreign-born population grew" against "immigrant employment fell": the passage moves
  // another thing, and says nothing of what the claim says moved.
  if (pair && !sameMover(claim.keys, pair[0], passage.keys, pair[1], claim, passage, lex))
    return {
      status: "not-found",
      rule: "no-passage",
      reason: `no passage says this: the closest says ${quote(wordOf(passage, pair[1], lex))} of another thing than the claim's`,
    };
  if (pair) {
    const [x, y] = pair;
    // The words as written: a synonym group's first word ("biggest") is not what the source said ("largest").
    return {
      status: "contradicted",
      rule: "direction",
      reason: claimSaysWhere(wordOf(claim, x, lex), wordOf(passage, y, lex)),
    };
  }
  // "sales of the garden range were flat" in a passage whose other conjunct says what rose: the
  // conjunct that speaks of the claim's subject says whether it moved.
  const near = closestConjunct(passage, claim, lex);
  const still =
    steadyAgainstMove(claim, passage, lex) ??
    steadyAgainstMove(passage, claim, lex)?.reverse() ??
    (near ? steadyAgainstMove(claim, { ...passage, keys: near }, lex) : undefined);
  if (still)
    return {
      status: "contradicted",
      rule: "direction",
      reason: claimSaysWhere(still[0], still[1]),
    };
  // Rules that read one count, rank or reference in each sentence: under a negation on either
  // side ("not the first", "did not go over budget") they say nothing.
  if (pc.flips.length === 0 && pp.flips.length === 0) {
    const clash =
      ordinalClash(claim, passage, lex) ??
      rankedSuperlative(claim, passage, lex) ??
      referenceClash(claim, passage, lex) ??
      tallyClash(claim, passage, lex);
    if (clash) return { status: "contradicted", ...clash };
  }
  // "Hygiene was appalling" against "hand hygiene was good": evaluations of opposite polarity with
  // no negator on either side (a negated "not good" is left to the rules above, or to no rule).
  if (has(claim.keys, lex.negators).length === 0 && has(passage.keys, lex.negators).length === 0) {
    for (const [mine, theirs] of [
      [lex.unfavourable, lex.favourable],
      [lex.favourable, lex.unfavourable],
    ] as const) {
      const said = evaluative(claim, mine);
      const other = evaluative(passage, theirs);
      if (
        said.length &&
        other.length &&
        !evaluative(claim, theirs).length &&
        !evaluative(passage, mine).length
      )
        return {
          status: "contradicted",
          rule: "evaluation",
          reason: `the claim judges it ${quote(wordOf(claim, said[0], lex))} where the source says ${quote(wordOf(passage, other[0], lex))}`,
        };
    }
  }
  // "A man was seriously injured" against "one man was taken to hospital with minor injuries".
  const graded = otherGrade(claim, passage, lex);
  if (graded)
    return {
      status: "contradicted",
      rule: "scale",
      reason: claimSaysWhere(graded[0], graded[1]),
    };
  // "ordered" against "recommended", "signed" against "approved … before the contract is signed".
  const staged = stageClash(claim, passage, lex);
  if (staged) return { ...staged, rule: "stage" };
  // "A fifth to a third.": a fragment that only repeats the passage's figures asserts nothing the
  // passage hedges; its figures agreed above.
  if (onlyFigures(claim, lex))
    return { status: "supported", rule: "match", reason: "the source gives the same figures" };
  const claimHedges = claimHedgesOf(claim.keys, lex);
  const found = hedgesOnShared(passage, claim, lex);
  const { rounding } = found;
  // "It estimated that about 19 percent …" against "almost a fifth …": a claim that gives its
  // figure as approximate keeps what an estimate says.
  // A bound ("would cost less than £1 million") is no more exact than an estimate (after held-out
  // 16): the claim keeps what "is estimated to cost £780,000" says.
  const approximate = claimQuantities.some((q) => q.approx || (q.low === null) !== (q.high === null));
  // "Westmoor proposes eleven turbines" against "Westmoor wants eleven turbines": a claim that
  // reports the wish or plan keeps what a proposal says, and the condition put on the act ("wants to
  // sell the centre" against "agreed to sell …, subject to a final vote"); "will build eleven
  // turbines" does not.
  const planned = has(claim.keys, lex.intentions).length > 0 || claim.keys.some((k) => lex.proposals.has(k));
  // "More than half of the wards would be covered" against "The council proposes a scheme
  // covering 11 of the 19 wards": a claim in the conditional says what the plan would do, as the
  // proposal does; "will be covered" says it will happen.
  const hypothetical = claim.keys.some((k) => lex.hypotheticals.has(k));
  // A claim that also puts the act at a stage ("wants to sell it, and the full council has already
  // approved the sale") states more than the wish: the source's condition still counts against it.
  const wishOnly = planned && findPhrases(claim.keys, lex.stageWords).length === 0;
  // "Officers said most complaints can now be logged online" against "… said most complaints could
  // now be logged …": a modal shifted into the past by the report is the claim's own "can".
  const present = (h: string) => {
    const form = lex.backshifts.get(h);
    return form !== undefined && claim.keys.includes(form);
  };
  // "Work on the roof starts in March, once Northline has signed off the grid connection" against
  // "…, subject to final approval of the grid connection": the claim states the condition itself.
  const conditional = has(claim.keys, lex.claimConditions).length > 0;
  // "The project is expected to cost £27.4 million" against "will cost just under £28 million": a
  // forecast whose verb takes the figure for its object (`figureVerbs`) is an estimate of that
  // figure, kept by a claim that gives its figure as approximate (issue #17, after held-out 17).
  const estimated = (h: string) =>
    !h.includes(" ") &&
    passage.keys.some(
      (k, i) =>
        k === h &&
        passage.keys[i + 1] === "to" &&
        lex.figureVerbs.has(passage.keys[i + 2] ?? "") &&
        passageQuantities.some((q) => figureIndex(q, passage) === i + 3 || figureIndex(q, passage) === i + 4),
    );
  const passageHedges = found.hedges.filter(
    (h) =>
      !(approximate && (lex.estimates.has(h) || estimated(h))) &&
      !((planned || hypothetical) && lex.proposals.has(h)) &&
      !(wishOnly && found.conditions.includes(h)) &&
      !present(h) &&
      !(conditional && found.conditions.includes(h)),
  );
  const exact = has(claim.keys, lex.exact)[0];
  if (exact && rounding.length > 0 && claimHedges.length === 0)
    return {
      status: "overreach",
      rule: "hedge",
      reason: `the source rounds the figure (${quote(rounding[0])}); the claim says ${quote(exact)}`,
    };
  // "The gauge read 3.1 metres at 9am" against "The river may peak at up to 3.8 metres": the
  // source hedges another figure of the same kind (a forecast, not the reading) and gives none
  // the claim states, so its hedge weakens nothing the claim says, and it does not say it either.
  const claimMeasures = measuresOf(claimQuantities);
  const otherFigure =
    claimMeasures.length > 0 &&
    // A bound ("up to 3.8 metres") allows the claim's 3.1 but states only its own end.
    !claimMeasures.some((c) =>
      comparableTo(c, passageQuantities).some((q) =>
        q.low !== null && q.high !== null
          ? agrees(c, q)
          : (q.low ?? q.high) === c.low || (q.low ?? q.high) === c.high,
      ),
    ) &&
    claimMeasures.some((c) => comparableTo(c, measuresOf(passageQuantities)).length > 0);
  if (claimHedges.length === 0 && passageHedges.length > 0 && otherFigure)
    return {
      status: "not-found",
      rule: "no-passage",
      reason: `no passage says this: the closest hedges another figure of the same kind (${named(passageHedges).map(quote).join(", ")}) and does not give the claim's`,
    };
  // "The panel recommends that the council restore the service" against "… recommends that the
  // council consider restoring the service": the claim keeps the recommendation, which is its only
  // hedge, and drops the deliberation, so it recommends more than the source.
  const weighed =
    passageHedges.find((h) => h.split(" ").some((w) => w.startsWith("consider"))) ??
    deliberation(passage.keys);
  if (
    weighed &&
    claimHedges.length > 0 &&
    claimHedges.every((h) => lex.proposals.has(h)) &&
    !claim.keys.some((k) => k.startsWith("consider"))
  )
    return {
      status: "overreach",
      rule: "hedge",
      reason: `the source recommends only that it be considered (${quote(weighed)}); the claim does not`,
    };
  // "will take further action if the refunds are late" against "may consider further action if
  // the refunds are late": a condition both state qualifies both alike, so it is no hedge of the
  // claim's against the passage's others (seen on an invented wire rewrite of a regulator's fine).
  const bothCondition = claimHedges.filter((h) => lex.conditionals.has(h) && passage.keys.includes(h));
  const further = passageHedges.filter((h) => !bothCondition.includes(h));
  // "there are no emergency procedures" against "whether they will have access to emergency
  // procedures if …": the claim denies what the passage only allows, which is no stronger form of
  // it, so the passage neither says it nor says something weaker of it (seen on a PTC train article).
  if (claimHedges.length === bothCondition.length && further.length > 0 && pc.flips.length > pp.flips.length)
    return {
      status: "not-found",
      rule: "no-passage",
      reason: `no passage says this: the closest hedges (${named(further).map(quote).join(", ")}) what the claim denies`,
    };
  if (claimHedges.length === bothCondition.length && further.length > 0) {
    const booster = has(claim.keys, lex.boosters)[0];
    const claimSays = booster ? `the claim says ${quote(booster)}` : "the claim does not";
    return {
      status: "overreach",
      rule: "hedge",
      reason: `the source hedges (${named(further).map(quote).join(", ")}); ${claimSays}`,
    };
  }
  const modal =
    pc.flips.length > pp.flips.length ? undefined : modalOverBound(claim, claimHedges, passage, further, lex);
  if (modal)
    return {
      status: "overreach",
      rule: "hedge",
      reason: `the source leaves it open (${quote(modal)}); the claim only bounds its figure`,
    };
  // "Parents must see a practice nurse before they can book" against "Parents who have concerns
  // can speak to a practice nurse before booking": the claim makes a duty of what the source
  // leaves free.
  const duty = has(claim.keys, lex.obligations)[0];
  const leave =
    duty !== undefined && has(passage.keys, lex.obligations).length === 0
      ? permissionOnShared(passage, claim, lex)
      : undefined;
  if (duty !== undefined && leave !== undefined)
    return {
      status: "overreach",
      rule: "hedge",
      reason: `the source says only ${quote(leave)}; the claim says ${quote(duty)}`,
    };
  // A claim that keeps the source's part ("only two of the six girders …, yet the whole bridge")
  // has not made "some" into "all".
  const universals = partials(claim.keys, lex).length > 0 ? [] : claimedUniversals(claim.keys, lex);
  const part = partials(passage.keys, lex);
  if (universals.length > 0 && has(passage.keys, lex.universals).length === 0 && part.length > 0)
    return {
      status: "overreach",
      rule: "quantifier",
      reason: claimSaysWhere(universals[0], part[0]),
    };
  const counted =
    universals.length > 0 &&
    has(passage.keys, lex.universals).length === 0 &&
    countedAll(claim, passage, lex);
  if (counted)
    return {
      status: "overreach",
      rule: "quantifier",
      reason: claimSaysWhere(counted[0], counted[1]),
    };
  const correlation = has(passage.keys, lex.correlation);
  const causal = has(claim.keys, lex.causal);
  if (correlation.length > 0 && causal.length > 0 && has(passage.keys, lex.causal).length === 0)
    return {
      status: "overreach",
      rule: "causation",
      reason: `the source reports a correlation (${quote(correlation[0])}); the claim states a cause (${quote(causal[0])})`,
    };
  const partialCause = contributedOnShared(claim, passage, lex);
  if (partialCause)
    return {
      status: "overreach",
      rule: "causation",
      reason: `the source says it contributed (${quote(partialCause[1])}); the claim states it as the cause (${quote(partialCause[0])})`,
    };
  // "The best jazz festival in the world" against a passage that only dates the festival: the
  // passage speaks of the festival, not of what the claim ranks it.
  const ranking = has(claim.keys, lex.superlatives).find(
    (w) => !passage.keys.includes(w) && !passage.terms.has(termOf(w, lex)),
  );
  if (ranking)
    return {
      status: "not-found",
      rule: "superlative",
      reason: `no passage: the closest speaks of the same thing but not of ${quote(ranking)}`,
    };
  // "High rents are caused by the shortage" against "Agents reported a shortage …, where rents are
  // high": the passage speaks of both things but links them by no cause, so it does not say the
  // claim's cause.
  const cause = has(claim.keys, lex.causeStatements)[0];
  if (cause && has(passage.keys, lex.causal).length === 0 && has(passage.keys, lex.contributory).length === 0)
    return {
      status: "not-found",
      rule: "causation",
      reason: `no passage says this: the closest speaks of the same things but states no cause (${quote(cause)})`,
    };
  return matchRating(claim, claimQuantities, passage, passageQuantities, lex);
}

/**
 * True when the passage gives one of the claim's counts, amounts or shares: a figure of its kind
 * that agrees with it, or two figures that make it (a share, a difference, a ratio).
 */
export function figureGiven(
  claim: Quantity[],
  passage: Quantity[],
  claimText: Passage,
  passageText: Passage,
  lex: SupportLexicon = supportLexicon(),
): boolean {
  const theirs = measuresOf(passage);
  return measuresOf(claim).some(
    (q) =>
      theirs.some((p) => compatible(q, p) && agrees(q, p)) ||
      (ratioOf(q, claimText, lex) && theirs.length > 1) ||
      shareOfTwo(q, theirs) ||
      pairApart(q, theirs) ||
      relativelyApart(q, theirs) ||
      endsAgree(q, theirs, passageText),
  );
}

/**
 * The claim's first count, amount or share when the passage states no figure of the kind of any
 * of the claim's (a count, an amount, a share), and none is made by two of the passage's figures
 * (a share, a difference, a ratio). Dates are left out: a writer adds the day of the news to what
 * a source says.
 */
export function figureUnstated(
  claim: Quantity[],
  passage: Quantity[],
  claimText: Passage,
  passageText: Passage,
  lex: SupportLexicon = supportLexicon(),
): Quantity | undefined {
  // Only a figure written in digits: a vague count ("several") is a range any count may fall in,
  // a small number in words ("the two schools", "not one gallery") names more than it counts, and
  // a span of time ("for six years") is told by many sentences, as a date is.
  const mine = measuresOf(claim).filter(
    (q) =>
      /\d/.test(q.text) &&
      (q.low === null || q.high === null || q.low === q.high) &&
      !lex.timeSpans.has(q.counted ?? ""),
  );
  if (mine.length === 0 || tableRow(passage, passageText)) return undefined;
  const theirs = measuresOf(passage);
  const made = (q: Quantity) =>
    // "612 objections" for "612 letters of objection": a figure of the kind, whatever it counts,
    // is one the figure rules read; the size of a change says nothing of a level.
    theirs.some(
      (p) =>
        (p.kind ?? "count") === (q.kind ?? "count") && !levelAgainstChange(q, claimText, p, passageText, lex),
    ) ||
    ratioOf(q, claimText, lex) ||
    shareOfTwo(q, theirs) ||
    pairApart(q, theirs) ||
    relativelyApart(q, theirs) ||
    endsAgree(q, theirs, passageText);
  return mine.some(made) ? undefined : mine[0];
}
