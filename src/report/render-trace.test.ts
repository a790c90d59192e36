import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { type CliIO, runCli } from "../cli/run.js";
import { repoPath } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { traceSources } from "../trace/index.js";
import { renderTrace } from "./render-trace.js";

function io(): CliIO & { out: string; err: string } {
  const state = {
    out: "",
    err: "",
    stdout: { write: (s: string) => (state.out += s) },
    stderr: { write: (s: string) => (state.err += s) },
    stdin: (async function* () {})(),
    isTTY: false,
    env: {},
  };
  return state;
}

describe("trace view", () => {
  test("side by side, edits facing each other", () => {
    const source = createDocument(
      "The council voted on Monday to close the old bridge to trucks for at least 18 months of repairs.",
      { id: "minutes" },
    );
    const article = createDocument(
      "The council voted on Monday to close the old bridge to trucks for at least 24 months of repairs.",
      { id: "article" },
    );
    const view = renderTrace(article, [source], traceSources(article, [source]), { width: 100 });
    assert.deepEqual(view.split("\n"), [
      "#1 article 0-96  <->  minutes 0-96  edited, similarity 0.947",
      "The council voted on Monday to close the old     | The council voted on Monday to close the old",
      "bridge to trucks for at least {+24+}             | bridge to trucks for at least {-18-}",
      "months of repairs.                               | months of repairs.",
      '  replace (number): "24" <- "18"',
      "",
      "minutes: 100% of the article reused (0 chars verbatim, 96 edited); 100% of the source used",
      "",
    ]);
  });

  test("sourcetrace trace <article> <source> prints the view", async () => {
    const state = io();
    const code = await runCli(
      ["trace", repoPath("fixtures/trace/repost.txt"), repoPath("fixtures/trace/wire.txt"), "--width", "100"],
      state,
    );
    assert.equal(code, 0);
    assert.match(state.out, /\{\+48\+\}/);
    assert.match(state.out, /\{-42-\}/);
    assert.match(state.out, /Skipped source passages:/);
    assert.match(state.out, /wire\.txt: \d+% of the article reused/);
  });

  test("trace needs a source", async () => {
    const state = io();
    assert.equal(await runCli(["trace", repoPath("fixtures/trace/repost.txt")], state), 2);
    assert.match(state.err, /at least one source/);
    assert.ok(readFileSync(repoPath("fixtures/trace/wire.txt"), "utf8").length > 0);
  });
});
