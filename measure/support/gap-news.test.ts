import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type TestContext, test } from "node:test";
import { tempDir } from "../../dist/testing/temp-dir.js";
import { repoFile } from "../paths.js";
import { articleFiles, LABELS, readGold, scoreGapNews, sentenceOf } from "./gap-news.js";

const ARTICLE = [
  "Ferry Fares Rise Again",
  "",
  "Every ticket on the Kells ferry will cost more from Monday. “Nobody asked us,” said Ines Amaro, who sells fish on the quay. Nobody in Kells trusts the ferry board any more.",
  "",
].join("\n");

/** A news set of one article with `gold` as its labels, in a directory removed when test `t` ends. */
function set(t: TestContext, gold: string): string {
  const dir = tempDir(t, "gap-news-");
  writeFileSync(join(dir, "01-ferry.txt"), ARTICLE);
  writeFileSync(join(dir, "gold.tsv"), gold);
  return dir;
}

test("each gold sentence is placed in its article; a sentence missing, doubled or badly labelled is refused", (t) => {
  const dir = set(
    t,
    "01-ferry.txt\tliteral\tEvery ticket on the Kells ferry will cost more from Monday.\n" +
      "01-ferry.txt\tgap\tNobody in Kells trusts the ferry board any more.\n",
  );
  const gold = readGold(dir);
  assert.deepEqual(
    gold.map((g) => [g.label, ARTICLE.slice(g.start, g.end)]),
    [
      ["literal", "Every ticket on the Kells ferry will cost more from Monday."],
      ["gap", "Nobody in Kells trusts the ferry board any more."],
    ],
  );
  assert.deepEqual(articleFiles(dir), ["01-ferry.txt"]);
  assert.throws(
    () => readGold(set(t, "01-ferry.txt\tgap\tThe board never listens.\n")),
    /line 1: sentence not in 01-ferry/,
  );
  assert.throws(() => readGold(set(t, "01-ferry.txt\tgap\tKells\n")), /sentence twice in 01-ferry/);
  assert.throws(
    () => readGold(set(t, "01-ferry.txt\tmaybe\tNobody asked us\n")),
    /line 1: unknown label maybe/,
  );
  assert.throws(() => readGold(set(t, "01-ferry.txt\tgap\n")), /expected file, label and sentence/);
});

test("a finding falls on the gold sentence holding at least half of it, else on an unlabelled one", (t) => {
  const gold = readGold(set(t, "01-ferry.txt\tgap\tNobody in Kells trusts the ferry board any more.\n"));
  const g = gold[0];
  assert.equal(sentenceOf(gold, g.start + 7, g.end)?.label, "gap");
  assert.equal(sentenceOf(gold, g.start - 40, g.start + 10), undefined);
  assert.equal(sentenceOf(gold, 0, 10), undefined);
});

test("the score counts every gap finding once, by the label of its sentence", (t) => {
  const s = scoreGapNews(
    set(
      t,
      "01-ferry.txt\tliteral\tEvery ticket on the Kells ferry will cost more from Monday.\n" +
        "01-ferry.txt\tgap\tNobody in Kells trusts the ferry board any more.\n",
    ),
  );
  assert.equal(s.articles, 1);
  assert.deepEqual(s.gold, { gap: 1, credited: 0, backed: 0, literal: 1 });
  const total = Object.values(s.findings).reduce((a, b) => a + b, 0);
  assert.ok(s.gapsFound <= s.findings.gap && s.findings.gap <= total);
});

test("the news set's gold parses: every labelled sentence once in its article, every label used", () => {
  const dir = repoFile("fixtures/gap-news");
  const gold = readGold(dir);
  assert.ok(gold.length >= 150, `${gold.length} labelled sentences`);
  assert.deepEqual(new Set(gold.map((g) => g.label)), new Set(LABELS));
  const files = new Set(articleFiles(dir));
  assert.ok(files.size >= 14);
  for (const g of gold) assert.ok(files.has(g.file), g.file);
});
