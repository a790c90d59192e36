import assert from "node:assert/strict";
import { test } from "node:test";
import { createDocument } from "../text/document.js";
import { unpairedQuotes } from "./unpaired.js";

const quoted = (paragraphs: string[]) => {
  const doc = createDocument(paragraphs.join("\n\n"), { id: "a" });
  return unpairedQuotes(doc).map((s) => doc.text.slice(s.start, s.end));
};

test("a quotation's first and last lines in different paragraphs are quoted, up to their marks", () => {
  assert.deepEqual(quoted(["He wrote: “The plan is a scandal.", "A disgrace!” Then he left."]), [
    "“The plan is a scandal.",
    "A disgrace!”",
  ]);
});

test("paired marks, apostrophes and decades leave a paragraph alone", () => {
  assert.deepEqual(
    quoted([
      "The plan was “a farce” to them, the dogs’ bowls were empty and the ‘90s are gone.",
      "Mara Lind’s shop, in the ’80s, sold ‘nice’ things.",
    ]),
    [],
  );
});
