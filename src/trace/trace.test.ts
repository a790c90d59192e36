import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { analyze } from "../analyze.js";
import { assertValidReport, repoPath } from "../testing/helpers.js";
import { createDocument, type Document } from "../text/document.js";
import { traceSources } from "./index.js";
import type { Match } from "./types.js";

const doc = (text: string, id: string): Document => createDocument(text, { id });
const fixture = (name: string, id = name): Document =>
  doc(readFileSync(repoPath(`fixtures/trace/${name}`), "utf8"), id);

// Readable serialization: `kind "article" <- "source"` and one line per edit.
function show(article: Document, sources: Document[], matches: Match[]): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const lines: string[] = [];
  for (const m of matches) {
    const source = byId.get(m.source.id) as Document;
    lines.push(`${m.kind} ${m.source.id} "${article.text.slice(m.article.start, m.article.end)}"`);
    for (const e of m.edits) {
      const a = e.article ? article.text.slice(e.article.start, e.article.end) : "";
      const s = e.source ? source.text.slice(e.source.start, e.source.end) : "";
      lines.push(`  ${e.op}(${e.note}) "${a}" <- "${s}"`);
    }
  }
  return lines;
}

const edits = (article: Document, sources: Document[]): string[] =>
  show(article, sources, traceSources(article, sources).matches).filter((l) => l.startsWith("  "));

const BASE =
  "Harbour officials in Port Easton said on Tuesday that the new ferry terminal would not open before March, citing delays in the delivery of steel from the mill in Gorran. The project has already cost 42 million euros, nearly twice the original estimate of 23 million.";

