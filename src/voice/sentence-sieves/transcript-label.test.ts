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

test("transcript-label: a guest's label with an outlet, and a turn going on over unlabelled paragraphs up to the next label", () => {
  assert.deepEqual(
    runSentenceSieve(
      transcriptLabel,
      "On Tuesday night host Mara Quist talked with reporter Lena Holm of the Kessel Ledger.\n\nQUIST: Lena, let's start with your report.\n\nLENA HOLM, KESSEL LEDGER: Thank you, Mara. I have seen over 500 documents.\n\nThey show that the quarry was sold for a tenth of its value.\n\nQUIST: And the council?\n\nLENA HOLM, KESSEL LEDGER: It knew in 2019.\n\nThe council has denied that.",
    ),
    [
      "[-] On Tuesday night host Mara Quist talked with reporter Lena Holm of the Kessel Ledger.",
      "[speaker:Mara Quist] QUIST: Lena, let's start with your report.",
      "[speaker:Lena Holm] LENA HOLM, KESSEL LEDGER: Thank you, Mara.",
      "[speaker:Lena Holm] I have seen over 500 documents.",
      "[speaker:Lena Holm] They show that the quarry was sold for a tenth of its value.",
      "[speaker:Mara Quist] QUIST: And the council?",
      "[speaker:Lena Holm] LENA HOLM, KESSEL LEDGER: It knew in 2019.",
      "[-] The council has denied that.",
    ],
  );
});
