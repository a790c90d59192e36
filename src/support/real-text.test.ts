// Classes of false rating first seen on real text we did not write (PTC train articles, read as a
// fact-checker would; docs/support.md, "Ratings on real text"). Each test is an invented article of
// the same shape.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { createDocument } from "../text/document.js";

/** Each rated claim of the report as `sentence text -> status [rule]: evidence`. */
function ratings(article: string, sources: string[] = []): string[] {
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: sources.map((s, i) => createDocument(s, { id: `source-${i}` })) });
  const texts = new Map([a, ...report.sources].map((d) => [d.id, d.text]));
  return report.claims
    .filter((c) => c.support)
    .map((c) => {
      const s = c.support as NonNullable<typeof c.support>;
      const ev = s.evidence.map((e) => texts.get(e.id)?.slice(e.start, e.end)).join(" / ");
      return `${a.text.slice(c.start, c.end)} -> ${s.status} [${s.rule}]${ev ? `: ${ev}` : ""}`;
    });
}

const rated = (lines: string[], opening: string) => {
  const line = lines.find((l) => l.startsWith(opening));
  assert.ok(line, `no rating for: ${opening}\n${lines.join("\n")}`);
  return line;
};

const OUTBREAK = `Outbreak in Velmora

The regional health office spoke on Tuesday. "Our first task is to reach Tarnby and work with the Velmora health office to contain this new fever outbreak," said Dr Ilse Marrow, the office's head of emergencies.

This is the ninth fever outbreak in Velmora since 1981, after 14 cases were confirmed in Tarnby.

Velmora's health office is working with Tarnby's clinics to contain the outbreak.`;

test("a quote that speaks of the claim's thing but gives none of its figures does not support it", () => {
  const lines = ratings(OUTBREAK);
  assert.match(rated(lines, "This is the ninth fever outbreak"), /-> not-found/);
  // The quote does say what the author's next sentence says.
  assert.match(rated(lines, "Velmora's health office is working"), /-> supported/);
});

test("a source sentence that states the claim's figure is read before one that only leads in", () => {
  const lines = ratings(
    "Repairs\n\nThe trust carried out 14,210 repairs in the six months to the end of January.",
    [
      "Release\n\nBRENNOCK, 12 March - The Holm Trust today published its repair figures for the six months to 31 January. The trust, which manages 8,600 homes, completed 14,210 repairs in the period.",
    ],
  );
  assert.match(rated(lines, "The trust carried out"), /-> supported \[match\]: The trust, which manages/);
});

test("within one article, a quote that shares only the story's names says nothing of a claim", () => {
  const lines = ratings(`School row in Ashcombe

The Ashcombe Courier reported the row on Friday. A parent, Tomas Reyl, said the packet was unfair. "Each subject studied in the class, including music and art, received equal time," the head teacher, Mara Quill, told the Ashcombe Courier.

Reyl also shared with the Ashcombe Courier the worksheets on music and art handed out in class and allegedly cut from the full course.`);
  assert.match(rated(lines, "Reyl also shared"), /-> not-found/);
});

const JOBS = `Jobs figures

The agency's monthly table was published on Friday. It reads:

"Over the past 12 months (May 2024 to May 2025):"

"Migrant employment fell by 146,000."

In percentage terms, the migrant working-age population grew 3.1% over the 12 months.

The migrant employment index, set to 100.0 in 2015, fell from 118.0 to 116.9.`;

test("a lead-in that ends on a colon states nothing, so it is no passage", () => {
  const lines = ratings(JOBS);
  assert.doesNotMatch(rated(lines, "In percentage terms"), /Over the past 12 months/);
});

test("the level a change ends at and the size of a change are not compared", () => {
  const lines = ratings(JOBS);
  assert.doesNotMatch(rated(lines, "The migrant employment index"), /-> contradicted/);
  // The size of a change is still compared with the distance between two ends.
  const cut = ratings("Grant\n\nThe council cut the Varn grant by 200,000 euros.", [
    "Minutes\n\nThe council cut the Varn grant from 1.6 million euros to 1.1 million euros.",
  ]);
  assert.match(rated(cut, "The council cut"), /-> contradicted \[quantity\]/);
});

const MOVERS = `Jobs figures

The agency's monthly table was published on Friday. Its note reads: "Migrant employment fell by 1.07 million, down by 3.8%."

May was the fifth month in a row in which the migrant working-age population (students included) grew by more than 1 million.

How was letting them keep 1.07 million jobs not a betrayal of the voters?`;