describe("trace: edits", () => {
  const source = doc(BASE, "wire");
  const one = (text: string) => edits(doc(text, "article"), [source]);

  test("a changed number", () => {
    assert.deepEqual(one(BASE.replace("42 million", "48 million")), ['  replace(number) "48" <- "42"']);
  });

  test("a dropped negation", () => {
    assert.deepEqual(one(BASE.replace("would not open", "would open")), ['  delete(negation) "" <- "not"']);
  });

  test("a swapped word", () => {
    assert.deepEqual(one(BASE.replace("citing delays", "blaming delays")), [
      '  replace(word) "blaming" <- "citing"',
    ]);
  });

  test("an editorial bracket replacing words, and one inserted", () => {
    assert.deepEqual(one(BASE.replace("the new ferry terminal", "[the Easton] terminal")), [
      '  replace(bracket) "[the Easton]" <- "the new ferry"',
    ]);
    assert.deepEqual(one(BASE.replace("the mill in", "the [state-owned] mill in")), [
      '  insert(bracket) "[state-owned]" <- ""',
    ]);
  });

  for (const mark of ["\u2026", ". . .", "[...]", "..."]) {
    test(`an elision marked "${mark}"`, () => {
      assert.deepEqual(one(BASE.replace(", nearly twice the original estimate", ` ${mark}`)), [
        `  delete(elision) "${mark}" <- "nearly twice the original estimate"`,
      ]);
    });
  }

  test("a bracket or an elision at the edge of a passage", () => {
    assert.deepEqual(one(BASE.replace("Harbour officials in Port Easton", "[Officials]")), [
      '  replace(bracket) "[Officials]" <- "Harbour officials in Port Easton"',
    ]);
    const elided = doc(`\u2026 ${BASE.slice(BASE.indexOf("the new ferry"))}`, "article");
    const { matches } = traceSources(elided, [source]);
    assert.deepEqual(show(elided, [source], matches).slice(1), [
      '  delete(elision) "\u2026" <- "Harbour officials in Port Easton said on Tuesday that"',
    ]);
    assert.equal(matches[0].article.start, 0, "the match covers its edge edit");
  });

  test("an added negation is its own finding", () => {
    const article = doc(BASE.replace("already cost", "not already cost"), "article");
    const { findings } = traceSources(article, [source]);
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      ["trace/added-negation"],
    );
  });

  // Changes at the very first words of a reused paragraph: the seeds start after them, so only
  // the extension to the sentence's edge can see them.
  const EDGE = [
    "Not one inspector was told about the crack in the dam wall before the flood reached the lower town.",
    "Only three of the nine pumps were working when the storm reached the eastern district of the city.",
    "Local residents of the valley were told to boil their water for at least a week after the main burst.",
  ].join("\n\n");
  const atEdge = (from: string, to: string) => {
    const source = doc(EDGE, "inquiry");
    const article = doc(`Our readers deserve the truth.\n\n${EDGE.replace(from, to)}`, "post");
    const { matches, findings } = traceSources(article, [source]);
    return {
      edits: show(article, [source], matches).filter((l) => l.startsWith("  ")),
      rules: findings.map((f) => f.ruleId),
    };
  };

  test("a negation changed in a passage's first words", () => {
    assert.deepEqual(atEdge("Not one inspector", "Every inspector"), {
      edits: ['  replace(negation) "Every" <- "Not one"'],
      rules: ["trace/dropped-negation"],
    });
  });

  test("a quantifier changed in a passage's first words", () => {
    assert.deepEqual(atEdge("Only three of", "All of"), {
      edits: ['  replace(quantifier) "All" <- "Only three"'],
      rules: ["trace/changed-quantifier"],
    });
  });

  test("a quantifier changed inside a passage", () => {
    assert.deepEqual(atEdge("before the flood reached", "before the flood reached all of"), {
      edits: ['  insert(quantifier) "all of" <- ""'],
      rules: ["trace/changed-quantifier"],
    });
  });

  test("a universal cut ('all of' dropped) narrows the claim: no quantifier change; one added is a change", () => {
    const cut = (from: string, to: string) => {
      const source = doc(
        EDGE.replace("before the flood reached", "before the flood reached all of"),
        "inquiry",
      );
      const article = doc(`Our readers deserve the truth.\n\n${source.text.replace(from, to)}`, "post");
      return traceSources(article, [source]).findings.map((f) => f.ruleId);
    };
    assert.deepEqual(cut("reached all of the lower town", "reached the lower town"), []);
    assert.deepEqual(
      cut("Local residents of the valley were told", "Local residents of the valley were all told"),
      ["trace/changed-quantifier"],
    );
  });

  test("a limiting adverb cut inside a denial widens it ('Nobody was seriously injured' as 'Nobody was injured'); one cut outside a denial does not", () => {
    const source = doc(
      [
        "The roof of the Marsh Lane sports hall fell in during the storm on Sunday night. Nobody was seriously injured, and the caretaker was treated for cuts at the scene.",
        "The hall will not reopen until the whole building has been fully inspected by the district engineers, the council said on Monday.",
        "The council could not immediately say how much the repairs to the sports hall would cost its taxpayers.",
        "The roof had been badly damaged by an earlier storm in the winter of 2024, when the hall was closed for a month.",
      ].join("\n\n"),
      "council",
    );
    const cut = (from: string, to: string) => {
      const article = doc(`Storm damage at the hall.\n\n${source.text.replace(from, to)}`, "local");
      const { findings } = traceSources(article, [source]);
      return findings.filter((f) => f.ruleId !== "trace/omission").map((f) => `${f.ruleId} ${f.message}`);
    };
    assert.deepEqual(cut("Nobody was seriously injured", "Nobody was injured"), [
      'trace/changed-quantifier A denial of council now covers more: "Nobody was seriously injured" became "Nobody was injured"',
    ]);
    assert.deepEqual(cut("could not immediately say", "could not say"), [
      'trace/changed-quantifier A denial of council now covers more: "not immediately say" became "not say"',
    ]);
    assert.deepEqual(cut("has been fully inspected", "has been inspected"), []);
    assert.deepEqual(cut("had been badly damaged", "had been damaged"), []);
  });

  test("'only' gained or lost right before a figure stresses it: no quantifier change", () => {
    const stressed = atEdge("Only three of the nine", "Three of the nine");
    assert.deepEqual(stressed.edits, ['  delete(word) "" <- "Only"']);
    assert.deepEqual(stressed.rules, []);
    assert.deepEqual(atEdge("the nine pumps were working", "the nine pumps were only working").rules, [
      "trace/changed-quantifier",
    ]);
  });

  test("two words swapped at a paragraph's start, and a changed last word", () => {
    assert.deepEqual(atEdge("Local residents", "Angry farmers").edits, [
      '  replace(word) "Angry farmers" <- "Local residents"',
    ]);
    assert.deepEqual(atEdge("the main burst", "the main froze").edits, [
      '  replace(word) "froze" <- "burst"',
    ]);
  });

  test("typographic differences are not edits", () => {
    const source2 = doc(`"It's late -- again," said O'Neill. ${BASE}`, "wire");
    const article = doc(
      `\u201CIT\u2019S late \u2014 again,\u201D said O\u2019Neill.   ${BASE.toUpperCase()}`,
      "article",
    );
    const { matches } = traceSources(article, [source2]);
    assert.equal(matches.length, 1);
    assert.equal(matches[0].kind, "verbatim");
    assert.deepEqual(matches[0].edits, []);
  });

  test("digit grouping is typography, not a changed number", () => {
    const grouped = doc(BASE.replace("42 million euros", "42,000,000 euros"), "wire");
    const article = doc(BASE.replace("42 million euros", "42000000 euros"), "article");
    assert.deepEqual(edits(article, [grouped]), []);
  });

  test("every span slices its own text, in both documents", () => {
    const article = doc(BASE.replace("42", "48").replace("would not", "would"), "article");
    const { matches } = traceSources(article, [source]);
    for (const m of matches) {
      assert.ok(article.text.slice(m.article.start, m.article.end).startsWith("Harbour"));
      assert.ok(source.text.slice(m.source.start, m.source.end).endsWith("23 million."));
      for (const e of m.edits) {
        assert.ok(e.article && e.article.start <= e.article.end && e.article.end <= article.text.length);
        assert.ok(e.source && e.source.start <= e.source.end && e.source.end <= source.text.length);
      }
    }
  });
});

