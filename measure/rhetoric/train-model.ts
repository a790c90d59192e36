/**
 * A learned scorer for the word-level techniques (loaded language, labelling), measured by the
 * same honest gate as the cue lexicon. Run with `npm run train:rhetoric-model`.
 *
 * Every word of the author's voice (src/rhetoric `authorRuns`) of the PTC train part is an
 * example, positive when a gold span of the technique covers any of its characters. A logistic
 * regression (src/claims/model.ts `trainLogistic`) reads features the project already has: the
 * folded word, its suffixes and shape (capitalised, adjective or adverb ending), its neighbours
 * ±2, whether it is an evaluative word of the support lexicon or a hand-written rhetoric
 * candidate (measure/rhetoric/candidates.json), and where it stands in its sentence. Flagged
 * words next to each other form one flag; flags are scored with the SemEval-2020 character
 * overlap, same technique, as the gate of the lexicon.
 *
 * Nested cross-validation, folds by passage group (passages.ts): in each of the five outer
 * folds, the probability threshold is the lowest of a grid whose flags reach precision 0.70 on an
 * inner cross-validation of the other four folds alone; a model trained on those four flags the outer fold at it. The pooled
 * outer flags give the gate's figures (Wilson 90% lower end ≥ 0.60 to be checked). Dev is never
 * read.
 */
import { readFileSync } from "node:fs";
import { type LogisticModel, predict, trainLogistic } from "../../dist/claims/model.js";
import { authorRuns } from "../../dist/rhetoric/index.js";
import { repoFile } from "../paths.js";
import { type CvScore, FOLDS, passesGate, scoreRuns } from "./learn.js";
import { groupFolds, passageGroups } from "./passages.js";
import { fileSpan, type PreparedArticle, type PtcSpan, preparePtc } from "./ptc.js";

/** Precision the inner folds must show for a threshold to be chosen. */
const INNER_PRECISION = 0.7;
/** Flags the inner folds must give at a threshold, at least, for its precision to mean anything. */
const INNER_MIN_FLAGS = 10;
const THRESHOLDS = Array.from({ length: 14 }, (_, i) => Math.round((0.3 + i * 0.05) * 100) / 100);
const TRAIN = { epochs: 5, l2: 1e-3, rate: 0.2 };
const MIN_COUNT = 3;

interface Candidates {
  techniques: Record<string, { cues: string[] }>;
}
const candidates = JSON.parse(
  readFileSync(repoFile("measure/rhetoric/candidates.json"), "utf8"),
) as Candidates;
const support = JSON.parse(readFileSync(repoFile("data/support-lexicon.json"), "utf8")) as {
  favourable: string[];
  unfavourable: string[];
};
/** Single-word hand-written candidates, by word: the techniques they were written for. */
const cueWords = new Map<string, string[]>();
/** Words of multi-word hand-written candidates. */
const cuePartWords = new Set<string>();
for (const [label, t] of Object.entries(candidates.techniques))
  for (const c of t.cues) {
    const words = c.split(" ");
    if (words.length === 1) cueWords.set(c, [...(cueWords.get(c) ?? []), label]);
    else for (const w of words) cuePartWords.add(w);
  }
const favourable = new Set(support.favourable);
const unfavourable = new Set(support.unfavourable);
const ADJECTIVE = /(?:ous|ful|less|ive|able|ible|al|ic|ish|ist|ed)$/;

/** The lexicon forms a word may take: itself, and without a plural or adverb ending. */
const forms = (w: string): string[] => [w, w.replace(/s$/, ""), w.replace(/ly$/, ""), w.replace(/ily$/, "y")];

/** A word of the author's voice, with its features and where it lies in the article file. */
export interface WordExample {
  token: number;
  span: { start: number; end: number };
  features: string[];
  /** Per technique: a gold span of it covers some of the word's characters. */
  gold: Set<string>;
}

/** Every word of an article's author voice, as an example. */
export function wordExamples(a: PreparedArticle): WordExample[] {
  const { doc } = a;
  const out: WordExample[] = [];
  const sentenceOf = new Int32Array(doc.tokens.length);
  doc.sentences.forEach((s, si) => {
    sentenceOf.fill(si, s.tokenStart, s.tokenEnd);
  });
  for (const [from, to] of authorRuns(doc, a.context)) {
    const key = (i: number) => (i < from ? "<s>" : i >= to ? "</s>" : doc.tokens[i].key);
    for (let i = from; i < to; i++) {
      const t = doc.tokens[i];
      if (t.kind !== "word") continue;
      const w = t.key;
      const raw = doc.text.slice(t.start, t.end);
      const inSentence = i - doc.sentences[sentenceOf[i]].tokenStart;
      const f = [
        `w:${w}`,
        `s3:${w.slice(-3)}`,
        `s4:${w.slice(-4)}`,
        `p1:${key(i - 1)}`,
        `p2:${key(i - 2)}`,
        `n1:${key(i + 1)}`,
        `n2:${key(i + 2)}`,
        `bp:${key(i - 1)}_${w}`,
        `bn:${w}_${key(i + 1)}`,
        `at:${inSentence === 0 ? "first" : inSentence < 4 ? "early" : inSentence < 12 ? "middle" : "late"}`,
      ];
      if (/^\p{Lu}/u.test(raw)) f.push(inSentence === 0 ? "shape:cap-first" : "shape:cap");
      if (raw.length > 1 && raw === raw.toUpperCase()) f.push("shape:upper");
      if (w.includes("-")) f.push("shape:hyphen");
      if (ADJECTIVE.test(w)) f.push("shape:adjective");
      if (w.endsWith("ly")) f.push("shape:adverb");
      const fs = forms(w);
      if (fs.some((x) => favourable.has(x))) f.push("lex:favourable");
      if (fs.some((x) => unfavourable.has(x))) f.push("lex:unfavourable");
      for (const x of fs) for (const label of cueWords.get(x) ?? []) f.push(`cue:${label}`);
      if (cuePartWords.has(w)) f.push("cue:part");
      const span = fileSpan(doc, t.start, t.end);
      const gold = new Set<string>();
      for (const g of a.gold) if (g.start < span.end && span.start < g.end) gold.add(g.label);
      out.push({ token: i, span, features: f, gold });
    }
  }
  return out;
}

