import assert from "node:assert/strict";
import { test } from "node:test";
import { createDocument } from "./document.js";
import { sentenceMemo } from "./sentence-memo.js";

const doc = createDocument(
  "The ferry left at nine. It came back at ten. Nobody was aboard. The pier closed.",
);

test("a sentence's value is made once while the sentence is among those used last", () => {
  const memo = sentenceMemo<string>(2);
  let made = 0;
  const value = (si: number) => memo(doc, si, () => `sentence ${si} (${++made})`);
  assert.equal(value(0), "sentence 0 (1)");
  assert.equal(value(0), "sentence 0 (1)");
  assert.equal(value(1), "sentence 1 (2)");
  // Using sentence 0 again keeps it: sentence 1 is now the one used longest ago.
  assert.equal(value(0), "sentence 0 (1)");
  assert.equal(value(2), "sentence 2 (3)");
  assert.equal(value(0), "sentence 0 (1)");
  assert.equal(made, 3);
});

test("a sentence that comes back after the memo let it go is made again, not lost", () => {
  const memo = sentenceMemo<number>(2);
  let made = 0;
  const value = (si: number) =>
    memo(doc, si, () => {
      made++;
      return si * 10;
    });
  for (const si of [0, 1, 2, 3]) value(si);
  assert.equal(value(0), 0);
  assert.equal(made, 5);
});

test("each document has its own values", () => {
  const memo = sentenceMemo<string>();
  const other = createDocument("The ferry left at noon.");
  assert.equal(
    memo(doc, 0, () => "first document"),
    "first document",
  );
  assert.equal(
    memo(other, 0, () => "second document"),
    "second document",
  );
});
