import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Random } from "../testing/prng.js";
import { buildClusters, type ReuseCluster } from "./clusters.js";
import type { DocumentMeta, ReuseDirectionEvidence, ReuseEdge } from "./types.js";

const meta = (id: string, date?: string): DocumentMeta => ({
  id,
  contentHash: id,
  location: `${id}.txt`,
  ...(date ? { date } : {}),
});

const edge = (
  from: string,
  to: string,
  cover: number,
  direction: ReuseDirectionEvidence = "dates",
): ReuseEdge => ({
  from,
  to,
  sharedWords: 100,
  coverage: { from: cover, to: cover },
  direction,
  why: "invented",
  edits: { inserted: 0, deleted: 0, substituted: 0, examples: [] },
});

// Readable: `earliest (by) : members`.
const show = (clusters: ReuseCluster[]): string[] =>
  clusters.map((c) => `${c.earliest} (${c.earliestBy}): ${c.members.map((m) => m.id).join(" ")}`);

const DOCS = [
  meta("wire", "2024-03-01"),
  meta("blog", "2024-03-02"),
  meta("repost", "2024-03-05"),
  meta("forum"),
  meta("essay", "2023-12-01"),
  meta("review", "2023-12-03"),
  meta("alone", "2020-01-01"),
];

const EDGES = [
  edge("wire", "blog", 0.9),
  edge("blog", "repost", 0.6),
  edge("wire", "forum", 0.8, "undetermined"),
  edge("essay", "review", 0.4),
  // A shared quotation: far below the coverage that makes a copy.
  edge("wire", "essay", 0.05),
];

describe("corpus: reuse clusters", () => {
  test("components over edges above the coverage threshold, earliest by date", () => {
    assert.deepEqual(show(buildClusters(DOCS, EDGES)), [
      "essay (date): essay review",
      "wire (date): wire blog repost forum",
    ]);
  });

  test("the same edges in any order give the same clusters", () => {
    const expected = JSON.stringify(buildClusters(DOCS, EDGES));
    const random = new Random(7);
    for (let round = 0; round < 20; round++) {
      const shuffled = [...EDGES].sort(() => random.next() - 0.5);
      const docs = [...DOCS].sort(() => random.next() - 0.5);
      assert.equal(JSON.stringify(buildClusters(docs, shuffled)), expected);
    }
  });

  test("an undated cluster takes the root of the direction graph", () => {
    const docs = [meta("a"), meta("b"), meta("c"), meta("d")];
    const edges = [
      edge("c", "a", 0.9, "containment"),
      edge("c", "b", 0.9, "edits"),
      edge("a", "d", 0.9, "containment"),
    ];
    assert.deepEqual(show(buildClusters(docs, edges)), ["c (graph): a b c d"]);
  });

  test("a version derived from another is not the earliest even when dated first", () => {
    // The copy carries a wrong early date; the containment evidence says it derives from `wire`.
    const docs = [meta("wire"), meta("copy", "2001-01-01")];
    const edges = [edge("wire", "copy", 0.9, "containment")];
    assert.deepEqual(show(buildClusters(docs, edges)), ["wire (graph): copy wire"]);
  });

  test("nothing decides between two undated versions: undetermined, broken by id", () => {
    const docs = [meta("x"), meta("y")];
    assert.deepEqual(show(buildClusters(docs, [edge("y", "x", 0.9, "undetermined")])), [
      "x (undetermined): x y",
    ]);
  });

  test("edges naming unknown documents are ignored", () => {
    assert.deepEqual(buildClusters([meta("a")], [edge("a", "ghost", 0.9)]), []);
  });
});
