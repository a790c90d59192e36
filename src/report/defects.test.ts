// One test per defect a first reading of the reports found: each asserts what the rendered
// report says, so a regression reads like the complaint it answers.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../analyze.js";
import type { Quantity } from "../claims/types.js";
import type { AnyFinding } from "../core/finding.js";
import { documentFromString } from "../ingest/index.js";
import { traceAndAttribute } from "../pipeline/attribute.js";
import { assertValidReport, repoPath } from "../testing/helpers.js";
import type { Match } from "../trace/types.js";
import { quantityValue, similarityLabel } from "./describe.js";
import { FORMATS, render } from "./formats.js";
import { renderHtml } from "./render-html.js";
import { keyFindings } from "./summary.js";
import type { Report } from "./types.js";

const read = (path: string) => readFileSync(repoPath(path), "utf8");
const opinion = () =>
  analyze(documentFromString(read("fixtures/reports/opinion/post.txt"), { id: "post.txt" }), {
    sources: [documentFromString(read("fixtures/reports/opinion/source.txt"), { id: "source.txt" })],
  });

const finding = (ruleId: string, start: number, message = ruleId): AnyFinding => ({
  ruleId,
  source: ruleId.split("/")[0],
  severity: "warning",
  message,
  span: { start, end: start + 5 },
  data: {},
});
const match = (start: number, end: number, attributed: boolean): Match => ({
  article: { start, end },
  source: { id: "s", start: 0, end: end - start },
  kind: "verbatim",
  similarity: 1,
  edits: [],
  attributed,
});

describe("the summary ranks what matters and says it once", () => {
  it("puts a changed figure before uncredited reuse that comes earlier in the text", () => {
    const key = keyFindings(
      [
        finding("voice/unattributed-reuse", 10),
        finding("trace/omission", 20),
        finding("trace/changed-number", 900),
      ],
      [],
      1,
    );
    assert.deepEqual(
      key.map((k) => k.kind),
      ["changed-number", "uncredited", "omitted"],
    );
  });

  it("groups repeats into one line that holds them all", () => {
    const findings = Array.from({ length: 17 }, (_, i) => finding("voice/unattributed-reuse", i * 100));
    const [line] = keyFindings(findings, [], 1);
    assert.equal(line.title, "17 passages reproduced without credit");
    assert.equal(line.findings.length, 17);
    assert.ok(line.grouped);
    const twice = keyFindings([finding("x/y", 1, "same"), finding("x/y", 50, "same")], [], 1);
    assert.deepEqual(
      twice.map((k) => [k.title, k.count]),
      [["same", 2]],
    );
  });

  it("never calls a passage marked attributed uncredited", () => {
    const key = keyFindings(
      [finding("voice/unattributed-reuse", 110), finding("voice/unattributed-reuse", 400)],
      [match(100, 300, true), match(400, 500, false)],
      1,
    );
    assert.deepEqual(
      key.flatMap((k) => k.findings),
      [1],
    );
    const report = opinion();
    for (const m of report.matches.filter((x) => x.attributed === true)) {
      const covering = report.findings.filter(
        (f) =>
          /unattributed/.test(f.ruleId) &&
          f.span &&
          f.span.start < m.article.end &&
          m.article.start < f.span.end,
      );
      assert.deepEqual(covering, [], "an attributed passage has no unattributed finding");
    }
  });

  it("slots a new analyzer's findings in by rule data: support findings rank with the changes", () => {
    const key = keyFindings(
      [
        finding("voice/unattributed-reuse", 1),
        finding("support/not-found", 9),
        finding("support/not-found", 99),
      ],
      [],
      1,
    );
    assert.equal(key[0].kind, "assertion-gap");
    assert.equal(key[0].title, "2 claims of the author's that no source supports");
  });
});

describe("the reports of an opinion post reproducing an investigation", () => {
  const report = opinion();

  it("validates and leads every format with the changed figure and the added negation", () => {
    assertValidReport(report);
    const text = render(report, "text");
    const head = text.slice(0, text.indexOf("\nSentences"));
    assert.match(head, /\[-11\.7-\]\{\+17\+\} million crowns/);
    assert.match(head, /said the audit had \{\+not\+\} been referred/);
    const md = render(report, "markdown");
    assert.match(md.slice(0, md.indexOf("## Sentences")), /~~11\.7~~ \*\*17\*\*/);
    const html = renderHtml(report);
    const first = html.slice(0, html.indexOf('id="passages"'));
    assert.match(first, /<del>11\.7<\/del> <ins>17<\/ins>/);
    assert.match(first, /had <\/span><ins>not<\/ins>/);
  });

  it("calls the elision marker an elision, never a dropped negation", () => {
    const elision = report.findings.filter((f) => f.actual?.includes(". . . . ."));
    assert.ok(elision.length > 0);
    for (const f of elision) assert.notEqual(f.ruleId, "trace/dropped-negation");
    assert.ok(elision.some((f) => f.ruleId === "trace/elided-negation"));
    assert.doesNotMatch(render(report, "text"), /negation of source\.txt is gone: [^\n]*\. \. \. \. \./);
  });

  it("gives the quantifier change 'a few' -> 'some' a finding, shown in the summary", () => {
    const f = report.findings.find((x) => x.expected === "a few" && x.actual === "some");
    assert.equal(f?.ruleId, "trace/changed-quantifier");
    assert.match(
      render(report, "text"),
      /Quantifier|quantifier|How much source\.txt claims changed: "a few" became "some"/,
    );
  });

  it("agrees with the trace command on which passages are attributed", () => {
    const post = documentFromString(read("fixtures/reports/opinion/post.txt"), { id: "post.txt" });
    const source = documentFromString(read("fixtures/reports/opinion/source.txt"), { id: "source.txt" });
    const traced = traceAndAttribute(post, [source]).trace;
    assert.deepEqual(
      traced.matches.map((m) => [m.article.start, m.attributed]),
      report.matches.map((m) => [m.article.start, m.attributed]),
    );
  });

  it("links the citation to the given source, so the document has one name", () => {
    assert.equal(report.citations[0]?.source, "source.txt");
    const names = new Set(
      report.sentences.filter((s) => s.voice.kind === "document").map((s) => s.voice.name ?? ""),
    );
    const silt = [...names].filter((n) => /silt contract/i.test(n));
    assert.equal(silt.length, 1, [...names].join(" | "));
  });

  it("keeps paragraph breaks in the side-by-side view", () => {
    const html = renderHtml(report);
    const spanning = report.matches.findIndex((m) =>
      report.article.text.slice(m.article.start, m.article.end).includes("\n\n"),
    );
    assert.ok(spanning >= 0, "a passage runs over a paragraph break");
    const section = html.slice(html.indexOf(`id="match-${spanning + 1}"`));
    assert.match(section.slice(0, section.indexOf("</section>")), /<br><br>/);
  });
});

