import assert from "node:assert/strict";
import { test } from "node:test";
import { createDocument } from "../text/document.js";
import { claimUnits } from "./clauses.js";

/** Each claim of the one sentence as `kind [its span] <- the words it is rated on`. */
function units(sentence: string): string[] {
  const doc = createDocument(sentence, { id: "a" });
  const { starts, ends } = doc.tokenStore;
  return claimUnits(doc, 0).map((u) => {
    const words = u.tokens.map(([a, b]) => doc.text.slice(starts[a], ends[b - 1])).join(" | ");
    return `${u.kind} [${doc.text.slice(u.start, u.end)}] <- ${words}`;
  });
}

test("a participial clause about the subject is a claim of its own, rated with the subject", () => {
  assert.deepEqual(units("The ferry service, launched in 2015, now carries 4,000 passengers a day."), [
    "main [The ferry service, launched in 2015, now carries 4,000 passengers a day.] <- The ferry service | now carries 4,000 passengers a day.",
    "participial [launched in 2015] <- The ferry service | launched in 2015",
  ]);
});

test("a non-restrictive relative clause is a claim about the thing it follows", () => {
  assert.deepEqual(units("Mara Quist, who runs nine bakeries in Lisswick, has not paid the rent."), [
    "main [Mara Quist, who runs nine bakeries in Lisswick, has not paid the rent.] <- Mara Quist | has not paid the rent.",
    "relative [who runs nine bakeries in Lisswick] <- Mara Quist | who runs nine bakeries in Lisswick",
  ]);
  // At the end of a sentence, "which" is about the clause before it: rated on its own words.
  assert.deepEqual(units("Bus fares rise above inflation every year, which proves nothing at all."), [
    "main [Bus fares rise above inflation every year] <- Bus fares rise above inflation every year",
    "relative [which proves nothing at all.] <- which proves nothing at all.",
  ]);
  // A name right before the comma is what a clause at the end is about.
  assert.deepEqual(units("The grant went to the Kessel Harbour Trust, which was founded in 1990."), [
    "main [The grant went to the Kessel Harbour Trust] <- The grant went to the Kessel Harbour Trust",
    "relative [which was founded in 1990.] <- Kessel Harbour Trust | which was founded in 1990.",
  ]);
});

test("coordinated independent clauses are two claims; each span starts at its conjunction", () => {
  assert.deepEqual(units("The bridge closed in March, and the council has promised a new one."), [
    "main [The bridge closed in March] <- The bridge closed in March",
    "coordinate [and the council has promised a new one.] <- the council has promised a new one.",
  ]);
  assert.deepEqual(units("Thefts in the north went up, from 40 to 52, while thefts in the south fell."), [
    "main [Thefts in the north went up, from 40 to 52] <- Thefts in the north went up, from 40 to 52",
    "coordinate [while thefts in the south fell.] <- thefts in the south fell.",
  ]);
});

test("a coordinated clause whose subject opens on a quantity word is a claim of its own", () => {
  assert.deepEqual(
    units("The fair sold 4,000 tickets last year, and more than half of them were sold online."),
    [
      "main [The fair sold 4,000 tickets last year] <- The fair sold 4,000 tickets last year",
      "coordinate [and more than half of them were sold online.] <- more than half of them were sold online.",
    ],
  );
  // With no predicate of its own, "more" goes on with the clause before it.
  assert.equal(
    units("The fair sold 4,000 tickets last year, and more than in any year since 1990.").length,
    1,
  );
});

test("a coordinated verb with a 'that' clause of its own is a second claim of the same subject", () => {
  assert.deepEqual(
    units("The auditors praised the new rota, and found that overtime had been cut by a third."),
    [
      "main [The auditors praised the new rota] <- The auditors praised the new rota",
      "coordinate [and found that overtime had been cut by a third.] <- found that overtime had been cut by a third.",
    ],
  );
  const one = (s: string) => assert.equal(units(s).length, 1, units(s).join("\n"));
  // "…, and then fell" opens on no verb, and an auxiliary before a pronoun asks.
  one("Ticket sales rose in May, and then fell in June.");
  one("The board had met twice, and was that not enough?");
  // A verb phrase of its own after ", and" is a second claim of the same subject.
  assert.deepEqual(units("The lock was repaired in May, and checked again in June."), [
    "main [The lock was repaired in May] <- The lock was repaired in May",
    "coordinate [and checked again in June.] <- The lock | checked again in June.",
  ]);
});

