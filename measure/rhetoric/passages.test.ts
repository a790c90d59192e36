import assert from "node:assert/strict";
import { test } from "node:test";
import { groupFolds, passageGroups } from "./passages.js";

// Invented texts: a reprinted paragraph joins two articles; a shared short phrase does not.
const paragraph =
  "The harbour board met on Tuesday night and voted to close the northern pier for the whole winter while engineers inspect the pilings";
const texts = [
  `Local news. ${paragraph}. Fishermen were not pleased.`,
  `A council update. ${paragraph}. More next week.`,
  "The harbour board met on Tuesday night. Nothing else happened at all in town today.",
  "A bakery opened on the corner and sold out of rye bread before noon on its first day.",
  `Again: ${paragraph}.`,
];

test("articles that share a passage are one group, chained; a shared phrase is not a passage", () => {
  const groups = passageGroups(texts);
  assert.deepEqual(groups, [0, 0, 2, 3, 0]);
});

test("a passage group lies in one fold, and the folds stay about equal", () => {
  const folds = groupFolds(passageGroups(texts), 2);
  assert.equal(folds[0], folds[1]);
  assert.equal(folds[0], folds[4]);
  assert.deepEqual(folds, [0, 0, 1, 1, 0]);
  assert.deepEqual(groupFolds([0, 1, 2, 3], 2), [0, 1, 0, 1]);
});
