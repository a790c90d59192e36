import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Technique } from "../../dist/rhetoric/index.js";
import { GATE_MIN_FLAGS, validateRhetoricLexicon } from "../../dist/rhetoric/index.js";
import { repoFile } from "../paths.js";
import { docWithGate } from "./gate-doc.js";
import {
  bestRule,
  type CueRule,
  type CvScore,
  chooseCues,
  classIndex,
  crossValidate,
  FOLDS,
  GATE_PRECISION,
  nestedCrossValidate,
  ngramStats,
  passesGate,
  poolsWithout,
} from "./learn.js";
import { groupFolds, passageGroups } from "./passages.js";
import { preparePtc } from "./ptc.js";

/** The cue rules tried for each technique; the inner cross-validation picks one per technique. */
const GRID: CueRule[] = [
  ...[0.3, 0.4, 0.5, 0.6].map((minPrecision) => ({
    mined: false,
    minCount: 1,
    minArticles: 1,
    minPrecision,
  })),
  ...[2, 3, 4].flatMap((minCount) =>
    [2, 3].flatMap((minArticles) =>
      [0.4, 0.5, 0.6, 0.7, 0.8].map((minPrecision) => ({ mined: true, minCount, minArticles, minPrecision })),
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
// Word classes for class patterns: the hand-written ones, and the single-word candidates of
// loaded language and name calling as the classes of charged words and of labels.
const singleWords = (label: string) => candidates.techniques[label].cues.filter((c) => !c.includes(" "));
const classes: Record<string, string[]> = {
  ...(
    JSON.parse(readFileSync(repoFile("measure/rhetoric/classes.json"), "utf8")) as {
      classes: Record<string, string[]>;
    }
  ).classes,
  "@charged": singleWords("Loaded_Language"),
  "@label": singleWords("Name_Calling,Labeling"),
};
const byWord = classIndex(classes);
const seeded = new Map<string, string>();
for (const [label, t] of Object.entries(candidates.techniques)) for (const c of t.cues) seeded.set(c, label);

const train = preparePtc("train");
const groups = passageGroups(train.map((a) => a.text));
const set = {
  articles: train,
  tables: train.map((a) => ngramStats(a, byWord)),
  groups,
  fold: groupFolds(groups, FOLDS),
  labels,
  seeded,
  describe,
  folds: FOLDS,
  classes,
};
const pools = poolsWithout(set);
// The gate's figures: the whole procedure, rule choice included, scored on folds it never saw;
// once with the learned n-grams, once with the hand-written candidates alone.
const SEEDED_GRID = GRID.filter((g) => !g.mined);
const nested = nestedCrossValidate(set, GRID, pools);
const nestedSeeded = nestedCrossValidate(set, SEEDED_GRID, pools);
// The shipped rules: the same choice, made on a cross-validation of all of train.
const scores = crossValidate(set, GRID, [], pools);
const seededScores = scores.filter((_, r) => !GRID[r].mined);

const chosen = new Map<string, { rule: CueRule; cv: CvScore; checked: boolean }>();
const lines = [
  "technique\tmined\tminCount\tminArticles\tminPrecision\tcv flags\tcv P\tcv P lower 90%\tcv R\tcv F1",
];
const fmt = (xs: unknown[]) =>
  xs.map((x) => (typeof x === "number" && !Number.isInteger(x) ? x.toFixed(3) : String(x))).join("\t");
for (const label of labels) {
  GRID.forEach((rule, r) => {
    const cv = scores[r].get(label) as CvScore;
    lines.push(
      fmt([
        label,
        rule.mined,
        rule.minCount,
        rule.minArticles,
        rule.minPrecision,
        cv.predictions,
        cv.precision,
        cv.lower,
        cv.recall,
        cv.f1,
      ]),
    );
  });
  const n = nested.get(label) as CvScore;
  const ns = nestedSeeded.get(label) as CvScore;
  lines.push(fmt([label, "nested", "-", "-", "-", n.predictions, n.precision, n.lower, n.recall, n.f1]));
  lines.push(
    fmt([
      label,
      "nested, candidates only",
      "-",
      "-",
      "-",
      ns.predictions,
      ns.precision,
      ns.lower,
      ns.recall,
      ns.f1,
    ]),
  );
  // A technique the nested figures vouch for is checked with its chosen rule. Otherwise it stays
  // experimental with the hand-written candidates alone (n-grams learned for a technique the data
  // cannot vouch for are passages of a few articles, not cues), and its gate shows the nested
  // figures of exactly that.
  const best = bestRule(GRID, scores, label);
  const bestSeeded = bestRule(SEEDED_GRID, seededScores, label);
  if (best && passesGate(n)) chosen.set(label, { rule: best.rule, cv: n, checked: true });
  else if (bestSeeded) chosen.set(label, { rule: bestSeeded.rule, cv: ns, checked: passesGate(ns) });
}

const cues = chooseCues(pools([]), new Map([...chosen].map(([l, c]) => [l, c.rule])), seeded);
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
        lower: round(c.cv.lower),
        recall: round(c.cv.recall),
        predictions: c.cv.predictions,
      },
      cues: (cues.get(label) ?? []).sort(),
    };
  });
// Only the classes some cue names ship.
const named = new Set(
  techniques.flatMap((t) => t.cues.flatMap((c) => c.split(" ").filter((w) => w.startsWith("@")))),
);
const out = {
  $comment: `Persuasion-technique cues for the author's voice (src/rhetoric), learned by measure/rhetoric/tune.ts from the PTC train part (Da San Martino et al., EMNLP 2019; articles whose id's FNV-1a hash is not a multiple of 5): word n-grams (1 to 4 words; up to 3 words with words replaced by the word classes of 'classes', hand-written in measure/rhetoric/classes.json and candidates.json) in the author voice whose characters lie mostly inside gold spans of one technique, with a minimum count in at least 2 articles (articles sharing a passage count once; a cue holding a shorter, at least as precise cue of its technique dropped), plus the hand-written candidates of measure/rhetoric/candidates.json that are as precise. The count and precision bars of each technique were chosen by ${FOLDS}-fold cross-validation on train (folds by passage group: articles that share a passage in one fold, measure/rhetoric/passages.ts). gate: the precision, recall and flags of nested cross-validation (the bars chosen on inner folds, scored on the outer fold); checked (flagged by default) when the lower end of the Wilson 90% interval of that precision (gate.lower) is at least ${GATE_PRECISION}, over at least ${GATE_MIN_FLAGS} held-out flags; the others run only on request, as experimental. Generated: rerun the tuner, do not edit.`,
  techniques,
  classes: Object.fromEntries(Object.entries(classes).filter(([name]) => named.has(name))),
};
validateRhetoricLexicon(out);
writeFileSync(repoFile("data/rhetoric-lexicon.json"), `${JSON.stringify(out, null, 1)}\n`);
writeFileSync(repoFile("docs/rhetoric.md"), docWithGate(out));
mkdirSync(repoFile("artifacts"), { recursive: true });
writeFileSync(repoFile("artifacts/rhetoric-cv.tsv"), `${lines.join("\n")}\n`);
for (const t of techniques)
  process.stdout.write(
    `${t.gate.checked ? "checked     " : "experimental"} ${t.label}: ${t.cues.length} cues, nested cv P ${t.gate.precision} (90% lower ${t.gate.lower}) R ${t.gate.recall} over ${t.gate.predictions} flags\n`,
  );