test("an apposition of the thing's present state is a claim about it", () => {
  assert.deepEqual(units("The mill, now the largest employer in the valley, will close in June."), [
    "main [The mill, now the largest employer in the valley, will close in June.] <- The mill | will close in June.",
    "apposition [now the largest employer in the valley] <- The mill | now the largest employer in the valley",
  ]);
});

test("a trailing phrase that adds a figure or a date of its own is an adjunct claim", () => {
  assert.deepEqual(units("Members are being sent to the Orrin depot instead, forty miles away."), [
    "main [Members are being sent to the Orrin depot instead] <- Members are being sent to the Orrin depot instead",
    "adjunct [forty miles away.] <- forty miles away.",
  ]);
  assert.deepEqual(units("The ferry opened in 2019, a year after the council approved it."), [
    "main [The ferry opened in 2019] <- The ferry opened in 2019",
    "adjunct [a year after the council approved it.] <- a year after the council approved it.",
  ]);
  // The other end of a change, with the attribution after it kept with the clause.
  assert.deepEqual(units("Thefts rose to 19 last year, up from 12 in 2022, the police said."), [
    "main [Thefts rose to 19 last year, up from 12 in 2022, the police said.] <- Thefts rose to 19 last year | the police said.",
    "adjunct [up from 12 in 2022] <- up from 12 in 2022",
  ]);
  // With no comma: a dated phrase with no predicate of its own after the clause's predicate.
  assert.deepEqual(units("The quay wall collapsed in one night after gales in March 2021."), [
    "main [The quay wall collapsed in one night] <- The quay wall collapsed in one night",
    "adjunct [after gales in March 2021.] <- after gales in March 2021.",
  ]);
  // A difference from another figure, after the clause's predicate.
  assert.deepEqual(
    units("The ferry carried 41,000 cars last summer, roughly 6,000 more than the summer before."),
    [
      "main [The ferry carried 41,000 cars last summer] <- The ferry carried 41,000 cars last summer",
      "adjunct [roughly 6,000 more than the summer before.] <- roughly 6,000 more than the summer before.",
    ],
  );
  assert.deepEqual(
    units("Patients waited 48 minutes on average, almost ten minutes longer than the target allows."),
    [
      "main [Patients waited 48 minutes on average] <- Patients waited 48 minutes on average",
      "adjunct [almost ten minutes longer than the target allows.] <- almost ten minutes longer than the target allows.",
    ],
  );
  const one = (s: string) => assert.equal(units(s).length, 1, units(s).join("\n"));
  // No date in the phrase, a phrase with its own predicate, the verb "may", a quotation.
  one("The plant closed after protests in the town.");
  one("Sales collapsed after a wet July held up the harvest.");
  one("Sales fell sharply after the May elections.");
  one('The sign read: "The quay wall collapsed in one night after gales in March 2021."');
  // Before the predicate, a figure phrase is no adjunct of a clause.
  one("The depot, forty miles away, closed.");
  // A comparison with no figure of its own, or no "than", is no difference.
  one("The ferry carried 41,000 cars last summer, many more than the town can park.");
  one("The ferry carried 41,000 cars last summer, roughly 6,000 more in August alone.");
});

