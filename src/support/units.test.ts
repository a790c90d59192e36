import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { renderHtml } from "../report/render-html.js";
import { renderText } from "../report/render-text.js";
import { EVERY_KIND_FIRM } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";

const SOURCE = `Harbour trust annual review

The Lisswick ferry service was launched in 2017 by the harbour trust. The Lisswick ferry service now carries 4,000 passengers a day. Mara Quist runs nine bakeries in Lisswick. Mara Quist has paid the rent for her harbour bakery. Chief engineer Tom Varga opened the new quay on Monday.`;

const ARTICLE = `Lisswick's harbour

By Ines Roe

The Lisswick ferry service, launched in 2015, now carries 4,000 passengers a day. Mara Quist, who runs nine bakeries in Lisswick, has not paid the rent for her harbour bakery. Chief engineer Tom Varga, who has led the port since 2012, opened the new quay on Monday.`;

function report() {
  const article = createDocument(ARTICLE, { id: "article" });
  // How firm findings are made, whichever kinds the blind measures let through today.
  return analyze(article, {
    sources: [createDocument(SOURCE, { id: "review" })],
    supportGate: EVERY_KIND_FIRM,
  });
}

/** Each claim of a sentence as `claim text -> status [rule]`, the sentence's first. */
function units(sentenceStart: string): string[] {
  const r = report();
  const text = r.article.text;
  const c = r.claims.find((x) => text.slice(x.start, x.end).startsWith(sentenceStart));
  assert.ok(c?.support, `no rated claim: ${sentenceStart}`);
  return [
    `sentence -> ${c.support.status} [${c.support.rule}]`,
    ...(c.support.units ?? []).map((u) => `${text.slice(u.start, u.end)} -> ${u.status} [${u.rule}]`),
  ];
}

test("each claim of a sentence is rated on its own words; the sentence takes the most serious", () => {
  // The wrong launch year contradicts the clause that gives it, not what the service carries.
  assert.deepEqual(units("The Lisswick ferry service"), [
    "sentence -> contradicted [quantity]",
    "The Lisswick ferry service, launched in 2015, now carries 4,000 passengers a day. -> supported [match]",
    "launched in 2015 -> contradicted [quantity]",
  ]);
  // The negation of the main clause does not leak into the relative clause.
  assert.deepEqual(units("Mara Quist"), [
    "sentence -> contradicted [negation]",
    "Mara Quist, who runs nine bakeries in Lisswick, has not paid the rent for her harbour bakery. -> contradicted [negation]",
    "who runs nine bakeries in Lisswick -> supported [match]",
  ]);
});

test("a clause about a named thing is found only where a passage says the clause, not only the name", () => {
  assert.deepEqual(units("Chief engineer Tom Varga"), [
    "sentence -> not-found [no-passage]",
    "Chief engineer Tom Varga, who has led the port since 2012, opened the new quay on Monday. -> supported [match]",
    "who has led the port since 2012 -> not-found [no-passage]",
  ]);
});

test("a contradicted claim is a finding on its own words, and the reports show each claim's rating", () => {
  const r = report();
  const text = r.article.text;
  const contradicted = r.findings.filter((f) => f.ruleId === "support/contradicted");
  assert.ok(
    contradicted.some((f) => text.slice(f.span?.start, f.span?.end) === "launched in 2015"),
    contradicted.map((f) => text.slice(f.span?.start, f.span?.end)).join("\n"),
  );
  // A sentence with one claim of it not found is no assertion gap: a passage speaks of the other.
  assert.equal(r.findings.filter((f) => f.ruleId === "support/assertion-gap").length, 0);
  const plain = renderText(r);
  assert.match(plain, /contradicted +↳ launched in 2015/);
  assert.match(plain, /supported +↳ The Lisswick ferry/);
  const html = renderHtml(r);
  assert.match(
    html,
    /<ul class="units"><li><span class="status status-supported">supported<\/span> The Lisswick ferry/,
  );
  assert.match(
    html,
    /<li><span class="status status-contradicted">contradicted<\/span> launched in 2015(<\/li>| <span class="note">)/,
  );
});

