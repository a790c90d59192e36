import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { tempDir } from "../testing/temp-dir.js";
import { extractHtml, looksLikeHtml } from "./html.js";
import { documentFromBytes, documentFromString, InputError, readDocument } from "./index.js";

// A hang guard, not a timing assertion: an exponential or unbounded case never returns.
const GUARD = { timeout: 60_000 };

test("HTML sniffing is linear in leading comments", GUARD, () => {
  assert.equal(looksLikeHtml(`${"<!---->".repeat(40)}<p>text</p>`), true);
  assert.equal(looksLikeHtml(`${"<!---->".repeat(40)}plain text`), false);
  assert.equal(looksLikeHtml(`${"<!-- x -->\n".repeat(400)}<html>`), false, "past the 4 KiB head");
  assert.equal(looksLikeHtml("<!-- never closed <p>"), false);
  assert.equal(looksLikeHtml("  <!doctype html><html>"), true);
  assert.equal(looksLikeHtml("1 < 2 and <p> is a tag name"), false);
});

test("10,000 nested blockquotes or inline elements are read without overflowing the stack", GUARD, () => {
  const deepQuote = `<html><body>${"<blockquote>".repeat(10_000)}Deep quoted text.${"</blockquote>".repeat(10_000)}</body></html>`;
  const quote = documentFromString(deepQuote, { format: "html" });
  assert.equal(quote.text, "Deep quoted text.");
  assert.deepEqual(
    quote.paragraphs.map((p) => p.kind),
    ["blockquote"],
  );
  const deepBold = `<html><body><p>Start ${"<b>".repeat(10_000)}bold${"</b>".repeat(10_000)} end.</p></body></html>`;
  assert.equal(documentFromString(deepBold, { format: "html" }).text, "Start bold end.");
});

test("thousands of nested divs are read by the block walker, not handed to Readability", GUARD, () => {
  for (const n of [1000, 4000]) {
    const html = `<html><body>${"<div>".repeat(n)}<p>Deep paragraph of text.</p>${"</div>".repeat(n)}</body></html>`;
    assert.deepEqual(extractHtml(html).blocks, [{ kind: "paragraph", text: "Deep paragraph of text." }]);
  }
});

test("HTML fragments and HTML without any element are read as a page body", () => {
  const fragment = "<p>The council met on Monday.</p><p>The mayor spoke.</p>";
  assert.equal(looksLikeHtml(fragment), true);
  const doc = documentFromString(fragment);
  assert.equal(doc.meta.format, "html");
  assert.equal(doc.text, "The council met on Monday.\n\nThe mayor spoke.");
  assert.equal(
    documentFromString("<title>T</title><p>Body text here.</p>", { format: "html" }).meta.title,
    "T",
  );
  const plain = documentFromString("Just text, no markup at all.", { format: "html" });
  assert.equal(plain.text, "Just text, no markup at all.");
  assert.equal(documentFromString("<html><p>Under the root.</p></html>").text, "Under the root.");
  assert.throws(
    () => documentFromString("<html><body><script>x()</script></body></html>"),
    (e: unknown) => e instanceof InputError && e.code === "no-article-text",
  );
});

test("invalid bytes in UTF-8 are replaced, counted and reported; the rest stays UTF-8", () => {
  const bytes = new Uint8Array([
    ...Buffer.from("\u201cWe warned them,\u201d she said. The caf\u00e9 closed. "),
    0xff,
    0xc3,
    ...Buffer.from(" It reopened."),
  ]);
  const doc = documentFromBytes(bytes);
  assert.equal(doc.meta.encoding, "utf-8");
  assert.equal(doc.meta.replacedBytes, 2);
  assert.match(
    doc.text,
    /^\u201cWe warned them,\u201d she said\. The caf\u00e9 closed\. \ufffd\ufffd It reopened\.$/,
  );
  const report = analyze(doc);
  const warning = report.findings.find((f) => f.ruleId === "ingest/invalid-bytes");
  assert.ok(warning, "a warning finding");
  assert.equal(warning.data?.replaced, 2);
  // A U+FFFD written in the input is text, not a replacement; Latin-1 text is still Latin-1.
  assert.equal(
    documentFromBytes(
      new Uint8Array(Buffer.from("A real \ufffd sign, written into a sentence long enough to read as text.")),
    ).meta.replacedBytes,
    undefined,
  );
  assert.equal(
    documentFromBytes(new Uint8Array([...Buffer.from("Caf"), 0xe9, 0x20, 0x21])).meta.encoding,
    "windows-1252",
  );
});

