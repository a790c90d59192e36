import { readFileSync } from "node:fs";
import { repoFile, sharedData } from "../measure/paths.js";
import type { ResultTable } from "../measure/table.js";
import { readAnnotated, scoreQuantities } from "./annotated.js";
import { parseCT24, positiveF1, textFeatures, tuneThreshold } from "./checkworthiness.js";
import { checkworthinessModel, type LogisticModel, predict, trainLogistic } from "./model.js";
import { TRAINING } from "./training.js";

const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);

const ct24 = (split: string) =>
  parseCT24(readFileSync(sharedData(`checkworthy/CT24_checkworthy_english_${split}.tsv`), "utf8")).map(
    (d) => ({
      ...d,
      features: textFeatures(d.text),
    }),
  );

// Ablation: the same trainer on the transparent hand features alone, threshold tuned on dev.
function handOnlyModel(dev: ReturnType<typeof ct24>): LogisticModel {
  const hand = (fs: string[]) => fs.filter((f) => f.startsWith("f:"));
  const model = trainLogistic(
    ct24("train").map((d) => ({ features: hand(d.features), label: d.label })),
    TRAINING,
  );
  model.threshold = tuneThreshold(
    dev.map((d) => predict(model, d.features)),
    dev.map((d) => d.label),
  );
  return model;
}

function checkworthiness(): ResultTable {
  const model = checkworthinessModel();
  const splits = { dev: ct24("dev"), "dev-test": ct24("dev-test") };
  const hand = handOnlyModel(splits.dev);
  const rows: (string | number)[][] = [];
  for (const [name, m] of [
    ["sourcetrace LR", model],
    ["hand features only", hand],
  ] as const) {
    for (const [split, data] of Object.entries(splits)) {
      const gold = data.map((d) => d.label);
      const r = positiveF1(
        data.map((d) => predict(m, d.features) >= m.threshold),
        gold,
      );
      rows.push([
        `${name} (${split})`,
        data.length,
        gold.filter(Boolean).length,
        r.precision,
        r.recall,
        r.f1,
      ]);
    }
  }
  rows.push(["CheckThat! 2024 best (test, FactFinders)", "-", "-", "-", "-", 0.802]);
  return {
    title: "Check-worthiness: CLEF CheckThat! 2024 Task 1 English, positive-class F1",
    columns: ["system (split)", "sentences", "positive", "P", "R", "F1"],
    rows,
    notes: [
      `Logistic regression over hand features + token unigrams/bigrams (${Object.keys(model.weights).length} weights), trained on CT24 train, threshold ${model.threshold} tuned on dev (so dev is optimistic); dev-test is held out.`,
      "Published: CT24 test-set F1 0.802 (FactFinders, fine-tuned LLMs); our figure is on dev-test, the test labels are kept aside.",
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
