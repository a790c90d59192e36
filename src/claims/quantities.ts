import { append } from "../collections.js";
import type { Voice } from "../core/voice.js";
import type { Document } from "../text/document.js";
import { KIND_CODE } from "../text/token-store.js";
import { countedAt } from "./counted.js";
import { articleDay, DECADE_OPENER, dateStarters, parseDate } from "./dates.js";
import { type HedgeEffect, quantityLexicon } from "./lexicon.js";
import { type ParsedNumber, parseNumber, wordValue } from "./numbers.js";
import { TokenView } from "./tokens.js";
import type { Quantity } from "./types.js";

/** Options of {@link extractQuantities}. */
export interface QuantityOptions {
  /** Id of the source document, when `doc` is a source (default: none, the article). */
  source?: string;
  /** Voice of each sentence, by sentence index (default: none). */
  sentenceVoices?: Voice[];
}

interface Core {
  low: number | null;
  high: number | null;
  vague: boolean;
  next: number;
}

const NUMBER = KIND_CODE.number;

// Each document's quantities, read once: the claims layer, the support layer and the trace all
// need them, for the article and for every source, and reading them is one of the costlier token scans.
const read = new WeakMap<Document, readonly Readonly<Quantity>[]>();

/**
 * Every quantity of a document, normalized to an interval with its unit, currency, counted noun
 * or date. Rules over the document's own tokens; the lexicons are `data/quantities-*.json`.
 * The document is read once; every call returns fresh objects the caller may change.
 */
export function extractQuantities(doc: Document, options: QuantityOptions = {}): Quantity[] {
  return documentQuantities(doc).map(({ equivalent, ...q }) => {
    const copy: Quantity = q;
    const voice = options.sentenceVoices?.[q.sentence];
    if (voice) copy.voice = voice;
    if (options.source) copy.source = options.source;
    if (equivalent !== undefined) copy.equivalent = equivalent;
    return copy;
  });
}

/**
 * The quantities of {@link extractQuantities} as read, shared by every caller and frozen: the
 * layers that only read them take no copy of every figure of every document.
 */
export function documentQuantities(doc: Document): readonly Readonly<Quantity>[] {
  let quantities = read.get(doc);
  if (!quantities) {
    const found = readQuantities(doc);
    for (const q of found) Object.freeze(q);
    quantities = Object.freeze(found);
    read.set(doc, quantities);
  }
  return quantities;
}

function readQuantities(doc: Document): Quantity[] {
  const ref = articleDay(doc.meta.date);
  const out: Quantity[] = [];
  const store = doc.tokenStore;
  // Which keys a quantity can start with, decided once per distinct key: most tokens of a text
  // are ordinary words, passed over here by one array read instead of a call per token.
  const keys = store.keyTable.keys;
  // "the" (2) starts one only before a number ("the 1990s"), and is a text's commonest word.
  const startable = new Uint8Array(keys.length);
  for (let id = 0; id < keys.length; id++)
    startable[id] = canStartKey(keys[id]) ? 1 : keys[id] === DECADE_OPENER ? 2 : 0;
  doc.sentences.forEach((s, si) => {
    const v = new TokenView(doc.text, store, s.tokenStart, s.tokenEnd);
    const first = out.length;
    const opensParagraph = s.start === doc.paragraphs[s.paragraph]?.start;
    const from = opensParagraph && itemNumber(doc, s.tokenStart, s.tokenEnd) ? v.from + 2 : v.from;
    for (let i = from; i < v.to; ) {
      const starts = store.kinds[i] === NUMBER ? 1 : startable[store.keyIds[i]];
      if (starts === 0 || (starts === 2 && (i + 1 >= v.to || store.kinds[i + 1] !== NUMBER))) {
        i++;
        continue;
      }
      const q = readQuantity(v, i, ref);
      if (!q) {
        i++;
        continue;
      }
      const { quantity, next } = q;
      quantity.sentence = si;
      out.push(quantity);
      i = next;
    }
    markEquivalents(doc.text, out, first);
  });
  return out;
}

// The mark after a list item's number: "1.", "2)", "3 –".
const ITEM_MARKS = new Set([".", ")", "-"]);

/**
 * Whether a paragraph's first tokens are a list item's number and its mark ("2 – Powell's
 * organisation joined …", "1. The council sold …"): the item's place in the list, no figure of
 * what it says, so item 2 never disagrees with item 1's number.
 */
