import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { loadData } from "../data.js";
import { renderSupport } from "../report/html/support.js";
import { renderMarkdown } from "../report/render-markdown.js";
import { renderText } from "../report/render-text.js";
import { EVERY_KIND_FIRM } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { stem } from "../text/stem.js";
import { validateSupportLexicon } from "./lexicon.js";

const SOURCE = `Annual report of the Fenwick water board

The board reviewed the Fenwick network between January and December. Leaks may have caused part of the pressure loss. Water use rose by 6 percent over the year. The board found no evidence of sabotage at the pumping station. Some of the 40 pipes in the old town were replaced.`;

const ARTICLE = `Fenwick's Water Mess

By Jo Pell

The board reviewed the Fenwick network over the whole year. Leaks caused the pressure loss. Water use rose by 16 percent over the year. Saboteurs struck the pumping station. All 40 pipes in the old town were replaced. This proves that the board cannot be trusted with our water. "We are fixing it," said board chair Ada Voss.`;

/** Each claim of the report as `sentence text -> status [rule]: evidence`. */
function ratings(article: string, sources: string[]): string[] {
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: sources.map((s, i) => createDocument(s, { id: `source-${i}` })) });
  const texts = new Map([a, ...report.sources].map((d) => [d.id, d.text]));
  return report.claims.map((c) => {
    const claim = a.text.slice(c.start, c.end);
    if (!c.support) return `${claim} -> unrated (${c.voice.kind})`;
    const ev = c.support.evidence.map((e) => texts.get(e.id)?.slice(e.start, e.end)).join(" / ");
    return `${claim} -> ${c.support.status} [${c.support.rule}]${ev ? `: ${ev}` : ""}`;
  });
}

test("rates each author claim against the source sentence that speaks of it", () => {
  const lines = ratings(ARTICLE, [SOURCE]);
  const has = (line: string) => assert.ok(lines.includes(line), `missing: ${line}\n${lines.join("\n")}`);
  has(
    "Leaks caused the pressure loss. -> overreach [hedge]: Leaks may have caused part of the pressure loss.",
  );
  has(
    "Water use rose by 16 percent over the year. -> contradicted [quantity]: Water use rose by 6 percent over the year.",
  );
  has(
    "All 40 pipes in the old town were replaced. -> overreach [quantifier]: Some of the 40 pipes in the old town were replaced.",
  );
});

test("a causal conclusion no source speaks of is the assertion gap; quotes are never rated as the author's", () => {
  const a = createDocument(ARTICLE, { id: "article" });
  const report = analyze(a, { sources: [createDocument(SOURCE, { id: "source" })] });
  const gap = report.findings.filter((f) => f.ruleId === "support/assertion-gap");
  assert.deepEqual(
    gap.map((f) => a.text.slice(f.span?.start, f.span?.end)),
    ["This proves that the board cannot be trusted with our water."],
  );
  for (const c of report.claims) {
    if (c.voice.kind === "speaker") assert.equal(c.support, undefined);
    if (c.voice.kind === "author")
      assert.ok(c.support, `author claim unrated: ${a.text.slice(c.start, c.end)}`);
  }
  for (const f of report.findings.filter((f) => f.source === "support")) {
    for (const e of f.evidence ?? []) {
      const doc = e.id === "article" ? a : report.sources.find((s) => s.id === e.id);
      assert.ok(doc && e.end <= doc.text.length && e.start < e.end);
    }
  }
});

test("with no source, the article's own reproduced text is the evidence", () => {
  const article = `Harbour figures

The port board published its statement on Monday. As the statement puts it:

"The harbour handled 3.2 million tonnes of cargo in 2024. Dredging of the main channel will cost an estimated 22 million euros."

Dredging will cost exactly 22 million euros. The harbour handled 5 million tonnes of cargo in 2024.`;
  const lines = ratings(article, []);
  assert.ok(
    lines.includes(
      'Dredging will cost exactly 22 million euros. -> overreach [hedge]: Dredging of the main channel will cost an estimated 22 million euros."',
    ),
    lines.join("\n"),
  );
  assert.ok(
    lines.some((l) =>
      l.startsWith("The harbour handled 5 million tonnes of cargo in 2024. -> contradicted [quantity]"),
    ),
    lines.join("\n"),
  );
});

test("with nothing to rate against, a claim says why no passage was found", () => {
  const a = createDocument("Everyone in the valley knows the council caused the flood last year.", {
    id: "a",
  });
  const [claim] = analyze(a).claims;
  assert.equal(claim.support?.status, "not-found");
  assert.equal(claim.support?.rule, "no-source");
  assert.match(claim.support?.reason ?? "", /no source was given/);
  assert.equal(
    analyze(a).findings.filter((f) => f.ruleId === "support/assertion-gap").length,
    0,
    "no assertion gap without any source to lean on",
  );
});

test("the support lexicon is valid, and a bad edit is caught", () => {
  validateSupportLexicon(loadData("support-lexicon.json"));
  const bad = structuredClone(loadData<Record<string, unknown>>("support-lexicon.json"));
  (bad.hedges as string[]).push("May ");
  assert.throws(() => validateSupportLexicon(bad), /normal form/);
  const dup = structuredClone(loadData<Record<string, unknown>>("support-lexicon.json"));
  (dup.negators as string[]).push("not");
  assert.throws(() => validateSupportLexicon(dup), /twice/);
});

test("stemming meets inflected forms", () => {
  assert.deepEqual(["cuts", "cut", "recommended", "recommends", "policies", "injured"].map(stem), [
    "cut",
    "cut",
    "recommend",
    "recommend",
    "policy",
    "injur",
  ]);
  // A consonant doubled before -ing/-ed is undoubled; a stem's own double letter stays.
  assert.deepEqual(["banning", "ban", "cutting", "stopped", "added", "add", "falling", "passed"].map(stem), [
    "ban",
    "ban",
    "cut",
    "stop",
    "add",
    "add",
    "fall",
    "pass",
  ]);
});

test("a negation or hedge counts only in the clause that speaks of the claim", () => {
  const source = `Fenwick board notes

Forecasters expected heavy rain in April that never came, and demand rose by 12 percent in the dry months. The old mains lose about one litre in five to leaks.`;
  const article = `Who runs Fenwick?

Demand rose by 12 percent in the dry months. The old mains lose about one litre in five to leaks, and nobody has been sacked. The board has not replaced the old mains.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  // "expected" hedges the rain, not the demand.
  assert.match(line("Demand rose"), / -> supported \[match\]/);
  // "nobody has been sacked" negates nothing the source says about leaks.
  assert.doesNotMatch(line("The old mains lose"), /contradicted|overreach/);
});

test("a changed figure in reused text is said once, by trace, while the claim keeps its rating", () => {
  const source = `Harbour report

The Kessel ferry carried 18,400 passengers in June, the most since the service began. Fares were unchanged.`;
  const article = `Ferry boom

The Kessel ferry carried 28,400 passengers in June, the most since the service began. Nobody saw it coming.`;
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "report" })] });
  const rules = report.findings.map((f) => f.ruleId);
  assert.ok(rules.includes("trace/changed-number"), rules.join(", "));
  assert.ok(!rules.includes("support/contradicted"), rules.join(", "));
  const claim = report.claims.find((c) => a.text.slice(c.start, c.end).includes("28,400"));
  assert.equal(claim?.support?.status, "contradicted");
});

test("a claim that keeps the source's part is not an overreach for saying 'whole' elsewhere", () => {
  const source = `Bridge notes

Engineers found cracks in two of the bridge's six girders in February.`;
  const article = `Bridge shut

Only two of the six girders of the bridge are cracked, yet the whole bridge is closed.`;
  const lines = ratings(article, [source]);
  assert.ok(!lines.some((l) => l.includes("overreach")), lines.join("\n"));
});

test("opposite words and evaluations of opposite polarity contradict without a negation word", () => {
  const source = `Inspection of the Orrin surgery

Inspectors found that record keeping was good across the surgery. Waiting lists fell by 8 percent in the year.`;
  const article = `Orrin surgery in crisis

Record keeping was appalling across the surgery. Waiting lists rose sharply.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Record keeping was appalling"), / -> contradicted \[evaluation\]: Inspectors found/);
  assert.match(line("Waiting lists rose sharply"), / -> contradicted \[direction\]: Waiting lists fell/);
});

test("a limit stated with a negation ('would not exceed') supports 'under'; it is no denial", () => {
  const source = `Quarry plan

Dust at the nearest school would not exceed 20 micrograms on any day.`;
  const article = `Quarry plan

Daily dust at the school next to the quarry is to stay under 20 micrograms.`;
  const lines = ratings(article, [source]);
  assert.ok(
    lines.some((l) => l.startsWith("Daily dust at the school") && l.includes("-> supported")),
    lines.join("\n"),
  );
});

test("'whether or not' asks a question; it denies nothing", () => {
  const source = `Ferry inquiry

Investigators are still trying to figure out whether the captain of the ferry acted alone, officials said on Monday.`;
  const article = `Ferry inquiry

Police are still investigating whether or not the captain of the ferry acted alone.`;
  const lines = ratings(article, [source]);
  assert.ok(
    lines.some((l) => l.startsWith("Police are still investigating") && l.includes("-> supported")),
    lines.join("\n"),
  );
});

test("a claim that counts an incident meets the one passage that counts it as zero", () => {
  const source = `Fire at the Pell mill

A fire broke out at the Pell mill on Sunday night. Nobody was injured, the fire service said. The roof of the store was destroyed.`;
  const article = `Mill blaze

A fire broke out at the Pell mill on Sunday night. Three workers were injured.`;
  const lines = ratings(article, [source]);
  assert.ok(
    lines.includes(
      "Three workers were injured. -> contradicted [negation]: Nobody was injured, the fire service said.",
    ),
    lines.join("\n"),
  );
  // Two passages that rule out injuries: which one the claim speaks of is unclear, so neither.
  const two = `${source} At the depot next door nobody was injured either.`;
  assert.ok(
    !ratings(article, [two]).some((l) => l.startsWith("Three workers") && l.includes("contradicted")),
  );
});

test("a ranking the passage does not make is not found, and the claim is in the assertion gap", () => {
  const source = `Festival notice

The Harle Folk Festival will run from 3 to 6 June in the town park.`;
  const article = `Summer in Harle

The Harle Folk Festival in June is the best in the country.`;
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "notice" })] });
  const claim = report.claims.find((c) => a.text.slice(c.start, c.end).includes("the best"));
  assert.equal(claim?.support?.status, "not-found");
  assert.equal(claim?.support?.rule, "superlative");
  assert.ok(
    report.findings.some((f) => f.ruleId === "support/assertion-gap" && f.span?.start === claim?.start),
  );
});

test("every author sentence a source speaks of is a claim with a rating; a speaker saying the same is not rated", () => {
  const source = `Library hours

The Dene library will open on Sundays from May. Staff will run a reading club for children.`;
  const article = `Library news

The Dene library will open on Sundays from May. "Staff will run a reading club for children," said the librarian, Ann Moss. It has a new roof.`;
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "hours" })] });
  const bySentence = new Map(report.claims.map((c) => [a.text.slice(c.start, c.end), c]));
  const open = bySentence.get("The Dene library will open on Sundays from May.");
  assert.equal(open?.support?.status, "supported");
  assert.ok(open?.support?.evidence.length);
  const quoted = report.claims.find((c) => a.text.slice(c.start, c.end).includes("reading club"));
  assert.equal(quoted?.support, undefined);
  // Every author-voice claim carries a rating with evidence or a reason that no passage was found.
  for (const c of report.claims.filter((c) => c.voice.kind === "author")) {
    assert.ok(c.support, a.text.slice(c.start, c.end));
    assert.ok(c.support.evidence.length > 0 || /^no passage/.test(c.support.reason), c.support.reason);
  }
});

test("the text and Markdown summaries lead with the assertion gap, ahead of changed figures", () => {
  const source = `Port review

The port handled 4,100 ships in 2025. Dredging may have raised costs.`;
  const article = `Port scandal

The port handled 4,800 ships in 2025. Dredging raised costs. This proves that the port board is rotten to the core.`;
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "review" })] });
  assert.equal(
    report.summary.key[0]?.kind,
    "assertion-gap",
    report.summary.key.map((k) => k.kind).join(", "),
  );
  const text = renderText(report);
  const gap = text.indexOf("Nothing in review backs this");
  const figure = text.indexOf('"4,100" became "4,800"');
  assert.ok(gap >= 0 && figure > gap, text);
  const md = renderMarkdown(report);
  const items = md.split("\n").filter((l) => /^\d+\. \*\*/.test(l));
  assert.match(items[0] ?? "", /Nothing in review backs this/, md);
});

test("a fraction is a figure: 'a third' against 'about a fifth' is a changed figure, not a dropped hedge", () => {
  const source = `Canteen pilot results

Food waste in the Ostby school canteens fell by about a fifth over the term. Almost two-fifths of pupils took the new hot lunch.`;
  const article = `Canteen pilot

Food waste in the Ostby canteens fell by a third over the term. Nearly 40 percent of pupils took the new hot lunch.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Food waste"), / -> contradicted \[quantity\]: Food waste in the Ostby/);
  assert.match(line("Nearly 40 percent"), / -> supported \[match\]/);
});

test("a bound before a fraction makes it an end of an interval: 'fewer than half' agrees with 41 percent", () => {
  const source = `Heating grant take-up

In the three eastern wards, 41 percent of eligible households claimed the heating grant last winter.`;
  const fewer = `Heating grant

Fewer than half of eligible households in the three eastern wards claimed the heating grant last winter.`;
  const more = `Heating grant

More than half of eligible households in the three eastern wards claimed the heating grant last winter.`;
  assert.match(ratings(fewer, [source]).join("\n"), /Fewer than half.* -> supported/);
  assert.match(ratings(more, [source]).join("\n"), /More than half.* -> contradicted \[quantity\]/);
});

test("a ratio ('for every' after a figure) or a multiple ('five times as many') is no count, and no claim about all", () => {
  const source = `Depot consultation

The council received 148 objections to the bus depot and 29 letters of support.`;
  const ratio = `Depot row

The council received five objections to the bus depot for every letter of support.`;
  const all = `Depot row

The council received objections to the bus depot from every household on the street.`;
  const allSource = `Depot consultation

The council received objections to the bus depot from 14 households on the street.`;
  assert.match(ratings(ratio, [source]).join("\n"), /five objections.* -> supported/);
  const times = `Depot row

The council received five times as many objections to the bus depot as letters of support.`;
  assert.doesNotMatch(ratings(times, [source]).join("\n"), /contradicted/);
  assert.match(ratings(all, [allSource]).join("\n"), /every household.* -> overreach \[quantifier\]/);
});

