import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../analyze.js";
import { repoPath } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import type { Match } from "../trace/types.js";
import { editSegments, inlineEdits } from "./describe.js";
import { FORMATS, render } from "./formats.js";
import type { Report } from "./types.js";

const fixture = (): Report =>
  JSON.parse(readFileSync(repoPath("fixtures/reports/full-report.json"), "utf8")) as Report;
const ESC = "\u001b[";

describe("editSegments", () => {
  it("covers both passages edit by edit, placing span-less edits by projection", () => {
    // source "a b c d" -> article "a X c" : replace b->X, delete " d" (no article span)
    const match: Match = {
      article: { start: 0, end: 5 },
      source: { id: "s", start: 10, end: 17 },
      kind: "edited",
      similarity: 0.7,
      edits: [
        { op: "delete", source: { start: 15, end: 17 } },
        { op: "replace", article: { start: 2, end: 3 }, source: { start: 12, end: 13 } },
      ],
    };
    const segs = editSegments(match).map(
      (s) => `${s.kind}:${s.article.start}-${s.article.end}/${s.source.start}-${s.source.end}`,
    );
    assert.deepEqual(segs, ["same:0-2/10-12", "edit:2-3/12-13", "same:3-5/13-15", "edit:5-5/15-17"]);
  });
});

describe("renderText", () => {
  const report = fixture();

  it("shows edits inline in wdiff notation, and the omitted source text", () => {
    const text = render(report, "text");
    assert.match(text, /about \[-1,200-\]\{\+3,000\+\} \{\+\[working\]\+\} islanders/);
    assert.match(
      text,
      /\[-It said it had not received the subsidy promised by the county in 2024\.-\]\{\+\. \. \.\+\}/,
    );
    assert.match(text, /omitted: \[-A council spokesperson said the delay was caused by an audit\.-\]/);
  });

  it("has compact claim and quantity tables", () => {
    const text = render(report, "text");
    assert.match(text, /^ {2}sent\. +support +voice +claim$/m);
    assert.match(text, /^ {2}15 +contradicted +author +Nearly 3,000 people depend on the ferry$/m);
    assert.match(
      text,
      /^ {2}islanders affected by the cut +NO +2,700–3,300 islanders affected \(approx\.\) +about 3,000 /m,
    );
  });

  it("uses colour only when asked", () => {
    assert.ok(!render(report, "text").includes(ESC));
    assert.ok(!render(report, "text", { color: false }).includes(ESC));
    const coloured = render(report, "text", { color: true });
    assert.ok(coloured.includes(`${ESC}9m`), "deletions struck out");
    assert.ok(coloured.includes(`${ESC}4m`), "insertions underlined");
  });

  it("keeps table columns aligned when coloured", () => {
    const strip = (s: string) => s.replace(/\u001b\[\d+m/g, "");
    assert.equal(strip(render(report, "text", { color: true })), render(report, "text"));
  });
});

describe("renderMarkdown", () => {
  const md = render(fixture(), "markdown");

  it("shows edits inline and escapes Markdown and HTML in the article's text", () => {
    assert.match(md, /about ~~1,200~~\*\*3,000\*\* \*\*\\\[working\\\]\*\* islanders/);
    assert.match(md, /\\<script\\>alert/);
    assert.match(md, /Omitted from the source: ~~A council spokesperson/);
  });

  it("has claims and quantity tables", () => {
    assert.match(md, /^## Claims$/m);
    assert.match(
      md,
      /^\| 15 \| Nearly 3,000 people depend on the ferry \| author \| quantity \| contradicted: /m,
    );
    assert.match(md, /^\| islanders affected by the cut \| \*\*no\*\* \| about 3,000 \|/m);
  });
});

describe("every format", () => {
  it("renders a report where every analysis is empty", () => {
    const article = createDocument("Just one sentence.", { id: "a" });
    const report = analyze(article, { sources: [createDocument("Another text entirely.", { id: "s" })] });
    for (const format of Object.keys(FORMATS)) assert.ok(render(report, format).length > 0, format);
  });

  it("registers the new formats", () => {
    assert.deepEqual(Object.keys(FORMATS), [
      "text",
      "json",
      "markdown",
      "html",
      "webannotation",
      "claimreview",
    ]);
  });

  it("marks no edits in a verbatim passage", () => {
    const r = fixture();
    assert.equal(
      inlineEdits(r, r.matches[0]),
      r.article.text.slice(r.matches[0].article.start, r.matches[0].article.end),
    );
  });
});
