import assert from "node:assert/strict";
import { test } from "node:test";
import { learnedCues, stemRates, voiceLexicon } from "./lexicon.js";

test("a learned cue needs enough occurrences and a cue rate at the threshold", () => {
  const data = {
    training: { minCount: 5, threshold: 0.5, stemFloor: 0.02 },
    stems: {},
    cues: {
      lamented: { seen: 8, cue: 8 },
      hoped: { seen: 10, cue: 5 },
      offered: { seen: 10, cue: 4 },
      // Always a cue, but seen too rarely for its rate to be trusted.
      intoned: { seen: 3, cue: 3 },
    },
  };
  assert.deepEqual([...learnedCues(data)].sort(), ["hoped", "lamented"]);
  assert.deepEqual([...learnedCues(data, 0.4)].sort(), ["hoped", "lamented", "offered"]);
});

test("a stem's rate needs enough occurrences and a rate at the floor", () => {
  const data = {
    training: { minCount: 5, threshold: 0.5, stemFloor: 0.1 },
    cues: {},
    stems: {
      hop: { seen: 40, cue: 10 },
      want: { seen: 100, cue: 10 },
      the: { seen: 900, cue: 2 },
      pled: { seen: 4, cue: 4 },
    },
  };
  assert.deepEqual([...stemRates(data)].sort(), [
    ["hop", 0.25],
    ["want", 0.1],
  ]);
});

test("the shipped cue lexicon is learned: stance verbs in, function words out", () => {
  const lex = voiceLexicon();
  for (const w of ["believe", "endorsed", "argued"]) assert.ok(lex.attributionVerbs.has(w), w);
  for (const w of ["the", "to", "campaign"]) assert.ok(!lex.attributionVerbs.has(w), w);
});