test("a hedge after 'than' is the baseline of a comparison: 'lower than expected' states the outcome", () => {
  const source = (than: string) => `Heating grant take-up

Take-up of the heating grant was ${than} in the eastern wards, at 41 percent of eligible households.`;
  const article = `Heating grant

Only 41 percent of eligible households in the eastern wards took up the heating grant.`;
  assert.match(ratings(article, [source("lower than expected")]).join("\n"), /-> supported/);
  assert.match(ratings(article, [source("lower than had been forecast")]).join("\n"), /-> supported/);
  assert.match(ratings(article, [source("expected to be low")]).join("\n"), /-> overreach \[hedge\]/);
  assert.match(ratings(article, [source("probably low")]).join("\n"), /-> overreach \[hedge\]/);
});

test("a hedge between a determiner and a noun qualifies that noun phrase, not the statement around it", () => {
  const despite = `Annual review

The Harwick museum drew 48,000 visitors last year in spite of the proposed building works.`;
  const proposed = `Annual review

The proposed Harwick museum would draw 48,000 visitors a year.`;
  assert.match(
    ratings("Museum\n\nThe Harwick museum drew 48,000 visitors last year.", [despite]).join("\n"),
    /-> supported/,
  );
  assert.match(
    ratings("Museum\n\nThe new Harwick museum will draw 48,000 visitors a year.", [proposed]).join("\n"),
    /-> overreach \[hedge\]/,
  );
});

test("a charge against another charge is no negation: each reports what an accuser says", () => {
  const charge = `Union statement

The union accuses the harbour master of doing all the dirty work for the owners.`;
  const fact = `Union statement

The harbour master did a great deal about the thefts, the union said.`;
  assert.match(
    ratings("Harbour row\n\nThe union accused the harbour master of watching the thefts and doing nothing.", [
      charge,
    ]).join("\n"),
    /-> not-found \[no-passage\]/,
  );
  assert.match(
    ratings("Harbour row\n\nThe union accused the harbour master of doing nothing about the thefts.", [
      fact,
    ]).join("\n"),
    /-> contradicted \[negation\]/,
  );
});

test("a change given as a share agrees with two figures of the passage that far apart, not with another share", () => {
  const source = `Leisure report

Bookings at the Harwick pool rose from 2,000 to 2,800 last year, and 12 percent of them were made online.`;
  const claim = (share: string) => `Pool\n\nBookings at the Harwick pool rose by ${share} percent last year.`;
  assert.match(ratings(claim("40"), [source]).join("\n"), /-> supported/);
  assert.match(ratings(claim("70"), [source]).join("\n"), /-> contradicted \[quantity\]/);
});

test("a share two counts of the passage make is stated there, whatever other share the passage gives", () => {
  const source = `Grant review

Of the 4,120 uniform grant applications made last year, 3,610 were approved, and 12 percent came from the northern wards.`;
  const claim = (share: string) => `Grants\n\n${share} uniform grant applications were approved last year.`;
  assert.match(ratings(claim("Nearly nine in ten"), [source]).join("\n"), /-> supported/);
  assert.match(ratings(claim("About 30 percent of"), [source]).join("\n"), /-> contradicted \[quantity\]/);
});

test("a rate over another period is another measure: '£1,200 a year' is not contradicted by '£100 a month'", () => {
  const source = `Permit tariff

A resident permit in Harwick costs £100 a month, and a visitor permit £4 a day.`;
  const claim = (figure: string) => `Parking\n\nA resident permit in Harwick costs ${figure}.`;
  assert.doesNotMatch(ratings(claim("£1,200 a year"), [source]).join("\n"), /contradicted/);
  assert.match(ratings(claim("£150 a month"), [source]).join("\n"), /-> contradicted \[quantity\]/);
});

test("a charge after a noun ('a man suspected of burglary') hedges the charge, not the clause's own predicate", () => {
  const source = (verb: string) => `Police statement

Police arrested a man ${verb} of burglary in Harwick on Friday.`;
  const claim = (text: string) => `Arrest\n\n${text}`;
  for (const verb of ["suspected", "accused"])
    assert.match(
      ratings(claim("Police arrested a man in Harwick on Friday."), [source(verb)]).join("\n"),
      /-> supported/,
    );
  const predicative = `Police statement

A man from Harwick is suspected of burglary at the Mill Street depot.`;
  assert.match(
    ratings(claim("A man from Harwick burgled the Mill Street depot."), [predicative]).join("\n"),
    /-> overreach \[hedge\]/,
  );
});

test("'never before' states a record, not a denial; a plain 'never' still denies", () => {
  const record = `Agency update

Never before has the Colne risen so high at Harwick as it did on Sunday.`;
  const flood = `Agency update

The Colne flooded the Harwick meadows on Sunday.`;
  assert.match(
    ratings("River\n\nThe Colne rose to a record level at Harwick on Sunday.", [record]).join("\n"),
    /-> supported/,
  );
  assert.match(
    ratings("River\n\nThe Colne has never flooded the Harwick meadows.", [flood]).join("\n"),
    /-> contradicted \[negation\]/,
  );
});

test("'no longer' says a thing was so before: it denies the present, not the past", () => {
  const source = `Depot notice

The Mill Street depot is no longer used for salt storage.`;
  assert.match(
    ratings("Depot\n\nThe Mill Street depot was used for salt storage until 2020.", [source]).join("\n"),
    /-> supported/,
  );
  assert.match(
    ratings("Depot\n\nThe Mill Street depot is used for salt storage.", [source]).join("\n"),
    /-> contradicted \[negation\]/,
  );
});

test("a difference written with its currency sign is a difference too: '£270 under the average'", () => {
  const source = `Fees review

A new grave in Ashby costs £1,150, below the regional average of £1,420.`;
  const claim = (figure: string) =>
    `Graves\n\nA new grave in Ashby costs ${figure} under the regional average.`;
  assert.match(ratings(claim("£270"), [source]).join("\n"), /-> supported/);
  assert.match(ratings(claim("£600"), [source]).join("\n"), /-> contradicted \[quantity\]/);
});

test("'about' that only rounds a figure is no hedge the claim drops, unless the claim calls it exact", () => {
  const source = `Tunnel accounts

The contractor billed for about 1.3 million tonnes of spoil that the site logs do not record. The tunnel will cost an estimated 40 million euros. The board spoke about the delays.`;
  const article = `Tunnel money

The contractor billed for spoil that was never dug. The tunnel will cost 40 million euros. The tunnel will cost exactly 40 million euros. The board spoke about the delays.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.doesNotMatch(line("The contractor billed"), /overreach/);
  assert.match(line("The tunnel will cost 40"), / -> supported/);
  assert.match(line("The tunnel will cost exactly"), / -> overreach \[hedge\]/);
});

test("a round 'a million' meets the passage that states its figure, not a passage with another figure", () => {
  const source = `Dredging audit

Logs record about 2.1 million cubic metres of silt removed over the contract. The contractor was paid for a further 1.3 million cubic metres that the logs do not show.`;
  const article = `Silt money

The contractor was paid for a million cubic metres of silt the logs never show being removed. A fifth to a third.`;
  const lines = ratings(article, [source]);
  assert.ok(!lines.some((l) => l.includes("contradicted")), lines.join("\n"));
});

test("a speaker inside a reproduced document is the document's report, never rated as the author's", () => {
  const source = `The pier contract

The harbour board paid Pell Marine 9 million crowns for pier repairs. The director, Ann Voss, said the audit had been sent to the board. The repairs have not started.`;
  const article = `The pier scandal

As the reporters write:

The harbour board paid Pell Marine 9 million crowns for pier repairs. The director, Ann Voss, said the audit had not been sent to the board. The repairs have not started.

That is the whole story.`;
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "story" })] });
  const voss = report.claims.find((c) => a.text.slice(c.start, c.end).includes("Ann Voss"));
  assert.ok(voss === undefined || voss.support === undefined, JSON.stringify(voss?.support));
  const rules = report.findings.map((f) => f.ruleId);
  assert.ok(rules.includes("trace/added-negation"), rules.join(", "));
  assert.ok(!rules.includes("support/contradicted"), rules.join(", "));
});

test("an article that rewrites a wire story paragraph by paragraph still makes its own claims and reports its speakers", () => {
  const source = `Kelvale Water sets out its summer plan

FENWICK, 2 June (Valley News Agency) - Kelvale Water will lay 40 kilometres of new mains in the valley this summer, and most of the old pipes will be recycled. Reservoir levels stood at 71 percent at the end of May. Managing director Sunniva Holt said the company had no plans to raise bills this year. The company will hold drop-in sessions in six villages. "Every village will be heard," said Holt.`;
  const article = `Kelvale to lay new mains

Kelvale Water has set out its plans for the summer, the Valley News Agency reports.

Kelvale Water will lay 40 kilometres of new mains in the valley this summer, and all of the old pipes will be recycled. Reservoir levels stood at 17 percent at the end of May.

Managing director Sunniva Holt said the company had plans to raise bills this year. The company will hold drop-in sessions in six villages.

"Every village will be heard," said Holt.

Customers can find the dates online.`;
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "wire" })] });
  const support = (start: string) => {
    const c = report.claims.find((x) => a.text.slice(x.start, x.end).startsWith(start));
    return c?.support && { status: c.support.status, subject: c.support.subject };
  };
  // Credited or not, the wire's text the author writes out as their own, in paragraphs the
  // article does not set out as reproduced, is the author's claim.
  assert.deepEqual(support("Reservoir levels"), { status: "contradicted", subject: "author" });
  assert.deepEqual(support("Kelvale Water will lay"), { status: "overreach", subject: "author" });
  // "X said Y" is the author's report of X, rated as attributed, never as the author's own claim.
  assert.deepEqual(support("Managing director Sunniva Holt said"), {
    status: "contradicted",
    subject: "attributed",
  });
});

test("a source sentence the article carries with a changed figure is rated, not reported omitted", () => {
  const source = `Ferry accounts

The Brisk ferry line carried 212,000 passengers last year. Ticket income rose by about a fifth. The line has ordered two new boats.`;
  const article = `Ferry boom

The Brisk ferry line carried 212,000 passengers last year. Ticket income rose by a third. The line has ordered two new boats.`;
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "accounts" })] });
  const omitted = report.findings
    .filter((f) => f.ruleId === "trace/omission")
    .map((f) => f.evidence?.map((e) => source.slice(e.start, e.end)).join(" "));
  assert.ok(!omitted.some((t) => t?.includes("Ticket income")), omitted.join("\n"));
  const claim = report.claims.find((c) => a.text.slice(c.start, c.end).startsWith("Ticket income"));
  assert.equal(claim?.support?.status, "contradicted");
});

test("the text and Markdown summaries show each contradicted or overreaching claim with its offsets and evidence", () => {
  const source = `Port review

Dredging may have raised costs at the port. Fees at the port rose by about a fifth.`;
  const article = `Port scandal

Dredging raised costs at the port. Fees at the port rose by a third. This proves that the port board is rotten to the core.`;
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, {
    sources: [createDocument(source, { id: "review" })],
    supportGate: EVERY_KIND_FIRM,
  });
  assert.deepEqual(
    report.summary.key.slice(0, 3).map((k) => k.kind),
    ["assertion-gap", "overreach", "contradicted"],
  );
  const at = (s: string) => `(article ${a.text.indexOf(s)}-${a.text.indexOf(s) + s.length})`;
  const text = renderText(report);
  for (const line of [
    `- "Dredging raised costs at the port." ${at("Dredging raised costs at the port.")}`,
    `review 13-56: "Dredging may have raised costs at the port."`,
    `- "Fees at the port rose by a third." ${at("Fees at the port rose by a third.")}`,
  ])
    assert.ok(text.includes(line), `missing: ${line}\n${text}`);
  const md = renderMarkdown(report);
  assert.ok(md.includes("“Fees at the port rose by a third.” (article"), md);
  assert.ok(md.includes("`review` 57–96: “Fees at the port rose by about a fifth.”"), md);
});

test("a hedge weakens only its own clause or conjunct, and 'some' is no hedge of a bare plural", () => {
  const source = `Airport and clinic notes

The airport handled 8.4 million passengers last year, and it expects 9 million this year. Some flights to Spain were cancelled in July because of a strike. Side effects of the vaccine were mild and may include a headache. Some gates were closed for repairs.`;
  const article = `Airport and clinic

The airport handled 8.4 million passengers last year. Flights to Spain were cancelled in July because of a strike. Side effects of the vaccine were mild. All gates were closed for repairs.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("The airport handled"), / -> supported/);
  assert.match(line("Flights to Spain"), / -> supported/);
  assert.match(line("Side effects"), / -> supported/);
  assert.match(line("All gates"), / -> overreach \[quantifier\]/);
});

test("'without' states an absence inside the statement, not a denial of it", () => {
  const source = `Storm notes

About 2,300 homes in Lisker lost power on Tuesday night. Staff at the Orne depot worked a shorter week for three months without losing any pay.`;
  const article = `Storm night

About 2,300 homes in Lisker were left without power on Tuesday night. Staff at the Orne depot worked a shorter week for three months on full pay.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("About 2,300 homes"), / -> supported/);
  assert.match(line("Staff at the Orne depot"), / -> supported/);
});

test("a negation counts only when the predicate it negates is one both sentences speak of", () => {
  const source = `Depot inspection

Inspectors reported a cracked boiler to the depot managers in March. The inspectors found no evidence of fraud at the depot, where the roof was replaced in May. The survey did not establish that the damp caused the cracks.`;
  const article = `Depot scandal

Managers at the depot were told about the cracked boiler in March and did nothing. The roof of the depot was replaced in May. The damp caused the cracks, the survey shows. Inspectors found fraud at the depot.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  // An added "and did nothing" negates nothing the source says.
  assert.doesNotMatch(line("Managers at the depot"), /contradicted/);
  // "no evidence of fraud" negates the fraud, not the roof in the same sentence.
  assert.match(line("The roof of the depot"), / -> supported/);
  // What "did not establish" negates is the clause it takes.
  assert.match(line("The damp caused"), / -> contradicted \[negation\]/);
  assert.match(line("Inspectors found fraud"), / -> contradicted \[negation\]/);
});

test("a verb's negation denies its predicate, not every sentence that names its object", () => {
  const source = `Councillor interview

Councillor Ada Brill said she isn't bothered by the harbour plan and still backs the ferry levy. She has not signed the petition against the ferry levy. The mayor did not fully recover the costs of the harbour survey.`;
  const article = `Brill and the harbour

Councillor Ada Brill praised the harbour plan as a bold idea on Monday. Brill signed the petition against the ferry levy. The mayor recovered the costs of the harbour survey.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  // "isn't bothered by the harbour plan" denies being bothered, not praising the plan.
  assert.doesNotMatch(line("Councillor Ada Brill praised"), /contradicted|overreach/);
  assert.match(line("Brill signed the petition"), / -> contradicted \[negation\]/);
  // An adverb between the negator and its verb: what is denied is still the recovery.
  assert.match(line("The mayor recovered"), / -> contradicted \[negation\]/);
});

test("'the most generous' and 'at most' are no partial quantifiers a claim's 'all' overreaches", () => {
  const source = `Ferry survey

The board called the new timetable the most generous offer in years for island residents. Fares will rise by at most 2 percent for island households.`;
  const article = `Island anger

The board made an offer of a new timetable for all island residents. Fares will rise by 2 percent for every island household.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.doesNotMatch(line("The board made an offer"), /quantifier/);
  assert.doesNotMatch(line("Fares will rise"), /quantifier/);
});

