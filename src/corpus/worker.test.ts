import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { repoPath, runCliCaptured } from "../testing/helpers.js";
import { freshDatabase, pgSkip } from "../testing/postgres.js";
import { Random } from "../testing/prng.js";
import { clusterCorpus } from "./cluster-corpus.js";
import { openPgStore } from "./pg-store.js";
import { enqueueDocuments, openQueue, queueStatus } from "./queue.js";
import { shingleHashes } from "./shingles.js";
import type { CorpusDocument, CorpusStore } from "./types.js";

// The queue's promise: a corpus built by several worker processes sharing the job queue is the
// corpus one process builds, and a worker killed mid-run costs nothing but time.

const skip = pgSkip();

const WORDS = (
  "harbour council budget river bridge school rail station winter storm repair contract " +
  "mayor engineer report delay closure crews residents traffic ferry inquiry funding cost " +
  "spring flood barrier tender audit minister visit survey tunnel road fares workers union " +
  "strike talks offer vote week month night morning evening north south east west old new " +
  "small large early late public private local national first second third final open shut"
).split(" ");

/** Sentences of invented words: a seeded text no two families share. */
function invent(random: Random, sentences: number): string[] {
  return Array.from({ length: sentences }, () => {
    const words = Array.from({ length: random.int(9, 16) }, () => random.pick(WORDS));
    return `${words[0][0].toUpperCase()}${words.join(" ").slice(1)}.`;
  });
}

function doc(id: string, sentences: string[], date: string): CorpusDocument {
  const text = sentences.join(" ");
  return {
    id,
    contentHash: createHash("sha256").update(text).digest("hex"),
    location: `${id}.txt`,
    text,
    date,
  };
}

/**
 * Six families (an original, a verbatim copy, a copy trimmed to its first half, a copy with words
 * changed and a sentence of its own, dated a day apart) and six unrelated texts.
 */
function generatedCorpus(): CorpusDocument[] {
  const random = new Random(19);
  const docs: CorpusDocument[] = [];
  for (let f = 0; f < 6; f++) {
    const original = invent(random, 12);
    const edited = original.map((s, i) => (i % 3 === 1 ? s.replace(/ (\w+) /, " altered ") : s));
    docs.push(
      doc(`f${f}-original`, original, `2024-03-0${f + 1}`),
      doc(`f${f}-copy`, [...original, "Read more on our site."], `2024-03-1${f}`),
      doc(`f${f}-trimmed`, original.slice(0, 6), `2024-03-2${f}`),
      doc(`f${f}-edited`, [...invent(random, 1), ...edited], `2024-04-0${f + 1}`),
    );
  }
  for (let u = 0; u < 6; u++) docs.push(doc(`unrelated-${u}`, invent(random, 10), "2024-05-01"));
  return docs;
}

async function* each<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}

/**
 * Documents (with text), edges and clusters of a store, in a form two stores can be compared by;
 * `stored` is the number of edges clustering had to add (every pair without one is aligned first).
 */
async function snapshot(store: CorpusStore): Promise<{ json: string; stored: number }> {
  const { clusters, stored } = await clusterCorpus(store);
  const documents = [];
  for await (const meta of store.list()) documents.push(await store.get(meta.id));
  documents.sort((x, y) => ((x?.id ?? "") < (y?.id ?? "") ? -1 : 1));
  const edges = [];
  for await (const edge of store.edges()) edges.push(edge);
  const stats = await store.stats();
  const json = JSON.stringify({
    documents,
    edges,
    clusters,
    stats: [stats.documents, stats.postings, stats.integrity],
  });
  return { json, stored };
}

const workerModule = new URL("./worker.js", import.meta.url).href;