/** Flags of one technique: words scored at or above the threshold, neighbours joined into one. */
export function flags(
  words: WordExample[],
  scores: Float64Array,
  threshold: number,
  label: string,
): PtcSpan[] {
  const out: PtcSpan[] = [];
  let last = -2;
  words.forEach((w, k) => {
    if (scores[k] < threshold) return;
    const prev = out[out.length - 1];
    if (prev && w.token === last + 1) prev.end = w.span.end;
    else out.push({ label, start: w.span.start, end: w.span.end });
    last = w.token;
  });
  return out;
}

interface Prepared {
  article: PreparedArticle;
  words: WordExample[];
}

/**
 * The model of one technique over some articles. Features seen in fewer than `MIN_COUNT` words
 * are dropped: a rare word's weight would learn the one article it comes from.
 */
function fit(set: Prepared[], label: string): LogisticModel {
  const count = new Map<string, number>();
  for (const p of set)
    for (const w of p.words) for (const f of w.features) count.set(f, (count.get(f) ?? 0) + 1);
  const examples = set.flatMap((p) =>
    p.words.map((w) => ({
      features: w.features.filter((f) => (count.get(f) ?? 0) >= MIN_COUNT),
      label: w.gold.has(label),
    })),
  );
  return trainLogistic(examples, TRAIN);
}

const scoreWords = (model: LogisticModel, words: WordExample[]): Float64Array =>
  Float64Array.from(words.map((w) => predict(model, w.features)));

/** Held-out scores of the articles of `folds`, each from a model trained on the other `folds`. */
function heldOut(
  all: Prepared[],
  fold: number[],
  folds: number[],
  label: string,
): { p: Prepared; scores: Float64Array }[] {
  return folds.flatMap((k) => {
    const model = fit(
      all.filter((_, i) => folds.includes(fold[i]) && fold[i] !== k),
      label,
    );
    return all.filter((_, i) => fold[i] === k).map((p) => ({ p, scores: scoreWords(model, p.words) }));
  });
}

const score = (scored: { p: Prepared; scores: Float64Array }[], threshold: number, label: string): CvScore =>
  scoreRuns(
    scored.map(({ p, scores }) => ({
      predicted: flags(p.words, scores, threshold, label),
      gold: p.article.gold,
    })),
    [label],
  ).get(label) as CvScore;

/** The lowest threshold whose held-out flags reach {@link INNER_PRECISION}; none if no threshold does. */
function chooseThreshold(scored: { p: Prepared; scores: Float64Array }[], label: string): number | undefined {
  for (const t of THRESHOLDS) {
    const s = score(scored, t, label);
    if (s.predictions >= INNER_MIN_FLAGS && s.precision >= INNER_PRECISION) return t;
  }
  return undefined;
}

function main(): void {
  const labels = process.argv.slice(2).length
    ? process.argv.slice(2)
    : ["Loaded_Language", "Name_Calling,Labeling"];
  const all: Prepared[] = preparePtc("train").map((article) => ({ article, words: wordExamples(article) }));
  // Folds by passage group, as the tuner's: a reprinted passage is never scored on its own copy.
  const fold = groupFolds(passageGroups(all.map((p) => p.article.text)), FOLDS);
  const folds = Array.from({ length: FOLDS }, (_, k) => k);
  for (const label of labels) {
    const outer: { p: Prepared; scores: Float64Array; threshold: number }[] = [];
    const chosen: (number | undefined)[] = [];
    for (const k of folds) {
      const inner = folds.filter((j) => j !== k);
      const threshold = chooseThreshold(heldOut(all, fold, inner, label), label);
      chosen.push(threshold);
      const model = fit(
        all.filter((_, i) => fold[i] !== k),
        label,
      );
      for (const p of all.filter((_, i) => fold[i] === k))
        outer.push({
          p,
          scores: scoreWords(model, p.words),
          threshold: threshold ?? Number.POSITIVE_INFINITY,
        });
    }
    const nested = scoreRuns(
      outer.map(({ p, scores, threshold }) => ({
        predicted: flags(p.words, scores, threshold, label),
        gold: p.article.gold,
      })),
      [label],
    ).get(label) as CvScore;
    const fmt = (x: number) => x.toFixed(3);
    process.stdout.write(
      `${label}: inner thresholds ${chosen.map((t) => t ?? "none").join(", ")}; nested P ${fmt(nested.precision)} (90% lower ${fmt(nested.lower)}) R ${fmt(nested.recall)} F1 ${fmt(nested.f1)} over ${nested.predictions} flags: ${passesGate(nested) ? "passes" : "fails"} the gate\n`,
    );
    // The curve of the outer folds, to read how far the bar is (not a choice: the gate reads the
    // nested figure above).
    const pooled = outer.map(({ p, scores }) => ({ p, scores }));
    for (const t of THRESHOLDS) {
      const s = score(pooled, t, label);
      process.stdout.write(
        `  at ${t.toFixed(2)}: P ${fmt(s.precision)} (lower ${fmt(s.lower)}) R ${fmt(s.recall)} over ${s.predictions}\n`,
      );
    }
  }
}

if (process.argv[1]?.endsWith("train-model.js")) main();