test("a clause meets a passage only through two of its own words, opposites aside", () => {
  const source = createDocument(
    "Museum notice\n\nThe Lisswick museum will stay closed until Monday while the roof is repaired.",
    { id: "notice" },
  );
  const article = createDocument(
    "A museum\n\nThe museum, housed in an old rope works, opened in 1911. The roof of the Lisswick museum is being repaired, and the museum will stay closed until Monday.",
    { id: "article" },
  );
  const r = analyze(article, { sources: [source] });
  const lines = r.claims.flatMap((c) =>
    (c.support?.units ?? []).map((u) => `${article.text.slice(u.start, u.end)} -> ${u.status}`),
  );
  // "opened" against "closed" and "museum" are all this clause shares with the notice.
  assert.ok(
    lines.includes("The museum, housed in an old rope works, opened in 1911. -> not-found"),
    lines.join("\n"),
  );
  assert.ok(lines.includes("and the museum will stay closed until Monday. -> supported"), lines.join("\n"));
});

test("a passage is read in the clause about a named thing that holds the claim's words", () => {
  const source = createDocument(
    "Harbour ruling\n\nTom Varga, who has run the Lisswick harbour since 2012, denied any wrongdoing at the hearing. Reported thefts at the harbour fell by 18 percent, but the difference was not statistically significant.",
    { id: "ruling" },
  );
  const article = createDocument(
    "Harbour\n\nTom Varga has run the Lisswick harbour since 2012. Thefts at the harbour fell by 18 percent.",
    { id: "article" },
  );
  const r = analyze(article, { sources: [source] });
  const rated = r.claims.map(
    (c) => `${article.text.slice(c.start, c.end)} -> ${c.support?.status} [${c.support?.rule}]`,
  );
  // The denial is of another claim of the source sentence, made in its main clause.
  assert.ok(
    rated.includes("Tom Varga has run the Lisswick harbour since 2012. -> supported [match]"),
    rated.join("\n"),
  );
  // A coordinated clause of a source may speak of the clause before it: the passage is read whole.
  assert.ok(
    rated.includes("Thefts at the harbour fell by 18 percent. -> overreach [hedge]"),
    rated.join("\n"),
  );
});

test("an adjunct's figure or date is rated on its own, not as the clause's", () => {
  const source = createDocument(
    "Port notice\n\nPart of the quay wall at Lisswick harbour collapsed overnight after severe gales in March 2022. Until repairs are finished, ferry passengers are being diverted to the Orrin terminal, four miles away.",
    { id: "notice" },
  );
  const article = createDocument(
    "The quay\n\nLisswick's old quay wall collapsed in a single night after gales in March 2021. Anyone who wants a ferry is now diverted to the Orrin terminal, forty miles away.",
    { id: "article" },
  );
  const r = analyze(article, { sources: [source], supportGate: EVERY_KIND_FIRM });
  const lines = r.claims.flatMap((c) =>
    (c.support?.units ?? []).map((u) => `${article.text.slice(u.start, u.end)} -> ${u.status} [${u.rule}]`),
  );
  // The wrong year contradicts the phrase that gives it; the collapse itself is what the notice says.
  assert.deepEqual(lines, [
    "Lisswick's old quay wall collapsed in a single night -> supported [match]",
    "after gales in March 2021. -> contradicted [quantity]",
    "Anyone who wants a ferry is now diverted to the Orrin terminal -> supported [match]",
    "forty miles away. -> contradicted [quantity]",
  ]);
  const contradicted = r.findings
    .filter((f) => f.ruleId === "support/contradicted")
    .map((f) => article.text.slice(f.span?.start, f.span?.end));
  assert.deepEqual(contradicted, ["after gales in March 2021.", "forty miles away."]);
});

test("a thing sized by a figure of its own is rated apart, and a size in other units is converted", () => {
  const source = createDocument(
    "Trust notice\n\nVolunteers planted 4,000 oaks along a six-kilometre stretch of the Orrin valley in April. The Lisswick ferry will run a 90-minute crossing for two years.",
    { id: "notice" },
  );
  const article = createDocument(
    "Oaks\n\nVolunteers planted 4,000 oaks along a six-mile stretch of the Orrin valley. The Lisswick ferry will run a 90-minute crossing for two years.",
    { id: "article" },
  );
  const r = analyze(article, { sources: [source] });
  const lines = r.claims.flatMap((c) =>
    (c.support?.units ?? []).map((u) => `${article.text.slice(u.start, u.end)} -> ${u.status} [${u.rule}]`),
  );
  // Six miles are 9.7 kilometres: the stretch is contradicted, the planting is what the notice says.
  assert.deepEqual(lines, [
    "Volunteers planted 4,000 oaks -> supported [match]",
    "along a six-mile stretch of the Orrin valley. -> contradicted [quantity]",
  ]);
  // Minutes against years are two durations of the sentence, not one restated.
  const ferry = r.claims.find((c) => article.text.slice(c.start, c.end).startsWith("The Lisswick ferry"));
  assert.equal(ferry?.support?.status, "supported");
});

