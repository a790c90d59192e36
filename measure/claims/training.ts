import { averagePrecision, positiveF1, tuneThreshold } from "../../dist/claims/checkworthiness.js";
import {
  averageModels,
  blendNaiveBayes,
  type LogisticModel,
  naiveBayesRatios,
  predict,
  type TrainOptions,
  trainLogistic,
} from "../../dist/claims/model.js";

/**
 * The training settings the shipped model was made with (see docs/claims.md). Bigrams help,
 * trigrams, skip-grams, character n-grams and suffix stripping do not; averaging the weights of
 * five seeds is slightly steadier than one run. `nbWeight` is the share of naive Bayes ratios
 * added to the regression.
 */
export const TRAINING: Required<TrainOptions> & {
  minCount: number;
  seeds: number;
  nbAlpha: number;
  nbWeight: number;
  folds: number;
} = {
  l2: 3e-4,
  epochs: 6,
  rate: 0.1,
  positiveWeight: 2,
  seed: 1,
  minCount: 3,
  seeds: 5,
  nbAlpha: 1,
  nbWeight: 0.2,
  // Cross-validation over blocks of consecutive CT24 train sentence ids. Ids run in debate
  // order, so each block is a run of whole debates (cut at most once per block edge) and every
  // held-out block is, like news and like dev-test, text from debates the model has not seen.
  // The dev split samples the same debates as train: a threshold tuned there is too strict on
  // new text. Dev-test is never used to choose anything.
  folds: 5,
};

/** A labelled example with its CT24 sentence id (ids follow the order of the debates). */
export interface TrainingExample {
  id: string;
  features: string[];
  label: boolean;
}

/** Logistic regression plus naive Bayes ratios over the features seen `minCount` times. */
export function fitCheckworthiness(examples: TrainingExample[], settings = TRAINING): LogisticModel {
  // Features seen fewer than minCount times carry noise, not signal.
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= settings.minCount;
  const kept = examples.map((e) => ({ features: e.features.filter(keep), label: e.label }));
  const regression = averageModels(
    Array.from({ length: settings.seeds }, (_, i) =>
      trainLogistic(kept, { ...settings, seed: settings.seed + i }),
    ),
  );
  return blendNaiveBayes(regression, naiveBayesRatios(kept, settings.nbAlpha), settings.nbWeight);
}

/**
 * Out-of-fold scores: train sorted by sentence id (debate order) and cut into `folds` blocks;
 * each block is scored by a model fitted on the others. Returned in id order with the gold labels.
 */
export function crossValidate(
  train: TrainingExample[],
  settings = TRAINING,
): { scores: number[]; gold: boolean[]; fold: number[] } {
  const sorted = [...train].sort((x, y) => Number(x.id) - Number(y.id));
  const size = Math.ceil(sorted.length / settings.folds);
  const scores: number[] = [];
  const fold: number[] = [];
  for (let k = 0; k < settings.folds; k++) {
    const held = sorted.slice(k * size, (k + 1) * size);
    const model = fitCheckworthiness(
      [...sorted.slice(0, k * size), ...sorted.slice((k + 1) * size)],
      settings,
    );
    for (const e of held) {
      scores.push(predict(model, e.features));
      fold.push(k);
    }
  }
  return { scores, gold: sorted.map((e) => e.label), fold };
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
};

/**
 * Platt scaling (Platt 1999): the `a`, `b` of σ(a·logit(score) + b) that best fit the labels
 * (log loss, Newton's method on the two parameters, with Platt's smoothed targets).
 */
export function plattScale(scores: number[], gold: boolean[]): { a: number; b: number } {
  const z = scores.map(logit);
  const positives = gold.filter(Boolean).length;
  const negatives = gold.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const t = gold.map((g) => (g ? hi : lo));
  const loss = (a: number, b: number) => {
    let n = 0;
    for (let i = 0; i < z.length; i++) {
      const f = a * z[i] + b;
      // log(1 + e^f) - t·f, written to stay finite for large |f|
      n += (f > 0 ? f + Math.log1p(Math.exp(-f)) : Math.log1p(Math.exp(f))) - t[i] * f;
    }
    return n;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let it = 0; it < 100; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-12;
    let hab = 0;
    let hbb = 1e-12;
    for (let i = 0; i < z.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * z[i] + b)));
      const d = p - t[i];
      const w = p * (1 - p);
      ga += d * z[i];
      gb += d;
      haa += w * z[i] * z[i];
      hab += w * z[i];
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(ga) + Math.abs(gb) < 1e-7 || det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Newton's step, halved until the loss goes down (Lin, Lin & Weng 2007).
    let step = 1;
    while (step > 1e-8 && loss(a - step * da, b - step * db) > current) step /= 2;
    if (step <= 1e-8) break;
    a -= step * da;
    b -= step * db;
    current = loss(a, b);
  }
  return { a, b };
}

/** Fold Platt scaling into a model: σ(a·(bias + Σw) + b) is a model with bias a·bias + b and weights a·w. */
export function calibrate(model: LogisticModel, { a, b }: { a: number; b: number }): LogisticModel {
  const weights: Record<string, number> = {};
  for (const [f, w] of Object.entries(model.weights)) weights[f] = w * a;
  return { bias: model.bias * a + b, weights, threshold: model.threshold };
}

/** Cross-validated figures of the training procedure, on calibrated out-of-fold scores. */
export interface Validation {
  sentences: number;
  folds: number;
  precision: number;
  recall: number;
  f1: number;
  averagePrecision: number;
  /** Mean squared error of the calibrated score against the label (lower is better calibrated). */
  brier: number;
  calibration: { a: number; b: number };
}

/**
 * Cross-validate over debate-ordered blocks of train, fit Platt scaling on the out-of-fold
 * scores, choose the threshold for positive-class F1 on the calibrated out-of-fold scores, then
 * refit on all of train, calibrate it the same way and keep that threshold. Scores of the shipped
 * model are calibrated probabilities; nothing here reads dev or dev-test.
 */
export function trainCheckworthiness(
  train: TrainingExample[],
  settings = TRAINING,
): { model: LogisticModel; validation: Validation } {
  const { scores, gold } = crossValidate(train, settings);
  const calibration = plattScale(scores, gold);
  const calibrated = scores.map((s) => 1 / (1 + Math.exp(-(calibration.a * logit(s) + calibration.b))));
  const threshold = tuneThreshold(calibrated, gold);
  const model = calibrate(fitCheckworthiness(train, settings), calibration);
  model.threshold = threshold;
  const brier =
    calibrated.reduce((n, p, i) => n + (p - (gold[i] ? 1 : 0)) ** 2, 0) / Math.max(1, gold.length);
  return {
    model,
    validation: {
      sentences: gold.length,
      folds: settings.folds,
      averagePrecision: averagePrecision(calibrated, gold),
      brier,
      calibration,
      ...positiveF1(
        calibrated.map((s) => s >= threshold),
        gold,
      ),
    },
  };
}
