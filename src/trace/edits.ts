import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";
import type { Ops } from "./align.js";
import { isNegation, isNumberToken, isQuantifier, stressesFigure } from "./lexicon.js";
import { EDGE_AFTER, EDGE_BEFORE, ELISION } from "./passage.js";
import type { WordSequence } from "./sequence.js";
import type { Edit, Match } from "./types.js";

/**
 * Build the match record of a passage: its spans in both texts, kind, similarity, and the
 * word-level edits. Consecutive unmatched words make one edit; an editorial bracket in the
 * article is one edit with all its words; a deletion where the article shows an elision mark
 * gets the mark as its article span.
 */
export function buildMatch(ops: Ops, A: WordSequence, S: WordSequence): Match {
  const n = ops.a.length;
  const matched = new Uint8Array(n);
  let nMatched = 0;
  let na = 0;
  let ns = 0;
  for (let k = 0; k < n; k++) {
    if (ops.a[k] >= 0) na++;
    if (ops.b[k] >= 0) ns++;
    if (ops.a[k] >= 0 && ops.b[k] >= 0 && A.ids[ops.a[k]] === S.ids[ops.b[k]]) {
      matched[k] = 1;
      nMatched++;
    }
  }
  const firstA = ops.a.find((i) => i >= 0) ?? 0;
  const lastA = ops.a.findLast((i) => i >= 0) ?? 0;
  const firstS = ops.b.find((i) => i >= 0) ?? 0;
  const lastS = ops.b.findLast((i) => i >= 0) ?? 0;

  const brackets = bracketGroups(A, A.token[firstA], A.token[lastA]);
  const groupOf = (k: number): number =>
    ops.a[k] >= 0 ? (brackets.byToken.get(A.token[ops.a[k]]) ?? -1) : -1;
  const edited = new Set<number>();
  // A bracket is an edit when a word in it changed, or when source words were dropped right
  // beside it ("[Strand] said" for "Mayor Lena Strand said").
  for (let k = 0; k < n; k++) {
    if (matched[k]) continue;
    for (const j of [k, k - 1, k + 1])
      if (j >= 0 && j < n && groupOf(j) >= 0 && (j === k || ops.a[k] < 0)) edited.add(groupOf(j));
  }
  const editable = (k: number) => !matched[k] || edited.has(groupOf(k));

  const edits: Edit[] = [];
  for (let k = 0; k < n; ) {
    if (!editable(k)) {
      k++;
      continue;
    }
    let end = k;
    while (end < n && editable(end)) end++;
    edits.push(makeEdit(ops, k, end, A, S, brackets.spans, groupOf));
    k = end;
  }

  let [aStart, aEnd, sStart, sEnd] = punctuationBounds(
    A,
    S,
    A.token[firstA],
    A.token[lastA],
    S.token[firstS],
    S.token[lastS],
  );
  // A bracket or elision mark at the edge lies outside the words: the match covers its edits.
  for (const e of edits) {
    if (e.article) {
      aStart = Math.min(aStart, e.article.start);
      aEnd = Math.max(aEnd, e.article.end);
    }
    if (e.source) {
      sStart = Math.min(sStart, e.source.start);
      sEnd = Math.max(sEnd, e.source.end);
    }
  }
  return {
    article: { start: aStart, end: aEnd },
    source: { id: S.doc.id, start: sStart, end: sEnd },
    kind: edits.length === 0 ? "verbatim" : "edited",
    similarity: Math.round(((2 * nMatched) / Math.max(1, na + ns)) * 1000) / 1000,
    edits,
  };
}

// The article's "[…]" groups between two tokens: each word token inside maps to its group.
function bracketGroups(
  A: WordSequence,
  fromToken: number,
  toToken: number,
): { byToken: Map<number, number>; spans: Span[] } {
  const { tokenStore: store, text } = A.doc;
  const byToken = new Map<number, number>();
  const spans: Span[] = [];
  let open = -1;
  const from = Math.max(0, fromToken - 1);
  const to = Math.min(store.length - 1, toToken + 1);
  for (let t = from; t <= to; t++) {
    const ch = text.slice(store.starts[t], store.ends[t]);
    if (ch === "[") open = t;
    else if (ch === "]" && open >= 0) {
      spans.push({ start: store.starts[open], end: store.ends[t] });
      for (let u = open + 1; u < t; u++) byToken.set(u, spans.length - 1);
      open = -1;
    }
  }
  return { byToken, spans };
}

