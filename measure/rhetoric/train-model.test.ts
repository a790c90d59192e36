import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareArticle } from "./ptc.js";
import { flags, wordExamples } from "./train-model.js";

const text =
  'The council passed a shameful budget on Tuesday.\n\nThe mayor said: "This is a disgraceful waste."\n';
const start = text.indexOf("shameful");
const article = prepareArticle({
  id: "1",
  text,
  gold: [{ label: "Loaded_Language", start, end: start + "shameful".length }],
});

test("every word of the author's voice is an example with its features and gold, quotes left out", () => {
  const words = wordExamples(article);
  const keys = words.map((w) => w.features[0]);
  assert.ok(keys.includes("w:shameful"));
  assert.ok(!keys.includes("w:disgraceful"), "quoted words are someone else's");
  const shameful = words.find((w) => w.features[0] === "w:shameful");
  assert.ok(shameful);
  assert.deepEqual([...shameful.gold], ["Loaded_Language"]);
  assert.ok(shameful.features.includes("p1:a") && shameful.features.includes("n1:budget"));
  assert.ok(shameful.features.includes("cue:Loaded_Language"), "a hand-written candidate");
  assert.ok(shameful.features.includes("shape:adjective"));
  assert.ok(words.find((w) => w.features[0] === "w:the")?.features.includes("shape:cap-first"));
  assert.equal(words.find((w) => w.features[0] === "w:budget")?.gold.size, 0);
});

test("flagged words next to each other make one flag; a word below the threshold none", () => {
  const words = wordExamples(article);
  const scores = Float64Array.from(words, (w) =>
    w.features[0] === "w:shameful" || w.features[0] === "w:budget"
      ? 0.9
      : w.features[0] === "w:council"
        ? 0.5
        : 0.1,
  );
  const got = flags(words, scores, 0.6, "Loaded_Language");
  assert.deepEqual(got, [{ label: "Loaded_Language", start, end: text.indexOf(" on Tuesday") }]);
  assert.equal(flags(words, scores, 0.4, "Loaded_Language").length, 2);
});
