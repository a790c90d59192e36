import assert from "node:assert/strict";
import { test } from "node:test";
import { runSentenceSieve } from "../../testing/voices.js";
import { transcriptLabel } from "./transcript-label.js";

test("transcript-label: Q. is the author, A. the person interviewed", () => {
  assert.deepEqual(
    runSentenceSieve(
      transcriptLabel,
      "Interview with Ines Varga, ferry captain.\n\nQ. Will the ferry run?\n\nA. It will run every day.",
    ),
    [
      "[-] Interview with Ines Varga, ferry captain.",
      "[author] Q. Will the ferry run?",
      "[speaker:Ines Varga] A.",
      "[speaker:Ines Varga] It will run every day.",
    ],
  );
});

test("transcript-label: prose has no labels", () => {
  assert.deepEqual(runSentenceSieve(transcriptLabel, "The ferry will run every day."), [
    "[-] The ferry will run every day.",
  ]);
});
