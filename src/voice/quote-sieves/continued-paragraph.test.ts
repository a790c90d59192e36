import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { continuedParagraph } from "./continued-paragraph.js";

test("continued-paragraph: a quote whose next paragraph lost its opening mark takes that paragraph's speaker", () => {
  assert.deepEqual(
    runQuoteSieve(
      continuedParagraph,
      "The mayor spoke for an hour.\n\n“The bridge will be rebuilt by spring, and every family will get help.\n\nThe money is already in the budget,” said Ilse Brandt.",
    ),
    [
      "“The bridge will be rebuilt by spring, and every family will get help. -> Ilse Brandt",
      "The money is already in the budget,” -> none",
    ],
  );
});

test("continued-paragraph: a quote closed in its own paragraph is not continued", () => {
  assert.deepEqual(runQuoteSieve(continuedParagraph, "“We stay.”\n\n“We go,” said Ilse Brandt."), [
    "“We stay.” -> none",
    "“We go,” -> none",
  ]);
});
