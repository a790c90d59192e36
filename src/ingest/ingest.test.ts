import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { repoPath } from "../testing/helpers.js";
import { tempDir } from "../testing/temp-dir.js";
import { isFurnitureParagraph } from "./boilerplate.js";
import { documentFromBytes, documentFromString, InputError, readDocument } from "./index.js";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));
const refusal = (fn: () => unknown, code: string) =>
  assert.throws(fn, (e: unknown) => e instanceof InputError && e.code === code && !e.message.includes("\n"));

test("UTF-8, UTF-8 with BOM, UTF-16 with and without BOM, and Latin-1 all decode", () => {
  const text = "Café “quoted” — 5 km.";
  assert.equal(documentFromBytes(bytes(text)).text, text);
  assert.equal(documentFromBytes(bytes([0xef, 0xbb, 0xbf], text)).text, text);
  const le = Buffer.from(text, "utf16le");
  assert.equal(documentFromBytes(new Uint8Array([0xff, 0xfe, ...le])).meta.encoding, "utf-16le");
  assert.equal(documentFromBytes(new Uint8Array([0xff, 0xfe, ...le])).text, text);
  assert.equal(
    documentFromBytes(new Uint8Array(Buffer.from("Plain ASCII in UTF-16", "utf16le"))).text,
    "Plain ASCII in UTF-16",
  );
  const latin1 = new Uint8Array([
    ...Buffer.from("Caf", "latin1"),
    0xe9,
    ...Buffer.from(" cr", "latin1"),
    0xe8,
    ...Buffer.from("me", "latin1"),
  ]);
  const doc = documentFromBytes(latin1);
  assert.equal(doc.text, "Café crème");
  assert.equal(doc.meta.encoding, "windows-1252");
});

test("the original input is kept unchanged and hashed; offsets map back to it", () => {
  const input = "  Line one.\r\n\r\n\r\nLine  two.";
  const doc = documentFromString(input);
  assert.equal(doc.original, input);
  assert.equal(doc.text, "Line one.\n\nLine two.");
  const two = doc.text.indexOf("two");
  assert.equal(input.slice(doc.origin[two], doc.origin[two] + 3), "two");
  assert.match(doc.sha256, /^[0-9a-f]{64}$/);
});

test("bad inputs are refused with a one-line reason", () => {
  refusal(() => documentFromBytes(new Uint8Array()), "empty");
  refusal(() => documentFromBytes(bytes(" \n\t \n")), "empty");
  refusal(() => documentFromBytes(bytes([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], "binary")), "binary");
  refusal(() => documentFromBytes(bytes("text", [0, 1, 2, 3, 0, 0], "more")), "binary");
  refusal(() => documentFromBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41])), "not-decodable");
  refusal(() => documentFromBytes(bytes("x".repeat(100)), { maxBytes: 10 }), "too-large");
  refusal(() => documentFromString("<html><body><nav>Menu</nav></body></html>"), "no-article-text");
});

test("files: missing, directory, and too large are refused", async (t) => {
  const dir = tempDir(t, "sourcetrace-");
  const big = join(dir, "big.txt");
  writeFileSync(big, "word ".repeat(100));
  await assert.rejects(
    readDocument(join(dir, "missing.txt")),
    (e: InputError) => e.code === "unreadable" && /no such file/.test(e.message),
  );
  await assert.rejects(
    readDocument(dir),
    (e: InputError) => e.code === "unreadable" && /directory/.test(e.message),
  );
  await assert.rejects(readDocument(big, { maxBytes: 50 }), (e: InputError) => e.code === "too-large");
});

test("HTML: main content, metadata and block quotes are extracted; boilerplate is not", async () => {
  const doc = await readDocument(repoPath("fixtures/ingest/blog-with-boilerplate.html"));
  assert.equal(doc.meta.format, "html");
  assert.equal(doc.meta.date, "2026-08-16T09:30:00Z");
  assert.match(doc.meta.byline ?? "", /Rob Gellert/);
  assert.match(doc.meta.title ?? "", /Great Marlow Water Scandal/);
  const kinds = doc.paragraphs.map((p) => p.kind);
  assert.deepEqual(kinds.slice(0, 3), ["paragraph", "blockquote", "blockquote"]);
  assert.ok(kinds.includes("heading") && kinds.includes("list-item"));
  for (const junk of ["Subscribe", "Share on", "tracker", "Cookie", "Most read", "color: red"]) {
    assert.ok(!doc.text.includes(junk), `boilerplate "${junk}" leaked into the text`);
  }
  assert.ok(doc.text.includes("30\u00A0percent"), "non-breaking spaces are kept as typed");
  assert.ok(doc.text.includes("“The rain we expected in July never came,”"), "entities are decoded");
});

