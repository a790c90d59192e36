import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { afterCloser } from "./after-closer.js";

test("after-closer: an inverted or a plain cue right after the closing mark", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      '“We stay,” said Ines Varga. "The road is gone," Tomas Brandt told reporters.',
    ),
    ["“We stay,” -> Ines Varga", '"The road is gone," -> Tomas Brandt'],
  );
});

test("after-closer: a dash and a name sign a quote", () => {
  assert.deepEqual(runQuoteSieve(afterCloser, "“Nothing lasts.” ― Maren Holt"), [
    "“Nothing lasts.” -> Maren Holt",
  ]);
});

test("after-closer: a cue before the opening mark is not its evidence", () => {
  assert.deepEqual(runQuoteSieve(afterCloser, "Ines Varga said: “We stay.”"), ["“We stay.” -> none"]);
});
