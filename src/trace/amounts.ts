import { baseSize, boundsApart, CONVERTED, sameAmount, unitSize } from "../claims/amounts.js";
import { quantityLexicon } from "../claims/lexicon.js";
import { documentQuantities } from "../claims/quantities.js";
import type { Quantity } from "../claims/types.js";
import { overlapsAny } from "../collections.js";
import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";
import { firstEndingAfter, itemContaining } from "../text/search.js";
import { isNumberToken } from "./lexicon.js";

const read = new WeakMap<Document, Quantity[]>();

/** The quantities of a document that overlap a span. */
export function quantitiesIn(doc: Document, span: Span): Quantity[] {
  let all = read.get(doc);
  if (!all) {
    const found = documentQuantities(doc);
    // By binary search: a scan of every quantity for each "a mile" made a long text quadratic.
    const taken = overlapsAny(found);
    all = [...found, ...singleUnits(doc).filter((q) => !taken(q.start, q.end))].sort(
      (x, y) => x.start - y.start,
    );
    read.set(doc, all);
  }
  // Quantities do not nest: the first one that may overlap is the first ending after the start.
  const out: Quantity[] = [];
  for (let k = firstEndingAfter(all, span.start); k < all.length && all[k].start < span.end; k++)
    if (span.start < all[k].end) out.push(all[k]);
  return out;
}

/**
 * True when every quantity on each side has one on the other stating the same amount
 * ({@link sameAmount}), and there is at least one: the figures were rewritten, not changed.
 */
export function sameAmounts(xs: Quantity[], ys: Quantity[]): boolean {
  if (xs.length === 0 || ys.length === 0) return false;
  return (
    xs.every((x) => ys.some((y) => sameAmount(x, y))) && ys.every((y) => xs.some((x) => sameAmount(x, y)))
  );
}

/**
 * True when the two sides state one number bounded in opposite directions: one says it was passed
 * ("more than 300", "at least 300", "300 or more") and the other that it was not reached or at most
 * reached ("almost 300", "nearly 300", "under 300", "up to 300"), of the same kind and unit. The
 * digits are the same, the amount is not. A rounding ("about 300" for "300") and a bound dropped
 * ("300" for "more than 300") are no such change.
 */
export function boundsReversed(xs: Quantity[], ys: Quantity[]): boolean {
  return xs.some((x) => ys.some((y) => reversed(x, y) || reversed(y, x)));
}

function reversed(above: Quantity, below: Quantity): boolean {
  if ((above.kind ?? "count") !== (below.kind ?? "count") || above.kind === "date" || above.kind === "time")
    return false;
  if ((above.unit ?? "") !== (below.unit ?? "") || (above.currency ?? "") !== (below.currency ?? ""))
    return false;
  return boundsApart(below, above);
}

/** Content words a restated sentence must share with the source's besides its figures. */
const SHARED_WORDS = 2;
/** Candidates looked at per figure, so that a common small count stays cheap. */
const MAX_CANDIDATES = 50;

/**
 * Finds, for a source sentence the aligner left unused, an article sentence that restates it:
 * every figure of the source sentence is in it as the same amount, written in other units or
 * words ("runs for 3.2 kilometres around the northern shore" and "covers two miles of the
 * northern shore", "in a fortnight" and "another 14 days"), and it shares at least two content
 * words with it (one when the source sentence has only one or two). The article's figures are indexed once by their size in base units.
 */
export class Restatements {
  private readonly index = new Map<string, { size: number; q: Quantity }[]>();
  /** Sentences by the date they name ("2025", "2026-03-14"): a date is restated only as itself. */
  private readonly dates = new Map<string, number[]>();
  /**
   * Content words by article sentence, read when a sentence first holds a source sentence's
   * figures: few do, and reading every sentence's words up front was most of the cost on a long text.
   */
  private readonly words: (Set<string> | undefined)[];

  constructor(
    private readonly article: Document,
    private readonly stop: ReadonlySet<string>,
  ) {
    this.words = new Array<Set<string> | undefined>(article.sentences.length).fill(undefined);
    for (const q of quantitiesIn(article, { start: 0, end: article.text.length })) {
      if (q.date && (q.kind === "date" || q.kind === "time")) {
        const on = this.dates.get(q.date) ?? [];
        on.push(q.sentence);
        this.dates.set(q.date, on);
      }
      const size = baseSize(q);
      if (size === undefined) continue;
      const list = this.index.get(family(q)) ?? [];
      list.push({ size, q });
      this.index.set(family(q), list);
    }
    for (const list of this.index.values()) list.sort((x, y) => x.size - y.size);
  }

