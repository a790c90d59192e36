import assert from "node:assert/strict";
import { test } from "node:test";

test("the public API", async () => {
  const api = await import("./index.js");
  assert.deepEqual(Object.keys(api).sort(), [
    "FORMATS",
    "InputError",
    "REPORT_SCHEMA",
    "VERSION",
    "analyze",
    "attributeVoices",
    "claimReviews",
    "createDocument",
    "describeDocument",
    "documentFromBytes",
    "documentFromString",
    "extractClaims",
    "extractQuantities",
    "fetchUrl",
    "foldKey",
    "isPrivateAddress",
    "normalizeText",
    "readDocument",
    "render",
    "renderHtml",
    "renderJson",
    "renderMarkdown",
    "renderText",
    "renderTrace",
    "reportJsonSchema",
    "toOriginalOffset",
    "tokenize",
    "traceSources",
    "webAnnotationCollection",
  ]);
});

test("analyze works as a library on a document built from a string", async () => {
  const { analyze, documentFromString } = await import("./index.js");
  const report = analyze(documentFromString("A plain article. It cites nobody."));
  assert.equal(report.sentences.length, 2);
  assert.equal(report.summary.sentences, 2);
});

test("a paraphrase after a quoted block of its source is the author's claim, its changed figure a change of meaning", async () => {
  const { analyze, documentFromString } = await import("./index.js");
  const notice = documentFromString(
    "Pellham Ferry Trust: winter notice\n\nThe trust will consider a winter timetable on 9 January. If approved, boats would sail to Ardmore three times a day, down from six.\nCrossings to Ardmore fell by more than 400 a week last winter.",
    { id: "notice", format: "text" },
  );
  const article = documentFromString(
    [
      "<html><body><article><h1>Ferry cuts approved</h1>",
      "<p>The Pellham Ferry Trust has cut the winter timetable.</p>",
      "<blockquote>Boats will sail to Ardmore three times a day, down from six, the trust's notice reads.</blockquote>",
      "<p>Ardmore crossings fell by almost 400 passengers a week last winter because of the fare rise.</p>",
      "</article></body></html>",
    ].join("\n"),
    { id: "post", format: "html" },
  );
  const report = analyze(article, { sources: [notice] });
  const last = report.sentences.length - 1;
  assert.equal(report.sentences[last].voice.kind, "author");
  assert.equal(report.claims.find((c) => c.sentence === last)?.support?.subject, "author");
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId === "trace/changed-number").map((f) => f.message),
    ['A number of notice changed: "more than 400" became "almost 400 passengers"'],
  );
  assert.equal(report.summary.meaningChanges > 0, true);
});
