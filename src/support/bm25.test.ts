import assert from "node:assert/strict";
import { test } from "node:test";
import MiniSearch from "minisearch";
import { Random } from "../testing/prng.js";
import { Bm25Index } from "./bm25.js";

// The index replaced MiniSearch for speed; its scores and its order of equal scores must stay
// MiniSearch's, bit for bit, or support ratings would change with it.
function reference(documents: string[]) {
  const search = new MiniSearch<{ id: number; terms: string }>({
    fields: ["terms"],
    tokenize: (s) => s.split(" "),
    processTerm: (t) => t || null,
    searchOptions: { combineWith: "OR" },
  });
  search.addAll(documents.map((terms, id) => ({ id, terms })));
  return (query: string, limit: number) =>
    search
      .search(query)
      .slice(0, limit)
      .map((h) => `${h.id}:${h.score}`);
}

test("scores and ranks every hit as MiniSearch's BM25+ does, ties included", () => {
  const r = new Random(7);
  // A small vocabulary gives many equal scores; empty documents and repeated terms are kept.
  const vocabulary = Array.from({ length: 40 }, (_, i) => `t${i}`);
  const documents = Array.from({ length: 300 }, () =>
    Array.from({ length: r.int(0, 12) }, () => r.pick(vocabulary)).join(" "),
  );
  const index = new Bm25Index(documents);
  const expected = reference(documents);
  for (let q = 0; q < 200; q++) {
    const query = Array.from({ length: r.int(1, 6) }, () => r.pick([...vocabulary, "absent"])).join(" ");
    const limit = r.pick([1, 5, 100, 1000]);
    const got = index.top(query, limit).map((h) => `${h.doc}:${h.score}`);
    assert.deepEqual(got, expected(query, limit), query);
  }
});

test("documents given as their terms score as the same terms joined by spaces", () => {
  const r = new Random(11);
  const vocabulary = ["harbour", "ferry", "toll", "pier", "harbour toll", "", "late-running"];
  const termLists = Array.from({ length: 200 }, () => [
    ...new Set(Array.from({ length: r.int(0, 6) }, () => r.pick(vocabulary))),
  ]);
  const joined = new Bm25Index(termLists.map((terms) => terms.join(" ")));
  const given = new Bm25Index(termLists.map((terms) => new Set(terms)));
  for (let q = 0; q < 100; q++) {
    const query = Array.from({ length: r.int(1, 4) }, () => r.pick(vocabulary)).join(" ");
    assert.deepEqual(given.top(query, 50), joined.top(query, 50), query);
  }
});

test("a query of terms no document holds finds nothing", () => {
  assert.deepEqual(new Bm25Index(["a b", "b c"]).top("x y", 5), []);
  assert.deepEqual(new Bm25Index([]).top("a", 5), []);
});

test("the document holding more of the query's distinct terms ranks first", () => {
  const index = new Bm25Index(["flood river", "flood", "river bank flood"]);
  assert.deepEqual(
    index.top("flood river bank", 3).map((h) => h.doc),
    [2, 0, 1],
  );
});
