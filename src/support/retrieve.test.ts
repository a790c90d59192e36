import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { createDocument } from "../text/document.js";
import { supportLexicon } from "./lexicon.js";
import { counterpartsOf, FAMILY_CACHE_SIZE, familyCacheSize, familyOf, retrievalData } from "./retrieve.js";
import { TERM_CACHE_SIZE, termCacheSize, termOf } from "./terms.js";

/** Each author claim of the report as `claim -> status [rule]: evidence`. */
function ratings(article: string, source: string): string[] {
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "notice" })] });
  const texts = new Map([a, ...report.sources].map((d) => [d.id, d.text]));
  return report.claims
    .filter((c) => c.support)
    .map((c) => {
      const ev = c.support?.evidence.map((e) => texts.get(e.id)?.slice(e.start, e.end)).join(" / ");
      return `${a.text.slice(c.start, c.end)} -> ${c.support?.status} [${c.support?.rule}]${ev ? `: ${ev}` : ""}`;
    });
}

test("the related-word classes are lower-case word forms, none in two classes", () => {
  const { classes, numberWords } = retrievalData();
  const seen = new Map<string, number>();
  classes.forEach((words, i) => {
    assert.ok(words.length > 1, `class ${i} relates nothing`);
    for (const w of words) {
      assert.equal(w, w.toLowerCase(), w);
      assert.equal(seen.get(w) ?? i, i, `${w} is in two classes`);
      seen.set(w, i);
    }
  });
  for (const [word, digits] of Object.entries(numberWords)) assert.match(`${word} ${digits}`, /^[a-z]+ \d+$/);
});

test("a related word counts as shared in retrieval, both ways", () => {
  const lex = supportLexicon();
  const related = counterpartsOf(lex);
  const linked = (a: string, b: string) => related.get(termOf(a, lex))?.has(termOf(b, lex)) ?? false;
  assert.ok(linked("worried", "concerns") && linked("concerns", "worried"));
  assert.ok(linked("losing", "loss"));
  assert.ok(related.get(termOf("nine", lex))?.has("9"));
  assert.ok(linked("qualify", "eligible") && linked("inquiry", "investigation"));
  // Opposites stay linked as before.
  assert.ok(linked("rose", "fell"));
});

test("a claim restated in other words meets its passage; an unrelated one does not", () => {
  const source =
    "Quay notice\n\nShopkeepers on Harrow Quay opposed the scheme, mainly because of the loss of 46 parking spaces. The ferry will run every day in summer.";
  const lines = ratings(
    "The quay\n\nTraders fear losing 64 parking spaces. The town's bakers are worried about flour prices.",
    source,
  );
  assert.ok(
    lines.includes(
      "Traders fear losing 64 parking spaces. -> contradicted [quantity]: Shopkeepers on Harrow Quay opposed the scheme, mainly because of the loss of 46 parking spaces.",
    ),
    lines.join("\n"),
  );
  // "worried" alone reaches no passage: a related word widens retrieval, it is no topic of its own.
  assert.ok(
    lines.some((l) => l.startsWith("The town's bakers are worried about flour prices. -> not-found")),
    lines.join("\n"),
  );
});

test("a claim that a thing will not qualify meets the passage that says it is not eligible", () => {
  const lines = ratings(
    "Grants\n\nA new front door, though, will not qualify.",
    "Grant notice\n\nReplacing a front door is not eligible unless the old one cannot be repaired. Grants open in May.",
  );
  assert.ok(
    lines.includes(
      "A new front door, though, will not qualify. -> supported [match]: Replacing a front door is not eligible unless the old one cannot be repaired.",
    ),
    lines.join("\n"),
  );
});

test("a word meets the words of its family, which the light stemmer keeps apart", () => {
  const lex = supportLexicon();
  const family = (w: string) => familyOf(termOf(w, lex));
  assert.equal(family("investing"), family("investment"));
  assert.equal(family("approval"), family("approved"));
  assert.notEqual(termOf("investing", lex), termOf("investment", lex));
  assert.notEqual(family("investment"), family("invoice"));
  // Figures are their own family.
  assert.equal(familyOf("58"), "58");
});

test("the family and term caches are bounded: a server fed text after text does not keep every word it saw", () => {
  // One long text may have more distinct terms than the bound: they are all kept while it is read.
  for (let n = 0; n < FAMILY_CACHE_SIZE + 10; n++) familyOf(`zq${n.toString(36)}ing`);
  for (let n = 0; n < TERM_CACHE_SIZE + 10; n++) termOf(`zq${n.toString(36)}ed`);
  assert.ok(familyCacheSize() > FAMILY_CACHE_SIZE, String(familyCacheSize()));
  assert.ok(termCacheSize() > TERM_CACHE_SIZE, String(termCacheSize()));
  // The next analysis starts from empty caches, and reads the same.
  const lines = ratings(
    "The plant\n\nThe brewer is investing 40 million euros.",
    "The investment is worth 14 million euros.",
  );
  assert.ok(familyCacheSize() <= FAMILY_CACHE_SIZE, String(familyCacheSize()));
  assert.ok(termCacheSize() <= TERM_CACHE_SIZE, String(termCacheSize()));
  assert.ok(
    lines.some((l) => l.includes("-> contradicted")),
    lines.join("\n"),
  );
  assert.equal(familyOf("investing"), familyOf("investment"));
});

