import { pushAll } from "../collections.js";
import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import { quotedAt as quoted } from "../text/quotes.js";
import { type Chain, chainSeeds } from "./chain.js";
import { coverageOf } from "./coverage.js";
import { buildMatch } from "./edits.js";
import { matchFindings } from "./findings.js";
import { findOmissions } from "./omissions.js";
import { findParaphrases, type ParaphraseOptions } from "./paraphrase.js";
import { chainPassages, type Passage, type PassageOptions } from "./passage.js";
import type { TraceFinding } from "./rules.js";
import { findSeeds } from "./seeds.js";
import { Vocabulary, type WordSequence, wordSequence } from "./sequence.js";
import { sourceNames } from "./source-names.js";
import type { Coverage, Match } from "./types.js";

export type { Coverage, Edit, Match } from "./types.js";

/** What tracing an article against its sources found. */
export interface TraceResult {
  matches: Match[];
  coverage: Coverage[];
  findings: TraceFinding[];
}

/**
 * Tuning of the aligner. The minimum evidence for a match is one shared `seedWords`-gram (not
 * made only of function words), a run of `minRun` matched words, and `minWords` matched words in
 * all (`minQuotedWords` for both when the article puts the passage in quotation marks).
 */
export interface TraceOptions extends PassageOptions, ParaphraseOptions {
  /** Words per seed n-gram (default: 5). */
  seedWords: number;
  /** Skip seed n-grams occurring more often than this in a source, unless every shared one does (default: 16). */
  maxOccurrences: number;
  /** Largest gap in words bridged inside one chain of seeds (default: 24). */
  maxGap: number;
  /** Share of a source sentence a match must cover for it to count as reused (default: 0.3). */
  minCovered: number;
  /** A passage overlapping better ones by more than this share of its words is dropped (default: 0.3). */
  maxOverlap: number;
}

/** The defaults of {@link TraceOptions}. */
export const TRACE_DEFAULTS: TraceOptions = {
  seedWords: 5,
  maxOccurrences: 16,
  maxGap: 24,
  extend: 30,
  split: 10,
  minWords: 8,
  minRun: 6,
  minQuotedWords: 5,
  sentenceTail: 6,
  maxOverlap: 0.3,
  minCovered: 0.3,
  minCosine: 0.5,
  minShared: 3,
  maxTaken: 0.3,
  maxPostings: 50,
};

/**
 * Align an article against its sources: seed with shared word n-grams, chain co-linear seeds,
 * align gaps and edges with affine gaps, and report each reused passage with its word-level
 * edits, the coverage per source, and findings (changed numbers, dropped negations, altered
 * quotes, omissions). Trace reports reuse and edits only: whether the article credits a reuse is
 * decided by the voice layer (`creditReuse`). `quotedAt` tells where the article presents text as
 * quoted or reproduced, which makes an edit there an altered quote (default: inside quotation
 * marks or a block quote; the pipeline passes the voice reading's, which adds introduced blocks).
 * With `omissions` false the omissions are left out, for a caller that reads them later with
 * more than the aligned passages ({@link omissionsWithCarried}) (default: true).
 */
export function traceSources(
  article: Document,
  sources: Document[],
  options: Partial<TraceOptions> = {},
  quotedAt: (pos: number) => boolean = quoted(article),
  omissions = true,
): TraceResult {
  const o = { ...TRACE_DEFAULTS, ...options };
  const vocab = new Vocabulary();
  const A = wordSequence(article, vocab);
  const matches: Match[] = [];
  const findings: TraceFinding[] = [];
  for (const source of sources) {
    const S = wordSequence(source, vocab);
    const names = sourceNames(source);
    const passages = alignPair(A, S, vocab, o);
    const found = [
      ...passages.map((p) => buildMatch(p.ops, A, S)),
      ...paraphrases(A, S, passages, vocab, o),
    ].filter((m) => !names.heading.some((h) => h.start <= m.source.start && m.source.end <= h.end));
    found.sort((x, y) => x.article.start - y.article.start || x.source.start - y.source.start);
    found.forEach((m, i) => {
      pushAll(findings, matchFindings(m, matches.length + i, article, source, quotedAt));
    });
    if (omissions) pushAll(findings, findOmissions(article, source, found, { minCovered: o.minCovered }));
    pushAll(matches, found);
  }
  return { matches, coverage: sources.map((s) => coverageOf(article, s, matches)), findings };
}

/**
 * The omissions of every source again, now that the support layer knows which source sentences
 * the article states in other words (`carried`, by source id): a sentence the article carries with
 * a changed figure is an edit, not an omission. Replaces the trace's first reading, which saw
 * only the aligned passages (a caller of both asks {@link traceSources} for none).
 */
export function omissionsWithCarried(
  article: Document,
  sources: Document[],
  matches: Match[],
  carried: ReadonlyMap<string, ReadonlySet<number>>,
  options: Partial<TraceOptions> = {},
): TraceFinding[] {
  const o = { ...TRACE_DEFAULTS, ...options };
  return sources.flatMap((source) =>
    findOmissions(article, source, matches, { minCovered: o.minCovered, carried: carried.get(source.id) }),
  );
}