function makeEdit(
  ops: Ops,
  from: number,
  to: number,
  A: WordSequence,
  S: WordSequence,
  bracketSpans: Span[],
  groupOf: (k: number) => number,
): Edit {
  const aWords: number[] = [];
  const sWords: number[] = [];
  let group = -1;
  for (let k = from; k < to; k++) {
    if (ops.a[k] >= 0) aWords.push(ops.a[k]);
    if (ops.b[k] >= 0) sWords.push(ops.b[k]);
    if (groupOf(k) >= 0) group = groupOf(k);
  }
  const prevA = lastBefore(ops.a, from);
  const nextA = firstFrom(ops.a, to);
  const prevS = lastBefore(ops.b, from);
  const nextS = firstFrom(ops.b, to);
  let article = aWords.length > 0 ? span(A, aWords[0], aWords[aWords.length - 1]) : gapPoint(A, prevA, nextA);
  const source =
    sWords.length > 0 ? span(S, sWords[0], sWords[sWords.length - 1]) : gapPoint(S, prevS, nextS);
  let note = "word";
  if (group >= 0) {
    const g = bracketSpans[group];
    article = { start: Math.min(article.start, g.start), end: Math.max(article.end, g.end) };
    note = "bracket";
  } else if (aWords.length === 0) {
    const marker = elisionMark(A, prevA, nextA);
    if (marker) {
      article = marker;
      note = "elision";
    }
  }
  if (note === "word") {
    const aKeys = aWords.map((i) => A.doc.tokenStore.token(A.token[i]));
    const sKeys = sWords.map((j) => S.doc.tokenStore.token(S.token[j]));
    // "open only three days" for "open three days": the word stresses the figure, as it stands.
    const counted = (seq: WordSequence, ws: number[]) =>
      quantifiers(
        ws
          .map((i) => seq.token[i])
          .filter((t) => !stressed(seq.doc, t))
          .map((t) => seq.doc.tokenStore.token(t)),
      );
    const negations = (ts: { key: string }[]) => ts.filter((t) => isNegation(t.key)).length;
    const numbers = (ts: { kind: string; key: string }[]) => ts.some((t) => isNumberToken(t.kind, t.key));
    if (negations(aKeys) !== negations(sKeys)) note = "negation";
    else if (aWords.length > 0 && sWords.length > 0 && numbers(aKeys) && numbers(sKeys)) note = "number";
    else if (counted(A, aWords) !== counted(S, sWords)) note = "quantifier";
    else if (aWords.length > 0 && sWords.length > 0 && (numbers(aKeys) || numbers(sKeys))) note = "number";
  }
  const op = aWords.length > 0 && sWords.length > 0 ? "replace" : aWords.length > 0 ? "insert" : "delete";
  return { op, article, source, note };
}

/** Token t is a word that stresses the figure right after it ("only" in "only three days"). */
function stressed(doc: Document, t: number): boolean {
  const store = doc.tokenStore;
  return (
    stressesFigure(store.key(t)) && t + 1 < store.length && isNumberToken(store.kind(t + 1), store.key(t + 1))
  );
}

/** The quantifier words of some tokens, in order, as one comparable string. */
export const quantifiers = (ts: { key: string }[]): string =>
  ts
    .filter((t) => isQuantifier(t.key))
    .map((t) => t.key)
    .join(" ");

const lastBefore = (xs: number[], k: number): number => {
  for (let i = k - 1; i >= 0; i--) if (xs[i] >= 0) return xs[i];
  return -1;
};
const firstFrom = (xs: number[], k: number): number => {
  for (let i = k; i < xs.length; i++) if (xs[i] >= 0) return xs[i];
  return -1;
};

const span = (seq: WordSequence, i: number, j: number): Span => ({
  start: seq.doc.tokenStore.starts[seq.token[i]],
  end: seq.doc.tokenStore.ends[seq.token[j]],
});

// Where something is missing: just after the previous word, or before the next one.
function gapPoint(seq: WordSequence, prev: number, next: number): Span {
  const at =
    prev >= 0
      ? seq.doc.tokenStore.ends[seq.token[prev]]
      : next >= 0
        ? seq.doc.tokenStore.starts[seq.token[next]]
        : 0;
  return { start: at, end: at };
}

// The elision mark standing where source words are missing: between the two article words
// around the gap, or just before the first word (or after the last) at a passage's edge.
function elisionMark(A: WordSequence, prev: number, next: number): Span | undefined {
  const { tokenStore: store, text } = A.doc;
  if (prev < 0 && next < 0) return undefined;
  const from = prev >= 0 ? store.ends[A.token[prev]] : Math.max(0, store.starts[A.token[next]] - 12);
  const to = next >= 0 ? store.starts[A.token[next]] : Math.min(text.length, from + 12);
  const gap = text.slice(from, to);
  const m =
    prev >= 0 && next >= 0 ? ELISION.exec(gap) : prev < 0 ? EDGE_BEFORE.exec(gap) : EDGE_AFTER.exec(gap);
  if (!m) return undefined;
  const at = from + m.index + (m[0].length - m[0].trimStart().length);
  return { start: at, end: from + m.index + m[0].trimEnd().length };
}

const OPENERS = new Set(['"', "'", "("]);

// Widen a passage over punctuation both texts share at its edges (closing stop, quote marks).
function punctuationBounds(
  A: WordSequence,
  S: WordSequence,
  a0: number,
  a1: number,
  s0: number,
  s1: number,
): [number, number, number, number] {
  const at = A.doc.tokenStore;
  const st = S.doc.tokenStore;
  // The key of token `i` when it is punctuation, else undefined.
  const punct = (store: typeof at, i: number) => (store.kindAt(i) === "punct" ? store.key(i) : undefined);
  for (;;) {
    const key = punct(at, a0 - 1);
    if (key === undefined || key !== punct(st, s0 - 1) || !OPENERS.has(key)) break;
    a0--;
    s0--;
  }
  for (;;) {
    const key = punct(at, a1 + 1);
    if (key === undefined || key !== punct(st, s1 + 1) || key === "(" || key === "[") break;
    a1++;
    s1++;
  }
  return [at.starts[a0], at.ends[a1], st.starts[s0], st.ends[s1]];
}