test("a rise is contradicted by a fall of the same thing only", () => {
  const lines = ratings(MOVERS);
  assert.doesNotMatch(rated(lines, "May was the fifth month"), /-> contradicted/);
  // The same thing told with a word of level on one side still moves the other way.
  const same = ratings("Air\n\nPollution on the boundary roads of Dunmore fell as well.", [
    "Study\n\nLevels at the six monitoring sites on the boundary roads of Dunmore rose by 4 percent.",
  ]);
  assert.match(rated(same, "Pollution on the boundary roads"), /-> contradicted \[direction\]/);
});

test("a question asks and is not rated as saying what a passage says", () => {
  assert.match(rated(ratings(MOVERS), "How was letting them keep"), /-> not-found \[no-passage\]$/);
});

test("an approximator before a currency sign rounds the figure and hedges nothing else", () => {
  const lines = ratings(`Harbour permit

"On March 3, the port office issued a permit to Dunmere Shipping allowing cargo worth roughly $4.2 billion to pass through the harbour," according to the audit report.

On the board's request, Dunmere Shipping contacted the harbour's office of permits.`);
  assert.doesNotMatch(rated(lines, "On the board's request"), /-> overreach/);
});

test("'on the part of' names who acts, and is no part of a whole", () => {
  const lines = ratings(`Convent rules

The order published its new rules on Monday. As the rules put it: "In founding a new house on the part of a single convent, the federal prioress and the visitor intervene to help the founding convent."

Each federation has a federal prioress who oversees all the federated convents.`);
  assert.doesNotMatch(rated(lines, "Each federation"), /-> overreach/);
});

test("a passive refusal negates what is refused, not the whole statement", () => {
  const given = ratings(`Ferry row

The island was given access to the late sailings.

Transport chief Lena Oduya told the assembly in May that the island would "continue to be denied access to the late sailings" under the contract.`);
  assert.match(rated(given, "The island was given access"), /-> contradicted \[negation\]/);
  const other = ratings(`Ferry row

The island ferries carried freight on the late sailings in May.

The port report said: "In May the island ferries were denied berths for the late sailings with freight."`);
  assert.doesNotMatch(rated(other, "The island ferries carried"), /-> contradicted/);
});

// Classes first seen on our own messy rewrites (fixtures/support-messy), each tested here on
// another invented article of the same shape.

const FIRE_STATEMENT = `Statement from Lowmoor Police

Two women, aged 29 and 62, were taken to Fenby Hospital after the fire at the Quarry Lane garage. Their injuries are not thought to be serious. The garage is owned by Tarrant Motors Ltd.`;

test("a denial in the claim of what the passage does not speak of is no opposite of the passage", () => {
  const lines = ratings(
    "Garage fire\n\nTarrant Motors, which owns the garage, denied that it had been sent any warnings before the fire.",
    [FIRE_STATEMENT],
  );
  assert.ok(!lines.some((l) => l.includes("-> contradicted")), lines.join("\n"));
});

test("'neither of' negates the predicate after the noun phrase, not the people it names", () => {
  const lines = ratings("Garage fire\n\nNeither of the women taken to Fenby Hospital was named by police.", [
    FIRE_STATEMENT,
  ]);
  assert.ok(!lines.some((l) => l.includes("-> contradicted")), lines.join("\n"));
});

test("an age is compared with an age, not with a count", () => {
  const count = ratings(
    "Garage fire\n\nThe two injured women, both nurses, were released from Fenby Hospital on Saturday evening, according to a hospital spokesperson.",
    [FIRE_STATEMENT],
  );
  assert.doesNotMatch(rated(count, "The two injured women"), /-> contradicted/);
  const age = ratings("Garage fire\n\nTwo women, aged 29 and 66, were taken to Fenby Hospital.", [
    FIRE_STATEMENT,
  ]);
  assert.match(rated(age, "Two women, aged"), /-> contradicted \[quantity\]/);
});

test("'could not be plainer' is certainty, so it overreaches a recommendation to consider", () => {
  const lines = ratings(
    "Bins\n\nThe review's advice could not be plainer: the council should end the weekly collection in Tolby.",
    [
      "Review\n\nWe recommend that the council consider ending the weekly collection in Tolby, subject to a trial of the new bins.",
    ],
  );
  assert.match(rated(lines, "The review's advice"), /-> overreach \[hedge\]/);
});