test("malformed HTML still yields its text", async () => {
  const doc = await readDocument(repoPath("fixtures/ingest/malformed.html"));
  assert.match(doc.text, /Broken markup still has text\./);
  assert.match(doc.text, /Second paragraph here\./);
});

test("standard input is read when the location is -", async () => {
  async function* stdin() {
    yield Buffer.from("From a pipe. ");
    yield "Second sentence.";
  }
  const doc = await readDocument("-", { stdin: stdin() });
  assert.equal(doc.sentences.length, 2);
  assert.equal(doc.meta.location, "-");
});

const blocksOf = (html: string) => {
  const d = documentFromString(html, { format: "html" });
  return {
    meta: `${d.meta.title} | ${d.meta.byline}`,
    blocks: d.paragraphs.map((p) => `${p.kind}: ${d.text.slice(p.start, p.end)}`),
  };
};
const story =
  "<p>The council has been quiet about the ferry timetable for months, and the islanders have been left guessing about their crossings this summer.</p><p>Nobody on the islands was asked. The meeting was held on a weekday morning when the ferry does not run.</p>";

test("HTML: a consent banner inside the article's container is not its first sentence; the headline Readability drops comes back", () => {
  const page = blocksOf(
    `<!doctype html><html><head><title>The ferry cuts nobody voted for | Harbour Notes</title></head><body><div class="page"><div class="cookie-notice"><p>We use cookies.</p></div><h1>The ferry cuts nobody voted for</h1><p>By Ada Morrow</p>${story}</div></body></html>`,
  );
  assert.equal(page.meta, "The ferry cuts nobody voted for | By Ada Morrow");
  assert.deepEqual(page.blocks.slice(0, 3), [
    "heading: The ferry cuts nobody voted for",
    "paragraph: By Ada Morrow",
    "paragraph: The council has been quiet about the ferry timetable for months, and the islanders have been left guessing about their crossings this summer.",
  ]);
});

test("HTML: a consent notice without banner markup is dropped; an article about cookies keeps its text", () => {
  const page = blocksOf(
    `<body><p>This website uses cookies to improve your experience. Accept all</p>${story}</body>`,
  );
  assert.equal(page.blocks.length, 2);
  assert.match(page.blocks[0], /^paragraph: The council/);
  const bakery = blocksOf(
    "<body><p>The bakery on Quay Street sells cookies every morning, and we use cookies from it in this recipe.</p><p>We use cookies from the bakery because they keep for a week in a tin, which no other biscuit in town does.</p></body>",
  );
  assert.equal(bakery.blocks.length, 2);
});

test("HTML: a block that is page furniture as a whole, or a share bar, is dropped; a sentence holding the same words stays", () => {
  const page = blocksOf(
    `<body><article>${story}<p>Advertisement</p><p>Share this article:</p><p>Share this article Facebook Twitter Email</p><p>Share · WhatsApp · Copy link</p><p>Read more ›</p><p>Facebook</p><p>We read more of the minutes than the council wanted, and we share this article with every islander.</p></article></body>`,
  );
  assert.deepEqual(
    page.blocks.map((b) => b.slice(0, 30)),
    // A share bar's label goes with its networks; a network's name alone may head a letters page's posts.
    [
      "paragraph: The council has bee",
      "paragraph: Nobody on the islan",
      "paragraph: Facebook",
      "paragraph: We read more of the",
    ],
  );
});

test("HTML: a bold run opening a paragraph reaches the document as the paragraph's strong lead", () => {
  const d = documentFromString(
    `<html><body><article><h1>Quay talks</h1>
<p><strong>The storm took out half the quay.</strong></p>
<p>  <b>Why four months?</b> We had no stone.</p>
<p>We had <strong>no</strong> stone at all.</p>
<p><em>Tuesday</em>, <b>late</b>.</p></article></body></html>`,
    { format: "html" },
  );
  const leads = d.paragraphs.map((p) => (p.strong === undefined ? "-" : d.text.slice(p.start, p.strong)));
  assert.deepEqual(leads, ["-", "The storm took out half the quay.", "Why four months?", "-", "-"]);
  // Plain text has no markup, so no lead.
  assert.ok(
    documentFromString("**Why?** Because.", { format: "text" }).paragraphs.every(
      (p) => p.strong === undefined,
    ),
  );
});

