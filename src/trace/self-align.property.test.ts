import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { createDocument } from "../text/document.js";
import { traceSources } from "./index.js";

const WORDS = (
  "council budget water authority report rain farmers valley reservoir engineer " +
  "percent million residents hospitals summer warned harvest leak station audit network " +
  "litre spokesman towns monday decision supply capacity records level demand weather"
).split(" ");

// Sentences of 8 to 20 content words (a passage needs content words, not "the the the"),
// capitalised and ended with a full stop, in 1 to 6 paragraphs.
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 20 })
  .map((w) => `${w[0][0].toUpperCase()}${w.join(" ").slice(1)}.`);
const article = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
  .map((paragraphs) => paragraphs.map((p) => p.join(" ")).join("\n\n"));

test("a text aligned with itself is one verbatim match over all of it", () => {
  fc.assert(
    fc.property(article, (text) => {
      const doc = createDocument(text, { id: "article" });
      const copy = createDocument(text, { id: "source" });
      const { matches } = traceSources(doc, [copy]);
      assert.equal(matches.length, 1, JSON.stringify(matches.map((m) => [m.article, m.source, m.kind])));
      const [m] = matches;
      assert.equal(m.kind, "verbatim");
      assert.equal(m.edits.length, 0);
      assert.equal(m.article.start, m.source.start);
      assert.equal(m.article.end, m.source.end);
      assert.equal(m.article.start, doc.tokens[0].start);
      assert.equal(m.article.end, doc.tokens.at(-1)?.end);
    }),
    { seed: 1407, numRuns: 100 },
  );
});
