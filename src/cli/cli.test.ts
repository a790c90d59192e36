import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { assertValidReport, repoPath, runCliCaptured } from "../testing/helpers.js";
import { tempDir } from "../testing/temp-dir.js";
import { type CliIO, runCli } from "./run.js";

/** Run the CLI in-process and capture what it prints. */
const cli = (args: string[], stdinText?: string) => runCliCaptured(args, { stdin: stdinText });

const blog = repoPath("examples/heatwave-blog.txt");
const report = repoPath("examples/heatwave-report.txt");
const html = repoPath("fixtures/ingest/blog-with-boilerplate.html");

test("analyze prints a text report of the example", async () => {
  const r = await cli(["analyze", blog, "--source", report]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^The Great Marlow Water Scandal\nPosted by Rob Gellert, Valley Voice blog\n/);
  assert.match(r.stdout, /What matters most/);
  assert.match(r.stdout, /Sentences/);
  assert.doesNotMatch(r.stdout, /\u001b\[/, "no colour when stdout is not a terminal");
});

test("JSON reports validate against the published schema for text, HTML and stdin", async () => {
  for (const args of [
    ["analyze", blog, "--source", report, "--format", "json"],
    ["analyze", html, "--format", "json"],
    ["analyze", "-", "--format", "json"],
  ]) {
    const r = await cli(args, "Piped article text. It has two sentences.");
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assertValidReport(json);
    assert.equal(json.schema, "sourcetrace/report@1");
    for (const s of json.sentences) {
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= json.article.text.length);
    }
  }
});

test("markdown output and -o write a file", async (t) => {
  const dir = tempDir(t, "sourcetrace-cli-");
  const out = join(dir, "report.md");
  const r = await cli(["analyze", blog, "-f", "markdown", "-o", out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "");
  assert.match(readFileSync(out, "utf8"), /^# The Great Marlow Water Scandal\n/);
});

test("the article as its own source, or a source given twice, exits 1 with a one-line reason", async () => {
  for (const [args, reason] of [
    [["analyze", blog, "--source", blog], /heatwave-blog\.txt: this source is the article itself/],
    [["analyze", blog, "--source", report, "--source", report], /the same source is given twice/],
    [["trace", blog, report, report], /the same source is given twice/],
  ] as const) {
    const r = await cli([...args]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, reason);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  }
});

test("bad input exits 1 with a one-line reason and no stack trace", async (t) => {
  const dir = tempDir(t, "sourcetrace-bad-");
  const cases: [string, Uint8Array | string, RegExp][] = [
    ["empty.txt", "", /empty/],
    ["blank.txt", "  \n\n ", /only whitespace/],
    ["binary.bin", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), /binary/],
    ["broken-utf16.txt", new Uint8Array([0xfe, 0xff, 0xd8, 0x00, 0x00]), /not valid UTF-16BE/],
    ["big.txt", "word ".repeat(40), /over the 100-byte limit/],
    ["nav-only.html", "<html><body><nav>Home</nav></body></html>", /no article text/],
  ];
  for (const [name, content, pattern] of cases) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const r = await cli(["analyze", path, "--max-bytes", "100"]);
    assert.equal(r.status, 1, `${name}: ${r.stdout}`);
    assert.match(r.stderr, pattern, name);
    assert.equal(r.stderr.trim().split("\n").length, 1, `${name}: one line`);
    assert.doesNotMatch(r.stderr, /\n\s+at /, `${name}: no stack trace`);
  }
  const missing = await cli(["analyze", join(dir, "nope.txt")]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.txt: no such file/);
  const badSource = await cli(["analyze", blog, "--source", join(dir, "empty.txt")]);
  assert.equal(badSource.status, 1);
});

