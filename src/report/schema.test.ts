import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { repoPath } from "../testing/helpers.js";
import { reportJsonSchema } from "./schema.js";

test("the published schema file is the one the types define (run `npm run schema` after a change)", () => {
  const published = JSON.parse(readFileSync(repoPath("schema/report.schema.json"), "utf8"));
  assert.deepEqual(published, reportJsonSchema());
});
