import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { continuation } from "./continuation.js";

test("continuation: the next quote of the paragraph keeps the speaker", () => {
  assert.deepEqual(runQuoteSieve(continuation, "“We stay,” said Ines Varga. “We always have.”"), [
    "“We stay,” -> none",
    "“We always have.” -> Ines Varga",
  ]);
});

test("continuation: a quote opening the next paragraph with no cue keeps the speaker", () => {
  assert.deepEqual(runQuoteSieve(continuation, "“We stay,” said Ines Varga.\n\n“We always have.”"), [
    "“We stay,” -> none",
    "“We always have.” -> Ines Varga",
  ]);
});

test("continuation: a paragraph with a cue of its own does not continue", () => {
  assert.deepEqual(
    runQuoteSieve(continuation, "“We stay,” said Ines Varga.\n\n“We leave.” Tomas Brandt said it twice."),
    ["“We stay,” -> none", "“We leave.” -> none"],
  );
});

test("continuation: a quote with a tag of its own that names no one does not continue", () => {
  assert.deepEqual(
    runQuoteSieve(continuation, "“We stay,” said Ines Varga. “The ferry must run,” it read on the sign."),
    ["“We stay,” -> none", "“The ferry must run,” -> none"],
  );
});