test("a question that opens on a conjunction still asks", () => {
  const lines = ratings(
    "Parade\n\nAnd what of the traders who said the closure would ruin Fenby Parade?\n\nThe traders' survey was published in May.",
    ["Survey\n\nTraders on Fenby Parade reported mixed results after the closure."],
  );
  assert.ok(!lines.some((l) => l.startsWith("And what of") && l.includes("-> supported")), lines.join("\n"));
});

test("a conjunct that says the claim's subject stayed flat contradicts its rise", () => {
  const lines = ratings(
    `Brannock Kitchens profit slips, but sales climb

By Tomas Ellery, Business Desk, the Fenby Post

Brannock Kitchens, the Fenby-based appliance maker, has reported a fall in profit despite higher sales, blaming the cost of copper.

Revenue for the year rose 5 percent to 96.3 million pounds, the company said on Thursday.

The kettle range drove the growth, with sales up 11 percent, and the toaster range grew too.`,
    [
      `Brannock Kitchens plc: results for the year

Revenue rose 5 percent to 96.3 million pounds. Growth came mainly from the kettle range, whose sales rose 11 percent; sales of the toaster range were flat.`,
    ],
  );
  assert.match(rated(lines, "The kettle range drove"), /-> contradicted \[direction\]/);
});

test("a claim that someone kept silent is said only by a passage that reports the silence", () => {
  const lines = ratings(
    `Depot fire

By Kit Arden

Police did not say whether the arrested woman worked at the Lantern Street depot.

The survey could not say whether the closure was to blame.`,
    [
      `Police statement

Police were called at 06:10 to a fire at a depot on Lantern Street. A 40-year-old woman was arrested. The survey team said it was not able to say whether the closure was to blame.`,
    ],
  );
  assert.doesNotMatch(rated(lines, "Police did not say whether"), /-> supported/);
  assert.match(rated(lines, "The survey could not say"), /-> supported/);
});

test("a sentence closed by a question tag asks, and is not rated as saying what its quote says", () => {
  const lines = ratings(`Staff row

The lawyer wrote to the aide after the meeting: “You’re a liar about the Fenby emails, aren’t you?”

You’re a liar about the Fenby emails, aren’t you?`);
  assert.ok(
    !lines.some((l) => l.startsWith("You’re a liar") && l.includes("-> supported")),
    lines.join("\n"),
  );
});

test("a rating whose only evidence is the article's own quote stays a rating of the claim, not a warning", () => {
  const article = `Pool closure in Drayfield

The council put out a statement on Monday. "The Drayfield pool will close for 14 weeks from June while its roof is replaced," said Nora Pell, the council's leisure officer.

Swimmers were furious. The Drayfield pool will close for 40 weeks from June while its roof is replaced.`;
  const report = analyze(createDocument(article, { id: "article" }));
  const claim = report.claims.find((c) =>
    article.slice(c.start, c.end).startsWith("The Drayfield pool will close for 40"),
  );
  assert.equal(claim?.support?.status, "contradicted");
  assert.deepEqual(
    claim?.support?.evidence.map((e) => article.slice(e.start, e.end)),
    [
      `"The Drayfield pool will close for 14 weeks from June while its roof is replaced," said Nora Pell, the council's leisure officer.`,
    ],
  );
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId.startsWith("support/")).map((f) => f.ruleId),
    [],
  );
});

test('"first of all", "after all", "at all" order or stress a statement and make no claim of all', () => {
  const lines = ratings("Market\n\nFirst of all, the Varrow night market had 300 stalls last summer.", [
    "Report\n\nMany traders said the Varrow night market had 300 stalls last summer.",
  ]);
  assert.match(rated(lines, "First of all"), /-> supported/);
});

test('"up to" bounds only a figure: "blew up to what it is now" hedges nothing', () => {
  const lines = ratings("Bike\n\nThe clip of Tam Orrin's stolen bike spread across the town within a week.", [
    "Post\n\nThe clip of Tam Orrin's stolen bike blew up to what it is now across the town within a week.",
  ]);
  assert.match(rated(lines, "The clip of Tam Orrin's"), /-> supported/);
});

test("a question that opens on an auxiliary asks, whatever its subject: it is neither claim nor passage", () => {
  const lines = ratings(
    "Fees\n\nDid Marlow councillors break their own rules on parking fees? The club expects 4,000 fans to travel to the final by coach.",
    [
      "Letter\n\nMarlow councillors broke their own rules on parking fees, the ombudsman found. How many coaches would the club need to carry 4,000 fans to the final?",
    ],
  );
  assert.ok(!lines.some((l) => l.startsWith("Did Marlow") && !/-> not-found/.test(l)), lines.join("\n"));
  assert.doesNotMatch(rated(lines, "The club expects"), /-> supported/);
});