test("a trailing share, restated figure, duration or change by an amount is an adjunct claim", () => {
  // A share of a whole: the passage may give the clause's figure and not the whole it is part of.
  assert.deepEqual(
    units("Pellow Grammar has lost 38 pupils in four years, more than a quarter of its roll."),
    [
      "main [Pellow Grammar has lost 38 pupils in four years] <- Pellow Grammar has lost 38 pupils in four years",
      "adjunct [more than a quarter of its roll.] <- more than a quarter of its roll.",
    ],
  );
  assert.deepEqual(
    units("Walkers logged 9,400 visits in the first year, fewer than two-thirds of what was forecast."),
    [
      "main [Walkers logged 9,400 visits in the first year] <- Walkers logged 9,400 visits in the first year",
      "adjunct [fewer than two-thirds of what was forecast.] <- fewer than two-thirds of what was forecast.",
    ],
  );
  // The clause's figure said again in other terms.
  assert.deepEqual(units("The depot is designed to sort 36,000 parcels a week, or roughly 5,000 a day."), [
    "main [The depot is designed to sort 36,000 parcels a week] <- The depot is designed to sort 36,000 parcels a week",
    "adjunct [or roughly 5,000 a day.] <- or roughly 5,000 a day.",
  ]);
  // How long something took, after a dated preposition.
  assert.deepEqual(
    units("Governors backed the merger by nine votes to four, after almost three hours of debate."),
    [
      "main [Governors backed the merger by nine votes to four] <- Governors backed the merger by nine votes to four",
      "adjunct [after almost three hours of debate.] <- after almost three hours of debate.",
    ],
  );
  // A change by an amount, as a change from another level.
  assert.deepEqual(units("The ward has treated 2,100 patients this year, up by a fifth on last year."), [
    "main [The ward has treated 2,100 patients this year] <- The ward has treated 2,100 patients this year",
    "adjunct [up by a fifth on last year.] <- up by a fifth on last year.",
  ]);
  // A bound before a difference, as an approximator is.
  assert.deepEqual(
    units("A season ticket will cost £240, more than a third less than the £390 fans pay now."),
    [
      "main [A season ticket will cost £240] <- A season ticket will cost £240",
      "adjunct [more than a third less than the £390 fans pay now.] <- more than a third less than the £390 fans pay now.",
    ],
  );
  const one = (s: string) => assert.equal(units(s).length, 1, units(s).join("\n"));
  // "or" before an article offers another thing, no figure; "after" before no duration dates nothing.
  one("Visitors are told to walk on to the harbour, or a taxi at their own expense.");
  one("Governors backed the merger by nine votes to four, after a long debate.");
  // Before the clause's predicate, a share is no adjunct.
  one("More than a third of its roll, 38 pupils, left.");
});

test("a clause with no subject or predicate of its own, and a quotation, stay with their sentence", () => {
  const one = (s: string) => assert.equal(units(s).length, 1, units(s).join("\n"));
  // A shared subject: "then fell" says nothing alone.
  one("Ticket sales rose in May, and then fell in June.");
  // No predicate and no figure: the "with" phrase qualifies the clause before it.
  one("The summer was the driest on record, with rainfall well below normal.");
  // Nothing inside a quotation is split.
  one('The notice read: "The pool closed in March, and the council has promised a new one."');
  // A figure's commas are inside the figure.
  one("The fund grew from 1,200,000 euros to 1,500,000 euros.");
  // A reporting verb opens an attribution, not a participial clause.
  one("The figures, said the minister, were published in May.");
  // Too short to be a claim of its own.
  one("The plan, approved, will cost 4 million euros.");
});

test("every claim's span is inside its sentence and its words are the sentence's", () => {
  const text =
    "The ferry service, launched in 2015, now carries 4,000 passengers a day, and the trust has ordered a second boat.";
  const doc = createDocument(text, { id: "a" });
  const s = doc.sentences[0];
  const found = claimUnits(doc, 0);
  assert.equal(found.length, 3);
  for (const u of found) {
    assert.ok(s.start <= u.start && u.end <= s.end && u.start < u.end);
    for (const [a, b] of u.tokens) assert.ok(s.tokenStart <= a && a < b && b <= s.tokenEnd);
  }
});

test("a trailing comment, participle or absolute phrase after the predicate is a claim of its own", () => {
  assert.deepEqual(
    units("Ferry fares rose by a third in one year, a jump that shocked nobody in Lisswick."),
    [
      "main [Ferry fares rose by a third in one year] <- Ferry fares rose by a third in one year",
      "apposition [a jump that shocked nobody in Lisswick.] <- a jump that shocked nobody in Lisswick.",
    ],
  );
  assert.deepEqual(
    units("Surveyors mapped the old harbour wall last spring, using boats at 12 fixed points."),
    [
      "main [Surveyors mapped the old harbour wall last spring] <- Surveyors mapped the old harbour wall last spring",
      "participial [using boats at 12 fixed points.] <- Surveyors | using boats at 12 fixed points.",
    ],
  );
  assert.deepEqual(
    units(
      "The Lisswick ferry came last in the tables, with fewer than two in three of its sailings on time.",
    ),
    [
      "main [The Lisswick ferry came last in the tables] <- The Lisswick ferry came last in the tables",
      "participial [with fewer than two in three of its sailings on time.] <- The Lisswick ferry | with fewer than two in three of its sailings on time.",
    ],
  );
  // A fronted participle has no subject before its comma, an "-ing" subject opens a clause, a
  // preposition in "-ing" opens no phrase, and "with" and no figure is a plain adjunct.
  for (const one of [
    "Rolled out across the harbour, metering will cut water use by a tenth.",
    "The trust sold four boats, including the old harbour tug.",
    "The trust opened the new quay, with the mayor and the harbour master.",
    "The old quay is, in fact, a listed structure.",
  ])
    assert.equal(units(one).length, 1, one);
});