/**
 * The verbatim and edited passages one text shares with another, as matches with their
 * word-level edits: the aligner of {@link traceSources} without paraphrase search, findings or
 * omissions, for callers that compare many pairs (a corpus) and need only the reuse itself.
 */
export function alignDocumentPair(
  article: Document,
  source: Document,
  options: Partial<TraceOptions> = {},
): Match[] {
  const o = { ...TRACE_DEFAULTS, ...options };
  const vocab = new Vocabulary();
  const A = wordSequence(article, vocab);
  const S = wordSequence(source, vocab);
  return alignPair(A, S, vocab, o)
    .map((p) => buildMatch(p.ops, A, S))
    .sort((x, y) => x.article.start - y.article.start || x.source.start - y.source.start);
}

/** The reused passages of one article/source pair, best first, without heavy overlaps. */
export function alignPair(A: WordSequence, S: WordSequence, vocab: Vocabulary, o: TraceOptions): Passage[] {
  const seeds = findSeeds(A.ids, S.ids, {
    n: o.seedWords,
    maxOccurrences: o.maxOccurrences,
    stopIds: stopIds(vocab),
  });
  const chains = chainSeeds(seeds, { n: o.seedWords, maxGap: o.maxGap });
  // Strongest chains first; a chain whose exact runs lie mostly in text already explained is
  // dropped before any alignment work, which bounds the cost when a source repeats itself.
  const runWords = (c: Chain) => c.runs.reduce((n, r) => n + r.end - r.a, 0);
  const order = chains.map((c) => ({ c, words: runWords(c) })).sort((x, y) => y.words - x.words);
  const taken = new Uint8Array(A.ids.length);
  const kept: Passage[] = [];
  for (const { c, words } of order) {
    let covered = 0;
    for (const r of c.runs) for (let i = r.a; i < r.end; i++) covered += taken[i];
    if (covered > o.maxOverlap * words) continue;
    for (const p of chainPassages(c, A, S, o)) {
      const mine = p.ops.a.filter((i) => i >= 0);
      const overlap = mine.filter((i) => taken[i]).length;
      if (overlap > o.maxOverlap * mine.length) continue;
      for (const i of mine) taken[i] = 1;
      kept.push(p);
    }
  }
  return joinAdjacent(kept);
}

// Two passages where one ends right where the other starts, in the article and in the source,
// are one passage: chains cut where edits left no seed ("… stupidity. No story" for "… stupidity.
// The story") would otherwise report one reuse twice.
function joinAdjacent(passages: Passage[]): Passage[] {
  const first = (xs: number[]) => xs.find((i) => i >= 0) ?? -1;
  const last = (xs: number[]) => xs.findLast((i) => i >= 0) ?? -1;
  const sorted = [...passages].sort((x, y) => first(x.ops.a) - first(y.ops.a));
  const out: Passage[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (prev && first(p.ops.a) === last(prev.ops.a) + 1 && first(p.ops.b) === last(prev.ops.b) + 1) {
      for (let k = 0; k < p.ops.a.length; k++) {
        prev.ops.a.push(p.ops.a[k]);
        prev.ops.b.push(p.ops.b[k]);
      }
      prev.matched += p.matched;
    } else out.push({ ops: { a: [...p.ops.a], b: [...p.ops.b] }, matched: p.matched });
  }
  return out;
}

// Sentences the n-gram aligner left unmatched on both sides that say the same in other words,
// as `paraphrase` matches: similarity is their cosine; edits are listed only where the words
// line up well enough for a word-by-word difference to mean something.
function paraphrases(
  A: WordSequence,
  S: WordSequence,
  passages: Passage[],
  vocab: Vocabulary,
  o: TraceOptions,
): Match[] {
  const takenA = new Uint8Array(A.ids.length);
  const takenS = new Uint8Array(S.ids.length);
  for (const p of passages)
    for (let k = 0; k < p.ops.a.length; k++) {
      if (p.ops.a[k] >= 0) takenA[p.ops.a[k]] = 1;
      if (p.ops.b[k] >= 0) takenS[p.ops.b[k]] = 1;
    }
  return findParaphrases(A, S, takenA, takenS, stopIds(vocab), o).map(({ ops, cosine, linedUp }) => {
    const m = buildMatch(ops, A, S);
    return {
      ...m,
      kind: "paraphrase" as const,
      similarity: Math.round(cosine * 1000) / 1000,
      edits: linedUp ? m.edits : [],
    };
  });
}

// Function words by id, so that seeds made only of them ("one of the most of") are skipped.
function stopIds(vocab: Vocabulary): Uint8Array {
  const ids = [...functionWords()].map((w) => vocab.lookup(w)).filter((id) => id >= 0);
  const flags = new Uint8Array(vocab.size);
  for (const id of ids) flags[id] = 1;
  return flags;
}
