import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";
import { KIND_CODE } from "../text/token-store.js";
import type { AttributionSpans, CueReading } from "./attributions.js";
import { type CueCandidate, type SourceOption, sourceFeatures, sourceOptions } from "./cue-features.js";
import type { VoiceLexicon } from "./lexicon.js";
import { MentionFinder } from "./mentions.js";

/** The source model as stored in `data/voice-source-model.json`: one weight per feature id. */
export interface SourceModelData {
  /** For a learned cue: from which cue probability times source probability its source is kept. */
  threshold: number;
  /** For a cue the rules read: from which source probability its chosen source is kept. */
  ruleThreshold: number;
  bias: number;
  /** The feature of each id. */
  features: string[];
  /** The weight of each id. */
  weights: number[];
}

/** The compiled source model: feature strings to integer ids, ids to weights. */
export interface SourceModel {
  threshold: number;
  ruleThreshold: number;
  bias: number;
  ids: Map<string, number>;
  weights: Float64Array;
}

/** Compile the model's feature table once. */
export function sourceModel(data: SourceModelData): SourceModel {
  if (data.features.length !== data.weights.length)
    throw new Error("voice-source-model.json: features and weights differ in length");
  return {
    threshold: data.threshold,
    ruleThreshold: data.ruleThreshold,
    bias: data.bias,
    ids: new Map(data.features.map((f, i) => [f, i])),
    weights: Float64Array.from(data.weights),
  };
}

/** The model's probability for a list of features (features it never saw weigh nothing). */
export function sourceProbability(model: SourceModel, features: string[]): number {
  let z = model.bias;
  for (const f of features) {
    const id = model.ids.get(f);
    if (id !== undefined) z += model.weights[id];
  }
  return 1 / (1 + Math.exp(-z));
}

/** Where a cue comes from: the rules' reading (src/voice/cues.ts) or the learned cue model. */
export type CueOrigin = "rule" | "learned";

const QUOTE_MARK = /^["\u201C\u201D\u2018\u2019\u00AB\u00BB']$/;
const CLAUSE_MARKS = new Set([",", ";", ":", "--", "\u2014", "\u2013", "(", ")"]);

// For each token index, how many clause marks (CLAUSE_MARKS and "that") and quotation marks stand
// before it: what lies between an option and its cue, or before the option in its sentence, is a
// difference of two counts, not a walk over the words (a long sentence has many cues and options
// far apart, and each walk was as long as the sentence).
const markCountsOf = new WeakMap<Document, { clauses: Int32Array; quotes: Int32Array }>();
function markCounts(doc: Document): { clauses: Int32Array; quotes: Int32Array } {
  let counts = markCountsOf.get(doc);
  if (counts) return counts;
  const tokens = doc.tokenStore;
  const clauses = new Int32Array(tokens.length + 1);
  const quotes = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens.key(k);
    clauses[k + 1] = clauses[k] + (CLAUSE_MARKS.has(w) || w === "that" ? 1 : 0);
    quotes[k + 1] = quotes[k] + (QUOTE_MARK.test(w) ? 1 : 0);
  }
  counts = { clauses, quotes };
  markCountsOf.set(doc, counts);
  return counts;
}

/**
 * The grammatical place of a source option, as far as the tokens tell: the subject of the cue
 * (nothing but auxiliaries and adverbs between), the agent of a passive ("by X"), the object of
 * "according to", an appositive's head ("X, the group's spokesman, said"), or another place.
 */
function role(doc: Document, lex: VoiceLexicon, c: CueReading, o: SourceOption): string {
  const tokens = doc.tokenStore;
  if (o.via === "agent") return "agent";
  if (o.via === "chain") return "chain";
  if (tokens.key(c.token) === "according") return o.inverted ? "according" : "according-before";
  if (o.inverted) return o.mention.first <= c.token + 2 ? "after" : "inverted";
  let k = o.mention.last + 1;
  while (k < c.token && (lex.modals.has(tokens.key(k)) || /^\p{L}+ly$/u.test(tokens.key(k)))) k++;
  if (k === c.token) return "subject";
  if (tokens.key(o.mention.last + 1) === "," && tokens.key(c.token - 1) === ",") return "appositive";
  return "before";
}

/**
 * Features of a source option for the source model: those of the cue model's source features
 * (src/voice/cue-features.ts), and where the cue comes from, the option's grammatical place, the
 * clause boundaries between it and the cue (commas, colons, dashes, parentheses, "that"), and
 * whether it stands inside a quotation or a quotation mark lies between it and the cue.
 */
export function sourceModelFeatures(
  doc: Document,
  lex: VoiceLexicon,
  c: CueCandidate,
  o: SourceOption,
  origin: CueOrigin,
  quoted?: ReadonlySet<number>,
): string[] {
  const tokens = doc.tokenStore;
  let known = false;
  for (let k = o.mention.first; k <= o.mention.last && quoted; k++)
    if (quoted.has(tokens.keyIds[k]) && CAPITAL.test(doc.text[tokens.starts[k]])) known = true;
  const base = sourceFeatures(doc, lex, c, o);
  const head = base.find((f) => f.startsWith("head:"))?.slice(5) ?? "";
  const s = doc.sentences[c.sentence];
  const lo = Math.min(o.mention.last, c.token) + 1;
  const hi = Math.max(o.mention.first, c.token);
  const counts = markCounts(doc);
  const clauses = hi > lo ? counts.clauses[hi] - counts.clauses[lo] : 0;
  const quoteBetween = hi > lo && counts.quotes[hi] - counts.quotes[lo] > 0;
  const marks =
    o.mention.first > s.tokenStart ? counts.quotes[o.mention.first] - counts.quotes[s.tokenStart] : 0;
  const place = role(doc, lex, c, o);
  return [
    ...base,
    `origin:${origin}`,
    `origin-via:${origin}_${o.via}`,
    `origin-head:${origin}_${head}`,
    `role:${place}`,
    `role-head:${place}_${head}`,
    `origin-role:${origin}_${place}`,
    `clauses:${Math.min(clauses, 3)}`,
    `role-clauses:${place}_${Math.min(clauses, 3)}`,
    `quoted:${marks % 2 === 1}`,
    `quote-between:${quoteBetween}`,
    `known:${known}`,
    `known-origin:${known}_${origin}`,
  ];
}

