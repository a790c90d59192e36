import assert from "node:assert/strict";
import { test } from "node:test";
import { claimRating as rating } from "../testing/helpers.js";

/**
 * A share against an amount and the part of it one party pays (issue #17, after held-out 18).
 * Invented articles and sources.
 */

const TURBINE = `Ashby wind turbine

The Ashby Energy Cooperative estimates the turbine will cost £12 million, of which £3 million would come from member shares.`;

const claim = (sentence: string) => `Turbine\n\n${sentence}`;

test("a share is read against the part of an amount that the party it names pays", () => {
  assert.equal(
    rating(claim("Member shares would cover about a third of the turbine."), [TURBINE], "Member shares"),
    "contradicted [quantity]",
  );
  assert.equal(
    rating(claim("Member shares would cover about a quarter of the turbine."), [TURBINE], "Member shares"),
    "supported [match]",
  );
  assert.equal(
    rating(
      claim("Member shares would cover about a third of the £12 million cost."),
      [TURBINE],
      "Member shares",
    ),
    "contradicted [quantity]",
  );
});

test("a share of a party the part's clause does not name is not read against it", () => {
  assert.notEqual(
    rating(claim("Bank loans would cover about a third of the turbine."), [TURBINE], "Bank loans"),
    "contradicted [quantity]",
  );
});

test("two amounts not joined as a whole and its part make no share", () => {
  const two = TURBINE.replace(", of which £3 million", ", and £3 million");
  assert.notEqual(
    rating(claim("Member shares would cover about a third of the turbine."), [two], "Member shares"),
    "contradicted [quantity]",
  );
});
