import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { createDocument } from "./document.js";
import { normalizeText } from "./normalize.js";

// Pieces that stress the normalizer and segmenter: quotes, ellipses, elisions, blank runs, CRLF,
// invisible and combining characters, surrogate pairs, controls, markup-looking text.
const PIECES = [
  "The",
  "council",
  "said",
  "Dr.",
  "U.S.",
  "4,000",
  "3.5",
  "km",
  "“",
  "”",
  '"',
  "'",
  "’",
  ".",
  ",",
  "?",
  "...",
  "…",
  "[...]",
  ". . . .",
  "—",
  " ",
  "  ",
  "\t",
  "\n",
  "\n\n",
  "\n\n\n",
  "\r\n",
  "\u00a0",
  "\u00ad",
  "\u200b",
  "\ufeff",
  "e\u0301",
  "\u{1F600}",
  "\u001b[2J",
  "<b>",
  "*",
  "#",
];
/** Text built from the pieces above, or any string of code points. */
export const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(" ")),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
);

const RUNS = { seed: 1407, numRuns: 300 };

test("normalization is idempotent", () => {
  fc.assert(
    fc.property(hostileText, (input) => {
      const once = normalizeText(input).text;
      assert.equal(normalizeText(once).text, once);
    }),
    RUNS,
  );
});

test("every span is inside the text, in order, and maps back into the input", () => {
  fc.assert(
    fc.property(hostileText, (input) => {
      const doc = createDocument(input);
      const n = doc.text.length;
      assert.equal(doc.origin.length, n + 1);
      for (let i = 1; i <= n; i++) assert.ok(doc.origin[i - 1] <= doc.origin[i], "origin is monotone");
      assert.ok(n === 0 || doc.origin[n] <= input.length);
      for (const spans of [doc.tokens, doc.sentences, doc.paragraphs]) {
        let last = 0;
        for (const s of spans) {
          assert.ok(s.start >= last && s.start < s.end && s.end <= n, JSON.stringify(s));
          last = s.end;
        }
      }
      for (const t of doc.tokens) {
        // The input behind a token normalizes to text that holds the token. A combining mark maps
        // to the base character of its cluster, so when the tokenizer splits a cluster (a mark
        // after a control character) the two tokens share their input and the first has none.
        if (/^\p{M}/u.test(doc.text.slice(t.start, t.end))) continue;
        if (doc.origin[t.end] === doc.origin[t.start]) {
          assert.match(doc.text.slice(t.end, t.end + 1), /\p{M}/u);
          continue;
        }
        const behind = input.slice(doc.origin[t.start], doc.origin[t.end]);
        const token = doc.text.slice(t.start, t.end);
        assert.ok(
          normalizeText(behind).text.includes(token),
          `${JSON.stringify(token)} in ${JSON.stringify(behind)}`,
        );
      }
    }),
    RUNS,
  );
});
