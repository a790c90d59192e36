import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../dist/analyze.js";
import { createDocument } from "../../dist/text/document.js";
import { repoFile } from "../paths.js";
import {
  type ClaimOutcome,
  parseGoldArticle,
  readGoldSet,
  SPLITS,
  scoreGoldArticle,
  scoreRules,
} from "./annotated.js";

test("the support set parses, and every claim and evidence text is found in its document", () => {
  const set = readGoldSet(repoFile("fixtures/support"));
  assert.ok(set.length >= 20);
  assert.ok(set.reduce((n, a) => n + a.gold.length, 0) >= 150);
  assert.deepEqual(new Set(set.map((a) => a.shape)), new Set(["opinion", "press-release", "wire"]));
  for (const a of set) assert.equal(scoreGoldArticle(a).length, a.gold.length);
});

test("every split name of the set parses, held-out 23 included; an unknown one is refused", () => {
  for (const split of SPLITS) {
    const g = parseGoldArticle(
      "x.txt",
      `shape: wire\nsplit: ${split}\n--- article\nA claim here.\n--- gold\nnot-found | author | A claim | \n`,
    );
    assert.equal(g.split, split);
  }
  assert.ok(SPLITS.includes("heldout-23"));
  assert.throws(
    () => parseGoldArticle("x.txt", "shape: wire\nsplit: heldout-24\n--- article\nA.\n"),
    /x\.txt: unknown split heldout-24/,
  );
  assert.throws(() => parseGoldArticle("x.txt", "shape: wire\n--- article\nA.\n"), /no shape\/split header/);
});

test("a malformed gold line is refused with the file named", () => {
  const text = "shape: wire\nsplit: tune\n--- article\nA claim here.\n--- gold\n";
  assert.throws(() => parseGoldArticle("x.txt", `${text}maybe | author | A claim | `), /x\.txt: bad status/);
  assert.throws(
    () => parseGoldArticle("x.txt", `${text}supported | author | A claim | `),
    /evidence must be given exactly when found/,
  );
});

test("on every article of the set, each author claim has a rating with evidence or a 'no passage' reason, and quoted speech is never rated", () => {
  for (const g of readGoldSet(repoFile("fixtures/support"))) {
    const article = createDocument(g.article, { id: "article" });
    const report = analyze(article, { sources: g.sources.map((s) => createDocument(s.text, { id: s.id })) });
    const speech = report.quotes.filter((q) => q.kind === "speech");
    for (const c of report.claims) {
      const text = `${g.name}: ${g.article.slice(c.start, c.end)}`;
      if (c.voice.kind === "author") {
        assert.ok(c.support, `author claim unrated: ${text}`);
        assert.ok(c.support.evidence.length > 0 || /^no passage/.test(c.support.reason), text);
      }
      const quoted = speech.some((q) => q.start <= c.start && c.end <= q.end);
      if (quoted) assert.equal(c.support, undefined, `quoted speech rated: ${text}`);
    }
  }
});

test("a gold line that spans two claims of its sentence is scored on those two, not on a third it does not name", () => {
  const g = parseGoldArticle(
    "x.txt",
    [
      "shape: wire",
      "split: tune",
      "--- source notice",
      "Road notice\n\nThe council repaired 900 potholes last year, up from 700 the year before.",
      "--- article",
      "Roads\n\nLast year crews fixed 900 potholes, 200 more than the year before, which proves the roads are crumbling.",
      "--- gold",
      "supported | author | Last year crews fixed 900 potholes, 200 more than the year before | notice: The council repaired 900 potholes",
      "not-found | author | which proves the roads are crumbling | ",
      "",
    ].join("\n"),
  );
  const [spanning, third] = scoreGoldArticle(g);
  assert.equal(third.predicted, "not-found", third.reason);
  assert.equal(spanning.predicted, "supported", spanning.reason);
});

test("each rule's precision is counted per part and over the blind-written parts, keyed by status and rule", () => {
  const out = (
    split: ClaimOutcome["split"],
    gold: string,
    predicted: string,
    rule: string,
  ): ClaimOutcome => ({
    article: "x.txt",
    split,
    gold: { status: gold as ClaimOutcome["gold"]["status"], subject: "author", claim: "c" },
    predicted: predicted as ClaimOutcome["predicted"],
    evidenceCorrect: true,
    extracted: true,
    rule,
    reason: "",
  });
  const rules = scoreRules([
    out("tune", "contradicted", "contradicted", "quantity"),
    out("heldout-4", "supported", "contradicted", "quantity"),
    out("heldout-9", "contradicted", "contradicted", "quantity"),
    out("heldout-9", "contradicted", "overreach", "stage"),
    out("heldout-9", "overreach", "contradicted", "stage"),
    out("heldout-9", "supported", "supported", "match"),
  ]);
  const quantity = rules.find((r) => r.status === "contradicted" && r.rule === "quantity");
  assert.deepEqual(quantity?.parts.get("tune"), [1, 1]);
  assert.deepEqual(quantity?.parts.get("heldout-4"), [0, 1]);
  assert.deepEqual(quantity?.parts.get("blind"), [1, 2]);
  assert.deepEqual(
    rules.filter((r) => r.rule === "stage").map((r) => [r.status, r.parts.get("blind")]),
    [
      ["contradicted", [0, 1]],
      ["overreach", [0, 1]],
    ],
  );
  assert.equal(
    rules.some((r) => r.rule === "match"),
    false,
  );
});
