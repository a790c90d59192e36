import assert from "node:assert/strict";
import { test } from "node:test";
import { QUOTE_SIEVES } from "./index.js";

test("the quote sieves run in a visible order, most precise first", () => {
  assert.deepEqual(
    QUOTE_SIEVES.map((s) => s.name),
    [
      "after-closer",
      "before-opener",
      "colon-clause",
      "clause-object",
      "turn-taking",
      "continuation",
      "previous-paragraph",
      "paragraph-cue",
    ],
  );
});
