import { append, maxOf, minOf } from "../collections.js";
import { type FindingOf, finding } from "../core/finding.js";
import { type Voice, whoLabel } from "../core/voice.js";
import type { Document } from "../text/document.js";
import { sentenceMemo } from "../text/sentence-memo.js";
import { countedGroup } from "./counted.js";
import { quantityLexicon } from "./lexicon.js";
import {
  type EventRef,
  eventOf,
  inPartOfWhole,
  isPosition,
  measureOf,
  namesOf,
  topicOf,
} from "./referent.js";
import { roundingOf } from "./rounding.js";
import { QUANTITY_DISAGREEMENT } from "./rules.js";
import type { Comparison, Quantity } from "./types.js";

/** A figure given by one voice or source: one quantity, or several joined by "and" and summed. */
interface Member {
  /** {@link whoLabel} of the figure: figures from one voice or source are not compared. */
  who: string;
  voice?: Voice;
  source?: string;
  doc: string;
  sentence: number;
  group: string;
  quantities: number[];
  low: number | null;
  high: number | null;
  approx: boolean;
  /** What the figure counts happening ("who left"), from its clause. */
  event?: EventRef;
  /** For money: what the amount is for or whose it is, from its clause ({@link topicOf}). */
  topic?: ReadonlySet<string>;
  /** Who or where the figure is about, as the names of its clause ({@link namesOf}). */
  names?: Set<string>;
  /** The time stamp of the live-blog entry that gives the figure ("13:05"), when it has one. */
  stamp?: string;
}

/** Relative margin around a hedged figure ("around 4,000") when testing overlap (default 10%). */
export const APPROX_MARGIN = 0.1;

/**
 * What a quantity can be compared under: the group of its counted noun, or for money its
 * currency (amounts in different currencies are not converted: no exchange rates offline).
 * Restated equivalents ("(£3,000)") are compared only in their own currency.
 */
function groupOf(q: Quantity): string | undefined {
  if (q.kind === "count" && q.counted && q.equivalent === undefined) return countedGroup(q.counted);
  if (q.kind === "money" && q.currency) return `${q.currency} amounts`;
  return undefined;
}

function members(quantities: Quantity[], docs: Map<string, Document>, articleId: string): Member[] {
  const out: Member[] = [];
  const { joined } = quantityLexicon();
  quantities.forEach((q, i) => {
    const group = groupOf(q);
    if (!group || (q.low === null && q.high === null)) return;
    const doc = q.source ?? articleId;
    const m: Member = {
      who: whoLabel(q),
      ...(q.source ? { source: q.source } : q.voice ? { voice: q.voice } : {}),
      doc,
      sentence: q.sentence,
      group,
      quantities: [i],
      low: q.low,
      high: q.high,
      approx: q.approx,
    };
    const prev = out[out.length - 1];
    const prevQ = prev ? quantities[prev.quantities[prev.quantities.length - 1]] : undefined;
    const text = docs.get(doc)?.text ?? "";
    if (
      prev &&
      prevQ &&
      prev.doc === doc &&
      prev.sentence === q.sentence &&
      prev.group === m.group &&
      q.kind === "count" &&
      joined.test(text.slice(prevQ.end, q.start))
    ) {
      prev.quantities.push(i);
      prev.low = (prev.low ?? 0) + (q.low ?? 0);
      prev.high = prev.high === null || q.high === null ? null : prev.high + q.high;
      prev.approx ||= q.approx;
      return;
    }
    out.push(m);
  });
  return out;
}

/**
 * The word keys of a sentence, to tell copies of one statement apart from separate statements,
 * and the same keys sorted and joined; read once per sentence and kept with the document: a
 * sentence of many figures was read again for each of them.
 */
function sentenceWords(doc: Document, sentence: number): { words: Set<string>; key: string } {
  return wordsOf(doc, sentence, () => {
    const s = doc.sentences[sentence];
    const words = new Set<string>();
    if (s)
      for (let t = s.tokenStart; t < s.tokenEnd; t++)
        if (doc.tokenStore.kind(t) !== "punct") words.add(doc.tokenStore.key(t));
    return { words, key: [...words].sort().join("\u0000") };
  });
}
const wordsOf = sentenceMemo<{ words: Set<string>; key: string }>();

