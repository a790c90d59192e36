import assert from "node:assert/strict";
import { test } from "node:test";
import { foldKey } from "./fold.js";
import { tokenize } from "./tokenize.js";

const show = (text: string) => tokenize(text).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);

test("words keep inner apostrophes and hyphens; numbers keep grouping and decimals", () => {
  assert.deepEqual(show("Don’t re-open 4,000 or 3.5km, O'Neill."), [
    "word:Don’t",
    "word:re-open",
    "number:4,000",
    "word:or",
    "number:3.5",
    "word:km",
    "punct:,",
    "word:O'Neill",
    "punct:.",
  ]);
});

test("ellipses and dashes are single tokens", () => {
  assert.deepEqual(show("wait... no… -- yes—"), [
    "word:wait",
    "punct:...",
    "word:no",
    "punct:…",
    "punct:--",
    "word:yes",
    "punct:—",
  ]);
});

test("the text between tokens is whitespace only, so tokens and gaps give back the text", () => {
  const text = "“Quote,” she said — 5\u00A0km [...] $4,000 (£3,000) 😀 end.";
  const tokens = tokenize(text);
  let at = 0;
  let rebuilt = "";
  for (const t of tokens) {
    assert.match(text.slice(at, t.start), /^\s*$/u);
    rebuilt += text.slice(at, t.end);
    at = t.end;
  }
  assert.equal(rebuilt + text.slice(at), text);
});

test("comparison keys fold case, quotes, apostrophes, dashes and ellipses but not accents", () => {
  assert.equal(foldKey("Don’t"), foldKey("don't"));
  assert.equal(foldKey("“"), foldKey('"'));
  assert.equal(foldKey("—"), foldKey("-"));
  assert.equal(foldKey("…"), foldKey("..."));
  assert.equal(foldKey("ﬁne"), "fine");
  assert.notEqual(foldKey("résumé"), foldKey("resume"));
});

test("seeded random inputs: the ASCII fast path gives the tokens of the token pattern alone", () => {
  // The specification of the tokenizer, matched naively; tokenize() must agree with it.
  const pattern =
    /(\p{N}+(?:[.,:\u00A0\u202F]\p{N}+)*)|((?:\p{L}|\p{M})(?:[\p{L}\p{M}\p{N}]|['\u2019\u02BC\-\u2010\u2011](?=[\p{L}\p{N}]))*)|(\.\.\.+|\u2026|--+|[\p{P}])|(\S)/gu;
  const reference = (text: string) =>
    [...text.matchAll(pattern)].map((m) => {
      const kind = m[1] ? "number" : m[2] ? "word" : m[3] ? "punct" : "symbol";
      return `${m.index}-${m.index + m[0].length}:${kind}:${foldKey(m[0])}`;
    });
  let seed = 11;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const alphabet = [
    "a",
    "Z",
    " ",
    "\n",
    "0",
    "7",
    ".",
    ",",
    ":",
    "'",
    "-",
    "--",
    "...",
    "\u2019",
    "\u2011",
    "\u00A0",
    "é",
    "\u0301",
    "٣",
    "😀",
    "$",
    "+",
    "\x01",
    "“",
    "…",
    "—",
    "_",
  ];
  for (let round = 0; round < 2000; round++) {
    let text = "";
    const len = Math.floor(rand() * 20);
    for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
    const ours = tokenize(text).map((t) => `${t.start}-${t.end}:${t.kind}:${t.key}`);
    assert.deepEqual(ours, reference(text), JSON.stringify(text));
  }
});
