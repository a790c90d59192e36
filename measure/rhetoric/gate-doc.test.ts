import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { rhetoricLexicon } from "../../dist/rhetoric/index.js";
import { repoFile } from "../paths.js";
import { docWithGate } from "./gate-doc.js";

test("docs/rhetoric.md shows the gate of the shipped lexicon (rerun the tuner after a change)", () => {
  const doc = readFileSync(repoFile("docs/rhetoric.md"), "utf8");
  assert.equal(doc, docWithGate(rhetoricLexicon()));
  for (const t of rhetoricLexicon().techniques) assert.ok(doc.includes(`| ${t.label} |`), t.label);
});
