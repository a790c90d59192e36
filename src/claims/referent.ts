import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import { stem } from "../text/stem.js";
import { dateStarters } from "./dates.js";
import { type Clause, sentenceIndex } from "./figure-clauses.js";
import { wordValue } from "./numbers.js";
import type { Quantity } from "./types.js";

/** The event a figure counts: its class ("leave"), how it reads ("who left") and the word that said so. */
export interface EventRef {
  event: string;
  say: string;
  cue: string;
}

/** The shape of data/quantities-events.json. */
export interface EventFile {
  requests: string[];
  positions: string[];
  notTopic: string[];
  frameEnds: string[];
  clauseEnds: string[];
  scopes: Record<string, string>;
  rateOpeners: string[];
  rateUnits: string[];
  distributives: string[];
  wholeOpeners: string[];
  events: { event: string; say: string; words: string[] }[];
}

let byWord: Map<string, { event: string; say: string }> | undefined;
let file: EventFile | undefined;
let requests: Set<string> | undefined;
let notTopic: Set<string> | undefined;
let frameEnds: Set<string> | undefined;
let clauseEnds: Set<string> | undefined;
let scopes: Map<string, string> | undefined;
function events(): Map<string, { event: string; say: string }> {
  if (!byWord) {
    byWord = new Map();
    file = loadData<EventFile>("quantities-events.json");
    for (const e of file.events)
      for (const w of e.words) if (!byWord.has(w)) byWord.set(w, { event: e.event, say: e.say });
    requests = new Set(file.requests);
    notTopic = new Set(file.notTopic);
    frameEnds = new Set(file.frameEnds);
    clauseEnds = new Set(file.clauseEnds);
    scopes = new Map(Object.entries(file.scopes));
  }
  return byWord;
}

let sets:
  | {
      positions: Set<string>;
      rateOpeners: Set<string>;
      rateUnits: Set<string>;
      distributives: Set<string>;
      wholeOpeners: Set<string>;
    }
  | undefined;
function measureWords() {
  events();
  const f = file as EventFile;
  sets ??= {
    positions: new Set(f.positions),
    rateOpeners: new Set(f.rateOpeners),
    rateUnits: new Set(f.rateUnits),
    distributives: new Set(f.distributives),
    wholeOpeners: new Set(f.wholeOpeners),
  };
  return sets;
}

// Punctuation that closes a clause: what lies beyond it is about something else ("3,000 people
// were evacuated, and one bus carried 60").
const CLAUSE_END = new Set([",", ";", ":", "(", ")", "\u2014", "\u2013", "\u2015", "?", "!"]);

/**
 * The clause of a figure (the sentence cut at commas, semicolons, colons, brackets and dashes,
 * and at another figure): the tokens after it and before it, each at a distance from the figure,
 * after it first and nearest first; a word after the figure is a little nearer than one as far
 * before it. Before the figure the clause also ends at a `frameEnds` word ("that"): what stands
 * before it is the frame that reports the figure ("Campbell added in the testimony that officials
 * told me that they expected APCO to apply a portion of the $3 million fee"), who said it and
 * where, not what the figure is of. After the figure it also ends at a `clauseEnds` word ("sold the
 * lot for $510,000 the day before the donations were made"): a clause of time, cause or
 * concession says when or why, not what the figure is of. Read through the sentence's index
 * (src/claims/figure-clauses.ts), in a few look-ups however long the clause.
 */
function clauseOf(doc: Document, q: Quantity): Clause | undefined {
  events();
  const frame = frameEnds as Set<string>;
  const ends = clauseEnds as Set<string>;
  const store = doc.tokenStore;
  const index = sentenceIndex(doc, q.sentence, {
    stop: (t) => (store.kind(t) === "punct" && CLAUSE_END.has(store.key(t))) || store.kind(t) === "number",
    end: (t) => ends.has(store.key(t)),
    frame: (t) => frame.has(store.key(t)),
  });
  if (!index) return undefined;
  const t0 = store.firstStartingAt(q.start);
  let t1 = t0;
  while (t1 < index.end && store.starts[t1] < q.end) t1++;
  return index.clause(t0, t1);
}

