import { readFileSync } from "node:fs";
import { averagePrecision, parseCT24, positiveF1, textFeatures } from "../../dist/claims/checkworthiness.js";
import { checkworthinessModel, type LogisticModel, predict } from "../../dist/claims/model.js";
import { repoFile, sharedData } from "../paths.js";
import type { ResultTable } from "../table.js";
import { readAnnotated, scoreQuantities } from "./annotated.js";
import { trainCheckworthiness } from "./training.js";

const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);

const ct24 = (split: string) =>
  parseCT24(readFileSync(sharedData(`checkworthy/CT24_checkworthy_english_${split}.tsv`), "utf8")).map(
    (d) => ({
      ...d,
      features: textFeatures(d.text),
    }),
  );

const hand = (fs: string[]) => fs.filter((f) => f.startsWith("f:"));

interface StoredValidation {
  method: string;
  sentences: number;
  precision: number;
  recall: number;
  f1: number;
  averagePrecision: number;
  brier: number;
}

const brier = (scores: number[], gold: boolean[]) =>
  scores.reduce((n, p, i) => n + (p - (gold[i] ? 1 : 0)) ** 2, 0) / Math.max(1, scores.length);

function checkworthiness(): ResultTable {
  const model = checkworthinessModel();
  // The cross-validated figures are those the training run chose the threshold and calibration
  // on (refitting five folds here would double the eval's time for the same numbers).
  const stored = JSON.parse(readFileSync(repoFile("data/claims-checkworthiness.json"), "utf8")) as {
    training: { validation: StoredValidation };
  };
  const cv = stored.training.validation;
  const train = ct24("train");
  // Ablation: the same procedure on the transparent hand features alone, cross-validated here.
  const handRun = trainCheckworthiness(train.map((d) => ({ ...d, features: hand(d.features) })));
  const splits = { dev: ct24("dev"), "dev-test": ct24("dev-test") };
  const rows: (string | number)[][] = [];
  const row = (label: string, m: LogisticModel, data: typeof train) => {
    const gold = data.map((d) => d.label);
    const scores = data.map((d) => predict(m, d.features));
    const r = positiveF1(
      scores.map((s) => s >= m.threshold),
      gold,
    );
    rows.push([
      label,
      data.length,
      gold.filter(Boolean).length,
      r.precision,
      r.recall,
      r.f1,
      averagePrecision(scores, gold),
      brier(scores, gold),
    ]);
  };
  const positives = train.filter((d) => d.label).length;
  rows.push([
    "sourcetrace (train, cross-validated; chosen on)",
    cv.sentences,
    positives,
    cv.precision,
    cv.recall,
    cv.f1,
    cv.averagePrecision,
    cv.brier,
  ]);
  for (const [split, data] of Object.entries(splits)) row(`sourcetrace (${split})`, model, data);
  const hv = handRun.validation;
  rows.push([
    "hand features only (train, cross-validated)",
    hv.sentences,
    positives,
    hv.precision,
    hv.recall,
    hv.f1,
    hv.averagePrecision,
    hv.brier,
  ]);
  for (const [split, data] of Object.entries(splits))
    row(
      `hand features only (${split})`,
      handRun.model,
      data.map((d) => ({ ...d, features: hand(d.features) })),
    );
  rows.push([
    "earlier shipped model (official test, measured elsewhere)",
    "-",
    "-",
    0.607,
    0.773,
    0.68,
    0.734,
    "-",
  ]);
  rows.push(["CheckThat! 2024 best (official test, FactFinders)", "-", "-", "-", "-", 0.802, "-", "-"]);
  return {
    title: "Check-worthiness: CLEF CheckThat! 2024 Task 1 English, positive-class F1",
    columns: ["system (split)", "sentences", "positive", "P", "R", "F1", "AP", "Brier"],
    rows,
    notes: [
      `Logistic regression + 0.2 x naive Bayes ratios over hand features, token unigrams/bigrams and suffixes (${Object.keys(model.weights).length} weights), trained on CT24 train, then Platt-scaled: scores are calibrated probabilities (Brier: mean squared error against the label, lower is better).`,
      `Threshold ${model.threshold} and calibration chosen on out-of-fold scores of ${cv.method} (ids follow debate order, so each held-out block is unseen debates). Nothing was chosen on dev or dev-test: dev-test F1 above was read after the threshold was fixed.`,
      "dev samples the same debates as train (optimistic); dev-test holds later debates.",
      "The published best, 0.802, is on CT24's official test split, which this project does not have; dev-test figures are not comparable with it. An earlier version of this model (threshold tuned on the last train debates, dev-test F1 0.804) scored F1 0.680 (P 0.607, R 0.773, AP 0.734) on the official test split when measured independently: dev-test overstates test by about 0.12, so expect this model to sit well below 0.802 on test.",
      "Data: ../shared/data/checkworthy (CLEF CheckThat! lab, via isyufeng/FactFinders, MIT).",
    ],
  };
}

function quantities(): ResultTable {
  const dev = scoreQuantities(readAnnotated(repoFile("fixtures/claims/quantities.jsonl")));
  const held = scoreQuantities(readAnnotated(repoFile("fixtures/claims/quantities-heldout.jsonl")));
  const row = (label: string, f: (s: typeof dev) => [number, number]) => {
    const [a, b] = f(dev);
    const [c, d] = f(held);
    return [label, a, pct(a, b), c, pct(c, d)];
  };
  return {
    title: "Quantity extraction and normalization: fixtures/claims/quantities*.jsonl",
    columns: ["measure", "dev set", "rate", "held-out", "rate"],
    rows: [
      row("expected quantities", (s) => [s.expected, 0]),
      row("exact match (span and every field)", (s) => [s.exact, s.expected]),
      row("interval correct (same low/high, or same date)", (s) => [s.interval, s.expected]),
      row("spurious (extracted, overlapping no expected)", (s) => [s.spurious, s.extracted]),
    ],
    notes: [
      "Both sets are sourcetrace's own hand-written sentences. The dev set (quantities.jsonl) was written with the rules and",
      "used to fix them; the held-out set (quantities-heldout.jsonl) was written afterwards and not tuned on. Held-out misses:",
      ...held.misses.slice(0, 20),
    ],
  };
}

/** `npm run eval -- --only claims`. */
export default async (): Promise<ResultTable[]> => [quantities(), checkworthiness()];