test("a page cited in brackets is no figure: two sentences citing one page say nothing alike", () => {
  const lines = ratings(`Review: The River Years

Marden's book is a history of Cobble Wharf. Then she cites a letter from her grandmother about the great flood of the wharf (p. 126). Marden concludes: "The river gave the town its trade and took it back" (p. 126).`);
  assert.doesNotMatch(rated(lines, "Then she cites"), /-> supported/);
});

test('a negated restriction ("did not flood the mill only") affirms the act', () => {
  const lines = ratings("Storm\n\nThe storm in Kettering did not flood the old mill only.", [
    "Bulletin\n\nThe storm in Kettering flooded the old mill, the bakery and the primary school.",
  ]);
  assert.doesNotMatch(rated(lines, "The storm in Kettering"), /-> contradicted/);
});

test('a bound before a figure ("up to 50 minutes") hedges nothing of a claim that gives no figure', () => {
  const lines = ratings("Centre\n\nUsers of the Orla centre are not moving to Kilnby for now.", [
    "Ruling\n\nThe judge noted that users of the Orla centre would face a journey of up to 50 minutes each way to Kilnby.",
  ]);
  assert.doesNotMatch(rated(lines, "Users of the Orla centre"), /-> overreach/);
});

test('a claim that someone "failed to" act is not contradicted by a passage that speaks only of the rest', () => {
  const lines = ratings(
    "Ruling\n\nThe judge found that the council failed to consult the users before its cabinet voted to shut the building and move services to Kilnby.",
    [
      "Summary\n\nThe users challenged the decision of the cabinet to close the centre and move its services to Kilnby.",
    ],
  );
  assert.match(rated(lines, "The judge found"), /-> not-found/);
});

test("a ranking of another thing is no ranking of the claim's", () => {
  const lines = ratings(
    "Food bank\n\nHarbour Light, founded in 2011, is the valley's largest food bank network.",
    [
      "Figures\n\nHarbour Light, the food bank network serving the valley, was founded in 2011. The Mill Lane depot, the network's largest, handled 18,000 parcels.",
    ],
  );
  assert.doesNotMatch(rated(lines, "Harbour Light, founded"), /-> supported/);
});

test('a recommendation to "consider" a step, reported as a recommendation of the step, overreaches', () => {
  const lines = ratings(
    "Buses\n\nThe panel recommends that the council and Redline restore the 12-minute service on route 42.",
    [
      "Survey\n\nThe panel recommends that the council and Redline Buses consider restoring the 12-minute service on route 42 until the tram extension opens.",
    ],
  );
  assert.match(rated(lines, "The panel recommends"), /-> overreach \[hedge\]/);
});

test("a claim that restates a quote and calls it wrong in its own words is not supported by it", () => {
  const lines = ratings(`Mayors and the canal

The Brenmoor mayors' group writes: "Every measure in this plan is consistent with our support for the canal trust."

So, while they tell you every measure in this plan is consistent with their support for the canal trust, nothing could be further from the truth.`);
  assert.match(rated(lines, "So, while they tell you"), /-> not-found \[disputes\]/);
});

test("an author's line that ends on a colon leads in to a list and is not supported by another item of it", () => {
  const lines = ratings(`Mayors' resolutions

The Brenmoor mayors' group passed these resolutions: "Protecting Young Riders, including: Opposing plans to allow scooters on school paths;"

Protecting Older Riders, including:

Banning scooters on the canal paths of Brenmoor.`);
  assert.ok(
    !lines.some(
      (l) => l.startsWith("Protecting Older Riders") && / -> (supported|contradicted|overreach)/.test(l),
    ),
    lines.join("\n"),
  );
});

// Third round (PTC train articles 702077783 to 723537899, and two invented rewrites).

test('"all but three of the 14" counts eleven, the whole less what is left out', () => {
  const source =
    "Notice\n\nThe inspectors found that Verrow Water missed its leak target in 11 of its 14 districts.";
  const right = ratings(
    "Leaks\n\nVerrow Water missed its leak target in all but three of its 14 districts.",
    [source],
  );
  assert.match(rated(right, "Verrow Water missed"), /-> supported/);
  const wrong = ratings("Leaks\n\nVerrow Water missed its leak target in all but two of its 14 districts.", [
    source,
  ]);
  assert.match(rated(wrong, "Verrow Water missed"), /-> contradicted \[quantity\]/);
});

