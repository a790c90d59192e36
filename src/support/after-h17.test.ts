import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { claimRating as rating } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";

/**
 * Rating rules read off held-out 17 (issue #17): a figure's clause, a rate's period, the noun of a
 * negated verb, an inability, a forecast cost, a change as a share of a move, a stage planned, and
 * jobs at risk. Invented articles and sources.
 */

/** Each claim of the sentence opening with `opening`, as `status [rule]`, in order. */
function unitRatings(article: string, sources: string[], opening: string): string[] {
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: sources.map((s, i) => createDocument(s, { id: `source-${i}` })) });
  const c = report.claims.find((x) => a.text.slice(x.start, x.end).startsWith(opening));
  if (!c?.support) throw new Error(`no rated claim opens with: ${opening}`);
  return (c.support.units ?? [c.support]).map((u) => `${u.status} [${u.rule}]`);
}

const MILLS = `Harlow Mills results

Harlow Mills reported an operating profit of £18 million in 2025, down from £20 million in 2024. Revenue rose 5 percent to £96 million over the same period.`;

test("a figure after ', even as' is its own clause's, and 'climbed past' bounds it", () => {
  const article = (figure: string) =>
    `Mills\n\nOperating profit fell by about a tenth in 2025, even as revenue climbed past ${figure}.`;
  assert.deepEqual(unitRatings(article("£90 million"), [MILLS], "Operating profit"), [
    "supported [match]",
    "supported [match]",
  ]);
  assert.equal(rating(article("£100 million"), [MILLS], "Operating profit"), "contradicted [quantity]");
  // "the past 12 months" is no bound.
  assert.equal(
    rating("Mills\n\nRevenue over the past 12 months reached £96 million.", [MILLS], "Revenue"),
    "supported [match]",
  );
});

const DAIRY = `Dairy

The Fenwick dairy, which opened in 1990, bottles around 36 million litres of milk a year.`;

test("a rate over another period a year holds a fixed number of is read over the claim's", () => {
  const article = (figure: string) => `Dairy\n\nThe Fenwick dairy bottles some ${figure} a month.`;
  assert.equal(rating(article("36 million litres"), [DAIRY], "The Fenwick"), "contradicted [quantity]");
  assert.equal(rating(article("3 million litres"), [DAIRY], "The Fenwick"), "supported [match]");
});

test("a main clause that meets its passage only with the other clause's words is read whole with its own figures", () => {
  const article =
    "Dairy\n\nThe Fenwick dairy has been bottling milk for more than three decades, filling some 36 million litres a month.";
  assert.deepEqual(unitRatings(article, [DAIRY], "The Fenwick"), [
    "supported [match]",
    "contradicted [quantity]",
  ]);
});

test("a negated noun denies the verb it is made of, and the verb its noun", () => {
  const planning = `Bridge inquiry

The planning inspector has raised no objection to the footbridge, although she asks for wider ramps.`;
  assert.equal(
    rating("Bridge\n\nThe planning inspector objected to the footbridge.", [planning], "The planning"),
    "contradicted [negation]",
  );
  assert.equal(
    rating("Bridge\n\nThe planning inspector did not object to the footbridge.", [planning], "The planning"),
    "supported [match]",
  );
  const port = `Port talks

The ferry company is in talks with the port about a new berth, but no agreement has been reached.`;
  assert.equal(
    rating("Port\n\nThe ferry company and the port have agreed on a new berth.", [port], "The ferry"),
    "contradicted [negation]",
  );
});

test("'could not' before an object states an inability, no hedge; before 'whether' it still leaves open", () => {
  const hall = `Hall repairs

The trust said the hall needed £4 million of repairs that it could not justify.`;
  assert.equal(
    rating(
      "Hall\n\nThe trust said repairing the hall would cost £4 million, more than it was worth spending.",
      [hall],
      "The trust",
    ),
    "supported [match]",
  );
  const unsure = `Hall repairs

The trust said it could not say whether the hall needed £4 million of repairs.`;
  assert.equal(
    rating("Hall\n\nThe hall needs £4 million of repairs, the trust said.", [unsure], "The hall"),
    "overreach [hedge]",
  );
});

test("a cost a source expects is an estimate, kept by an approximate figure and not by an exact one", () => {
  const pool = `New pool

The new pool is expected to cost £14.6 million and will open in 2028.`;
  assert.equal(
    rating("Pool\n\nThe new pool will cost just under £15 million.", [pool], "The new pool"),
    "supported [match]",
  );
  assert.equal(
    rating("Pool\n\nThe new pool will cost £14.6 million.", [pool], "The new pool"),
    "overreach [hedge]",
  );
});

test("a change given as a share is read against the two ends of the source's one move", () => {
  const scheme = `Revised plans

We have listened to residents and reduced the scheme from 300 homes to 270.`;
  assert.equal(
    rating(
      "Homes\n\nThe developer says it cut the scheme by a quarter after talks with residents.",
      [scheme],
      "The developer",
    ),
    "contradicted [quantity]",
  );
  assert.equal(
    rating(
      "Homes\n\nThe developer says it cut the scheme by a tenth after talks with residents.",
      [scheme],
      "The developer",
    ),
    "supported [match]",
  );
});

test("a share more than a year ago agrees with a level and the difference the source marks", () => {
  const wardens = `Warden numbers

The service had 330 wardens at the end of 2025, 30 more than a year earlier.`;
  const article = (share: string) =>
    `Wardens\n\nThe service now has more than 300 wardens, around ${share} percent more than a year ago.`;
  assert.deepEqual(unitRatings(article("10"), [wardens], "The service"), [
    "supported [match]",
    "supported [match]",
  ]);
  assert.equal(unitRatings(article("25"), [wardens], "The service")[1], "not-found [no-passage]");
});

test("a stage under way against one only planned is a later stage; jobs at risk are not jobs lost", () => {
  const trial = `Trial

A second trial of 500 patients is planned for 2027.`;
  assert.equal(
    rating("Trial\n\nA second trial with 500 patients is already under way.", [trial], "A second trial"),
    "overreach [stage]",
  );
  const depot = `Depot

The closure of the depot puts 120 jobs at risk, the firm said.`;
  assert.equal(
    rating("Depot\n\nAll 120 staff at the depot will lose their jobs.", [depot], "All 120"),
    "overreach [hedge]",
  );
});
