import assert from "node:assert/strict";
import { test } from "node:test";
import { cueStem } from "./stem.js";

test("the inflections of a cue share one stem", () => {
  const groups = [
    ["warn", "warns", "warned", "warning"],
    ["hope", "hopes", "hoped", "hoping"],
    ["admit", "admits", "admitted", "admitting"],
    ["deny", "denies", "denied"],
    ["believe", "believes", "believed", "believing"],
  ];
  for (const g of groups) assert.deepEqual(new Set(g.map(cueStem)).size, 1, g.join(" "));
});

test("short words and words that only look inflected keep their letters", () => {
  assert.deepEqual(["is", "was", "bus", "press", "red"].map(cueStem), ["is", "was", "bus", "press", "red"]);
});