function itemNumber(doc: Document, from: number, to: number): boolean {
  const store = doc.tokenStore;
  if (to - from < 3 || store.kind(from) !== "number" || !/^\d{1,3}$/.test(store.key(from))) return false;
  const mark = store.key(from + 1);
  return (
    ITEM_MARKS.has(mark) && store.starts[from + 2] > store.ends[from + 1] && store.kind(from + 2) === "word"
  );
}

// Each phrase list by first word, in its order: most tokens a quantity may start at begin none of
// the phrases, and trying every phrase there was a large part of reading a long text.
const byFirstWord = new WeakMap<readonly { words: string[] }[], Map<string, { words: string[] }[]>>();

function longestPhrase<T extends { words: string[] }>(v: TokenView, i: number, phrases: T[]): T | undefined {
  let index = byFirstWord.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) if (p.words.length > 0) append(index, p.words[0], p);
    byFirstWord.set(phrases, index);
  }
  return (index.get(v.key(i)) as T[] | undefined)?.find((p) => v.matches(i, p.words) > 0);
}

/** A currency written before the amount: "$", "£", "US$", "USD". */
function currencyBefore(v: TokenView, i: number): { code: string; next: number } | undefined {
  const lex = quantityLexicon();
  if (v.glued(i)) {
    const two = lex.currencySymbols.get(v.raw(i) + v.raw(i + 1));
    if (two && v.kind(i + 2) === "number" && v.glued(i + 1)) return { code: two, next: i + 2 };
  }
  const sym = lex.currencySymbols.get(v.raw(i));
  if (sym && v.kind(i + 1) === "number") return { code: sym, next: i + 1 };
  const raw = v.raw(i);
  if (lex.currencyCodes.has(raw) && v.kind(i + 1) === "number") return { code: raw, next: i + 1 };
  return undefined;
}

/** A unit or currency written after the amount: "%", "per cent", "km", "euros", "USD". */
function unitAfter(
  v: TokenView,
  i: number,
): { unit: string; kind: string; currency?: string; factor?: number; next: number } | undefined {
  const lex = quantityLexicon();
  if (lex.currencyCodes.has(v.raw(i)))
    return { unit: "money", kind: "money", currency: v.raw(i), next: i + 1 };
  for (let n = Math.min(lex.maxUnitWords, v.to - i); n >= 1; n--) {
    const keys: string[] = [];
    for (let k = 0; k < n; k++) keys.push(v.key(i + k));
    const phrase = keys.join(" ");
    const unit = lex.units.get(phrase);
    // "1.2m" is a million, but "6 m" or "6m" after a count is metres: numbers.ts took the scale first.
    if (unit) return { ...unit, next: i + n };
    const currency = lex.currencyWords.get(phrase);
    if (currency) return { unit: "money", kind: "money", currency, next: i + n };
  }
  return undefined;
}

type VaguePhrase = ReturnType<typeof quantityLexicon>["vague"][number];
let vagueByFirst: Map<string, VaguePhrase[]> | undefined;

// The vague phrases that can start with each key, in the lexicon's order (longest first): the
// phrase list is tried at most tokens of every text, most of which start none of them.
function vagueStartingWith(key: string): VaguePhrase[] | undefined {
  if (!vagueByFirst) {
    const lex = quantityLexicon();
    const scales = [...Object.keys(lex.numbers.scales), "dozen"];
    vagueByFirst = new Map();
    for (const p of lex.vague)
      for (const first of p.words[0] === "X" ? scales : [p.words[0]]) {
        const list = vagueByFirst.get(first) ?? [];
        if (list[list.length - 1] !== p) list.push(p);
        vagueByFirst.set(first, list);
      }
  }
  return vagueByFirst.get(key);
}

function vagueAt(v: TokenView, i: number): Core | undefined {
  const lex = quantityLexicon();
  for (const p of vagueStartingWith(v.key(i)) ?? []) {
    let scale = 1;
    let ok = true;
    let j = i;
    for (const w of p.words) {
      if (w === "X") {
        const k = v.key(j);
        const s = lex.numbers.scales[k] ?? (k === "dozen" ? 12 : undefined);
        if (s === undefined) {
          ok = false;
          break;
        }
        scale = s;
      } else if (v.key(j) !== w) {
        ok = false;
        break;
      }
      j++;
    }
    if (!ok || (p.needsOf && v.key(j) !== "of")) continue;
    // The span ends before a closing "of" ("a handful of volunteers" → "a handful").
    const next = p.words[p.words.length - 1] === "of" ? j - 1 : j;
    return { low: p.low * scale, high: p.high === null ? null : p.high * scale, vague: true, next };
  }
  return undefined;
}

