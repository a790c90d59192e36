import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { paragraphCue } from "./paragraph-cue.js";

test("paragraph-cue: the nearest earlier speech cue of the paragraph", () => {
  assert.deepEqual(
    runQuoteSieve(
      paragraphCue,
      "Ines Varga said the ferry would keep running. Then came the storm. “We stay.”",
    ),
    ["“We stay.” -> Ines Varga"],
  );
});

test("paragraph-cue: a cue of another paragraph does not count", () => {
  assert.deepEqual(
    runQuoteSieve(paragraphCue, "Ines Varga said the ferry would run.\n\nThen came the storm. “We stay.”"),
    ["“We stay.” -> none"],
  );
});
