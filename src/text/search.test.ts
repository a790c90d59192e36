import assert from "node:assert/strict";
import { test } from "node:test";
import { firstEndingAfter, firstKeyAtOrAfter, itemContaining, lowerBound } from "./search.js";

const spans = [
  { start: 0, end: 4 },
  { start: 5, end: 9 },
  { start: 12, end: 20 },
];

test("binary searches agree with a linear scan at every offset", () => {
  for (let pos = -1; pos <= 22; pos++) {
    const linear = (pred: (s: { start: number; end: number }) => boolean) => {
      const i = spans.findIndex(pred);
      return i < 0 ? spans.length : i;
    };
    assert.equal(
      lowerBound(spans, pos),
      linear((s) => s.start >= pos),
      `lowerBound ${pos}`,
    );
    assert.equal(
      firstEndingAfter(spans, pos),
      linear((s) => s.end > pos),
      `firstEndingAfter ${pos}`,
    );
    assert.equal(
      firstKeyAtOrAfter(spans, pos, (s) => s.end),
      linear((s) => s.end >= pos),
      `firstKeyAtOrAfter ${pos}`,
    );
    const holding = spans.findIndex((s) => s.start <= pos && pos < s.end);
    assert.equal(itemContaining(spans, pos), holding, `itemContaining ${pos}`);
  }
});
