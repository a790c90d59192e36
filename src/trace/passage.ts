import { quotedAt } from "../text/quotes.js";
import type { Sentence } from "../text/segment.js";
import { alignStretch, type FreeCosts, type Ops } from "./align.js";
import type { Chain } from "./chain.js";
import type { WordSequence } from "./sequence.js";

/** Options of {@link chainPassages}. */
export interface PassageOptions {
  /** Words tried beyond each end of a chain by the gapped extension (default: 30). */
  extend: number;
  /** An unaligned stretch this long, in words on either side, splits a passage (default: 10). */
  split: number;
  /** Fewest matched words a passage needs to count as reuse (default: 8). */
  minWords: number;
  /** Fewest words in the longest run of matched words (default: 6). */
  minRun: number;
  /** Fewest matched words, and run, for a passage the article puts in quotation marks (default: 5). */
  minQuotedWords: number;
  /** Leftover words of a sentence, at most this many in the source, are aligned too (default: 6). */
  sentenceTail: number;
}

/** One reused passage as a word alignment: article word `ops.a[k]` against source word `ops.b[k]`. */
export interface Passage {
  ops: Ops;
  matched: number;
}

/** Elision marks standing for dropped text: "…", "...", ". . .", "[...]", "[…]". */
export const ELISION = /\[\s*(?:\.\s*){3,}\]|\[\s*\u2026\s*\]|(?:\.\s*){2,}\.|\u2026/;
/** An elision mark ending a text (just before a passage's first word). */
export const EDGE_BEFORE = new RegExp(`(?:${ELISION.source})\\s*$`);
/** An elision mark starting a text (just after a passage's last word). */
export const EDGE_AFTER = new RegExp(`^\\s*(?:${ELISION.source})`);

/**
 * Turn a chain of exact runs into passages: align the gaps between runs and extend beyond both
 * ends (affine-gap alignment), split where a long stretch has no counterpart (new commentary, a
 * dropped sentence), and keep the pieces with enough matched words.
 */
export function chainPassages(chain: Chain, A: WordSequence, S: WordSequence, o: PassageOptions): Passage[] {
  const ops: Ops = { a: [], b: [] };
  const push = (more: Ops) => {
    append(ops, more);
  };
  const first = chain.runs[0];
  push(extendLeft(A, first.a, S.ids, first.s, o.extend));
  for (let r = 0; r < chain.runs.length; r++) {
    const run = chain.runs[r];
    if (r > 0) {
      const prev = chain.runs[r - 1];
      push(
        alignStretch(
          A.ids,
          prev.end,
          run.a,
          S.ids,
          prev.s + (prev.end - prev.a),
          run.s,
          "global",
          freeCosts(A, prev.end),
        ),
      );
    }
    for (let k = 0; k < run.end - run.a; k++) {
      ops.a.push(run.a + k);
      ops.b.push(run.s + k);
    }
  }
  const last = chain.runs[chain.runs.length - 1];
  const lastS = last.s + (last.end - last.a);
  push(
    alignStretch(
      A.ids,
      last.end,
      Math.min(A.ids.length, last.end + o.extend),
      S.ids,
      lastS,
      Math.min(S.ids.length, lastS + o.extend),
      "extend",
      freeCosts(A, last.end),
    ),
  );

  const passages: Passage[] = [];
  for (const piece of splitOps(ops, A, S, o.split)) {
    const withTails = sentenceTails(piece, A, S, o.sentenceTail);
    const matched = countMatched(withTails, A, S);
    const quoted = () => quotedAt(A.doc)(A.doc.tokenStore.starts[A.token[piece.a[0]]]);
    const run = longestRun(withTails, A, S);
    if (
      (matched >= o.minWords && run >= o.minRun) ||
      (matched >= o.minQuotedWords && run >= o.minQuotedWords && quoted())
    )
      passages.push({ ops: withTails, matched });
  }
  return passages;
}

// Gapped extension leftwards: the same extension run on the reversed stretches.
// Source words may be skipped for free after article word `w` when an elision mark follows it,
// or when an editor's bracket stands on either side ("[Strand] said" for "Mayor Lena Strand said").
function freeGapAfter(A: WordSequence, w: number): boolean {
  if (w >= 0 && (A.elidedAfter[w] === 1 || A.bracketed[w] === 1)) return true;
  return w + 1 < A.bracketed.length && A.bracketed[w + 1] === 1;
}

// The free costs of an article stretch starting at word `x0` (see FreeCosts).
function freeCosts(A: WordSequence, x0: number): FreeCosts {
  return {
    word: (i) => A.bracketed[x0 + i - 1] === 1,
    gapAfter: (i) => freeGapAfter(A, x0 + i - 1),
  };
}