const RANGE_WORDS = new Set(["to", "-", "or"]);

function numberCore(v: TokenView, i: number, between: boolean, from: boolean): Core | undefined {
  // "9/11", "24/7", "1/2": numbers joined by a slash are a name or a ratio, not an amount.
  const slashBefore = v.key(i - 1) === "/" && v.glued(i - 1) && v.kind(i - 2) === "number";
  const slashAfter = v.key(i + 1) === "/" && v.glued(i) && v.kind(i + 2) === "number";
  if (v.kind(i) === "number" && (slashBefore || slashAfter)) return undefined;
  const first = parseNumber(v, i);
  if (!first) return undefined;
  // "12th", "3rd" are ordinals; "3D", "9g1BSiw8LS" are names and link fragments. Units glued
  // to the number ("6km") are read by unitAfter; scale abbreviations ("5bn") by parseNumber.
  if (
    v.glued(first.next - 1) &&
    v.kind(first.next) === "word" &&
    !quantityLexicon().units.has(v.key(first.next))
  ) {
    return undefined;
  }
  let low = first.value;
  let high = first.value;
  let next = first.next;
  const link = v.key(next);
  // "from £500 to £250" is a change between two figures, not a range.
  if ((between && link === "and") || (RANGE_WORDS.has(link) && !from)) {
    let j = next + 1;
    const currency = currencyBefore(v, j);
    if (currency) j = currency.next;
    const second = parseNumber(v, j);
    if (second && second.value >= first.value / 1000) {
      high = second.value;
      low = shareScale(first, second);
      next = second.next;
      if (high < low) [low, high] = [high, low];
    }
  }
  return { low, high, vague: false, next };
}

// "$10-15 million", "two to three thousand": the scale written once applies to both ends, when
// the first number is no larger than the second one's unscaled value ("900 to 1.2 million" is not).
function shareScale(first: ParsedNumber, second: ParsedNumber): number {
  if (first.scaled || second.scale === 1) return first.value;
  return first.value <= second.value / second.scale ? first.value * second.scale : first.value;
}

/**
 * A number joined by a hyphen to a unit ("12-mile walk", "90-day truce"): the unit, ending after
 * the hyphenated word. "age" for "30-year-old", which is an age, not an amount.
 */
function hyphenated(
  v: TokenView,
  i: number,
): { unit: string; kind: string; currency?: string; factor?: number; next: number } | "age" | undefined {
  if (v.key(i) !== "-" || !v.glued(i - 1) || !v.glued(i) || v.kind(i + 1) !== "word") return undefined;
  const parts = v.key(i + 1).split("-");
  if (parts[parts.length - 1] === "old") return "age";
  const unit = quantityLexicon().units.get(parts[0]);
  return unit && parts.length === 1 ? { ...unit, next: i + 2 } : undefined;
}

/**
 * A number word and a unit written as one hyphenated word ("a six-mile route", "a ten-year
 * plan"), which the digits' form splits at the hyphen ("12-mile"). Only two parts: "five-year-olds"
 * is an age ("five-year" is no number word).
 */
function wordJoinedToUnit(
  v: TokenView,
  i: number,
):
  | { core: Core; unit: { unit: string; kind: string; currency?: string; factor?: number; next: number } }
  | undefined {
  const key = v.key(i);
  const cut = key.lastIndexOf("-");
  if (cut < 0 || v.kind(i) !== "word") return undefined;
  const value = wordValue(key.slice(0, cut));
  const unit = quantityLexicon().units.get(key.slice(cut + 1));
  if (value === undefined || !unit) return undefined;
  return { core: { low: value, high: value, vague: false, next: i + 1 }, unit: { ...unit, next: i + 1 } };
}

/**
 * "Seven in ten residents", "one in 4 children", "one placement in ten": a share of a whole, read
 * as the percentage it is (70%), never as the counts 7 and 10. The whole must exceed the part and
 * be no year ("12 in 2022" is a count and a date) nor an amount with a unit of its own ("5 in 10
 * years").
 */