/** A worker in a process of its own, as on another machine. */
function spawnWorker(url: string, options: { once: boolean; concurrency?: number }): ChildProcess {
  const script = `
    const { runCorpusWorker } = await import(${JSON.stringify(workerModule)});
    const summary = await runCorpusWorker(process.env.CORPUS_URL, {
      once: ${options.once}, concurrency: ${options.concurrency ?? 1}, reclaimAfterSeconds: 1,
      onError: (line) => process.stderr.write(line + "\\n"),
    });
    process.stdout.write(JSON.stringify(summary));`;
  return spawn(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, CORPUS_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** `sourcetrace corpus worker --once` in a process of its own. */
function spawnCliWorker(url: string): ChildProcess {
  return spawn(process.execPath, [repoPath("dist/cli/main.js"), "corpus", "worker", "--db", url, "--once"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** What a worker printed on standard output, once it has exited with status 0. */
async function finished(child: ChildProcess): Promise<string> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(code, 0, `worker exited with ${code}: ${stderr}`);
  return stdout;
}

test("corpus worker needs a PostgreSQL corpus and a sane concurrency, said in one line", async () => {
  const sqlite = await runCliCaptured(["corpus", "worker", "--db", "corpus.db"]);
  assert.equal(sqlite.status, 2);
  assert.match(
    sqlite.stderr,
    /^sourcetrace: corpus worker needs --db postgres:\/\/…: the job queue lives in the PostgreSQL corpus\n/,
  );
  const concurrency = await runCliCaptured([
    "corpus",
    "worker",
    "--db",
    "postgres://x@127.0.0.1:1/c",
    "--concurrency",
    "0",
  ]);
  assert.equal(concurrency.status, 2);
  assert.match(concurrency.stderr, /--concurrency takes a whole number from 1 to 64, not "0"/);
  const unreachable = await runCliCaptured([
    "corpus",
    "worker",
    "--db",
    "postgres://x:secret@127.0.0.1:1/c",
    "--once",
  ]);
  assert.equal(unreachable.status, 1);
  assert.match(
    unreachable.stderr,
    /^sourcetrace: postgres:\/\/x:\*\*\*@127\.0\.0\.1:1\/c: cannot open the corpus database: .*\n$/,
  );
});

describe("corpus workers on the PostgreSQL queue", { skip }, () => {
  const corpus = generatedCorpus();
  const databases: Awaited<ReturnType<typeof freshDatabase>>[] = [];
  let reference: string;

  async function newDatabase(): Promise<string> {
    const database = await freshDatabase();
    databases.push(database);
    return database.url;
  }

  async function enqueued(url: string): Promise<void> {
    const queue = await openQueue(url);
    try {
      assert.equal(await enqueueDocuments(queue, each(corpus)), corpus.length);
    } finally {
      await queue.release();
    }
  }

  before(async () => {
    // The single-process build: every document added in order, then every candidate pair aligned.
    const store = await openPgStore(await newDatabase());
    try {
      for (const d of corpus) await store.add(d, shingleHashes(d.text));
      reference = (await snapshot(store)).json;
    } finally {
      await store.close();
    }
    const { clusters } = JSON.parse(reference);
    // The reference is worth comparing with: every family is one cluster, from its original.
    assert.deepEqual(
      clusters.map((c: { earliest: string; members: unknown[] }) => [c.earliest, c.members.length]),
      [0, 1, 2, 3, 4, 5].map((f) => [`f${f}-original`, 4]),
    );
  });
  after(async () => {
    for (const database of databases) await database.drop();
  });

  test("four worker processes build the corpus one process builds", async () => {
    const url = await newDatabase();
    await enqueued(url);
    const lines = await Promise.all([1, 2, 3, 4].map(() => finished(spawnCliWorker(url))));
    const stored = lines.map((line) =>
      Number(/^stored (\d+) documents?, aligned \d+ pairs? \(\d+ reuse edges?\)\n$/.exec(line)?.[1]),
    );
    assert.equal(
      stored.reduce((n, s) => n + s, 0),
      corpus.length,
      lines.join(""),
    );
    // How the jobs fall between the four depends on when each process starts (a loaded machine may
    // start one late): not asserted. Every edge was found by the workers, none left to clustering.
    const store = await openPgStore(url);
    try {
      const built = await snapshot(store);
      assert.equal(built.stored, 0);
      assert.equal(built.json, reference);
    } finally {
      await store.close();
    }
  });

  test("a worker killed mid-run leaves its jobs to the next one, and the store consistent", async () => {
    const url = await newDatabase();
    await (await openPgStore(url)).close();
    await enqueued(url);
    const victim = spawnWorker(url, { once: false, concurrency: 2 });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Killed as soon as it has stored something: mid-run, with jobs of its own in flight.
      for (let stored = 0; stored === 0; ) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const { rows } = await client.query("SELECT count(*)::int AS n FROM corpus_documents");
        stored = rows[0].n;
      }
      victim.kill("SIGKILL");
      await new Promise((resolve) => victim.on("close", resolve));
    } finally {
      await client.end();
    }
    const summary = JSON.parse(await finished(spawnWorker(url, { once: true })));
    assert.deepEqual(summary.failed, []);
    const store = await openPgStore(url);
    const queue = await openQueue(url);
    try {
      assert.equal((await queueStatus(queue)).pending, 0);
      const built = await snapshot(store);
      assert.equal(built.stored, 0);
      assert.equal(built.json, reference);
    } finally {
      await queue.release();
      await store.close();
    }
  });
});
