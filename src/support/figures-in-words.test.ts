import assert from "node:assert/strict";
import { test } from "node:test";
import { claimRating as rating } from "../testing/helpers.js";

/**
 * Figures and hedges written in words (issue #17, after held-out 22 was read): a multiplier verb is
 * a percent change, a span of time in words is that span, a difference after two sums is in their
 * currency, "fear that" and "not ruling out" hedge, and a deliberation hedges what it weighs, not
 * its meeting. Invented articles and sources.
 */

const HEATING = `Plant costs

Heating costs at the Brisk Lane depot have risen by 64 percent over three years, the operator said.`;

test("a multiplier verb is the percent change it states", () => {
  const article = (verb: string) =>
    `Depot\n\nHeating costs at the Brisk Lane depot have ${verb} over three years.`;
  // Tripled is up 200 percent, doubled up 100: neither is a rise of 64 percent.
  assert.equal(rating(article("almost tripled"), [HEATING], "Heating"), "contradicted [quantity]");
  assert.equal(rating(article("doubled"), [HEATING], "Heating"), "contradicted [quantity]");
  const doubled = HEATING.replace("risen by 64 percent", "risen by 104 percent");
  assert.equal(rating(article("more than doubled"), [doubled], "Heating"), "supported [match]");
});

test("halved is a fall of half", () => {
  const source = `Footfall\n\nVisits to the Corve Street market fell by 21 percent between 2020 and 2025.`;
  assert.equal(
    rating("Market\n\nVisits to the Corve Street market have halved since 2020.", [source], "Visits"),
    "contradicted [quantity]",
  );
});

test("a span of time in words is that span", () => {
  const source = `Results\n\nThe Tarrow Valley co-operative reported a loss of 1.4 million crowns, its first in seven years.`;
  assert.equal(
    rating(
      "Co-op\n\nThe Tarrow Valley co-operative made its first loss in a decade.",
      [source],
      "The Tarrow",
    ),
    "contradicted [quantity]",
  );
  const works = `Works\n\nRepairs to the Penhallow road bridge will take nine months.`;
  const article = (span: string) => `Bridge\n\nRepairs to the Penhallow road bridge will take ${span}.`;
  assert.equal(rating(article("half a year"), [works], "Repairs"), "contradicted [quantity]");
  assert.equal(rating(article("a year and a half"), [works], "Repairs"), "contradicted [quantity]");
  const longer = works.replace("nine months", "18 months");
  assert.equal(rating(article("a year and a half"), [longer], "Repairs"), "supported [match]");
});

test("'once a fortnight' is a rate's period, not a span", () => {
  const source = `Collections\n\nGarden waste in Orrisby will be collected every two weeks from April.`;
  assert.equal(
    rating(
      "Bins\n\nGarden waste in Orrisby will be collected once a fortnight from April.",
      [source],
      "Garden",
    ),
    "supported [match]",
  );
});

test("a difference after two sums is in their currency", () => {
  const source = `Library build\n\nThe cost of the Harle library has risen from 18 million euros to 26 million euros.`;
  assert.equal(
    rating(
      "Library\n\nThe cost of the Harle library has ballooned from 18 million to 26 million euros, an overrun of more than 7 million.",
      [source],
      "The cost",
    ),
    "supported [match]",
  );
});

test("a fear or a possibility not ruled out is a hedge", () => {
  const fear = `Bins\n\n"Our members fear that litter will build up in the parks," the residents' association said.`;
  assert.equal(
    rating("Bins\n\nLitter will build up in the parks, the residents' association said.", [fear], "Litter"),
    "overreach [hedge]",
  );
  const open = `Water\n\n"We are not ruling out a hosepipe ban in July," a spokesperson for Dunholt Water said.`;
  assert.equal(
    rating("Water\n\nDunholt Water will bring in a hosepipe ban in July.", [open], "Dunholt"),
    "overreach [hedge]",
  );
  // A claim that reports the fear says what the hedged source says.
  const could = `Harbour\n\nThe Skelby Fishermen's Association said the dredging could harm the mussel beds.`;
  assert.equal(
    rating("Harbour\n\nSkelby fishermen fear for the mussel beds near the dredging.", [could], "Skelby"),
    "supported [match]",
  );
});

test("a deliberation hedges what it weighs, not its meeting", () => {
  const source = `Planning\n\nThe licensing committee will consider the application at its meeting on 14 October.`;
  assert.equal(
    rating("Licence\n\nThe licensing committee will meet on 14 October.", [source], "The licensing"),
    "supported [match]",
  );
  assert.equal(
    rating(
      "Licence\n\nThe licensing committee will approve the application on 14 October.",
      [source],
      "The licensing",
    ),
    "overreach [hedge]",
  );
});

test("a bounded fraction is held to its bound against a share worked out from two figures", () => {
  const source = `Clinic waits\n\nThe median wait at the Dunbarrow clinic fell from 41 weeks to 29 weeks in the year to March.`;
  const article = (change: string) =>
    `Waits\n\nThe median wait at the Dunbarrow clinic fell from 41 to 29 weeks in the year to March. ${change}`;
  // 12 of 41 is 29 percent: "more than a third" is not that, "more than a quarter" is.
  assert.equal(
    rating(article("That is a cut of more than a third."), [source], "That is"),
    "not-found [no-passage]",
  );
  assert.equal(
    rating(article("That is a cut of more than a quarter."), [source], "That is"),
    "supported [match]",
  );
});
