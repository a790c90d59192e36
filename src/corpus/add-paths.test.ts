import assert from "node:assert/strict";
import { test } from "node:test";
import { type Item, type PreparedDocument, prepareDocument, type Unreadable } from "./add.js";
import { preparedItems } from "./add-paths.js";

test("inputs prepared in the thread come back in input order, the same as prepared here", async () => {
  const items: Item[] = [];
  // More than two chunks, with an unreadable input, an empty one and a prepared document among them.
  for (let i = 0; i < 150; i++) {
    if (i === 70) items.push({ location: "broken.jsonl:70", error: "not valid JSON" });
    else if (i === 71) items.push({ location: "empty.txt", text: "   " });
    else if (i === 72)
      items.push(prepareDocument({ location: "ready.txt", text: "Prepared beforehand here." }));
    else
      items.push({
        location: `doc-${i}.txt`,
        id: `doc-${i}`,
        text: `Document number ${i} says the river rose ${i} cm.`,
      });
  }
  const out: (PreparedDocument | Unreadable)[] = [];
  for await (const item of preparedItems(items, { outlet: "Valley Post" })) out.push(item);
  assert.equal(out.length, 150);
  for (let i = 0; i < 150; i++) {
    const got = out[i];
    if (i === 70) assert.deepEqual(got, { location: "broken.jsonl:70", error: "not valid JSON" });
    else if (i === 71) assert.ok("error" in got && got.location === "empty.txt");
    else if (i === 72) assert.ok("doc" in got && got.doc.location === "ready.txt");
    else {
      const here = prepareDocument(items[i] as Parameters<typeof prepareDocument>[0], {
        outlet: "Valley Post",
      });
      assert.ok("doc" in got);
      assert.deepEqual(got.doc, here.doc);
      assert.deepEqual([...got.hashes], [...here.hashes]);
    }
  }
});
