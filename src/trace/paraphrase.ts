import type { Sentence } from "../text/segment.js";
import { alignStretch, type Ops } from "./align.js";
import type { WordSequence } from "./sequence.js";

/** Options of {@link findParaphrases}. */
export interface ParaphraseOptions {
  /** Least TF-IDF cosine between an article sentence and a source sentence (default: 0.5). */
  minCosine: number;
  /** Fewest content words (stems) the two sentences share (default: 4). */
  minShared: number;
  /** A sentence with more than this share of its words already matched is not a candidate (default: 0.3). */
  maxTaken: number;
  /** Stems found in more candidate sentences than this carry no evidence and are skipped (default: 50). */
  maxPostings: number;
}

/** One paraphrased sentence pair: its word alignment and how similar the two sentences are. */
export interface ParaphrasePair {
  ops: Ops;
  cosine: number;
  /** The alignment lines up enough words for its differences to be listed as edits. */
  linedUp: boolean;
}

/** A sentence's words as a range of the word sequence. */
interface Range {
  from: number;
  to: number;
  /** The sentence is a labelled row of a fact box or table ("Decline: 33%"). */
  row: boolean;
}

/**
 * Sentence pairs that say the same thing in other words: article and source sentences that the
 * n-gram aligner left (mostly) unmatched, compared by the cosine of their TF-IDF vectors over
 * content-word stems (Salton & Buckley 1988; the "sentence similarity" baseline of the PAN
 * paraphrase and SemEval STS tasks), paired greedily one to one, best first. Candidates are
 * scored through an inverted index of the source's stems, so the cost follows the shared stems,
 * not the product of the sentence counts.
 */
export function findParaphrases(
  A: WordSequence,
  S: WordSequence,
  takenA: Uint8Array,
  takenS: Uint8Array,
  stop: Uint8Array,
  o: ParaphraseOptions,
): ParaphrasePair[] {
  const aRanges = candidates(A, takenA, o.maxTaken);
  const sRanges = candidates(S, takenS, o.maxTaken);
  if (aRanges.length === 0 || sRanges.length === 0) return [];
  const stems = new Map<string, number>();
  const bag = (seq: WordSequence, r: Range) => {
    const counts = new Map<number, number>();
    for (let w = r.from; w < r.to; w++) {
      const store = seq.doc.tokenStore;
      const kind = store.kind(seq.token[w]);
      const raw = store.key(seq.token[w]);
      if (stop[seq.ids[w]] === 1 || (kind === "word" && raw.length < 3)) continue;
      const key = kind === "number" ? raw : stem(raw);
      let id = stems.get(key);
      if (id === undefined) {
        id = stems.size;
        stems.set(key, id);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };
  const aBags = aRanges.map((r) => bag(A, r));
  const sBags = sRanges.map((r) => bag(S, r));
  const df = new Int32Array(stems.size);
  for (const b of [...aBags, ...sBags]) for (const id of b.keys()) df[id]++;
  const total = aBags.length + sBags.length;
  const idf = (id: number) => Math.log((total + 1) / (df[id] + 1)) + 1;
  const norm = (b: Map<number, number>) => {
    let n = 0;
    for (const [id, tf] of b) n += (tf * idf(id)) ** 2;
    return Math.sqrt(n);
  };
  const sNorms = sBags.map(norm);
  const postings = new Map<number, number[]>();
  sBags.forEach((b, j) => {
    for (const id of b.keys()) {
      const list = postings.get(id);
      if (list) list.push(j);
      else postings.set(id, [j]);
    }
  });

  const scored: { i: number; j: number; cosine: number }[] = [];
  aBags.forEach((b, i) => {
    const aNorm = norm(b);
    const dot = new Map<number, number>();
    const shared = new Map<number, number>();
    for (const [id, tf] of b) {
      const list = postings.get(id);
      if (!list || list.length > o.maxPostings) continue;
      const w = idf(id) ** 2 * tf;
      for (const j of list) {
        dot.set(j, (dot.get(j) ?? 0) + w * (sBags[j].get(id) ?? 0));
        shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    for (const [j, d] of dot) {
      // A fact box row and a running sentence share a figure and its label's words however
      // differently they use them: only words that really match (the n-gram aligner) pair them.
      if (aRanges[i].row !== sRanges[j].row) continue;
      const cosine = d / Math.max(1e-9, aNorm * sNorms[j]);
      if (cosine >= o.minCosine && (shared.get(j) ?? 0) >= o.minShared) scored.push({ i, j, cosine });
    }
  });
  scored.sort((x, y) => y.cosine - x.cosine || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(aRanges.length);
  const usedS = new Uint8Array(sRanges.length);
  const out: ParaphrasePair[] = [];
  for (const { i, j, cosine } of scored) {
    if (usedA[i] || usedS[j]) continue;
    usedA[i] = 1;
    usedS[j] = 1;
    const a = aRanges[i];
    const s = sRanges[j];
    const ops = alignStretch(A.ids, a.from, a.to, S.ids, s.from, s.to, "global");
    let matched = 0;
    for (let k = 0; k < ops.a.length; k++)
      if (ops.a[k] >= 0 && ops.b[k] >= 0 && A.ids[ops.a[k]] === S.ids[ops.b[k]]) matched++;
    const linedUp = matched >= 0.5 * Math.min(a.to - a.from, s.to - s.from);
    out.push({ ops, cosine, linedUp });
  }
  return out.sort((x, y) => x.ops.a[0] - y.ops.a[0]);
}

// Longest sentence aligned word by word; a longer pair is reported without edits (the
// alignment is quadratic in the sentence length).
const MAX_ALIGNED = 120;

// Sentences of at least five words with at most `maxTaken` of them already matched.
function candidates(seq: WordSequence, taken: Uint8Array, maxTaken: number): Range[] {
  const out: Range[] = [];
  const sentences: Sentence[] = seq.doc.sentences;
  let w = 0;
  for (const s of sentences) {
    while (w < seq.token.length && seq.token[w] < s.tokenStart) w++;
    const from = w;
    let used = 0;
    while (w < seq.token.length && seq.token[w] < s.tokenEnd) used += taken[w++];
    const n = w - from;
    if (n >= 5 && n <= MAX_ALIGNED && used <= maxTaken * n) out.push({ from, to: w, row: isRow(seq.doc, s) });
  }
  return out;
}

// A label, a colon and a short value holding a figure, alone in its paragraph, with no closing
// stop: "Services on time, 2025: 87%", "Passenger journeys 2015: 21 million".
const ROW = /^[^:.!?]{1,80}:[^\p{L}\p{N}]*[^:.!?]{0,40}$/u;

function isRow(doc: WordSequence["doc"], s: Sentence): boolean {
  const p = doc.paragraphs[s.paragraph];
  if (!p || p.start < s.start - 1 || p.end > s.end + 1) return false;
  const text = doc.text.slice(s.start, s.end).trim();
  const value = text.slice(text.indexOf(":") + 1);
  return ROW.test(text) && /\d/.test(value) && value.trim().split(/\s+/).length <= 4;
}

/** A light English suffix stripper, enough to meet "promised" with "promises" and "promising". */
export function stem(word: string): string {
  for (const suffix of ["ing", "ed", "es", "s", "ly"])
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  return word;
}
