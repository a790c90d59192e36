import assert from "node:assert/strict";
import { test } from "node:test";
import { predict } from "../../dist/claims/model.js";
import { TRAINING, trainCheckworthiness } from "./training.js";

test("the threshold is tuned on the later sentences, the model refitted on all", () => {
  const examples = Array.from({ length: 400 }, (_, i) => ({
    id: String(i * 100),
    features: [i % 2 ? "f:quantity" : "f:opinion", `w:${i % 7}`],
    label: i % 2 === 1,
  }));
  const { model, validation } = trainCheckworthiness(examples, {
    ...TRAINING,
    seeds: 1,
    validationFrom: 30000,
  });
  assert.equal(validation.sentences, 100);
  assert.equal(validation.f1, 1);
  assert.ok(predict(model, ["f:quantity"]) >= model.threshold);
  assert.ok(predict(model, ["f:opinion"]) < model.threshold);
});