function extendLeft(A: WordSequence, xEnd: number, y: Int32Array, yEnd: number, width: number): Ops {
  const n = Math.min(width, xEnd);
  const m = Math.min(width, yEnd);
  const xr = new Int32Array(n);
  const yr = new Int32Array(m);
  for (let k = 0; k < n; k++) xr[k] = A.ids[xEnd - 1 - k];
  for (let k = 0; k < m; k++) yr[k] = y[yEnd - 1 - k];
  // Reversed, the i-th word is xEnd - i and the gap after it lies before it in the article.
  const ext = alignStretch(xr, 0, n, yr, 0, m, "extend", {
    word: (i) => A.bracketed[xEnd - i] === 1,
    gapAfter: (i) => freeGapAfter(A, xEnd - i - 1),
  });
  return {
    a: ext.a.map((i) => (i < 0 ? -1 : xEnd - 1 - i)).reverse(),
    b: ext.b.map((j) => (j < 0 ? -1 : yEnd - 1 - j)).reverse(),
  };
}

// Append in a loop: spreading a long alignment into push() would overflow the call stack.
function append(target: Ops, more: Ops): void {
  for (let k = 0; k < more.a.length; k++) {
    target.a.push(more.a[k]);
    target.b.push(more.b[k]);
  }
}

const isMatch = (ops: Ops, k: number, A: WordSequence, S: WordSequence): boolean =>
  ops.a[k] >= 0 && ops.b[k] >= 0 && A.ids[ops.a[k]] === S.ids[ops.b[k]];

