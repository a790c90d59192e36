import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { SqliteStore } from "../corpus/sqlite-store.js";
import { assertValidReport, repoPath, runCliCaptured } from "../testing/helpers.js";
import { Random } from "../testing/prng.js";

const dir = mkdtempSync(join(tmpdir(), "sourcetrace-corpus-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const cli = (args: string[]) => runCliCaptured(args);

test("corpus add, again (a no-op that says so), then stats in text and JSON", async () => {
  const db = join(dir, "examples.db");
  const examples = [repoPath("examples/heatwave-blog.txt"), repoPath("examples/heatwave-report.txt")];
  const first = await cli(["corpus", "add", "--db", db, ...examples, "--date", "2024-07-01"]);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout, "added 2 documents (0 already in the corpus)\n");
  const again = await cli(["corpus", "add", "--db", db, ...examples]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.stdout, "added 0 documents (2 already in the corpus)\n");
  const json = await cli(["corpus", "stats", "--db", db, "--format", "json"]);
  assert.equal(json.status, 0, json.stderr);
  const stats = JSON.parse(json.stdout);
  assert.equal(stats.documents, 2);
  assert.equal(stats.integrity, "ok");
  assert.ok(stats.postings > 0 && stats.bytes > 0);
  const text = await cli(["corpus", "stats", "--db", db]);
  assert.match(text.stdout, /^documents {2}2\npostings {3}\d+\nsize {7}[\d.]+ KiB\nintegrity {2}ok\n$/);
});

test("bad input: one line each, the good documents kept, non-zero exit", async () => {
  const db = join(dir, "bad.db");
  const jsonl = join(dir, "mixed.jsonl");
  writeFileSync(
    jsonl,
    '{"id":"good-1","text":"A first good line about the harbour cranes."}\n{"id":"bad",\n{"id":"good-2","text":"A second good line about the night trains."}\n',
  );
  const r = await cli(["corpus", "add", "--db", db, jsonl, join(dir, "nope.txt")]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "added 2 documents (0 already in the corpus, 2 skipped)\n");
  assert.equal(
    r.stderr,
    `sourcetrace: ${jsonl}:2: not valid JSON\nsourcetrace: ${join(dir, "nope.txt")}: no such file or directory\nsourcetrace: 2 inputs were skipped; the others were added\n`,
  );
  for (const [args, status, message] of [
    [["corpus", "add", "--db", dir, jsonl], 1, /the corpus path is a directory/],
    [["corpus", "add", jsonl], 2, /need --db/],
    [["corpus", "add", "--db", db], 2, /needs at least one file/],
    [["corpus", "add", "--db", db, jsonl, "--date", "June"], 2, /--date takes an ISO 8601 date/],
    [["corpus", "stats", "--db", db, "--format", "xml"], 2, /text or json/],
    [["corpus", "shuffle"], 2, /unknown corpus command "shuffle"/],
  ] as const) {
    const bad = await cli([...args]);
    assert.equal(bad.status, status, `${args.join(" ")}: ${bad.stderr}`);
    assert.match(bad.stderr, message);
    assert.equal(bad.stderr.trim().split("\n").length <= 2, true, bad.stderr);
  }
});

test("a corpus path that does not exist: stats, find and analyze --corpus refuse it and create nothing", async () => {
  const missing = join(dir, "mistyped.db");
  const article = repoPath("examples/heatwave-blog.txt");
  for (const args of [
    ["corpus", "stats", "--db", missing],
    ["corpus", "find", "--db", missing, article],
    ["analyze", article, "--corpus", missing],
  ]) {
    const r = await cli(args);
    assert.equal(r.status, 1, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, /^sourcetrace: .*no corpus there \(add documents to it first\)\n$/);
    assert.equal(existsSync(missing), false, `${args.join(" ")} created the file`);
  }
});

// Ten thousand small invented documents in one JSONL file.
function generatedCorpus(path: string, count: number): void {
  const random = new Random(10_000);
  const words =
    "harbour council river budget school night train crane bridge mayor report county water field road".split(
      " ",
    );
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 30 }, () => random.pick(words)).join(" ");
    lines.push(JSON.stringify({ id: `gen-${i}`, text: `Document ${i}. ${body}.`, date: "2024-01-01" }));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

const count = (db: string): number => {
  let reader: Database.Database | undefined;
  try {
    reader = new Database(db, { readonly: true, fileMustExist: true });
    return reader.prepare("SELECT count(*) FROM documents").pluck().get() as number;
  } catch {
    return 0; // the file or its schema is not there yet
  } finally {
    reader?.close();
  }
};

