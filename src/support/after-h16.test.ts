import assert from "node:assert/strict";
import { test } from "node:test";
import { claimRating as rating } from "../testing/helpers.js";

/**
 * Rating rules read off held-out 16 (issue #17): a part a writer works out from a whole and the
 * other part, alternatives both sentences set aside, a bound against an estimate, and a time of
 * day. Invented articles and sources.
 */

const FERRY = `Ferry timetable

Running a winter service will cost an extra £2.3 million a year, bringing the operator's annual costs to £9.8 million.`;

test("the other part of a whole the source gives with one part is no contradiction; a part they do not make still is", () => {
  const article = (figure: string) =>
    `Ferry\n\nA winter service will add £2.3 million a year to annual costs of ${figure}.`;
  // £9.8 million less £2.3 million is £7.5 million.
  assert.equal(rating(article("about £7.5 million"), [FERRY], "A winter service"), "supported [match]");
  assert.equal(rating(article("about £5 million"), [FERRY], "A winter service"), "contradicted [quantity]");
});

test("a whole and a part the claim names against the whole and another part of the source is still read", () => {
  const source = `Library rebuild

The £12 million rebuild of the Orme Street library is part-funded by a £4 million grant from the arts council.`;
  // £12 million less £4 million is £8 million, but the claim puts the £8 million on the arts council.
  assert.equal(
    rating(
      "Library\n\nThe library is being rebuilt in a £12 million scheme of which the arts council is paying £8 million.",
      [source],
      "The library",
    ),
    "contradicted [quantity]",
  );
});

test("an alternative both sentences set aside ('instead of', 'in place of') denies nothing; another one still does", () => {
  const source = `Tram survey

In a survey of 800 season-ticket holders, 40 percent said they took the tram in place of a car journey at least once a week.`;
  assert.doesNotMatch(
    rating(
      "Trams\n\nTwo in five season-ticket holders said they took the tram instead of the car at least once a week.",
      [source],
      "Two in five",
    ),
    /contradicted/,
  );
  // The claim sets aside the tram, which the source says they took.
  assert.equal(
    rating(
      "Trams\n\nTwo in five season-ticket holders said they took the car instead of the tram at least once a week.",
      [source],
      "Two in five",
    ),
    "contradicted [negation]",
  );
});

test("a claim that bounds an estimated figure keeps the estimate", () => {
  const source = `Pavilion repairs

Repairing the cricket pavilion is estimated to cost £64,000; the club has asked the parish council for help.`;
  assert.equal(
    rating("Pavilion\n\nRepairing the pavilion would cost less than £100,000.", [source], "Repairing"),
    "supported [match]",
  );
});

test("a time of day counts nothing, so it is no figure against a count", () => {
  const source = `Late buses

The depot manager said hospital shifts do not end at six o'clock, and a later bus would help the staff.`;
  assert.doesNotMatch(
    rating(
      "Buses\n\nThe depot manager said a later bus would help dozens of hospital staff.",
      [source],
      "The depot manager",
    ),
    /contradicted/,
  );
});

test("a difference the claim adds is read against the passage and the sentence beside it in its paragraph", () => {
  const source = `Play areas

Dunmere council will open 14 new play areas this year, funded by a £300,000 grant. Last year it opened 9 play areas.`;
  const article = (figure: string) =>
    `Play\n\nDunmere council will open 14 new play areas this year, ${figure} more than last year.`;
  // 14 less 9 is five; a difference of eight the two sentences do not make is still not found.
  assert.match(rating(article("five"), [source], "Dunmere council"), /^supported/);
  assert.doesNotMatch(rating(article("eight"), [source], "Dunmere council"), /^supported/);
});