// Two sentences sharing this share of their words (Jaccard) are copies of one statement, not two
// statements that could disagree.
const COPY_OVERLAP = 0.7;

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/**
 * Line up figures that count the same thing: the same counted group
 * (`data/quantities-counted.json`) counted in the same event (`data/quantities-events.json`:
 * "fled", "left" and "convoy" are all people leaving), on the same date when both sentences give
 * one, from at least two voices or sources. A figure whose clause names no event is not compared,
 * and a sentence that copies another's words (a repost of the statement) is not a second figure.
 * Amounts of money also share what they are for ({@link topicOf}); a live blog's entry is
 * compared only with figures of its own time stamp. Intervals agree when they all overlap; a
 * hedged figure counts with a ±{@link APPROX_MARGIN} margin, a scaled figure with its rounding
 * ("£88 million": ±0.5 million), an open bound is unbounded.
 */
export function compareQuantities(
  quantities: Quantity[],
  article: Document,
  sources: Document[],
  approxMargin = APPROX_MARGIN,
): Comparison[] {
  const docs = new Map([article, ...sources].map((d) => [d.id, d]));
  const buckets = new Map<string, Member[]>();
  for (const m of members(quantities, docs, article.id)) {
    const doc = docs.get(m.doc);
    // Figures joined into one ("250 fighters and 3,500 family members left") share the event of
    // whichever of them stands beside it.
    const event = doc ? m.quantities.map((i) => eventOf(doc, quantities[i])).find((e) => e) : undefined;
    if (!event || !doc) continue;
    const first = quantities[m.quantities[0]];
    if (m.quantities.some((i) => isPosition(doc, quantities[i]) || inPartOfWhole(doc, quantities[i])))
      continue;
    m.event = event;
    if (first.kind === "money") m.topic = topicOf(doc as Document, first);
    // Figures of one clause share one set of names: each set is read once.
    const names = new Set<string>();
    const read = new Set<ReadonlySet<string>>();
    for (const i of m.quantities) {
      const of = namesOf(doc as Document, quantities[i]);
      if (read.has(of)) continue;
      read.add(of);
      for (const n of of) names.add(n);
    }
    m.names = names;
    m.stamp = stampOf(doc as Document, m.sentence);
    append(buckets, `${m.group}\u0000${event.event}\u0000${measureOf(doc, first)}`, m);
  }
  const out: Comparison[] = [];
  const dates = sentenceDates(quantities);
  for (const bucket of buckets.values()) {
    for (const dated of byDate(bucket, dates))
      for (const stamped of byStamp(dated))
        for (const topical of byTopic(stamped))
          for (const cluster of byNames(topical)) {
            const kept = withoutCopies(cluster, docs);
            if (new Set(kept.map((m) => m.who)).size < 2) continue;
            out.push(comparison(kept, quantities, approxMargin));
          }
  }
  return out;
}

// An entry of a live blog opens on its time ("13:05 The agency said nine people had died").
const STAMP = /^(?:[01]?\d|2[0-3])[:.][0-5]\d\b/;

/** The time stamp opening the paragraph of a sentence, when it opens on one. */
function stampOf(doc: Document, sentence: number): string | undefined {
  const s = doc.sentences[sentence];
  const p = s ? doc.paragraphs[s.paragraph] : undefined;
  return p ? STAMP.exec(doc.text.slice(p.start, p.start + 6))?.[0] : undefined;
}

// A figure of a live blog's entry is a running count read at the entry's time ("13:05 … at least
// 12 missing"; at 16:15 the agency said ten): it is compared only with figures of the same time,
// and an unstamped figure's time is not known to be that one.
function byStamp(cluster: Member[]): Member[][] {
  if (!cluster.some((m) => m.stamp)) return [cluster];
  const groups = new Map<string, Member[]>();
  for (const m of cluster) append(groups, m.stamp ?? "", m);
  return [...groups.values()];
}

// Amounts of money are one amount only when their clauses say what they are for alike
// ({@link topicOf}): each amount joins the first group whose first amount shares at least half the
// topic words of the smaller of the two, and opens a group of its own otherwise; an amount with no
// topic word is in none. Not joined through a third amount: "$167 million on television and radio
// ads" and "$1 million on ads, rallies and voter outreach" share one word of five, and a chain of
// such words links every amount a campaign story gives.
function byTopic(cluster: Member[]): Member[][] {
  if (!cluster.some((m) => m.topic)) return [cluster];
  const groups: Member[][] = [];
  for (const m of cluster) {
    if (!m.topic || m.topic.size === 0) continue;
    const topic = m.topic;
    const home = groups.find((g) => {
      const seed = g[0].topic as ReadonlySet<string>;
      let shared = 0;
      for (const w of topic) if (seed.has(w)) shared++;
      return shared > 0 && 2 * shared >= Math.min(seed.size, topic.size);
    });
    if (home) home.push(m);
    else groups.push([m]);
  }
  return groups;
}