test("UTF-16 without a byte-order mark in non-Latin scripts is decoded, not refused as binary", () => {
  const texts = [
    "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b, \u0447\u0442\u043e \u043c\u0435\u0440\u044b \u0431\u0443\u0434\u0443\u0442 \u043f\u0440\u0438\u043d\u044f\u0442\u044b.",
    "\u5e02\u8bae\u4f1a\u5468\u4e00\u6295\u7968\u901a\u8fc7\u4e86\u65b0\u7684\u9884\u7b97\u3002\u5e02\u957f\u8bf4\uff0c\u8fd9\u9879\u8ba1\u5212\u7684\u8d39\u7528\u4f1a\u66f4\u9ad8\u3002",
    "\u0397 \u03ba\u03c5\u03b2\u03ad\u03c1\u03bd\u03b7\u03c3\u03b7 \u03b1\u03bd\u03b1\u03ba\u03bf\u03af\u03bd\u03c9\u03c3\u03b5 \u03bd\u03ad\u03b1 \u03bc\u03ad\u03c4\u03c1\u03b1.",
  ];
  for (const text of texts) {
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    assert.equal(documentFromBytes(new Uint8Array(le)).text, text);
    assert.equal(documentFromBytes(new Uint8Array(le)).meta.encoding, "utf-16le");
    assert.equal(documentFromBytes(new Uint8Array(be)).meta.encoding, "utf-16be");
  }
  // Random bytes are still binary.
  const noise = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
  assert.throws(
    () => documentFromBytes(noise),
    (e: unknown) => e instanceof InputError && e.code === "binary",
  );
});

test("the size cap holds while reading devices and FIFOs", GUARD, async (t) => {
  await assert.rejects(
    readDocument("/dev/zero", { maxBytes: 1000 }),
    (e: unknown) => e instanceof InputError && e.code === "too-large",
  );
  const dir = tempDir(t, "sourcetrace-fifo-");
  const fifo = join(dir, "pipe");
  execFileSync("mkfifo", [fifo]);
  // A writer that never stops: only a reader that enforces the cap while reading returns.
  const writer = (await import("node:child_process")).spawn("sh", ["-c", `yes 'endless text' > '${fifo}'`], {
    stdio: "ignore",
  });
  try {
    await assert.rejects(
      readDocument(fifo, { maxBytes: 1000 }),
      (e: unknown) => e instanceof InputError && e.code === "too-large",
    );
  } finally {
    writer.kill();
  }
  writeFileSync(join(dir, "small.txt"), "A small file. It fits.");
  assert.equal(
    (await readDocument(join(dir, "small.txt"), { maxBytes: 1000 })).text,
    "A small file. It fits.",
  );
});

test("Windows-1252 bytes 0x80-0x9F are its curly quotes and dashes, not C1 controls", () => {
  const bytes = new Uint8Array([
    0x93,
    ...Buffer.from("Quoted"),
    0x94,
    0x20,
    0x96,
    0x20,
    0x80,
    0x35,
    0x20,
    ...Buffer.from("caf"),
    0xe9,
  ]);
  const doc = documentFromBytes(bytes);
  assert.equal(doc.meta.encoding, "windows-1252");
  assert.equal(doc.text, "\u201cQuoted\u201d \u2013 \u20ac5 caf\u00e9");
});
