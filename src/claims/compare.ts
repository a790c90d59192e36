import { append, maxOf, minOf } from "../collections.js";
import { type FindingOf, finding } from "../core/finding.js";
import { type Voice, whoLabel } from "../core/voice.js";
import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import { countedGroup } from "./counted.js";
import { quantityLexicon } from "./lexicon.js";
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
}

/** Relative margin around a hedged figure ("around 4,000") when testing overlap (default 10%). */
export const APPROX_MARGIN = 0.1;

// "250 fighters and 3,500 family members", "250 fighters with 3,500 relatives": parts of one total.
const JOINED =
  /^[\s\p{L}'-]{0,40}\b(?:and|with|plus|along with|together with|as well as|alongside)\s+(?:some\s+|about\s+|around\s+)?$/u;

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
      JOINED.test(text.slice(prevQ.end, q.start))
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

let functionWords: Set<string> | undefined;
function contentWords(doc: Document, sentence: number): Set<string> {
  functionWords ??= new Set(loadData<{ words: string[] }>("english-function-words.json").words);
  const s = doc.sentences[sentence];
  const out = new Set<string>();
  const lex = quantityLexicon();
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = doc.tokens[t];
    // Counted nouns themselves ("people") say nothing about the subject: every head count has them.
    if (tok.kind !== "word" || tok.key.length < 4 || functionWords.has(tok.key)) continue;
    if (lex.notSubject.has(tok.key) || lex.groupOf.has(tok.key) || lex.stop.has(tok.key)) continue;
    out.add(tok.key);
  }
  return out;
}

/**
 * Line up figures that count the same thing about the same subject: same counted group
 * (`data/quantities-counted.json`) and sentences that share a content word, linked transitively,
 * from at least two voices or sources. Intervals agree when they all overlap; a hedged figure
 * counts with a ±{@link APPROX_MARGIN} margin, an open bound is unbounded.
 */
export function compareQuantities(
  quantities: Quantity[],
  article: Document,
  sources: Document[],
): Comparison[] {
  const docs = new Map([article, ...sources].map((d) => [d.id, d]));
  const ms = members(quantities, docs, article.id);
  const words = ms.map((m) => {
    const doc = docs.get(m.doc);
    return doc ? contentWords(doc, m.sentence) : new Set<string>();
  });
  const parent = ms.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  // Linear linking: the first member of a group to use a word (or a sentence) stands for it.
  const firstWith = new Map<string, number>();
  ms.forEach((m, i) => {
    const keys = [
      `${m.group}\u0000s:${m.doc}:${m.sentence}`,
      ...[...words[i]].map((w) => `${m.group}\u0000w:${w}`),
    ];
    for (const key of keys) {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else union(i, first);
    }
  });
  const clusters = new Map<number, Member[]>();
  ms.forEach((m, i) => {
    const root = find(i);
    append(clusters, root, m);
  });
  const out: Comparison[] = [];
  for (const cluster of clusters.values()) {
    if (new Set(cluster.map((m) => m.who)).size < 2) continue;
    out.push(comparison(cluster, quantities));
  }
  return out;
}

function bounds(m: Member): [number, number] {
  const margin = m.approx ? APPROX_MARGIN : 0;
  return [(m.low ?? 0) * (1 - margin), m.high === null ? Number.POSITIVE_INFINITY : m.high * (1 + margin)];
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

function comparison(cluster: Member[], quantities: Quantity[]): Comparison {
  const intervals = cluster.map(bounds);
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
  return {
    topic: counted.length > 0 ? `${cluster[0].group}: ${counted.join(", ")}` : cluster[0].group,
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
        data: { topic: c.topic, spread: c.spread, members: c.members },
      }),
    );
  }
  return out;
}
