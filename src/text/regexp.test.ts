import assert from "node:assert/strict";
import { test } from "node:test";
import { alternation } from "./regexp.js";

test("lexicon phrases are matched literally, whatever characters they hold, with or without the u flag", () => {
  const words = ["A.P.", "c/o", "(AP)", "a+b", "s$"];
  for (const flags of ["", "u"]) {
    const re = new RegExp(`^(?:${alternation(words)})$`, flags);
    for (const w of words) assert.ok(re.test(w), `${w} /${flags}`);
    assert.ok(!re.test("AxPx"));
    assert.ok(!re.test("aab"));
  }
});