test("kill -9 during corpus add of 10k documents, then a rerun: every document once, integrity ok", async () => {
  const jsonl = join(dir, "ten-thousand.jsonl");
  const db = join(dir, "killed.db");
  const total = 10_000;
  generatedCorpus(jsonl, total);
  const main = repoPath("dist/cli/main.js");
  const child = spawn(process.execPath, [main, "corpus", "add", "--db", db, jsonl], { stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, signal) => resolve(signal)),
  );
  // Kill it once some batches are committed and before it is done.
  let stored = 0;
  for (let tries = 0; tries < 3000 && child.exitCode === null; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    stored = count(db);
    if (stored > 0) break;
  }
  child.kill("SIGKILL");
  assert.equal(await exited, "SIGKILL", "the first run was killed, not finished");
  const atKill = count(db);
  assert.ok(atKill > 0 && atKill < total, `killed mid-run (${atKill} stored)`);
  const rerun = await cli(["corpus", "add", "--db", db, jsonl]);
  assert.equal(rerun.status, 0, rerun.stderr);
  const store = new SqliteStore(db);
  const ids: string[] = [];
  for await (const meta of store.list()) ids.push(meta.id);
  assert.equal(ids.length, total);
  assert.equal(new Set(ids).size, total);
  assert.ok(
    ids.every((id) => /^gen-\d+$/.test(id)),
    "no document stored twice under a second id",
  );
  assert.equal((await store.stats()).integrity, "ok");
  await store.close();
  assert.match(
    rerun.stdout,
    new RegExp(`^added ${total - atKill} documents \\(\\d+ already in the corpus\\)\\n$`),
  );
});

test("corpus find lists the example's source with its score and passages; analyze --corpus uses it and says so", async () => {
  const db = join(dir, "find.db");
  const blog = repoPath("examples/heatwave-blog.txt");
  const source = repoPath("examples/heatwave-report.txt");
  const unrelated = join(dir, "unrelated.txt");
  writeFileSync(
    unrelated,
    "The county library opens a new reading room for children this autumn, with longer hours.",
  );
  assert.equal((await cli(["corpus", "add", "--db", db, source, unrelated])).status, 0);
  const json = await cli(["corpus", "find", "--db", db, blog, "--format", "json"]);
  assert.equal(json.status, 0, json.stderr);
  const { candidates } = JSON.parse(json.stdout);
  assert.deepEqual(
    candidates.map((c: Record<string, unknown>) => [c.id, c.location, c.title, c.date]),
    [[source, source, "Reservoirs at record low as Marlow Valley rations water", null]],
  );
  assert.ok(candidates[0].score > 0.3 && candidates[0].sharedWords > 50);
  for (const p of candidates[0].passages) assert.ok(p.start < p.end && p.sourceStart < p.sourceEnd);
  const text = await cli(["corpus", "find", "--db", db, blog]);
  assert.match(
    text.stdout,
    /^# {2}score {2}words {2}passages {2}date {2}document\n1 {2}0\.\d{3} {2}\d+ +\d+ +heatwave|\/heatwave-report\.txt "Reservoirs/,
  );
  const alone = await cli(["corpus", "find", "--db", db, unrelated]);
  assert.equal(alone.stdout, "no source found in the corpus\n");

  const viaCorpus = await cli(["analyze", blog, "--corpus", db, "--format", "json"]);
  assert.equal(viaCorpus.status, 0, viaCorpus.stderr);
  const report = JSON.parse(viaCorpus.stdout);
  assertValidReport(report);
  assert.deepEqual(
    report.sources.map((s: { id: string }) => s.id),
    ["heatwave-report.txt"],
  );
  assert.equal(report.corpus.candidates[0].id, "heatwave-report.txt");
  assert.equal(report.corpus.candidates[0].corpusId, source);
  const viaSource = JSON.parse((await cli(["analyze", blog, "--source", source, "--format", "json"])).stdout);
  assert.deepEqual(report.matches, viaSource.matches, "the corpus source gives the analysis --source gives");
  const summary = await cli(["analyze", blog, "--corpus", db]);
  assert.match(
    summary.stdout,
    /sources found in the corpus: heatwave-report\.txt \(score 0\.\d{3}, \d+ words shared, cited\)/,
  );
  const both = await cli(["analyze", blog, "--source", source, "--corpus", db, "--format", "json"]);
  assert.equal(
    JSON.parse(both.stdout).sources.length,
    1,
    "a corpus candidate given with --source is not added twice",
  );
  const usage = await cli(["analyze", blog, "--top", "2"]);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /--top goes with --corpus/);
});
