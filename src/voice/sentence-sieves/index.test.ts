import assert from "node:assert/strict";
import { test } from "node:test";
import { SENTENCE_SIEVES } from "./index.js";

test("the sentence sieves run in a visible order; a sentence none claims is the author's", () => {
  assert.deepEqual(
    SENTENCE_SIEVES.map((s) => s.name),
    [
      "editorial-note",
      "credit-line",
      "headline",
      "transcript-label",
      "quotation",
      "reproduced-block",
      "credited-body",
      "traced-source",
      "reported-speech",
      "reported-question",
      "reported-view",
      "stray-closer",
    ],
  );
});