describe("trace: passages", () => {
  const s1 =
    "The storm flooded the lower town overnight and cut power to four thousand homes along the river.";
  const s2 =
    "Rescue teams from three provinces worked through the night to evacuate the residents of the old mill quarter.";
  const s3 =
    "The regional governor promised that every family would receive emergency payments within a week.";
  const source = doc(`${s1} ${s2} ${s3}`, "report");

  test("reordered sentences are separate passages, each found", () => {
    const article = doc(
      `Readers sent us pictures all day. ${s3} Some of them were shocking. ${s1}`,
      "article",
    );
    const { matches } = traceSources(article, [source]);
    assert.deepEqual(show(article, [source], matches), [
      `verbatim report "${s3}"`,
      `verbatim report "${s1}"`,
    ]);
  });

  test("commentary between two reused sentences splits them", () => {
    const article = doc(
      `${s1} We think the council should have seen this coming years ago and acted on it. ${s2}`,
      "article",
    );
    assert.equal(traceSources(article, [source]).matches.length, 2);
  });

  test("several sources each get their passages and coverage", () => {
    const other = doc(
      "Officials at the weather service said the rainfall in the valley was the heaviest recorded in forty years.",
      "weather",
    );
    const article = doc(
      `${s1} Officials at the weather service said the rainfall in the valley was the heaviest recorded in forty years.`,
      "article",
    );
    const { matches, coverage } = traceSources(article, [source, other]);
    assert.deepEqual(
      matches.map((m) => m.source.id),
      ["report", "weather"],
    );
    assert.deepEqual(
      coverage.map((c) => c.source),
      ["report", "weather"],
    );
    assert.ok(coverage.every((c) => c.share > 0.3 && c.verbatimChars > 0));
  });

  test("overlapping sources: a passage both sources carry is matched in each", () => {
    const copy = doc(`Wire copy follows. ${s2} End of wire copy.`, "agency");
    const article = doc(`As reported: ${s2}`, "article");
    const { matches } = traceSources(article, [source, copy]);
    assert.deepEqual(
      matches.map((m) => m.source.id),
      ["report", "agency"],
    );
    assert.equal(matches[0].article.start, matches[1].article.start);
  });

  test("unrelated texts give no match (control)", () => {
    const article = doc(
      "The museum reopened its east wing after two years of restoration work on the painted ceilings and the marble floors of the great hall.",
      "article",
    );
    const { matches, findings } = traceSources(article, [source]);
    assert.deepEqual(matches, []);
    assert.deepEqual(findings, []);
  });

  test("short common phrases are no evidence", () => {
    const article = doc(
      "According to the mayor, it was one of the most difficult nights in the history of the town, and the river rose fast.",
      "article",
    );
    const common = doc(
      "According to the report, this was one of the most expensive projects in the history of the region.",
      "report",
    );
    assert.deepEqual(traceSources(article, [common]).matches, []);
    const elsewhere = doc(
      "Prices rose again, according to the statistics office, making it one of the most expensive years for families.",
      "office",
    );
    assert.deepEqual(traceSources(article, [elsewhere]).matches, []);
  });
});

