import assert from "node:assert/strict";
import { test } from "node:test";
import { append, insideAny, lastStartingBefore, maxOf, minOf, overlapsAny, pushAll } from "./collections.js";

test("append keeps every value under its key, in order", () => {
  const m = new Map<string, number[]>();
  for (let i = 0; i < 5; i++) append(m, i % 2 ? "odd" : "even", i);
  assert.deepEqual(
    [...m],
    [
      ["even", [0, 2, 4]],
      ["odd", [1, 3]],
    ],
  );
});

test("maxOf and minOf take more values than a call can take arguments", () => {
  // 7919 is prime to 300,000, so this is 0 … 299,999 shuffled.
  const values = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_000);
  assert.throws(() => Math.max(...values), RangeError);
  assert.equal(maxOf(values), 299_999);
  assert.equal(minOf(values), 0);
  assert.equal(minOf([3, -2, 8]), -2);
  assert.equal(maxOf([3, -2, 8]), 8);
  assert.equal(maxOf([]), Number.NEGATIVE_INFINITY);
  assert.equal(minOf([]), Number.POSITIVE_INFINITY);
});

test("insideAny: a span inside one of the spans, whatever their order and overlap", () => {
  const inside = insideAny([
    { start: 50, end: 60 },
    { start: 0, end: 10 },
    { start: 5, end: 30 },
  ]);
  const naive = (s: number, e: number) =>
    [
      [50, 60],
      [0, 10],
      [5, 30],
    ].some(([a, b]) => a <= s && e <= b);
  for (let s = -2; s < 65; s++)
    for (let e = s; e < 66; e++) assert.equal(inside(s, e), naive(s, e), `${s}-${e}`);
  assert.equal(insideAny([])(0, 0), false);
});

test("pushAll appends more items than a call can take arguments", () => {
  const target = [1];
  const items = Array.from({ length: 300_000 }, (_, i) => i);
  assert.throws(() => target.slice().push(...items), RangeError);
  pushAll(target, items);
  assert.equal(target.length, 300_001);
  assert.equal(target[300_000], 299_999);
});

test("overlapsAny: a span sharing a position with one of the spans", () => {
  const spans = [
    { start: 50, end: 60 },
    { start: 0, end: 10 },
    { start: 5, end: 30 },
  ];
  const overlaps = overlapsAny(spans);
  for (let s = -2; s < 65; s++)
    for (let e = s; e < 66; e++)
      assert.equal(
        overlaps(s, e),
        spans.some((x) => x.start < e && s < x.end),
        `${s}-${e}`,
      );
});

test("lastStartingBefore: the last item by index that starts before a position, whatever their order", () => {
  const items = [{ start: 40 }, { start: 10 }, { start: 30 }, { start: 10 }, { start: 5 }, { start: 50 }];
  const last = lastStartingBefore(items);
  const naive = (before: number) => items.findLastIndex((x) => x.start < before);
  for (let before = 0; before < 60; before++) assert.equal(last(before), naive(before), `before ${before}`);
  assert.equal(lastStartingBefore([])(100), -1);
});
