import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { CorpusDocument, CorpusStore, ReuseEdge } from "./types.js";

/** A document for the suite: the content hash is the SHA-256 of the text, as the ingester makes it. */
function doc(id: string, text: string, meta: Partial<CorpusDocument> = {}): CorpusDocument {
  return {
    id,
    contentHash: createHash("sha256").update(text).digest("hex"),
    location: `${id}.txt`,
    text,
    ...meta,
  };
}

const hashes = (...values: number[]): Uint32Array => Uint32Array.from(values);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function edge(from: string, to: string, sharedWords: number): ReuseEdge {
  return {
    from,
    to,
    sharedWords,
    coverage: { from: 0.5, to: 0.75 },
    direction: "dates",
    why: `${from} is dated before ${to}`,
    edits: { inserted: 1, deleted: 0, substituted: 2, examples: ['"18" -> "15"'] },
  };
}

/**
 * Registers the suite every {@link CorpusStore} back end must pass. `open` gives a new, empty
 * store each time it is called; the suite closes every store it opens.
 */
export function storeConformance(name: string, open: () => Promise<CorpusStore>): void {
  describe(`corpus store conformance: ${name}`, () => {
    let store: CorpusStore;
    before(async () => {
      store = await open();
      // h1 is in a, b, c; h2 in a, b; h3 in a; h9 in every one of the five (over a cap of 4).
      await store.add(
        doc("a", "alpha text", { title: "Alpha", date: "2024-01-02", authors: ["Ann Lee", "Bo Chan"] }),
        hashes(1, 2, 3, 9),
      );
      await store.add(
        doc("b", "bravo text", { url: "https://example.org/b", outlet: "Example" }),
        hashes(1, 2, 9),
      );
      await store.add(doc("c", "charlie text"), hashes(1, 9, 20));
      await store.add(doc("d", "delta text"), hashes(9, 20, 21));
      await store.add(doc("e", "echo text"), hashes(9, 20, 21));
    });
    after(async () => {
      await store.close();
    });

    test("keeps each document with its metadata, and lists them in the order added", async () => {
      const a = await store.get("a");
      assert.deepEqual(
        a,
        doc("a", "alpha text", { title: "Alpha", date: "2024-01-02", authors: ["Ann Lee", "Bo Chan"] }),
      );
      const b = await store.get("b");
      assert.equal(b?.url, "https://example.org/b");
      assert.equal(b?.outlet, "Example");
      assert.equal(b?.title, undefined);
      assert.equal(await store.get("zulu"), undefined);
      const listed = await collect(store.list());
      assert.deepEqual(
        listed.map((m) => m.id),
        ["a", "b", "c", "d", "e"],
      );
      assert.equal("text" in listed[0], false);
      assert.deepEqual(listed[0].authors, ["Ann Lee", "Bo Chan"]);
    });

    test("adding a text whose content hash is stored is a no-op, whatever its id", async () => {
      const before = await store.stats();
      assert.equal(await store.add(doc("a-again", "alpha text"), hashes(1, 2, 3, 77)), false);
      assert.equal(await store.get("a-again"), undefined);
      assert.equal(await store.hasContent(doc("x", "alpha text").contentHash), true);
      assert.equal(await store.hasContent(doc("x", "never stored").contentHash), false);
      const after = await store.stats();
      assert.equal(after.documents, before.documents);
      assert.equal(after.postings, before.postings);
    });

    test("a document refused (its id held by another text) leaves neither it nor its postings", async () => {
      const before = await store.stats();
      await assert.rejects(store.add(doc("a", "another text under a's id"), hashes(555, 556)));
      assert.equal(await store.hasContent(doc("a", "another text under a's id").contentHash), false);
      assert.deepEqual(await store.candidates(hashes(555, 556), { dfCap: 10, limit: 10 }), []);
      const after = await store.stats();
      assert.equal(after.documents, before.documents);
      assert.equal(after.postings, before.postings);
    });

    test("candidates: most shared hashes first, ties by id, limited, over-cap hashes ignored", async () => {
      const hits = await store.candidates(hashes(1, 2, 3, 9, 20), { dfCap: 4, limit: 10 });
      // h9 is in five documents, over the cap: it counts for none.
      assert.deepEqual(hits, [
        { id: "a", shared: 3 },
        { id: "b", shared: 2 },
        { id: "c", shared: 2 },
        { id: "d", shared: 1 },
        { id: "e", shared: 1 },
      ]);
      const capped = await store.candidates(hashes(1, 2, 3, 9, 20), { dfCap: 5, limit: 2 });
      assert.deepEqual(capped, [
        { id: "a", shared: 4 },
        { id: "b", shared: 3 },
      ]);
      const excluding = await store.candidates(hashes(1, 2, 3), { dfCap: 4, limit: 10, excludeId: "a" });
      assert.deepEqual(excluding, [
        { id: "b", shared: 2 },
        { id: "c", shared: 1 },
      ]);
      assert.deepEqual(await store.candidates(hashes(), { dfCap: 4, limit: 10 }), []);
      assert.deepEqual(await store.candidates(hashes(4242), { dfCap: 4, limit: 10 }), []);
    });

    test("a repeated query hash counts once", async () => {
      assert.deepEqual(await store.candidates(hashes(3, 3, 3), { dfCap: 4, limit: 10 }), [
        { id: "a", shared: 1 },
      ]);
    });

    test("hashes above 2^31 are kept and found", async () => {
      const local = await open();
      try {
        await local.add(doc("big", "big hash text"), hashes(0xffffffff, 0x80000000));
        assert.deepEqual(await local.candidates(hashes(0xffffffff), { dfCap: 4, limit: 1 }), [
          { id: "big", shared: 1 },
        ]);
        assert.deepEqual(await local.candidates(hashes(0x80000000), { dfCap: 4, limit: 1 }), [
          { id: "big", shared: 1 },
        ]);
      } finally {
        await local.close();
      }
    });

    test("sharedPairs: every pair sharing enough hashes under the cap, counted", async () => {
      const pairs = await collect(store.sharedPairs({ dfCap: 4, minShared: 1 }));
      const seen = pairs.map((p) => `${[p.a, p.b].sort().join("-")}:${p.shared}`).sort();
      // h1: a-b a-c b-c; h2: a-b; h20: c-d c-e d-e; h21: d-e. h9 (five documents) is over the cap.
      assert.deepEqual(seen, ["a-b:2", "a-c:1", "b-c:1", "c-d:1", "c-e:1", "d-e:2"]);
      const strong = await collect(store.sharedPairs({ dfCap: 4, minShared: 2 }));
      assert.deepEqual(strong.map((p) => `${[p.a, p.b].sort().join("-")}:${p.shared}`).sort(), [
        "a-b:2",
        "d-e:2",
      ]);
    });

    test("sharedPairs unchecked: pairs aligned (with an edge or none) are left out, the others stay", async () => {
      const local = await open();
      try {
        await local.add(doc("p", "p text"), hashes(1, 2));
        await local.add(doc("q", "q text"), hashes(1, 2));
        await local.add(doc("r", "r text"), hashes(1, 2));
        const pairsOf = async (unchecked: boolean) =>
          (await collect(local.sharedPairs({ dfCap: 4, minShared: 2, unchecked })))
            .map((p) => [p.a, p.b].sort().join("-"))
            .sort();
        assert.deepEqual(await pairsOf(true), ["p-q", "p-r", "q-r"]);
        // q-p aligned to an edge (given in either order), r-p aligned to nothing.
        await local.putEdges([edge("q", "p", 9)], [["r", "p"]]);
        assert.deepEqual(await pairsOf(true), ["q-r"]);
        assert.deepEqual(await pairsOf(false), ["p-q", "p-r", "q-r"]);
        // A pair marked twice is still one mark; a new document brings its own pairs.
        await local.putEdges([], [["p", "r"]]);
        await local.add(doc("s", "s text"), hashes(1, 2, 5));
        assert.deepEqual(await pairsOf(true), ["p-s", "q-r", "q-s", "r-s"]);
        assert.deepEqual(
          (await collect(local.edges())).map((e) => `${e.from}>${e.to}`),
          ["q>p"],
        );
      } finally {
        await local.close();
      }
    });

    test("metaMatches: documents holding enough of the title and author keys, in the order added", async () => {
      const local = await open();
      try {
        await local.add(
          doc("m1", "m1 text", { title: "The Silt Contract", authors: ["Ann Lee", "Bo Chan"] }),
          hashes(1),
        );
        await local.add(doc("m2", "m2 text", { title: "Silt in the River" }), hashes(2));
        await local.add(doc("m3", "m3 text", { authors: ["Cy Chan"] }), hashes(3));
        await local.add(doc("m4", "m4 text"), hashes(4));
        const ids = async (keys: string[], min: number) =>
          (await local.metaMatches(keys, min)).map((m) => m.id);
        assert.deepEqual(await ids(["t:silt", "t:contract"], 2), ["m1"]);
        assert.deepEqual(await ids(["t:silt", "t:contract"], 1), ["m1", "m2"]);
        assert.deepEqual(await ids(["t:silt", "t:silt", "t:contract"], 2), ["m1"]);
        assert.deepEqual(await ids(["a:chan"], 1), ["m1", "m3"]);
        assert.deepEqual(await ids(["a:chan", "a:lee"], 2), ["m1"]);
        // A title word is not a surname, nor the other way round.
        assert.deepEqual(await ids(["a:silt", "t:chan"], 1), []);
        assert.deepEqual(await ids([], 0), []);
        assert.deepEqual(await ids(["t:silt"], 2), []);
        const [m1] = await local.metaMatches(["t:contract"], 1);
        assert.deepEqual(m1.authors, ["Ann Lee", "Bo Chan"]);
        assert.equal("text" in m1, false);
      } finally {
        await local.close();
      }
    });

    test("edges: stored, read back, and the same (from, to) replaced", async () => {
      await store.putEdges([edge("a", "b", 10), edge("a", "c", 4)]);
      await store.putEdges([edge("a", "b", 12)]);
      const all = await collect(store.edges());
      const byPair = new Map(all.map((e) => [`${e.from}>${e.to}`, e]));
      assert.equal(all.length, 2);
      assert.deepEqual(byPair.get("a>b"), edge("a", "b", 12));
      assert.deepEqual(byPair.get("a>c"), edge("a", "c", 4));
      await store.putEdges([]);
      assert.equal((await collect(store.edges())).length, 2);
    });

    test("stats: counts, size and a passing integrity check", async () => {
      const stats = await store.stats();
      assert.equal(stats.documents, 5);
      assert.equal(stats.postings, 4 + 3 + 3 + 3 + 3);
      assert.ok(stats.bytes > 0);
      assert.equal(stats.integrity, "ok");
      assert.equal(store.kind === "sqlite" || store.kind === "postgres", true);
    });

    test("an empty store", async () => {
      const empty = await open();
      try {
        assert.deepEqual(await empty.stats().then((s) => [s.documents, s.postings, s.integrity]), [
          0,
          0,
          "ok",
        ]);
        assert.deepEqual(await collect(empty.list()), []);
        assert.deepEqual(await collect(empty.sharedPairs({ dfCap: 10, minShared: 1 })), []);
        assert.deepEqual(await collect(empty.edges()), []);
      } finally {
        await empty.close();
      }
    });
  });
}