  /** True when some article sentence restates source sentence `s` of `source`. */
  restates(source: Document, s: Span & { tokenStart: number; tokenEnd: number }): boolean {
    const figures = quantitiesIn(source, s).filter((q) => q.start >= s.start && q.end <= s.end);
    if (figures.length === 0) return false;
    const store = source.tokenStore;
    const mine = new Set<string>();
    for (let t = s.tokenStart; t < s.tokenEnd; t++)
      if (content(store.kind(t), store.key(t), this.stop)) mine.add(store.key(t));
    // Article sentences holding each figure; the restating one holds them all.
    let common: Set<number> | undefined;
    for (const f of figures) {
      const here = new Set(this.sentencesWith(f));
      common = common ? new Set([...common].filter((si) => here.has(si))) : here;
      if (common.size === 0) return false;
    }
    // A fact box row ("Passenger journeys 2025: 14 million") has one or two words beside its figures.
    const needed = Math.min(SHARED_WORDS, Math.ceil(mine.size / 2));
    if (needed === 0) return false;
    for (const si of common ?? []) {
      let shared = 0;
      for (const w of this.wordsOf(si)) if (mine.has(w) && ++shared >= needed) return true;
    }
    return false;
  }

  private wordsOf(si: number): Set<string> {
    let words = this.words[si];
    if (words === undefined) {
      words = new Set<string>();
      const s = this.article.sentences[si];
      const store = this.article.tokenStore;
      for (let t = s.tokenStart; t < s.tokenEnd; t++)
        if (content(store.kind(t), store.key(t), this.stop)) words.add(store.key(t));
      this.words[si] = words;
    }
    return words;
  }

  private sentencesWith(f: Quantity): number[] {
    if (f.kind === "date" || f.kind === "time") return f.date ? (this.dates.get(f.date) ?? []) : [];
    const size = baseSize(f);
    const list = size === undefined ? undefined : this.index.get(family(f));
    if (!list || size === undefined) return [];
    const from = size * (1 - CONVERTED);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (list[m].size < from) lo = m + 1;
      else hi = m;
    }
    const out: number[] = [];
    for (
      let k = lo;
      k < list.length && k < lo + MAX_CANDIDATES && list[k].size <= size * (1 + CONVERTED);
      k++
    )
      if (sameAmount(f, list[k].q)) out.push(list[k].q.sentence);
    return out;
  }
}

// A word that says what a sentence is about: no function word, no spelled-out quantity.
const content = (kind: string, key: string, stop: ReadonlySet<string>): boolean =>
  kind === "word" && !stop.has(key) && !isNumberToken(kind, key);

// Quantities that may state one amount: same kind and currency, and the same unit unless the
// unit has a fixed size.
function family(q: Quantity): string {
  const sized = q.unit !== undefined && unitSize(q.unit) !== undefined;
  return `${q.kind ?? "count"}|${q.currency ?? ""}|${sized ? "" : (q.unit ?? "")}`;
}

/**
 * One of a unit said with "a" or "an" ("in a fortnight", "a mile further"), which the quantity
 * reader leaves alone: as an amount it is the unit's size, so that "a fortnight" restates "14
 * days". Units of percent, speed and temperature are never said so.
 */
function singleUnits(doc: Document): Quantity[] {
  const { units } = quantityLexicon();
  const store = doc.tokenStore;
  const out: Quantity[] = [];
  for (let t = 0; t + 1 < store.length; t++) {
    const key = store.key(t);
    if ((key !== "a" && key !== "an") || store.kind(t + 1) !== "word") continue;
    const unit = units.get(store.key(t + 1));
    if (!unit || !["distance", "duration", "mass", "area", "volume"].includes(unit.kind)) continue;
    const size = unit.factor ?? 1;
    const start = store.starts[t];
    const end = store.ends[t + 1];
    const sentence = itemContaining(doc.sentences, start);
    out.push({
      start,
      end,
      text: doc.text.slice(start, end),
      low: size,
      high: size,
      approx: false,
      vague: false,
      kind: unit.kind,
      unit: unit.unit,
      sentence: Math.max(0, sentence),
    });
  }
  return out;
}