describe("trace: findings and report", () => {
  const wire = fixture("wire.txt", "wire.txt");
  const repost = fixture("repost.txt", "article");

  test("the fixture pair: edits of every kind", () => {
    assert.deepEqual(show(repost, [wire], traceSources(repost, [wire]).matches), [
      'edited wire.txt "Harbour officials in Port Easton said on Tuesday that the new ferry terminal would open before March, citing delays in the delivery of steel from the mill in Gorran. The project has already cost 48 million euros . . . of 23 million.\n\nMayor Lena Strand said [Port Easton] had done everything it could to keep the schedule."',
      '  delete(negation) "" <- "not"',
      '  replace(number) "48" <- "42"',
      '  delete(elision) ". . ." <- "nearly twice the original estimate"',
      '  replace(bracket) "[Port Easton]" <- "the city"',
      'edited wire.txt "Critics on the council claim that the contract with the builder was signed without a proper tender."',
      '  replace(word) "claim" <- "argue"',
    ]);
  });

  test("findings: changed number, dropped negation, omissions; crediting is not trace's", () => {
    const { findings, matches } = traceSources(repost, [wire]);
    const rules = findings.map((f) => f.ruleId).sort();
    assert.deepEqual(rules, [
      "trace/changed-number",
      "trace/dropped-negation",
      "trace/omission",
      "trace/omission",
    ]);
    assert.ok(matches.every((m) => m.attributed === undefined));
    const omitted = findings
      .filter((f) => f.ruleId === "trace/omission")
      .map((f) => wire.text.slice(f.evidence?.[0].start, f.evidence?.[0].end));
    assert.deepEqual(omitted, [
      '"We have never hidden the problems from the public," she said.',
      "The builder, Vastra Construction, declined to comment on Tuesday.",
    ]);
  });

  test("asked for no omissions, the trace finds the same edits and leaves the omissions to the report", () => {
    const all = traceSources(repost, [wire]);
    const edits = traceSources(repost, [wire], {}, undefined, false);
    assert.deepEqual(
      edits.findings,
      all.findings.filter((f) => f.ruleId !== "trace/omission"),
    );
    assert.deepEqual(edits.matches, all.matches);
    // The report reads them once, after support: the same two source sentences left out.
    const reported = analyze(repost, { sources: [wire] })
      .findings.filter((f) => f.ruleId === "trace/omission")
      .map((f) => wire.text.slice(f.evidence?.[0].start, f.evidence?.[0].end));
    assert.deepEqual(reported, [
      '"We have never hidden the problems from the public," she said.',
      "The builder, Vastra Construction, declined to comment on Tuesday.",
    ]);
  });

  test("the analyze report with trace results is valid against the schema", () => {
    const report = analyze(repost, { sources: [wire] });
    assertValidReport(report);
    assert.equal(report.matches.length, 2);
    assert.ok(report.summary.coverage[0].share > 0.5);
  });
});

describe("trace: paraphrase and omissions", () => {
  const SOURCE = [
    "Dozens of lorry drivers who carried the families out of Tarvin were promised thousands of dollars by the regional council, according to documents seen by the paper. The council denied that any payment had been agreed.",
    "The convoy left on 12 October and took six hours to reach the border crossing at Milna. Residents said the roads were blocked by fallen trees for most of the way.",
    "A hospital in the valley was closed for the week. Its staff were moved to a clinic in the next town.",
  ].join("\n\n");
  const ARTICLE = [
    "Our investigation shows how the evacuation really went.",
    "Thousands of dollars were promised by the council to the dozens of drivers who took families out of Tarvin, its documents show. The convoy left on 12 October and took six hours to reach the border crossing at Milna.",
    "This is a scandal.",
  ].join("\n\n");
  const source = doc(SOURCE, "inquiry");
  const article = doc(ARTICLE, "post");
  const { matches, findings } = traceSources(article, [source]);
  const omitted = findings
    .filter((f) => f.ruleId === "trace/omission")
    .map((f) => (f.evidence ?? []).map((e) => source.text.slice(e.start, e.end)).join(" | "));

  test("a reworded sentence is a paraphrase match, not an omission", () => {
    assert.deepEqual(
      matches.map((m) => `${m.kind} "${article.text.slice(m.article.start, m.article.end).slice(0, 30)}"`),
      ['paraphrase "Thousands of dollars were prom"', 'verbatim "The convoy left on 12 October "'],
    );
    assert.ok(!omitted.some((o) => o.startsWith("Dozens of lorry drivers")));
  });

  test("every unused passage is an omission, grouped by paragraph, the denial first, then by size", () => {
    assert.deepEqual(omitted, [
      "The council denied that any payment had been agreed.",
      "A hospital in the valley was closed for the week. Its staff were moved to a clinic in the next town.",
      "Residents said the roads were blocked by fallen trees for most of the way.",
    ]);
    const denial = findings.find((f) => f.ruleId === "trace/omission");
    assert.deepEqual(denial?.data?.kinds, ["denial"]);
  });

  test("unrelated sentences on the same subject are not paraphrases", () => {
    const other = doc(
      "The council said the drivers would be paid next month. Tarvin's mayor thanked the families for their patience during the evacuation.",
      "post2",
    );
    assert.deepEqual(traceSources(other, [source]).matches, []);
  });
});