describe("what the renderers print", () => {
  it("never shows 100% similar for a passage with edits", () => {
    const m: Match = { ...match(0, 400, true), kind: "edited", similarity: 0.996 };
    assert.equal(similarityLabel(m), "100%");
    m.edits = [
      { op: "replace", article: { start: 5, end: 6 }, source: { id: "s", start: 5, end: 6 } } as never,
    ];
    assert.equal(similarityLabel(m), "99%");
  });

  it("makes counted nouns and units agree with their number", () => {
    const q = (low: number, high: number, extra: Partial<Quantity>) =>
      ({ text: "", start: 0, end: 1, low, high, approx: false, vague: false, ...extra }) as Quantity;
    assert.equal(quantityValue(q(1, 1, { counted: "stories" })), "1 story");
    assert.equal(quantityValue(q(1, 1, { counted: "companies" })), "1 company");
    assert.equal(quantityValue(q(6, 6, { unit: "hour" })), "6 hours");
    assert.equal(quantityValue(q(1, 1, { unit: "hour" })), "1 hour");
    assert.equal(quantityValue(q(30, 30, { unit: "%" })), "30 %");
    assert.equal(quantityValue(q(2, 2, { counted: "islanders affected" })), "2 islanders affected");
  });

  it("shows no empty evidence quote", () => {
    const report = opinion();
    report.findings.push({
      ...(finding("support/not-found", 10) as Report["findings"][number]),
      evidence: [
        { id: "source.txt", start: 5, end: 5 },
        { id: "missing", start: 0, end: 10 },
        { id: "source.txt", start: 0, end: 3 },
      ],
    });
    const html = renderHtml(report);
    assert.doesNotMatch(html, /<q><\/q>/);
    assert.match(html, /<q>The<\/q>/);
  });
});

describe("bad inputs to analyze", () => {
  const article = "A short article. It says little.";

  it("analyses a string, and refuses anything else with a clear error", () => {
    const report = analyze(article, { sources: ["Another text entirely, about something else."] });
    assert.equal(report.article.text, article);
    assert.equal(report.sources[0].id, "source-1");
    assert.throws(() => analyze(42 as never), /the article must be a string or a Document/);
    assert.throws(() => analyze({ tokens: 1 } as never), /not another object/);
  });

  it("refuses the article as its own source and the same source twice", () => {
    const doc = documentFromString(article, { id: "a" });
    const other = "Some other text. It is the source.";
    assert.throws(
      () => analyze(doc, { sources: [documentFromString(article, { id: "copy" })] }),
      /copy: this source is the article itself/,
    );
    assert.throws(
      () =>
        analyze(doc, {
          sources: [documentFromString(other, { id: "one" }), documentFromString(other, { id: "two" })],
        }),
      /two: the same source is given twice \(also as one\)/,
    );
    assert.throws(
      () => analyze(doc, { sources: [documentFromString(other, { id: "a" })] }),
      /a source has the article's id "a"/,
    );
  });
});

describe("a 50 MB article", () => {
  it("renders in every format without crashing", () => {
    // One small analysed report, its article grown to 50 MB: long sentences keep the test quick,
    // while a claim every 250 characters gives tables longer than a spread call can take.
    const base = analyze("A figure of 12 rose in the town of Lessing. Then it fell to 10, said Ana Ruiz.");
    const filler = " The count went on and on".repeat(80);
    const unit = `${base.article.text}${filler}.`;
    const step = unit.length + 2;
    const copies = Math.ceil((50 * 1024 * 1024) / step);
    const text = Array.from({ length: copies }, () => unit).join("\n\n");
    const report = structuredClone(base);
    report.article.text = text;
    report.article.paragraphs = [];
    report.sentences = [];
    report.claims = [];
    const claim = base.claims[0];
    for (let k = 0; k < copies; k++) {
      const at = k * step;
      report.article.paragraphs.push({ start: at, end: at + unit.length, kind: "paragraph" });
      report.sentences.push({ start: at, end: at + unit.length, paragraph: k, voice: { kind: "author" } });
      for (let c = 0; c < unit.length - 30; c += 250)
        report.claims.push({ ...claim, start: at + c, end: at + c + 20, sentence: k, quantities: [] });
    }
    report.summary.sentences = report.sentences.length;
    assert.ok(text.length >= 50 * 1024 * 1024);
    assert.ok(report.claims.length > 150_000, "more table rows than a spread call can take");
    for (const format of Object.keys(FORMATS)) assert.ok(render(report, format).length > 0, format);
  });
});
