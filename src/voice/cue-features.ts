import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import { stem } from "../text/stem.js";
import { type KeyTable, KIND_CODE, TOKEN_KINDS } from "../text/token-store.js";
import { subjectOf } from "./cues.js";
import type { VoiceLexicon } from "./lexicon.js";
import type { Mention, MentionFinder } from "./mentions.js";
import {
  agentForward,
  phraseBackward,
  type SourceWords,
  sourceWords,
  subjectEnd,
  type WordClass,
  wordClass,
} from "./noun-phrases.js";

/** A word the learned cue model may read as a reporting cue, with what it knows of its context. */
export interface CueCandidate {
  token: number;
  sentence: number;
  /** The verb's subject as the rules read it (src/voice/cues.ts), when there is one. */
  subject?: Mention;
  inverted: boolean;
  features: string[];
}

const UPPER = /^\p{Lu}/u;
const WORD = KIND_CODE.word;
const ADVERB = /^\p{L}{3,}ly$/u;

/**
 * Whether a word may open a cue: not a function word, auxiliary, modal or adverb ("has", "also",
 * "about", "reportedly"), unless it is a reporting verb ("said"). Gold cues often start with one
 * ("has endorsed", "talks about"), but on its own it names nothing; the verb beside it is the cue.
 */
export function mayBeCue(lex: VoiceLexicon, w: string): boolean {
  if (lex.verbs.has(w) || lex.attributionVerbs.has(w)) return true;
  return !(functionWords().has(w) || lex.verbSkips.has(w) || lex.modals.has(w) || ADVERB.test(w));
}
// What a word's key alone decides, by key id of a text, per lexicon: whether it may open a cue
// ({@link mayBeCue}; 0 not asked yet, 1 yes, 2 no) and, for those that may, its rate and stem
// buckets. Asked of every free word: the adverb test is a regular expression and the stem a few
// slices. Arrays as long as the key table, filled at once (see src/voice/cue-model.ts).
interface ByKey {
  lex: VoiceLexicon;
  may: Uint8Array;
  bucket: (string | undefined)[];
  stem: (string | undefined)[];
}
const byKeyOf = new WeakMap<KeyTable, ByKey>();

function wordsByKey(keys: KeyTable, lex: VoiceLexicon): ByKey {
  let entry = byKeyOf.get(keys);
  if (entry?.lex !== lex || entry.may.length < keys.size) {
    const none = () => new Array<string | undefined>(keys.size).fill(undefined);
    entry = { lex, may: new Uint8Array(keys.size), bucket: none(), stem: none() };
    byKeyOf.set(keys, entry);
  }
  return entry;
}

// Small integers as strings, made once: feature values are looked up by string, and a string
// made anew per word is hashed anew.
const NUMERALS = Array.from({ length: 11 }, (_, i) => String(i));
const numeral = (n: number): string => NUMERALS[n] ?? String(n);

