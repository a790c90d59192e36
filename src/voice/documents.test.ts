import assert from "node:assert/strict";
import { test } from "node:test";
import { textDocument } from "../testing/voices.js";
import { authorEvidence } from "./documents.js";
import { voiceLexicon } from "./lexicon.js";
import { readVoices } from "./reading.js";

// The evidence found for the last paragraph of a text whose second paragraph is a reproduced block.
function evidence(last: string): string {
  const doc = textDocument(
    `Ferry notes\n\nThe council voted on Thursday to cut the island service to two sailings a day from June.\n\n${last}`,
  );
  return authorEvidence(doc, 2, voiceLexicon(), readVoices(doc).citations) ?? "none: still the document";
}

test("the author's voice returns with a first- or second-person word, a question or a connective opener", () => {
  assert.equal(
    evidence("I have read the minutes of that meeting twice and still cannot find the vote."),
    "commentary",
  );
  assert.equal(
    evidence("Who on the council thought the islanders would accept a timetable like this one?"),
    "commentary",
  );
  assert.equal(
    evidence("So the islands lose half their sailings at the start of the busiest season."),
    "commentary",
  );
});

test("the author's voice returns when the document or its people are named in the third person", () => {
  assert.equal(
    evidence("The article then lists every crossing that will be cut from the June timetable."),
    "names-document",
  );
  assert.equal(
    evidence("The journalists then detail how the budget shortfall was calculated by the finance office."),
    "names-document",
  );
});

test("the author's voice returns with a change of register: a short sentence, an evaluative or normative word", () => {
  assert.equal(evidence("Two sailings. That is all."), "register");
  assert.equal(
    evidence("The council should publish the full budget for the ferry service before the cuts begin."),
    "register",
  );
});

test("a paragraph in the register of a report, or with marks of quotation, continues the block", () => {
  assert.equal(
    evidence(
      "Residents of the three islands will have to book their crossings a week in advance from the first of June.",
    ),
    "none: still the document",
  );
  assert.equal(evidence("[...] I will not comment, the harbour master said."), "none: still the document");
});
