import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { type Voice, whoLabel } from "../core/voice.js";
import { assertValidReport, repoPath } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { averagePrecision, parseCT24, textFeatures } from "./checkworthiness.js";
import { largestOverlap } from "./compare.js";
import { extractClaims } from "./index.js";
import { blendNaiveBayes, naiveBayesRatios, predict, trainLogistic } from "./model.js";

const article = createDocument(readFileSync(repoPath("fixtures/claims/convoy-article.txt"), "utf8"), {
  id: "convoy-article",
  meta: { date: "2026-10-14" },
});
const source = createDocument(readFileSync(repoPath("fixtures/claims/convoy-source.txt"), "utf8"), {
  id: "convoy-source",
});

// The voices layer is built in parallel: this fixture's sentence voices are written by hand.
const author: Voice = { kind: "author" };
const voices: Voice[] = [
  author,
  author,
  author,
  { kind: "speaker", name: "Northern Shield Council" },
  { kind: "speaker", name: "Tomas Berek", description: "a truck driver" },
  { kind: "speaker", name: "Col Anders Vale" },
  author,
];

/** The comparisons of a text of sentences in the given voices, each as "agree: a / b". */
function compared(sentences: [string, Voice][]): string[] {
  const doc = createDocument(sentences.map(([t]) => t).join(" "), { id: "post" });
  const { comparisons, quantities } = extractClaims(doc, {
    sentenceVoices: sentences.map(([, v]) => v),
    sources: [],
    matches: [],
  });
  return comparisons.map(
    (c) => `${c.agree ? "agree" : "disagree"}: ${c.quantities.map((i) => quantities[i].text).join(" / ")}`,
  );
}

test("the fixture's sentences are the ones the hand-made voices describe", () => {
  assert.equal(article.sentences.length, voices.length);
});

test("figures for the same counted thing are compared across three voices", () => {
  const result = extractClaims(article, { sentenceVoices: voices, sources: [], matches: [] });
  assert.equal(result.comparisons.length, 1);
  const [c] = result.comparisons;
  assert.equal(c.topic, "people who left: fighters, people, family members");
  assert.equal(
    c.why,
    "all count people who left: left, convoy in each figure's clause; fighters, people, family members are all people",
  );
  assert.equal(c.agree, false);
  assert.deepEqual(c.spread, [24, 4000]);
  assert.equal(
    c.note,
    "a few dozen (speaker: Northern Shield Council) / around 4,000 (speaker: Tomas Berek) / 250 + 3,500 = 3,750 (speaker: Col Anders Vale); only around 4,000 and 250 + 3,500 = 3,750 overlap",
  );
  const [finding] = result.findings;
  assert.equal(finding.ruleId, "claims/quantity-disagreement");
  assert.equal(article.text.slice(finding.span?.start, finding.span?.end), "a few dozen");
  assert.deepEqual(
    finding.evidence?.map((e) => article.text.slice(e.start, e.end)),
    ["around 4,000", "250", "3,500"],
  );
});

test("claims carry their voice, entities and quantities", () => {
  const { claims, quantities } = extractClaims(article, { sentenceVoices: voices, sources: [], matches: [] });
  const vale = claims.find((c) => c.voice.name === "Col Anders Vale");
  assert.ok(vale?.checkworthy);
  assert.deepEqual(
    vale.entities.map((e) => e.text),
    ["Col Anders Vale", "Varenhold"],
  );
  assert.deepEqual(
    vale.quantities.map((i) => quantities[i].text),
    ["250", "3,500"],
  );
  assert.ok(vale.features.includes("quantity") && vale.features.includes("entity"));
  // "How many people left …?" is a question, not a claim, and states no amount.
  assert.ok(!claims.some((c) => c.sentence === 1));
});

test("source quantities join the comparison under the source's id", () => {
  const { comparisons, quantities } = extractClaims(article, {
    sentenceVoices: voices,
    sources: [source],
    matches: [],
  });
  const people = comparisons.find((c) => c.topic.startsWith("people"));
  assert.ok(people);
  assert.deepEqual(
    people.members?.map((m) => `${whoLabel(m)}: ${m.low}-${m.high}`),
    [
      "speaker: Northern Shield Council: 24-60",
      "speaker: Tomas Berek: 4000-4000",
      "speaker: Col Anders Vale: 3750-3750",
      "source convoy-source: 3750-3750",
      "source convoy-source: 1000-1000",
    ],
  );
  for (const q of quantities.filter((x) => x.source)) assert.equal(source.text.slice(q.start, q.end), q.text);
});