// The distance of token t from the figure: after it t - t1, before it t0 - 1 - t + 0.5.
const distance = (c: Clause, t: number): number => (t >= c.t1 ? t - c.t1 : c.t0 - 1 - t + 0.5);

/** The tokens of a clause, after the figure then before it, each nearest first. */
function clauseTokens(c: Clause): number[] {
  const out: number[] = [];
  for (let t = c.t1; t < c.after; t++) out.push(t);
  for (let t = c.t0 - 1; t >= c.before; t--) out.push(t);
  return out;
}

/**
 * The event a quantity counts, read from its clause ({@link clauseOf}): the event word nearest
 * to the figure, by `data/quantities-events.json`. Undefined when the clause names no known event:
 * such a figure is not compared, because nothing says what it counts happening. The figure's own
 * counted noun is no event ("two cases were confirmed", "some 21 cases of a fever", "29,000
 * registered cases"): cases of what, where and when, the noun alone does not say. Nor is an event
 * word past another figure of the clause, which is that figure's ("21 cases of fever and 17
 * deaths": the deaths are the 17; "killed 11,300 people out of 29,000 cases": the killing is of
 * the 11,300). A figure asked for ("asked Congress for $46 billion in funding") counts what
 * someone wants, not what happened: its event is the same event asked for, compared only with
 * other requests.
 */
export function eventOf(doc: Document, q: Quantity): EventRef | undefined {
  const c = clauseOf(doc, q);
  if (!c) return undefined;
  const store = doc.tokenStore;
  const lex = events();
  const asked = requests as Set<string>;
  const noun = q.counted?.split(" ").pop();
  const ix = c.sentence;
  const isEvent = (t: number) => lex.has(store.key(t));
  const keyOf = (t: number) => store.key(t);
  // The nearest event word on each side that is not the figure's counted noun: past a run of
  // the noun, the next event word of another key.
  let after = ix.next("event", isEvent, c.t1);
  if (after < c.after && store.key(after) === noun) after = ix.nextOther("event", isEvent, keyOf, after);
  let before = ix.prev("event", isEvent, c.t0 - 1);
  if (before >= c.before && store.key(before) === noun)
    before = ix.prevOther("event", isEvent, keyOf, before);
  let cue: number | undefined;
  if (after < c.after) cue = after;
  if (before >= c.before && (cue === undefined || distance(c, before) < distance(c, cue))) cue = before;
  if (cue === undefined) return undefined;
  const key = store.key(cue);
  const best: EventRef = { ...(lex.get(key) as { event: string; say: string }), cue: key };
  const isAsked = (t: number) => asked.has(store.key(t));
  if (ix.count("asked", isAsked, c.before, c.t0) + ix.count("asked", isAsked, c.t1, c.after) > 0)
    return { event: `${best.event}:asked`, say: "asked for", cue: best.cue };
  return best;
}

/**
 * The words of a clause that `word` keeps (each as what `word` gives for it), as a set shared by
 * every figure of the same run of tokens: the set of the run `[before, after)`, which holds the
 * figure's own tokens too, less the words only they give. A sentence of many figures in one
 * clause thus makes its set once, not once per figure.
 */