test("an adjunct whose passage gives no figure of its kind is not found, not supported", () => {
  const source = createDocument(
    "Port notice\n\nThe Lisswick quay wall collapsed in one night after heavy gales.",
    { id: "notice" },
  );
  const article = createDocument(
    "The quay\n\nThe Lisswick quay wall collapsed in one night after gales in March 2021.",
    { id: "article" },
  );
  const r = analyze(article, { sources: [source] });
  const lines = r.claims.flatMap((c) =>
    (c.support?.units ?? []).map((u) => `${article.text.slice(u.start, u.end)} -> ${u.status}`),
  );
  assert.deepEqual(lines, [
    "The Lisswick quay wall collapsed in one night -> supported",
    "after gales in March 2021. -> not-found",
  ]);
});

test("a coordinated verb with its own 'that' clause is rated apart from the clause before it", () => {
  const source = `Depot audit

The auditors praised the new rota at the Orrin depot. The auditors did not find that overtime at the depot had been cut.`;
  const article = createDocument(
    "Orrin depot\n\nThe auditors praised the new rota at the Orrin depot, and found that overtime at the depot had been cut by a third.",
    { id: "article" },
  );
  const r = analyze(article, { sources: [createDocument(source, { id: "audit" })] });
  const text = r.article.text;
  const c = r.claims.find((x) => text.slice(x.start, x.end).startsWith("The auditors praised"));
  assert.ok(c?.support, "no rated claim");
  assert.deepEqual(
    (c.support.units ?? []).map((u) => `${text.slice(u.start, u.end)} -> ${u.status} [${u.rule}]`),
    [
      "The auditors praised the new rota at the Orrin depot -> supported [match]",
      "and found that overtime at the depot had been cut by a third. -> contradicted [negation]",
    ],
  );
});

test("a difference from another figure is read as the distance between two figures of the passage", () => {
  const source = `Ferry figures

The Orrin ferry carried 41,000 cars last summer, up from 35,000 the summer before.`;
  const rate = (sentence: string) => {
    const article = createDocument(`Orrin ferry\n\n${sentence}`, { id: "article" });
    const r = analyze(article, { sources: [createDocument(source, { id: "figures" })] });
    const text = r.article.text;
    const c = r.claims.find((x) => text.slice(x.start, x.end).startsWith("The Orrin ferry carried"));
    assert.ok(c?.support, "no rated claim");
    return (c.support.units ?? []).map((u) => `${text.slice(u.start, u.end)} -> ${u.status} [${u.rule}]`);
  };
  assert.deepEqual(
    rate("The Orrin ferry carried 41,000 cars last summer, roughly 6,000 more than the summer before."),
    [
      "The Orrin ferry carried 41,000 cars last summer -> supported [match]",
      "roughly 6,000 more than the summer before. -> supported [match]",
    ],
  );
  // Another distance is not said by the passage, but it is no contradiction of either figure.
  assert.deepEqual(
    rate("The Orrin ferry carried 41,000 cars last summer, roughly 16,000 more than the summer before."),
    [
      "The Orrin ferry carried 41,000 cars last summer -> supported [match]",
      "roughly 16,000 more than the summer before. -> not-found [no-passage]",
    ],
  );
});

test("a sentence whose split halves each miss what the passage says is rated whole", () => {
  const article = createDocument("The pier\n\nThe pier went over budget, costing 9.5 million euros.", {
    id: "article",
  });
  const source = createDocument(
    "Pier report\n\nThe new pier, which opened in May, cost 9.5 million euros, below the budget of 11 million euros.",
    { id: "report" },
  );
  const r = analyze(article, { sources: [source] });
  const c = r.claims.find((x) => r.article.text.slice(x.start, x.end).startsWith("The pier went"));
  // Apart, the main clause has no figure and the participle no budget; whole, the sentence says
  // "over budget" where the source says "below the budget".
  assert.equal(`${c?.support?.status} [${c?.support?.rule}]`, "contradicted [reference]");
});

