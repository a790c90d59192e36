import assert from "node:assert/strict";
import { test } from "node:test";
import { stem } from "./stem.js";

test("the inflections of a reporting verb share one stem", () => {
  const groups = [
    ["warn", "warns", "warned", "warning"],
    ["admit", "admits", "admitted", "admitting"],
    ["believe", "believes", "believed", "believing"],
    ["hope", "hopes"],
    ["hoped", "hoping"],
    ["deny", "denies"],
  ];
  for (const g of groups) assert.equal(new Set(g.map(stem)).size, 1, g.join(" "));
});

test("short words and words that only look inflected keep their letters", () => {
  assert.deepEqual(["is", "was", "bus", "press", "red"].map(stem), ["is", "was", "bus", "press", "red"]);
});

test("a possessive 's is not part of the stem", () => {
  assert.deepEqual(["council's", "council’s"].map(stem), ["council", "council"]);
});