test("a verb phrase coordinated with no comma is a claim of its own, rated with the shared subject", () => {
  assert.deepEqual(units("The harbour trust scrapped the mooring fee and doubled the repair grant."), [
    "main [The harbour trust scrapped the mooring fee] <- The harbour trust scrapped the mooring fee",
    "coordinate [doubled the repair grant.] <- The harbour trust | doubled the repair grant.",
  ]);
  // One word on either side keeps the sentence whole.
  assert.equal(units("Ferry fares rose and fell sharply.").length, 1);
});

test("a second predicate of the same subject after 'and' and a finite auxiliary is a claim of its own", () => {
  assert.deepEqual(units("Tenants will not have to sign new leases and will keep their current rent."), [
    "main [Tenants will not have to sign new leases] <- Tenants will not have to sign new leases",
    "coordinate [will keep their current rent.] <- Tenants | will keep their current rent.",
  ]);
  assert.deepEqual(units("The harbour trust closed the quay and was fined for it."), [
    "main [The harbour trust closed the quay] <- The harbour trust closed the quay",
    "coordinate [was fined for it.] <- The harbour trust | was fined for it.",
  ]);
  // Not a list of nouns before one predicate, not a predicate that ends before "and" and shares
  // what follows, not a non-finite "be", not a question, not a relative clause's second predicate.
  for (const one of [
    "Fares for adults and children have risen by a fifth.",
    "The mill has been and will remain the largest employer in Brede.",
    "The new quay will open in May and be dredged every spring.",
    "The trust closed the quay and was that the right call?",
    "Families who have paid the levy and will pay it again get a refund.",
  ])
    assert.equal(units(one).length, 1, one);
});

test("a clause after ', but' is a claim of its own even where the rules see no verb before it", () => {
  // "blame" is a verb the rules cannot see; the clause after ", but" has a subject and a predicate.
  assert.deepEqual(
    units(
      "The harbour engineers blame the tides far more than the dredging, but the trust would rather sue the dredger.",
    ),
    [
      "main [The harbour engineers blame the tides far more than the dredging] <- The harbour engineers blame the tides far more than the dredging",
      "coordinate [but the trust would rather sue the dredger.] <- the trust would rather sue the dredger.",
    ],
  );
  // "but" inside a clause joins no two claims: "not only … but also", "all but", "but for"; nor
  // does one before a phrase with no subject of its own, or after a side that opens on no subject.
  for (const one of [
    "The levy not only paid for the quay, but also for the new slipway at Brede.",
    "The quay would have opened in May, but for the storms that flooded it in April.",
    "The harbour engineers blame the tides, but not the dredging of the channel.",
    "Harbour engineers in Brede, but the trust would rather sue the dredger.",
  ])
    assert.equal(units(one).length, 1, one);
});

test("the other end of a change written after its new level is an adjunct", () => {
  assert.deepEqual(units("Ferry delays fell to 3.1 percent of sailings from 4.4 percent a year earlier."), [
    "main [Ferry delays fell to 3.1 percent of sailings] <- Ferry delays fell to 3.1 percent of sailings",
    "adjunct [from 4.4 percent a year earlier.] <- from 4.4 percent a year earlier.",
  ]);
});

test("a conclusion drawn after ', so' is a claim of its own; 'so' with no clause after it is not", () => {
  assert.deepEqual(units("Lab checks found no lead in the pipes, so the water is safe to drink."), [
    "main [Lab checks found no lead in the pipes] <- Lab checks found no lead in the pipes",
    "coordinate [so the water is safe to drink.] <- the water is safe to drink.",
  ]);
  assert.equal(units("Ticket sales have held up, so far at least.").length, 1);
});

test("a trailing part of what the clause counts is a claim of its own, read with the clause", () => {
  assert.deepEqual(units("About 300 tenants are waiting for repairs, all of them in the Dockside blocks."), [
    "main [About 300 tenants are waiting for repairs] <- About 300 tenants are waiting for repairs",
    "apposition [all of them in the Dockside blocks.] <- About 300 tenants are waiting for repairs | all of them in the Dockside blocks.",
  ]);
  assert.deepEqual(units("The trust will build 90 flats on the quay, only a third of them for rent."), [
    "main [The trust will build 90 flats on the quay] <- The trust will build 90 flats on the quay",
    "apposition [only a third of them for rent.] <- The trust will build 90 flats on the quay | only a third of them for rent.",
  ]);
  // "of" with no partitive after it is no part ("…, most in the first year" names no set).
  assert.equal(units("The trust received 40 complaints, most in the first year.").length, 1);
});

