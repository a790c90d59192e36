import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { freshDatabase, pgSkip } from "../testing/postgres.js";
import { openStore } from "./open-store.js";
import { openPgStore } from "./pg-store.js";
import { storeConformance } from "./store-conformance.js";
import type { CorpusDocument, CorpusStore, ReuseEdge } from "./types.js";

// What only the PostgreSQL back end has to show: concurrent openers, concurrent writers of the same
// content, unsigned hashes in signed columns, and an integrity check that finds real damage.

const skip = pgSkip();

// The suite SQLite passes, each store in a database of its own (dropped when the store closes).
if (skip) test("corpus store conformance: postgres", { skip }, () => {});
else
  storeConformance("postgres", async () => {
    const database = await freshDatabase();
    const store = await openStore(database.url);
    const close = store.close.bind(store);
    return Object.assign(store, {
      close: async () => {
        await close();
        await database.drop();
      },
    });
  });

function doc(id: string, text: string): CorpusDocument {
  return { id, contentHash: `hash-of-${text}`, location: `${id}.txt`, text };
}

const edge = (from: string, to: string, sharedWords: number): ReuseEdge => ({
  from,
  to,
  sharedWords,
  coverage: { from: 0.5, to: 0.25 },
  direction: "dates",
  why: `${from} is dated earlier`,
  edits: { inserted: 1, deleted: 0, substituted: 2, examples: ['"42" -> "48"'] },
});

test("a database that cannot be opened is one line naming it, without its password", async () => {
  await assert.rejects(openStore("postgres://reader:s3cret-word@127.0.0.1:1/corpus"), (error: Error) => {
    assert.match(
      error.message,
      /^postgres:\/\/reader:\*\*\*@127\.0\.0\.1:1\/corpus: cannot open the corpus database: /,
    );
    assert.equal(error.message.includes("s3cret"), false);
    assert.equal(error.message.includes("\n"), false);
    return true;
  });
});

describe("PostgreSQL corpus store", { skip }, () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let store: CorpusStore;
  before(async () => {
    database = await freshDatabase();
    // Four processes opening a new store at once: one creates the schema, the others wait for it.
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPgStore(database.url)));
    for (const extra of stores.slice(1)) await extra.close();
    store = stores[0];
  });
  after(async () => {
    await store?.close();
    await database?.drop();
  });

  test("hashes above 2^31 are stored and found again", async () => {
    const high = Uint32Array.of(0xffffffff, 0x80000000, 7);
    assert.equal(await store.add(doc("high", "high hashes"), high), true);
    assert.deepEqual(
      await store.candidates(Uint32Array.of(0xffffffff, 0x80000000), { dfCap: 10, limit: 5 }),
      [{ id: "high", shared: 2 }],
    );
  });

  test("eight concurrent writers of one content store it once", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store.add(doc(`same-${i}`, "the same words"), Uint32Array.of(1, 2, 3)),
      ),
    );
    assert.equal(results.filter(Boolean).length, 1);
    assert.equal(await store.hasContent("hash-of-the same words"), true);
  });

  test("a batch is one transaction: a refused document takes the batch with it", async () => {
    const batch = (id: string, text: string, hash: number) => ({
      doc: doc(id, text),
      hashes: Uint32Array.of(hash),
    });
    await store.add(doc("held", "held text"), Uint32Array.of(41));
    const pg = store as CorpusStore & { addBatch(b: ReturnType<typeof batch>[]): Promise<boolean[]> };
    await assert.rejects(pg.addBatch([batch("new", "new text", 42), batch("held", "other text", 43)]));
    assert.equal(await store.get("new"), undefined);
    assert.deepEqual(await pg.addBatch([batch("new", "new text", 42), batch("held-2", "held text", 41)]), [
      true,
      false,
    ]);
  });

  test("candidates ignore hashes held by more documents than the cap", async () => {
    // 100 is in three documents, 200 in two: with a cap of 2 only 200 counts.
    await store.add(doc("c1", "one"), Uint32Array.of(100, 200));
    await store.add(doc("c2", "two"), Uint32Array.of(100, 200));
    await store.add(doc("c3", "three"), Uint32Array.of(100));
    const hits = await store.candidates(Uint32Array.of(100, 200), { dfCap: 2, limit: 10 });
    assert.deepEqual(hits, [
      { id: "c1", shared: 1 },
      { id: "c2", shared: 1 },
    ]);
    const excluded = await store.candidates(Uint32Array.of(100, 200), {
      dfCap: 3,
      limit: 10,
      excludeId: "c1",
    });
    assert.deepEqual(excluded, [
      { id: "c2", shared: 2 },
      { id: "c3", shared: 1 },
    ]);
  });

  test("shared pairs stream past one fetch batch", async () => {
    // 60 documents sharing one rare hash each with the next: 59 pairs, and 1,770 with a common hash.
    for (let i = 0; i < 60; i++) {
      await store.add(
        doc(`chain-${String(i).padStart(2, "0")}`, `chain ${i}`),
        Uint32Array.of(5000 + i, 5001 + i, 9999),
      );
    }
    const pairs = [];
    for await (const pair of store.sharedPairs({ dfCap: 100, minShared: 1 })) {
      if (pair.a.startsWith("chain-")) pairs.push(pair);
    }
    assert.equal(pairs.length, (60 * 59) / 2);
    assert.deepEqual(pairs[0], { a: "chain-00", b: "chain-01", shared: 2 });
    const rare = [];
    for await (const pair of store.sharedPairs({ dfCap: 2, minShared: 1 })) {
      if (pair.a.startsWith("chain-")) rare.push(`${pair.a}~${pair.b}`);
    }
    assert.equal(rare.length, 59);
    // Stopping early hands the connection back in a usable state.
    for await (const _ of store.sharedPairs({ dfCap: 100, minShared: 1 })) break;
    assert.equal((await store.stats()).integrity, "ok");
  });

  test("edges are replaced per (from, to) and come back whole", async () => {
    await store.putEdges([edge("a", "b", 10), edge("b", "a", 3), edge("a", "b", 12)]);
    await store.putEdges([edge("b", "a", 4)]);
    const stored = [];
    for await (const e of store.edges()) stored.push(e);
    assert.deepEqual(stored, [edge("a", "b", 12), edge("b", "a", 4)]);
  });

  test("the integrity check finds postings without their document and documents missing postings", async () => {
    assert.equal((await store.stats()).integrity, "ok");
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("INSERT INTO corpus_postings VALUES (1, 999999)");
      assert.equal((await store.stats()).integrity, "1 postings of a document that is not stored");
      await client.query("DELETE FROM corpus_postings WHERE doc = 999999");
      await client.query(
        "DELETE FROM corpus_postings WHERE doc = (SELECT seq FROM corpus_documents WHERE id = 'c1') AND hash = 100",
      );
      assert.equal((await store.stats()).integrity, "1 documents whose postings are incomplete");
    } finally {
      await client.end();
    }
  });
});
