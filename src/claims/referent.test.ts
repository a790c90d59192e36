import assert from "node:assert/strict";
import { test } from "node:test";
import { loadData } from "../data.js";
import { createDocument, type Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import { stem } from "../text/stem.js";
import { dateStarters } from "./dates.js";
import { extractQuantities } from "./quantities.js";
import { type EventFile, eventOf, isPosition, measureOf, namesOf, topicOf } from "./referent.js";
import type { Quantity } from "./types.js";

// The referent rules read each figure's clause through a sentence index; these tests read it
// word by word, as the rules once did, and ask for the same answers on invented sentences.

const file = loadData<EventFile>("quantities-events.json");
const byWord = new Map<string, { event: string; say: string }>();
for (const e of file.events)
  for (const w of e.words) if (!byWord.has(w)) byWord.set(w, { event: e.event, say: e.say });
const CLAUSE_END = new Set([",", ";", ":", "(", ")", "\u2014", "\u2013", "\u2015", "?", "!"]);

function walk(doc: Document, q: Quantity): { t: number; distance: number }[] {
  const s = doc.sentences[q.sentence];
  const store = doc.tokenStore;
  const t0 = store.firstStartingAt(q.start);
  let t1 = t0;
  while (t1 < s.tokenEnd && store.starts[t1] < q.end) t1++;
  const stop = (t: number) =>
    (store.kind(t) === "punct" && CLAUSE_END.has(store.key(t))) || store.kind(t) === "number";
  const out: { t: number; distance: number }[] = [];
  for (let t = t1; t < s.tokenEnd && !stop(t) && !file.clauseEnds.includes(store.key(t)); t++)
    out.push({ t, distance: t - t1 });
  for (let t = t0 - 1; t >= s.tokenStart && !stop(t) && !file.frameEnds.includes(store.key(t)); t--)
    out.push({ t, distance: t0 - 1 - t + 0.5 });
  return out;
}

function firstWord(doc: Document, q: Quantity): number {
  const s = doc.sentences[q.sentence];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (doc.tokenStore.kind(t) !== "punct") return t;
  return -1;
}

function walkedEvent(doc: Document, q: Quantity) {
  const store = doc.tokenStore;
  const noun = q.counted?.split(" ").pop();
  let best: { event: string; say: string; cue: string } | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let request = false;
  for (const { t, distance } of walk(doc, q)) {
    const key = store.key(t);
    if (file.requests.includes(key)) request = true;
    const e = key === noun ? undefined : byWord.get(key);
    if (e && distance < bestDistance) {
      best = { ...e, cue: key };
      bestDistance = distance;
    }
  }
  if (best && request) return { event: `${best.event}:asked`, say: "asked for", cue: best.cue };
  return best;
}

function walkedTopic(doc: Document, q: Quantity): Set<string> {
  const store = doc.tokenStore;
  const fw = functionWords();
  const first = firstWord(doc, q);
  const out = new Set<string>();
  for (const { t } of walk(doc, q)) {
    const key = store.key(t);
    if (
      store.kind(t) !== "word" ||
      fw.has(key) ||
      byWord.has(key) ||
      file.requests.includes(key) ||
      file.notTopic.includes(key)
    )
      continue;
    const raw = store.text(doc.text, t);
    if (t !== first && raw[0] !== raw[0].toLowerCase()) continue;
    out.add(stem(key));
  }
  return out;
}

function walkedNames(doc: Document, q: Quantity): Set<string> {
  const store = doc.tokenStore;
  const fw = functionWords();
  const calendar = new Set(dateStarters());
  const first = firstWord(doc, q);
  const out = new Set<string>();
  for (const { t } of walk(doc, q)) {
    if (store.kind(t) !== "word") continue;
    const key = store.key(t);
    if (key in file.scopes) {
      out.add(file.scopes[key]);
      continue;
    }
    const raw = store.text(doc.text, t);
    if (t === first || raw[0] === raw[0].toLowerCase() || fw.has(key) || calendar.has(key)) continue;
    out.add(key);
  }
  return out;
}

function walkedPosition(doc: Document, q: Quantity): boolean {
  const store = doc.tokenStore;
  const t0 = store.firstStartingAt(q.start);
  return walk(doc, q).some(({ t }) => t < t0 && file.positions.includes(store.key(t)));
}

function walkedMeasure(doc: Document, q: Quantity): string {
  const store = doc.tokenStore;
  const t0 = store.firstStartingAt(q.start);
  const tokens = walk(doc, q).sort((a, b) => a.t - b.t);
  let each = false;
  for (let k = 0; k < tokens.length; k++) {
    const key = store.key(tokens[k].t);
    const next = tokens[k + 1] && tokens[k + 1].t === tokens[k].t + 1 ? store.key(tokens[k + 1].t) : "";
    const unit = next.endsWith("s") && file.rateUnits.includes(next.slice(0, -1)) ? next.slice(0, -1) : next;
    if (file.rateOpeners.includes(key) && file.rateUnits.includes(unit) && (tokens[k].t > t0 || key !== "a"))
      return `per ${unit}`;
    if (file.distributives.includes(key)) each = true;
  }
  const s = doc.sentences[q.sentence];
  let t = tokens.length ? tokens[tokens.length - 1].t + 1 : t0 + 1;
  while (t < s.tokenEnd && store.starts[t] < q.end) t++;
  if (store.keyAt(t) === "(") {
    while (t < s.tokenEnd && store.key(t) !== ")") t++;
    if (file.distributives.includes(store.keyAt(t + 1) ?? "")) each = true;
  }
  return each ? "each" : "";
}

// A small deterministic generator (mulberry32), so a failure can be replayed.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  ...file.events.slice(0, 6).flatMap((e) => e.words.slice(0, 2)),
  ...file.requests.slice(0, 2),
  ...file.positions.slice(0, 2),
  ...file.rateOpeners,
  ...file.rateUnits.slice(0, 3),
  "days",
  "hours",
  ...file.distributives,
  "that",
  "before",
  "when",
  "federal",
  "Nationally",
  "people",
  "cases",
  "deaths",
  "workers",
  "five",
  "Five",
  "six",
  "12",
  "3,000",
  "$4,000",
  "£88 million",
  "$15",
  "and",
  "the",
  "Lind",
  "Tarvin",
  "Monday",
  "May",
  "council",
  "spending",
  "care",
  ",",
  "(",
  ")",
  "-",
  "\u2014",
  ";",
];

