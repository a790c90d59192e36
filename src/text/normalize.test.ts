import assert from "node:assert/strict";
import { test } from "node:test";
import { normalizeText, toOriginalOffset } from "./normalize.js";

const show = (input: string) => normalizeText(input).text;

test("line endings, blank runs and blank lines are normalized", () => {
  assert.equal(show("  One\r\ntwo  \t three\r\n\r\n\r\n\r\nFour  "), "One\ntwo three\n\nFour");
  assert.equal(show("a\u2028b\u2029c"), "a\nb\n\nc");
});

test("typographic characters stay as typed; invisible ones go", () => {
  assert.equal(show("“Quote” — it’s 5\u00A0km…"), "“Quote” — it’s 5\u00A0km…");
  assert.equal(show("in\u00ADvis\u200Bible\uFEFF"), "invisible");
});

test("decomposed letters are composed (NFC) and keep their offset", () => {
  const n = normalizeText("Cafe\u0301 ok");
  assert.equal(n.text, "Café ok");
  assert.equal(toOriginalOffset(n, 3), 3);
  assert.equal(toOriginalOffset(n, 5), 6);
});

test("every offset maps back to the input character it came from", () => {
  const input = "\uFEFF  Dr. Ann\u00A0Lee\r\n\r\n\r\n said:\t“no”\u200B.  ";
  const n = normalizeText(input);
  for (let i = 0; i < n.text.length; i++) {
    const o = toOriginalOffset(n, i);
    const ch = n.text[i];
    if (ch === " " || ch === "\n") assert.match(input[o], /\s/u);
    else assert.equal(input[o], ch);
  }
  assert.equal(toOriginalOffset(n, n.text.length), input.length);
  assert.throws(() => toOriginalOffset(n, n.text.length + 1), RangeError);
});

test("seeded random inputs: origin is monotonic and non-space characters survive in order", () => {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const alphabet = ["a", "B", " ", "\t", "\n", "\r\n", "\u00A0", "\u200B", "e\u0301", "😀", "“", "."];
  for (let round = 0; round < 200; round++) {
    let input = "";
    const len = Math.floor(rand() * 40);
    for (let i = 0; i < len; i++) input += alphabet[Math.floor(rand() * alphabet.length)];
    const n = normalizeText(input);
    for (let i = 1; i < n.origin.length; i++)
      assert.ok(n.origin[i] >= n.origin[i - 1], JSON.stringify(input));
    const visible = (s: string) => s.normalize("NFC").replace(/[\s\u200B]/gu, "");
    assert.equal(visible(n.text), visible(input));
    assert.doesNotMatch(n.text, /^[ \n]|[ \n]$/);
  }
});

test("plain ASCII prose with single spaces and line breaks is kept as it is, offsets one to one", () => {
  const input = 'Col. Ames said: "We left at 5 a.m."\nThe rest stayed (as told).';
  const n = normalizeText(input);
  assert.equal(n.text, input);
  assert.deepEqual([...n.origin], [...Array(input.length + 1).keys()]);
});

test("non-ASCII letters are copied as they are unless NFC changes them", () => {
  const n = normalizeText("Москва \u212B \u0958 e\u0301");
  assert.equal(n.text, "Москва \u00C5 \u0915\u093C \u00E9");
  assert.deepEqual([...n.origin], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 13]);
});
