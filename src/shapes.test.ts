import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "./analyze.js";
import { render } from "./report/formats.js";
import type { Report } from "./report/types.js";
import { assertValidReport } from "./testing/helpers.js";
import { createDocument } from "./text/document.js";

// Inputs that once made a stage grow with the square of their length. Their speed is measured
// by `npm run bench`; here each must give a correct, bounded report.

const spansInside = (r: Report) => {
  const n = r.article.text.length;
  for (const x of [...r.sentences, ...r.quantities.filter((q) => !q.source), ...r.claims])
    assert.ok(0 <= x.start && x.start <= x.end && x.end <= n, `${x.start}-${x.end}`);
};

const everyFormat = (r: Report) => {
  for (const format of ["text", "markdown", "json", "html", "webannotation", "claimreview"]) {
    assert.ok(render(r, format).length > 0, format);
  }
};

test('"Mr. " 5,000 times: no name is read out of titles alone', () => {
  const r = analyze(createDocument("Mr. ".repeat(5000), { id: "article" }));
  assertValidReport(r);
  spansInside(r);
  assert.equal(r.quotes.length, 0);
  assert.ok(r.sentences.every((s) => s.voice.kind !== "speaker"));
  assert.equal(r.quantities.length, 0);
});

test('"5% " 5,000 times: 5,000 percentages, each "5%"', () => {
  const r = analyze(createDocument("5% ".repeat(5000), { id: "article" }));
  spansInside(r);
  assert.equal(r.quantities.length, 5000);
  assert.ok(r.quantities.every((q) => r.article.text.slice(q.start, q.end) === "5%"));
  everyFormat(r);
});

test("3,000 short lines each with figures: three quantities a line, one sentence a line", () => {
  const text = Array.from(
    { length: 3000 },
    (_, i) => `Item ${i} cost $${(i * 7) % 1000} in ${1990 + (i % 30)}.`,
  ).join("\n");
  const r = analyze(createDocument(text, { id: "article" }));
  spansInside(r);
  assert.equal(r.sentences.length, 3000);
  assert.equal(r.quantities.length, 9000);
  const line = 1234;
  const onLine = r.quantities
    .filter((q) => q.sentence === line)
    .map((q) => r.article.text.slice(q.start, q.end));
  assert.deepEqual(onLine, ["1234", "$638", "1994"]);
});

test("one sentence 2,000 times as article and source: figures compared once, notes bounded", () => {
  const text = "The council said 12 people were hurt on 3 May. ".repeat(2000).trim();
  const r = analyze(createDocument(text, { id: "article" }), {
    // The same text plus a line: the article itself given as its source is refused.
    sources: [createDocument(`${text}\n\nA correction followed.`, { id: "source" })],
  });
  assertValidReport(r);
  spansInside(r);
  assert.equal(r.sentences.length, 2000);
  for (const c of r.comparisons) {
    assert.ok(c.agree, c.note);
    assert.ok((c.note ?? "").length < 1000, `note of ${(c.note ?? "").length} characters`);
  }
  assert.equal(r.findings.filter((f) => f.ruleId === "claims/quantity-disagreement").length, 0);
  everyFormat(r);
});

test("a report with 150,000 claims renders in every format (no spread of its rows into a call)", () => {
  const r = analyze(createDocument("The council said 12 people were hurt on 3 May.", { id: "article" }));
  assert.equal(r.claims.length, 1);
  const many = { ...r, claims: Array.from({ length: 150_000 }, () => r.claims[0]) };
  const text = render(many, "text");
  assert.ok(text.split("\n").length > 150_000);
  everyFormat(many);
});

test("600 cited works, each opening a block: every block is its own work's, not the last one's", () => {
  // Surnames told apart by letters only, as a name must be: Holma, Holmb, … Holmab, …
  const letters = (i: number): string => {
    let s = "";
    for (let n = i; ; n = Math.floor(n / 26)) {
      s += "abcdefghijklmnopqrstuvwxyz"[n % 26];
      if (n < 26) return s;
    }
  };
  const paragraphs = Array.from({ length: 600 }, (_, i) => [
    `In the article entitled “Harbour Report”, Ben Holm${letters(i)} writes:`,
    `The port handled ${i + 10} ships a day in spring, the most since the survey began.`,
    "I think that is plainly wrong.",
  ]).flat();
  const r = analyze(createDocument(paragraphs.join("\n\n"), { id: "article" }));
  assert.equal(r.citations.length, 600);
  const blocks = r.sentences.filter((_, i) => i % 3 === 1).map((s) => s.voice);
  assert.deepEqual(
    blocks.map((v) => `${v.kind} ${v.citation}`),
    blocks.map((_, i) => `document ${i}`),
  );
});

test("a salutation line 2,000 times with no closing line makes no speech; one closing line at the end makes it all one speech", () => {
  const unit = "Ladies and Gentlemen:\n\nWe gather here tonight because the hall was full.\n\n";
  const open = analyze(createDocument(unit.repeat(2000), { id: "article" }));
  assertValidReport(open);
  spansInside(open);
  assert.ok(open.sentences.every((s) => s.voice.kind === "author"));
  const closed = analyze(createDocument(`${unit.repeat(2000)}Thank you.`, { id: "article" }));
  assertValidReport(closed);
  assert.ok(closed.sentences.every((s) => s.voice.kind === "speaker"));
});

test("one sentence of 600 reporting cues and names gives a valid report with its spans inside the text", () => {
  const r = analyze(
    createDocument("Ann Lee, saying the plan was told by Bob Ray that it failed, wrote: ".repeat(600), {
      id: "article",
    }),
  );
  assertValidReport(r);
  spansInside(r);
  everyFormat(r);
});

test("one sentence of 1,000 findings and views, or of 500 markers after an 'as X observed,' frame, gives a valid report read as the frame says", () => {
  const views = analyze(
    createDocument(
      "Polls showed that Lind suggested that aides believe the quay, as Vell observed, ".repeat(1000),
      {
        id: "article",
      },
    ),
  );
  assertValidReport(views);
  spansInside(views);
  assert.deepEqual(views.sentences[0].voice, { kind: "document", name: "polls" });
  // Every marker after the frame is the observer's account; without the frame, the author's claim.
  const assertions = (unit: string) =>
    analyze(createDocument(`${unit.repeat(500)}and it ended.`, { id: "article" })).claims.flatMap((c) =>
      c.features.filter((f) => f.startsWith("assertion:")),
    );
  assert.deepEqual(assertions("The board, as Vell observed, caused the flooding and nobody was told, "), []);
  assert.deepEqual(assertions("The board caused the flooding and nobody was told, "), [
    "assertion:causal",
    "assertion:sweeping",
  ]);
});

test("one clause of 2,000 spelt-out counts gives a valid report with every count found", () => {
  const doc = createDocument(`${"five people and six workers ".repeat(1000)}fled the town.`, {
    id: "article",
  });
  const r = analyze(doc);
  assertValidReport(r);
  spansInside(r);
  const counts = r.quantities.filter((q) => q.kind === "count");
  assert.ok(counts.length >= 2000);
});