test("a part of what a clause counts, and an apposition of its subject, are rated apart from the clause", () => {
  const article = createDocument(
    "Repairs\n\nAbout 300 tenants are waiting for repairs, all of them beyond the target of 28 days. Dockside Tower, the largest of the three blocks, will be emptied in 2027.",
    { id: "article" },
  );
  const source = createDocument(
    "Repairs update\n\nAbout 300 tenants are waiting for repairs, some of them beyond the target of 28 days. Dockside Tower, the smallest of the three blocks, will be emptied in 2027.",
    { id: "update" },
  );
  const r = analyze(article, { sources: [source] });
  const text = r.article.text;
  const rated = (start: string) => {
    const c = r.claims.find((x) => text.slice(x.start, x.end).startsWith(start));
    return (c?.support?.units ?? []).map((u) => `${text.slice(u.start, u.end)} -> ${u.status} [${u.rule}]`);
  };
  // The waiting tenants are as the source counts them; "all" against "some" is the part's overreach.
  assert.deepEqual(rated("About 300 tenants"), [
    "About 300 tenants are waiting for repairs -> supported [match]",
    "all of them beyond the target of 28 days. -> overreach [quantifier]",
  ]);
  // The wrong grade belongs to the apposition; the block's emptying is as the source says.
  assert.deepEqual(rated("Dockside Tower"), [
    "Dockside Tower, the largest of the three blocks, will be emptied in 2027. -> supported [match]",
    "the largest of the three blocks -> contradicted [direction]",
  ]);
});

test("the date of a wire dateline is not the date of the claim it opens", () => {
  const source = createDocument(
    "Harbour board minutes\n\nThe harbour board approved the new ferry pier on 2 March. Work will start in June.",
    { id: "minutes" },
  );
  const rated = (text: string) => {
    const r = analyze(createDocument(text, { id: "article" }), { sources: [source] });
    const c = r.claims.find((x) => r.article.text.slice(x.start, x.end).includes("approved"));
    return `${c?.support?.status} [${c?.support?.rule}]`;
  };
  // The story was filed on 4 March; read as the approval's date, "2 March" would contradict it.
  assert.equal(
    rated("KESTON, 4 March (Fenwire) - The harbour board approved the new ferry pier on Monday."),
    "supported [match]",
  );
  // A date the claim gives itself is still compared.
  assert.equal(
    rated("KESTON, 4 March (Fenwire) - The harbour board approved the new ferry pier on 3 March."),
    "contradicted [quantity]",
  );
});

test("a coordinated clause with a subject of its own is not read whole with the clause before it", () => {
  const source = createDocument(
    "Camera figures\n\nCameras were switched on along the Orrin bypass in March. The average speed of traffic fell from 47mph to 41mph, on a bypass with a 40mph limit. Crashes fell by a third.",
    { id: "figures" },
  );
  const rated = (text: string) => {
    const article = createDocument(`Cameras\n\n${text}`, { id: "article" });
    const r = analyze(article, { sources: [source] });
    return r.claims.map((c) => `${article.text.slice(c.start, c.end)} -> ${c.support?.status}`);
  };
  // Neither the resurfacing nor the drivers caught is in the figures; the sentence read whole met
  // the speeds through its own "45mph" and "bypass".
  assert.deepEqual(
    rated(
      "The bypass was resurfaced last spring, and most of the drivers caught were doing less than 45mph.",
    ),
    [
      "The bypass was resurfaced last spring, and most of the drivers caught were doing less than 45mph. -> not-found",
    ],
  );
  // A second clause that points back ("it") is read with the first, as before.
  assert.deepEqual(
    rated(
      "The bypass was resurfaced last spring, and it now carries most of the drivers at less than 45mph.",
    ),
    [
      "The bypass was resurfaced last spring, and it now carries most of the drivers at less than 45mph. -> supported",
    ],
  );
});