describe("trace: figures restated in other units or words", () => {
  const PIER =
    "The harbour board in Castlemere said the new pier would be 3.2 kilometres long and would cost £1.2m, and that it would open to the public 14 days after the final inspection by the county engineers.";
  const source = doc(PIER, "board");
  const one = (from: string, to: string) => {
    const article = doc(PIER.replace(from, to), "article");
    return traceSources(article, [source]).findings.map((f) => `${f.ruleId} ${f.actual}`);
  };

  test("the same amount in other units or words is no changed number", () => {
    assert.deepEqual(one("3.2 kilometres", "two miles"), []);
    assert.deepEqual(one("£1.2m", "1.2 million pounds"), []);
    assert.deepEqual(one("14 days", "a fortnight"), []);
  });

  test("another amount is a changed number, in the same units or others", () => {
    assert.deepEqual(one("3.2 kilometres", "three miles"), ["trace/changed-number three miles"]);
    assert.deepEqual(one("£1.2m", "1.5 million pounds"), ["trace/changed-number 1.5 million pounds"]);
    assert.deepEqual(one("14 days", "a week"), ["trace/changed-number a week"]);
  });

  test("a paraphrase that bounds the same number the other way changes it; a reformatted figure does not", () => {
    const notice = doc(
      "Pellham Ferry Trust: winter notice\n\nThe trust will meet on 9 January. Crossings to Ardmore fell by more than 400 a week last winter, and 5% of sailings were cancelled.",
      "notice",
    );
    const post = (figure: string, share: string) =>
      doc(
        `Islanders are angry. Ardmore crossings fell by ${figure} passengers a week over the winter, and ${share} of sailings were cancelled.`,
        "post",
      );
    const figures = (figure: string, share: string) =>
      traceSources(post(figure, share), [notice])
        .findings.filter((f) => f.ruleId === "trace/changed-number")
        .map((f) => `${f.expected} -> ${f.actual}`);
    assert.deepEqual(
      traceSources(post("almost 400", "5%"), [notice]).matches.map((m) => m.kind),
      ["paraphrase"],
    );
    assert.deepEqual(figures("almost 400", "5%"), ["more than 400 -> almost 400 passengers"]);
    assert.deepEqual(figures("under 400", "5%"), ["more than 400 -> under 400 passengers"]);
    assert.deepEqual(figures("nearly 350", "5%"), ["more than 400 -> nearly 350 passengers"]);
    // The digits aligned as the same word: the bound alone was replaced.
    assert.deepEqual(figures("up to 400", "5%"), ["more than -> up to"]);
    assert.deepEqual(figures("over 400", "5 per cent"), []);
    assert.deepEqual(figures("more than four hundred", "5 percent"), []);
    assert.deepEqual(figures("about 400", "5%"), []);
  });

  test("a source sentence the article restates in other units is no omission; one with another figure is", () => {
    const release = doc(
      [
        "The footpath around Lake Corrie reopened on Saturday after eleven weeks of repairs to the sluice gates carried out for the water board.",
        "The reopened footpath runs for 3.2 kilometres along the western shore. Boats will be allowed back on the lake in a fortnight, once the gates have been tested. The café at the boathouse will reopen after 20 days.",
      ].join("\n\n"),
      "water-board",
    );
    const story = doc(
      [
        "The footpath around Lake Corrie reopened on Saturday after eleven weeks of repairs to the sluice gates carried out for the water board.",
        "The footpath covers two miles of the western shore, the board said. Boats must wait another 14 days before they can return to the lake. The boathouse café is due to reopen in a month.",
      ].join("\n\n"),
      "story",
    );
    const omitted = traceSources(story, [release])
      .findings.filter((f) => f.ruleId === "trace/omission")
      .map((f) => (f.evidence ?? []).map((e) => release.text.slice(e.start, e.end)).join(" | "));
    assert.deepEqual(omitted, ["The café at the boathouse will reopen after 20 days."]);
  });
});