// Figures whose clauses name things ({@link namesOf}) are figures of the same thing only when
// they share a name: the groups of figures joined by a shared name (as amounts are by topic),
// and the figures that name nothing together, apart from them when two groups name different
// things, since which of them they are of is not known. With one group or none, the cluster
// stays whole: "3,000 people fled Tarvin" and "a few dozen left the town" are still compared.
function byNames(cluster: Member[]): Member[][] {
  // Union-find over the figures, joined through the first figure to give each name: linear.
  const parent = cluster.map((_, k) => k);
  const root = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]];
    return k;
  };
  const firstWith = new Map<string, number>();
  cluster.forEach((m, k) => {
    for (const n of m.names ?? []) {
      const j = firstWith.get(n);
      if (j === undefined) firstWith.set(n, k);
      else parent[root(k)] = root(j);
    }
  });
  const groups = new Map<number, Member[]>();
  const unnamed: Member[] = [];
  cluster.forEach((m, k) => {
    if (m.names?.size) append(groups, root(k), m);
    else unnamed.push(m);
  });
  if (groups.size <= 1) return [cluster];
  return unnamed.length > 0 ? [...groups.values(), unnamed] : [...groups.values()];
}

// The dates each sentence gives ("source\u0000sentence" → sorted dates joined by spaces), built
// once: looking them up figure by figure would cost figures × quantities.
function sentenceDates(quantities: Quantity[]): Map<string, string> {
  const sets = new Map<string, Set<string>>();
  for (const q of quantities) {
    if ((q.kind !== "date" && q.kind !== "time") || !q.date) continue;
    const key = `${q.source ?? ""}\u0000${q.sentence}`;
    const set = sets.get(key) ?? new Set<string>();
    sets.set(key, set.add(q.date));
  }
  const out = new Map<string, string>();
  for (const [key, set] of sets) out.set(key, [...set].sort().join(" "));
  return out;
}

// Split figures by the date their sentence gives: "1,000 left on Monday" and "400 left on
// Tuesday" count different things. Figures without a date go with the dated ones when there is
// only one date, and stand alone otherwise.
function byDate(bucket: Member[], dates: Map<string, string>): Member[][] {
  const dateOf = (m: Member): string => dates.get(`${m.source ?? ""}\u0000${m.sentence}`) ?? "";
  const groups = new Map<string, Member[]>();
  for (const m of bucket) append(groups, dateOf(m), m);
  const dated = [...groups.keys()].filter((k) => k !== "");
  if (dated.length <= 1) return [bucket];
  return [...groups.values()];
}

// Drop a figure whose sentence is a copy of an earlier figure's sentence in another document.
function withoutCopies(cluster: Member[], docs: Map<string, Document>): Member[] {
  const kept: Member[] = [];
  // Kept sentences of one document with the same words are compared once: a sentence repeated
  // thousands of times would otherwise cost the square of its repeats.
  const distinct: { doc: string; words: Set<string> }[] = [];
  const seen = new Set<string>();
  for (const m of cluster) {
    const doc = docs.get(m.doc);
    const read = doc ? sentenceWords(doc, m.sentence) : { words: new Set<string>(), key: "" };
    const words = read.words;
    if (distinct.some((k) => k.doc !== m.doc && jaccard(k.words, words) >= COPY_OVERLAP)) continue;
    kept.push(m);
    const key = `${m.doc}\u0000${read.key}`;
    if (!seen.has(key)) {
      seen.add(key);
      distinct.push({ doc: m.doc, words });
    }
  }
  return kept;
}

function bounds(m: Member, quantities: Quantity[], approxMargin: number): [number, number] {
  const margin = m.approx ? approxMargin : 0;
  const half = m.quantities.length === 1 ? roundingOf(quantities[m.quantities[0]]) : 0;
  return [
    (m.low ?? 0) * (1 - margin) - half,
    m.high === null ? Number.POSITIVE_INFINITY : m.high * (1 + margin) + half,
  ];
}

