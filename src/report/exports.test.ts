import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../analyze.js";
import { repoPath } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { claimReviews, renderClaimReview } from "./export-claimreview.js";
import { textSelectors, webAnnotationCollection, webAnnotations } from "./export-web-annotation.js";
import { render } from "./formats.js";
import type { Report } from "./types.js";

const fixture = (): Report =>
  JSON.parse(readFileSync(repoPath("fixtures/reports/full-report.json"), "utf8")) as Report;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

describe("Web Annotation export", () => {
  const report = fixture();
  const collection = webAnnotationCollection(report);
  const items = collection.first.items;

  it("is an AnnotationCollection with the model's context, id, type, total and first page", () => {
    assert.equal(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert.match(collection.id, IRI);
    assert.equal(collection.type, "AnnotationCollection");
    assert.equal(collection.total, items.length);
    assert.equal(collection.first.type, "AnnotationPage");
    assert.match(collection.first.id, IRI);
  });

  it("has one annotation per finding with a span, rated claim (each claim unit of a sentence), quote and match", () => {
    const expected =
      report.findings.filter((f) => f.span).length +
      report.claims.reduce((n, c) => n + (c.support ? (c.support.units?.length ?? 1) : 0), 0) +
      report.quotes.length +
      report.matches.length;
    assert.equal(items.length, expected);
  });

  it("carries each rated claim's neutral rating and the passage it was rated against", () => {
    const contradicted = items.find(
      (a) =>
        a.body.some((b) => b.value === "support/contradicted") &&
        String(a.body[0].value).startsWith("Contradicted by the cited source: "),
    );
    assert.equal(contradicted?.motivation, "assessing");
    const evidence = contradicted?.body.find((b) => b.type === "SpecificResource") as
      | { selector: { exact?: string }[] }
      | undefined;
    assert.ok(evidence?.selector[0].exact?.includes("1,200"));
  });

  it("gives every annotation the required id, type and target, and a textual body", () => {
    const ids = new Set<string>();
    for (const a of items) {
      assert.match(a.id, IRI);
      assert.ok(!ids.has(a.id), "ids are unique");
      ids.add(a.id);
      assert.equal(a.type, "Annotation");
      assert.match(a.target.source, IRI);
      assert.ok(["assessing", "commenting", "describing", "linking"].includes(a.motivation));
      const text = a.body.find((b) => b.type === "TextualBody");
      assert.ok(text && typeof text.value === "string" && text.value.length > 0);
    }
  });

  it("selects the annotated text with a quote and a position selector that agree", () => {
    const text = report.article.text;
    for (const a of items) {
      const [quote, position] = a.target.selector;
      assert.equal(quote.type, "TextQuoteSelector");
      assert.equal(position.type, "TextPositionSelector");
      assert.equal(
        text.slice(position.start, position.end),
        quote.exact,
        "no astral characters in the fixture: code points = code units",
      );
      assert.ok(text.slice(0, position.start).endsWith(quote.prefix));
      assert.ok(text.slice(position.end).startsWith(quote.suffix));
    }
    const finding = items.find((a) => a.body.some((b) => b.value === "trace/changed-number"));
    assert.equal(finding?.target.selector[0].exact, "3,000");
    const evidence = finding?.body.find((b) => b.type === "SpecificResource") as
      | { selector: { exact?: string }[] }
      | undefined;
    assert.equal(evidence?.selector[0].exact, "1,200");
  });

  it("counts positions in code points, as the model requires", () => {
    const text = "🙂 ab 🙂 cd";
    const start = text.indexOf("cd");
    const sel = textSelectors(text, start, start + 2);
    assert.deepEqual(sel.position, { type: "TextPositionSelector", start: 7, end: 9 });
    assert.equal([...text].slice(sel.position.start, sel.position.end).join(""), "cd");
    assert.equal(sel.quote.exact, "cd");
  });

  it("is deterministic and renders as JSON through the format registry", () => {
    assert.deepEqual(webAnnotations(fixture()), webAnnotations(fixture()));
    assert.deepEqual(JSON.parse(render(report, "webannotation")), collection);
  });
});

describe("ClaimReview export", () => {
  const report = fixture();
  const reviews = claimReviews(report);

  it("has one stub per check-worthy claim (each claim unit of a rated sentence), with the required schema.org fields", () => {
    const expected = report.claims
      .filter((c) => c.checkworthy)
      .reduce((n, c) => n + (c.support?.units?.length ?? 1), 0);
    assert.equal(reviews.length, expected);
    for (const r of reviews) {
      assert.equal(r["@context"]["@vocab"], "https://schema.org/");
      assert.equal(r["@type"], "ClaimReview");
      assert.ok(r.claimReviewed.length > 0);
      assert.equal(r.itemReviewed["@type"], "Claim");
      assert.equal(r.itemReviewed.appearance["@type"], "CreativeWork");
      assert.equal(r.itemReviewed.appearance.headline, "The Tilden Ferry Betrayal");
    }
  });

  it("invents no reviewer, review URL or review date, and no true/false or numeric rating", () => {
    for (const r of reviews) {
      for (const key of ["author", "url", "datePublished"]) assert.ok(!(key in r), key);
      if (r.reviewRating) {
        assert.deepEqual(Object.keys(r.reviewRating).sort(), ["@type", "alternateName", "ratingExplanation"]);
        assert.doesNotMatch(r.reviewRating.alternateName, /\b(true|false)\b/i);
      }
    }
  });

  it("rates each rated claim with a neutral textual rating of how the cited source stands to it", () => {
    const rating = (start: string) =>
      reviews.find((r) => r.claimReviewed.startsWith(start))?.reviewRating?.alternateName;
    assert.equal(rating("Nearly 3,000"), "Contradicted by the cited source");
    assert.equal(
      rating("She says fares"),
      undefined,
      "a quoted speaker's claim is not rated as the author's",
    );
    const gap = reviews.find((r) => r["sourcetrace:support"]?.startsWith("not-found"));
    assert.equal(gap?.reviewRating?.alternateName, "Not supported by the cited source");
  });

  it("names who made each claim from its voice", () => {
    const by = (start: string) => {
      const author = reviews.find((r) => r.claimReviewed.startsWith(start))?.itemReviewed.author;
      return [author ?? []].flat().map((a) => a.name);
    };
    assert.deepEqual(by("The Tilden Ferry Company"), ["Mara Holloway"]);
    assert.deepEqual(by("She says fares"), ["Lena Marsh"]);
    assert.deepEqual(by("Nearly 3,000"), ["Cass Renner"]);
  });

  it("lists each author of a reproduced document as a Person", () => {
    const report = fixture();
    report.citations[0].authors = ["Mara Holloway", "Ilse Brandvold"];
    const stub = claimReviews(report).find((r) => r.claimReviewed.startsWith("The Tilden Ferry Company"));
    assert.deepEqual(stub?.itemReviewed.author, [
      { "@type": "Person", name: "Mara Holloway" },
      { "@type": "Person", name: "Ilse Brandvold" },
    ]);
  });

  it("keeps sourcetrace's own finding apart, under its namespace", () => {
    const r = reviews.find((x) => x.claimReviewed.startsWith("Nearly 3,000"));
    assert.equal(
      r?.["sourcetrace:support"],
      'contradicted: the source gives "about 1,200 islanders" where the claim says "3,000 islanders"',
    );
  });

  it("renders an empty list for a report without claims", () => {
    assert.equal(renderClaimReview(analyze(createDocument("Nothing here.", { id: "x" }))), "[]\n");
  });
});
