import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { addDocuments, bylineAuthors, isIsoDate, jsonlInput, prepareDocument } from "./add.js";
import { addPaths } from "./add-paths.js";
import { shingleHashes } from "./shingles.js";
import { SqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "sourcetrace-corpus-add-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let stores = 0;
const newStore = () => new SqliteStore(join(dir, `add-${++stores}.db`));

const FLOOD =
  "The river rose four metres overnight and the council ordered the lower town evacuated before dawn.";
const BUDGET =
  "The county budget for schools grows by two percent next spring, the treasurer told the board.";

test("a document is read as analyze reads it: normalized text, hash of that text, shingles of it", () => {
  const { doc, hashes } = prepareDocument({ location: "flood.txt", text: `  ${FLOOD}\r\n\r\n\r\n` });
  assert.equal(doc.text, FLOOD);
  assert.equal(doc.id, "flood.txt");
  assert.match(doc.contentHash, /^[0-9a-f]{64}$/);
  assert.deepEqual([...hashes], [...shingleHashes(FLOOD)]);
});

test("metadata: the input's fields, then the page's, then the defaults", () => {
  const page = `<html><head><title>Flood closes the lower town</title><meta property="og:site_name" content="Valley Post">
    <meta property="article:published_time" content="2024-05-06T08:00:00Z"></head><body><article>
    <h1>Flood closes the lower town</h1><p class="byline">By Ann Lee and Bo Chan</p><p>${FLOOD}</p><p>${BUDGET}</p></article></body></html>`;
  const fromPage = prepareDocument(
    { location: "flood.html", html: page },
    { date: "2020-01-01", outlet: "Fallback" },
  );
  assert.equal(fromPage.doc.title, "Flood closes the lower town");
  assert.equal(fromPage.doc.date, "2024-05-06T08:00:00Z");
  assert.equal(fromPage.doc.outlet, "Valley Post");
  assert.deepEqual(fromPage.doc.authors, ["Ann Lee", "Bo Chan"]);
  const given = prepareDocument(
    {
      location: "x.jsonl:3",
      html: page,
      id: "flood-1",
      title: "Given",
      date: "2024-05-07",
      outlet: "Given Outlet",
      authors: ["Cy Dee"],
    },
    { date: "2020-01-01" },
  );
  assert.deepEqual(
    [given.doc.id, given.doc.title, given.doc.date, given.doc.outlet, given.doc.authors],
    ["flood-1", "Given", "2024-05-07", "Given Outlet", ["Cy Dee"]],
  );
  const bare = prepareDocument(
    { location: "x.jsonl:4", text: BUDGET },
    { date: "2020-01-01", outlet: "Fallback" },
  );
  assert.equal(bare.doc.id, `sha256:${bare.doc.contentHash.slice(0, 16)}`);
  assert.equal(bare.doc.date, "2020-01-01");
  assert.equal(bare.doc.outlet, "Fallback");
  assert.equal(bare.doc.url, undefined);
  const linked = prepareDocument({ location: "x.jsonl:5", text: BUDGET, url: "https://example.org/budget" });
  assert.equal(linked.doc.id, "https://example.org/budget");
});

test("bylines and dates", () => {
  assert.deepEqual(bylineAuthors("By Ann Lee, Bo Chan & Cy Dee"), ["Ann Lee", "Bo Chan", "Cy Dee"]);
  assert.deepEqual(bylineAuthors("Posted by Rob Gellert | Valley Voice blog"), ["Rob Gellert"]);
  assert.equal(isIsoDate("2024-02-29"), true);
  assert.equal(isIsoDate("2023-02-29"), false);
  assert.equal(isIsoDate("2024-05-06T08:00:00+02:00"), true);
  assert.equal(isIsoDate("May 6, 2024"), false);
});

test("JSONL lines: each field checked, the reason given", () => {
  assert.deepEqual(jsonlInput('{"text":"a b","authors":"Ann Lee"}', "f.jsonl:1"), {
    location: "f.jsonl:1",
    text: "a b",
    authors: ["Ann Lee"],
  });
  const reasons = [
    "{not json",
    "[1, 2]",
    '{"title":"no body"}',
    '{"text": 42}',
    '{"text":"a","date":"yesterday"}',
    '{"text":"a","authors":[1]}',
  ].map((line) => (jsonlInput(line, "f.jsonl:9") as { error: string }).error);
  assert.deepEqual(reasons, [
    "not valid JSON",
    "not a JSON object",
    'no "text" or "html" field',
    '"text" is not a string',
    '"date" is not an ISO 8601 date: "yesterday"',
    '"authors" is neither a string nor a list of strings',
  ]);
});

test("adding twice is a no-op; a text repeated in one run is stored once", async () => {
  const store = newStore();
  const inputs = [
    { location: "a.txt", text: FLOOD },
    { location: "b.txt", text: BUDGET },
    { location: "a-copy.txt", text: `${FLOOD}\n` },
  ];
  const first = await addDocuments(store, inputs, { batchSize: 2 });
  assert.deepEqual([first.read, first.added, first.duplicates, first.skipped], [3, 2, 1, 0]);
  const second = await addDocuments(store, inputs);
  assert.deepEqual([second.read, second.added, second.duplicates, second.skipped], [3, 0, 3, 0]);
  assert.equal((await store.stats()).documents, 2);
  await store.close();
});

test("a new text under an id already held is kept under the id and its hash", async () => {
  const store = newStore();
  await addDocuments(store, [{ location: "x.jsonl:1", id: "story", text: FLOOD }]);
  await addDocuments(store, [
    { location: "x.jsonl:1", id: "story", text: BUDGET },
    { location: "x.jsonl:2", id: "story", text: `${BUDGET} Updated.` },
  ]);
  const ids = [];
  for await (const meta of store.list()) ids.push(meta.id);
  assert.equal(ids.length, 3);
  assert.equal(ids[0], "story");
  assert.match(ids[1], /^story#[0-9a-f]{12}$/);
  assert.match(ids[2], /^story#[0-9a-f]{12}$/);
  assert.notEqual(ids[1], ids[2]);
  await store.close();
});

test("paths: files, directories (recursive, sorted, hidden and other files left out) and JSONL, bad lines skipped", async () => {
  const root = join(dir, "inputs");
  mkdirSync(join(root, "sub"), { recursive: true });
  mkdirSync(join(root, ".hidden"), { recursive: true });
  writeFileSync(join(root, "b.txt"), BUDGET);
  writeFileSync(join(root, "sub", "a.md"), `Flood Closes the Lower Town\n\n${FLOOD}`);
  writeFileSync(join(root, ".hidden", "c.txt"), "hidden text, never read");
  writeFileSync(join(root, "notes.csv"), "a,b,c");
  writeFileSync(join(root, "empty.txt"), "   ");
  const jsonl = join(dir, "more.jsonl");
  writeFileSync(
    jsonl,
    `{"id":"j1","text":"A third text about the harbour and its new cranes, longer than a line."}\n{"id":"j2","text":\n\n{"id":"j3","html":"<p>A fourth text, as a paragraph of HTML about trains.</p>"}\n`,
  );
  const store = newStore();
  const result = await addPaths(store, [root, jsonl, join(dir, "missing.txt")]);
  assert.deepEqual(
    result.skippedInputs.map((s) => `${s.location.slice(dir.length + 1)}: ${s.reason}`),
    [
      "inputs/empty.txt: the input holds only whitespace",
      "more.jsonl:2: not valid JSON",
      "missing.txt: no such file or directory",
    ],
  );
  assert.equal(result.added, 4);
  const ids = [];
  for await (const meta of store.list())
    ids.push(meta.id.startsWith(dir) ? meta.id.slice(dir.length + 1) : meta.id);
  assert.deepEqual(ids, ["inputs/b.txt", "inputs/sub/a.md", "j1", "j3"]);
  assert.equal((await store.get(join(root, "sub", "a.md")))?.title, "Flood Closes the Lower Town");
  await store.close();
});
