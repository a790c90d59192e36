import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { FORMAT_NAMES } from "../report/format-names.js";
import { repoPath, runCliCaptured } from "../testing/helpers.js";

const cli = (args: string[]) => runCliCaptured(args, { isTTY: true });

const dir = repoPath("fixtures/hostile");
const files = readdirSync(dir).filter((f) => f !== "README.md");
const example = repoPath("examples/heatwave-blog.txt");

// The hang guard of each file: every run of it must finish well within this.
for (const file of files) {
  test(`hostile input ${file}: every format and the trace view end in 0 or 1, never a crash`, {
    timeout: 60_000,
  }, async () => {
    const path = `${dir}/${file}`;
    const runs = [
      ...FORMAT_NAMES.map((f) => ["analyze", path, "-f", f, "--color"]),
      ["analyze", example, "--source", path, "-f", "json"],
      ["trace", path, example, "--color"],
    ];
    for (const args of runs) {
      const r = await cli(args);
      assert.ok(r.status === 0 || r.status === 1, `${args.join(" ")}: status ${r.status}`);
      if (r.status === 1) {
        assert.equal(r.stderr.split("\n").length, 2, `${args.join(" ")}: one line\n${r.stderr}`);
        assert.doesNotMatch(r.stderr, /\n\s+at |[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        // Refused as bad input with its reason, not a fault of ours caught at the top.
        assert.doesNotMatch(r.stderr, /internal error/, `${args.join(" ")}: ${r.stderr}`);
      }
      const plain = r.stdout.replace(/\u001b\[[0-9;]*m/g, "");
      if (args.includes("text") || args[0] === "trace")
        assert.doesNotMatch(
          plain,
          /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/,
          `${args.join(" ")}: control characters`,
        );
    }
  });
}
