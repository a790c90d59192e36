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

test("transcript-label: laid out a sentence a line, a guest's long answer runs on to the next label; after the last turn the lines are the author's", () => {
  const answer = [
    "The quarry was sold in 2019.",
    "Nobody on the council asked what it was worth.",
    "I have seen the valuation.",
    "It was ten times the price.",
    "The buyer was a friend of the mayor.",
    "He resold it within a year.",
    "Obviously, the council knew.",
    "Its minutes show the valuation was tabled.",
    "Every councillor had a copy.",
    "The mayor has never explained the sale.",
    "It is the worst scandal in Kessel's history.",
  ];
  const text = [
    "Quarry Sale Questions",
    "QUIST: Lena, what did you find?",
    "HOLM: Thank you, Mara.",
    ...answer,
    "QUIST: And now?",
    "HOLM: We keep asking.",
    "Reprinted with permission from the Kessel Ledger.",
  ].join("\n");
  const out = runSentenceSieve(transcriptLabel, text);
  for (const line of answer) assert.ok(out.includes(`[speaker:Holm] ${line}`), line);
  assert.equal(out.at(-1), "[-] Reprinted with permission from the Kessel Ledger.");
});

test("transcript-label: paragraphs of prose between two turns, more than eight of them and more than 24 sentences, stay the author's", () => {
  const prose = Array.from(
    { length: 9 },
    (_, i) => `The council met on day ${i + 1}. It voted on the quarry. The mayor abstained.`,
  );
  const text = [
    "QUIST: Lena, what did you find?",
    "HOLM: The sale was rushed.",
    ...prose,
    "QUIST: And now?",
  ].join("\n\n");
  const out = runSentenceSieve(transcriptLabel, text);
  assert.ok(out.includes("[-] The council met on day 1."));
  assert.ok(out.includes("[-] The mayor abstained."));
});

test("transcript-label: an explainer's Q and A, asked and answered by its writer, are no interview", () => {
  assert.deepEqual(
    runSentenceSieve(
      transcriptLabel,
      "Ferry fares rise in January\n\nBy Tomas Reyes\n\nFares on the crossing go up by 12 per cent.\n\nQ: Will season tickets change?\n\nA: Bright Isles says season tickets rise by 8 per cent.\n\nQ: When does it start?\n\nA: On the first sailing of January.",
    ),
    [
      "[-] Ferry fares rise in January",
      "[-] By Tomas Reyes",
      "[-] Fares on the crossing go up by 12 per cent.",
      "[-] Q: Will season tickets change?",
      "[-] A: Bright Isles says season tickets rise by 8 per cent.",
      "[-] Q: When does it start?",
      "[-] A: On the first sailing of January.",
    ],
  );
});

test("transcript-label: Q and A stay an interview when an answer speaks in the first person or a question says you", () => {
  const turns = (text: string) => runSentenceSieve(transcriptLabel, text).filter((l) => l.includes("A:"));
  assert.deepEqual(
    turns(
      "Ferry captain Ines Varga has run the crossing for years.\n\nQ: Will season tickets change?\n\nA: I expect they will.",
    ),
    ["[speaker:Ines Varga] A: I expect they will."],
  );
  assert.deepEqual(
    turns(
      "Ferry captain Ines Varga has run the crossing for years.\n\nQ: Will you stay on?\n\nA: Until the spring.",
    ),
    ["[speaker:Ines Varga] A: Until the spring."],
  );
});
