/** BM25+ parameters (default: k 1.2, b 0.7, d 0.5, MiniSearch's). */
export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}

/** A hit of {@link Bm25Index.top}: the document's number (its order of addition) and score. */
export interface Bm25Hit {
  doc: number;
  score: number;
}

const DEFAULTS: Bm25Params = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * BM25+ (Lv and Zhai 2011, "Lower-bounding term frequency normalization") over documents given
 * as space-separated terms, scored as MiniSearch 7 scores one field with OR queries: the sum of
 * each query term's BM25+ times the number of distinct query terms the document holds. The
 * postings are flat typed arrays and a query adds into one score array, so a query costs the
 * length of its terms' postings with no allocation per hit; MiniSearch builds an object per hit
 * and per term and sorts every hit, which made retrieval most of the analysis of a long text.
 * Scores, and the order of equal scores (first touched first), are MiniSearch's to the last bit:
 * a test pins them to it.
 */
export class Bm25Index {
  private readonly termIds = new Map<string, number>();
  /** Postings of term t: `postDoc`/`postWeight` from `postStart[t]` to `postStart[t + 1]`. */
  private readonly postStart: Int32Array;
  private readonly postDoc: Int32Array;
  /**
   * Each posting's term-frequency part of BM25+, `tf · (k + 1) / (tf + k · (1 − b + b · length /
   * average length))`: it depends on the posting alone, and a long text's queries read each
   * posting many times (the 1 MB news pair: 3.5 million reads of 0.14 million postings).
   */
  private readonly postWeight: Float64Array;
  private readonly scores: Float64Array;
  private readonly matched: Int32Array;
  private readonly touched: Int32Array;
  /** The number of the query that last read each term: a repeated term counts once as matched. */
  private readonly termQuery: Int32Array;
  private queries = 0;
  private readonly params: Bm25Params;

  /**
   * `documents`: each a string of space-separated terms, or its terms (read as their join with
   * spaces would be: a term with a space in it is two, and no terms at all one empty term), so a
   * caller that holds the terms builds no string to split.
   */
  constructor(documents: readonly (string | Iterable<string>)[], params: Partial<Bm25Params> = {}) {
    this.params = { ...DEFAULTS, ...params };
    const n = documents.length;
    const lengths = new Float64Array(n);
    // First pass: each term's id and number of documents, and every document's term ids in one
    // flat list; the postings are then filled in place, with no list per term.
    const ids: number[] = [];
    const docStart = new Int32Array(n + 1);
    const df: number[] = [];
    const lastDoc: number[] = [];
    let average = 0;
    // MiniSearch's field length: distinct tokens, the empty one included, counted here as the
    // tokens that are not repeats; its average is kept incrementally in the same order, so it
    // rounds the same way.
    let doc = 0;
    let distinct = 0;
    let empty = 0;
    const add = (term: string) => {
      if (!term) {
        empty = 1;
        return;
      }
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = df.length;
        this.termIds.set(term, id);
        df.push(0);
        lastDoc.push(-1);
      }
      ids.push(id);
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        df[id]++;
        distinct++;
      }
    };
    for (; doc < n; doc++) {
      const document = documents[doc];
      docStart[doc] = ids.length;
      distinct = 0;
      empty = 0;
      if (typeof document === "string") for (const term of document.split(" ")) add(term);
      else {
        let none = true;
        for (const term of document) {
          none = false;
          if (term.includes(" ")) for (const part of term.split(" ")) add(part);
          else add(term);
        }
        if (none) add("");
      }
      lengths[doc] = distinct + empty;
      average = (average * doc + lengths[doc]) / (doc + 1);
    }
    docStart[n] = ids.length;
    const terms = df.length;
    this.postStart = new Int32Array(terms + 1);
    let total = 0;
    for (let id = 0; id < terms; id++) {
      this.postStart[id] = total;
      total += df[id];
    }
    this.postStart[terms] = total;
    this.postDoc = new Int32Array(total);
    const postTf = new Int32Array(total);
    // Second pass: a term's postings in document order, a repeat within a document adding to its tf.
    const next = this.postStart.slice(0, terms);
    for (let doc = 0; doc < n; doc++)
      for (let x = docStart[doc]; x < docStart[doc + 1]; x++) {
        const id = ids[x];
        const at = next[id];
        if (at > this.postStart[id] && this.postDoc[at - 1] === doc) postTf[at - 1]++;
        else {
          this.postDoc[at] = doc;
          postTf[at] = 1;
          next[id] = at + 1;
        }
      }
    const { k, b } = this.params;
    const norm = new Float64Array(n);
    for (let doc = 0; doc < n; doc++) norm[doc] = k * (1 - b + (b * lengths[doc]) / average);
    this.postWeight = new Float64Array(total);
    for (let p = 0; p < total; p++) {
      const tf = postTf[p];
      this.postWeight[p] = (tf * (k + 1)) / (tf + norm[this.postDoc[p]]);
    }
    this.scores = new Float64Array(n);
    this.matched = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.termQuery = new Int32Array(terms);
  }

  /**
   * The ids of the space-separated terms of `terms` that some document holds, in order, repeats
   * kept (a repeated term adds its score again, as in MiniSearch): the query {@link topIds} takes.
   */
  queryIds(terms: Iterable<string>): number[] {
    const out: number[] = [];
    for (const t of terms)
      for (const term of t.includes(" ") ? t.split(" ") : [t]) {
        const id = term ? this.termIds.get(term) : undefined;
        if (id !== undefined) out.push(id);
      }
    return out;
  }

  /**
   * The `limit` best documents for the space-separated query terms (OR), best first, equal
   * scores in the order MiniSearch returns them (the document first reached by the query's
   * terms, in their order, first).
   */
  top(query: string, limit: number): Bm25Hit[] {
    return this.topIds(this.queryIds([query]), limit);
  }

  /** {@link top} for a query given as term ids ({@link queryIds}). */
  topIds(query: readonly number[], limit: number): Bm25Hit[] {
    const { d } = this.params;
    const n = this.scores.length;
    const stamp = ++this.queries;
    let touchedCount = 0;
    for (const id of query) {
      const first = this.termQuery[id] !== stamp;
      this.termQuery[id] = stamp;
      const from = this.postStart[id];
      const to = this.postStart[id + 1];
      const df = to - from;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let p = from; p < to; p++) {
        const doc = this.postDoc[p];
        const score = idf * (d + this.postWeight[p]);
        if (this.matched[doc] === 0) {
          this.touched[touchedCount++] = doc;
          this.scores[doc] = score;
          this.matched[doc] = 1;
        } else {
          this.scores[doc] += score;
          if (first) this.matched[doc]++;
        }
      }
    }
    const hits = selectTop(this.touched, touchedCount, this.scores, this.matched, limit);
    for (let i = 0; i < touchedCount; i++) {
      const doc = this.touched[i];
      this.scores[doc] = 0;
      this.matched[doc] = 0;
    }
    return hits;
  }
}