test("an apposition between the subject and its predicate is a claim about the subject", () => {
  assert.deepEqual(units("Kessel Quay, the oldest of the three, will close to ferries in 2029."), [
    "main [Kessel Quay, the oldest of the three, will close to ferries in 2029.] <- Kessel Quay | will close to ferries in 2029.",
    "apposition [the oldest of the three] <- Kessel Quay | the oldest of the three",
  ]);
  // Items of a list are no apposition: no predicate follows the second comma.
  assert.equal(units("Kessel Quay, the ferry pier, and the slipway will close in 2029.").length, 1);
});

test("an author's clause with a present-tense verb, a number or a focus word before its subject is a claim of its own", () => {
  // "employ" and "says" are predicates the "-ed" test cannot see; "two" counts the subject.
  assert.deepEqual(
    units("The 40 trawlers landed £12 million of cod, and the town's smokehouses employ about 90 people."),
    [
      "main [The 40 trawlers landed £12 million of cod] <- The 40 trawlers landed £12 million of cod",
      "coordinate [and the town's smokehouses employ about 90 people.] <- the town's smokehouses employ about 90 people.",
    ],
  );
  assert.deepEqual(
    units("The depot warned that 60 posts would go, and two hauliers have already left the site."),
    [
      "main [The depot warned that 60 posts would go] <- The depot warned that 60 posts would go",
      "coordinate [and two hauliers have already left the site.] <- two hauliers have already left the site.",
    ],
  );
  assert.deepEqual(
    units("The fund will back 300 farms, and only growers in the upland parishes are eligible."),
    [
      "main [The fund will back 300 farms] <- The fund will back 300 farms",
      "coordinate [and only growers in the upland parishes are eligible.] <- only growers in the upland parishes are eligible.",
    ],
  );
});

test("a verb phrase after ', and' or ', then' is a claim of its own, rated with the subject it shares", () => {
  assert.deepEqual(
    units(
      "The inspectorate has fined the dairy over the spill, and has found that it hid two earlier leaks.",
    ),
    [
      "main [The inspectorate has fined the dairy over the spill] <- The inspectorate has fined the dairy over the spill",
      "coordinate [and has found that it hid two earlier leaks.] <- The inspectorate | has found that it hid two earlier leaks.",
    ],
  );
  assert.deepEqual(
    units("Mr Orrin admitted that the survey had slipped, then promised that it would finish in May."),
    [
      "main [Mr Orrin admitted that the survey had slipped] <- Mr Orrin admitted that the survey had slipped",
      "coordinate [then promised that it would finish in May.] <- Mr Orrin | promised that it would finish in May.",
    ],
  );
  // "…, and then fell" has too few words of its own to say anything alone.
  assert.equal(units("Ticket sales rose in March, and then fell.").length, 1);
});

test("a clause with a subject of its own after 'and' with no comma is a claim of its own", () => {
  assert.deepEqual(
    units("About half of the strays went back to their owners and most of the others were rehomed."),
    [
      "main [About half of the strays went back to their owners] <- About half of the strays went back to their owners",
      "coordinate [most of the others were rehomed.] <- most of the others were rehomed.",
    ],
  );
  // Inside what "said" or "found" takes with no "that", "the mayor" has no predicate of its own.
  assert.equal(units("He said the mayor and the council had agreed on the budget.").length, 1);
  // Two subjects of one predicate.
  assert.equal(units("The mayor and the council have agreed on the budget.").length, 1);
});

test("a subordinate clause after a comma is a claim of its own; one that ends on its verb is not", () => {
  assert.deepEqual(units("The lido will close for the winter, after the trust lost its grant in June."), [
    "main [The lido will close for the winter] <- The lido will close for the winter",
    "coordinate [after the trust lost its grant in June.] <- the trust lost its grant in June.",
  ]);
  assert.deepEqual(
    units("The inspector backed the new tip, as the district has had no landfill since 2021."),
    [
      "main [The inspector backed the new tip] <- The inspector backed the new tip",
      "coordinate [as the district has had no landfill since 2021.] <- the district has had no landfill since 2021.",
    ],
  );
  assert.equal(units("Turnout fell by a third, as the council had expected.").length, 1);
  assert.equal(units("The bakery sells bread, as well as cakes were sold at the fair.").length, 1);
});