test("'every morning' says how often, not that the claim speaks of all of a thing", () => {
  const source = `Lighting report

Since October, about 900 of the county's 2,600 street lights have been switched off between 1 a.m. and 5 a.m. in residential streets.`;
  const article = `Dark streets

Roughly a third of Marl's street lights have gone dark between 1 and 5 every morning since October.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.doesNotMatch(line("Roughly a third"), /quantifier/);
});

test("'not yet' denies the predicate after it, and a denied cause denies another cause of the same thing", () => {
  const source = `Ferry report

The survey results have not yet been checked by the harbour board. Fuel costs were not a factor in the late sailings.`;
  const article = `Ferry mess

The checked survey results were released this week. Fuel costs drove the late sailings.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("The checked survey results"), / -> contradicted \[negation\]/);
  assert.match(line("Fuel costs drove"), / -> contradicted \[negation\]/);
});

test("grades of one scale contradict beside the thing they grade; a name is no grade", () => {
  const source = `Storm report

One woman was taken to hospital with minor injuries after a wall fell near Dunby. The weather office has issued a yellow warning for wind on Friday. The Red Cross opened a shelter in the Dunby school hall.`;
  const article = `Storm chaos

A woman was seriously injured when a wall fell near Dunby. The weather office has issued a red warning for Friday. Volunteers opened a shelter in the Dunby school hall.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("A woman was seriously injured"), / -> contradicted \[scale\]: One woman was taken/);
  assert.match(line("The weather office"), / -> contradicted \[scale\]: The weather office/);
  assert.doesNotMatch(line("Volunteers opened"), /contradicted/);
});

test("a universal inside what someone wants or plans is an aim, no overreach of the source's 'some'", () => {
  const source = `Pool notes

Some pupils in the Orne schools took swimming lessons this year. Some of the Orne libraries were closed in May.`;
  const article = `Pool plans

The council wants every pupil in the Orne schools to take swimming lessons this year. All Orne libraries were closed in May.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.doesNotMatch(line("The council wants"), /overreach/);
  assert.match(line("All Orne libraries"), / -> overreach \[quantifier\]/);
});

test("a hedge weakens the conjunct that states the claim; a condition weakens the whole statement", () => {
  const source = `Council budget

The parks budget will fall by 80,000 pounds, and two of the nine park cafes may close in the spring. Work on the new pavilion is due to start in March, subject to a grant from the lottery fund. The cause of the flooding is not yet known, and engineers have not ruled out a burst main.`;
  const article = `Parks cuts

The parks budget is falling by 80,000 pounds. Work on the new pavilion starts in March. A burst main caused the flooding.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("The parks budget"), / -> supported/);
  assert.match(line("Work on the new pavilion"), / -> overreach \[hedge\]/);
  assert.match(line("A burst main caused"), / -> overreach \[hedge\]/);
});

test("an announced plan is what the actor will do; an accusation, an admission against a denial and 'open' against 'close' are read", () => {
  const source = `Court and business notes

Perrin Timber announced plans to open a sawmill at Holt next year. The former treasurer, Rob Ames, is accused of taking 40,000 pounds from the club. The treasurer denies the charges. The Holt swimming pool will close in October.`;
  const article = `Holt news

Perrin Timber will open a sawmill at Holt next year. Ames took 40,000 pounds from the club. The treasurer has admitted the charges. The Holt swimming pool will stay open.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Perrin Timber"), / -> supported/);
  assert.match(line("Ames took"), / -> overreach \[hedge\]/);
  assert.match(
    line("The treasurer has admitted"),
    / -> contradicted \[denial\]: The treasurer denies the charges/,
  );
  assert.match(line("The Holt swimming pool"), / -> contradicted \[direction\]/);
});

test("a short rewording meets the passage that states its figure; an estimate is kept by an approximate figure", () => {
  const source = `Canal survey

The survey estimated that about 23 percent of the canal's water is lost through its banks. Boat traffic on the upper canal fell by 61 percent after the locks were closed.`;
  const article = `Canal in trouble

Almost a quarter of the water simply seeps away through the banks. Boat traffic has dropped by three-fifths. Boat traffic has dropped by a third.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Almost a quarter"), / -> supported \[match\]: The survey estimated/);
  assert.match(line("Boat traffic has dropped by three-fifths"), / -> supported \[match\]: Boat traffic/);
  // A figure that disagrees is no anchor for a passage sharing only two words.
  assert.doesNotMatch(line("Boat traffic has dropped by a third"), /supported/);
});

test("a source that links two things and denies the cause is overreached by a claim of cause, not contradicted", () => {
  const source = `Diet study

The study found an association between skipped breakfasts and lower grades, but the authors say it cannot show that one causes the other. The study did not find that sugar causes poor grades.`;
  const article = `Breakfast matters

Skipping breakfast causes lower grades. Sugar causes poor grades.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Skipping breakfast"), / -> overreach \[causation\]/);
  assert.match(line("Sugar causes"), / -> contradicted \[negation\]/);
});

test("a figure is compared with the passage's figure of the same counted thing, however qualified", () => {
  const source = `Library review\n\nThe review covered every branch library in Harl. Staff numbers fell from 96 to 71 full-time posts over the two years.`;
  const lines = (claim: string) =>
    ratings(
      `Harl's libraries\n\nStaff numbers fell by about a quarter, from 96 to ${claim} over the two years.`,
      [source],
    );
  assert.match(lines("71 posts").join("\n"), /from 96 to 71 posts over the two years\. -> supported/);
  assert.match(lines("58 full-time posts").join("\n"), /-> contradicted \[quantity\]/);
});

test("a claim's negation contradicts only when the passage speaks of what it negates, not only of its object", () => {
  const source =
    "Clinics report\n\nThe town opened two clinics last year, and people come to the clinics every day.";
  const rated = (claim: string) => ratings(`Clinics\n\n${claim}`, [source]).join("\n");
  // "used to" is not in the passage: it speaks of the clinics, not of being used to them.
  assert.doesNotMatch(rated("People in the town are not used to the clinics."), /contradicted/);
  assert.match(rated("People in the town do not come to the clinics."), /-> contradicted \[negation\]/);
  // "people", like a size or a unit of time, does not say which statement a hedge weakens.
  const hedged = ratings("Clinics\n\nPeople in the town are not used to the clinics.", [
    "Clinics report\n\nYou can open clinics, but if people do not come it is not enough.",
  ]).join("\n");
  assert.doesNotMatch(hedged, /contradicted|overreach/);
});

test("a reworded claim meets the passage that speaks of its topic: a hedge there is overreach, nothing else is read off it", () => {
  const source = `Tram review

The review covered the Ostby tram network in 2025. Late-running trams may have contributed to the fall in riders, the reviewers said. The review suggested that two depots, North Yard and Kell Street, could share a workshop when their leases end. The regulator has not prosecuted the tram operator.`;
  const article = `Ostby's trams

Late trams caused the slump, plain and simple. The council wants the depots empty so it can sell the workshop site. This proves that the tram operator is wrecking our city.`;
  const lines = ratings(article, [source]);
  const has = (line: string) => assert.ok(lines.includes(line), `missing: ${line}\n${lines.join("\n")}`);
  // Under half of the claim's words, but "late" and "trams" in the clause that "may" hedges.
  has(
    "Late trams caused the slump, plain and simple. -> overreach [hedge]: Late-running trams may have contributed to the fall in riders, the reviewers said.",
  );
  // "depots" and "workshop" are apart in the passage: chance, not the claim's topic.
  has("The council wants the depots empty so it can sell the workshop site. -> not-found [no-passage]");
  // The operator's prosecution is another act of the same actor: no contradiction, shown as the closest passage.
  has(
    "This proves that the tram operator is wrecking our city. -> not-found [no-passage]: The regulator has not prosecuted the tram operator.",
  );
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "review" })] });
  const wrecking = report.claims.find((c) => a.text.slice(c.start, c.end).startsWith("This proves"));
  assert.match(wrecking?.support?.reason ?? "", /closest speaks only of its topic/);
  // A conclusion no passage draws is the assertion gap; on the page the closest passage is context behind a toggle, never shown as the claim's evidence.
  const cards = renderSupport(report);
  assert.match(
    cards,
    /<details><summary>The closest passage, on the topic only<\/summary><blockquote class="evidence"><p>The regulator has not prosecuted/,
  );
});

test("'not possible' is a certainty, not a hedge a claim drops", () => {
  const source = `Lake fever

It is not possible to rid the lake of the fever, because it lives in the reeds. It is possible to rid the harbour of the fever within a year.`;
  const article = `Fever

The fever cannot be removed from the lake. The fever will be removed from the harbour within a year.`;
  const lines = ratings(article, [source]);
  assert.ok(
    lines.some((l) => l.startsWith("The fever cannot be removed from the lake.") && !l.includes("overreach")),
    lines.join("\n"),
  );
  assert.ok(
    lines.some(
      (l) => l.startsWith("The fever will be removed from the harbour") && l.includes("overreach [hedge]"),
    ),
    lines.join("\n"),
  );
});

test("a hedge in a passage on the claim's topic overreaches only when it weakens what the claim says", () => {
  const source = `Harbour rumours

Marek Dunn is likely a paid informer for the police. The harbour police may have lost the ferry logs in March. Some of the ferry crews on the lake were fined for overloading in 2024.`;
  const article = `The crane driver

Marek Dunn, a 40-year-old crane driver from the east shore, sold more than 700 ferry tickets to a smuggler in September. The harbour police lost the ferry logs in March. The new warden has ordered all ferry crews to leave the Kessel marina before the autumn storms arrive.`;
  const lines = ratings(article, [source]);
  const has = (line: string) => assert.ok(lines.includes(line), `missing: ${line}\n${lines.join("\n")}`);
  // The passage shares only the claim's topic, and its "likely" weakens "a paid informer", which
  // the claim does not say: no overreach.
  has(
    "Marek Dunn, a 40-year-old crane driver from the east shore, sold more than 700 ferry tickets to a smuggler in September. -> not-found [no-passage]: Marek Dunn is likely a paid informer for the police.",
  );
  has(
    "The harbour police lost the ferry logs in March. -> overreach [hedge]: The harbour police may have lost the ferry logs in March.",
  );
  // Nothing but a hedge is read off a passage that shares only the topic: "all" against "some of".
  assert.ok(
    lines.some((l) => l.startsWith("The new warden has ordered all ferry crews") && l.includes("not-found")),
    lines.join("\n"),
  );
});

test("a reused sentence credited only by the source named nearby is the author's, in a paragraph the author writes", () => {
  const source = `Inside the Calder mill

By the Harbour Gazette

The Calder mill cut its night staff by a third in 2025 while its owners took out record dividends. The mill released untreated waste into the river Ode on three nights in May, according to logs seen by the Gazette. The company denied that the river had been harmed.`;
  const article = `The Calder mill must answer for the Ode

The Harbour Gazette found that the owners cut staff to pay for the dividends. The mill released untreated waste into the river Ode on three nights in May. The council has done nothing about it.

As the Gazette's reporters write:

The Calder mill cut its night staff by a third in 2025 while its owners took out record dividends.`;
  const a = createDocument(article, { id: "post" });
  const report = analyze(a, { sources: [createDocument(source, { id: "gazette" })] });
  const claimOf = (text: string) => report.claims.find((c) => a.text.slice(c.start, c.end) === text);
  // The trace finds it in the Gazette and the Gazette is named before it, but nothing in the
  // sentence gives it to the Gazette, and the author writes the rest of the paragraph.
  const waste = claimOf("The mill released untreated waste into the river Ode on three nights in May.");
  assert.equal(waste?.voice.kind, "document");
  assert.equal(waste?.support?.subject, "author");
  assert.equal(waste?.support?.status, "supported");
  // A paragraph of the Gazette's text after "As the Gazette's reporters write:" is reproduced, not claimed.
  const reproduced = claimOf(
    "The Calder mill cut its night staff by a third in 2025 while its owners took out record dividends.",
  );
  assert.equal(reproduced?.support, undefined);
});

test("a sentence given to a speaker that carries none of their words reports an act: the author's claim", () => {
  const source = `KELLOW, 3 June (Portwire) - A court fined Norden Ferries 80,000 pounds on Monday after the company admitted sailing with a broken radar in 2025. The harbour board said the ferry had since been repaired.`;
  const article = `Norden Ferries has been fined 80,000 pounds for sailing with a broken radar. The company admitted the breach. "We have fixed it," the company said.`;
  const a = createDocument(article, { id: "post" });
  const report = analyze(a, { sources: [createDocument(source, { id: "wire" })] });
  const claimOf = (text: string) => report.claims.find((c) => a.text.slice(c.start, c.end) === text);
  const admitted = claimOf("The company admitted the breach.");
  assert.equal(admitted?.voice.kind, "speaker");
  // Rated, not left as the company's words. "admitted" is a reporting cue in PolNeAR's sense (the
  // learned attribution model reads "admitted the breach" as one), so the rating is of the
  // author's report of the admission.
  assert.equal(admitted?.support?.subject, "attributed");
  assert.equal(admitted?.support?.status, "supported");
  // The speaker's own quoted words stay theirs.
  assert.equal(claimOf('"We have fixed it," the company said.')?.support, undefined);
});

