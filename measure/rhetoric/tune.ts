import { readFileSync, writeFileSync } from "node:fs";
import type { Technique } from "../../dist/rhetoric/index.js";
import { validateRhetoricLexicon } from "../../dist/rhetoric/index.js";
import { repoFile } from "../paths.js";
import { docWithGate } from "./gate-doc.js";
import { type CueRule, type CvScore, chooseCues, crossValidate, ngramStats, pool } from "./learn.js";
import { preparePtc } from "./ptc.js";

/** A technique is flagged by default when its cross-validated precision is at least this… */
export const GATE_PRECISION = 0.6;
/** …over at least this many held-out flags (fewer cannot tell 0.6 from chance). */
export const GATE_PREDICTIONS = 20;
/** Folds of the train part for cross-validation. */
export const FOLDS = 5;

/** The cue rules tried for each technique; cross-validation picks one per technique. */
const GRID: CueRule[] = [
  ...[0.3, 0.4, 0.5].map((minPrecision) => ({ mined: false, minCount: 1, minArticles: 1, minPrecision })),
  ...[2, 4].flatMap((minCount) =>
    [2, 3].flatMap((minArticles) =>
      [0.4, 0.5, 0.6, 0.7].map((minPrecision) => ({ mined: true, minCount, minArticles, minPrecision })),
    ),
  ),
];

const RULES: Record<string, string> = {
  Loaded_Language: "rhetoric/loaded-language",
  "Name_Calling,Labeling": "rhetoric/name-calling",
  "Exaggeration,Minimisation": "rhetoric/exaggeration",
  Doubt: "rhetoric/doubt",
  "Appeal_to_fear-prejudice": "rhetoric/appeal-to-fear",
  "Flag-Waving": "rhetoric/flag-waving",
  Causal_Oversimplification: "rhetoric/causal-oversimplification",
  "Black-and-White_Fallacy": "rhetoric/black-and-white",
  "Whataboutism,Straw_Men,Red_Herring": "rhetoric/whataboutism",
  "Thought-terminating_Cliches": "rhetoric/thought-terminating-cliche",
  Slogans: "rhetoric/slogan",
  Appeal_to_Authority: "rhetoric/appeal-to-authority",
};

interface Candidates {
  techniques: Record<string, { explanation: string; cues: string[] }>;
}

// `npm run build && node dist-measure/rhetoric/tune.js`: learn the cues of each technique from the
// PTC train part, decide by cross-validation on train which techniques are precise enough to flag
// by default, and write data/rhetoric-lexicon.json. Never reads the dev part.
const candidates = JSON.parse(
  readFileSync(repoFile("measure/rhetoric/candidates.json"), "utf8"),
) as Candidates;
const labels = Object.keys(RULES);
const describe = (label: string) => ({
  rule: RULES[label],
  explanation: candidates.techniques[label].explanation,
});
const seeded = new Map<string, string>();
for (const [label, t] of Object.entries(candidates.techniques)) for (const c of t.cues) seeded.set(c, label);

const train = preparePtc("train");
const tables = train.map(ngramStats);
const scores = GRID.map((rule) => ({
  rule,
  cv: crossValidate(train, tables, rule, labels, seeded, describe, FOLDS),
}));

const passes = (s: CvScore) => s.precision >= GATE_PRECISION && s.predictions >= GATE_PREDICTIONS;
const chosen = new Map<string, { rule: CueRule; cv: CvScore; checked: boolean }>();
const lines = ["technique\tmined\tminCount\tminArticles\tminPrecision\tcv flags\tcv P\tcv R\tcv F1"];
for (const label of labels) {
  const tried = scores.map((s) => ({ rule: s.rule, cv: s.cv.get(label) as CvScore }));
  for (const t of tried)
    lines.push(
      [
        label,
        t.rule.mined,
        t.rule.minCount,
        t.rule.minArticles,
        t.rule.minPrecision,
        t.cv.predictions,
        t.cv.precision,
        t.cv.recall,
        t.cv.f1,
      ]
        .map((x) => (typeof x === "number" && !Number.isInteger(x) ? x.toFixed(3) : String(x)))
        .join("\t"),
    );
  // Checked: the rule with the best F1 among those that clear the gate. Otherwise the technique
  // stays experimental with the hand-written candidates alone (n-grams learned from a technique
  // the data cannot vouch for are passages of a few articles, not cues), the most precise way.
  const gated = tried.filter((t) => passes(t.cv)).sort((a, b) => b.cv.f1 - a.cv.f1)[0];
  const fallback = tried
    .filter((t) => !t.rule.mined && t.cv.predictions > 0)
    .sort((a, b) => b.cv.precision - a.cv.precision || b.cv.f1 - a.cv.f1)[0];
  const pick = gated ?? fallback;
  if (pick) chosen.set(label, { ...pick, checked: Boolean(gated) });
}

const cues = chooseCues(pool(tables), new Map([...chosen].map(([l, c]) => [l, c.rule])), seeded);
const round = (x: number) => Math.round(x * 1000) / 1000;
const techniques: Technique[] = labels
  .filter((label) => chosen.has(label) && cues.has(label))
  .map((label) => {
    const c = chosen.get(label) as { cv: CvScore; checked: boolean };
    return {
      label,
      ...describe(label),
      gate: {
        checked: c.checked,
        precision: round(c.cv.precision),
        recall: round(c.cv.recall),
        predictions: c.cv.predictions,
      },
      cues: (cues.get(label) ?? []).sort(),
    };
  });
const out = {
  $comment: `Persuasion-technique cues for the author's voice (src/rhetoric), learned by measure/rhetoric/tune.ts from the PTC train part (Da San Martino et al., EMNLP 2019; articles whose id's FNV-1a hash is not a multiple of 5): word n-grams (1 to 4 words) in the author voice whose characters lie mostly inside gold spans of one technique, with a minimum count in at least 2 articles, plus the hand-written candidates of measure/rhetoric/candidates.json that are as precise. The count and precision bars of each technique were chosen by ${FOLDS}-fold cross-validation on train. gate.checked: flagged by default, when the cross-validated precision is at least ${GATE_PRECISION} over at least ${GATE_PREDICTIONS} held-out flags; the others run only on request, as experimental. Generated: rerun the tuner, do not edit.`,
  techniques,
};
validateRhetoricLexicon(out);
writeFileSync(repoFile("data/rhetoric-lexicon.json"), `${JSON.stringify(out, null, 1)}\n`);
writeFileSync(repoFile("docs/rhetoric.md"), docWithGate(out));
writeFileSync(repoFile("artifacts/rhetoric-cv.tsv"), `${lines.join("\n")}\n`);
for (const t of techniques)
  process.stdout.write(
    `${t.gate.checked ? "checked     " : "experimental"} ${t.label}: ${t.cues.length} cues, cv P ${t.gate.precision} R ${t.gate.recall} over ${t.gate.predictions} flags\n`,
  );