/**
 * Each source option of a cue with its features ({@link sourceModelFeatures}), and two that
 * compare it with the others: its rank by distance from the cue among them, and how many there
 * are (the options are scored one by one; these let the model prefer the nearest of several).
 */
export function rankedOptions(
  doc: Document,
  lex: VoiceLexicon,
  m: MentionFinder,
  c: CueCandidate,
  origin: CueOrigin,
  quoted?: ReadonlySet<number>,
): { option: SourceOption; features: string[] }[] {
  const options = sourceOptions(doc, m, c);
  const gap = (o: SourceOption) => (o.inverted ? o.mention.first - c.token : c.token - o.mention.last);
  const gaps = options.map(gap).sort((a, b) => a - b);
  const count = Math.min(options.length, 4);
  return options.map((option) => {
    const rank = Math.min(gaps.indexOf(gap(option)), 3);
    return {
      option,
      features: [
        ...sourceModelFeatures(doc, lex, c, option, origin, quoted),
        `rank:${rank}_${count}`,
        `via-rank:${option.via}_${rank}`,
      ],
    };
  });
}

/** A chosen source: the option's span and the model's probability for it. */
export interface ChosenSource {
  span: Span;
  p: number;
}

/** The likeliest of a cue's source options by the model, or undefined when it has none. */
export function bestSource(
  doc: Document,
  lex: VoiceLexicon,
  m: MentionFinder,
  c: CueCandidate,
  origin: CueOrigin,
  model: SourceModel,
  quoted?: ReadonlySet<number>,
): ChosenSource | undefined {
  const tokens = doc.tokenStore;
  let best: ChosenSource | undefined;
  for (const { option: o, features } of rankedOptions(doc, lex, m, c, origin, quoted)) {
    const p = sourceProbability(model, features);
    if (!best || p > best.p)
      best = { p, span: { start: tokens.starts[o.mention.first], end: tokens.ends[o.mention.last] } };
  }
  return best;
}

const CAPITAL = /^\p{Lu}/u;

/**
 * The key ids of the words that name the sources of `found`: their capitalised words ("Donald
 * Trump's campaign") and, with `heads`, each source's last word (its head: "Trump", "the
 * campaign"); with `directOnly`, the sources of direct quotes alone.
 */
export function sourceWordIds(
  doc: Document,
  found: AttributionSpans[],
  { directOnly, heads }: { directOnly: boolean; heads: boolean },
): Set<number> {
  const tokens = doc.tokenStore;
  const out = new Set<number>();
  for (const a of found) {
    if (!a.source || (directOnly && !a.direct)) continue;
    let last = -1;
    for (
      let k = tokens.firstEndingAfter(a.source.start);
      k < tokens.length && tokens.starts[k] < a.source.end;
      k++
    ) {
      if (tokens.kinds[k] !== KIND_CODE.word) continue;
      last = k;
      if (CAPITAL.test(doc.text[tokens.starts[k]])) out.add(tokens.keyIds[k]);
    }
    if (heads && last >= 0) out.add(tokens.keyIds[last]);
  }
  return out;
}

/**
 * The key ids of the capitalised words naming the speakers of the direct quotes in `found`: a
 * source option that names someone the text quotes is likelier a source of its reported speech too.
 */
export const quotedSpeakers = (doc: Document, found: AttributionSpans[]): Set<number> =>
  sourceWordIds(doc, found, { directOnly: true, heads: false });

/** A cue the rules read, as the candidate the source options are read for. */
export const readingCandidate = (r: CueReading): CueCandidate => ({ ...r, features: [] });

/**
 * The rules' indirect attributions with their sources chosen by the source model: the likeliest
 * of the cue's options (the subject the rules read, the noun phrase or mention before, the
 * sentence's first mention, a passive's agent, the governing verb's subject for a cue in a "to"
 * complement) when its probability reaches the model's
 * `ruleThreshold`, else none (a wrong source is worse than a missing one). Direct quotes, and
 * attributions the rules read without a cue, keep theirs.
 */
export function chooseRuleSources(
  doc: Document,
  lex: VoiceLexicon,
  found: AttributionSpans[],
  model: SourceModel | undefined = lex.sourceModel,
  quoted: ReadonlySet<number> = quotedSpeakers(doc, found),
): AttributionSpans[] {
  if (!model) return found;
  const m = new MentionFinder(doc.text, doc.tokenStore, lex);
  return found.map((a) => {
    if (a.direct || !a.reading) return a;
    const best = bestSource(doc, lex, m, readingCandidate(a.reading), "rule", model, quoted);
    const { source: _, ...rest } = a;
    return best && best.p >= model.ruleThreshold ? { ...rest, source: best.span } : rest;
  });
}