test("a rank, a side of a reference and a vote tally of the same thing contradict; 'at first' and 'a third of' rank nothing", () => {
  const source = `Quarry and council notes

It was the second collapse at the Harl quarry this year. At first the pumps at the quarry worked well. A third of the quarry pumps were replaced in April. The new library cost 9 million pounds, within its budget of 10 million pounds. Under the budget, the library fees rise by 2 percent in April. The quarry plan was approved by nine votes to four. The harbour plan was approved by 12 votes to 3.`;
  const article = `Harl in trouble

It was the first collapse at the Harl quarry this year. At first the pumps at the quarry failed. A third of the quarry pumps were replaced in April. The new library went over budget. The library fees rise by 2 percent in April. The quarry plan was approved unanimously. The vote on the harbour plan was 12 to 3.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("It was the first collapse"), / -> contradicted \[ordinal\]: It was the second collapse/);
  assert.doesNotMatch(line("At first the pumps"), /ordinal/);
  assert.match(line("A third of the quarry pumps"), / -> supported/);
  assert.match(
    line("The new library went over budget"),
    / -> contradicted \[reference\]: The new library cost/,
  );
  assert.match(line("The library fees rise"), / -> supported/);
  assert.match(line("The quarry plan was approved unanimously"), / -> contradicted \[tally\]/);
  assert.match(line("The vote on the harbour plan"), / -> supported/);
  // The same rules under a negation say nothing: "not the first" does not rank it second.
  const negated = ratings(
    "Harl\n\nIt was not the first collapse at the Harl quarry this year. The new library did not go over budget. The quarry plan was not approved unanimously.",
    [source],
  ).join("\n");
  assert.doesNotMatch(negated, /ordinal|reference|tally/);
});

test("a passage that moves two ways contradicts in the conjunct that speaks of the claim's subject; 'edged up' rises", () => {
  const source = `Jobs and bread

Adult unemployment fell to 5.8 percent in Harl, while youth unemployment in Harl edged up to 14.2 percent. Sales of bread rose in April but fell in June. Rents in Orne, however, edged up by 2 percent. The inspectors said they had not found any breach of the safety rules at the quarry.`;
  const article = `Harl economy

Youth unemployment in Harl fell. Adult unemployment in Harl fell. Unemployment in Harl fell. Sales of bread fell in April. Sales of bread fell in June. Rents in Orne fell as well. The inspectors found a breach of the safety rules at the quarry.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Youth unemployment in Harl fell"), / -> contradicted \[direction\]/);
  assert.match(line("Adult unemployment in Harl fell"), / -> supported/);
  // Both conjuncts speak of unemployment in Harl: unclear which the claim means.
  assert.match(line("Unemployment in Harl fell"), / -> supported/);
  assert.match(line("Sales of bread fell in April"), / -> contradicted \[direction\]/);
  // "but fell in June" says it of the bread sales of the conjunct before.
  assert.match(line("Sales of bread fell in June"), / -> supported/);
  assert.match(line("Rents in Orne fell"), / -> contradicted \[direction\]/);
  // A negation reaches past "any" to what it negates.
  assert.match(line("The inspectors found a breach"), / -> contradicted \[negation\]/);
});

test("early results, a proposal and 'too early to say' hedge; a claim that reports the wish keeps a proposal", () => {
  const source = `Trial and transport notes

Early results from the Harl trial show the drug cut blood pressure in 300 patients. Westmoor Energy proposes eleven turbines on Hollin Ridge. The council has proposed a new bus lane on Mill Road. It is too early to say whether the Mill Road bus lane cut journey times.`;
  const article = `Harl news

The Harl trial shows the drug cut blood pressure in 300 patients. Westmoor Energy wants eleven turbines on Hollin Ridge. The council will build a new bus lane on Mill Road. The Mill Road bus lane cut journey times.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("The Harl trial shows"), / -> overreach \[hedge\]/);
  assert.match(line("Westmoor Energy wants"), / -> supported/);
  assert.match(line("The council will build"), / -> overreach \[hedge\]/);
  assert.match(line("The Mill Road bus lane"), / -> overreach \[hedge\]/);
});

test("a step the source only considers is hedged; 'consider that' is a judgement, and 'not considering' weakens nothing", () => {
  const source = `Tarnby harbour notes

A discount on mooring fees for Tarnby fishing boats is being considered by the harbour board. The board said it would consider moving the fuel berth to the east quay. Harbour staff consider that the slipway is safe to use. The board said it was not considering closing the fish market.`;
  const article = `Tarnby

Tarnby fishing boats will get a discount on mooring fees. The board will move the fuel berth to the east quay. Harbour staff say the slipway is safe to use. The board will close the fish market.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Tarnby fishing boats"), / -> overreach \[hedge\]/);
  assert.match(line("The board will move"), / -> overreach \[hedge\]/);
  assert.match(line("Harbour staff say"), / -> supported/);
  assert.doesNotMatch(line("The board will close"), / -> overreach/);
});

test("a negated plan denies the act it names: 'not considering selling', 'no plans at present to close'; not the act's object", () => {
  const source = `Tarnby notes

The ministry said it was not considering selling the Tarnby ferry. The board said it had no plans at present to close the Orne depot. The council has no plans to abandon the Tarnby market but would consider moving it to the quay.`;
  const article = `Tarnby

The ministry is weighing whether to sell the Tarnby ferry. The board is now considering closing the Orne depot. The council will move the Tarnby market to the quay.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("The ministry is weighing"), / -> contradicted \[negation\]/);
  assert.match(line("The board is now considering"), / -> contradicted \[negation\]/);
  // "no plans to abandon the Tarnby market" denies the abandoning, not the market.
  assert.doesNotMatch(line("The council will move"), / -> contradicted/);
});

test("a difference that is not statistically significant weakens the whole finding; it denies nothing", () => {
  const source =
    "Harl phone study\n\nReported bullying was 18 percent lower at Harl schools with a phone ban, but the difference was not statistically significant.";
  const rated = ratings("Harl\n\nBanning phones cut bullying at Harl schools by almost a fifth.", [
    source,
  ]).join("\n");
  assert.match(rated, /-> overreach \[hedge\]/);
});

test("a figure said to move where the source says it stays contradicts; 'stayed at' a place says nothing", () => {
  const source = `Harl budget notes

Road maintenance spending in Harl will stay at last year's level. Bus fares in Orne were unchanged in April. The Harl visitors stayed at the Grand Hotel in May. The Harl tax rate did not stay at 3 percent.`;
  const article = `Harl budget

Road spending in Harl will be cut again. Bus fares in Orne rose in April. The Harl visitors at the Grand Hotel rose in May. The Harl tax rate rose.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Road spending in Harl"), / -> contradicted \[direction\]: Road maintenance spending/);
  assert.match(line("Bus fares in Orne"), / -> contradicted \[direction\]/);
  assert.doesNotMatch(line("The Harl visitors"), /contradicted/);
  assert.doesNotMatch(line("The Harl tax rate"), /contradicted \[direction\]/);
});

test("a hedge that takes a 'that' clause reaches past the commas of an apposition inside it", () => {
  const source =
    "Harl depot review\n\nThe survey suggested that two Harl depots, Mill Yard and Fenn Street, could close when their leases end.";
  const rated = ratings("Harl depots\n\nThe survey says Mill Yard and Fenn Street will close.", [
    source,
  ]).join("\n");
  assert.match(rated, /-> overreach \[hedge\]: The survey suggested/);
});

test("a negation inside a relative clause names a comparison group; one after a comma states a fact", () => {
  const source = `Harl orchard trial

Harl orchards with the new nets used 30 percent less water than Harl orchards that did not use the nets. Pellew, who did not attend the Orne hearing, was fined 400 euros.`;
  const article = `Harl orchards

The new nets cut water use in Harl orchards by 30 percent. Pellew attended the Orne hearing.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.doesNotMatch(line("The new nets cut"), /contradicted/);
  assert.match(line("Pellew attended"), / -> contradicted \[negation\]/);
});

test("a negation that takes a 'that' clause denies the clause, not the finding; 'stopped short of' agrees with 'did not'", () => {
  const source = `Harl depot inquiry

The Harl inquiry did not find that the depot roof was unsafe, but it noted that three fire exits were locked. The Orne council did not publish the bridge audit.`;
  const article = `Harl depot

The Harl inquiry found three fire exits locked. The Harl inquiry found the depot roof unsafe. The Harl inquiry stopped short of calling the depot roof unsafe. The Orne council declined to publish the bridge audit. The Orne council published the bridge audit.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("The Harl inquiry found three"), / -> supported/);
  assert.match(line("The Harl inquiry found the depot"), / -> contradicted \[negation\]/);
  assert.match(line("The Harl inquiry stopped short"), / -> supported/);
  assert.match(line("The Orne council declined"), / -> supported/);
  assert.match(line("The Orne council published"), / -> contradicted \[negation\]/);
});

test("a refusal to speak says nothing of the matter: 'declined to say whether' denies nothing and moves nothing", () => {
  const source = `Harl rents

The Harl landlord declined to comment on rents in Mill Street. The Orne mayor refused to say whether the bridge audit had been published.`;
  const article = `Harl rents

Rents in Mill Street rose. The Orne bridge audit had been published.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.doesNotMatch(line("Rents in Mill Street"), /contradicted/);
  assert.doesNotMatch(line("The Orne bridge audit"), /contradicted/);
});

test("a denial the claim leaves out contradicts, though the claim negates something else; a claim that negates what is denied agrees", () => {
  const source = `Harl warehouse case

Dunmore denied acting deliberately and said he had believed his permit for the Harl warehouse was still valid.`;
  const lines = ratings("Harl\n\nDunmore ran the Harl warehouse knowing he had no permit.", [source]);
  assert.match(lines.join("\n"), /-> contradicted \[denial\]/);
  const agrees = ratings("Harl\n\nDunmore did not act deliberately at the Harl warehouse.", [source]);
  assert.doesNotMatch(agrees.join("\n"), /contradicted/);
});

test("a change 'by' an amount is compared with the difference of the passage's two ends", () => {
  const source =
    "Harl arts budget\n\nThe council will reduce the Harl theatre's annual grant from 2.4 million to 1.9 million euros.";
  const cut = (by: string) =>
    ratings(`Harl\n\nThe council is cutting the Harl theatre's annual grant by ${by}.`, [source]).join("\n");
  assert.match(cut("half a million euros"), /-> supported/);
  assert.match(cut("800,000 euros"), /-> contradicted \[quantity\]/);
});

test("an amount taken 'off' a figure is a change, compared with the two ends written 'to B from A'", () => {
  const source =
    "Kell barley\n\nThe Kell farm board cut its barley forecast to 3.2 million tonnes from 3.6 million tonnes on Monday.";
  const off = (amount: string) =>
    ratings(`Kell\n\nThe Kell farm board has shaved ${amount} off its barley forecast.`, [source]).join("\n");
  assert.match(off("400,000 tonnes"), /-> supported/);
  assert.match(off("900,000 tonnes"), /-> contradicted \[quantity\]/);
});

test("the object of a verb of change is the size of the change: compared with the two ends, never with a level", () => {
  const source = `Orrin ferry timetable

The operator will reduce the number of daily Orrin crossings from 14 to 9 from March. The new ramp is expected to add about £0.6 million to the cost of the terminal works.`;
  const lines = (claim: string) => ratings(`Orrin\n\n${claim}`, [source]).join("\n");
  // Five crossings cut is 14 less 9; eight is neither end nor their distance.
  assert.match(lines("The operator is cutting five daily Orrin crossings from March."), /-> supported/);
  assert.match(
    lines("The operator is cutting eight daily Orrin crossings from March."),
    /-> contradicted \[quantity\]/,
  );
  // What the cost comes to is a level, which the £0.6 million added neither states nor denies.
  assert.doesNotMatch(
    lines("The new ramp is expected to push the cost of the terminal works to about £4 million."),
    /contradicted/,
  );
  assert.match(
    lines("The new ramp is expected to add about £2 million to the cost of the terminal works."),
    /-> contradicted \[quantity\]/,
  );
});

test("a shortfall from a target that counts no noun is the distance to what was counted in other words", () => {
  const source =
    "Tarn wardens\n\nThe Tarn park authority said it had hired 38 seasonal rangers this year against a target of 55.";
  const short = (n: string) =>
    ratings(`Tarn\n\nThe Tarn park authority ended the year ${n} recruits short of its target.`, [
      source,
    ]).join("\n");
  assert.match(short("almost 20"), /-> supported/);
  assert.match(short("40"), /-> contradicted \[quantity\]/);
});

test("a figure the passage states plainly does not tie the claim to a hedged repeat of it", () => {
  const plain =
    "Brenmoor apprentices\n\nThe Brenmoor trust pays £2,000 to apprentices who join a partner firm, and a further £2,000 if they finish the course.";
  const hedgedOnly =
    "Brenmoor apprentices\n\nThe Brenmoor trust pays a weekly wage to apprentices who join a partner firm, and £2,000 if they finish the course.";
  const claim = "Brenmoor\n\nThe Brenmoor trust pays apprentices £2,000 when they join a partner firm.";
  assert.doesNotMatch(ratings(claim, [plain]).join("\n"), /overreach/);
  assert.match(ratings(claim, [hedgedOnly]).join("\n"), /-> overreach \[hedge\]/);
});

test("a claim that moves two ways is read conjunct by conjunct; a multiplier is a grade of one scale", () => {
  const source = `Harl markets and Kell

Thefts at the Harl market rose from 40 to 52, while thefts at the Orne market rose from 30 to 35. Kell Robotics will double its sales team, now 30 people.`;
  const article = `Harl

Thefts at the Harl market went up, while thefts at the Orne market fell. Kell Robotics will triple its sales team. Kell Robotics will double its sales team.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Thefts at the Harl"), / -> contradicted \[direction\]: Thefts at the Harl market rose/);
  assert.match(line("Kell Robotics will triple"), / -> contradicted \[scale\]/);
  assert.match(line("Kell Robotics will double"), / -> supported/);
});

test("a count of zero reaches past the auxiliaries before the incident ('No one has been arrested')", () => {
  const source =
    "Harl gallery theft\n\nPaintings were taken from the Harl gallery. No one has been arrested.";
  const lines = ratings("Harl\n\nPaintings were taken from the Harl gallery. Two men have been arrested.", [
    source,
  ]);
  assert.ok(
    lines.includes("Two men have been arrested. -> contradicted [negation]: No one has been arrested."),
    lines.join("\n"),
  );
});

test("'would not say whether' refuses to speak like 'declined to say'; 'did not say that' still denies", () => {
  const source = `Harl alarm

The Harl museum director declined to say whether the alarm had been tested this year. The Orne report did not say that the bridge was unsafe.`;
  const article = `Harl

The Harl museum director would not say whether the alarm had been tested this year. The Orne report said the bridge was unsafe.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("The Harl museum director"), / -> supported/);
  assert.match(line("The Orne report said"), / -> contradicted \[negation\]/);
});

