import assert from "node:assert/strict";
import { test } from "node:test";
import { claimRating as rating } from "../testing/helpers.js";

/**
 * A figure the source spreads over a span of time, against the claim's rate over a period (issue
 * #17, after held-outs 11, 19 and 21). Invented articles and sources.
 */

const PAY = `Tarn Ferries pay talks

Tarn Ferries said it had offered crews a pay rise of 6 percent over two years, which the union rejected.`;

const article = (span: string) => `Ferry pay\n\nTarn Ferries offered crews a pay rise of ${span}.`;

test("a share over a span is read over the claim's period", () => {
  assert.equal(rating(article("6 percent a year"), [PAY], "Tarn Ferries"), "contradicted [quantity]");
  assert.equal(rating(article("3 percent a year"), [PAY], "Tarn Ferries"), "supported [match]");
  assert.equal(rating(article("6 percent over two years"), [PAY], "Tarn Ferries"), "supported [match]");
});

const GRANT = `Lab grant

The Verrin Institute will receive 9.6 million euros over four years for its hydrogen laboratory.`;

test("an amount over a span agrees with the same amount a year, and not with the total a year", () => {
  const claim = (figure: string) =>
    `Lab\n\nThe Verrin Institute is receiving ${figure} a year for its hydrogen laboratory.`;
  assert.equal(rating(claim("2.4 million euros"), [GRANT], "The Verrin"), "supported [match]");
  assert.equal(rating(claim("9.6 million euros"), [GRANT], "The Verrin"), "contradicted [quantity]");
});

const LICENCE = `Landlord licensing

Landlords in Corbury would pay a fee of £500 per property for a five-year licence, the council said.`;

test("a span written as one word after 'for a' spreads the figure before it", () => {
  assert.equal(
    rating(
      "Licensing\n\nLandlords in Corbury would be charged £500 a year for every property.",
      [LICENCE],
      "Landlords",
    ),
    "contradicted [quantity]",
  );
});

test("a span after a bare 'for', or in another clause, spreads nothing", () => {
  // "6 percent for two years" may be 6 percent in each of them.
  const forTwo = PAY.replace("over two years", "for two years");
  assert.equal(rating(article("6 percent a year"), [forTwo], "Tarn Ferries"), "supported [match]");
  const otherClause = `Tarn Ferries pay talks

Tarn Ferries said it had offered crews a pay rise of 6 percent, and talks over two years had failed.`;
  assert.equal(rating(article("6 percent a year"), [otherClause], "Tarn Ferries"), "supported [match]");
});

test("a figure with a period of its own is not spread over the span after it", () => {
  const perYear = PAY.replace("6 percent over two years", "6 percent a year over two years");
  assert.equal(rating(article("6 percent a year"), [perYear], "Tarn Ferries"), "supported [match]");
});
