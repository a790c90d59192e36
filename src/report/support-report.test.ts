import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../analyze.js";
import { assertValidReport, EVERY_KIND_FIRM, repoPath } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { claimReviews } from "./export-claimreview.js";
import { webAnnotations } from "./export-web-annotation.js";
import { render } from "./formats.js";
import { renderHtml } from "./render-html.js";
import type { Report } from "./types.js";

// Invented: a blog post on a council depot, two invented sources it leans on, and a quoted
// councillor whose sweeping claim is his own, not the author's.
const POST = `The Quarry Road Decision

Posted by Nell Haverford, Fenmoor Notes

The Fenmoor district council has approved the Quarry Road depot. The new depot will cut bin collection costs by 15 percent. At least forty lorry drivers will be hired for the depot in 2027. "This depot proves the council has abandoned the villages for good," said Arlo Pennick, a parish councillor.

This decision proves that the council has betrayed every village in the district.`;
const APPROVAL = `Fenmoor council approves depot

The Fenmoor district council has approved the Quarry Road depot. Officials said the new depot may cut bin collection costs by up to 15 percent.`;
const STAFFING = `Quarry Road depot staffing plan

The depot will employ 25 lorry drivers from 2027. Recruitment opens in March.`;

const post = (sources: [string, string][]): Report =>
  analyze(createDocument(POST, { id: "post" }), {
    sources: sources.map(([id, text]) => createDocument(text, { id })),
    // How firm findings are shown, whichever kinds the blind measures let through today.
    supportGate: EVERY_KIND_FIRM,
  });
const withoutSource = post([]);
const withSources = post([
  ["approval", APPROVAL],
  ["staffing", STAFFING],
]);

/** The text report's first screen: what comes before the sentences. */
const lead = (report: Report, format: "text" | "markdown"): string => {
  const out = render(report, format);
  return out.slice(0, out.indexOf(format === "text" ? "\nSentences" : "## Sentences"));
};
/** The HTML section of cards: what the sources do not back. */
const cards = (report: Report): string => {
  const html = renderHtml(report);
  const at = html.indexOf('<section id="support"');
  return at < 0 ? "" : html.slice(at, html.indexOf("</section>", at));
};

