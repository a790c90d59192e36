import assert from "node:assert/strict";
import { test } from "node:test";
import { loadData } from "../data.js";
import { createDocument } from "../text/document.js";
import { quantityLexicon } from "./lexicon.js";
import { checkworthinessModel } from "./model.js";
import { extractQuantities } from "./quantities.js";

const FILES = [
  "quantities-numbers.json",
  "quantities-vague.json",
  "quantities-hedges.json",
  "quantities-units.json",
  "quantities-counted.json",
  "quantities-dates.json",
  "claims-features.json",
  "claims-checkworthiness.json",
  "claims-clauses.json",
];

test("every claims data file states its provenance", () => {
  for (const f of FILES) assert.match(loadData<{ $comment?: string }>(f).$comment ?? "", /sourcetrace/, f);
});

test("quantity lexicons are well-formed", () => {
  const lex = quantityLexicon();
  const hedgeKeys = lex.hedges.map((h) => h.words.join(" "));
  assert.equal(new Set(hedgeKeys).size, hedgeKeys.length, "duplicate hedge");
  for (const v of lex.vague) {
    assert.ok(v.high === null || v.low <= v.high, v.words.join(" "));
    // Lower-case words, and "X" for the slot a scale word fills.
    for (const w of v.words) assert.ok(w === "X" || w === w.toLowerCase(), w);
  }
  for (const code of [...lex.currencyCodes, ...lex.currencySymbols.values(), ...lex.currencyWords.values()]) {
    assert.match(code, /^[A-Z]{3}$/);
  }
  const seen = new Map<string, string>();
  for (const [noun, group] of lex.groupOf) {
    assert.equal(seen.get(noun) ?? group, group, `${noun} is in two groups`);
    seen.set(noun, group);
  }
});

test("the shipped model has a threshold and weights", () => {
  const model = checkworthinessModel();
  assert.ok(model.threshold > 0 && model.threshold < 1);
  assert.ok(Object.keys(model.weights).length > 1000);
});

test("seeded random sentences: no crash, every span is its text, intervals are ordered", () => {
  let state = 42;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const pieces = [
    "around",
    "4,000",
    "people",
    "a few",
    "dozen",
    "$",
    "£3m",
    "(",
    ")",
    "to",
    "-",
    "between",
    "and",
    "12",
    "October",
    "on",
    "Monday",
    "hundreds",
    "of",
    "%",
    "per cent",
    "km",
    "one",
    "half",
    "a",
    "million",
    "more than",
    "1.5",
    "odd",
    "plus",
    ".",
  ];
  for (let n = 0; n < 300; n++) {
    const words = Array.from({ length: 3 + random(12) }, () => pieces[random(pieces.length)]);
    const doc = createDocument(words.join(" "), { meta: { date: "2020-02-29" } });
    for (const q of extractQuantities(doc)) {
      assert.equal(doc.text.slice(q.start, q.end), q.text);
      if (q.low !== null && q.high !== null) assert.ok(q.low <= q.high, `${q.text}: ${q.low} > ${q.high}`);
    }
  }
});