function shareAt(
  v: TokenView,
  core: Core,
  next: number,
):
  | { unit: string; kind: string; value: number; next: number; factor?: number; currency?: string }
  | undefined {
  // "one placement in ten": the thing counted may stand between the part and the whole.
  const at = v.key(next) !== "in" && v.kind(next) === "word" && !v.glued(next) ? next + 1 : next;
  if (v.key(at) !== "in" || core.low === null || core.low !== core.high) return undefined;
  if (isYear(v.raw(at + 1))) return undefined;
  const whole = parseNumber(v, at + 1);
  if (!whole || whole.value <= core.low || unitAfter(v, whole.next)) return undefined;
  return { unit: "%", kind: "percent", value: round((core.low / whole.value) * 100), next: whole.next };
}

function applyEffect(
  core: Core,
  effect: HedgeEffect | undefined,
): { low: number | null; high: number | null; approx: boolean } {
  switch (effect) {
    case "approx":
      return { low: core.low, high: core.high, approx: true };
    case "atLeast":
      return { low: core.low, high: null, approx: false };
    case "atMost":
      return { low: null, high: core.high, approx: false };
    case "nearly":
      return { low: core.high === null ? null : round(core.high * 0.9), high: core.high, approx: true };
    default:
      return { low: core.low, high: core.high, approx: false };
  }
}

const isYear = (raw: string) => /^(1[89]|20)\d\d$/.test(raw);

const round = (x: number) => Math.round(x * 1e6) / 1e6;

let starters: Set<string> | undefined;

// Keys a quantity can start with (besides numerals): most tokens are ordinary words and are
// skipped with one set look-up.
function quantityStarters(): Set<string> {
  if (!starters) {
    const lex = quantityLexicon();
    const n = lex.numbers;
    starters = new Set<string>([
      ...lex.hedges.map((h) => h.words[0]),
      ...lex.vague.map((p) => p.words[0]),
      ...Object.keys(n.units),
      ...Object.keys(n.tens),
      ...Object.keys(n.fractions),
      ...n.articles,
      ...[...lex.currencySymbols.keys()].map((k) => k.toLowerCase()),
      ...[...lex.currencySymbols.keys()].map((k) => k.slice(0, -1).toLowerCase()),
      ...[...lex.currencyCodes].map((k) => k.toLowerCase()),
      ...dateStarters().filter((w) => w !== DECADE_OPENER),
      "between",
    ]);
  }
  return starters;
}

function canStart(v: TokenView, i: number): boolean {
  return (
    v.kind(i) === "number" ||
    canStartKey(v.key(i)) ||
    (v.key(i) === DECADE_OPENER && v.kind(i + 1) === "number")
  );
}

// Whether a word or symbol with this key can start a quantity (numerals always can).
function canStartKey(key: string): boolean {
  const set = quantityStarters();
  return set.has(key) || (key.includes("-") && set.has(key.split("-")[0]));
}

