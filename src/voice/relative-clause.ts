import { functionWords } from "../text/function-words.js";
import type { Mention, MentionFinder } from "./mentions.js";
import { sourceWords } from "./noun-phrases.js";

// How many words a relative clause's subject and auxiliaries may take before its verb ("his
// brother Alastair Osman gave").
const SUBJECT_WORDS = 6;
// How far back from a cue the head of its subject may open ("The report the council published
// in May found"): beyond it the clause is read as it was.
const CLAUSE_REACH = 16;
const PAST = /^\p{Ll}{2,}ed$/u;
// A verb in the present with the third person's -s ("writes", "supports"); "-ss", "-us" and "-is"
// end nouns and adjectives ("press", "bonus", "analysis").
const PRESENT = /^\p{Ll}{2,}[^su'\u2019]s$/u;

/** Whether token k is a verb in the past written in lower case ("signed", "gave", "made"). */
export function pastVerb(m: MentionFinder, k: number): boolean {
  if (m.tokens.kindAt(k) !== "word" || m.isCapWord(k)) return false;
  const key = m.tokens.key(k);
  return PAST.test(key) || m.lex.irregularPasts.has(key) || m.lex.irregularParticiples.has(key);
}

/**
 * Whether token k is a verb in the present with -s right after a relative pronoun ("a teenager who
 * supports the mayor says") or "he", "she" or "it" ("the book he writes says"). After a noun the
 * form is left: a plural reads the same ("a gap that security experts say …").
 */
function presentVerb(m: MentionFinder, k: number): boolean {
  const { tokens, lex } = m;
  if (tokens.kindAt(k) !== "word" || m.isCapWord(k)) return false;
  const key = tokens.key(k);
  if (!PRESENT.test(key) || functionWords().has(key) || sourceWords().auxiliaries.has(key)) return false;
  const before = tokens.keyAt(k - 1) ?? "";
  return lex.subjectRelatives.has(before) || lex.presentSubjects.has(before);
}

// Whether token k can end the head noun a relative clause hangs on: a word that is no function
// word, determiner, verb in the past, adverb in -ly, form in -ing or word of time ("a few minutes
// later they", "another listing the facts left out").
function headNoun(m: MentionFinder, k: number): boolean {
  const key = m.tokens.keyAt(k) ?? "";
  return (
    m.tokens.kindAt(k) === "word" &&
    !functionWords().has(key) &&
    !m.lex.determiners.has(key) &&
    !pastVerb(m, k) &&
    !/(?:ly|ing)$/.test(key) &&
    !sourceWords().agentStops.has(key)
  );
}

/**
 * The verb of a relative clause that opens at token j, or -1: a relative pronoun after its head
 * ("the official who relayed the exchange"), or an article, possessive or subject pronoun right
 * after a head noun in lower case, the relative pronoun left out ("the agreement the two mayors
 * signed", "an account she gave"). The verb is a past form within a few words, or a present one
 * with -s after a singular subject ("the book he writes", "a teenager who supports the mayor").
 */
export function relativeVerb(m: MentionFinder, j: number, limit: number): number {
  const { tokens, lex } = m;
  const key = tokens.keyAt(j) ?? "";
  if (!headNoun(m, j - 1)) return -1;
  let from: number;
  if (lex.subjectRelatives.has(key) || lex.objectRelatives.has(key)) from = j + 1;
  else {
    const pronoun = m.pronoun(j) !== undefined;
    if ((!pronoun && !lex.relativeSubjectOpeners.has(key)) || m.isCapWord(j - 1)) return -1;
    // An article opens a noun phrase of at least one more word before the verb.
    from = pronoun ? j + 1 : j + 2;
  }
  for (let v = from; v < Math.min(limit, j + 1 + SUBJECT_WORDS); v++) {
    if (tokens.kindAt(v) !== "word" && !m.abbreviationDot(v)) return -1;
    if (pastVerb(m, v) || presentVerb(m, v)) return v;
  }
  return -1;
}

// Whether token k is a verb, an auxiliary or a pronoun: after a relative clause's verb, such a
// word opens another clause, and before the head's end it makes no noun phrase.
function clauseWord(m: MentionFinder, k: number): boolean {
  const key = m.tokens.key(k);
  return (
    pastVerb(m, k) ||
    sourceWords().auxiliaries.has(key) ||
    m.lex.copulas.has(key) ||
    m.lex.subjectRelatives.has(key) ||
    m.pronoun(k) !== undefined
  );
}

/**
 * The head noun phrase of a cue's subject that holds a relative clause ending right before the
 * cue ("The agreement the two mayors signed said", "A letter the family sent to the board says",
 * "One official who relayed the exchange said"): the head speaks, not the clause's subject or
 * object. `end` is the last word before the cue, `floor` the sentence's first token. Undefined
 * unless only the clause's verb and its complements ("to the board", "in May") stand between the
 * head and the cue: another verb, an auxiliary or a pronoun there opens a clause of its own
 * ("The only regret he acknowledged was a failed promise").
 */
export function relativeHead(m: MentionFinder, end: number, floor: number): Mention | undefined {
  const { tokens, lex } = m;
  let c = end;
  while (
    c > floor &&
    (tokens.kindAt(c - 1) === "word" || tokens.kindAt(c - 1) === "number" || m.abbreviationDot(c - 1))
  ) {
    c--;
    if (end - c > CLAUSE_REACH) return undefined;
  }
  // "But the agreement …": a conjunction opening the clause is no part of its subject.
  if (functionWords().has(tokens.key(c)) && !lex.determiners.has(tokens.key(c))) c++;
  const head = m.descriptionForward(c, end + 1);
  if (!head || head.last >= end) return undefined;
  for (let k = head.first + 1; k <= head.last; k++) if (clauseWord(m, k)) return undefined;
  const verb = relativeVerb(m, head.last + 1, end + 1);
  if (verb < 0) return undefined;
  for (let k = verb + 1; k <= end; k++) if (clauseWord(m, k)) return undefined;
  return head;
}
