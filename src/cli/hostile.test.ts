import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, linkSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { maxOf } from "../collections.js";
import { repoPath, runCliCaptured } from "../testing/helpers.js";
import { tempDir } from "../testing/temp-dir.js";
import { OutputError, writeReportFile } from "./output.js";

const cli = (args: string[]) => runCliCaptured(args);

const blog = repoPath("examples/heatwave-blog.txt");
const source = repoPath("examples/heatwave-report.txt");
const bin = repoPath("dist/cli/main.js");
const oneLine = (stderr: string) => {
  assert.equal(stderr.trim().split("\n").length, 1, stderr);
  assert.doesNotMatch(stderr, /\n\s+at /);
};

test("object property names are not formats", async () => {
  for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
    const r = await cli(["analyze", blog, "-f", name]);
    assert.equal(r.status, 2, name);
    assert.match(r.stderr, /unknown format/);
    assert.equal(r.stdout, "");
  }
});

test("trace --width is bounded", async () => {
  const r = await cli(["trace", blog, source, "--width", "100000000"]);
  assert.equal(r.status, 0, r.stderr);
  const longest = maxOf(r.stdout.split("\n").map((l) => l.length));
  assert.ok(longest <= 1000, `longest line ${longest}`);
});

test("-o never overwrites an input, under any spelling of its path", async (t) => {
  const dir = tempDir(t, "sourcetrace-out-");
  const article = join(dir, "a.txt");
  const original = readFileSync(blog, "utf8");
  writeFileSync(article, original);
  linkSync(article, join(dir, "hard-link.txt"));
  for (const out of [
    article,
    join(dir, "..", dir.split("/").pop() as string, "a.txt"),
    join(dir, "hard-link.txt"),
  ]) {
    const r = await cli(["analyze", article, "-o", out]);
    assert.equal(r.status, 1, out);
    assert.match(r.stderr, /refusing to write the report onto an input/);
    oneLine(r.stderr);
  }
  const src = join(dir, "s.txt");
  writeFileSync(src, readFileSync(source));
  assert.equal((await cli(["analyze", article, "--source", src, "-o", src])).status, 1);
  assert.equal(readFileSync(article, "utf8"), original);
  assert.equal(readFileSync(src, "utf8"), readFileSync(source, "utf8"));
});

test("-o replaces a report whole, keeps its mode and leaves no temporary file", async (t) => {
  const dir = tempDir(t, "sourcetrace-out-");
  const out = join(dir, "report.json");
  writeFileSync(out, "previous report", { mode: 0o640 });
  await writeReportFile(out, "new report\n", [blog]);
  assert.equal(readFileSync(out, "utf8"), "new report\n");
  assert.equal(statSync(out).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir), ["report.json"]);
  await assert.rejects(writeReportFile(dir, "x", []), OutputError);
  await assert.rejects(writeReportFile(join(dir, "missing", "r.json"), "x", []), /no such directory/);
  assert.deepEqual(readdirSync(dir), ["report.json"]);
});

test("a full disk gives a one-line error, for -o and for standard output", () => {
  const toFile = spawnSync(process.execPath, [bin, "analyze", blog, "-o", "/dev/full"], { encoding: "utf8" });
  assert.equal(toFile.status, 1);
  assert.equal(
    toFile.stderr,
    "sourcetrace: /dev/full: cannot write the report: no space left on the device\n",
  );
  const full = openSync("/dev/full", "w");
  try {
    const toStdout = spawnSync(process.execPath, [bin, "analyze", blog], {
      stdio: ["ignore", full, "pipe"],
      encoding: "utf8",
    });
    assert.equal(toStdout.status, 1);
    assert.equal(
      toStdout.stderr,
      "sourcetrace: cannot write to standard output: no space left on the device\n",
    );
  } finally {
    closeSync(full);
  }
});

test("a closed pipe on standard output gives a one-line error", () => {
  // The reader exits at once; the report is larger than a pipe buffer, so the write fails.
  const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" analyze "${blog}" -f html | true`], {
    encoding: "utf8",
  });
  assert.equal(
    r.stderr,
    "sourcetrace: cannot write to standard output: the reading end of the pipe was closed\n",
  );
});