// A sentence with a quotation mark in it: the cue of a direct quote is the rules' business.
const QUOTE_MARK = /["\u201C\u201D\u2018\u2019\u00AB\u00BB]/;

/**
 * Tokens outside every span in `taken` (quotes, and the spans of attributions the rules already
 * found): PolNeAR's attributions are univocal, so a word inside one is no cue of another.
 */
export function freeTokens(doc: Document, taken: Span[]): Uint8Array {
  const free = new Uint8Array(doc.tokenStore.length).fill(1);
  // `taken` comes sorted by start, and spans nest and overlap (a cue inside its content): each
  // token is cleared once, from where the spans before left off, so that many attributions over
  // one long sentence cost its length, not its length once per attribution.
  let cleared = 0;
  for (const s of taken) {
    let k = Math.max(cleared, doc.tokenStore.firstEndingAfter(s.start));
    for (; k < doc.tokenStore.length && doc.tokenStore.starts[k] < s.end; k++) free[k] = 0;
    cleared = Math.max(cleared, k);
  }
  return free;
}

/**
 * One feature of the cue model as its kind and value, spelt `kind:a`, or `kind:a_b` for two
 * values; `aId`, when `a` is a token key (or, for `s3`, the key whose suffix it is), the key's id
 * in the text's key table, so that a scorer can keep its look-ups by id.
 */
export type CueFeatureVisitor = (kind: string, a: string, b?: string, aId?: number) => void;

/** The features whose value is two words joined by "_", as the cue model's weights spell them. */
export const PAIR_KINDS: ReadonlySet<string> = new Set([
  "wn",
  "pw",
  "subj-rate",
  "rate-that",
  "before-rate",
  "stem-comp",
  "subj-stem",
  "speaker-stem",
]);

/**
 * A stem's learned cue rate as a feature value: finer below a tenth, where most of the everyday
 * cues lie ("want", "hopes", "agreed" are cues in a few of their uses).
 */
function stemBucket(rate: number | undefined): string {
  if (rate === undefined) return "none";
  if (rate < 0.05) return "lt5";
  if (rate < 0.1) return "lt10";
  return numeral(Math.floor(rate * 10));
}

/**
 * What follows a candidate cue: a clause ("that"), a to-infinitive ("wants to", "agreed to"),
 * a comma or colon, or a "that" after a short object ("told reporters that").
 */
function complement(key: (k: number) => string, k: number): string {
  const next = key(k + 1);
  if (next === "that" || next === "to") return next;
  if (next === "," || next === ":") return next === "," ? "comma" : "colon";
  return key(k + 2) === "that" || key(k + 3) === "that" ? "obj-that" : "other";
}

/** Spell a visited feature as the string the model's weights are keyed by. */
export const spell = (kind: string, a: string, b?: string): string =>
  b === undefined ? `${kind}:${a}` : `${kind}:${a}_${b}`;

/**
 * The word tokens of sentence `si` that are free, each with its features: the word, its suffix
 * and shape, its neighbours, the learned cue rate of the word in PolNeAR train (`lex.cueRates`,
 * in tenths), the learned rate of its stem (`lex.stemRates`) alone, with what follows the word
 * (a "that" clause, a to-infinitive) and with the subject, the lexicon lists it is in, the
 * subject the rules read for it, its position in the sentence and whether "that" follows. Training (measure/voice/train-attribution-model.ts) and
 * inference read the same features. With `score`, the features of each word are first visited
 * without building their strings; only the words `score` keeps get their strings and are
 * returned (a long text has tens of thousands of free words, few of them cues). With `bound`
 * too, a word `bound` rules out on its early features is dropped before its subject is read.
 * `speakers` holds the key ids of the words that name the sources the rules found in the text:
 * whether the subject is one of them is a feature (someone the text reports is likelier to be
 * reported again).
 */
export function cueCandidates(
  doc: Document,
  lex: VoiceLexicon,
  m: MentionFinder,
  free: Uint8Array,
  si: number,
  score?: CueScorer,
  bound?: CueBound,
  speakers?: ReadonlySet<number>,
): CueCandidate[] {
  const { tokenStore: tokens, text } = doc;
  const s = doc.sentences[si];
  const floor = s.tokenStart;
  const limit = s.tokenEnd;
  const out: CueCandidate[] = [];
  const quoted = QUOTE_MARK.test(text.slice(s.start, s.end)) ? "q" : "noq";
  const words = sourceWords();
  const key = (k: number) => (k < floor ? "<s>" : k >= limit ? "</s>" : tokens.key(k));
  const keyId = (k: number) => (k < floor || k >= limit ? -1 : tokens.keyIds[k]);
  const byKey = wordsByKey(tokens.keyTable, lex);
  const { may } = byKey;
  const shape = (k: number) => {
    if (k < floor || k >= limit) return "edge";
    const kind = tokens.kinds[k];
    if (kind !== WORD) return TOKEN_KINDS[kind];
    // ASCII letters by their code; any other first character by the regular expression.
    const c = text.charCodeAt(tokens.starts[k]);
    if (c >= 97 && c <= 122) return "low";
    if (c >= 65 && c <= 90) return "Cap";
    return UPPER.test(text[tokens.starts[k]]) ? "Cap" : "low";
  };
  // The word being read and its features' values. The visits read them from here, so that they
  // are two functions per sentence, not two new closures per word.
  let k = floor;
  let id = -1;
  let w = "";
  let bucket = "";
  let stemRate = "";
  let comp = "";
  let that = false;
  let subject = "";
  let before = "";
  let speaker = "";
  // Runs of features both visits take, in the same order in each.
  const around = (visit: CueFeatureVisitor) => {
    visit("w", w, undefined, id);
    visit("rate", bucket);
    visit("shape", shape(k));
    visit("p", key(k - 1), undefined, keyId(k - 1));
    visit("pp", key(k - 2), undefined, keyId(k - 2));
    visit("n", key(k + 1), undefined, keyId(k + 1));
    visit("nn", key(k + 2), undefined, keyId(k + 2));
    visit("wn", w, key(k + 1), id);
    visit("pw", key(k - 1), w, keyId(k - 1));
    visit("ps", shape(k - 1));
    visit("ns", shape(k + 1));
  };
  const place = (visit: CueFeatureVisitor) => {
    visit("pos", numeral(Math.floor((4 * (k - floor)) / Math.max(1, limit - floor))));
    visit("that", that ? "true" : "false");
    visit("rate-that", bucket, that ? "true" : "false");
    visit("quote", quoted);
  };
  const lexical = (visit: CueFeatureVisitor) => {
    if (w.length > 4) visit("s3", w.slice(-3), undefined, id);
    if (lex.verbs.has(w)) visit("lex", "verb");
    if (lex.indirectVerbs.has(w)) visit("lex", "indirect");
    if (lex.attributionVerbs.has(w)) visit("lex", "attribution");
    if (lex.pronouns.has(key(k - 1))) visit("p", "pronoun");
  };
  // The features that need neither the subject nor the word it would end at, in any order.
  const visitEarly = (visit: CueFeatureVisitor) => {
    around(visit);
    place(visit);
    visit("stem", stemRate);
    visit("stem-comp", stemRate, comp);
    lexical(visit);
  };
  // Every feature, in the order the model's sum takes them (the early ones and LATE_KINDS).
  const visitAll = (visit: CueFeatureVisitor) => {
    around(visit);
    visit("subj", subject);
    visit("subj-rate", subject, bucket);
    place(visit);
    visit("before", before);
    visit("before-rate", before, bucket);
    visit("stem", stemRate);
    visit("stem-comp", stemRate, comp);
    visit("subj-stem", subject, stemRate);
    visit("speaker", speaker);
    visit("speaker-stem", speaker, stemRate);
    lexical(visit);
  };
  for (; k < limit; k++) {
    if (free[k] === 0 || tokens.kinds[k] !== WORD) continue;
    id = tokens.keyIds[k];
    w = tokens.key(k);
    if (may[id] === 0) may[id] = mayBeCue(lex, w) ? 1 : 2;
    if (may[id] === 2) continue;
    let b = byKey.bucket[id];
    if (b === undefined) {
      const rate = lex.cueRates.get(w);
      byKey.bucket[id] = b = rate === undefined ? "none" : numeral(Math.floor(rate * 10));
      byKey.stem[id] = stemBucket(lex.stemRates.get(stem(w)));
    }
    bucket = b;
    stemRate = byKey.stem[id] as string;
    comp = complement(key, k);
    that = false;
    for (let j = k + 1; j < Math.min(k + 4, limit); j++) if (tokens.key(j) === "that") that = true;
    // Most words fall short of the threshold on these features whatever their subject: the
    // subject and the words before are read only for the others.
    if (bound && !bound(visitEarly)) continue;
    const found = subjectOf(m, k, floor, limit);
    subject = found ? `${found.subject.kind}${found.inverted ? "-inv" : ""}` : "none";
    // Whether the subject is someone the text already reports: one of its words heads or names a
    // source the rules found ("Trump wants …" where "Trump said" came before).
    speaker =
      found === undefined
        ? "none"
        : speakers?.has(tokens.keyIds[found.subject.last]) ||
            speakers?.has(tokens.keyIds[found.subject.first])
          ? `${found.subject.kind}-known`
          : `${found.subject.kind}-new`;
    // The class of the word the subject would end at ("who endorsed", "you want", "his warning").
    const end = subjectEnd(doc, words, k, floor);
    before = end >= 0 ? wordClass(doc, lex, words, end) : "none";
    if (score && !score(visitAll)) continue;
    const features: string[] = [];
    visitAll((kind, a, b) => features.push(spell(kind, a, b)));
    out.push({
      token: k,
      sentence: si,
      inverted: found?.inverted ?? false,
      features,
      ...(found ? { subject: found.subject } : {}),
    });
  }
  return out;
}

/**
 * The kinds of feature {@link cueCandidates} visits only after the early ones: those read from
 * the subject and from the word the subject would end at.
 */
export const LATE_KINDS: readonly string[] = [
  "subj",
  "subj-rate",
  "before",
  "before-rate",
  "subj-stem",
  "speaker",
  "speaker-stem",
];

/**
 * The late kinds that pair a late value with an early one, by the early kind whose value they
 * take and the side it is on (`subj-rate:SUBJECT_RATE` takes `rate`'s value second): a bound
 * may read the largest weight among the pairs with the early value the word has.
 */
export const LATE_PAIRS: ReadonlyMap<string, { early: string; side: 0 | 1 }> = new Map([
  ["subj-rate", { early: "rate", side: 1 }],
  ["before-rate", { early: "rate", side: 1 }],
  ["subj-stem", { early: "stem", side: 1 }],
  ["speaker-stem", { early: "stem", side: 1 }],
]);

/**
 * Whether a word whose early features (every kind but {@link LATE_KINDS}) `visitEarly` visits
 * may still be kept, whatever its late features: false only when it surely cannot.
 */
export type CueBound = (visitEarly: (visit: CueFeatureVisitor) => void) => boolean;

/** Whether a word whose features `visitAll` visits is kept (see {@link cueCandidates}). */
export type CueScorer = (visitAll: (visit: CueFeatureVisitor) => void) => boolean;

const distance = (d: number) => (d <= 2 ? String(d) : d <= 5 ? "3-5" : d <= 10 ? "6-10" : "far");

/** A mention that may be a learned cue's source, and how it was found. */
export interface SourceOption {
  mention: Mention;
  /** The mention follows the cue. */
  inverted: boolean;
  /** `rule`: the subject the rules read; `before`: the nearest mention before the cue (past
   * auxiliaries and adverbs); `opening`: the sentence's first mention; `phrase`: the noun phrase
   * or pronoun before the cue (src/voice/noun-phrases.ts); `agent`: a passive cue's "by" phrase;
   * `chain`: the subject of the verb governing the cue in a "to" complement. */
  via: "rule" | "before" | "opening" | "phrase" | "agent" | "chain";
}

/** The mentions that may be a candidate cue's source, each once. */
export function sourceOptions(doc: Document, m: MentionFinder, c: CueCandidate): SourceOption[] {
  const s = doc.sentences[c.sentence];
  const out: SourceOption[] = [];
  const add = (mention: Mention | undefined, inverted: boolean, via: SourceOption["via"]) => {
    if (mention && !out.some((o) => o.mention.first === mention.first && o.mention.last === mention.last))
      out.push({ mention, inverted, via });
  };
  add(c.subject, c.inverted, "rule");
  let j = c.token - 1;
  while (j >= s.tokenStart && m.lex.verbSkips.has(doc.tokenStore.key(j))) j--;
  if (j >= s.tokenStart) add(m.backward(j, s.tokenStart), false, "before");
  if (s.tokenStart < c.token) add(m.forward(s.tokenStart, c.token), false, "opening");
  // Names and descriptions the mention rules read are people; PolNeAR's sources are any noun
  // phrase ("a CNN/ORC poll showed", "leaked emails revealed", "Graham, who endorsed").
  const words = sourceWords();
  const end = subjectEnd(doc, words, c.token, s.tokenStart);
  if (end >= 0) add(phraseBackward(doc, m.lex, words, end, s.tokenStart), false, "phrase");
  add(agentForward(doc, m.lex, words, c.token + 1, s.tokenEnd), true, "agent");
  add(chainSubject(doc, m.lex, words, end, s.tokenStart), false, "chain");
  return out;
}

/**
 * The subject of the verb that governs a cue in a "to" complement ("Mitchell tried to discuss",
 * "voters choose to not believe", "she plans to try to repeal"): PolNeAR's cue spans the chain,
 * and its source is the governing verb's subject, where the phrase before the cue is only "to".
 * `end` is the word before the cue past auxiliaries and negation.
 */
function chainSubject(
  doc: Document,
  lex: VoiceLexicon,
  words: SourceWords,
  end: number,
  floor: number,
): Mention | undefined {
  const tokens = doc.tokenStore;
  let to = end;
  for (let hop = 0; hop < 3 && to > floor && tokens.key(to) === "to"; hop++) {
    const verb = subjectEnd(doc, words, to, floor);
    if (verb < floor || wordClass(doc, lex, words, verb) !== "low" || functionWords().has(tokens.key(verb)))
      return undefined;
    const subject = subjectEnd(doc, words, verb, floor);
    if (subject < floor) return undefined;
    if (tokens.key(subject) !== "to") return phraseBackward(doc, lex, words, subject, floor);
    to = subject;
  }
  return undefined;
}

// For each token index, how many commas stand before it: a comma between a source option and
// its cue is a difference of two counts, not a walk over the words between (a long sentence has
// many cues and options far apart).
const commaCounts = new WeakMap<Document, Int32Array>();
function commasBefore(doc: Document): Int32Array {
  let counts = commaCounts.get(doc);
  if (counts) return counts;
  const tokens = doc.tokenStore;
  counts = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) counts[k + 1] = counts[k] + (tokens.key(k) === "," ? 1 : 0);
  commaCounts.set(doc, counts);
  return counts;
}

