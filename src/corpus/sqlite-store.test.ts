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
