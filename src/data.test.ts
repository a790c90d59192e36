import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { loadData } from "./data.js";
import { checkData } from "./data-check.js";
import { DATA_SCHEMAS } from "./data-schemas.js";
import { repoPath } from "./testing/helpers.js";

const files = readdirSync(repoPath("data")).filter((f) => f.endsWith(".json"));

test("every data file has a schema, meets it, states its provenance and loads", () => {
  assert.deepEqual(Object.keys(DATA_SCHEMAS).sort(), files.sort());
  for (const name of files) {
    const value = loadData<{ $comment: string }>(name);
    assert.doesNotThrow(() => checkData(name, value));
    assert.ok(value.$comment.length > 20, `${name}: provenance in $comment`);
  }
});

test("a word listed twice, a wrong type or an unknown file is refused with a one-line error", () => {
  const verbs = JSON.parse(readFileSync(repoPath("data/voice-verbs.json"), "utf8"));
  assert.throws(
    () => checkData("voice-verbs.json", { ...verbs, verbs: [...verbs.verbs, verbs.verbs[0]] }),
    /^Error: data\/voice-verbs\.json: \/verbs holds an entry twice$/,
  );
  assert.throws(
    () => checkData("voice-verbs.json", { ...verbs, verbs: "says" }),
    /data\/voice-verbs\.json: \/verbs /,
  );
  const { $comment: _, ...unsourced } = verbs;
  assert.throws(() => checkData("voice-verbs.json", unsourced), /data\/voice-verbs\.json: /);
  assert.throws(() => checkData("nowhere.json", {}), /data\/nowhere\.json has no schema/);
  // A phrase is a sequence: "as many as" repeats a word and is fine.
  const hedges = JSON.parse(readFileSync(repoPath("data/quantities-hedges.json"), "utf8"));
  assert.doesNotThrow(() => checkData("quantities-hedges.json", hedges));
});
