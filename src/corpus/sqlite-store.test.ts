import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openStore } from "./open-store.js";
import { SqliteStore } from "./sqlite-store.js";
import { storeConformance } from "./store-conformance.js";

const dir = mkdtempSync(join(tmpdir(), "sourcetrace-corpus-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let opened = 0;

storeConformance("sqlite", async () => new SqliteStore(join(dir, `conformance-${++opened}.db`)));

test("a SQLite corpus keeps its documents and postings across close and reopen", async () => {
  const path = join(dir, "reopen.db");
  const first = await openStore(path);
  await first.add({ id: "x", contentHash: "h-x", location: "x.txt", text: "x text" }, Uint32Array.of(7, 8));
  await first.close();
  const second = await openStore(path);
  assert.equal(second.kind, "sqlite");
  assert.equal((await second.get("x"))?.text, "x text");
  assert.deepEqual(await second.candidates(Uint32Array.of(8), { dfCap: 5, limit: 5 }), [
    { id: "x", shared: 1 },
  ]);
  await second.close();
});

test("a batch is added in one transaction: a refused document takes the batch with it", async () => {
  const store = new SqliteStore(join(dir, "batch.db"));
  await store.add(
    { id: "held", contentHash: "h-held", location: "held.txt", text: "held" },
    Uint32Array.of(1),
  );
  await assert.rejects(
    store.addBatch([
      {
        doc: { id: "new", contentHash: "h-new", location: "new.txt", text: "new" },
        hashes: Uint32Array.of(2),
      },
      {
        doc: { id: "held", contentHash: "h-other", location: "o.txt", text: "other" },
        hashes: Uint32Array.of(3),
      },
    ]),
  );
  assert.equal(await store.get("new"), undefined);
  assert.deepEqual(
    await store.addBatch([
      {
        doc: { id: "new", contentHash: "h-new", location: "new.txt", text: "new" },
        hashes: Uint32Array.of(2),
      },
      {
        doc: { id: "held2", contentHash: "h-held", location: "h.txt", text: "held" },
        hashes: Uint32Array.of(1),
      },
    ]),
    [true, false],
  );
  await store.close();
});

test("openStore refuses a directory and a file that is not a database, in one line", async () => {
  await assert.rejects(openStore(dir), /is a directory/);
  const { writeFileSync } = await import("node:fs");
  const junk = join(dir, "junk.db");
  writeFileSync(junk, "this is not a SQLite database, only some text long enough to be read as a header....");
  await assert.rejects(
    openStore(junk),
    (e: Error) => /cannot open the corpus/.test(e.message) && !e.message.includes("\n"),
  );
});

test("a store of the earlier layout is brought up to date on opening", async () => {
  const path = join(dir, "earlier.db");
  const { default: Database } = await import("better-sqlite3");
  const old = new Database(path);
  // The layout before hashes were kept beside each document, pairs marked and titles indexed.
  old.exec(`
    CREATE TABLE documents (doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL UNIQUE,
      location TEXT NOT NULL, url TEXT, title TEXT, outlet TEXT, date TEXT, authors TEXT, text TEXT NOT NULL) STRICT;
    CREATE TABLE postings (hash INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (hash, doc)) WITHOUT ROWID, STRICT;
    CREATE TABLE edges (from_id TEXT NOT NULL, to_id TEXT NOT NULL, edge TEXT NOT NULL, PRIMARY KEY (from_id, to_id)) WITHOUT ROWID, STRICT;
    INSERT INTO documents (doc, id, content_hash, location, title, authors, text)
      VALUES (1, 'x', 'h-x', 'x.txt', 'The Silt Contract', '["Ann Lee"]', 'x text'),
             (2, 'y', 'h-y', 'y.txt', NULL, NULL, 'y text'),
             (3, 'z', 'h-z', 'z.txt', NULL, NULL, 'z text');
    INSERT INTO postings VALUES (7, 1), (7, 2), (7, 3), (8, 1), (8, 2), (8, 3);
    INSERT INTO edges VALUES ('y', 'x', '{}');
  `);
  old.close();
  const store = new SqliteStore(path);
  try {
    assert.deepEqual(
      (await store.metaMatches(["t:silt", "a:lee"], 2)).map((m) => m.id),
      ["x"],
    );
    const pairs = [];
    for await (const p of store.sharedPairs({ dfCap: 5, minShared: 2, unchecked: true }))
      pairs.push(`${p.a}-${p.b}`);
    assert.deepEqual(pairs.sort(), ["x-z", "y-z"]);
    assert.equal((await store.stats()).integrity, "ok");
  } finally {
    await store.close();
  }
});
