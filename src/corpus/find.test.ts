import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { documentFromString } from "../ingest/index.js";
import { addDocuments } from "./add.js";
import { findSources, sharedPassages } from "./find.js";
import { SqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "sourcetrace-corpus-find-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let stores = 0;

const REPORT =
  "The harbour authority said on Monday that the northern breakwater will close for repairs in March. " +
  "Engineers found cracks along forty metres of the wall after the January storms. " +
  "Ferries will use the southern quay while the work lasts, which could take eleven weeks. " +
  "Fishing crews said they were not consulted about the timing.";
const OTHER =
  "The county library opens a new reading room for children this autumn, with longer hours on Saturdays " +
  "and a small cafe run by volunteers from the school board.";
const SILT =
  "The Silt Contract\n\nBy Ann Lee and Bo Chan\n\nA dredging firm billed the port for work its own crews never did, invoices show.";

// A post that reuses two passages of the report, one with a changed number, and adds its own words.
const POST =
  "Local anger is growing. Engineers found cracks along forty metres of the wall after the January storms, " +
  "we learn. Ferries will use the southern quay while the work lasts, which could take twelve weeks. " +
  "Nobody asked the people who live here.";

async function corpus(docs: { id: string; text: string; title?: string; authors?: string[] }[]) {
  const store = new SqliteStore(join(dir, `find-${++stores}.db`));
  await addDocuments(
    store,
    docs.map((d) => ({ location: `${d.id}.txt`, ...d })),
  );
  return store;
}

const article = (text: string) => documentFromString(text, { id: "article", location: "post.txt" });

test("shared passages: runs of shared 5-grams, placed in both texts", () => {
  const passages = sharedPassages(POST, REPORT);
  assert.deepEqual(
    passages.map(
      (p) => `${p.words}: ${POST.slice(p.start, p.end)} | ${REPORT.slice(p.sourceStart, p.sourceEnd)}`,
    ),
    [
      "13: Engineers found cracks along forty metres of the wall after the January storms | Engineers found cracks along forty metres of the wall after the January storms",
      "13: Ferries will use the southern quay while the work lasts, which could take | Ferries will use the southern quay while the work lasts, which could take",
    ],
  );
  assert.deepEqual(sharedPassages(POST, OTHER), []);
});

test("the source a post reuses is found first, with its score and passages; unrelated texts are not", async () => {
  const store = await corpus([
    { id: "report", text: REPORT, title: "Breakwater to close" },
    { id: "library", text: OTHER },
  ]);
  const found = await findSources(store, article(POST));
  assert.deepEqual(
    found.map((c) => [c.id, c.sharedWords, c.passages.length, c.title]),
    [["report", 26, 2, "Breakwater to close"]],
  );
  assert.equal(found[0].score, 0.634); // 26 of the post's 41 words
  await store.close();
});

test("a stored copy of the article itself is not its source", async () => {
  const store = await corpus([
    { id: "report", text: REPORT },
    { id: "post-copy", text: POST },
  ]);
  assert.deepEqual(
    (await findSources(store, article(POST))).map((c) => c.id),
    ["report"],
  );
  await store.close();
});

test("a document the article cites by title and authors is found even when it shares too little text to be found by it", async () => {
  const store = await corpus([
    { id: "silt", text: SILT, title: "The Silt Contract", authors: ["Ann Lee", "Bo Chan"] },
    { id: "report", text: REPORT },
  ]);
  const citing = article(
    `${POST}\n\nIn the article entitled "The Silt Contract", Ann Lee and Bo Chan of the Ledger describe a different scandal at the port.`,
  );
  const found = await findSources(store, citing);
  assert.deepEqual(
    found.map((c) => [c.id, c.sharedWords, c.cited]),
    [
      ["report", 26, undefined],
      ["silt", 5, "The Silt Contract"],
    ],
  );
  assert.deepEqual(
    (await findSources(store, citing, { citations: false })).map((c) => c.id),
    ["report"],
  );
  await store.close();
});

test("a citation two stored documents fit equally, with no text to decide, links neither", async () => {
  const store = await corpus([
    { id: "silt-1", text: SILT, title: "The Silt Contract" },
    { id: "silt-2", text: `${SILT} Updated.`, title: "The Silt Contract" },
  ]);
  const citing = article(
    'In the article entitled "The Silt Contract", the Ledger describes a scandal at the port.',
  );
  assert.deepEqual(await findSources(store, citing), []);
  await store.close();
});
