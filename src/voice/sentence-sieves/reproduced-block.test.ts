import assert from "node:assert/strict";
import { test } from "node:test";
import { runSentenceSieve } from "../../testing/voices.js";
import { reproducedBlock } from "./reproduced-block.js";

test("reproduced-block: the paragraph after a colon introducer is the document's", () => {
  assert.deepEqual(
    runSentenceSieve(
      reproducedBlock,
      "The harbour report is damning. The report reads:\n\nThe north quay has not been inspected since 2019, and three of its pillars show deep cracks.",
    ),
    [
      "[-] The harbour report is damning.",
      "[-] The report reads:",
      "[document:the report] The north quay has not been inspected since 2019, and three of its pillars show deep cracks.",
    ],
  );
});

test("reproduced-block: a blockquote is a block, with its introducer the author's", () => {
  const html = `<html><body><article><h1>Storm</h1>
    <p>The ferry company sent a letter to all of its customers on Sunday evening, and it is short.</p>
    <blockquote><p>All crossings are cancelled until the storm has passed and the quay is inspected.</p></blockquote>
    <p>Nobody on the island was surprised by that, and nobody was pleased.</p></article></body></html>`;
  assert.deepEqual(runSentenceSieve(reproducedBlock, html, "html").slice(1), [
    "[-] The ferry company sent a letter to all of its customers on Sunday evening, and it is short.",
    "[document:letter] All crossings are cancelled until the storm has passed and the quay is inspected.",
    "[-] Nobody on the island was surprised by that, and nobody was pleased.",
  ]);
});