/**
 * Features of a mention that may be a learned cue's source, for the model that decides whether
 * it is: how it was found, its kind, side and distance from the cue, its first and last words
 * and their classes (pronoun, determiner, capitalised…), its length, the word before it, a comma
 * between it and the cue, the cue word, whether a plural head meets a verb in "-s" (number
 * agreement), and what its head names (a person, people, a document; see `headClass`), alone,
 * with how it was found and with the cue's stem rate.
 */
export function sourceFeatures(doc: Document, lex: VoiceLexicon, c: CueCandidate, o: SourceOption): string[] {
  const s = o.mention;
  const { tokenStore: tokens } = doc;
  const cue = tokens.key(c.token);
  const gap = o.inverted ? s.first - c.token : c.token - s.last;
  const commas = commasBefore(doc);
  const comma = commas[Math.max(s.first, c.token)] - commas[Math.min(s.last, c.token) + 1] > 0;
  const kind = `${s.kind}${o.inverted ? "-inv" : ""}`;
  const words = sourceWords();
  const firstClass = wordClass(doc, lex, words, s.first);
  const lastClass = wordClass(doc, lex, words, s.last);
  const head = tokens.key(s.last);
  const heads = headClass(lex, words, head, tokens.key(s.first), lastClass);
  const verbS = cue.length > 3 && cue.endsWith("s") && !cue.endsWith("ss");
  const headS = head.length > 3 && head.endsWith("s") && !head.endsWith("ss");
  return [
    `via:${o.via}`,
    `via-kind:${o.via}_${kind}`,
    `kind:${kind}`,
    `dist:${distance(gap)}`,
    `kind-dist:${kind}_${distance(gap)}`,
    `first:${tokens.key(s.first)}`,
    `last:${tokens.key(s.last)}`,
    `len:${Math.min(6, s.last - s.first + 1)}`,
    `before:${tokens.keyAt(s.first - 1) ?? "<s>"}`,
    `comma:${comma}`,
    `cue:${cue}`,
    `kind-cue:${kind}_${cue}`,
    `class:${firstClass}_${lastClass}`,
    `via-class:${o.via}_${firstClass}`,
    `agree:${verbS}_${headS}`,
    `head:${heads}`,
    `via-head:${o.via}_${heads}`,
    `head-stem:${heads}_${stemBucket(lex.stemRates.get(stem(cue)))}`,
  ];
}

/**
 * What a source phrase's head names, as far as the word lists tell: a person by pronoun or
 * title ("he", "Sen. Warren"), people ("officials", "police", "the journalists"), a document or
 * a finding ("the report", "a poll"), or only its shape (a capitalised name, a common noun).
 */
function headClass(
  lex: VoiceLexicon,
  words: SourceWords,
  head: string,
  first: string,
  last: WordClass,
): string {
  if (words.personal.has(head) || lex.pronouns.has(head)) return "pronoun";
  if (words.relatives.has(head)) return "relative";
  if (lex.titles.has(first) || lex.titles.has(head) || lex.personNounsLikeAdjectives.has(head))
    return "title";
  if (lex.collectives.has(head) || lex.documentPeople.has(head) || lex.personWords.has(head)) return "people";
  if (lex.selfReference.has(head) || lex.evidenceNouns.has(head)) return "document";
  return last;
}
