import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { previousParagraph } from "./previous-paragraph.js";

test("previous-paragraph: a quote opening a paragraph takes the last person named before it", () => {
  assert.deepEqual(
    runQuoteSieve(previousParagraph, "Ines Varga has run the ferry for years.\n\n“We stay.”"),
    ["“We stay.” -> Ines Varga"],
  );
});

test("previous-paragraph: a quote inside a paragraph is not its business", () => {
  assert.deepEqual(
    runQuoteSieve(previousParagraph, "Ines Varga runs the ferry.\n\nThe ferry is “late again.”"),
    ["“late again.” -> none"],
  );
});
