import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { maxOf } from "../collections.js";
import { repoPath } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { escapeJsonForHtml } from "./escape.js";
import { webAnnotationCollection } from "./export-web-annotation.js";
import { FORMAT_NAMES } from "./format-names.js";
import { render, renderChunks } from "./formats.js";
import { jsonChunks } from "./json-stream.js";
import { PIECE_CHARS } from "./lines.js";
import { renderJson } from "./render-json.js";
import type { Report } from "./types.js";

const report = analyze(
  createDocument(readFileSync(repoPath("examples/heatwave-blog.txt"), "utf8"), { id: "article" }),
  {
    sources: [
      createDocument(readFileSync(repoPath("examples/heatwave-report.txt"), "utf8"), { id: "source" }),
    ],
  },
);

test("the JSON pieces join into exactly the rendered JSON, whatever the piece size", () => {
  const whole = renderJson(report);
  for (const size of [1, 100, 4096, 1 << 20])
    assert.equal([...jsonChunks(report, size)].join(""), whole, `size ${size}`);
});

test("pieces stay near the size asked for, apart from one long member", () => {
  const pieces = [...jsonChunks(report, 1000)];
  assert.ok(pieces.length > 5);
  const longest = Math.max(report.article.text.length, ...report.sources.map((s) => s.text.length));
  for (const p of pieces) assert.ok(p.length < 1000 + longest + 100, `${p.length}`);
});

test("empty containers, missing members and nested values are written as JSON.stringify writes them", () => {
  const odd = {
    schema: "x",
    empty: [],
    none: {},
    gone: undefined,
    list: [1, undefined, { a: [], b: { c: [1, { d: "e\nf" }] } }],
    date: new Date(0),
  } as unknown as Report;
  assert.equal([...jsonChunks(odd, 3)].join(""), renderJson(odd));
});

test("long lists written in runs of members, with long members among them, are what JSON.stringify writes", () => {
  const members: unknown[] = [];
  for (let i = 0; i < 300; i++)
    members.push(
      i % 97 === 5
        ? { text: "x\n".repeat(3000), n: i }
        : i % 89 === 7
          ? { list: Array.from({ length: 600 }, (_, k) => ({ k })) }
          : i % 50 === 3
            ? undefined
            : i % 71 === 2
              ? () => i
              : { i, nested: { words: ["a", "b"], deep: [{ s: `line ${i}\nnext` }] } },
    );
  const sparse = new Array(3);
  sparse[0] = 1;
  sparse[2] = 3;
  const odd = { schema: "x", members, top: [members.slice(0, 80)], sparse } as unknown as Report;
  for (const size of [1, 5000, 1 << 16]) assert.equal([...jsonChunks(odd, size)].join(""), renderJson(odd));
});

test("every format's pieces join into exactly its rendering (the JSON-LD exports escaped for HTML)", () => {
  const hostile = {
    ...report,
    article: { ...report.article, title: "</script><b>&\u2028" },
  };
  for (const format of FORMAT_NAMES) {
    assert.equal([...renderChunks(hostile, format)].join(""), render(hostile, format), format);
  }
  // Small pieces: the escape applied piece by piece gives what it gives applied to the whole.
  assert.equal(
    [...jsonChunks(webAnnotationCollection(hostile), 50, escapeJsonForHtml)].join(""),
    render(hostile, "webannotation"),
  );
});

test("a long report comes in pieces of about 64 KB in every format, never as one string", () => {
  const blog = readFileSync(repoPath("examples/heatwave-blog.txt"), "utf8");
  const long = analyze(createDocument(Array(40).fill(blog).join("\n\n"), { id: "article" }), {
    sources: [
      createDocument(readFileSync(repoPath("examples/heatwave-report.txt"), "utf8"), { id: "source" }),
    ],
  });
  for (const format of FORMAT_NAMES) {
    const pieces = [...renderChunks(long, format)];
    const whole = render(long, format);
    assert.ok(whole.length > 3 * PIECE_CHARS, `${format}: ${whole.length} characters is not long`);
    assert.ok(pieces.length >= whole.length / (2 * PIECE_CHARS), `${format}: ${pieces.length} pieces`);
    // A piece is cut at the first line, block or member that fills it: one such unit beyond 64 KB.
    const unit =
      format === "text" || format === "markdown" ? maxOf(whole.split("\n").map((l) => l.length)) : 0;
    for (const piece of pieces.slice(0, -1))
      assert.ok(piece.length >= PIECE_CHARS, `${format}: a short piece before the last`);
    if (unit > 0)
      for (const piece of pieces)
        assert.ok(piece.length <= PIECE_CHARS + unit + 1, `${format}: ${piece.length}`);
  }
});
