import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../analyze.js";
import { assertValidReport, repoPath } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { nest, nestPieces } from "./html/nest.js";
import { renderHtml } from "./render-html.js";
import type { Report } from "./types.js";

const fixture = (): Report =>
  JSON.parse(readFileSync(repoPath("fixtures/reports/full-report.json"), "utf8")) as Report;

describe("fixtures/reports/full-report.json", () => {
  it("validates against the published schema", () => assertValidReport(fixture()));

  it("has every kind of content the renderers show", () => {
    const r = fixture();
    const kinds = new Set(
      r.sentences.map((s) => (s.voice.kind === "speaker" && s.voice.document ? "nested" : s.voice.kind)),
    );
    assert.deepEqual([...kinds].sort(), ["author", "document", "nested", "speaker", "unknown"]);
    assert.deepEqual(
      r.matches.map((m) => m.kind),
      ["verbatim", "edited", "verbatim"],
    );
    assert.deepEqual(
      r.matches[1].edits.map((e) => e.note),
      ["number", "bracket", "elision"],
    );
    assert.ok(r.findings.some((f) => f.ruleId === "trace/omission"));
    assert.ok(r.comparisons.some((c) => !c.agree));
    assert.deepEqual(
      new Set(r.claims.map((c) => c.support?.status ?? "none")),
      new Set(["supported", "not-found", "contradicted", "none"]),
    );
  });

  it("has spans whose text is what the annotations say", () => {
    const r = fixture();
    const text = r.article.text;
    const source = r.sources[0].text;
    assert.equal(
      text.slice(r.matches[1].edits[0].article?.start, r.matches[1].edits[0].article?.end),
      "3,000",
    );
    assert.equal(
      source.slice(r.matches[1].edits[0].source?.start, r.matches[1].edits[0].source?.end),
      "1,200",
    );
    assert.equal(
      text.slice(r.matches[1].edits[2].article?.start, r.matches[1].edits[2].article?.end),
      ". . .",
    );
    for (const q of r.quantities) assert.equal((q.source ? source : text).slice(q.start, q.end), q.text);
  });
});

describe("nest", () => {
  const mark = (start: number, end: number, tag: string) => ({
    start,
    end,
    open: (first: boolean) => `<${tag}${first ? "" : " cont"}>`,
    close: `</${tag}>`,
  });

  it("nests inner layers and splits marks that cross an outer edge", () => {
    const html = nest("abcdefgh", 0, 8, [[mark(0, 4, "s"), mark(4, 8, "s")], [mark(2, 6, "m")]]);
    assert.equal(html, "<s>ab<m>cd</m></s><s><m cont>ef</m>gh</s>");
  });

  it("comes in pieces, one per mark of the outer layer and per stretch between them", () => {
    const pieces = nestPieces(
      "ab cd ef",
      1,
      8,
      [[mark(0, 2, "s"), mark(3, 5, "s")], [mark(4, 7, "m")]],
      [{ at: 8, html: "<p/>" }],
    );
    assert.deepEqual([...pieces], ["<s cont>b</s>", " ", "<s>c<m>d</m></s>", "<m cont> e</m>f", "<p/>"]);
  });

  it("drops overlapping marks of one layer and escapes text", () => {
    assert.equal(nest("<a&b>", 0, 5, [[mark(0, 3, "x"), mark(1, 4, "y")]]), "<x>&lt;a&amp;</x>b&gt;");
  });

  it("emits each point once, at its offset, and points at the end after the text", () => {
    const html = nest(
      "one two",
      0,
      7,
      [[mark(0, 3, "w"), mark(4, 7, "w")]],
      [
        { at: 3, html: "|" },
        { at: 7, html: "$" },
        { at: 0, html: "^" },
      ],
    );
    assert.equal(html, "<w>^one</w>| <w>two</w>$");
  });
});

describe("nest, on random marks (seeded)", () => {
  // A small linear congruential generator: the same cases on every run.
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n; // the high bits: the low ones of an LCG cycle fast
  };
  const randomMarks = (length: number, count: number, tag: string) =>
    Array.from({ length: count }, () => {
      const start = rand(length);
      const end = Math.min(length, start + 1 + rand(12));
      return { start, end, open: () => `<${tag}>`, close: `</${tag}>` };
    });

  it("keeps the text, balances every tag and emits every point once", () => {
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 40 + rand(40) }, () => "ab <&>c "[rand(8)]).join("");
      const points = Array.from({ length: rand(5) }, (_, k) => ({
        at: rand(text.length + 1),
        html: `<i id="p${k}"></i>`,
      }));
      const html = nest(
        text,
        0,
        text.length,
        [
          randomMarks(text.length, 6, "s"),
          randomMarks(text.length, 6, "m"),
          randomMarks(text.length, 6, "e"),
        ],
        points,
      );
      const unescaped = html
        .replace(/<[^>]+>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
      assert.equal(unescaped, text);
      const stack: string[] = [];
      for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
        if (name === "i") continue; // the points, self-contained
        if (!close) stack.push(name);
        else assert.equal(stack.pop(), name, html);
      }
      assert.deepEqual(stack, []);
      for (let k = 0; k < points.length; k++) assert.equal(html.split(`id="p${k}"`).length, 2);
    }
  });
});

