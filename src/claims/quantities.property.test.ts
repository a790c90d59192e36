import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { createDocument } from "../text/document.js";
import { extractQuantities } from "./quantities.js";

const RUNS = { seed: 1407, numRuns: 300 };
const grouped = (n: number) => n.toLocaleString("en-US");

test("an exact count is read back as the number written, grouped or not", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 2, max: 999_999_999 }),
      fc.boolean(),
      fc.constantFrom("people", "trucks", "residents", "fighters"),
      (n, group, noun) => {
        const written = group ? grouped(n) : String(n);
        const doc = createDocument(`The report counted ${written} ${noun} in the valley.`);
        const q = extractQuantities(doc).find((x) => x.low !== null);
        assert.ok(q, written);
        assert.equal(q.low, n);
        assert.equal(q.high, n);
        assert.equal(q.approx, false);
      },
    ),
    RUNS,
  );
});

test("a range is an interval with its ends in order", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
      const [lo, hi] = a < b ? [a, b] : [b, a + 1];
      const doc = createDocument(`Between ${grouped(lo)} and ${grouped(hi)} people left the town.`);
      const q = extractQuantities(doc).find((x) => x.low !== null);
      assert.ok(q);
      assert.ok(q.low !== null && q.high !== null && q.low <= q.high);
      assert.ok(q.low <= lo && q.high >= hi, `${q.low}-${q.high} for ${lo}-${hi}`);
    }),
    RUNS,
  );
});

const NUMERIC = [
  "about",
  "around",
  "nearly",
  "a few dozen",
  "hundreds of",
  "six to seven",
  "kilometres",
  "km",
  "$",
  "£",
  "€",
  "(",
  ")",
  "4,000",
  "3.5",
  "1.2m",
  "10 October",
  "2024",
  "%",
  "percent",
  "-",
  "–",
  "million",
  "billion",
  "1e308",
  "99999999999999999999",
  "0",
  ",",
  ".",
  "people",
];
const numericText = fc.oneof(
  fc.array(fc.constantFrom(...NUMERIC), { maxLength: 40 }).map((p) => p.join(" ")),
  fc.array(fc.constantFrom(...NUMERIC), { maxLength: 40 }).map((p) => p.join("")),
  fc.string({ unit: "grapheme", maxLength: 120 }),
);

test("any text: quantities never throw, keep their span, and have ordered finite ends", () => {
  fc.assert(
    fc.property(numericText, (text) => {
      const doc = createDocument(text);
      for (const q of extractQuantities(doc)) {
        assert.equal(doc.text.slice(q.start, q.end), q.text);
        if (q.low !== null) assert.ok(Number.isFinite(q.low), `${q.text}: ${q.low}`);
        if (q.high !== null) assert.ok(Number.isFinite(q.high), `${q.text}: ${q.high}`);
        if (q.low !== null && q.high !== null) assert.ok(q.low <= q.high, `${q.text}: ${q.low} > ${q.high}`);
      }
    }),
    RUNS,
  );
});
