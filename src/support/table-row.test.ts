import assert from "node:assert/strict";
import { test } from "node:test";
import { extractQuantities } from "../claims/index.js";
import { createDocument } from "../text/document.js";
import { ratePassage } from "./rate.js";
import { passageOver } from "./terms.js";

/** The rating of the one sentence of `claim` against the one sentence of `passage`. */
function rate(claim: string, passage: string): string {
  const [c, p] = [createDocument(claim), createDocument(passage, { id: "source" })];
  const over = (d: typeof c) => {
    const s = d.sentences[0];
    return passageOver(d, 0, [[s.tokenStart, s.tokenEnd]], s.start, s.end);
  };
  const r = ratePassage(over(c), extractQuantities(c), over(p), extractQuantities(p));
  return `${r.status} [${r.rule}]`;
}

test("a table row flattened into text contradicts no figure: its columns are lost", () => {
  const row = "Sailings 2,085 2,037 -48 -2.3% Late sailing rate (%) 8.6% 8.4% -0.2%pt.";
  assert.doesNotMatch(rate("The number of sailings fell by 0.2 points in the quarter.", row), /contradicted/);
  // A sentence with a figure or two still contradicts a claim that gives another.
  assert.equal(
    rate(
      "The number of sailings fell by 48 in the quarter.",
      "The number of sailings fell by 61 in the quarter.",
    ),
    "contradicted [quantity]",
  );
});