test("the clause rules read through the sentence index give what a word-by-word walk gives", () => {
  const next = random(15);
  let compared = 0;
  for (let n = 0; n < 600; n++) {
    const sentences: string[] = [];
    for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
      const words: string[] = [];
      for (let w = 0; w < 3 + Math.floor(next() * 40); w++)
        words.push(WORDS[Math.floor(next() * WORDS.length)]);
      sentences.push(`Officials said ${words.join(" ")} on the quay.`);
    }
    const doc = createDocument(sentences.join(" "));
    for (const q of extractQuantities(doc)) {
      const where = `${JSON.stringify(doc.text.slice(q.start - 40, q.end + 40))} [${q.start}, ${q.end})`;
      assert.deepEqual(eventOf(doc, q), walkedEvent(doc, q), where);
      assert.deepEqual(new Set(topicOf(doc, q)), walkedTopic(doc, q), where);
      assert.deepEqual(new Set(namesOf(doc, q)), walkedNames(doc, q), where);
      assert.equal(isPosition(doc, q), walkedPosition(doc, q), where);
      assert.equal(measureOf(doc, q), walkedMeasure(doc, q), where);
      compared++;
    }
  }
  assert.ok(compared > 1000, `${compared} figures compared`);
});

test("every figure of one long clause reads the clause as a walk does", () => {
  // 400 figures with no clause end between them: the sentence index is made once and shared.
  const doc = createDocument(`Officials said ${"five people and six workers ".repeat(200)}fled the town.`);
  const qs = extractQuantities(doc);
  assert.ok(qs.length >= 400);
  for (const q of qs) {
    assert.deepEqual(eventOf(doc, q), walkedEvent(doc, q));
    assert.deepEqual(new Set(namesOf(doc, q)), walkedNames(doc, q));
    assert.equal(measureOf(doc, q), walkedMeasure(doc, q));
  }
});