function longestRun(ops: Ops, A: WordSequence, S: WordSequence): number {
  let best = 0;
  let run = 0;
  for (let k = 0; k < ops.a.length; k++) {
    run = isMatch(ops, k, A, S) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

function countMatched(ops: Ops, A: WordSequence, S: WordSequence): number {
  let n = 0;
  for (let k = 0; k < ops.a.length; k++) if (isMatch(ops, k, A, S)) n++;
  return n;
}

// Cut the alignment at every unaligned stretch of `split` or more words on one side, or of three
// or more across a sentence end (a dropped or added sentence, a changed attribution), unless the
// article marks it as an elision; each piece begins and ends with a matched word.
function splitOps(ops: Ops, A: WordSequence, S: WordSequence, split: number): Ops[] {
  const pieces: Ops[] = [];
  let start = -1;
  let lastMatch = -1;
  for (let k = 0; k < ops.a.length; k++) {
    if (!isMatch(ops, k, A, S)) continue;
    if (start < 0) start = k;
    else if (k > lastMatch + 1) {
      let na = 0;
      let nb = 0;
      for (let g = lastMatch + 1; g < k; g++) {
        if (ops.a[g] >= 0) na++;
        if (ops.b[g] >= 0) nb++;
      }
      const crossing = crossesSentence(A, S, ops, lastMatch, k);
      const lopsided = Math.max(na, nb) >= 3 && Math.max(na, nb) >= 3 * Math.min(na, nb);
      const long =
        Math.max(na, nb) >= split || (crossing === 2 && na + nb > 0) || (crossing === 1 && lopsided);
      if (long && !(na === 0 && elidedBetween(A, ops.a[lastMatch], ops.a[k]))) {
        pieces.push({ a: ops.a.slice(start, lastMatch + 1), b: ops.b.slice(start, lastMatch + 1) });
        start = k;
      }
    }
    lastMatch = k;
  }
  if (start >= 0) pieces.push({ a: ops.a.slice(start, lastMatch + 1), b: ops.b.slice(start, lastMatch + 1) });
  return pieces;
}

// Article words of a sentence edge worth aligning against the source's `ns` remaining words.
const postCap = (na: number, ns: number): number => (ns > 0 && na > ns + 2 ? ns + 2 : na);

// Drop article-only steps at the outer end of an edge alignment (`side` -1: its start, 1: its end).
function trim(ops: Ops, side: -1 | 1): Ops {
  let from = 0;
  let to = ops.a.length;
  if (side === 1) while (to > from && ops.b[to - 1] < 0) to--;
  else while (from < to && ops.b[from] < 0) from++;
  return from === 0 && to === ops.a.length ? ops : { a: ops.a.slice(from, to), b: ops.b.slice(from, to) };
}

// Whether matched pairs `k0` and `k1` lie in different sentences (1) or paragraphs (2) of the
// article or the source, or in the same ones (0).
function crossesSentence(A: WordSequence, S: WordSequence, ops: Ops, k0: number, k1: number): 0 | 1 | 2 {
  let crossing: 0 | 1 | 2 = 0;
  for (const [seq, i, j] of [
    [A, ops.a[k0], ops.a[k1]],
    [S, ops.b[k0], ops.b[k1]],
  ] as const) {
    const x = sentenceOf(seq.doc.sentences, seq.token[i]);
    const y = sentenceOf(seq.doc.sentences, seq.token[j]);
    if (x !== y) crossing = x && y && x.paragraph !== y.paragraph ? 2 : (Math.max(crossing, 1) as 1 | 2);
  }
  return crossing;
}

/** True when the article text between words `i` and `j` holds an elision mark. */
export function elidedBetween(A: WordSequence, i: number, j: number): boolean {
  const { tokenStore: store, text } = A.doc;
  return ELISION.test(text.slice(store.ends[A.token[i]], store.starts[A.token[j]]));
}

// The sentence holding token `t` (sentences are sorted and cover every token of a paragraph).
function sentenceOf(sentences: Sentence[], t: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (t < s.tokenStart) hi = mid - 1;
    else if (t >= s.tokenEnd) lo = mid + 1;
    else return s;
  }
  return undefined;
}

// Words of `seq` from word `w` (exclusive) to the edge of its sentence, in direction `dir`.
function wordsToSentenceEdge(seq: WordSequence, w: number, dir: 1 | -1): number {
  const sentence = sentenceOf(seq.doc.sentences, seq.token[w]);
  if (!sentence) return 0;
  let n = 0;
  for (let k = w + dir; k >= 0 && k < seq.ids.length; k += dir) {
    const t = seq.token[k];
    if (t < sentence.tokenStart || t >= sentence.tokenEnd) break;
    n++;
  }
  return n;
}

// A passage that stops a few words short of its sentence's edge in the source ("… since records
// began" against "… since records began in 1952.") takes the rest in as edits, so that a change
// at the very edge shows as an edit rather than vanishing: a dropped tail (up to `limit` words),
// a short reworded edge (four words at most on each side: "Every" for "Not one", "All of" for
// "Only three of"), or an edge of up to `limit` words on each side holding a negation or a
// quantifier, whose change flips what the passage says, or an edge of up to twice `limit` words
// of which at least half line up ("From January March of year this" for "From January to March
// of this year").
function sentenceTails(ops: Ops, A: WordSequence, S: WordSequence, limit: number): Ops {
  const a0 = ops.a[0];
  const b0 = ops.b[0];
  const a1 = ops.a[ops.a.length - 1];
  const b1 = ops.b[ops.b.length - 1];
  const preA = wordsToSentenceEdge(A, a0, -1);
  const preS = wordsToSentenceEdge(S, b0, -1);
  const postA = wordsToSentenceEdge(A, a1, 1);
  const postS = wordsToSentenceEdge(S, b1, 1);
  const out: Ops = { a: [], b: [] };
  const push = (more: Ops) => {
    append(out, more);
  };
  const flips = (seq: WordSequence, from: number, to: number) => {
    for (let w = from; w < to; w++) if (seq.flips[w] === 1) return true;
    return false;
  };
  // An elision mark at the article's edge says the source went on: take up to 40 words in.
  const tail = (na: number, ns: number, marked: boolean, a: number, s: number, t: Ops) =>
    na + ns > 0 &&
    ((na === 0 && (ns <= limit || (marked && ns <= 40))) ||
      (na <= 4 && ns <= 4) ||
      (na <= limit && ns <= limit && (flips(A, a, a + na) || flips(S, s, s + ns))) ||
      (na <= 2 * limit && ns <= 2 * limit && 2 * countMatched(t, A, S) >= Math.max(na, ns)));
  const { tokenStore: store, text } = A.doc;
  const before = text.slice(Math.max(0, store.starts[A.token[a0]] - 12), store.starts[A.token[a0]]);
  const after = text.slice(store.ends[A.token[a1]], store.ends[A.token[a1]] + 12);
  // An article sentence that runs on past the source's (a segmentation slip, commentary glued
  // on) is aligned only over as many words as the source has left, plus two; article words left
  // over at the outer end are not part of the passage.
  const preN = postCap(preA, preS);
  const pre = trim(
    alignStretch(A.ids, a0 - preN, a0, S.ids, b0 - preS, b0, "global", freeCosts(A, a0 - preN)),
    -1,
  );
  const preWords = pre.a.filter((i) => i >= 0).length;
  if (tail(preWords, preS, EDGE_BEFORE.test(before), a0 - preWords, b0 - preS, pre)) push(pre);
  push(ops);
  const postN = postCap(postA, postS);
  const post = trim(
    alignStretch(
      A.ids,
      a1 + 1,
      a1 + 1 + postN,
      S.ids,
      b1 + 1,
      b1 + 1 + postS,
      "global",
      freeCosts(A, a1 + 1),
    ),
    1,
  );
  const postWords = post.a.filter((i) => i >= 0).length;
  if (tail(postWords, postS, EDGE_AFTER.test(after), a1 + 1, b1 + 1, post)) push(post);
  return out;
}