test("'could not immediately say' refuses to speak as 'could not say' does; 'did not immediately confirm that' still denies", () => {
  const source = `Renwick depot fire

Officials at the Renwick depot could not immediately say how many buses were damaged. The Tarnby ferry office confirmed that the crossing will reopen on Monday.`;
  const article = `Renwick

Officials at the Renwick depot could not say how many buses were damaged. The Tarnby ferry office did not immediately confirm that the crossing will reopen on Monday.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Officials at the Renwick depot"), / -> supported/);
  assert.match(line("The Tarnby ferry office"), / -> contradicted \[negation\]/);
});

test("a claim the passage speaks of only inside a relative clause set off by a comma is rated against that clause", () => {
  const source =
    "Harl landlord case\n\nDunmore, who owns 17 warehouses in Harl, denied acting deliberately and said his permit was still valid.";
  const owns = ratings("Harl\n\nDunmore owns 17 warehouses in Harl.", [source]).join("\n");
  assert.match(owns, /-> supported/);
  // A claim that shares words outside the clause still meets the denial.
  const permit = ratings("Harl\n\nDunmore knew his permit was not valid.", [source]).join("\n");
  assert.match(permit, /-> contradicted/);
});

test("an absence stated with 'without' agrees with a negation of the same thing", () => {
  const source =
    "Harl flats\n\nThe tribunal ruled that Dunmore let the Harl flats without the licence required.";
  const rated = ratings("Harl\n\nDunmore let the Harl flats with no licence.", [source]).join("\n");
  assert.match(rated, /-> supported/);
});

test("a claim of every one of a thing the passage counts overreaches; a count in the claim itself does not", () => {
  const source = "Harl paths\n\nThe Harl council will resurface two footpaths near Mill station this spring.";
  const every = ratings(
    "Harl\n\nThe Harl council will resurface every footpath near Mill station this spring.",
    [source],
  ).join("\n");
  assert.match(every, /-> overreach \[quantifier\]/);
  const two = ratings(
    "Harl\n\nThe Harl council will resurface two footpaths near Mill station this spring.",
    [source],
  ).join("\n");
  assert.match(two, /-> supported/);
});

test("a claim of responsibility and an unconfirmed report hedge what the claim states as fact", () => {
  const source =
    "Harl depot fire\n\nA group calling itself Red Kite has claimed responsibility for the Harl depot fire.";
  const rated = ratings("Harl\n\nThe Red Kite group started the Harl depot fire.", [source]).join("\n");
  assert.match(rated, /-> overreach \[hedge\]/);
});

test("'cannot show' weakens what it cannot show: a claim that states it overreaches", () => {
  const source =
    "Harl lights review\n\nThe numbers are small, and the Harl review cannot show whether the dimming affected road accidents.";
  const rated = ratings("Harl\n\nThe dimming in Harl has driven road accidents up.", [source]).join("\n");
  assert.match(rated, /-> overreach \[hedge\]/);
});

test("a financial year in the passage is a date, not a figure the claim's count could contradict", () => {
  const source = `Ferry service review

Crossings were cancelled on 340 days in 2023-24, up from 210 days the year before. The operator blamed its ageing fleet.`;
  const article = `Ferry chaos

Crossings were cancelled on 340 days last year, up from 210 the year before.`;
  const lines = ratings(article, [source]);
  const line = lines.find((l) => l.startsWith("Crossings")) ?? `missing\n${lines.join("\n")}`;
  assert.match(line, / -> supported \[match\]/);
});

test("the opposite of a hedged passage contradicts it: a promise against 'can't promise that'", () => {
  const trial =
    "Harl filter trial\n\nThe council said the new filters appeared weaker in older buildings, but the numbers were small.";
  // The claim that keeps the difference and drops the hedge overreaches.
  const weaker = ratings("Harl\n\nThe new filters were weaker in older buildings.", [trial]).join("\n");
  assert.match(weaker, /-> overreach \[hedge\]/);
  const baths =
    "Harl baths\n\nThe mayor said the council may be able to reopen the Harl baths next spring, but she can't promise that.";
  const promised = ratings("Harl\n\nThe mayor has promised to reopen the Harl baths next spring.", [
    baths,
  ]).join("\n");
  assert.match(promised, /-> contradicted \[negation\]/);
});

test("a negated verb before a 'that' clause denies the clause in the claim too: 'did not concede that X was Y' agrees with 'thought X is not Y'", () => {
  const source =
    'Harl grading\n\nThe tutor marked the essay down because the tutor thought Harl "is not a city," the student said.';
  const rated = ratings("Harl\n\nThe tutor did not concede that Harl was a city.", [source]).join("\n");
  assert.doesNotMatch(rated, /-> contradicted/);
});

test("'of the' takes a part only after a count: 'weary of the talks' is no 'some' a claim's 'all' overreaches", () => {
  const talks = "Harl talks\n\nThe council had grown weary of the talks on the Harl bypass and walked away.";
  const all = ratings("Harl\n\nThe council has ended all talks on the Harl bypass.", [talks]).join("\n");
  assert.doesNotMatch(all, /-> overreach/);
  const sites = "Harl river\n\nNitrate exceeded the limit at 9 of the 24 Harl river sites.";
  const every = ratings("Harl\n\nNitrate exceeded the limit at every Harl river site.", [sites]).join("\n");
  assert.match(every, /-> overreach \[quantifier\]/);
});

test("'if' weakens the statement its condition is attached to, not the words of the condition", () => {
  const late =
    "Harl fever\n\nIf the treatment is not given within a very short time these patients will die.";
  const incubation = ratings("Harl\n\nHarl fever has a very short incubation time.", [late]).join("\n");
  assert.doesNotMatch(incubation, /-> overreach/);
  const ferries = "Harl ferries\n\nThe Harl ferries will resume on Monday if the weather clears.";
  const resume = ratings("Harl\n\nThe Harl ferries will resume on Monday.", [ferries]).join("\n");
  assert.match(resume, /-> overreach \[hedge\]/);
});

test("a debunked rumour is a denial: a claim that negates it agrees", () => {
  const source = "Harl depot\n\nPolice debunked a rumour that a bomb had been found at the Harl depot.";
  const none = ratings("Harl\n\nNo bomb was found at the Harl depot.", [source]).join("\n");
  assert.doesNotMatch(none, /-> contradicted/);
  const found = ratings("Harl\n\nA bomb was found at the Harl depot.", [source]).join("\n");
  assert.match(found, /-> contradicted \[denial\]/);
});

test("an author who calls a quoted text wrong disputes it: a claim against it is no misreading, unlike one against a quote the author leaves standing", () => {
  const quote = '"The Harl bridge is not a listed building," the mayor told councillors on Monday.';
  const disputedLine = (article: string) =>
    ratings(article, []).find((l) => l.startsWith("The Harl bridge is")) ?? "missing";
  const marked = disputedLine(
    `Harl\n\nThe mayor wrongly told councillors that the Harl bridge was not a listed building.\n\n${quote}\n\nThe Harl bridge is a listed building.`,
  );
  assert.match(marked, /-> not-found \[disputes\]/);
  const rebuttal = disputedLine(`Harl\n\n${quote}\n\nThe Harl bridge is, in fact, a listed building.`);
  assert.match(rebuttal, /-> not-found \[disputes\]/);
  const believed = ratings(
    `Harl\n\n${quote}\n\nHowever, I believe that the Harl bridge is a listed building.`,
    [],
  ).find((l) => l.startsWith("However"));
  assert.match(believed ?? "missing", /-> not-found \[disputes\]/);
  const standing = disputedLine(`Harl\n\n${quote}\n\nThe Harl bridge is a listed building.`);
  assert.match(standing, /-> contradicted \[negation\]/);
});

test("a share written 'seven in ten' compares as a percentage, and a share told from its other side agrees", () => {
  const source =
    "Island report\n\nSeven in ten islanders use the morning ferry. The Eastholm ferry ran just 61 percent of its winter sailings on time.";
  const article =
    "Ferry woes\n\nThirty percent of islanders use the morning ferry. The Eastholm ferry is failing to run almost four in ten of its winter sailings on time.";
  const lines = ratings(article, [source]);
  const has = (line: string) => assert.ok(lines.includes(line), `missing: ${line}\n${lines.join("\n")}`);
  has(
    "Thirty percent of islanders use the morning ferry. -> contradicted [quantity]: Seven in ten islanders use the morning ferry.",
  );
  has(
    "The Eastholm ferry is failing to run almost four in ten of its winter sailings on time. -> supported [match]: The Eastholm ferry ran just 61 percent of its winter sailings on time.",
  );
});

test("a figure the claim names itself as the alternative contradicts nothing ('ten weeks rather than twelve')", () => {
  const source = `Physio guidance

The board now advises that most runners with a torn calf rest for a ten-week period rather than twelve weeks.`;
  const article = `Physio

Most runners with a torn calf should rest for ten weeks rather than twelve, the board advises.`;
  const line = ratings(article, [source]).find((l) => l.startsWith("Most runners")) ?? "missing";
  assert.doesNotMatch(line, /contradicted/);
  // The same claim without its alternative still meets the other figure.
  const other = ratings(
    "Physio\n\nMost runners with a torn calf should rest for twelve weeks, the board advises.",
    ["Physio guidance\n\nThe board now advises that most runners with a torn calf rest for ten weeks."],
  ).join("\n");
  assert.match(other, /-> contradicted \[quantity\]/);
});

test("'rather than' and 'instead of' deny what follows them, so they agree with 'not' and differ from its absence", () => {
  const source = `Arts fund rules

Awards will be decided by a panel of working artists, not by councillors.`;
  const agrees = ratings(
    "Arts fund\n\nAwards will be made by a panel of working artists rather than by councillors.",
    [source],
  ).join("\n");
  assert.doesNotMatch(agrees, /contradicted/);
  assert.match(agrees, /-> supported/);
  const insteadOf = ratings(
    "Arts fund\n\nAwards will be made by a panel of working artists instead of by councillors.",
    [source],
  ).join("\n");
  assert.doesNotMatch(insteadOf, /contradicted/);
  const differs = ratings(
    "Arts fund\n\nAwards will be made by councillors rather than by a panel of working artists.",
    ["Arts fund rules\n\nAwards will be decided by councillors and by a panel of working artists."],
  ).join("\n");
  assert.match(differs, /-> contradicted \[negation\]/);
});

test("'for nothing' is a price, not a denial: it agrees with 'free of charge'", () => {
  const lines = ratings("Museum entry\n\nChildren under twelve will still visit the museum for nothing.", [
    "Museum charges\n\nChildren under twelve will continue to visit the museum free of charge.",
  ]).join("\n");
  assert.doesNotMatch(lines, /contradicted/);
  assert.match(lines, /-> supported/);
});

test("a denial under a negator leaves a possibility open: 'could be higher' agrees with 'cannot be ruled out'", () => {
  const source = `Harbour toll report

Officers say that a higher toll in Pellmouth cannot be ruled out, because more boats moor here overnight.`;
  const agreeing = ratings(
    "Toll\n\nOfficers concede the toll in Pellmouth could be higher because more boats moor here overnight.",
    [source],
  ).join("\n");
  assert.doesNotMatch(agreeing, /contradicted/);
  const denied = ratings(
    "Toll\n\nOfficers say the toll in Pellmouth will be higher because more boats moor here overnight.",
    [
      "Harbour toll report\n\nOfficers have ruled out a higher toll in Pellmouth, although more boats moor here overnight.",
    ],
  ).join("\n");
  assert.match(denied, /-> contradicted \[denial\]/);
});

test("a negation of another predicate flips nothing when the claim denies a thing of its own", () => {
  const source = `Ferry safety review

Tarn Ferries has been told to improve its checks after a review found that 12 of its 30 boats had not had a safety inspection in two years.`;
  const bothDeny = ratings(
    "Ferries\n\nTarn Ferries has not had a death in a safety incident on its boats since 1971.",
    [source],
  ).join("\n");
  assert.doesNotMatch(bothDeny, /contradicted \[negation\]/);
  // A claim that states what the passage denies is still contradicted.
  const stated = ratings("Ferries\n\nAll 12 of the boats had a safety inspection in the last two years.", [
    source,
  ]).join("\n");
  assert.match(stated, /-> contradicted \[negation\]/);
});

test("the author's own claim is not weaker than a quote of the article that shares only its topic", () => {
  const article = `Harbour sweep

Wardens stopped 14 skippers in a sweep of Pellmouth harbour on Monday.

The harbour office said in a statement: “All of those in violation of the harbour rules may be subject to arrest, detention and – if found liable by the court – removal from the harbour.”

All of the skippers caught in this sweep were amenable to arrest and removal under the Harbour Act.`;
  const lines = ratings(article, []);
  const line = lines.find((l) => l.startsWith("All of the skippers")) ?? "missing";
  assert.match(line, /-> not-found \[no-passage\]/, lines.join("\n"));
});

test("a hedge in a reported statement weakens that statement, not the words of whoever reports it", () => {
  const article = `Harbour row

The preacher began by attacking the Mayor of Pellmouth. He asked the crowd, “Here you have the Mayor of Pellmouth saying that a man could marry a man?”`;
  const lines = ratings(article, []);
  const line = lines.find((l) => l.startsWith("The preacher began")) ?? "missing";
  assert.doesNotMatch(line, /overreach/, lines.join("\n"));
});

test("a later stage of an act than the source gives overreaches; a stage the source says is still to come contradicts", () => {
  const source = `Harbour board minutes

The inspectors recommended that the harbour board hire six more pilots by the end of 2028. The lease was approved by the board on 3 March and is subject to a cooling-off period before the lease is signed.`;
  const lines = ratings(
    `Harbour\n\nThe inspectors have ordered the harbour board to hire six more pilots by the end of 2028. The lease was signed by the board on 3 March.`,
    [source],
  );
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing ${start}\n${lines.join("\n")}`;
  assert.match(line("The inspectors"), / -> overreach \[stage\]/);
  assert.match(line("The lease"), / -> contradicted \[stage\]/);
  // An earlier stage than the source's says nothing against it, and the same stage agrees.
  const agreeing = ratings(
    `Harbour\n\nThe inspectors recommended that the harbour board hire six more pilots by the end of 2028. The lease was proposed to the board before 3 March.`,
    [source],
  ).join("\n");
  assert.doesNotMatch(agreeing, /\[stage\]/);
  // "signed up" is joining, no stage of an act.
  const joined = ratings("Harbour\n\nLocal pilots signed up for the harbour board's new lease on 3 March.", [
    "Harbour board minutes\n\nThe new lease was approved by the harbour board on 3 March.",
  ]).join("\n");
  assert.doesNotMatch(joined, /\[stage\]/);
});

test("a condition leaves its stage to come for the whole statement, whatever words stand beside it", () => {
  const source = `Ferry fares notice

The operator proposes to raise the standard return fare on the Tarn crossing from 4 pounds to 6 pounds from 1 May, subject to council approval.`;
  const lines = ratings(
    "Fares\n\nThe operator has signed off a higher standard return fare on the Tarn crossing.",
    [source],
  ).join("\n");
  assert.match(lines, / -> contradicted \[stage\]/);
  // With no condition the later stage is only more than the source says.
  const stated = ratings(
    "Fares\n\nThe operator has signed off a higher standard return fare on the Tarn crossing.",
    [
      "Ferry fares notice\n\nThe operator proposes to raise the standard return fare on the Tarn crossing from 4 pounds to 6 pounds.",
    ],
  ).join("\n");
  assert.match(stated, / -> overreach \[stage\]/);
});

