import assert from "node:assert/strict";
import { test } from "node:test";
import { createDocument } from "./document.js";
import { tokenizeToStore } from "./tokenize.js";

test("the store holds each token's offsets, kind and key; equal keys share one id", () => {
  const text = "The Mayor said “the mayor’s” 4,000 — THE end.";
  const store = tokenizeToStore(text);
  const shown = Array.from(
    { length: store.length },
    (_, i) => `${store.kind(i)}:${text.slice(store.starts[i], store.ends[i])}=${store.key(i)}`,
  );
  assert.deepEqual(shown, [
    "word:The=the",
    "word:Mayor=mayor",
    "word:said=said",
    'punct:“="',
    "word:the=the",
    "word:mayor’s=mayor's",
    'punct:”="',
    "number:4,000=4,000",
    "punct:—=-",
    "word:THE=the",
    "word:end=end",
    "punct:.=.",
  ]);
  const the = [0, 4, 9].map((i) => store.keyIds[i]);
  assert.deepEqual(new Set(the).size, 1);
  assert.equal(store.keyTable.size, 9);
  assert.equal(store.starts.length, store.length, "spare capacity released");
});

test("a document's token objects are the store's tokens, with the interned key strings", () => {
  const doc = createDocument("One two, one TWO. ".repeat(300), { id: "d" });
  const { tokenStore: store, tokens } = doc;
  assert.equal(tokens.length, store.length);
  for (let i = 0; i < tokens.length; i++) assert.deepEqual(tokens[i], store.token(i));
  assert.equal(store.keyTable.size, 4);
});

test("the whole analysis reads the token store: no layer asks for token objects", async () => {
  const { analyze } = await import("../analyze.js");
  const { renderChunks } = await import("../report/formats.js");
  const { FORMAT_NAMES } = await import("../report/format-names.js");
  const guarded = (text: string, id: string) => {
    const doc = createDocument(text, { id });
    Object.defineProperty(doc, "tokens", {
      get() {
        throw new Error(`${id}: token objects were asked for`);
      },
    });
    return doc;
  };
  const source =
    'The council said on Monday that 4,000 homes were flooded. "We will not rebuild," Mayor Ana Ruiz said. Repairs cost £2m.';
  const article = `Residents are angry. ${source.replace("4,000", "5,000")} According to the report, few were insured.`;
  const report = analyze(guarded(article, "article"), { sources: [guarded(source, "source")] });
  assert.ok(report.matches.length > 0 && report.quotes.length > 0 && report.quantities.length > 0);
  for (const format of FORMAT_NAMES) assert.ok([...renderChunks(report, format)].join("").length > 0);
});

test("an ASCII token's key id is the id of its folded key, however the key was first met", () => {
  // "Don’t" is read by the slow path and folded to "don't"; "DON'T" is ASCII and must find it.
  const store = tokenizeToStore("Don’t stop. DON'T Stop! don't STOP, Stop-gap stop-gap");
  const ids = (key: string) =>
    Array.from({ length: store.length }, (_, i) => i).filter((i) => store.key(i) === key);
  for (const key of ["don't", "stop", "stop-gap"]) {
    const found = ids(key).map((i) => store.keyIds[i]);
    assert.ok(found.length >= 2, key);
    assert.deepEqual(new Set(found), new Set([store.keyTable.lookup(key)]), key);
  }
  // Thousands of distinct keys keep distinct ids through the table's growth.
  const words = Array.from({ length: 5000 }, (_, i) => `W${i.toString(36)}x`);
  const many = tokenizeToStore(`${words.join(" ")} ${words.join(" ").toLowerCase()}`);
  assert.equal(many.keyTable.size, 5000);
  for (let i = 0; i < 5000; i++) assert.equal(many.keyIds[i], many.keyIds[i + 5000]);
});