test("each clause the author asserts is rated alone: a figure in one makes no finding about another", () => {
  const source = `Kelvick harbour review

The 40 trawlers registered in Kelvick landed £12 million of fish last year, about a third of it cod. The town's smokehouses employ about 90 people. The harbour board has fined the ice plant for late deliveries. It found that the plant had skipped two safety checks.`;
  const article = `Kelvick's catch

By Ada Penrow

The 40 trawlers registered in Kelvick landed £12 million of fish last year, half of it cod, and the town's smokehouses employ about 90 people. The harbour board has fined the ice plant for late deliveries, and has found that it skipped two safety checks.`;
  const r = analyze(createDocument(article, { id: "article" }), {
    sources: [createDocument(source, { id: "review" })],
  });
  const text = r.article.text;
  const rated = (start: string) => {
    const c = r.claims.find((x) => text.slice(x.start, x.end).startsWith(start));
    assert.ok(c?.support, `no rated claim: ${start}`);
    return (c.support.units ?? []).map((u) => `${text.slice(u.start, u.end)} -> ${u.status}`);
  };
  // "employ" is a predicate, so the smokehouses are a claim of their own, and "half of it cod" is
  // a part of what the clause counts: the wrong share of cod contradicts that part, not the catch
  // or the jobs.
  assert.deepEqual(rated("The 40 trawlers"), [
    "The 40 trawlers registered in Kelvick landed £12 million of fish last year -> supported",
    "half of it cod -> contradicted",
    "and the town's smokehouses employ about 90 people. -> supported",
  ]);
  // A verb phrase after ", and" is rated with the subject it shares.
  assert.deepEqual(rated("The harbour board"), [
    "The harbour board has fined the ice plant for late deliveries -> supported",
    "and has found that it skipped two safety checks. -> supported",
  ]);
  // No support finding says the jobs are wrong.
  const jobs = text.indexOf("employ about 90");
  assert.ok(
    !r.findings.some(
      (f) => f.ruleId.startsWith("support/") && f.span && f.span.start <= jobs && jobs < f.span.end,
    ),
    r.findings.map((f) => `${f.ruleId} ${text.slice(f.span?.start, f.span?.end)}`).join("\n"),
  );
});

test("a figure of another clause of a sentence never decides a claim wrong", () => {
  const article = createDocument(
    "Depot and library\n\nAt least forty lorry drivers are to be hired for the Brackwell depot, starting in 2027. From 3 March a library desk will reopen in the old chapel, staffed by volunteers four days a week.",
    { id: "article" },
  );
  const source = createDocument(
    "Depot notice\n\nThe operator said 25 lorry drivers are to be hired for the Brackwell depot, starting in 2027. From 3 March a library desk will reopen in the old chapel, run by volunteers two days a week.",
    { id: "notice" },
  );
  const r = analyze(article, { sources: [source] });
  const text = r.article.text;
  const rated = (start: string) => {
    const c = r.claims.find((x) => text.slice(x.start, x.end).startsWith(start));
    return (c?.support?.units ?? []).map((u) => `${text.slice(u.start, u.end)} -> ${u.status} [${u.rule}]`);
  };
  // The hiring's start is as the source gives it: the count it shares the subject with is the
  // main clause's claim, wrong there and only there.
  assert.deepEqual(rated("At least forty"), [
    "At least forty lorry drivers are to be hired for the Brackwell depot -> contradicted [quantity]",
    "starting in 2027. -> supported [match]",
  ]);
  // A passive participle with its agent and a figure is a claim of its own: the wrong figure is
  // its, not the reopening's.
  assert.deepEqual(rated("From 3 March"), [
    "From 3 March a library desk will reopen in the old chapel -> supported [match]",
    "staffed by volunteers four days a week. -> contradicted [quantity]",
  ]);
});

test("two predicates of one subject, and two clauses after ', but', are each rated on their own words", () => {
  const source = createDocument(
    "Tenancy notice\n\nTenants will keep their current rent where possible and will not need to sign new leases. Surveyors said damp was likely to be the main cause of the repairs.",
    { id: "notice" },
  );
  const article = createDocument(
    "Brede's tenants\n\nTenants will not have to sign new leases and will keep their current rent. The surveyors blame damp far more than neglect, but the landlord would rather evict tenants than pay for the roof.",
    { id: "article" },
  );
  const r = analyze(article, { sources: [source] });
  const text = r.article.text;
  const rated = (start: string) => {
    const c = r.claims.find((x) => text.slice(x.start, x.end).startsWith(start));
    return (c?.support?.units ?? []).map((u) => `${text.slice(u.start, u.end)} -> ${u.status} [${u.rule}]`);
  };
  // The notice's "where possible" bears on the rent, not on the leases it says need not be signed.
  assert.deepEqual(rated("Tenants will not"), [
    "Tenants will not have to sign new leases -> supported [match]",
    "will keep their current rent. -> overreach [hedge]",
  ]);
  // "blame" is a verb the rules cannot see, yet the landlord's preference is a claim of its own,
  // which no passage states: the surveyors' "likely" is not read against it.
  assert.deepEqual(rated("The surveyors"), [
    "The surveyors blame damp far more than neglect -> not-found [no-passage]",
    "but the landlord would rather evict tenants than pay for the roof. -> not-found [no-passage]",
  ]);
});