test("a negated finding of a 'that' clause denies its predicate, not its subject: the closure it names is given", () => {
  const source = `Ferry review

The review did not find that the closure of the Tarn ferry pier in 2021 had a measurable effect on crossing times.`;
  const given = ratings("Ferries\n\nThe Tarn ferry pier closed in 2021 after storm damage.", [source]).join(
    "\n",
  );
  assert.doesNotMatch(given, /contradicted/);
  // A claim of what the clause denies is still contradicted.
  const denied = ratings(
    "Ferries\n\nThe closure of the Tarn ferry pier in 2021 had a measurable effect on crossing times.",
    [source],
  ).join("\n");
  assert.match(denied, / -> contradicted \[negation\]/);
  // The clause's predicate in another form of the same verb ("had broken" / "broke") is still denied.
  const broke = ratings("Ferries\n\nThe Tarn operator broke its own safety rules.", [
    "Ferry review\n\nWe did not find that the Tarn operator had broken its own safety rules.",
  ]).join("\n");
  assert.match(broke, / -> contradicted \[negation\]/);
});

test("a partial quantifier in the claim is no hedge; 'some' before a figure rounds it and leaves 'all of them' whole", () => {
  const source = `Ferry survey

Early checks suggest that the hulls of some ferries on the Tarn crossing may be corroded.`;
  const lines = ratings(
    "Ferries\n\nThe checks showed that the hulls of several ferries on the Tarn crossing are corroded.",
    [source],
  ).join("\n");
  assert.match(lines, / -> overreach \[hedge\]/);
  const all = ratings(
    "Ferries\n\nSome 40 ferries were held in the Tarn port on Monday, all of them for repairs.",
    ["Ferry timetable\n\nAbout 40 ferries were held in the Tarn port on Monday, some of them for repairs."],
  ).join("\n");
  assert.match(all, / -> overreach \[quantifier\]/);
});

test("a cause the source counts as one of several, or says contributed, is overreached by a claim that blames it", () => {
  const source = `Ferry delays review

The review said a shortage of deckhands was one of several factors behind the delays on the Tarn crossing, alongside engine repairs.`;
  const lines = ratings(
    "Ferries\n\nThe review blamed the delays on the Tarn crossing on a shortage of deckhands.",
    [source],
  ).join("\n");
  assert.match(lines, / -> overreach \[causation\]/);
  // A claim that keeps the part ("was a factor", "contributed") says what the source says.
  const kept = ratings(
    "Ferries\n\nThe review said a shortage of deckhands was a factor in the delays on the Tarn crossing.",
    [source],
  ).join("\n");
  assert.doesNotMatch(kept, /overreach/);
});

test("a stage the source gives only as still to come contradicts a claim that it was reached", () => {
  const lines = ratings("Ferries\n\nRegulators have already approved the sale of the Tarn ferry line.", [
    "Ferry sale\n\nThe sale of the Tarn ferry line is subject to approval by regulators.",
  ]).join("\n");
  assert.match(lines, / -> contradicted \[stage\]/);
});

test("an ordinal ranks what it counts past 'successive'; 'postponed' and 'scrapped' are two grades of how final a stop is", () => {
  const ranked = ratings(
    "Ferries\n\nTarn Ferries came top of the punctuality table for the third successive year.",
    ["Ferry punctuality\n\nTarn Ferries topped the punctuality table for the second year running."],
  ).join("\n");
  assert.match(ranked, / -> contradicted \[ordinal\]/);
  const same = ratings(
    "Ferries\n\nTarn Ferries came top of the punctuality table for the second consecutive year.",
    ["Ferry punctuality\n\nTarn Ferries topped the punctuality table for the second year running."],
  ).join("\n");
  assert.doesNotMatch(same, /contradicted/);
  const stopped = ratings("Ferries\n\nThe new pier at Holm Quay has been scrapped.", [
    "Ferry works\n\nWork on the new pier at Holm Quay has been postponed until 2029 because of a legal challenge.",
  ]).join("\n");
  assert.match(stopped, / -> contradicted \[scale\]/);
});

test("a hedge on the figure a claim states as sure overreaches; an estimate of it, or an attribution before a colon, does not count", () => {
  const source = `Ferry fares notice

The new fares are expected to raise an additional 640,000 pounds a year. Harbour master Ines Roe said: "The pier could bring hundreds of visitors to Holm Quay."`;
  const lines = ratings(
    "Ferries\n\nThe fares will bring in another 640,000 pounds a year. Harbour master Ines Roe said the pier would bring hundreds of visitors to Holm Quay.",
    [source],
  );
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing ${start}\n${lines.join("\n")}`;
  assert.match(line("The fares"), / -> overreach \[hedge\]/);
  assert.match(line("Harbour master"), / -> overreach \[hedge\]/);
  const estimated = ratings("Ferries\n\nThe operator puts the bill for the new pier at 2.3 million pounds.", [
    "Ferry works\n\nA survey in May estimated the cost of the pier works at 2.3 million pounds.",
  ]).join("\n");
  assert.doesNotMatch(estimated, /overreach/);
});

test("a ranking in other words is the same ranking: 'biggest' meets 'largest', 'lowest' meets 'minimum'", () => {
  const lines = ratings(
    "Ferries\n\nThe biggest job is a new pier at Holm Quay. The deal lifts the lowest fare to 3 pounds.",
    [
      "Ferry works\n\nThe largest single job is a new pier at Holm Quay. The deal takes the minimum fare to 3 pounds.",
    ],
  ).join("\n");
  assert.doesNotMatch(lines, /superlative/);
  assert.match(lines, /The biggest job is a new pier at Holm Quay\. -> supported/);
});

test("a reference keeps its side past a determiner and an owner: 'within the board's own target' against 'above the board's own target'", () => {
  const source = `Ferry punctuality audit

Late sailings averaged 9.1 percent, above the operator's own target of 6 percent.`;
  const lines = ratings(
    "Ferries\n\nAs for punctuality, late sailings were well within the operator's own target.",
    [source],
  ).join("\n");
  assert.match(lines, /-> contradicted \[reference\]/);
  const agreeing = ratings(
    "Ferries\n\nAs for punctuality, late sailings were over the operator's own target.",
    [source],
  ).join("\n");
  assert.doesNotMatch(agreeing, /contradicted/);
});

test("a superlative the passage gives only after another ordinal ranks the thing otherwise: 'the lowest' against 'the second-lowest'", () => {
  const source = `Dairy inspection

The inspectors rated the dairy's hygiene as "fair", the second-lowest of five grades, and set out nine actions.`;
  const lines = ratings("Dairy\n\nThe inspectors put the dairy's hygiene in the lowest of the five grades.", [
    source,
  ]).join("\n");
  assert.match(lines, /-> contradicted \[ordinal\]/);
  const agreeing = ratings(
    "Dairy\n\nThe inspectors put the dairy's hygiene in the second-lowest of the five grades.",
    [source],
  ).join("\n");
  assert.doesNotMatch(agreeing, /contradicted/);
});

test("a count written with thousands separators is a count a claim of every one overreaches", () => {
  const source = `Boiler scheme

The housing board today confirmed plans to fit new boilers in 12,000 flats across the borough over the next three years.`;
  const lines = ratings(
    "Boilers\n\nEvery flat in the borough is to get a new boiler over the next three years.",
    [source],
  ).join("\n");
  assert.match(lines, /-> overreach \[quantifier\]/);
});

test("a claim that names a cause is not supported by a passage that links the same things by no cause", () => {
  const source =
    "Pellmouth rent index\n\nAgents reported a shortage of homes to let in Pellmouth, where rents are high. The index does not measure the causes of high rents.";
  const lines = ratings("Rents\n\nHigh rents in Pellmouth are caused by the shortage of homes to let.", [
    source,
  ]);
  const line = lines.find((l) => l.startsWith("High rents")) ?? "missing";
  assert.match(line, /-> not-found \[causation\]/, lines.join("\n"));
  // A passage that states the cause still supports it.
  const stated = ratings("Rents\n\nHigh rents in Pellmouth are caused by the shortage of homes to let.", [
    "Pellmouth rent index\n\nThe shortage of homes to let in Pellmouth has caused high rents, agents reported.",
  ]).join("\n");
  assert.doesNotMatch(stated, /causation/);
});

test("'up from' a figure is a rise, and the figure it started from is no figure the passage denies", () => {
  const rose = "Crime report\n\nThefts in the harbour town reached 19 last year, up from 12 in 2022.";
  const fell = "Crime report\n\nThefts in the harbour town fell to 19 last year.";
  const against = (claim: string, source: string) =>
    ratings(`Thefts\n\n${claim}`, [source]).find((l) => l.startsWith("Thefts")) ?? "missing";
  assert.match(
    against("Thefts in the harbour town fell to 19 last year.", rose),
    /-> contradicted \[direction\]/,
  );
  assert.match(
    against("Thefts in the harbour town reached 19 last year, up from 12 in 2022.", fell),
    /-> contradicted \[direction\]/,
  );
});

test("a passage that shares only the claim's names and one other word speaks of the same actors, not of the claim", () => {
  const source = `Harbour notes

Thanks to the Admiralty and the Wardens' decision to keep most of the old ferry logs secret, the inquiry stalls.

A group calling itself Blue Heron has claimed responsibility for the flooding of the ferry office.`;
  const article = `Ferry Tales

By Jo Pell

The Admiralty offers the skippers a hard choice: the ferry, or the Wardens.

The Blue Heron gang was behind the flooding.`;
  const lines = ratings(article, [source]);
  assert.ok(
    lines.some((l) =>
      l.startsWith(
        "The Admiralty offers the skippers a hard choice: the ferry, or the Wardens. -> not-found",
      ),
    ),
    lines.join("\n"),
  );
  assert.ok(
    lines.some((l) => l.startsWith("The Blue Heron gang was behind the flooding. -> overreach")),
    lines.join("\n"),
  );
});

/** Each claim of the report as `sentence text -> status [rule]: reason`. */
function reasons(article: string, sources: string[]): string[] {
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: sources.map((s, i) => createDocument(s, { id: `source-${i}` })) });
  return report.claims.map(
    (c) =>
      `${a.text.slice(c.start, c.end)} -> ${c.support?.status} [${c.support?.rule}]: ${c.support?.reason}`,
  );
}

