import assert from "node:assert/strict";
import { test } from "node:test";
import { claimRating as rating } from "../testing/helpers.js";

/**
 * Figures of one slot the quantity rule compares (issue #17, after held-outs 10, 11, 14 and 20): a
 * duration in another unit after the same word, a time of day after the same word, and two bounds
 * on opposite sides of one value. Invented articles and sources.
 */

const STRIKE = `Ferry strike

Crews on the Orrin Sound ferry walked out on Monday. The last strike on the route, in 2021, lasted eleven days.`;

test("a duration in another unit is compared with one after the same content word", () => {
  const article = (span: string) => `Ferry\n\nThe last strike on the route, in 2021, lasted ${span}.`;
  assert.equal(
    rating(article("more than two weeks"), [STRIKE], "The last strike"),
    "contradicted [quantity]",
  );
  assert.equal(rating(article("almost two weeks"), [STRIKE], "The last strike"), "supported [match]");
  assert.equal(rating(article("more than a week"), [STRIKE], "The last strike"), "supported [match]");
});

const CONSULTATION = `Quarry

A public consultation on the Brackwell quarry extension ran for eight weeks and drew 230 responses.`;

test("after a bare preposition, a duration is compared only when the word before it is the same", () => {
  assert.equal(
    rating(
      "Quarry\n\nThe consultation on the Brackwell quarry extension ran for eight months.",
      [CONSULTATION],
      "The consultation",
    ),
    "contradicted [quantity]",
  );
  assert.equal(
    rating(
      "Quarry\n\nThe consultation on the Brackwell quarry extension ran for two months.",
      [CONSULTATION],
      "The consultation",
    ),
    "supported [match]",
  );
  // "for eight months" against "ran for eight weeks": no word before the preposition in common,
  // so the two may time different things.
  assert.equal(
    rating(
      "Quarry\n\nThe Brackwell quarry extension drew 230 consultation responses over eight months.",
      [CONSULTATION],
      "The Brackwell",
    ),
    "supported [match]",
  );
});

const LIBRARY = `Library hours

The Tollgate library is extending its opening hours until 7pm on weekdays from next month, the council said.`;

test("a time of day is compared with one after the same word", () => {
  const article = (time: string) =>
    `Library\n\nThe Tollgate library will stay open until ${time} on weekdays.`;
  assert.equal(rating(article("8pm"), [LIBRARY], "The Tollgate"), "contradicted [quantity]");
  assert.equal(rating(article("7pm"), [LIBRARY], "The Tollgate"), "supported [match]");
  // "from 8pm" and "until 7pm" time two ends of the day's hours.
  assert.notEqual(
    rating(
      "Library\n\nThe Tollgate library will hold talks from 8pm on weekdays.",
      [LIBRARY],
      "The Tollgate",
    ),
    "contradicted [quantity]",
  );
});

test("a figure short of a value and one past it do not agree", () => {
  const objections = `Tower\n\nMore than 400 residents objected to the Corran Street tower, mainly over its height.`;
  const article = (figure: string) => `Tower\n\n${figure} residents objected to the Corran Street tower.`;
  assert.equal(rating(article("Almost 400"), [objections], "Almost"), "contradicted [quantity]");
  assert.equal(rating(article("Under 400"), [objections], "Under"), "contradicted [quantity]");
  assert.equal(rating(article("Over 400"), [objections], "Over"), "supported [match]");
  const debate = `Vote\n\nThe cuts were approved by 28 votes to 19 after a debate lasting almost three hours.`;
  assert.equal(
    rating("Vote\n\nThe cuts were approved after more than three hours of debate.", [debate], "The cuts"),
    "contradicted [quantity]",
  );
});

test("an approximate bound's slack stops at its bound, and reaches below it", () => {
  const cost = (figure: string) =>
    `Bridge\n\nThe repairs to the Alder footbridge will cost ${figure}, the council said.`;
  const article = (figure: string) => `Bridge\n\nRepairs to the Alder footbridge will cost ${figure}.`;
  assert.equal(rating(article("almost £6 million"), [cost("£5.7 million")], "Repairs"), "supported [match]");
  assert.equal(
    rating(article("almost £6 million"), [cost("£6.3 million")], "Repairs"),
    "contradicted [quantity]",
  );
  assert.equal(rating(article("more than £400,000"), [cost("£420,000")], "Repairs"), "supported [match]");
});
