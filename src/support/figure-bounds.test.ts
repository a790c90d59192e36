import assert from "node:assert/strict";
import { test } from "node:test";
import { claimRating as rating } from "../testing/helpers.js";

/**
 * A claim whose only hedge bounds or rounds its figure states the rest as sure (issue #17, after
 * held-out 23 was read). Invented articles and sources.
 */

const SUPPLIERS = `Mill closure

Union official Dara Feld said the closure of the Kestle mill could affect up to 800 further jobs at local suppliers.`;

test("a modal the claim drops still hedges a claim that only bounds its figure", () => {
  assert.equal(
    rating("Kestle\n\nUp to 800 further jobs at local suppliers will be lost.", [SUPPLIERS], "Up to"),
    "overreach [hedge]",
  );
  assert.equal(
    rating("Kestle\n\nUp to 800 further jobs at local suppliers could be lost.", [SUPPLIERS], "Up to"),
    "supported [match]",
  );
});

test("a forecast of the figure is kept by a claim that rounds it", () => {
  assert.equal(
    rating(
      "Trains\n\nThe new timetable will add about 900 seats every weekday morning.",
      ["Timetable\n\nThe new timetable is expected to add around 900 seats each weekday morning."],
      "The new",
    ),
    "supported [match]",
  );
});

test("beside a claim's permission the passage's 'may' is a permission too", () => {
  assert.equal(
    rating(
      "Grants\n\nFirms can claim for up to three trainees.",
      ["Grants\n\nEach firm may claim for a maximum of three trainees."],
      "Firms",
    ),
    "supported [match]",
  );
});