test("an overreach names each hedge that weakens a part of the claim", () => {
  const lines = reasons(
    "Pier works\n\nBy Jo Pell\n\nConstruction of the ferry pier will start in March and cost £900,000.",
    [
      "Harbour release\n\nConstruction of the ferry pier is expected to start in March and may cost £900,000.",
    ],
  );
  assert.ok(
    lines.some((l) => /-> overreach \[hedge\]: the source hedges \("expected", "may"/.test(l)),
    lines.join("\n"),
  );
});

test("a reported denial is not contradicted by a passage that only alleges what was denied", () => {
  const lines = reasons(
    "Harbour fires\n\nBy Jo Pell\n\nThe ferry company continues to deny that arson caused the harbour fires last winter.",
    [
      "Harbour notes\n\nThe harbour fires last winter are allegedly thought to be either arson or perhaps faulty wiring.",
    ],
  );
  assert.ok(
    lines.some((l) =>
      l.includes("-> not-found [no-passage]: no passage says this: the closest only alleges"),
    ),
    lines.join("\n"),
  );
});

test("a zero counted since a date rules out no tally of the incidents before it", () => {
  const lines = reasons(
    "Valley fever\n\nBy Jo Pell\n\nTwenty-one cases of fever and 17 deaths have been recorded in the valley.",
    [
      "Ministry note\n\nSince the notification of the cases on May 3, no deaths have been reported in the valley.",
    ],
  );
  assert.ok(!lines.some((l) => l.includes("contradicted")), lines.join("\n"));
  const without = reasons(
    "Valley fever\n\nBy Jo Pell\n\nTwenty-one cases of fever and 17 deaths have been recorded in the valley.",
    ["Ministry note\n\nNo deaths have been reported in the valley."],
  );
  assert.ok(
    without.some((l) => l.includes("contradicted")),
    without.join("\n"),
  );
});

test("a dated entry of a timeline is not contradicted by a passage that lists other dates", () => {
  const lines = reasons(
    "Pier works\n\nBy Jo Pell\n\nKey dates:\nMarch 2026: ferry ordered\nSeptember 2027: ferry delivered to the harbour board",
    [
      "Harbour release\n\nKey dates: ferry ordered in March 2026; old pier demolished in June 2026; ferry delivered to the harbour board in autumn 2027.",
    ],
  );
  assert.ok(!lines.some((l) => l.includes("contradicted")), lines.join("\n"));
  const wrongItem = reasons(
    "Pier works\n\nBy Jo Pell\n\nKey dates:\nJune 2026: ferry ordered by the harbour board",
    [
      "Harbour release\n\nKey dates: ferry ordered by the harbour board in March 2026; old pier demolished in June 2026.",
    ],
  );
  assert.ok(
    wrongItem.some((l) => l.includes("contradicted [quantity]") && l.includes('"March 2026" where')),
    wrongItem.join("\n"),
  );
  const single = reasons(
    "Pier works\n\nBy Jo Pell\n\nThe ferry was delivered to the harbour board in September 2027.",
    ["Harbour release\n\nThe ferry was delivered to the harbour board in June 2026."],
  );
  assert.ok(
    single.some((l) => l.includes("contradicted [quantity]")),
    single.join("\n"),
  );
});

test("a negated verb whose object the other sentence's verb never takes negates another act", () => {
  const source =
    "Harbour lawsuit\n\nThe lawsuit alleges that the harbour board was overzealous in prosecuting him while going easy on the ferry owners.";
  const other = ratings(
    "Harbour\n\nBy Jo Pell\n\nThe skipper cites the harbour board's willingness to not prosecute the ferry owners.",
    [source],
  );
  assert.ok(!other.some((l) => l.includes("-> contradicted")), other.join("\n"));
  const same = ratings("Harbour\n\nBy Jo Pell\n\nThe harbour board did not prosecute the ferry owners.", [
    "Harbour notes\n\nThe harbour board prosecuted the ferry owners in May.",
  ]);
  assert.ok(
    same.some((l) => l.includes("-> contradicted [negation]")),
    same.join("\n"),
  );
});

test("a bound is no direction, and a partitive or a second denial is no opposite", () => {
  const bound = ratings(
    "Season tickets\n\nBy Jo Pell\n\nAbout half of season-ticket holders at Hollin Park will pay no more than they did last year.",
    [
      "Club statement\n\nAround 52 percent of season-ticket holders at Hollin Park will pay the same as last year or less.",
    ],
  );
  assert.ok(!bound.some((l) => l.includes("-> contradicted")), bound.join("\n"));
  const partitive = ratings(
    "Archive move\n\nBy Jo Pell\n\nNone of the twelve library assistants at Corrow Hall will lose their posts, the trust said.",
    [
      "Trust notice\n\nTwelve library assistants at Corrow Hall will move to the new county archive, and none will be made redundant, the trust said.",
    ],
  );
  assert.ok(!partitive.some((l) => l.includes("-> contradicted")), partitive.join("\n"));
  const denied = ratings(
    "Archive move\n\nBy Jo Pell\n\nNone of the twelve library assistants at Corrow Hall will move to the new county archive.",
    ["Trust notice\n\nTwelve library assistants at Corrow Hall will move to the new county archive in June."],
  );
  assert.ok(
    denied.some((l) => l.includes("-> contradicted [negation]")),
    denied.join("\n"),
  );
  const both = ratings(
    "Rents\n\nBy Jo Pell\n\nCouncillor Ada Morrow said no tenant in the Kelsey blocks would see their rent go up next year.",
    [
      "Housing notes\n\nCouncillor Ada Morrow said most tenants in the Kelsey blocks will see no change in their bills next year, and those in larger flats will pay less.",
    ],
  );
  assert.ok(!both.some((l) => l.includes("-> contradicted")), both.join("\n"));
  // A negator in another conjunct of the passage leaves the claim's negation standing.
  const elsewhere = ratings("Rents\n\nBy Jo Pell\n\nNo tenant in the Kelsey blocks was evicted last year.", [
    "Housing notes\n\nThree tenants in the Kelsey blocks were evicted last year, and the council did not name them.",
  ]);
  assert.ok(
    elsewhere.some((l) => l.includes("-> contradicted [negation]")),
    elsewhere.join("\n"),
  );
});

test("a modal a report shifts into the past, a condition the claim states and a pointing-to keep the source's hedge", () => {
  const shifted = ratings(
    "Parking\n\nBy Jo Pell\n\nWardens in Elsford said most parking fines can now be paid by phone.",
    ["Council notes\n\nWardens in Elsford said most parking fines could now be paid through a phone line."],
  );
  assert.ok(!shifted.some((l) => l.includes("-> overreach")), shifted.join("\n"));
  const condition = ratings(
    "Depot\n\nBy Jo Pell\n\nBuilding work on the Tarrow depot starts in May, once the planning board has approved the drainage plan.",
    [
      "Depot release\n\nConstruction of the Tarrow depot is scheduled to begin in May, subject to approval of the drainage plan by the planning board.",
    ],
  );
  assert.ok(!condition.some((l) => l.includes("-> overreach")), condition.join("\n"));
  const dropped = ratings("Depot\n\nBy Jo Pell\n\nBuilding work on the Tarrow depot starts in May.", [
    "Depot release\n\nConstruction of the Tarrow depot is scheduled to begin in May, subject to approval of the drainage plan by the planning board.",
  ]);
  assert.ok(
    dropped.some((l) => l.includes("-> overreach [hedge]")),
    dropped.join("\n"),
  );
  const pointing = ratings(
    "Museum\n\nBy Jo Pell\n\nThe museum's own staff point to the new online booking system.",
    [
      "Museum review\n\nStaff believe the new online booking system may have put off some older visitors to the museum.",
    ],
  );
  assert.ok(!pointing.some((l) => l.includes("-> overreach")), pointing.join("\n"));
});

test("a hedge on a topic passage that reaches the claim only through a name weakens nothing the claim says", () => {
  const lines = ratings(
    "Market\n\nBy Jo Pell\n\nNone of this seems to matter. Markets like ours are the soul of a small town, and without them Wenbury will be a ghost town within five years.",
    [
      "Report to the licensing committee, Wenbury Town Council, 3 March 2026\nStall licences: proposed changes to Wenbury Market\n\n1. Wenbury Market opens on Tuesdays in Mill Lane, with 40 pitches. 2. It is proposed that the daily pitch fee rise from 20 to 26 pounds.",
    ],
  );
  assert.ok(
    lines.some((l) => l.startsWith("Markets like ours") && l.includes("-> not-found [no-passage]")),
    lines.join("\n"),
  );
});

test("'too' before one word and 'to' negates the verb after them, unless it is a hedge", () => {
  const agrees = ratings(
    "Grants\n\nBy Jo Pell\n\nThe Ferrow guild said the grant was too small to cover the cost of new looms.",
    ["Guild statement\n\nThe Ferrow guild said the grant did not cover the cost of new looms."],
  );
  assert.ok(!agrees.some((l) => l.includes("-> contradicted")), agrees.join("\n"));
  const opposite = ratings(
    "Grants\n\nBy Jo Pell\n\nThe Ferrow guild said the grant covered the cost of new looms.",
    ["Guild statement\n\nThe Ferrow guild said the grant was too small to cover the cost of new looms."],
  );
  assert.ok(
    opposite.some((l) => l.includes("-> contradicted [negation]")),
    opposite.join("\n"),
  );
  const early = ratings("Grants\n\nBy Jo Pell\n\nLoom sales in Ferrow rose after the grant.", [
    "Guild statement\n\nIt is too early to tell whether loom sales in Ferrow rose after the grant.",
  ]);
  assert.ok(!early.some((l) => l.includes("-> contradicted")), early.join("\n"));
});

test("a claim that a body opposed what the source says it welcomed is contradicted", () => {
  const lines = ratings("Ferry\n\nBy Jo Pell\n\nThe Ostry boatmen's union opposed the new timetable.", [
    "Union notice\n\nThe Ostry boatmen's union, which represents ferry crews, welcomed the new timetable but asked for longer breaks.",
  ]);
  assert.ok(
    lines.some((l) => l.includes("-> contradicted [direction]")),
    lines.join("\n"),
  );
  // A source that welcomes one thing and opposes another says both: no opposite of either.
  const both = ratings("Ferry\n\nBy Jo Pell\n\nThe Ostry boatmen's union opposed the longer shifts.", [
    "Union notice\n\nThe Ostry boatmen's union welcomed the new timetable but opposed the longer shifts.",
  ]);
  assert.ok(!both.some((l) => l.includes("-> contradicted")), both.join("\n"));
});

test("a passage that names only the claim's subject does not support what the claim says of it", () => {
  const source =
    "Port notice\n\nThe port board named Ines Corra as the new harbour master in June. She starts work in July.";
  const lines = ratings("Port notes\n\nThe new harbour master will have sweeping powers.", [source]);
  assert.ok(
    lines.some((l) =>
      l.startsWith("The new harbour master will have sweeping powers. -> not-found [no-passage]"),
    ),
    lines.join("\n"),
  );
  // The passage that meets the predicate too still supports it.
  const met = ratings("Port notes\n\nThe new harbour master was named in June.", [source]);
  assert.ok(
    met.some((l) => l.startsWith("The new harbour master was named in June. -> supported")),
    met.join("\n"),
  );
});

test("a claim with a figure is rated against the passage that states it, not one sharing more of its words", () => {
  const source = createDocument(
    "Ferry league table\n\nHarwick Ferries boats were the least often on time of the four island operators, the regulator said. Only 62 percent of Harwick Ferries sailings left within ten minutes of the timetable.",
    { id: "notice" },
  );
  const a = createDocument(
    "Ferries\n\nHarwick Ferries came last among the island operators again, with fewer than two in three of its boats leaving on time.",
    { id: "article" },
  );
  const report = analyze(a, { sources: [source] });
  const units = (report.claims[0]?.support?.units ?? []).map((u) => {
    const ev = u.evidence.map((e) => source.text.slice(e.start, e.end)).join(" / ");
    return `${a.text.slice(u.start, u.end)} -> ${u.status}: ${ev}`;
  });
  assert.ok(
    units.includes(
      "with fewer than two in three of its boats leaving on time. -> supported: Only 62 percent of Harwick Ferries sailings left within ten minutes of the timetable.",
    ),
    units.join("\n"),
  );
});

test("a figure written with a scale word agrees with the exact figure it rounds, not with another", () => {
  const source = `Harbour budget

Harbour maintenance spending will increase to £87.9 million next year. Dredging will cost £2.6 million.`;
  const article = `Harbour money

Harbour maintenance spending will rise to £88 million next year. Dredging will cost £2.4 million.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Harbour maintenance spending"), / -> supported/);
  assert.match(line("Dredging will cost"), / -> contradicted \[quantity\]/);
});

test("a bound keeps its figure exact: 'more than £3 million' is not met by '£2.6 million'", () => {
  const source = `Harbour levy

The harbour levy will raise between £2.2 million and £2.6 million a year.`;
  const article = `Harbour levy

The harbour levy will raise more than £3 million a year.`;
  const lines = ratings(article, [source]);
  assert.ok(
    lines.some((l) => / -> contradicted \[quantity\]/.test(l)),
    lines.join("\n"),
  );
});

test("a recommendation, a forecast, a finding 'consistent with' and a return 'not guaranteed' hedge what a claim states as settled", () => {
  const source = "Energy review\n\nWe recommend that the council fit solar panels to its three bus depots.";
  const required = ratings(
    "Depots\n\nBy Jo Pell\n\nThe council is now required to fit solar panels to its three bus depots.",
    [source],
  );
  assert.ok(
    required.some((l) => l.includes("-> overreach [hedge]")),
    required.join("\n"),
  );
  // A claim that reports the recommendation keeps it.
  const reported = ratings(
    "Depots\n\nBy Jo Pell\n\nThe energy review recommends fitting solar panels to the three bus depots.",
    [source],
  );
  assert.ok(!reported.some((l) => l.includes("-> overreach")), reported.join("\n"));
  const consistent = ratings(
    "Depots\n\nBy Jo Pell\n\nThe cause of the cracks is subsidence under the east wall of the depot.",
    ["Survey\n\nThe cracks are consistent with subsidence under the east wall of the depot."],
  );
  assert.ok(
    consistent.some((l) => l.includes("-> overreach [hedge]")),
    consistent.join("\n"),
  );
  const forecast = ratings(
    "Co-op\n\nBy Jo Pell\n\nShareholders in the Tarn solar co-op will earn 5 percent a year from 2029.",
    ["Share offer\n\nShareholders in the Tarn solar co-op are forecast to earn 5 percent a year from 2029."],
  );
  assert.ok(
    forecast.some((l) => l.includes("-> overreach [hedge]")),
    forecast.join("\n"),
  );
  const guaranteed = ratings(
    "Co-op\n\nBy Jo Pell\n\nShareholders in the Tarn solar co-op will get a 5 percent return from 2029.",
    [
      "Share offer\n\nA 5 percent return for shareholders in the Tarn solar co-op from 2029 is not guaranteed.",
    ],
  );
  assert.ok(
    guaranteed.some((l) => l.includes("-> overreach [hedge]")),
    guaranteed.join("\n"),
  );
});

test("a hedge on another figure of the same kind (a forecast beside a reading) is no overreach of the reading", () => {
  const bulletin =
    "Flood bulletin\n\nThe river Sell at Dunford may peak at up to 3.8 metres on Tuesday evening.";
  const reading = ratings(
    "Flood\n\nBy Jo Pell\n\nThe gauge on the river Sell at Dunford read 3.1 metres at 9am on Tuesday.",
    [bulletin],
  );
  assert.ok(
    reading.some((l) => l.includes("-> not-found [no-passage]")),
    reading.join("\n"),
  );
  // The forecast's own figure stated as sure still overreaches, and so does the peak with no figure.
  for (const claim of [
    "The river Sell at Dunford will peak at 3.8 metres on Tuesday evening.",
    "The river Sell at Dunford will peak on Tuesday evening.",
  ]) {
    const lines = ratings(`Flood\n\nBy Jo Pell\n\n${claim}`, [bulletin]);
    assert.ok(
      lines.some((l) => l.includes("-> overreach [hedge]")),
      lines.join("\n"),
    );
  }
});

test("a negated verb of expectation denies nothing of its that-clause", () => {
  const source = `Harbour vote

"We never anticipated that 29% of skippers would back the ferry plan," the harbour board's chair said.`;
  const lines = ratings(
    `Harbour notes

The ferry plan's 29% among skippers stunned the harbour board.`,
    [source],
  );
  assert.ok(!lines.some((l) => l.includes("contradicted")), lines.join("\n"));
  // A negated finding still denies its clause.
  const found = ratings(
    `Harbour notes

The ferry plan's 29% among skippers stunned the harbour board.`,
    [
      `Harbour vote

The harbour board did not find that 29% of skippers backed the ferry plan.`,
    ],
  );
  assert.ok(
    found.some((l) => l.includes("-> contradicted [negation]")),
    found.join("\n"),
  );
});

test("a figure the claim gives as a difference agrees with two of the passage's that far apart; a different gap still contradicts", () => {
  const source =
    "Ferry fares\n\nA return crossing at Tollan costs £1,150, below the regional average of £1,420. The number of season-ticket holders fell from 18,000 in 2022 to 14,500 this year.";
  const lines = ratings(
    "Fares\n\nA return crossing costs £1,150, almost £300 under the regional average. Season-ticket holders have dropped by 3,500 since 2022.",
    [source],
  );
  assert.ok(
    lines.some(
      (l) => l.startsWith("A return crossing costs £1,150, almost £300 under") && l.includes("-> supported"),
    ),
    lines.join("\n"),
  );
  assert.ok(
    lines.some(
      (l) => l.startsWith("Season-ticket holders have dropped by 3,500") && l.includes("-> supported"),
    ),
    lines.join("\n"),
  );
  const wrong = ratings("Fares\n\nSeason-ticket holders have dropped by 6,000 since 2022.", [source]);
  assert.ok(
    wrong.some((l) => l.includes("-> contradicted [quantity]")),
    wrong.join("\n"),
  );
});

test("a change or a remainder in pounds agrees with the two figures of the passage that make it; another sum still contradicts", () => {
  // The currency sign is a key of its own: "by £5 million" is a change as "by 5 million pounds" is,
  // and "the other £1.1 million" what is left of the whole once the part the passage names is taken.
  const source =
    "Lock repairs\n\nThe replacement of the Fennick lock gates will cost £4.2 million, of which £3.1 million comes from the national heritage fund and the remainder from the navigation trust's reserves. The trust's spending on maintenance has risen from £9 million in 2021/22 to £14 million this year.";
  const lines = ratings(
    "Lock gates\n\nThe heritage fund pays £3.1 million of the bill for the Fennick lock gates and the navigation trust finds the other £1.1 million itself. Maintenance spending at the trust has grown by £5 million since 2021/22.",
    [source],
  );
  for (const start of ["The heritage fund pays £3.1 million", "Maintenance spending at the trust has grown"])
    assert.ok(
      lines.some((l) => l.startsWith(start) && l.includes("-> supported")),
      lines.join("\n"),
    );
  const wrong = ratings(
    "Lock gates\n\nThe heritage fund pays £3.1 million of the bill for the Fennick lock gates and the navigation trust finds the other £1.6 million itself. Maintenance spending at the trust has grown by £12 million since 2021/22.",
    [source],
  );
  assert.equal(wrong.filter((l) => l.includes("-> contradicted [quantity]")).length, 2, wrong.join("\n"));
});

test("a share written as a fraction rounds the percentage it stands for; a far one still contradicts", () => {
  const source =
    "Donors\n\nAround 8 percent of people in the county have the rare type, but it accounts for 14 percent of hospital requests.";
  const near = ratings("Donors\n\nThe rare type makes up one in seven hospital requests.", [source]);
  assert.ok(
    near.some((l) => l.includes("-> supported")),
    near.join("\n"),
  );
  const far = ratings("Donors\n\nThe rare type makes up one in three hospital requests.", [source]);
  assert.ok(
    far.some((l) => l.includes("-> contradicted [quantity]")),
    far.join("\n"),
  );
});

test("a claim that a thing could not be done, against a source saying it was hard, overreaches", () => {
  const source =
    "Parking\n\nA survey of 900 visitors found that 41 percent had difficulty finding a space at the clinic.";
  const lines = ratings("Parking\n\nTwo in five visitors cannot find a space at the clinic.", [source]);
  assert.ok(
    lines.some((l) => l.includes("-> overreach [hedge]")),
    lines.join("\n"),
  );
  const plain = ratings("Parking\n\nVisitors cannot find a space at the clinic.", [
    "Parking\n\nA survey found that visitors could find a space at the clinic within ten minutes.",
  ]);
  assert.ok(
    plain.some((l) => l.includes("-> contradicted [negation]")),
    plain.join("\n"),
  );
});

test("opposite rankings contradict, and the reason quotes the source's own word", () => {
  const source =
    "Review\n\nOrchard Road cemetery, the largest of the three, is expected to close to new burials in 2029.";
  const lines = ratings("Burials\n\nOrchard Road, the smallest of the three cemeteries, is full.", [source]);
  assert.ok(
    lines.some((l) => l.includes("-> contradicted [direction]")),
    lines.join("\n"),
  );
  const a = createDocument("Burials\n\nOrchard Road, the smallest of the three cemeteries, is full.", {
    id: "article",
  });
  const report = analyze(a, { sources: [createDocument(source, { id: "s" })] });
  assert.match(
    report.claims.find((c) => c.support?.rule === "direction")?.support?.reason ?? "",
    /"smallest" where the source says "largest"/,
  );
});

test("a claim that reports a wish keeps the condition put on the act; one that also says the act was approved does not", () => {
  const source =
    "Sale\n\nThe council has agreed in principle to sell the Quay Street baths to Harrow Leisure for £2.4 million, subject to a final vote of the full council in March.";
  const wish = ratings(
    "Baths\n\nThe council wants to sell the baths to a private firm for a little under £2.5 million.",
    [source],
  );
  assert.ok(
    wish.some((l) => l.includes("-> supported")),
    wish.join("\n"),
  );
  const done = ratings(
    "Baths\n\nThe council wants to sell the baths for £2.4 million, and the full council has already approved the sale.",
    [source],
  );
  assert.ok(!done.some((l) => l.includes("-> supported")), done.join("\n"));
});

test("a source that is not able to say whether a thing happened hedges a claim that it did", () => {
  const source =
    "Fire service statement\n\nThe cause is under investigation, and we are not able to say at this stage whether the barn fire at Tarnby was started deliberately.";
  const lines = ratings("Barn fire\n\nThe Tarnby barn fire was started deliberately.", [source]);
  assert.ok(
    lines.some((l) => l.includes("-> overreach [hedge]")),
    lines.join("\n"),
  );
  const able = ratings("Barn fire\n\nThe Tarnby barn fire was started deliberately.", [
    "Fire service statement\n\nThe cause is under investigation, and we are able to say that the barn fire at Tarnby was started deliberately.",
  ]);
  assert.ok(
    able.some((l) => l.includes("-> supported")),
    able.join("\n"),
  );
});

test("a source still weighing whether a thing will happen hedges a claim that it will; a concessive or asked 'whether' does not", () => {
  const open = ratings("Ferry routes\n\nThe Kelby ferry route is being scrapped.", [
    "Transport notice\n\nThe harbour board is reviewing whether the Kelby ferry route is still needed and will report in May.",
  ]);
  assert.ok(
    open.some((l) => l.includes("-> overreach [hedge]")),
    open.join("\n"),
  );
  for (const source of [
    "Transport notice\n\nFares on the Kelby ferry route will rise in May regardless of whether the route is kept.",
    "Transport notice\n\nFares on the Kelby ferry route will rise in May, the board said when asked whether the route is kept.",
  ]) {
    const settled = ratings("Ferry fares\n\nFares on the Kelby ferry route will rise in May.", [source]);
    assert.ok(
      settled.some((l) => l.includes("-> supported")),
      settled.join("\n"),
    );
  }
});

test("the words naming who speaks tie no claim to the hedge of what they say", () => {
  const source =
    "Wire\n\nPenmoor Airport said the cap could cost up to 700 jobs and would force some cargo operators to move to other airports.";
  const lines = ratings(
    "Night flights\n\nPenmoor is the busiest cargo airport in the region. Penmoor Airport will lose 700 jobs.",
    [source],
  );
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Penmoor is the busiest"), / -> not-found \[superlative\]/);
  assert.match(line("Penmoor Airport will lose"), / -> overreach \[hedge\]/);
});

test("a claim in the conditional keeps a proposal; one in the future does not", () => {
  const source = "Notice\n\nThe council proposes a licensing scheme covering 11 of the borough's 19 wards.";
  const lines = ratings(
    "Licensing\n\nThe licensing scheme would cover 11 of the borough's 19 wards. The licensing scheme will cover 11 of the borough's 19 wards.",
    [source],
  );
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("The licensing scheme would"), / -> supported/);
  assert.match(line("The licensing scheme will"), / -> overreach \[hedge\]/);
});

