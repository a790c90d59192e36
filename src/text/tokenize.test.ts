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
  assert.deepEqual(show("wait... no… -- yes—"), ["word:wait", "punct:...", "word:no", "punct:…", "punct:--", "word:yes", "punct:—"]);
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