test("a report with claims, quantities and comparisons matches the published schema", () => {
  const report = analyze(article, { sources: [source] });
  assertValidReport(report);
  assert.ok(report.quantities.length > 0);
});

test("CT24 records run together on one line are read apart", () => {
  const rows = parseCT24(
    'Sentence_id\tText\tclass_label\n1\tWe cut taxes by 10 percent.\tYes2\tThank you.\tNo\n3\t"Quoted."\tNo\n',
  );
  assert.deepEqual(
    rows.map((r) => `${r.id}:${r.label}:${r.text}`),
    ["1:true:We cut taxes by 10 percent.", "2:false:Thank you.", "3:false:Quoted."],
  );
});

test("logistic regression separates a toy problem", () => {
  const examples = Array.from({ length: 200 }, (_, i) => ({
    features: [i % 2 ? "f:quantity" : "f:opinion", `w:${i % 7}`],
    label: i % 2 === 1,
  }));
  const model = trainLogistic(examples, { epochs: 5 });
  assert.ok(predict(model, ["f:quantity"]) > 0.8);
  assert.ok(predict(model, ["f:opinion"]) < 0.2);
});

test("naive Bayes ratios are folded into the regression's one weight table", () => {
  const examples = [
    { features: ["w:cut", "w:taxes"], label: true },
    { features: ["w:cut", "w:thanks"], label: false },
    { features: ["w:thanks"], label: false },
  ];
  const ratios = naiveBayesRatios(examples, 1);
  // "taxes" only in the positive sentence, "thanks" only in negatives, "cut" in one of each.
  assert.ok(ratios["w:taxes"] > ratios["w:cut"] && ratios["w:cut"] > ratios["w:thanks"]);
  const blended = blendNaiveBayes({ bias: 0, weights: { "w:cut": 0.5 }, threshold: 0.5 }, ratios, 0.5);
  assert.equal(blended.weights["w:cut"], Math.round((0.5 + 0.5 * ratios["w:cut"]) * 1e4) / 1e4);
  assert.equal(blended.weights["w:taxes"], Math.round(0.5 * ratios["w:taxes"] * 1e4) / 1e4);
});

test("markup tags left in the text are not words of the sentence", () => {
  const tagged = textFeatures('It says <b>nothing</b>, <a href="x">more</a>.');
  assert.ok(!tagged.includes("w:b") && !tagged.includes("w:href") && tagged.includes("b:nothing_more"));
  assert.ok(tagged.includes("f:short"));
  // "x < y" compares; it is no tag.
  assert.ok(textFeatures("If x < y and y > z then x < z.").includes("b:x_y"));
});

test("average precision rewards putting the positives first", () => {
  assert.equal(averagePrecision([0.9, 0.8, 0.1], [true, true, false]), 1);
  assert.equal(averagePrecision([0.1, 0.8, 0.9], [true, false, false]), 1 / 3);
});

test("figures about different subjects are not compared, even when they count people", () => {
  const doc = createDocument(
    "About 200 people attended the concert, the promoter said. Around 4,000 people fled the floods, the mayor said.",
  );
  const speakers: Voice[] = [
    { kind: "speaker", name: "the promoter" },
    { kind: "speaker", name: "the mayor" },
  ];
  assert.deepEqual(
    extractClaims(doc, { sentenceVoices: speakers, sources: [], matches: [] }).comparisons,
    [],
  );
});

test("figures of cases are compared only when their clause says what happened to them, not another figure", () => {
  const doc = createDocument(
    "Two cases of the fever were confirmed in the valley, the ministry said. Some 21 cases of a fever and 17 deaths were notified in May, the agency said. That outbreak killed 1,100 people out of nearly 2,900 registered cases, the board said. Forty cases tested positive, the ministry said. Only 12 cases tested positive, the board said.",
  );
  const speakers: Voice[] = ["the ministry", "the agency", "the board", "the ministry", "the board"].map(
    (name) => ({ kind: "speaker", name }),
  );
  const { comparisons, quantities } = extractClaims(doc, {
    sentenceVoices: speakers,
    sources: [],
    matches: [],
  });
  const ofCases = comparisons.filter((c) =>
    c.quantities.some((i) => quantities[i].counted?.endsWith("cases")),
  );
  assert.deepEqual(
    ofCases.map((c) => c.quantities.map((i) => quantities[i].text).join(" / ")),
    ["Forty / 12"],
  );
});

