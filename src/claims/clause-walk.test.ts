import assert from "node:assert/strict";
import { test } from "node:test";
import { createDocument } from "../text/document.js";
import { type ClauseWalk, clauseTokens, openingComma } from "./clause-walk.js";
import { TokenView } from "./tokens.js";

/** The first sentence of `text` as a token view. */
const viewOf = (text: string): TokenView => {
  const doc = createDocument(text);
  const s = doc.sentences[0];
  return new TokenView(doc.text, doc.tokenStore, s.tokenStart, s.tokenEnd);
};

/** The index of the token written `raw` in `v` (its first, or `nth`). */
const at = (v: TokenView, raw: string, nth = 0): number => {
  const found: number[] = [];
  for (let k = v.from; k < v.to; k++) if (v.raw(k) === raw) found.push(k);
  assert.ok(found.length > nth, raw);
  return found[nth];
};

/** The tokens a walk from the token `raw` visits, as written, joined by spaces. */
const walked = (text: string, raw: string, walk?: ClauseWalk): string => {
  const v = viewOf(text);
  return [...clauseTokens(v, at(v, raw), walk)].map((k) => v.raw(k)).join(" ");
};

test("a walk forward runs to the clause break, which it does not visit", () => {
  assert.equal(walked("The levy closed the mill, and the town emptied.", "closed"), "closed the mill");
});

test("a walk backward runs to the clause break or the sentence's first token", () => {
  assert.equal(walked("In Brenton, the levy closed the mill.", "closed", { step: -1 }), "closed levy the");
  assert.equal(walked("The levy closed the mill.", "closed", { step: -1 }), "closed levy The");
});

test("a walk passes at most `words` words; figures and punctuation are visited but not counted", () => {
  assert.equal(
    walked("The levy closed 300 of the mills in May.", "closed", { words: 3 }),
    "closed 300 of the",
  );
  assert.equal(walked("Costs rose - sharply - in May.", "rose", { words: 2 }), "rose - sharply");
});

test("a key of stopAt ends the clause as a break does", () => {
  const stopAt = (key: string) => key === "that";
  assert.equal(walked("Reports show that the levy closed mills.", "show", { stopAt }), "show");
  assert.equal(walked("Reports show that the levy closed mills.", "levy", { step: -1, stopAt }), "levy the");
});

test("acrossCommas walks past commas but not past other breaks", () => {
  const walk = { acrossCommas: true };
  assert.equal(
    walked("The fans, with banners, moved on; then rain.", "fans", walk),
    "fans , with banners , moved on",
  );
});

test("the opening comma of an aside is found walking back, within the words allowed", () => {
  const v = viewOf("The bill, opposed by the harbour board, never became law.");
  const closing = at(v, ",", 1);
  assert.equal(openingComma(v, closing - 1, 8), at(v, ","));
  assert.equal(openingComma(v, closing - 1, 4), -1, "five words lie between the commas");
});

test("no opening comma past another clause break, nor at the sentence's first token", () => {
  const broken = viewOf("The bill; opposed by the board, never passed.");
  assert.equal(openingComma(broken, at(broken, ",") - 1, 8), -1);
  const first = viewOf(", opposed by the board, never passed.");
  assert.equal(openingComma(first, at(first, ",", 1) - 1, 8), -1);
});
