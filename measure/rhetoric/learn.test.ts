import assert from "node:assert/strict";
import { test } from "node:test";
import {
  bestRule,
  type CvScore,
  chooseCues,
  classIndex,
  type Pooled,
  passesGate,
  pool,
  wilsonLower,
  windowKeys,
  Z90,
} from "./learn.js";
import { spanClassifier, tcMicroF1 } from "./tc.js";

const pooled = (n: number, articles: number, covered: Record<string, number>): Pooled => ({
  n,
  articles,
  covered: new Map(Object.entries(covered)),
});

test("the Wilson lower bound trusts a rate seen often more than the same rate seen rarely", () => {
  assert.equal(wilsonLower(0, 0), 0);
  assert.ok(Math.abs(wilsonLower(3, 3) - 0.75) < 1e-9);
  assert.ok(wilsonLower(30, 30) > wilsonLower(3, 3));
  assert.ok(wilsonLower(6, 10) < 0.6);
  // The gate's bar: 30 flags at 0.6 leave the 90% interval well below 0.6; 30 at 0.8 clear it.
  assert.ok(Math.abs(wilsonLower(18, 30, Z90) - 0.451) < 0.001);
  assert.ok(wilsonLower(24, 30, Z90) > 0.6);
  assert.ok(wilsonLower(3, 3, Z90) < 0.6, "three flags out of three are not enough");
});

test("the rule chosen is the one whose precision is surest, not the one with the highest figure", () => {
  const cv = (precision: number, predictions: number): CvScore => ({
    precision,
    recall: 0,
    f1: 0,
    predictions,
    lower: wilsonLower(precision * predictions, predictions, Z90),
  });
  const rule = (minPrecision: number) => ({ mined: true, minCount: 2, minArticles: 2, minPrecision });
  const grid = [rule(0.4), rule(0.6), rule(0.8), rule(0.9)];
  const scores = [cv(0.55, 200), cv(0.75, 60), cv(1, 3), cv(0, 0)].map((s) => new Map([["Loaded", s]]));
  assert.equal(bestRule(grid, scores, "Loaded")?.rule.minPrecision, 0.6);
  assert.equal(
    bestRule([grid[3]], [scores[3]], "Loaded"),
    undefined,
    "a rule that flags nothing is no choice",
  );
});

test("a cue goes to the technique it is most precise for, with enough occurrences in enough articles", () => {
  const stats = new Map([
    ["vile", pooled(20, 9, { Loaded: 18, Labels: 4 })],
    ["traitor", pooled(20, 9, { Loaded: 5, Labels: 19 })],
    ["one outlet's phrase", pooled(20, 1, { Loaded: 20 })],
    ["rare", pooled(1, 1, { Loaded: 1 })],
    ["seeded rare", pooled(3, 1, { Labels: 3 })],
  ]);
  const rule = { mined: true, minCount: 2, minArticles: 2, minPrecision: 0.6 };
  const rules = new Map([
    ["Loaded", rule],
    ["Labels", rule],
  ]);
  const cues = chooseCues(stats, rules, new Map([["seeded rare", "Labels"]]));
  assert.deepEqual(Object.fromEntries(cues), { Loaded: ["vile"], Labels: ["traitor", "seeded rare"] });
  const seededOnly = new Map([...rules].map(([l, r]) => [l, { ...r, mined: false }]));
  assert.deepEqual(Object.fromEntries(chooseCues(stats, seededOnly, new Map([["seeded rare", "Labels"]]))), {
    Labels: ["seeded rare"],
  });
});

test("a cue that holds a shorter cue of its technique is kept only when it is more precise", () => {
  const rule = { mined: true, minCount: 2, minArticles: 2, minPrecision: 0.5 };
  const stats = new Map([
    ["home folks", pooled(20, 9, { Flag: 18 })],
    // Gold leaves the article out: the longer cue adds characters no gold covers.
    ["the home folks", pooled(20, 9, { Flag: 16 })],
    ["vile", pooled(20, 9, { Flag: 14 })],
    // Here the longer cue is the precise one: "vile" alone is often unmarked.
    ["vile plot", pooled(20, 9, { Flag: 19 })],
  ]);
  const cues = chooseCues(stats, new Map([["Flag", rule]]), new Map());
  assert.deepEqual(cues.get("Flag")?.sort(), ["home folks", "vile", "vile plot"]);
});

test("an n-gram's articles count articles that share a passage once", () => {
  const table = () =>
    new Map([["vile", { n: 2, covered: new Map([["Loaded", 1]]) }]]) as Parameters<typeof pool>[0][number];
  assert.equal(pool([table(), table(), table()]).get("vile")?.articles, 3);
  const grouped = pool([table(), table(), table()], [0, 0, 2]).get("vile");
  assert.equal(grouped?.articles, 2);
  assert.equal(grouped?.n, 6);
});

test("TC-style classification: a cue inside the span decides, else the label most frequent at its length", () => {
  const text = "A vile plan. Who can say what the plan was really for, in the end? A plan.";
  const train = [
    {
      id: "1",
      text,
      gold: [
        { label: "Loaded", start: 2, end: 6 },
        { label: "Doubt", start: 13, end: 66 },
        { label: "Loaded", start: 69, end: 73 },
      ],
    },
  ];
  const lex = {
    techniques: [
      {
        label: "Labels",
        rule: "rhetoric/name-calling",
        explanation: "x",
        gate: { checked: true, precision: 1, lower: 0.9, recall: 1, predictions: 20 },
        cues: ["vile"],
      },
    ],
  };
  const classify = spanClassifier(train, lex);
  assert.equal(classify("vile"), "Labels");
  assert.equal(classify("plan"), "Loaded");
  assert.equal(classify("Who can say what the plan was really for, in the end?"), "Doubt");
  assert.equal(tcMicroF1(train, spanClassifier(train, lex, false)), 1);
  assert.ok(Math.abs(tcMicroF1(train, classify) - 2 / 3) < 1e-9);
});

test("a window counts as its words and as every class pattern of up to three words", () => {
  const byWord = classIndex({ "@intens": ["so", "very"], "@charged": ["vile", "so"] });
  assert.deepEqual(windowKeys(["so", "vile"], byWord).sort(), [
    "@charged @charged",
    "@charged vile",
    "@intens @charged",
    "@intens vile",
    "so @charged",
    "so vile",
  ]);
  assert.deepEqual(windowKeys(["the", "plan"], byWord), ["the plan"]);
  assert.deepEqual(
    windowKeys(["so", "so", "so", "vile"], byWord),
    ["so so so vile"],
    "four words: no classes",
  );
});

test("the gate needs both a sure precision and enough held-out flags", () => {
  assert.equal(passesGate({ lower: 0.61, predictions: 16 }), false, "16 flags are too few");
  assert.equal(passesGate({ lower: 0.61, predictions: 25 }), true);
  assert.equal(passesGate({ lower: 0.59, predictions: 200 }), false);
});
