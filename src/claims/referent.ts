import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import type { Quantity } from "./types.js";

/** The event a figure counts: its class ("leave"), how it reads ("who left") and the word that said so. */
export interface EventRef {
  event: string;
  say: string;
  cue: string;
}

interface EventFile {
  events: { event: string; say: string; words: string[] }[];
}

let byWord: Map<string, { event: string; say: string }> | undefined;
function events(): Map<string, { event: string; say: string }> {
  if (!byWord) {
    byWord = new Map();
    for (const e of loadData<EventFile>("quantities-events.json").events)
      for (const w of e.words) if (!byWord.has(w)) byWord.set(w, { event: e.event, say: e.say });
  }
  return byWord;
}

// Punctuation that closes a clause: what lies beyond it is about something else ("3,000 people
// were evacuated, and one bus carried 60").
const CLAUSE_END = new Set([",", ";", ":", "(", ")", "\u2014", "\u2013", "?", "!"]);

/**
 * The event a quantity counts, read from its clause (the sentence cut at commas, semicolons,
 * colons, brackets and dashes): the event word nearest to the figure, by
 * `data/quantities-events.json`. Undefined when the clause names no known event: such a figure
 * is not compared, because nothing says what it counts happening. The figure's own counted noun
 * is no event ("two cases were confirmed", "some 21 cases of a fever", "29,000 registered cases"):
 * cases of what, where and when, the noun alone does not say. Nor is an event word past another
 * figure of the clause, which is that figure's ("21 cases of fever and 17 deaths": the deaths are
 * the 17; "killed 11,300 people out of 29,000 cases": the killing is of the 11,300).
 */
export function eventOf(doc: Document, q: Quantity): EventRef | undefined {
  const s = doc.sentences[q.sentence];
  if (!s) return undefined;
  const store = doc.tokenStore;
  const t0 = store.firstStartingAt(q.start);
  let t1 = t0;
  while (t1 < s.tokenEnd && store.starts[t1] < q.end) t1++;
  const lex = events();
  const noun = q.counted?.split(" ").pop();
  const isEnd = (t: number) => store.kind(t) === "punct" && CLAUSE_END.has(store.key(t));
  let best: EventRef | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const look = (t: number, distance: number) => {
    const key = store.key(t);
    const e = key === noun ? undefined : lex.get(key);
    if (e && distance < bestDistance) {
      best = { ...e, cue: store.key(t) };
      bestDistance = distance;
    }
  };
  const figure = (t: number) => store.kind(t) === "number";
  for (let t = t1; t < s.tokenEnd && !isEnd(t) && !figure(t); t++) look(t, t - t1);
  for (let t = t0 - 1; t >= s.tokenStart && !isEnd(t) && !figure(t); t--) look(t, t0 - 1 - t + 0.5);
  return best;
}