test("amounts of money are compared within one currency, never converted", () => {
  const other = createDocument("Each driver was paid $1,500 for the trip, the haulage firm said.", {
    id: "firm",
  });
  const { comparisons, quantities } = extractClaims(article, {
    sentenceVoices: voices,
    sources: [other],
    matches: [],
  });
  const usd = comparisons.find((c) => c.topic === "USD amounts paid");
  assert.ok(usd);
  assert.equal(usd.agree, false);
  assert.deepEqual(
    usd.quantities.map((i) => `${quantities[i].text} (${quantities[i].source ?? "article"})`),
    ["$4,000 (article)", "$1,500 (firm)"],
  );
  assert.ok(!comparisons.some((c) => c.topic.startsWith("GBP")));
});

test("the largest set of overlapping intervals", () => {
  assert.deepEqual(
    largestOverlap([
      [24, 60],
      [3600, 4400],
      [3750, 3750],
      [1000, 1000],
    ]),
    [1, 2],
  );
  assert.deepEqual(
    largestOverlap([
      [0, 5],
      [5, 9],
      [5, Number.POSITIVE_INFINITY],
    ]),
    [0, 1, 2],
  );
});

test("figures are compared only when they count the same thing happening, and say why", () => {
  const doc = createDocument(
    [
      "About 3,000 people were evacuated from Tarvin on Sunday, and one bus alone carried 60 people.",
      "Four officials were present at the bridge, where 25 people crossed before noon.",
      "Only a few dozen people left Tarvin, a council official said.",
      "Some 400 residents and 1,800 workers fled the town, the inquiry found.",
    ].join(" "),
    { id: "post" },
  );
  const voices: Voice[] = [
    { kind: "speaker", name: "Mara Linde", description: "a witness" },
    author,
    { kind: "speaker", name: "the council official" },
    { kind: "speaker", name: "the inquiry" },
  ];
  const { comparisons, findings, quantities } = extractClaims(doc, {
    sentenceVoices: voices,
    sources: [],
    matches: [],
  });
  assert.deepEqual(
    comparisons.map((c) => `${c.topic} = ${c.quantities.map((i) => quantities[i].text).join(" / ")}`),
    ["people who left: people, residents, workers = About 3,000 / a few dozen / Some 400 / 1,800"],
  );
  assert.equal(
    comparisons[0].why,
    "all count people who left: evacuated, left, fled in each figure's clause; people, residents, workers are all people",
  );
  assert.deepEqual(
    findings.map((f) => f.message.split(":")[0]),
    ["Figures disagree on people who left"],
  );
});

test("a source sentence the article copies is one statement, not a second figure", () => {
  const text = "Around 4,000 people fled the valley on Monday, the governor said.";
  const article = createDocument(`${text} Only 300 people left, the mayor said.`, { id: "post" });
  const wire = createDocument(text.replace("Around", "About"), { id: "wire" });
  const { comparisons, quantities } = extractClaims(article, {
    sentenceVoices: [
      { kind: "speaker", name: "the governor" },
      { kind: "speaker", name: "the mayor" },
    ],
    sources: [wire],
    matches: [],
  });
  assert.deepEqual(
    comparisons.map((c) =>
      c.quantities.map((i) => `${quantities[i].text} (${quantities[i].source ?? "post"})`),
    ),
    [["Around 4,000 (post)", "300 (post)"]],
  );
});

test("page chrome is not a claim: list numbers, counters, button labels", () => {
  const doc = createDocument(
    "1. #1\n\n4,815\n\nShare 12\n\nThe council spent 4,815 euros on the new fence in 2024.",
    {
      id: "page",
    },
  );
  const { claims } = extractClaims(doc, { sentenceVoices: [], sources: [], matches: [] });
  assert.deepEqual(
    claims.map((c) => doc.text.slice(c.start, c.end)),
    ["The council spent 4,815 euros on the new fence in 2024."],
  );
});

test("every statement of the author's is reported with its rating, below the check-worthiness threshold too", () => {
  const article = createDocument(
    "The harbour board met on Monday.\n\nI grew up fishing off the old pier.\n\nWhy does nobody ask?\n\nAs the board puts it:\n\n> The pier will close in June.",
    { id: "post" },
  );
  const source = createDocument("The harbour board met on Monday. The pier will close in June.", {
    id: "board",
  });
  const report = analyze(article, { sources: [source] });
  const text = (c: { start: number; end: number }) => article.text.slice(c.start, c.end);
  const pier = report.claims.find((c) => text(c) === "I grew up fishing off the old pier.");
  assert.ok(pier, "a low-scoring author statement is a claim");
  assert.equal(pier.checkworthy, false);
  assert.ok(pier.features.includes("statement"));
  assert.equal(pier.support?.status, "not-found");
  // A question asks and a lead-in introduces the text it quotes: neither states anything.
  assert.ok(!report.claims.some((c) => text(c).endsWith("?") || text(c).endsWith(":")));
  // With nothing to rate against, a statement would only say "no source": it is not listed.
  const alone = analyze(createDocument("I grew up fishing off the old pier.", { id: "post" }));
  assert.deepEqual(alone.claims, []);
});

