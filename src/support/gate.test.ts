import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import { analyze } from "../analyze.js";
import { loadData } from "../data.js";
import { claimReviews } from "../report/export-claimreview.js";
import { webAnnotations } from "../report/export-web-annotation.js";
import { renderHtml } from "../report/render-html.js";
import { renderMarkdown } from "../report/render-markdown.js";
import { renderText } from "../report/render-text.js";
import { assertValidReport } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { confidenceOf, type SupportGate } from "./gate.js";

// Invented: a parish newsletter on a village hall, and the hall committee's note it leans on.
const NOTE = `Orrinford village hall committee, spring note

Repairs to the roof of the village hall will cost £42,000, the committee's surveyor estimates. Fitting a heat pump may lower the hall's fuel bills next winter.`;

const POST = `Our hall

By Tamsin Eade

Mending the village hall's roof will cost £24,000. Thanks to the new heat pump, the hall will pay less for fuel next winter.`;

/** A gate measured as the data file measures: figure contradictions over the bar, dropped hedges short of it. */
const GATE: SupportGate = {
  minPrecision: 0.9,
  minPredictions: 15,
  measured: [
    { status: "contradicted", rule: "quantity", right: 19, predicted: 20 },
    // Precise, but over too few ratings to tell.
    { status: "overreach", rule: "hedge", right: 14, predicted: 14 },
  ],
};

const run = (gate?: SupportGate) =>
  analyze(createDocument(POST, { id: "newsletter" }), {
    sources: [createDocument(NOTE, { id: "note" })],
    supportGate: gate,
  });

/** Each rated claim as `words -> status (confidence)`. */
const ratings = (report: ReturnType<typeof run>) =>
  report.claims.flatMap((c) =>
    c.support
      ? [
          `${report.article.text.slice(c.start, c.end)} -> ${c.support.status} [${c.support.rule}] (${c.support.confidence ?? "-"})`,
        ]
      : [],
  );

const supportWarnings = (report: ReturnType<typeof run>) =>
  report.findings
    .filter((f) => f.ruleId === "support/contradicted" || f.ruleId === "support/overreach")
    .map((f) => `${f.ruleId}: ${report.article.text.slice(f.span?.start, f.span?.end)}`);

describe("a kind of rating over the gate's bar is a warning; one below it is a passage to read", () => {
  const report = run(GATE);

  it("keeps both ratings, each with its confidence", () => {
    assertValidReport(report);
    assert.deepEqual(ratings(report), [
      "Mending the village hall's roof will cost £24,000. -> contradicted [quantity] (firm)",
      "Thanks to the new heat pump, the hall will pay less for fuel next winter. -> overreach [hedge] (tentative)",
    ]);
  });

  it("warns of the firm rating only", () => {
    assert.deepEqual(supportWarnings(report), [
      "support/contradicted: Mending the village hall's roof will cost £24,000.",
    ]);
    assert.equal(report.summary.unsupportedClaims, 1);
    assert.equal(report.summary.tentativeClaims, 1);
  });

  it("shows the tentative one as a passage to read in every format, never as a verdict", () => {
    const text = renderText(report);
    assert.match(text, /1 not supported by the source given, 1 to read against its passage/);
    assert.match(text, /overreach\? +author +Thanks to the new heat pump/);
    assert.match(text, /overreach\?: tentative ratings, passages to read, not verdicts/);
    assert.doesNotMatch(text, /Stronger than/);
    const markdown = renderMarkdown(report);
    assert.match(markdown, /\| overreach\?: the source hedges/);
    assert.match(markdown, /tentative ratings, passages to read, not verdicts/);
    const html = renderHtml(report);
    assert.match(html, /<span class="status status-tentative">overreach\? read the passage<\/span>/);
    // One card, the firm contradiction's: the tentative rating makes none.
    assert.equal(html.match(/<li class="card /g)?.length, 1);
    const review = claimReviews(report).find((r) => r.claimReviewed.startsWith("Thanks to"));
    assert.equal(review?.reviewRating?.alternateName, "Read the cited passage: it may say less");
    const tags = webAnnotations(report).flatMap((a) => a.body.map((b) => b.value));
    assert.ok(tags.includes("support/overreach-tentative"), tags.join(", "));
    assert.ok(tags.includes("support/contradicted"), tags.join(", "));
  });
});

test("with the gate of data/support-gate.json, a kind short of the bar warns of nothing", () => {
  const report = run();
  assert.deepEqual(
    ratings(report).map((r) => r.replace(/^.* -> /, "")),
    ["contradicted [quantity] (tentative)", "overreach [hedge] (tentative)"],
  );
  assert.deepEqual(supportWarnings(report), []);
  assert.equal(report.summary.tentativeClaims, 2);
});

test("the gate: a kind must be measured, precise and measured often enough; the article's own quote is never firm", () => {
  const rating = (status: "contradicted" | "overreach" | "supported", rule: string, id = "note") => ({
    status,
    rule,
    evidence: { id },
  });
  assert.equal(confidenceOf(rating("contradicted", "quantity"), "post", GATE), "firm");
  assert.equal(confidenceOf(rating("overreach", "hedge"), "post", GATE), "tentative");
  assert.equal(confidenceOf(rating("contradicted", "negation"), "post", GATE), "tentative");
  assert.equal(confidenceOf(rating("contradicted", "quantity", "post"), "post", GATE), "tentative");
  assert.equal(confidenceOf(rating("supported", "match"), "post", GATE), undefined);
  const barely = {
    ...GATE,
    measured: [{ status: "contradicted" as const, rule: "quantity", right: 17, predicted: 19 }],
  };
  assert.equal(confidenceOf(rating("contradicted", "quantity"), "post", barely), "tentative");
});

test("data/support-gate.json: each kind measured once, never more right than rated", () => {
  const gate = loadData<SupportGate>("support-gate.json");
  const kinds = gate.measured.map((k) => `${k.status}/${k.rule}`);
  assert.equal(new Set(kinds).size, kinds.length, kinds.join(", "));
  for (const k of gate.measured) assert.ok(k.right <= k.predicted, `${k.status}/${k.rule}`);
});
