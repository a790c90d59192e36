import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { repoPath } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { modelFeatures, visitModelFeatures, wholeView } from "./features.js";
import { checkworthinessModel, type LogisticModel, predict, predictVisited } from "./model.js";

test("scoring by visits gives the score of the features spelt as strings", () => {
  const model = checkworthinessModel();
  const doc = createDocument(readFileSync(repoPath("fixtures/claims/convoy-article.txt"), "utf8"));
  assert.ok(doc.sentences.length > 5);
  for (const s of doc.sentences) {
    const v = wholeView(doc.text, doc.tokenStore, s.tokenStart, s.tokenEnd);
    const hand = ["quantity", "long"];
    const expected = predict(model, modelFeatures(v, hand));
    const got = predictVisited(model, (visit) => visitModelFeatures(v, hand, visit));
    assert.ok(Math.abs(expected - got) < 1e-12, `${doc.text.slice(s.start, s.end)}: ${expected} vs ${got}`);
  }
});

test("scoring by visits with the text's key table, whose look-ups are kept by key id, gives the same score to the bit", () => {
  const model = checkworthinessModel();
  const doc = createDocument(readFileSync(repoPath("fixtures/claims/convoy-article.txt"), "utf8"));
  // Twice: the first pass fills the look-ups kept by key id, the second reads them.
  for (let pass = 0; pass < 2; pass++)
    for (const s of doc.sentences) {
      const v = wholeView(doc.text, doc.tokenStore, s.tokenStart, s.tokenEnd);
      const hand = ["quantity"];
      const plain = predictVisited(model, (visit) => visitModelFeatures(v, hand, visit));
      const kept = predictVisited(
        model,
        (visit) => visitModelFeatures(v, hand, visit),
        doc.tokenStore.keyTable,
      );
      assert.equal(kept, plain, doc.text.slice(s.start, s.end));
    }
});

test("a bigram whose words hold underscores is found whichever way it splits, and counted once", () => {
  const model: LogisticModel = {
    bias: 0,
    threshold: 0.5,
    weights: { "b:a_b_c": 1, "w:a_b": 0.5, "f:x": -2 },
  };
  const visits =
    (pairs: [string, string, string?][]) => (visit: (k: string, a: string, b?: string) => void) => {
      for (const [k, a, b] of pairs) visit(k, a, b);
    };
  const features = (pairs: [string, string, string?][]) =>
    pairs.map(([k, a, b]) => (k === "b" ? `b:${a}_${b}` : `${k}:${a}`));
  for (const pairs of [
    [["b", "a_b", "c"]],
    [["b", "a", "b_c"]],
    [
      ["b", "a", "b_c"],
      ["b", "a_b", "c"],
      ["w", "a_b"],
      ["f", "x"],
      ["w", "zzz"],
    ],
  ] as [string, string, string?][][]) {
    assert.equal(predictVisited(model, visits(pairs)), predict(model, features(pairs)));
  }
});
