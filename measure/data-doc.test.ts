import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { dataDoc } from "./data-doc.js";
import { repoFile } from "./paths.js";

test("docs/data.md lists every data file as it is (run `npm run docs:data` after a change)", () => {
  const doc = dataDoc();
  assert.equal(readFileSync(repoFile("docs/data.md"), "utf8"), doc);
  assert.match(doc, /## english-function-words\.json\n\n\S/);
});