test("usage errors exit 2; --help and --version exit 0", async () => {
  for (const args of [
    [],
    ["frobnicate"],
    ["analyze"],
    ["analyze", "a", "b"],
    ["analyze", blog, "--format", "pdf"],
    ["analyze", blog, "--bogus"],
    ["analyze", blog, "--max-bytes", "-3"],
    ["analyze", "-", "--source", "-"],
  ]) {
    const r = await cli(args);
    assert.equal(r.status, 2, args.join(" "));
  }
  const help = await cli(["--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage:/);
  const version = await cli(["--version"]);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
});

test("the installed bin runs as a process and exits with the right status", () => {
  const bin = repoPath("dist/cli/main.js");
  const out = execFileSync(process.execPath, [bin, "analyze", "-", "--format", "json"], {
    input: "A short note. It ends here.",
  });
  assertValidReport(JSON.parse(out.toString()));
  const bad = spawnSync(process.execPath, [bin, "analyze", "/nonexistent/file.txt"], { encoding: "utf8" });
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, "sourcetrace: /nonexistent/file.txt: no such file\n");
});

test("a source file named like the article's id gets an id of its own", async (t) => {
  const dir = tempDir(t, "sourcetrace-ids-");
  const named = join(dir, "article");
  writeFileSync(named, readFileSync(report));
  const r = await cli(["analyze", blog, "--source", named, "--format", "json"]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    JSON.parse(r.stdout).sources.map((s: { id: string }) => s.id),
    ["article#1"],
  );
});

test("an internal error is one line with exit 1; SOURCETRACE_DEBUG=1 adds its stack", async () => {
  const failing = (env: Record<string, string | undefined>): CliIO => ({
    stdout: { write: () => undefined },
    stderr: { write: (s: string) => void lines.push(s) },
    // A reader that fails in a way no input check foresees.
    stdin: {
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.reject(new RangeError("reader broke\nsecond line")),
      }),
    },
    isTTY: false,
    env,
  });
  let lines: string[] = [];
  assert.equal(await runCli(["analyze", "-"], failing({})), 1);
  const quiet = lines.join("");
  assert.match(
    quiet,
    /^sourcetrace: internal error: reader broke \(set SOURCETRACE_DEBUG=1 for details\)\n$/,
  );
  lines = [];
  assert.equal(await runCli(["analyze", "-"], failing({ SOURCETRACE_DEBUG: "1" })), 1);
  assert.match(lines.join(""), /\n\s+at /);
});

test("--set passes a layer's knobs through, and --help lists every one", async () => {
  const { TRACE_DEFAULTS } = await import("../trace/index.js");
  const { CLAIMS_DEFAULTS } = await import("../claims/index.js");
  const help = (await cli(["--help"])).stdout;
  for (const key of Object.keys(TRACE_DEFAULTS)) assert.match(help, new RegExp(`trace\\.${key}\\b`), key);
  for (const key of Object.keys(CLAIMS_DEFAULTS)) assert.match(help, new RegExp(`claims\\.${key}\\b`), key);

  const json = async (...set: string[]) => {
    const r = await cli(["analyze", blog, "--source", report, "--format", "json", ...set]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  const plain = await json();
  // No passage of the example has a run of 500 words and no cosine exceeds 1: no match. At
  // threshold 0 every sentence is check-worthy.
  const strict = ["trace.minWords=500", "trace.minRun=500", "trace.minQuotedWords=500", "trace.minCosine=2"];
  assert.equal((await json(...strict.flatMap((s) => ["--set", s]))).matches.length, 0);
  assert.ok(plain.matches.length > 0);
  const all = await json("--set", "claims.threshold=0");
  assert.ok(all.claims.filter((c: { checkworthy: boolean }) => c.checkworthy).length > plain.claims.length);

  for (const bad of [
    "trace.nope=1",
    "trace.minWords=2.5",
    "claims.threshold=-1",
    "voice.x=1",
    "trace.minWords=",
  ]) {
    const r = await cli(["analyze", blog, "--set", bad]);
    assert.equal(r.status, 2, bad);
    assert.equal(r.stderr.trim().split("\n").length, 2, `${bad}: one line and the usage hint`);
  }
});