test("a figure asked for, an amount for another purpose and a live blog's earlier reading are no disagreement", () => {
  const compared = (text: string, voices: Voice[], sourceText?: string) => {
    const doc = createDocument(text, { id: "post" });
    const sources = sourceText ? [createDocument(sourceText, { id: "release" })] : [];
    const { comparisons, quantities } = extractClaims(doc, { sentenceVoices: voices, sources, matches: [] });
    return comparisons.map(
      (c) => `${c.agree ? "agree" : "disagree"}: ${c.quantities.map((i) => quantities[i].text).join(" / ")}`,
    );
  };
  const minister: Voice = { kind: "speaker", name: "the minister" };
  // Asked for and given are two amounts; two figures asked for are still compared.
  assert.deepEqual(
    compared(
      "The mayor asked the province for $46 million in flood funding. The province will give $2 million in flood funding, the minister said.",
      [author, minister],
    ),
    [],
  );
  assert.deepEqual(
    compared(
      "The mayor asked the province for $46 million in flood funding. The mayor asked for $20 million in flood funding, the minister said.",
      [author, minister],
    ),
    ["disagree: $46 million / $20 million"],
  );
  // The whole budget and one service's share; the share restated in the source rounds to the same.
  assert.deepEqual(
    compared(
      "The town will spend £212m next year, the minister said. Spending on the harbour will rise to £88 million.",
      [minister, author],
      "Harbour spending will increase to £87.9 million.",
    ),
    ["agree: £88 million / £87.9 million"],
  );
  assert.deepEqual(
    compared(
      "Spending on the harbour will rise to £88 million.",
      [author],
      "Harbour spending will increase to £84.2 million.",
    ),
    ["disagree: £88 million / £84.2 million"],
  );
  // A clause of time after an amount says when it was paid, not what for: the sale is no donation.
  const records: Voice = { kind: "document", name: "county land records" };
  assert.deepEqual(
    compared(
      "Two car lots donated $7,500 to the fund that day. Land records show that Morrow Holdings sold the lot for $410,000 the day before the donations were made.",
      [author, records],
    ),
    [],
  );
  assert.deepEqual(
    compared(
      "Two car lots donated $7,500 to the fund that day. Land records show that the car lots donated $9,000 to the fund.",
      [author, records],
    ),
    ["disagree: $7,500 / $9,000"],
  );
  // A federal and a city minimum wage are two figures; two federal ones are one in dispute.
  const labour: Voice = { kind: "document", name: "the labour department" };
  assert.deepEqual(
    compared(
      "The council of Tarvin pays a $15 minimum wage. The federally mandated minimum wage is $7.25, the labour department says.",
      [author, labour],
    ),
    [],
  );
  assert.deepEqual(
    compared(
      "The federal minimum wage is $8. The federally mandated minimum wage is $7.25, the labour department says.",
      [author, labour],
    ),
    ["disagree: $8 / $7.25"],
  );
  // A poll's net positive counts no one infected.
  const poll: Voice = { kind: "document", name: "the Harbour Gazette poll" };
  assert.deepEqual(
    compared(
      "Marsh has a net positive of nine points - although rivals have attacked him far less. The Harbour Gazette poll shows her with a net positive of 51 points.",
      [author, poll],
    ),
    [],
  );
  // A live blog's entry gives the count at its time; the same count undated still compares.
  assert.deepEqual(
    compared("13:05 The agency said at least 12 people are missing.", [author], "Ten people remain missing."),
    [],
  );
  assert.deepEqual(
    compared("The agency said at least 12 people are missing.", [author], "Ten people remain missing."),
    ["disagree: at least 12 / Ten"],
  );
});

