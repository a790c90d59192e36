import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";
import type { KeyTable } from "../text/token-store.js";
import type { AttributionSpans } from "./attributions.js";
import {
  type CueBound,
  type CueCandidate,
  type CueFeatureVisitor,
  type CueScorer,
  cueCandidates,
  freeTokens,
  LATE_KINDS,
  LATE_PAIRS,
  PAIR_KINDS,
} from "./cue-features.js";
import type { VoiceLexicon } from "./lexicon.js";
import { MentionFinder } from "./mentions.js";
import {
  bestSource,
  type ChosenSource,
  quotedSpeakers,
  type SourceModel,
  sourceWordIds,
} from "./source-model.js";
import type { Quote } from "./types.js";

/** One logistic regression as stored in `data/voice-attribution-model.json`. */
export interface LogisticData {
  /** Probability from which the answer is yes (chosen by cross-validation on train). */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

/**
 * The file's model: is a free word a cue. The source of a cue is chosen by the source model
 * (src/voice/source-model.ts).
 */
export type CueModelData = LogisticData;

/** A compiled logistic regression over string features. */
export interface Logistic {
  threshold: number;
  bias: number;
  weights: Map<string, number>;
}

/** The learned cue model: cue detection ({@link cueCandidates}). */
export type CueModel = Logistic;

// The weights of the models read from the data file, by model: every analysis looks them up in
// the tables of {@link compileWeights}, made straight from these, so the Map of whole feature
// strings (33k entries, about a tenth of the models' start-up) is made only if something asks.
const records = new WeakMap<Logistic, Record<string, number>>();

function compile(d: LogisticData): Logistic {
  let weights: Map<string, number> | undefined;
  const model: Logistic = {
    threshold: d.threshold,
    bias: d.bias,
    get weights() {
      weights ??= new Map(Object.entries(d.weights));
      return weights;
    },
  };
  records.set(model, d.weights);
  return model;
}

/** A model's weights as a record: the data file's, or made from a model given with a Map. */
const weightsOf = (model: Logistic): Record<string, number> =>
  records.get(model) ?? Object.fromEntries(model.weights);

/** Compile the model's weight tables once. */
export function cueModel(data: CueModelData): CueModel {
  return compile(data);
}

/**
 * The model's probability for a list of features: each feature string is looked up in the tables
 * of {@link compileWeights} by its kind and value (for a pair, split at its first "_"; every
 * split of a pair's value leads to its weight), which gives the weight the string has.
 */
export function probability(model: Logistic, features: string[]): number {
  const { single, pairs, unsplit } = compileWeights(model);
  let z = model.bias;
  for (const f of features) {
    const colon = f.indexOf(":");
    const kind = f.slice(0, colon);
    const rest = f.slice(colon + 1);
    let w: number | undefined;
    if (!PAIR_KINDS.has(kind)) w = single.get(kind)?.get(rest);
    else {
      const at = rest.indexOf("_");
      w =
        at < 0
          ? unsplit.get(f)
          : pairs
              .get(kind)
              ?.get(rest.slice(0, at))
              ?.get(rest.slice(at + 1));
    }
    z += w ?? 0;
  }
  return 1 / (1 + Math.exp(-z));
}

// The weights of a model by feature kind and value (by kind and both values for a pair), so
// that a visited feature is looked up from the strings it is made of without building its own.
interface CompiledWeights {
  single: Map<string, Map<string, number>>;
  pairs: Map<string, Map<string, Map<string, number>>>;
  /** A pair kind's features with no "_" in their value, which no visit reaches, by string. */
  unsplit: Map<string, number>;
}

const compiledWeights = new WeakMap<Logistic, CompiledWeights>();

function compileWeights(model: Logistic): CompiledWeights {
  let c = compiledWeights.get(model);
  if (c) return c;
  c = { single: new Map(), pairs: new Map(), unsplit: new Map() };
  const weights = weightsOf(model);
  // The features of a kind come in runs (the file sorts them): the kind's table is kept at hand
  // through a run, not looked up for every weight.
  let runKind: string | undefined;
  let single: Map<string, number> | undefined;
  let byFirst = new Map<string, Map<string, number>>();
  for (const feature in weights) {
    const value = weights[feature];
    const colon = feature.indexOf(":");
    const kind = feature.slice(0, colon);
    if (kind !== runKind) {
      runKind = kind;
      if (PAIR_KINDS.has(kind)) {
        single = undefined;
        byFirst = c.pairs.get(kind) ?? new Map<string, Map<string, number>>();
        c.pairs.set(kind, byFirst);
      } else {
        single = c.single.get(kind) ?? new Map<string, number>();
        c.single.set(kind, single);
      }
    }
    const rest = feature.slice(colon + 1);
    if (single !== undefined) {
      single.set(rest, value);
      continue;
    }
    if (!rest.includes("_")) c.unsplit.set(feature, value);
    // "wn:a_b_c" is the pair ("a_b", "c") or ("a", "b_c"): every split leads to the one weight.
    for (let at = rest.indexOf("_"); at >= 0; at = rest.indexOf("_", at + 1)) {
      const first = rest.slice(0, at);
      const m = byFirst.get(first) ?? new Map<string, number>();
      byFirst.set(first, m.set(rest.slice(at + 1), value));
    }
  }
  compiledWeights.set(model, c);
  return c;
}

/**
 * The model's probability for features given as visits: the same sum, in the same order, as
 * {@link probability} over the features spelt as strings, so the two agree to the last bit.
 */
export function compiledProbability(
  model: Logistic,
  keys?: KeyTable,
): (visitAll: (visit: CueFeatureVisitor) => void) => number {
  const sum = compiledSum(model, keys);
  return (visitAll) => 1 / (1 + Math.exp(-sum(visitAll)));
}

// The model's bias plus the weights of the visited features, in the order visited.
function compiledSum(
  model: Logistic,
  keys?: KeyTable,
): (visitAll: (visit: CueFeatureVisitor) => void) => number {
  const { single, pairs } = compileWeights(model);
  // With the key table of the text whose words are visited: what was looked up for a feature
  // whose (first) value is a token key, by kind and key id (null when nothing), so that the
  // neighbours' and the word's weights are looked up once per key of the text, not once per word.
  // Arrays as long as the key table, filled at once: indexes written in any order would turn a
  // growing array into a slow dictionary.
  const singleById = new Map<string, (number | null | undefined)[]>();
  const pairsById = new Map<string, (Map<string, number> | null | undefined)[]>();
  const table = <T>(byKind: Map<string, T[]>, kind: string): T[] => {
    let byId = byKind.get(kind);
    if (byId === undefined) {
      byId = new Array<T>(keys?.size ?? 0).fill(undefined as T);
      byKind.set(kind, byId);
    }
    return byId;
  };
  // The running sum in a typed array: a number a closure writes again and again is boxed anew on
  // every write (one heap number per feature visited), a typed array's element is not.
  const z = new Float64Array(1);
  const add: CueFeatureVisitor = (kind, a, b, aId = -1) => {
    let w: number | undefined;
    if (keys === undefined || aId < 0 || aId >= keys.size)
      w = b === undefined ? single.get(kind)?.get(a) : pairs.get(kind)?.get(a)?.get(b);
    else if (b === undefined) {
      const byId = table(singleById, kind);
      let found = byId[aId];
      if (found === undefined) byId[aId] = found = single.get(kind)?.get(a) ?? null;
      w = found ?? undefined;
    } else {
      const byId = table(pairsById, kind);
      let seconds = byId[aId];
      if (seconds === undefined) byId[aId] = seconds = pairs.get(kind)?.get(a) ?? null;
      w = seconds?.get(b);
    }
    if (w !== undefined) z[0] += w;
  };
  return (visitAll) => {
    z[0] = model.bias;
    visitAll(add);
    return z[0];
  };
}

/** Whether the model's probability for the visited features reaches its threshold. */
export function reachesThreshold(model: Logistic, keys?: KeyTable): CueScorer {
  const p = compiledProbability(model, keys);
  return (visitAll) => p(visitAll) >= model.threshold;
}

// What the bound needs of a model's late kinds, read off its weights once per model: a pass over
// every weight costs about as much as scoring a short article's words, and the CLI, the corpus
// and the server call the bound once per document.
interface LateBound {
  /** The log-odds a word's sum must reach, or undefined when no threshold can be reached. */
  cut: number | undefined;
  /** The sum of the largest weight of each unpaired late kind. */
  lateMost: number;
  /** By early kind, the tables of the late kinds it pairs with: the largest weight by early value. */
  watched: Map<string, Map<string, number>[]>;
}

const lateBounds = new WeakMap<Logistic, LateBound>();

function lateBoundOf(model: Logistic): LateBound {
  let b = lateBounds.get(model);
  if (b) return b;
  const late = new Set(LATE_KINDS);
  const most = new Map<string, number>();
  // Per paired late kind, the largest weight by the early value it pairs with.
  const paired = new Map<string, Map<string, number>>();
  const weights = weightsOf(model);
  for (const feature in weights) {
    const value = weights[feature];
    const colon = feature.indexOf(":");
    const kind = feature.slice(0, colon);
    if (!late.has(kind)) continue;
    const pair = LATE_PAIRS.get(kind);
    if (!pair) {
      most.set(kind, Math.max(most.get(kind) ?? 0, value));
      continue;
    }
    // Early values hold no "_" (buckets, stems); a late one may not either, so one split is right.
    const rest = feature.slice(colon + 1);
    const at = pair.side === 0 ? rest.indexOf("_") : rest.lastIndexOf("_");
    const early = pair.side === 0 ? rest.slice(0, at) : rest.slice(at + 1);
    const byEarly = paired.get(kind) ?? new Map<string, number>();
    paired.set(kind, byEarly.set(early, Math.max(byEarly.get(early) ?? 0, value)));
  }
  let lateMost = 0;
  for (const v of most.values()) lateMost += v;
  const cut = Math.log(model.threshold / (1 - model.threshold)) - 1e-6;
  // The early kinds a paired late kind reads, and the largest pair weight for the value visited.
  const watched = new Map<string, Map<string, number>[]>();
  for (const [kind, byEarly] of paired) {
    const early = (LATE_PAIRS.get(kind) as { early: string }).early;
    const tables = watched.get(early) ?? [];
    tables.push(byEarly);
    watched.set(early, tables);
  }
  b = { cut: Number.isFinite(cut) ? cut : undefined, lateMost, watched };
  lateBounds.set(model, b);
  return b;
}

/**
 * Whether a word may still reach the model's threshold after its early features (see
 * {@link CueBound}): their sum plus, for each late kind, the largest weight it may add (none when
 * all its weights are negative, as a value the model never saw adds nothing); for a late kind
 * that pairs with an early value ({@link LATE_PAIRS}: "subj-rate" with the word's cue rate),
 * the largest among the pairs with the value the word has, so a word whose rate never meets a
 * heavy subject weight is not kept for the heaviest one. The sum must reach the threshold's
 * log-odds. A margin far above the rounding of either sum keeps the answer exact: a word ruled
 * out here has a probability below the threshold by more than any rounding.
 */
export function mayReachThreshold(model: Logistic, keys?: KeyTable): CueBound {
  const { cut, lateMost, watched } = lateBoundOf(model);
  if (cut === undefined) return () => true;
  const sum = compiledSum(model, keys);
  // A typed array for the same reason as the sum's (see compiledSum).
  const extra = new Float64Array(1);
  let visit: CueFeatureVisitor = () => {};
  const watch: CueFeatureVisitor = (kind, a, b, aId) => {
    const tables = watched.get(kind);
    if (tables) for (const t of tables) extra[0] += t.get(a) ?? 0;
    visit(kind, a, b, aId);
  };
  let early: (visit: CueFeatureVisitor) => void = () => {};
  const wrapped = (add: CueFeatureVisitor) => {
    visit = add;
    early(watch);
  };
  return (visitEarly) => {
    extra[0] = 0;
    early = visitEarly;
    return sum(wrapped) + lateMost + extra[0] >= cut;
  };
}

/**
 * The free candidates of every sentence: word tokens outside quotes and outside the spans of
 * the attributions already found; with `model`, only those whose probability reaches its
 * threshold, decided as each word is read, so the others' features are never spelt out.
 */
export function documentCandidates(
  doc: Document,
  lex: VoiceLexicon,
  quotes: Quote[],
  found: AttributionSpans[],
  model?: Logistic,
): CueCandidate[] {
  const read = candidatesOf(doc, lex, quotes, found, model);
  const out: CueCandidate[] = [];
  for (let si = 0; si < doc.sentences.length; si++) out.push(...read(si));
  return out;
}

// The free candidates of one sentence at a time (see documentCandidates), with what every
// sentence shares worked out once.
function candidatesOf(
  doc: Document,
  lex: VoiceLexicon,
  quotes: Quote[],
  found: AttributionSpans[],
  model?: Logistic,
): (sentence: number) => CueCandidate[] {
  const taken: Span[] = quotes.map((q) => ({ start: q.start, end: q.end }));
  for (const a of found) {
    taken.push(a.content);
    if (a.source) taken.push(a.source);
    if (a.cue) taken.push(a.cue);
  }
  taken.sort((a, b) => a.start - b.start);
  const free = freeTokens(doc, taken);
  const m = new MentionFinder(doc.text, doc.tokenStore, lex);
  const speakers = sourceWordIds(doc, found, { directOnly: false, heads: true });
  const score = model ? reachesThreshold(model, doc.tokenStore.keyTable) : undefined;
  const bound = model ? mayReachThreshold(model, doc.tokenStore.keyTable) : undefined;
  return (si) => cueCandidates(doc, lex, m, free, si, score, bound, speakers);
}

/**
 * Attributions the rules missed, found by the learned cue model, sentence by sentence: each free
 * word whose probability reaches the model's threshold is a cue (adjacent ones join: "is
 * expected"), its source the likeliest of its candidates when the source model trusts it
 * (src/voice/source-model.ts), its content the clause the sentence's shape gives
 * (src/voice/attributions.ts). Candidates are taken from the most probable down, and a word
 * inside an attribution already taken is no cue (attributions are univocal, as in PolNeAR).
 *
 * A sentence's attributions are read when it is first asked for: a caller that needs some
 * sentences only reads no others, and the whole text's are every sentence's. Every span of a
 * learned attribution (its cue, content and source) lies in its cue's sentence, so what one
 * sentence's attributions take never bars another's, and a sentence's are the same as those one
 * reading of the whole text's candidates finds there ({@link documentCandidates}), in the same order.
 */
export function learnedAttributions(
  doc: Document,
  lex: VoiceLexicon,
  quotes: Quote[],
  found: AttributionSpans[],
  model: CueModel | undefined = lex.cueModel,
  source: SourceModel | undefined = lex.sourceModel,
  quoted: ReadonlySet<number> = quotedSpeakers(doc, found),
): (sentence: number) => AttributionSpans[] {
  if (!model) return () => [];
  const read = candidatesOf(doc, lex, quotes, found, model);
  const m = new MentionFinder(doc.text, doc.tokenStore, lex);
  // One array of taken tokens for all sentences: each sentence marks only its own tokens.
  const taken = new Uint8Array(doc.tokenStore.length);
  const bySentence = new Map<number, AttributionSpans[]>();
  return (si) => {
    let out = bySentence.get(si);
    if (!out) {
      const scored = scoreCandidates(doc, lex, read(si), model, source, model.threshold, quoted, m);
      out = selectAttributions(doc, scored, model.threshold, source?.threshold, taken);
      bySentence.set(si, out);
    }
    return out;
  };
}

/** The attributions of the candidates the model reads as cues (see {@link learnedAttributions}). */
export function fromCandidates(
  doc: Document,
  lex: VoiceLexicon,
  candidates: CueCandidate[],
  model: CueModel,
  source: SourceModel | undefined = lex.sourceModel,
  quoted?: ReadonlySet<number>,
): AttributionSpans[] {
  return selectAttributions(
    doc,
    scoreCandidates(doc, lex, candidates, model, source, model.threshold, quoted),
    model.threshold,
    source?.threshold,
  );
}

/** A cue candidate with the cue model's probability for it. */
interface ScoredCandidate {
  c: CueCandidate;
  p: number;
}

/**
 * A text's cue candidates with their cue probabilities, from the most probable down, and the
 * likeliest source of each, read when first asked and kept. Neither depends on the thresholds,
 * so one scoring serves every threshold pair a trainer tries ({@link selectAttributions}).
 */
export interface ScoredCandidates {
  scored: ScoredCandidate[];
  best: (c: CueCandidate) => ChosenSource | undefined;
}

/** Score `candidates` once (those below `floor` are dropped), finding sources with `m`. */
export function scoreCandidates(
  doc: Document,
  lex: VoiceLexicon,
  candidates: CueCandidate[],
  model: CueModel,
  source: SourceModel | undefined,
  floor: number = model.threshold,
  quoted?: ReadonlySet<number>,
  m: MentionFinder = new MentionFinder(doc.text, doc.tokenStore, lex),
): ScoredCandidates {
  const scored = candidates
    .map((c) => ({ c, p: probability(model, c.features) }))
    .filter((x) => x.p >= floor)
    .sort((a, b) => b.p - a.p || a.c.token - b.c.token);
  const chosen = new Map<CueCandidate, ChosenSource | undefined>();
  const best = (c: CueCandidate): ChosenSource | undefined => {
    if (!source) return undefined;
    if (!chosen.has(c)) chosen.set(c, bestSource(doc, lex, m, c, "learned", source, quoted));
    return chosen.get(c);
  };
  return { scored, best };
}

/**
 * The attributions of the scored candidates whose probability reaches `cueThreshold`, each
 * with its likeliest source when cue probability times source probability reaches
 * `sourceThreshold` (no sources without one). `taken` marks the tokens attributions already
 * hold, and is marked with the spans of those selected (default: none yet).
 */
export function selectAttributions(
  doc: Document,
  { scored: all, best: bestOf }: ScoredCandidates,
  cueThreshold: number,
  sourceThreshold: number | undefined,
  taken: Uint8Array = new Uint8Array(doc.tokenStore.length),
): AttributionSpans[] {
  const { tokenStore: tokens } = doc;
  const scored = all.filter((x) => x.p >= cueThreshold);
  const cueAt = new Map(scored.map((x) => [x.c.token, x]));
  const out: AttributionSpans[] = [];
  for (const { c, p } of scored) {
    if (taken[c.token] === 1) continue;
    let first = c.token;
    let last = c.token;
    while (cueAt.has(first - 1) && taken[first - 1] === 0 && cueAt.get(first - 1)?.c.sentence === c.sentence)
      first--;
    while (cueAt.has(last + 1) && taken[last + 1] === 0 && cueAt.get(last + 1)?.c.sentence === c.sentence)
      last++;
    // The run's subject is the one read for its first word ("is expected": the subject of "is").
    const head = cueAt.get(first)?.c ?? c;
    const content = learnedContent(doc, first, last, head);
    if (!content) continue;
    const cue = { start: tokens.starts[first], end: tokens.ends[last] };
    const a: AttributionSpans = { cue, content, direct: false };
    // A span over a word another learned attribution holds would make two attributions of one:
    // such a cue or content is no attribution, such a source is left out.
    if (someTaken(doc, taken, cue) || someTaken(doc, taken, content)) continue;
    // The likeliest of the mentions that may be the source is kept only when it is probably
    // right: the source model gives the chance that it is the source of a true cue, times the
    // chance that the cue is true. A wrong source is worse than none ("is expected" often has no
    // source in PolNeAR).
    const best = sourceThreshold === undefined ? undefined : bestOf(head);
    if (
      best &&
      sourceThreshold !== undefined &&
      p * best.p >= sourceThreshold &&
      !someTaken(doc, taken, best.span)
    ) {
      a.source = best.span;
      mark(doc, taken, best.span);
    }
    mark(doc, taken, cue);
    mark(doc, taken, content);
    out.push(a);
  }
  return out;
}

const TERMINAL = new Set([".", "!", "?", "...", "\u2026", '"', "'", "\u201D", "\u2019"]);

/**
 * The content of a learned cue `[first, last]`: what follows the cue and its subject to the end
 * of the sentence ("X is calling for CONTENT", "According to X, CONTENT"), or, when the cue and
 * its subject end the sentence, what precedes them up to a comma ("CONTENT, X argued.").
 */
function learnedContent(doc: Document, first: number, last: number, head: CueCandidate): Span | undefined {
  const { tokenStore: tokens } = doc;
  const s = doc.sentences[head.sentence];
  let end = s.tokenEnd - 1;
  while (end > s.tokenStart && TERMINAL.has(tokens.key(end))) end--;
  const lead = Math.min(first, head.subject?.first ?? first);
  const tail = Math.max(last, head.subject?.last ?? last);
  const before = (): Span | undefined =>
    tokens.keyAt(lead - 1) === "," && lead - 1 > s.tokenStart
      ? { start: s.start, end: tokens.ends[lead - 2] }
      : undefined;
  if (tail >= end) return before();
  let k = tail + 1;
  if (tokens.key(k) === ",") {
    // "CONTENT, X argued, adding …": the clause before is the content.
    if (lead > s.tokenStart && tokens.key(lead - 1) === ",") return before();
    k++;
  }
  return k <= end ? { start: tokens.starts[k], end: tokens.ends[end] } : undefined;
}

function tokenRange(doc: Document, s: Span): [number, number] {
  let lo = 0;
  let hi = doc.tokenStore.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokenStore.ends[mid] <= s.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < doc.tokenStore.length && doc.tokenStore.starts[end] < s.end) end++;
  return [lo, end];
}

function someTaken(doc: Document, taken: Uint8Array, s: Span): boolean {
  const [a, b] = tokenRange(doc, s);
  for (let k = a; k < b; k++) if (taken[k] === 1) return true;
  return false;
}

function mark(doc: Document, taken: Uint8Array, s: Span): void {
  const [a, b] = tokenRange(doc, s);
  taken.fill(1, a, b);
}
