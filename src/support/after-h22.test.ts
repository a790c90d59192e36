import assert from "node:assert/strict";
import { test } from "node:test";
import { claimRating as rating } from "../testing/helpers.js";

/**
 * Figures and negations read otherwise after held-out 22 was read (issue #17): a range's first end
 * given per the period after its other end, a rate's period found after its own figure, a fraction
 * whose numerator the claims layer reads as a count, a change restated by the sentence after it,
 * and a negator that sets the earliest time of an act. Invented articles and sources.
 */

const PERMITS = `Harbour car park

Season tickets at the Pelling harbour car park will rise from £24 to £27 a month from June, the port authority said.`;

test("both ends of a range are given per the period after the second", () => {
  assert.equal(
    rating(
      "Parking\n\nSeason tickets at the Pelling harbour car park will cost £24 a year.",
      [PERMITS],
      "Season",
    ),
    "contradicted [quantity]",
  );
  assert.equal(
    rating(
      "Parking\n\nSeason ticket holders at the Pelling harbour car park face a rise of £36 a year from June.",
      [PERMITS],
      "Season",
    ),
    "supported [match]",
  );
});

const LEAKS = `Water losses

Orlby Water said it was losing about 95 million litres a day through leaks, down from 120 million litres a day in 2020.`;

test("a rate's period is the one after its own figure, not after an earlier figure's noun", () => {
  // 95 million litres a day is some 2.9 billion a month: the month's figure is no day's.
  assert.equal(
    rating(
      "Leaks\n\nOrlby Water loses 95 million litres of water a day through leaks, or more than 2 billion litres a month.",
      [LEAKS],
      "Orlby Water",
    ),
    "supported [match]",
  );
});

const RAIN = `Dry spring

Rainfall in the county between April and July was 58 percent of the long-term average, the weather service said.`;

test("a fraction written in two words is the claim's figure, not its numerator", () => {
  assert.equal(
    rating(
      "Drought\n\nThe county had less than two thirds of its usual rainfall between April and July.",
      [RAIN],
      "The county",
    ),
    "supported [match]",
  );
  assert.equal(
    rating(
      "Drought\n\nThe county had less than a third of its usual rainfall between April and July.",
      [RAIN],
      "The county",
    ),
    "contradicted [quantity]",
  );
});

const WAITING = `Allotments report

The allotment waiting list in Brenfold stood at 1,200 names in May, compared with 750 names three years earlier.`;

test("a change the next sentence restates is read against the figures of the sentence before it", () => {
  const article = (change: string) =>
    `Allotments\n\nThe allotment waiting list in Brenfold has grown from 750 to 1,200 names in three years. ${change}`;
  assert.equal(
    rating(article("That is an increase of 450 names."), [WAITING], "That is"),
    "supported [match]",
  );
  assert.equal(
    rating(article("That is an increase of roughly three fifths."), [WAITING], "That is"),
    "supported [match]",
  );
  // Not the figures' difference: no passage says it, and nothing says otherwise.
  assert.equal(
    rating(article("That is an increase of 600 names."), [WAITING], "That is"),
    "not-found [no-passage]",
  );
});

test("a fall restated as a share is a share of where it started", () => {
  const source = `Clinic waits\n\nThe median wait at the Hollin clinic fell from 40 weeks to 30 weeks over the year.`;
  const article = (change: string) =>
    `Waits\n\nThe median wait at the Hollin clinic fell from 40 to 30 weeks over the year. ${change}`;
  assert.equal(rating(article("That is a cut of a quarter."), [source], "That is"), "supported [match]");
  // A rise from 30 would be a third; a fall from 40 is a quarter.
  assert.equal(rating(article("That is a cut of a third."), [source], "That is"), "not-found [no-passage]");
});

const BRIDGE = `Bridge works

The Carrow swing bridge is now expected to reopen in autumn 2028, a year later than planned.`;

test("a negator before a limit and a date sets the act's earliest time, and denies nothing", () => {
  assert.equal(
    rating(
      "Bridge\n\nThe Carrow swing bridge will not reopen before autumn 2028, the council has said.",
      [BRIDGE],
      "The Carrow",
    ),
    "overreach [hedge]",
  );
  const firm = BRIDGE.replace("is now expected to reopen", "will reopen");
  assert.equal(
    rating("Bridge\n\nThe Carrow swing bridge will not reopen before autumn 2028.", [firm], "The Carrow"),
    "supported [match]",
  );
  // A limit on an event, not a date, is still a negation.
  const never = `Bridge works\n\nThe Carrow swing bridge will reopen once the new deck is fitted.`;
  assert.notEqual(
    rating(
      "Bridge\n\nThe Carrow swing bridge will not reopen until the new deck is fitted.",
      [never],
      "The Carrow",
    ),
    "supported [match]",
  );
});

test("a negated 'at risk' is a certainty, no hedge", () => {
  const depot = `Depot review\n\nThe Fenwick depot is not at risk of closure, the company said.`;
  assert.equal(
    rating("Depot\n\nThe Fenwick depot is safe from closure.", [depot], "The Fenwick"),
    "supported [match]",
  );
  const risk = `Depot review\n\nThe Fenwick depot is at risk of closure, the company said.`;
  assert.equal(rating("Depot\n\nThe Fenwick depot will close.", [risk], "The Fenwick"), "overreach [hedge]");
});