describe("renderHtml", () => {
  const html = renderHtml(fixture());

  it("is one self-contained page: no URL to fetch anything from", () => {
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /\s(src|srcset|action|poster)=/i);
    assert.doesNotMatch(html, /href="(?!#)/);
    assert.doesNotMatch(html, /url\(|@import|@font-face/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.equal(html.match(/<script>/g)?.length, 1);
  });

  it("escapes the article's text: its <script> stays text", () => {
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /&lt;script&gt;alert\(&quot;not run&quot;\)&lt;\/script&gt;/);
  });

  it("opens with the title, the byline and the four answers, then the key findings", () => {
    assert.match(
      html,
      /<h1>The Tilden Ferry Betrayal<\/h1>\n<p class="byline">Cass Renner · Island Watch · 2026-03-04<\/p>/,
    );
    const first = html.slice(html.indexOf('<section id="glance"'), html.indexOf('id="passages"'));
    for (const q of ["Whose words", "How much borrowed", "What was changed", "What the author adds"])
      assert.match(first, new RegExp(`<h2>${q}</h2><p class="fig">`), q);
    assert.match(
      first,
      /<a href="#f-1" title="[^"]*">Figure changed<\/a>: <span class="edit">.*about <\/span><del>1,200<\/del> <ins>3,000<\/ins>/,
    );
  });

  it("gives each sentence an id and its paragraph a voice band, with no tab stop per sentence", () => {
    const r = fixture();
    for (let i = 0; i < r.sentences.length; i++)
      assert.match(html, new RegExp(`<span class="s v-[a-z]+" id="s-${i + 1}">`));
    assert.doesNotMatch(html, /class="s[^"]*"[^>]*tabindex/);
    assert.match(html, /<span class="band" aria-hidden="true">(?:<i [^>]*><\/i>)*<i class="v-nested"/);
    assert.match(html, /<span class="who">document: Ferry service[^<]* · speaker: Owen Pritch/);
  });

  it("collapses each passage to its edits in context, the whole side by side behind a toggle", () => {
    assert.match(html, /<a class="reuse k-edited" id="use-2" href="#match-2"/);
    const section = html.slice(html.indexOf('<section class="match" id="match-2"'));
    const edits = section.slice(0, section.indexOf("<details>"));
    assert.match(
      edits,
      /<span class="what">number<\/span> <span class="ctx">[^<]*about <\/span><del>1,200<\/del> <ins>3,000<\/ins>/,
    );
    assert.match(edits, /<span class="what">bracket<\/span>/);
    assert.match(edits, /<span class="what">elision<\/span>/);
    assert.match(section, /<details><summary>Whole passage side by side<\/summary><div class="sbs">/);
    assert.match(section, /<ins title="replace \(number\)">3,000<\/ins>/);
  });

  it("shows omitted source text in place, collapsed, and beside the passage", () => {
    assert.match(
      html,
      /<details class="omitted" id="f-5"><summary>Omitted from coastline-courier\.txt<\/summary><del>A council spokesperson/,
    );
    const section = html.slice(html.indexOf('id="match-3"'));
    assert.match(
      section,
      /omitted by the article:<\/b> <del>A council spokesperson said the delay was caused by an audit\.<\/del>/,
    );
  });

  it("has the author's own claims, the figures that disagree and every finding, numbered without gaps", () => {
    const claims = html.slice(html.indexOf('id="claims"'), html.indexOf('id="figures"'));
    assert.match(claims, /<ol class="claims"><li><a href="#s-\d+">/);
    assert.match(html, /<span class="status status-contradicted">contradicted<\/span>/);
    assert.match(html, /<span class="disagree">✗ disagree<\/span>/);
    const list = html.slice(html.indexOf('<ol class="findings">'));
    const items = [...list.slice(0, list.indexOf("</ol>")).matchAll(/<li id="finding-(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    assert.deepEqual(
      items,
      items.map((_, i) => i + 1),
      "findings 1, 2, 3… in order",
    );
    assert.doesNotMatch(list, /<li[^>]* value=/);
    assert.match(html, /<a class="sev-warning" id="f-1" href="#finding-1"/);
  });

  it("keeps headings in order: h1, then h2 sections, then h3 inside them", () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    assert.equal(levels[0], 1);
    for (let i = 1; i < levels.length; i++)
      assert.ok(levels[i] <= levels[i - 1] + 1, `h${levels[i - 1]} then h${levels[i]}`);
  });

  it("has unique ids and every in-page link has a target", () => {
    const idList = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(idList).size, idList.length);
    const ids = new Set(idList);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.has(target), `#${target}`);
  });

  it("renders a report with no sources and no analysis, and leaves out the empty sections", () => {
    const report = analyze(createDocument("Hello there. See <b>this</b> & that.", { id: "note" }));
    assertValidReport(report);
    const page = renderHtml(report);
    assert.match(page, /id="article"/);
    assert.doesNotMatch(page, /id="passages"|id="figures"|id="all-findings"/);
    assert.match(page, /<h2>How much borrowed<\/h2><p class="fig">not traced<\/p>/);
    assert.match(page, /&lt;b&gt;this&lt;\/b&gt; &amp; that\./);
  });
});