/**
 * The largest set of intervals that share a point, as indexes in input order: the figures that
 * agree with each other when not all do. A sweep over sorted interval ends, O(n log n).
 */
export function largestOverlap(intervals: [number, number][]): number[] {
  // Opening events sort before closing ones at the same value: closed intervals touch.
  const events = intervals.flatMap(([l, h]) => [
    [l, 0],
    [h, 1],
  ]);
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let open = 0;
  let best = 0;
  let point = Number.NaN;
  for (const [value, closing] of events) {
    open += closing ? -1 : 1;
    if (open > best) {
      best = open;
      point = value;
    }
  }
  return intervals.flatMap(([l, h], k) => (l <= point && point <= h ? [k] : []));
}

// A note names at most this many figures: it is read by a person, and a text that states the same
// figure thousands of times would otherwise make one note as long as the text.
const NOTE_FIGURES = 12;
const listed = (items: string[], separator: string): string =>
  items.length <= NOTE_FIGURES
    ? items.join(separator)
    : `${items.slice(0, NOTE_FIGURES).join(separator)}${separator}${items.length - NOTE_FIGURES} more`;

function comparison(cluster: Member[], quantities: Quantity[], approxMargin: number): Comparison {
  const intervals = cluster.map((m) => bounds(m, quantities, approxMargin));
  const agree = maxOf(intervals.map((b) => b[0])) <= minOf(intervals.map((b) => b[1]));
  const lows = cluster.map((m) => m.low ?? m.high ?? 0);
  const highs = cluster.map((m) => m.high ?? m.low ?? 0);
  const counted = [
    ...new Set(cluster.flatMap((m) => m.quantities.map((i) => quantities[i].counted ?? ""))),
  ].filter(Boolean);
  const figure = (m: Member) => {
    const texts = m.quantities.map((i) => quantities[i].text);
    const n = (x: number | null) => (x === null ? "?" : x.toLocaleString("en-US"));
    return texts.length > 1
      ? `${texts.join(" + ")} = ${m.low === m.high ? n(m.low) : `${n(m.low)}–${n(m.high)}`}`
      : texts[0];
  };
  let note = listed(
    cluster.map((m) => `${figure(m)} (${m.who})`),
    " / ",
  );
  const common = largestOverlap(intervals);
  if (!agree && common.length >= 2)
    note += `; only ${listed(
      common.map((k) => figure(cluster[k])),
      " and ",
    )} overlap`;
  const cues = [...new Set(cluster.map((m) => m.event?.cue ?? ""))].filter(Boolean);
  const say = cluster[0].event?.say ?? "";
  const what = say ? `${cluster[0].group} ${say}` : cluster[0].group;
  return {
    topic: counted.length > 0 ? `${what}: ${counted.join(", ")}` : what,
    why: `all count ${what}: ${listed(cues, ", ")} in each figure's clause${counted.length > 1 ? `; ${listed(counted, ", ")} are all ${cluster[0].group}` : ""}`,
    quantities: cluster.flatMap((m) => m.quantities),
    agree,
    spread: [minOf(lows), maxOf(highs)],
    note,
    members: cluster.map((m) => ({
      ...(m.voice ? { voice: m.voice } : {}),
      ...(m.source ? { source: m.source } : {}),
      quantities: m.quantities,
      low: m.low,
      high: m.high,
    })),
  };
}

/** `claims/quantity-disagreement` for each comparison whose figures do not overlap and that involves the article. */
export function disagreementFindings(
  comparisons: Comparison[],
  quantities: Quantity[],
  article: Document,
): FindingOf<typeof QUANTITY_DISAGREEMENT>[] {
  const out: FindingOf<typeof QUANTITY_DISAGREEMENT>[] = [];
  for (const c of comparisons) {
    if (c.agree) continue;
    const own = c.quantities.find((i) => !quantities[i].source);
    if (own === undefined) continue;
    const q = quantities[own];
    out.push(
      finding(QUANTITY_DISAGREEMENT, {
        message: `Figures disagree on ${c.topic.split(":")[0]}: ${c.note ?? ""}`,
        span: { start: q.start, end: q.end },
        evidence: c.quantities
          .filter((i) => i !== own)
          .map((i) => ({
            id: quantities[i].source ?? article.id,
            start: quantities[i].start,
            end: quantities[i].end,
          })),
        data: { topic: c.topic, why: c.why, spread: c.spread, members: c.members },
      }),
    );
  }
  return out;
}