describe("trace: structure and rewording", () => {
  const REVIEW = [
    "Harbour Review 2026",
    "1. Moorings in the outer harbour",
    "The review counted 412 moorings in the outer harbour, of which 96 stood empty all year. Demand for berths fell on every pontoon.",
    "2. Safety of lifeboat launches",
    "In 2025, 91% of lifeboat launches reached the harbour mouth within ten minutes, against 84% in 2019. The review does not find evidence that the new breakwater is slowing launches.",
  ].join("\n\n");
  const review = doc(REVIEW, "review");

  test("a fact box row is not paired with a running sentence that shares its figure and label", () => {
    const post = doc(
      [
        "The review counted 412 moorings in the outer harbour, of which 96 stood empty all year.",
        "HARBOUR IN FIGURES\nLifeboat launches within ten minutes, 2025: 91%\nEmpty moorings: 96",
      ].join("\n\n"),
      "post",
    );
    const { matches } = traceSources(post, [review]);
    assert.deepEqual(
      matches.map((m) => post.text.slice(m.article.start, m.article.end)),
      ["The review counted 412 moorings in the outer harbour, of which 96 stood empty all year."],
    );
  });

  test("a negation moved within a sentence is neither dropped nor added; one dropped alone is", () => {
    const rules = (text: string) =>
      traceSources(doc(text, "post"), [review])
        .findings.filter((f) => f.ruleId !== "trace/omission")
        .map((f) => f.ruleId);
    assert.deepEqual(rules("So the review concludes that the new breakwater is not slowing launches."), []);
    assert.deepEqual(
      rules("The review does find evidence that the new breakwater is slowing launches, say the pilots."),
      ["trace/dropped-negation"],
    );
  });

  test("a date given in words ('last year' for 'in 2025') is no changed number; another year is", () => {
    const { findings } = traceSources(
      doc(
        "Launch times got better: 91% of lifeboat launches reached the harbour mouth within ten minutes last year, up from 84% in 2019.",
        "post",
      ),
      [review],
    );
    assert.deepEqual(
      findings.filter((f) => f.ruleId === "trace/changed-number"),
      [],
    );
    const changed = traceSources(doc(REVIEW.replace("In 2025", "In 2024"), "post"), [review]).findings;
    assert.deepEqual(
      changed.filter((f) => f.ruleId === "trace/changed-number").map((f) => f.actual),
      ["2024"],
    );
  });

  test("a report's numbered section titles are not omitted passages", () => {
    const post = doc(
      "The review counted 412 moorings in the outer harbour, of which 96 stood empty all year. Demand for berths fell on every pontoon.",
      "post",
    );
    const omitted = traceSources(post, [review])
      .findings.filter((f) => f.ruleId === "trace/omission")
      .map((f) => (f.evidence ?? []).map((e) => review.text.slice(e.start, e.end)).join(" | "));
    assert.ok(omitted.length > 0, "the safety paragraph is left out");
    assert.ok(!omitted.some((o) => /^\d\. /.test(o)), omitted.join("; "));
  });
});

test("a source's fact box row restated in a running sentence is no omission; a row it leaves out is", () => {
  const report = doc(
    "Ferry use on the Kessel crossing has fallen for a decade, and fastest on the winter sailings that were cut.\n\nKey figures\nCrossings 2015: 9 million\nCrossings 2025: 6 million\n\nOver the same period the number of sailings fell from 48 to 31 a day, and the average fare rose from £4.10 to £6.20.",
    "report",
  );
  const post = doc(
    "Ferry use on the Kessel crossing has fallen for a decade, and fastest on the winter sailings that were cut. Crossings fell to 6 million in 2025. Over the same period the number of sailings fell from 48 to 31 a day, and the average fare rose from £4.10 to £6.20.",
    "post",
  );
  const omitted = traceSources(post, [report])
    .findings.filter((f) => f.ruleId === "trace/omission")
    .map((f) => (f.evidence ?? []).map((e) => report.text.slice(e.start, e.end)).join(" | "));
  assert.deepEqual(omitted, ["Crossings 2015: 9 million"]);
});
