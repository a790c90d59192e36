import assert from "node:assert/strict";
import { test } from "node:test";
import { runSentenceSieve } from "../../testing/voices.js";
import { quotation } from "./quotation.js";

test("quotation: a sentence that is a quote and its cue is the speaker's", () => {
  assert.deepEqual(runSentenceSieve(quotation, "“We stay,” said Ines Varga. The ferry left at noon."), [
    "[speaker:Ines Varga] “We stay,” said Ines Varga.",
    "[-] The ferry left at noon.",
  ]);
});

test("quotation: a short quote inside a long sentence of the author's leaves it to others", () => {
  assert.deepEqual(
    runSentenceSieve(
      quotation,
      "The council met on Monday and after a long and bitter debate about the harbour fees decided that the “temporary” levy would stay.",
    ),
    [
      "[-] The council met on Monday and after a long and bitter debate about the harbour fees decided that the “temporary” levy would stay.",
    ],
  );
});