/**
 * The `limit` best of the touched documents by final score (sum × distinct terms matched), ties
 * in touch order, through a bounded heap whose root is the worst kept: n · log(limit), not a sort
 * of every hit. Documents come in touch order, so a later one with the root's score is worse than
 * it: only a strictly higher score enters a full heap, and most documents are turned away by that
 * one comparison.
 */
function selectTop(
  touched: Int32Array,
  count: number,
  scores: Float64Array,
  matched: Int32Array,
  limit: number,
): Bm25Hit[] {
  const size = Math.min(limit, count);
  if (size <= 0) return [];
  const heapScore = new Float64Array(size);
  const heapOrder = new Int32Array(size);
  let filled = 0;
  for (let order = 0; order < count; order++) {
    const doc = touched[order];
    const score = scores[doc] * matched[doc];
    if (filled < size) {
      // Sift up: the new entry is later than every kept one, so it is worse than any parent
      // whose score it does not pass.
      let i = filled++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (score > heapScore[parent]) break;
        heapScore[i] = heapScore[parent];
        heapOrder[i] = heapOrder[parent];
        i = parent;
      }
      heapScore[i] = score;
      heapOrder[i] = order;
    } else if (score > heapScore[0]) {
      siftDown(heapScore, heapOrder, filled, score, order);
    }
  }
  const hits: (Bm25Hit & { order: number })[] = [];
  for (let i = 0; i < filled; i++)
    hits.push({ doc: touched[heapOrder[i]], score: heapScore[i], order: heapOrder[i] });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ doc, score }) => ({ doc, score }));
}

/** Put (score, order) at the root of the heap in place of the worst kept, and sift it down. */
function siftDown(
  heapScore: Float64Array,
  heapOrder: Int32Array,
  filled: number,
  score: number,
  order: number,
): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= filled) break;
    const r = l + 1;
    // The worse child: lower score, or the same score reached later.
    let m = l;
    if (
      r < filled &&
      (heapScore[r] < heapScore[l] || (heapScore[r] === heapScore[l] && heapOrder[r] > heapOrder[l]))
    )
      m = r;
    if (heapScore[m] > score || (heapScore[m] === score && heapOrder[m] < order)) break;
    heapScore[i] = heapScore[m];
    heapOrder[i] = heapOrder[m];
    i = m;
  }
  heapScore[i] = score;
  heapOrder[i] = order;
}
