import assert from "node:assert/strict";
import { test } from "node:test";
import { predict } from "../../dist/claims/model.js";
import { plattScale, TRAINING, trainCheckworthiness } from "./training.js";

test("the threshold is chosen by cross-validation over blocks of train, the model refitted on all and calibrated", () => {
  const examples = Array.from({ length: 400 }, (_, i) => ({
    id: String(i * 100),
    features: [i % 2 ? "f:quantity" : "f:opinion", `w:${i % 7}`],
    label: i % 2 === 1,
  }));
  const { model, validation } = trainCheckworthiness(examples, {
    ...TRAINING,
    seeds: 1,
    folds: 4,
  });
  assert.equal(validation.sentences, 400);
  assert.equal(validation.folds, 4);
  assert.equal(validation.f1, 1);
  assert.ok(validation.calibration.a > 0);
  assert.ok(predict(model, ["f:quantity"]) >= model.threshold);
  assert.ok(predict(model, ["f:opinion"]) < model.threshold);
});

test("Platt scaling maps over-confident scores onto the rate at which they are right", () => {
  // Scores of 0.9 that are right half the time, and of 0.1 that are never right.
  const scores = [...Array(50).fill(0.9), ...Array(50).fill(0.1)];
  const gold = [
    ...Array(50)
      .fill(0)
      .map((_, i) => i % 2 === 0),
    ...Array(50).fill(false),
  ];
  const { a, b } = plattScale(scores, gold);
  const p = (s: number) => 1 / (1 + Math.exp(-(a * Math.log(s / (1 - s)) + b)));
  assert.ok(Math.abs(p(0.9) - 0.5) < 0.05, `p(0.9) = ${p(0.9)}`);
  assert.ok(p(0.1) < 0.05, `p(0.1) = ${p(0.1)}`);
});
