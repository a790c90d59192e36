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
