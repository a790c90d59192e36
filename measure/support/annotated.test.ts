import assert from "node:assert/strict";
import { test } from "node:test";
import { repoFile } from "../paths.js";
import { parseGoldArticle, readGoldSet, scoreGoldArticle } from "./annotated.js";

test("the support set parses, and every claim and evidence text is found in its document", () => {
  const set = readGoldSet(repoFile("fixtures/support"));
  assert.ok(set.length >= 20);
  assert.ok(set.reduce((n, a) => n + a.gold.length, 0) >= 150);
  assert.deepEqual(new Set(set.map((a) => a.shape)), new Set(["opinion", "press-release", "wire"]));
  for (const a of set) assert.equal(scoreGoldArticle(a).length, a.gold.length);
});

test("a malformed gold line is refused with the file named", () => {
  const text = "shape: wire\nsplit: tune\n--- article\nA claim here.\n--- gold\n";
  assert.throws(() => parseGoldArticle("x.txt", `${text}maybe | author | A claim | `), /x\.txt: bad status/);
  assert.throws(
    () => parseGoldArticle("x.txt", `${text}supported | author | A claim | `),
    /evidence must be given exactly when found/,
  );
});
