import assert from "node:assert/strict";
import { test } from "node:test";
import { average } from "./train-attribution-model.js";

const logit = (m: { bias: number; weights: Map<string, number> }, features: string[]) =>
  features.reduce((z, f) => z + (m.weights.get(f) ?? 0), m.bias);

test("the mean of two fold models gives each example the mean of their logits", () => {
  const a = {
    bias: -2,
    weights: new Map([
      ["word=said", 3],
      ["comp=that", 0.5],
    ]),
  };
  const b = {
    bias: -1,
    weights: new Map([
      ["word=said", 2],
      ["subj=pronoun", 0.25],
    ]),
  };
  const mean = average([a, b]);
  for (const features of [["word=said", "comp=that"], ["subj=pronoun"], ["word=said", "subj=pronoun"], []])
    assert.equal(logit(mean, features), (logit(a, features) + logit(b, features)) / 2);
});

test("a weight the mean brings under a thousandth is dropped, as the trainer drops its own", () => {
  const mean = average([
    {
      bias: 0,
      weights: new Map([
        ["rate=3", 0.0015],
        ["rate=4", 0.4],
      ]),
    },
    { bias: 0.5, weights: new Map([["rate=4", 0.2]]) },
  ]);
  assert.deepEqual([mean.bias, [...mean.weights]], [0.25, [["rate=4", 0.3]]]);
});