test("a claim whose verb is the passage's noun meets it; a claim with no word of it does not", () => {
  const source = "Plant notice\n\nThe investment is worth 14 million euros. The canteen will reopen in May.";
  const lines = ratings(
    "The plant\n\nThe brewer is investing 40 million euros. The brewer is hiring bakers.",
    source,
  );
  assert.ok(
    lines.includes(
      "The brewer is investing 40 million euros. -> contradicted [quantity]: The investment is worth 14 million euros.",
    ),
    lines.join("\n"),
  );
  assert.ok(
    lines.some((l) => l.startsWith("The brewer is hiring bakers. -> not-found")),
    lines.join("\n"),
  );
});

test("a figure restated in other words anchors the one passage that states it and shares a word", () => {
  const one = ratings(
    "Fares\n\nNearly three in ten riders now use a phone.",
    "Fare review\n\nPhone payments make up 29 percent of fares. The depot on Mill Lane will close in June.",
  );
  assert.ok(
    one.includes(
      "Nearly three in ten riders now use a phone. -> supported [match]: Phone payments make up 29 percent of fares.",
    ),
    one.join("\n"),
  );
  // Two passages that state the figure and share a word: which one the claim leans on is unclear.
  const two = ratings(
    "Fares\n\nNearly three in ten riders now use a phone.",
    "Fare review\n\nPhone payments make up 29 percent of fares. Phone tickets made up 29 percent of fares in 2019.",
  );
  assert.ok(
    two.some((l) => l.startsWith("Nearly three in ten riders now use a phone. -> not-found")),
    two.join("\n"),
  );
});

test("a share or a gap a claim works out from two figures of a passage anchors that one passage", () => {
  const notice =
    "Permit report\n\nThe office received 2,480 permit requests in the year, of which 2,190 were granted. " +
    "The harbour took on 87 new moorings against a plan for 120. Most requests came by post.";
  const lines = ratings(
    "Permits\n\nClose to nine in ten requests from boat owners were granted last season. " +
      "The harbour finished the year roughly 30 moorings short of its plan.",
    notice,
  );
  assert.ok(
    lines.includes(
      "Close to nine in ten requests from boat owners were granted last season. -> supported [match]: The office received 2,480 permit requests in the year, of which 2,190 were granted.",
    ),
    lines.join("\n"),
  );
  assert.ok(
    lines.includes(
      "The harbour finished the year roughly 30 moorings short of its plan. -> supported [match]: The harbour took on 87 new moorings against a plan for 120.",
    ),
    lines.join("\n"),
  );
  // A share the two figures do not make, or a gap they are not apart by, anchors nothing.
  const off = ratings(
    "Permits\n\nClose to six in ten requests from boat owners were granted last season. " +
      "The harbour finished the year roughly 60 moorings short of its plan.",
    notice,
  );
  assert.ok(
    off.every((l) => l.includes("-> not-found")),
    off.join("\n"),
  );
});

test("a sentence that points back through a pronoun is read with the one before it", () => {
  const first = "Founded in 1998 by Ada Pym, Norvale makes cheeses from the milk of its own herd.";
  const lines = ratings(
    "Cheese\n\nNorvale sells its cheeses in six countries.",
    `Farm notice\n\n${first} Its products are sold in four countries.`,
  );
  assert.deepEqual(lines, [
    `Norvale sells its cheeses in six countries. -> contradicted [quantity]: ${first} Its products are sold in four countries.`,
  ]);
  // A second sentence that names its own subject stands alone: joined, one statement's figure
  // would be read into another's.
  const apart = ratings(
    "Cheese\n\nNorvale sells its cheeses in six countries.",
    `Farm notice\n\n${first} Farm products are sold in four countries.`,
  );
  assert.match(apart.join("\n"), /-> not-found/);
});

test("a passage that shares only a name and one word with a claim does not say it", () => {
  const source =
    "Tribunal notice\n\nA housing tribunal in Marwood ordered a landlord to repay rent to nine tenants. Talks with the landlord broke down on 28 April.";
  const lines = ratings(
    "Marwood\n\nRents in Marwood have doubled in a decade. Talks collapsed in late April.",
    source,
  );
  assert.match(lines.join("\n"), /Rents in Marwood have doubled in a decade\. -> not-found \[no-passage\]/);
  // A date the two agree on is the third thing in common (and "broke down" says "collapsed").
  assert.match(lines.join("\n"), /Talks collapsed in late April\. -> supported \[match\]/);
});