test("a stage right after 'if' is still to come: a claim that it was reached is contradicted", () => {
  const source =
    "Notice\n\nThe plan will go to the cabinet in May, and if approved, the Ashgrove parking scheme could begin in September.";
  const done = ratings("Parking\n\nThe Ashgrove parking scheme has been approved and starts in September.", [
    source,
  ]);
  assert.ok(
    done.some((l) => l.includes("-> contradicted [stage]")),
    done.join("\n"),
  );
  const kept = ratings(
    "Parking\n\nThe Ashgrove parking scheme could begin in September if the cabinet approves it.",
    [source],
  );
  assert.ok(
    kept.some((l) => l.includes("-> supported")),
    kept.join("\n"),
  );
});

test("a negated direction is the opposite of the direction, not of its contrary", () => {
  const source =
    "Notice\n\nBus fares in Harwick did not rise in April. Tram fares in Harwick rose in April. Ferry fares in Harwick fell in April.";
  const lines = ratings(
    "Fares\n\nBus fares in Harwick rose in April. Tram fares in Harwick did not rise in April. Ferry fares in Harwick did not rise in April.",
    [source],
  );
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("Bus fares"), / -> contradicted \[negation\]/);
  assert.match(line("Tram fares"), / -> contradicted \[negation\]/);
  assert.match(line("Ferry fares"), / -> supported/);
});

test("a direction word the claim itself uses is no opposite of the claim's", () => {
  const source =
    "Survey\n\nUnder the Tarnside pilot, rural verges were cut once a year instead of three times.";
  const lines = ratings(
    "Verges\n\nCutting Tarnside's rural verges less often has brought a marked rise in wildflowers.",
    [source],
  );
  assert.ok(!lines.some((l) => l.includes("-> contradicted")), lines.join("\n"));
  const fares = ratings("Fares\n\nBus fares in Harwick rose in April.", [
    "Notice\n\nBus fares in Harwick were cut in April.",
  ]);
  assert.ok(
    fares.some((l) => l.includes("-> contradicted [direction]")),
    fares.join("\n"),
  );
});

test("'no one … more than' sets a bound, which denies nothing of a sentence that compares nothing", () => {
  const source = "Rules\n\nNo member of the Harwick rowing club pays more than the fee set by the committee.";
  const lines = ratings(
    "Club\n\nAll members of the Harwick rowing club pay the same fee. The Harwick club captain pays more than the fee set by the committee.",
    [source],
  );
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.doesNotMatch(line("All members"), / -> contradicted/);
  assert.match(line("The Harwick club captain"), / -> contradicted \[negation\]/);
});

test("a ranking in other words is looked for in another passage when the closest has none", () => {
  const source =
    'Release\n\nThe Tollby co-operative has raised 400,000 pounds from a community share offer for the Tollby mill roof. Its chair said: "This is the biggest share offer we have ever run."';
  const lines = ratings("Share offer\n\nThe Tollby co-operative called this its largest share offer yet.", [
    source,
  ]);
  assert.ok(
    lines.some((l) => l.includes("-> supported [match]: Its chair said")),
    lines.join("\n"),
  );
});

test("a share stated in words is compared with the share the passage's two counts make", () => {
  const source = "Report\n\nOf the 2,480 Harwick grant applications, 2,190 were granted.";
  const lines = ratings(
    "Grants\n\nAbout half of the Harwick grant applications were granted. Almost nine in ten of the Harwick grant applications were granted.",
    [source],
  );
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  assert.match(line("About half"), / -> contradicted \[quantity\]/);
  assert.match(line("Almost nine in ten"), / -> supported/);
});

test("a source that opens with the claim word for word states it, whatever its other clause negates", () => {
  const source =
    "Release\n\nStaff will move to the Kilnfield depot in stages, and no jobs will be lost as a result of the move.";
  const lines = ratings("Depot\n\nStaff will move to the Kilnfield depot in stages.", [source]);
  assert.ok(
    lines.some((l) => l.includes("-> supported [match]")),
    lines.join("\n"),
  );
  const denied = ratings("Depot\n\nStaff will move to the Kilnfield depot in stages.", [
    "Release\n\nStaff will move to the Kilnfield depot in stages, the union claimed, but the council denied it.",
  ]);
  assert.ok(!denied.some((l) => l.includes("-> supported")), denied.join("\n"));
});

test("a passage denying what the claim says of its subject outweighs one the claim only overreaches", () => {
  const claim =
    "Merger\n\nThe Tolworth council has already decided to sell the Fenwick school site for housing.";
  const denied = ratings(claim, [
    "Consultation\n\nThe Tolworth council is consulting on a proposal to sell the Fenwick school site. The council has not decided what would happen to the site.",
  ]);
  assert.ok(
    denied.some((l) => l.includes("-> contradicted [negation]: The council has not decided")),
    denied.join("\n"),
  );
  const other = ratings(claim, [
    "Consultation\n\nThe Tolworth council is consulting on a proposal to sell the Fenwick school site. Fields near the site were not sold.",
  ]);
  assert.ok(
    other.some((l) => l.includes("-> overreach [stage]")),
    other.join("\n"),
  );
});

test("a count of one against a passage that counts none is contradicted by the none, not by another figure", () => {
  const lines = ratings("Outbreak\n\nOne child has died in the Harwick measles outbreak.", [
    "Release\n\nSeven children have been admitted to hospital in the Harwick measles outbreak; none has died.",
  ]);
  assert.ok(
    lines.some((l) => l.includes("-> contradicted [negation]")),
    lines.join("\n"),
  );
});

test("a denial by another party than the claim's subject is not one the claim leaves out", () => {
  const other = ratings(
    "Flights\n\nResidents' groups say they will not give up on a total ban on night flights at Penmoor.",
    [
      "Wire\n\nShe said the ministry had rejected calls for a total ban on night flights at Penmoor, which residents' groups had sought.",
    ],
  );
  assert.ok(!other.some((l) => l.includes("-> contradicted")), other.join("\n"));
  const same = ratings(
    "Flights\n\nThe ministry will not give up on a total ban on night flights at Penmoor.",
    ["Wire\n\nThe ministry rejected calls for a total ban on night flights at Penmoor."],
  );
  assert.ok(
    same.some((l) => l.includes("-> contradicted [denial]")),
    same.join("\n"),
  );
});

test("a claim that makes a duty of what the source leaves free overreaches", () => {
  const claim = "Jabs\n\nParents must see a practice nurse at Tolby before they can book a jab.";
  const free = ratings(claim, [
    "Release\n\nParents who have concerns can speak to a practice nurse at Tolby before booking.",
  ]);
  assert.ok(
    free.some((l) => l.includes("-> overreach [hedge]")),
    free.join("\n"),
  );
  const duty = ratings(claim, ["Release\n\nParents must speak to a practice nurse at Tolby before booking."]);
  assert.ok(!duty.some((l) => l.includes("-> overreach")), duty.join("\n"));
});

test("a passage stating another of the claim's figures does not answer the one the closest passage disputes", () => {
  const source = `Carrick council hedgerow scheme

Carrick council's two-year hedgerow scheme has brought songbirds back to the lanes. Under the scheme, 40 kilometres of hedgerow were replanted in the Carrick valley. Three farms in the valley have left the scheme since 2024. In 2024 the farms in the valley were paid for their hedges.`;
  const article = `Hedges return

The two-year scheme replanted 40 miles of hedgerow in the Carrick valley. Since 2024 five farms in the valley have left the scheme.`;
  const lines = ratings(article, [source]);
  const has = (line: string) => assert.ok(lines.includes(line), `missing: ${line}\n${lines.join("\n")}`);
  // Forty miles are 64 kilometres; the scheme's two years, said elsewhere, leave that unanswered.
  has(
    "The two-year scheme replanted 40 miles of hedgerow in the Carrick valley. -> contradicted [quantity]: Under the scheme, 40 kilometres of hedgerow were replanted in the Carrick valley.",
  );
  has(
    "Since 2024 five farms in the valley have left the scheme. -> contradicted [quantity]: Three farms in the valley have left the scheme since 2024.",
  );
});

test("a short claim that counts an incident as none meets the one passage that counts it as none", () => {
  const source = `Fire service statement

A fire destroyed two vans at the Pellow Road depot on Sunday. Crews had the fire under control by noon, and no one was injured. The cause of the fire is not yet known.`;
  const lines = ratings(
    `Depot fire

A fire destroyed two vans at the Pellow Road depot on Sunday. Nobody was hurt. Crews left at noon, although nobody was arrested.`,
    [source],
  );
  const has = (line: string) => assert.ok(lines.includes(line), `missing: ${line}\n${lines.join("\n")}`);
  has(
    "Nobody was hurt. -> supported [match]: Crews had the fire under control by noon, and no one was injured.",
  );
  // No passage counts arrests: the one word the clause has finds nothing.
  assert.ok(
    !lines.some((l) => l.includes("nobody was arrested") && l.includes("-> supported")),
    lines.join("\n"),
  );
});
