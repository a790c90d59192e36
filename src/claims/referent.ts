import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import { stem } from "../text/stem.js";
import { dateStarters } from "./dates.js";
import type { Quantity } from "./types.js";

/** The event a figure counts: its class ("leave"), how it reads ("who left") and the word that said so. */
export interface EventRef {
  event: string;
  say: string;
  cue: string;
}

interface EventFile {
  requests: string[];
  notTopic: string[];
  frameEnds: string[];
  events: { event: string; say: string; words: string[] }[];
}

let byWord: Map<string, { event: string; say: string }> | undefined;
let requests: Set<string> | undefined;
let notTopic: Set<string> | undefined;
let frameEnds: Set<string> | undefined;
function events(): Map<string, { event: string; say: string }> {
  if (!byWord) {
    byWord = new Map();
    const file = loadData<EventFile>("quantities-events.json");
    for (const e of file.events)
      for (const w of e.words) if (!byWord.has(w)) byWord.set(w, { event: e.event, say: e.say });
    requests = new Set(file.requests);
    notTopic = new Set(file.notTopic);
    frameEnds = new Set(file.frameEnds);
  }
  return byWord;
}

// Punctuation that closes a clause: what lies beyond it is about something else ("3,000 people
// were evacuated, and one bus carried 60").
const CLAUSE_END = new Set([",", ";", ":", "(", ")", "\u2014", "\u2013", "?", "!"]);

/**
 * The tokens of a figure's clause (the sentence cut at commas, semicolons, colons, brackets and
 * dashes, and at another figure), each with its distance from the figure: after it first, then
 * before it, nearest first; a word after the figure is a little nearer than one as far before it.
 * Before the figure the clause also ends at a `frameEnds` word ("that"): what stands before it is
 * the frame that reports the figure ("Campbell added in the testimony that officials told me
 * that they expected APCO to apply a portion of the $3 million fee"), who said it and where,
 * not what the figure is of.
 */
function clauseTokens(doc: Document, q: Quantity): { t: number; distance: number }[] {
  const s = doc.sentences[q.sentence];
  if (!s) return [];
  events();
  const frame = frameEnds as Set<string>;
  const store = doc.tokenStore;
  const t0 = store.firstStartingAt(q.start);
  let t1 = t0;
  while (t1 < s.tokenEnd && store.starts[t1] < q.end) t1++;
  const stop = (t: number) =>
    (store.kind(t) === "punct" && CLAUSE_END.has(store.key(t))) || store.kind(t) === "number";
  const out: { t: number; distance: number }[] = [];
  for (let t = t1; t < s.tokenEnd && !stop(t); t++) out.push({ t, distance: t - t1 });
  for (let t = t0 - 1; t >= s.tokenStart && !stop(t) && !frame.has(store.key(t)); t--)
    out.push({ t, distance: t0 - 1 - t + 0.5 });
  return out;
}

/**
 * The event a quantity counts, read from its clause ({@link clauseTokens}): the event word nearest
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
  const store = doc.tokenStore;
  const lex = events();
  const asked = requests as Set<string>;
  const noun = q.counted?.split(" ").pop();
  let best: EventRef | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let request = false;
  for (const { t, distance } of clauseTokens(doc, q)) {
    const key = store.key(t);
    if (asked.has(key)) request = true;
    const e = key === noun ? undefined : lex.get(key);
    if (e && distance < bestDistance) {
      best = { ...e, cue: key };
      bestDistance = distance;
    }
  }
  if (best && request) return { event: `${best.event}:asked`, say: "asked for", cue: best.cue };
  return best;
}

/**
 * What an amount of money is for or whose it is, as the content words of its clause
 * ({@link clauseTokens}): no function word, event word, request or word of time and scale
 * (`notTopic` of `data/quantities-events.json`), stemmed ("drivers" and "driver" meet). Money names no counted thing, so two amounts are
 * the same amount only when these sets meet ("spending on adult social care" and "social care
 * spending"), never "the council will spend £212m" and "spending on adult social care will
 * rise to £88 million".
 */
export function topicOf(doc: Document, q: Quantity): Set<string> {
  const store = doc.tokenStore;
  const lex = events();
  const skip = notTopic as Set<string>;
  const asked = requests as Set<string>;
  const fw = functionWords();
  const out = new Set<string>();
  for (const { t } of clauseTokens(doc, q)) {
    const key = store.key(t);
    if (store.kind(t) !== "word" || fw.has(key) || lex.has(key) || asked.has(key) || skip.has(key)) continue;
    out.add(stem(key));
  }
  return out;
}

/**
 * Who or where a figure is about, as the names of its clause ({@link clauseTokens}): its words
 * written with a capital inside the sentence (the sentence's first word is capitalised anyway),
 * besides function words and the names of months and days, which say when, not of what. "97
 * people … in Madagascar" and "50 million people in Europe during the Middle Ages" name different
 * places; "$51,000 paid to Campbell by FBI officials" and "$3 million … APCO … the Russians"
 * different payers and payees: figures whose clauses name things and share none of them are
 * figures of different things.
 */
export function namesOf(doc: Document, q: Quantity): Set<string> {
  const store = doc.tokenStore;
  const fw = functionWords();
  const calendar = calendarWords();
  const first = firstWord(doc, q.sentence);
  const out = new Set<string>();
  for (const { t } of clauseTokens(doc, q)) {
    if (store.kind(t) !== "word" || t === first) continue;
    const raw = store.text(doc.text, t);
    const key = store.key(t);
    if (raw[0] === raw[0].toLowerCase() || fw.has(key) || calendar.has(key)) continue;
    out.add(key);
  }
  return out;
}

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