function clauseWords(c: Clause, name: string, word: (t: number) => string | undefined): ReadonlySet<string> {
  const run = c.sentence.once(`${name}:${c.before}:${c.after}`, () => {
    const counts = new Map<string, number>();
    for (let t = c.before; t < c.after; t++) {
      const w = word(t);
      if (w !== undefined) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    return { counts, set: new Set(counts.keys()) as ReadonlySet<string> };
  });
  let own: Map<string, number> | undefined;
  for (let t = c.t0; t < c.t1 && t < c.after; t++) {
    const w = word(t);
    if (w === undefined) continue;
    own ??= new Map();
    own.set(w, (own.get(w) ?? 0) + 1);
  }
  if (!own || [...own].every(([w, n]) => (run.counts.get(w) ?? 0) > n)) return run.set;
  const out = new Set(run.set);
  for (const [w, n] of own) if ((run.counts.get(w) ?? 0) <= n) out.delete(w);
  return out;
}

/**
 * What an amount of money is for or whose it is, as the content words of its clause
 * ({@link clauseOf}): no function word, event word, request or word of time and scale
 * (`notTopic` of `data/quantities-events.json`), stemmed ("drivers" and "driver" meet). Money names no counted thing, so two amounts are
 * the same amount only when these sets meet ("spending on adult social care" and "social care
 * spending"), never "the council will spend £212m" and "spending on adult social care will
 * rise to £88 million". The set may be shared with other figures: not to be changed.
 */
export function topicOf(doc: Document, q: Quantity): ReadonlySet<string> {
  const c = clauseOf(doc, q);
  if (!c) return new Set();
  const store = doc.tokenStore;
  const lex = events();
  const skip = notTopic as Set<string>;
  const asked = requests as Set<string>;
  const fw = functionWords();
  const first = firstWord(doc, q.sentence);
  return clauseWords(c, "topic", (t) => {
    const key = store.key(t);
    if (store.kind(t) !== "word" || fw.has(key) || lex.has(key) || asked.has(key) || skip.has(key))
      return undefined;
    // A name says whose the money is, not what it is for: names are compared apart ({@link namesOf}),
    // and "Trump raised about $4 million that day" and "Trump's campaign raised more than $26
    // million last month" share a name and nothing the money was.
    const raw = store.text(doc.text, t);
    if (t !== first && raw[0] !== raw[0].toLowerCase()) return undefined;
    return stem(key);
  });
}

/**
 * Who or where a figure is about, as the names of its clause ({@link clauseOf}): its words
 * written with a capital inside the sentence (the sentence's first word is capitalised anyway),
 * besides function words and the names of months and days, which say when, not of what. "97
 * people … in Madagascar" and "50 million people in Europe during the Middle Ages" name different
 * places; "$51,000 paid to Campbell by FBI officials" and "$3 million … APCO … the Russians"
 * different payers and payees: figures whose clauses name things and share none of them are
 * figures of different things. A word of the level a figure holds for ("the federally mandated
 * minimum wage is $7.25") is a name too, under its level (`scopes`): a federal and a city figure
 * are two figures. The set may be shared with other figures: not to be changed.
 */
export function namesOf(doc: Document, q: Quantity): ReadonlySet<string> {
  const c = clauseOf(doc, q);
  if (!c) return new Set();
  const store = doc.tokenStore;
  const fw = functionWords();
  const calendar = calendarWords();
  const first = firstWord(doc, q.sentence);
  events();
  const scope = scopes as Map<string, string>;
  return clauseWords(c, "names", (t) => {
    if (store.kind(t) !== "word") return undefined;
    const key = store.key(t);
    const level = scope.get(key);
    if (level) return level;
    if (t === first) return undefined;
    const raw = store.text(doc.text, t);
    if (raw[0] === raw[0].toLowerCase() || fw.has(key) || calendar.has(key)) return undefined;
    return key;
  });
}

/**
 * True when a figure states a position or a target, not a fact: a word of stance before it in its
 * clause ("she supports a $12 wage", "defended his call to raise the minimum wage to $15", "would
 * not go above a $12 minimum wage"). Two voices that want different figures hold different
 * positions; neither says the other's figure is wrong, so such a figure is compared with none.
 */
export function isPosition(doc: Document, q: Quantity): boolean {
  const c = clauseOf(doc, q);
  if (!c) return false;
  const { positions } = measureWords();
  const store = doc.tokenStore;
  return c.sentence.count("position", (t) => positions.has(store.key(t)), c.before, c.t0) > 0;
}

/**
 * How a figure counts: "" for a total, "per day" for a rate over a unit of time ("90 people a day
 * die", "$12 an hour"), "each" for a figure per item ("two Americans were killed at each
 * location", "drivers were paid $4,000 each"). A rate and a total, or a figure per item and one
 * for all, are different measures of one thing, and agree or disagree only with their own kind.
 */
export function measureOf(doc: Document, q: Quantity): string {
  const { rateOpeners, rateUnits, distributives } = measureWords();
  const store = doc.tokenStore;
  const c = clauseOf(doc, q);
  const s = doc.sentences[q.sentence];
  // The unit a rate's opener at token t names with the next token ("a day", "per hours"), or "".
  const unitAfter = (t: number): string => {
    const next = store.keyAt(t + 1) ?? "";
    const unit = next.endsWith("s") && rateUnits.has(next.slice(0, -1)) ? next.slice(0, -1) : next;
    return rateUnits.has(unit) ? unit : "";
  };
  const rate = (t: number): boolean =>
    rateOpeners.has(store.key(t)) && t + 1 < s.tokenEnd && unitAfter(t) !== "";
  // "90 people a day", "$15 an hour", "each year": a rate, after the figure ("a") or anywhere
  // ("per", "each"); the unit is the next word of the clause, in text order, the first rate found.
  if (c && c.t1 > c.t0) {
    const ix = c.sentence;
    const notA = ix.next("rate, not a", (t) => rate(t) && store.key(t) !== "a", c.before);
    if (notA + 1 < c.t0) return `per ${unitAfter(notA)}`;
    const any = ix.next("rate", rate, c.t1);
    if (any + 1 < c.after) return `per ${unitAfter(any)}`;
  } else if (c) {
    const tokens = clauseTokens(c).sort((a, b) => a - b);
    for (let k = 0; k < tokens.length; k++) {
      const adjacent = tokens[k + 1] === tokens[k] + 1;
      if (adjacent && rate(tokens[k]) && (tokens[k] > c.t0 || store.key(tokens[k]) !== "a"))
        return `per ${unitAfter(tokens[k])}`;
    }
  }
  const t0 = store.firstStartingAt(q.start);
  const isEach = (t: number) => distributives.has(store.key(t));
  let each = c
    ? c.sentence.count("each", isEach, c.before, c.t0) + c.sentence.count("each", isEach, c.t1, c.after) > 0
    : false;
  // "$4,000 (£3,000) each": the word after a bracket the figure is restated in.
  const last = c && c.after > c.t1 ? c.after - 1 : c && c.t0 > c.before ? c.t0 - 1 : undefined;
  let t = last !== undefined ? last + 1 : t0 + 1;
  while (t < s.tokenEnd && store.starts[t] < q.end) t++;
  if (store.keyAt(t) === "(") {
    if (c && t < s.tokenEnd) t = c.sentence.next("close", (u) => store.key(u) === ")", t);
    else while (t < s.tokenEnd && store.key(t) !== ")") t++;
    if (distributives.has(store.keyAt(t + 1) ?? "")) each = true;
  }
  return each ? "each" : "";
}

/**
 * True when a figure is a part or a whole of an "N of the past M" count ("won five of the past six
 * elections"): the part counts some of the whole and the whole all of it, so neither is a count of
 * what another voice's figure counts.
 */
export function inPartOfWhole(doc: Document, q: Quantity): boolean {
  const { wholeOpeners } = measureWords();
  const store = doc.tokenStore;
  const s = doc.sentences[q.sentence];
  if (!s) return false;
  const t0 = store.firstStartingAt(q.start);
  let t1 = t0;
  while (t1 < s.tokenEnd && store.starts[t1] < q.end) t1++;
  // After the figure: "of", then words of a whole's frame ("the", "past"), then a number.
  if (store.keyAt(t1) === "of") {
    let t = t1 + 1;
    while (t < s.tokenEnd && wholeOpeners.has(store.key(t))) t++;
    if (t < s.tokenEnd && isNumber(store, t)) return true;
  }
  // Before it: a number, "of" and the same frame words.
  let t = t0 - 1;
  while (t >= s.tokenStart && wholeOpeners.has(store.key(t))) t--;
  return t > s.tokenStart && store.key(t) === "of" && isNumber(store, t - 1);
}

const isNumber = (store: Document["tokenStore"], t: number): boolean =>
  store.kind(t) === "number" || wordValue(store.key(t)) !== undefined;

let calendar: Set<string> | undefined;
function calendarWords(): Set<string> {
  calendar ??= new Set(dateStarters());
  return calendar;
}

/** The first word or number of a sentence, whose capital says nothing of a name. */
function firstWord(doc: Document, sentence: number): number {
  const s = doc.sentences[sentence];
  if (!s) return -1;
  const store = doc.tokenStore;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (store.kind(t) !== "punct") return t;
  return -1;
}