function readQuantity(
  v: TokenView,
  i: number,
  ref: Date | undefined,
): { quantity: Quantity; next: number } | undefined {
  if (!canStart(v, i)) return undefined;
  const lex = quantityLexicon();
  const date = parseDate(v, i, ref);
  if (date) {
    const q: Quantity = make(v, i, date.next, { low: null, high: null, approx: false }, false);
    q.kind = date.kind;
    q.unit = date.kind;
    if (date.date) q.date = date.date;
    return { quantity: q, next: date.next };
  }
  // "past" bounds a figure only after a verb of moving ("climbed past £400 million"); "the past
  // 12 months" is no bound.
  const found = longestPhrase(v, i, lex.hedges);
  const hedge = found?.after && !found.after.includes(v.key(i - 1)) ? undefined : found;
  let j = hedge ? i + hedge.words.length : i;
  const between = v.key(j) === "between";
  if (between) j++;
  const currency = currencyBefore(v, j);
  if (currency) j = currency.next;
  const joined = wordJoinedToUnit(v, j);
  const core = joined?.core ?? vagueAt(v, j) ?? numberCore(v, j, between, v.key(i - 1) === "from");
  if (!core) return undefined;
  const compound = joined?.unit ?? hyphenated(v, core.next);
  if (compound === "age" || (compound && v.key(compound.next) === "old")) return undefined;
  // A capitalised number word inside a sentence is part of a name ("Uranium One", "Air Force One").
  if (v.nameLike(j)) return undefined;
  // "no one would see it": the pronoun, whatever word follows it, no count of one.
  if (!hedge && !between && !currency && v.key(j) === "one" && v.key(j - 1) === "no") return undefined;
  // The span starts at the hedge, "between" or currency sign when there is one (and a number
  // followed it: otherwise no quantity was read).
  let start = i;
  if (!hedge && !between && !currency) start = j;
  let next = core.next;
  let effect: HedgeEffect | undefined = hedge?.effect;
  // "40-odd", "300-plus": a hyphenated suffix is the suffix word after a glued hyphen.
  const hyphenSuffix =
    v.key(next) === "-" && v.glued(next - 1) && v.glued(next)
      ? lex.suffixes.find((x) => x.words.length === 1 && x.words[0] === v.key(next + 1))
      : undefined;
  const suffix = hyphenSuffix
    ? { effect: hyphenSuffix.effect, words: ["-", ...hyphenSuffix.words] }
    : longestPhrase(v, next, lex.suffixes);
  if (suffix && !(suffix.words[0] === "plus" && v.kind(next + 1) === "number")) {
    next += suffix.words.length;
    effect = effect ?? suffix.effect;
  }
  const share = currency || compound || core.vague ? undefined : shareAt(v, core, next);
  const unit = currency ? undefined : (compound ?? share ?? unitAfter(v, next));
  if (unit) next = unit.next;
  // "over four years" is a period ("during"), not "more than four years".
  if (hedge && hedge.words.length === 1 && hedge.words[0] === "over" && unit?.kind === "duration") {
    effect = suffix?.effect;
    start = j;
  }
  const bounds = share ? { ...core, low: share.value, high: share.value } : core;
  const q = make(v, start, next, applyEffect(bounds, effect), core.vague);
  if (currency) {
    q.kind = "money";
    q.unit = "money";
    q.currency = currency.code;
  } else if (unit) {
    q.kind = unit.kind;
    q.unit = unit.unit;
    // "four decades" is 40 years: the canonical unit, so that it compares with "40 years".
    const factor = unit.factor;
    if (factor !== undefined) {
      if (q.low !== null) q.low = round(q.low * factor);
      if (q.high !== null) q.high = round(q.high * factor);
    }
    if (unit.currency) q.currency = unit.currency;
  } else {
    q.kind = "count";
    const counted = countedAt(v, next, core.high ?? core.low ?? 0);
    const money = counted ? lex.currencyWords.get(counted) : undefined;
    // "tens of millions of dollars": the counted noun is a currency.
    if (money) {
      q.kind = "money";
      q.unit = "money";
      q.currency = money;
    } else if (counted) q.counted = counted;
    // "between 1997 and 2017", "from 1967 to 1977" with nothing counted: a period of years.
    else if (
      isYear(v.raw(j)) &&
      core.low !== core.high &&
      isYear(v.raw(core.next - 1)) &&
      (!hedge || between)
    ) {
      q.kind = "date";
      q.unit = "date";
      q.date = `${core.low}/${core.high}`;
      q.low = null;
      q.high = null;
    }
    // "Route 91", "Article 675", "Chapter 29": a bare number after a name is a reference.
    else if (start === j && v.kind(j) === "number" && v.nameLike(j - 1)) return undefined;
    // "one of them", "one said": a lone "one" without a counted noun is a pronoun, not an amount.
    else if (core.low === 1 && core.high === 1 && v.kind(j) === "word" && start === j) return undefined;
  }
  return { quantity: q, next };
}

function make(
  v: TokenView,
  from: number,
  next: number,
  bounds: { low: number | null; high: number | null; approx: boolean },
  vague: boolean,
): Quantity {
  const start = v.store.starts[from];
  const end = v.store.ends[next - 1];
  return { start, end, text: v.text.slice(start, end), ...bounds, vague, sentence: 0 };
}

// "$4,000 (£3,000)", "$4,000, or £3,000": the second amount restates the first in another currency.
const EQUIVALENT_GAP = /^\s*(?:\(|,?\s*or\s*|\/\s*)$/;
function markEquivalents(text: string, quantities: Quantity[], from: number): void {
  for (let k = from + 1; k < quantities.length; k++) {
    const a = quantities[k - 1];
    const b = quantities[k];
    if (
      a.currency &&
      b.currency &&
      a.currency !== b.currency &&
      EQUIVALENT_GAP.test(text.slice(a.end, b.start))
    ) {
      b.equivalent = k - 1;
    }
  }
}
