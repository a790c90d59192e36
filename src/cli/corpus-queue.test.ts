import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { after, before, test } from "node:test";
import { repoPath, runCliCaptured } from "../testing/helpers.js";
import { freshDatabase, pgSkip } from "../testing/postgres.js";

// `corpus add --queue`: the documents are read by the command and stored by the workers.
const skip = pgSkip();
let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
before(async () => {
  if (!skip) database = await freshDatabase();
});
after(async () => database?.drop());

const examples = [repoPath("examples/heatwave-blog.txt"), repoPath("examples/heatwave-report.txt")];

test("corpus add --queue queues what it can read, says what it skipped, and a worker stores it", {
  skip,
}, async () => {
  const url = (database as { url: string }).url;
  const queued = await runCliCaptured(["corpus", "add", "--db", url, "--queue", ...examples, "missing.txt"]);
  assert.equal(queued.status, 1, queued.stderr);
  assert.equal(queued.stdout, "queued 2 documents for corpus workers (1 skipped)\n");
  assert.equal(
    queued.stderr,
    "sourcetrace: missing.txt: no such file or directory\nsourcetrace: 1 input was skipped; the others were queued\n",
  );
  const worker = spawn(
    process.execPath,
    [repoPath("dist/cli/main.js"), "corpus", "worker", "--db", url, "--once"],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  worker.stderr.on("data", (chunk) => (stderr += chunk));
  assert.equal(await new Promise((resolve) => worker.on("close", resolve)), 0, stderr);
  const stats = await runCliCaptured(["corpus", "stats", "--db", url, "--format", "json"]);
  assert.equal(stats.status, 0, stats.stderr);
  assert.equal(JSON.parse(stats.stdout).documents, 2);
  const found = await runCliCaptured(["corpus", "find", "--db", url, examples[0], "--format", "json"]);
  assert.deepEqual(
    JSON.parse(found.stdout).candidates.map((c: { id: string }) => c.id),
    [examples[1]],
  );
});

test("corpus add --queue needs a PostgreSQL corpus, said in one line", async () => {
  const r = await runCliCaptured(["corpus", "add", "--db", "corpus.db", "--queue", ...examples]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^sourcetrace: --queue needs a PostgreSQL corpus \(--db postgres:\/\/…\)/);
});
