import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { clusterCorpus } from "./cluster-corpus.js";
import { SqliteStore } from "./sqlite-store.js";
import type { CorpusDocument } from "./types.js";

const dir = mkdtempSync(join(tmpdir(), "sourcetrace-cluster-corpus-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const doc = (id: string, text: string): CorpusDocument => ({
  id,
  contentHash: `hash-${id}`,
  location: `${id}.txt`,
  text,
});

const FIVE = Uint32Array.of(1, 2, 3, 4, 5);

test("a pair aligned to no edge is not aligned again; a new document's pairs are", async () => {
  const store = new SqliteStore(join(dir, "rerun.db"));
  try {
    // The hashes say the two share five n-grams; their texts share no passage: no edge.
    await store.add(doc("north", "Rain fell over the northern valley through the whole night."), FIVE);
    await store.add(doc("south", "A quiet market opened late on the southern square today."), FIVE);
    const first = await clusterCorpus(store);
    assert.deepEqual([first.pairs, first.aligned, first.stored], [1, 1, 0]);
    const again = await clusterCorpus(store);
    assert.deepEqual([again.pairs, again.aligned, again.stored], [0, 0, 0]);
    await store.add(doc("east", "Rain fell over the northern valley through the whole night."), FIVE);
    const third = await clusterCorpus(store);
    // east-north and east-south are new; north-south was aligned already.
    assert.equal(third.pairs, 2);
    assert.equal(third.stored, 1);
    assert.deepEqual(
      third.clusters.map((c) => c.members.map((m) => m.id).sort()),
      [["east", "north"]],
    );
  } finally {
    await store.close();
  }
});