test("plain text: a slogan headline with every word capitalised, or a long one in title case, is the title; a first line that is a sentence is not", () => {
  const body = "\n\nThe county wants to close the harbour ferry. It carried 40,000 people last year.";
  const title = (first: string) => documentFromString(first + body).meta.title;
  assert.equal(title("Keep The Ferry!"), "Keep The Ferry!");
  assert.equal(title("Vote No!"), "Vote No!");
  assert.equal(title("SAVE OUR FERRY"), "SAVE OUR FERRY");
  const long =
    "Former Harbour Master of the Port of Kelby Accuses the County Council of a Ferry Cover-up, Calls on Mayor to Resign";
  assert.equal(title(long), long);
  assert.equal(title("We Lost."), undefined);
  assert.equal(title("Stop it!"), undefined);
  assert.equal(title("The ferry is closing!"), undefined);
  assert.equal(title("Wow!"), undefined);
});

test("plain text: a first line in sentence case that closes on no punctuation, above the body, is the title", () => {
  const body = "\n\nThe county wants to close the harbour ferry. It carried 40,000 people last year.";
  const title = (first: string) => documentFromString(first + body).meta.title;
  assert.equal(
    title("County to close harbour ferry after 90 years"),
    "County to close harbour ferry after 90 years",
  );
  assert.equal(
    title("Ferry captain: closing the crossing is ‘a betrayal of the islands’"),
    "Ferry captain: closing the crossing is ‘a betrayal of the islands’",
  );
  // A sentence closes on a stop, and a line closing on a question or a colon introduces.
  assert.equal(title("The county will close the harbour ferry."), undefined);
  assert.equal(title("Will the county close the harbour ferry?"), undefined);
  assert.equal(title("Here is what the county decided about the ferry:"), undefined);
});

test("a paragraph of page furniture is told by its shape: a furniture label, a call to action, a row of prices and shop words, a shop widget around a book, a copyright line", () => {
  for (const line of [
    "Related: Council to sell 12 village halls",
    "Read more: Tarnholm school wins county prize",
    "Correction: An earlier version of this story gave the wrong date.",
    "Correction, 13 May 2026: The library closes on 3 May, not 13 May.",
    "Update, 4 May: An earlier version of this post gave the cost as \u00a3140,000. It is \u00a3410,000.",
    "Related posts: Ten years of this blog | The budget, line by line",
    "Editor\u2019s note: This story was first published in 2024.",
    "Because of an editing error, an article on Monday about the Tarnholm library misstated the day it closes.",
    "Follow us on Facebook for Tarnholm news",
    "Subscribe to our newsletter for daily updates",
    "Best Price: $12.99 Buy New $39.50",
    "Paperback £8.99 Kindle Edition £4.99",
    "The Quiet Harbour:... Mara Ostrowe Best Price: $4.20 Buy New $9.75 (as of 11:05 EDT - Details)",
    "\u00a92026 The Harbour Ledger, Distributed by Northgate Content Agency, LLC.",
    "COPYRIGHT 2026 NORTHGATE FEATURES",
    "Copyright \u00a9 2025 Brindle Media. All rights reserved.",
    "\u00a9 Tarnholm Press A ferry leaves the quay at dawn",
  ])
    assert.ok(isFurnitureParagraph(line), line);
  for (const line of [
    "Update: The council has now confirmed that a mobile library will visit twice a week.",
    "Fares 2025: \u00a33.20",
    "Update, 4 May: The council has now confirmed a mobile library.",
    "This story was told to me by my grandfather.",
    "Ticket price: $4.50",
    "Tickets cost $5 for adults and $3 for children, the best price in the county.",
    "The list price rose from $40 to $55 in a year.",
    "Related projects cost the council $2 million last year.",
    "Follow-up checks found no fault.",
    "(c) the council will publish the list of closures in May.",
    "Copyright law protects the photographs, the judge said.",
    "Copyrights on the songs ran out in 2019.",
    "Because of an error in the ballot software, the count was delayed by a day.",
  ])
    assert.ok(!isFurnitureParagraph(line), line);
});