test("a chapter-and-verse reference in brackets is no figure", () => {
  const lines = ratings(`The pastor's letter

The pastor's letter to the council ends: "Let every gate be open to the stranger (Hosea 4.12, 6.7-9)."

The pastor says the council must open the shelter every night (Hosea 4.12, 6.7-9), do you know?`);
  assert.doesNotMatch(rated(lines, "The pastor says the council"), /-> (supported|contradicted|overreach)/);
});

test("a claim that states its condition still overreaches a source that also hedges what follows it", () => {
  const source =
    "Notice\n\nThe regulator may consider further action if the refunds are not completed by 30 November.";
  const lines = ratings(
    "Fine\n\nThe regulator will take further action if the refunds are not finished by 30 November.",
    [source],
  );
  assert.match(rated(lines, "The regulator will take"), /-> overreach \[hedge\]/);
  const same = ratings(
    "Fine\n\nThe regulator may consider further action if the refunds are not finished by 30 November.",
    [source],
  );
  assert.match(rated(same, "The regulator may consider"), /-> supported/);
});

test("a claim that denies what the passage only allows is not an overreach of it", () => {
  const lines = ratings(`Tenants' appeal

The tribunal wrote: "The landlord shall tell the tribunal whether the tenants will have access to the repair fund if they must leave their flats."

The tenants have nothing, there is no repair fund for the tenants.`);
  assert.doesNotMatch(rated(lines, "The tenants have nothing"), /-> overreach/);
});

test("a passage of the article that shares only two names with a claim does not support it", () => {
  const lines = ratings(`Border force

The minister said on Monday: "This Velmoran plan to build a Coastal Guard inside Ostria is an attack on our sovereignty."

And the Velmoran navy will stand behind the Coastal Guard.`);
  assert.match(rated(lines, "And the Velmoran navy"), /-> not-found/);
  // A headline in title case has names for words, and still says what the quote says.
  const headline = ratings(`Dockside Bombshell: Evidence of Bribery, Extortion, Kickbacks and Fraud!

The Harbour Ledger has learned that the informant "has evidence of bribery, extortion, kickbacks and fraud at the harbour board," the paper reported.

The board has not replied.`);
  assert.match(rated(headline, "Dockside Bombshell"), /-> supported/);
});

test("a vague count does not tie a claim to a passage that holds the same word", () => {
  const lines = ratings(`Night flights

"The recording was handed to the Harbour Ledger by a lawyer who acts for several residents," the paper said.

A look at the airport's logs shows that a group of cargo jets left Kessel at 11:40 p.m., several of which seem to have crossed the estate where the noise was recorded.`);
  assert.doesNotMatch(rated(lines, "A look at the airport's logs"), /-> supported/);
});

test("a closing line that says where the article first appeared makes the paragraphs before it the author's", () => {
  const lines = ratings(`The quiet archive

Today, anyone can read the ministry's flood manual online.

That is why the ministry has to keep the rest of its flood records secret.

The ministry's cunning cover-up of the marsh drainage worked brilliantly.

Thanks to the ministry's decision to keep 90 percent of its flood records secret from the public, the ministry's cunning cover-up of the marsh drainage continues to work brilliantly today.

Reprinted with permission from The Fenland Review.

The Best of Tobias Wren`);
  assert.ok(!lines.some((l) => / -> supported/.test(l)), lines.join("\n"));
});

test("a sentence of a few words asked by its mark alone states nothing", () => {
  const lines = ratings(`Labels

"In sharing these posts, the councillor is supporting far-right activity," Ms Orme said.

That's "far right"?`);
  assert.ok(
    !lines.some((l) => l.startsWith('That\'s "far right"?') && / -> supported/.test(l)),
    lines.join("\n"),
  );
});

test('"had nothing to say about" reports a silence, which a passage that reports none does not contradict', () => {
  const lines = ratings(`Ban call

For Mara Quill, apparently "extremism" means "defence of Ostria and its values against militant terror."

Mara Quill had nothing to say about any of those militant preachers entering Ostria with no problem.`);
  assert.match(rated(lines, "Mara Quill had nothing"), /-> not-found/);
});

test("a denial in the passage of a thing the claim does not speak of contradicts nothing", () => {
  const lines = ratings("Bus lanes\n\nOn Monday the council approved the new bus lanes on Kessel Road.", [
    "Minutes\n\nThe council approved the new bus lanes on Kessel Road on Monday, although the mayor refused an interview with the Courier.",
  ]);
  assert.match(rated(lines, "On Monday the council approved"), /-> supported/);
});