describe("the assertion gap says what was searched", () => {
  it("with no source file: nothing the article quotes or reproduces backs the claim, in every format", () => {
    assertValidReport(withoutSource);
    const gap = withoutSource.findings.filter((f) => f.ruleId === "support/assertion-gap");
    assert.equal(gap.length, 1, "one sweeping conclusion of the author's");
    assert.match(gap[0].message, /^Nothing the article quotes or reproduces backs this /);
    const key = withoutSource.summary.key[0];
    assert.equal(key.kind, "assertion-gap");
    assert.match(key.why, /nothing the article quotes or reproduces backs them/);
    for (const format of ["text", "markdown", "html", "json", "webannotation", "claimreview"] as const) {
      const out = render(withoutSource, format);
      assert.doesNotMatch(out, /sources given|No source backs|no source supports/i, format);
      assert.doesNotMatch(
        out,
        /by the cited source|than the cited source/i,
        `${format}: no source was cited`,
      );
    }
    const gapReview = claimReviews(withoutSource).find((r) =>
      r["sourcetrace:support"]?.startsWith("not-found"),
    );
    assert.equal(
      gapReview?.reviewRating?.alternateName,
      "Not supported by anything the article quotes or reproduces",
    );
    for (const format of ["text", "markdown", "html", "webannotation"] as const)
      assert.match(
        render(withoutSource, format),
        /Nothing the article quotes or reproduces backs this/,
        format,
      );
    assert.match(lead(withoutSource, "text"), /not supported by what the article quotes or reproduces/);
    assert.match(renderHtml(withoutSource), /What the article&#39;s quoted text does not back/);
  });

  it("with sources: names them, and the rule id stays the same", () => {
    const gap = withSources.findings.filter((f) => f.ruleId === "support/assertion-gap");
    assert.equal(gap.length, 1);
    assert.match(gap[0].message, /^Nothing in approval or staffing backs this concluding and sweeping claim/);
    const text = lead(withSources, "text");
    assert.match(
      text,
      /why it matters: These are the author's own conclusions: nothing in the 2 sources given backs them\./,
    );
    assert.match(text, /, 2 not supported by the 2 sources given/);
    assert.doesNotMatch(text, /quotes or reproduces/);
    assert.match(renderHtml(withSources), /<h2 id="support-h">What the sources do not back<\/h2>/);
  });
});

describe("the summary's lead: the author's claims only, the assertion gap first", () => {
  it("with two sources: the assertion gap, then overreach, then the contradicted claim", () => {
    const kinds = withSources.summary.key.map((k) => k.kind);
    assert.deepEqual(kinds.slice(0, 3), ["assertion-gap", "overreach", "contradicted"], kinds.join(", "));
    const text = lead(withSources, "text");
    const at = (s: string) => text.indexOf(s);
    assert.ok(at("This decision proves") > 0, text);
    assert.ok(at("This decision proves") < at("The new depot will cut"), text);
    assert.ok(at("The new depot will cut") < at("At least forty lorry drivers"), text);
    const html = cards(withSources);
    const kindsShown = [...html.matchAll(/<p class="card-kind">([^<·]+)/g)].map((m) => m[1].trim());
    assert.deepEqual(kindsShown, ["Assertion gap", "Overreach", "Contradicted"]);
    // Each card holds the passage it was rated against and its reason.
    assert.match(html, /Contradicted by the cited source<\/span>: the source gives &quot;25&quot;/);
    assert.match(html, /The depot will employ 25 lorry drivers from 2027\.<\/p><footer>staffing<\/footer>/);
  });

  it("with no source: only the gap leads, since the article's own quotes back no warning", () => {
    const kinds = withoutSource.summary.key.map((k) => k.kind);
    assert.deepEqual(kinds, ["assertion-gap"]);
    assert.equal([...cards(withoutSource).matchAll(/class="card /g)].length, 1);
  });

  it("never puts a quoted speaker's sweeping claim there", () => {
    for (const report of [withoutSource, withSources]) {
      assert.doesNotMatch(lead(report, "text"), /abandoned the villages/);
      assert.doesNotMatch(lead(report, "markdown"), /abandoned the villages/);
      // His quote may be shown as the closest passage to the author's claim, never as a claim.
      const claimed = [...cards(report).matchAll(/<p class="card-claim">(.*?)<\/p>/g)].map((m) => m[1]);
      assert.ok(claimed.length > 0);
      for (const c of claimed) assert.doesNotMatch(c, /abandoned the villages/);
      const quoted = report.claims.find((c) =>
        report.article.text.slice(c.start, c.end).includes("abandoned"),
      );
      assert.equal(quoted?.support, undefined, "a quoted speaker's claim is not rated as the author's");
    }
  });
});

// Invented: one sentence makes two claims, one the source supports, one it contradicts.
const SCHEME = `Licensing in Brackwater

The Brackwater licensing scheme, introduced in 2019, now covers some 3,200 homes. Rents in the town rose by 6 percent last year, and the council blames landlords for the rise.`;
const HOUSING = `Brackwater housing report

The council introduced its landlord licensing scheme in 2021. The scheme now covers some 3,200 homes. Rents in the town rose by 6 percent last year.`;

describe("a sentence that makes several claims is rated claim by claim in every format", () => {
  const report = analyze(createDocument(SCHEME, { id: "post" }), {
    sources: [createDocument(HOUSING, { id: "housing" })],
    supportGate: EVERY_KIND_FIRM,
  });
  const text = report.article.text;
  const sentence = report.claims.find((c) => text.slice(c.start, c.end).startsWith("The Brackwater"));
  const words = (s: { start: number; end: number }) => text.slice(s.start, s.end);

  it("holds one supported claim and one contradicted claim", () => {
    assertValidReport(report);
    const units = sentence?.support?.units ?? [];
    assert.deepEqual(
      units.map((u) => [u.status, words(u)]),
      [
        ["supported", "The Brackwater licensing scheme, introduced in 2019, now covers some 3,200 homes."],
        ["contradicted", "introduced in 2019"],
      ],
    );
  });

  it("gives each its own ClaimReview, with its span, neutral rating and evidence", () => {
    const stubs = claimReviews(report).filter(
      (r) => r["sourcetrace:sentenceSpan"] === `${sentence?.start}-${sentence?.end}`,
    );
    assert.deepEqual(
      stubs.map((s) => [s.claimReviewed, s.reviewRating?.alternateName, s["sourcetrace:unit"]]),
      [
        [
          "The Brackwater licensing scheme, introduced in 2019, now covers some 3,200 homes.",
          "Supported by the cited source",
          "main",
        ],
        ["introduced in 2019", "Contradicted by the cited source", "participial"],
      ],
    );
    assert.match(stubs[0]["sourcetrace:evidence"]?.[0].text ?? "", /now covers some 3,200 homes/);
    assert.match(stubs[1]["sourcetrace:evidence"]?.[0].text ?? "", /in 2021/);
    assert.equal(stubs[1]["sourcetrace:evidence"]?.[0]["sourcetrace:source"], "housing");
    const start = text.indexOf("introduced in 2019");
    assert.equal(stubs[1]["sourcetrace:span"], `${start}-${start + "introduced in 2019".length}`);
    for (const s of stubs) assert.doesNotMatch(s.reviewRating?.alternateName ?? "", /\b(true|false)\b/i);
  });

  it("gives each its own Web Annotation on its own words, with the passage it was rated against", () => {
    const rated = webAnnotations(report).filter(
      (a) =>
        a.body.some((b) => b.purpose === "describing" && String(b.value).startsWith("one of 2 claims")) &&
        a.target.selector[1].start >= (sentence?.start ?? 0),
    );
    const shown = rated.map((a) => [a.target.selector[0].exact, String(a.body[0].value).split(":")[0]]);
    assert.deepEqual(shown, [
      [
        "The Brackwater licensing scheme, introduced in 2019, now covers some 3,200 homes.",
        "Supported by the cited source",
      ],
      ["introduced in 2019", "Contradicted by the cited source"],
    ]);
    const evidence = rated[1].body.find((b) => b.type === "SpecificResource") as
      | { selector: { exact?: string }[] }
      | undefined;
    assert.match(evidence?.selector[0].exact ?? "", /in 2021/);
  });

  it("shows the contradicted claim's own words beside its evidence card, naming its sentence", () => {
    const html = cards(report);
    assert.match(html, /<p class="card-claim"><a href="#[^"]+">introduced in 2019<\/a><\/p>/);
    assert.match(html, /One of 2 claims of the sentence “The Brackwater licensing scheme/);
    assert.match(html, /in 2021\.<\/p><footer>housing<\/footer>/);
    const txt = lead(report, "text");
    assert.match(txt, /- "introduced in 2019" \(article \d+-\d+\)\n {7}one of 2 claims of: "The Brackwater/);
    assert.match(txt, /housing \d+-\d+: "The council introduced its landlord licensing scheme in 2021\."/);
    const md = render(report, "markdown");
    assert.match(
      md,
      /supported: "The Brackwater licensing scheme[^|]*; contradicted: "introduced in 2019" \\\(the source gives/,
    );
  });
});

describe("the table of other claims", () => {
  it("labels the passage beside a claim no passage says as the closest, on its topic only", () => {
    const report = JSON.parse(readFileSync(repoPath("fixtures/reports/full-report.json"), "utf8")) as Report;
    const betrayal = report.claims.find((c) =>
      report.article.text.slice(c.start, c.end).startsWith("This betrayal"),
    );
    assert.ok(betrayal && !betrayal.checkworthy, "a claim of the table of other claims");
    const start = report.sources[0].text.indexOf("County officials said");
    betrayal.support = {
      status: "not-found",
      reason: "no passage says this: the closest speaks only of its topic (30% of the claim's words)",
      rule: "no-passage",
      subject: "author",
      evidence: [{ id: report.sources[0].id, start, end: start + 66 }],
    };
    assertValidReport(report);
    assert.match(
      renderHtml(report),
      /of its topic \(30% of the claim&#39;s words\)<br><span class="note">closest passage, on the topic only: <\/span><q>County officials said/,
    );
  });
});