test("figures of different payers, payees or places are no disagreement; the same place's are", () => {
  const oster: Voice = { kind: "speaker", name: "Karl Oster" };
  const officials: Voice = { kind: "speaker", description: "Health officials" };
  // Who reports the fee ("Oster added … that officials told him that …") is not who was paid it.
  assert.deepEqual(
    compared([
      [
        "Oster added in his testimony that harbour officials told him that they expected Brightwell to pass on part of the $2 million yearly consulting fee it received from the Vellan ministry.",
        oster,
      ],
      ["To thank him, Oster was paid $40,000 by harbour officials at a dinner.", author],
    ]),
    [],
  );
  // Deaths in another country and century, and deaths in the same town.
  assert.deepEqual(
    compared([
      ["The fever outbreak in Kelmora has so far killed 80 people.", author],
      [
        "Health officials say the fever, which caused the deaths of more than 2 million people in Ostria during the Long Winter, has spread to the towns.",
        officials,
      ],
    ]),
    [],
  );
  assert.deepEqual(
    compared([
      ["The fever outbreak in Kelmora has so far killed 80 people.", author],
      ["Health officials say the fever has killed 120 people in Kelmora.", officials],
    ]),
    ["disagree: 80 / 120"],
  );
});

test("positions, rates, figures per item, parts of a whole and one payer's different amounts are no disagreement", () => {
  const mayor: Voice = { kind: "speaker", name: "Ilse Varga" };
  const union: Voice = { kind: "speaker", description: "the dockers' union" };
  // Two voices wanting different wages hold two positions; the wage paid today is a third figure.
  assert.deepEqual(
    compared([
      ["The dockers' union renewed its call to raise the harbour wage to £16 an hour.", union],
      ["Varga said she supports a £13 harbour wage.", mayor],
      ["The harbour wage paid today is £11 an hour.", author],
    ]),
    [],
  );
  // A count per day and a count of one event; two per item and one for all.
  assert.deepEqual(
    compared([
      ["Varga said 30 people a day die on the county's roads.", mayor],
      ["The crash on the ring road killed four people.", author],
    ]),
    [],
  );
  assert.deepEqual(
    compared([
      ["Two guards were injured at each gate, the union said.", union],
      ["Four guards were injured in the raid.", author],
    ]),
    [],
  );
  // "Five of the past six": a part and its whole, not counts of one thing.
  assert.deepEqual(
    compared([
      ["The union said its members voted against the deal in three ballots.", union],
      ["Members voted for strikes in five of the past six ballots.", author],
    ]),
    [],
  );
  // One payer named by both, and nothing the money was for in common.
  assert.deepEqual(
    compared([
      ["Varga said Orlen raised about $3 million that week.", mayor],
      ["Orlen's campaign raised more than $20 million last season.", author],
    ]),
    [],
  );
  // The same wage, per hour in both, still disagrees.
  assert.deepEqual(
    compared([
      ["The harbour wage paid today is £11 an hour, the union said.", union],
      ["Dockers at the harbour are paid £14 an hour in wages today.", author],
    ]),
    ["disagree: £11 / £14"],
  );
});

test("page furniture, the outlet's correction note, its copyright line, a poll set in the story and the byline of a reposted story are no claims; an update note and the story are", () => {
  const src = [
    "Library Roof To Be Replaced",
    "By Odile Brannock, Valley Wire",
    "The Tarnholm library will close for eight weeks from 3 May while its roof is replaced, the district council said. The work will cost £410,000.",
    "The library lends about 52,000 books a year.",
  ].join("\n\n");
  const art = [
    "Library Shuts For Roof Work",
    "Posted by Tarnholm Today | 6 comments",
    "Related: Council to sell 12 village halls",
    "The Tarnholm library will close for eight weeks from 3 May while its roof is replaced, the district council said. The work will cost £410,000.",
    "Best Price: $12.99 Buy New $39.50",
    "Update: The council has now confirmed that a mobile library will visit the square twice a week.",
    "Correction: An earlier version of this story said the library lends 25,000 books a year. It lends about 52,000.",
    "Follow us on Facebook for 24 hours of Tarnholm news",
    "The roof was last replaced in 1978. take our poll - story continues below",
    "Should the library open on Sundays?",
    "Completing this poll grants you access to Tarnholm Today updates free of charge.",
    "You may opt out at anytime.",
    "\u00a92026 Tarnholm Today, Distributed by Valley Wire Content Services.",
  ].join("\n\n");
  const report = analyze(art, { sources: [src] });
  const claimed = report.claims.map((c) => art.slice(c.start, c.end));
  for (const furniture of [
    "Posted by",
    "Related:",
    "Best Price",
    "Correction:",
    "It lends",
    "Follow us",
    "Should the library",
    "Completing this poll",
    "You may opt out",
    "\u00a92026",
  ])
    assert.ok(!claimed.some((c) => c.startsWith(furniture)), `${furniture} is no claim`);
  assert.ok(claimed.some((c) => c.startsWith("Update: The council has now confirmed")));
  assert.ok(claimed.some((c) => c.startsWith("The work will cost")));
  assert.ok(!report.findings.some((f) => f.ruleId === "support/contradicted"));
});
