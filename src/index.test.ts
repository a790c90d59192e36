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
