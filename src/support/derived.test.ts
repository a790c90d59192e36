import assert from "node:assert/strict";
import { test } from "node:test";
import { claimRating as rating } from "../testing/helpers.js";

/**
 * Rating rules read off held-out 15 (issue #17): figures a writer works out from the source's, and
 * negations that bear on another statement than the claim's. Invented articles and sources.
 */

const REPAINT = `Orwin Bridge to be repainted

The Orwin Bridge will be repainted next summer. A county grant of £310,000 will pay for most of the work. The Calder Trust has pledged a further £90,000. The rest will come from the town's reserves.`;

test("a total the source gives in two sentences is no contradiction; a sum they do not make still is", () => {
  const article = (figure: string) =>
    `Bridge works\n\nA county grant and a pledge from the Calder Trust will pay for ${figure} of the work.`;
  // £310,000 and, in the next sentence, £90,000.
  assert.equal(rating(article("£400,000"), [REPAINT], "A county grant"), "supported [match]");
  assert.equal(rating(article("£450,000"), [REPAINT], "A county grant"), "contradicted [quantity]");
});

test("a total is read against the source's figure times its count, and not denied by a smaller part", () => {
  const buses = "Bus order\n\nThe council will buy 12 electric buses at £250,000 each.";
  const article = (figure: string) =>
    `Buses\n\nThe council will spend a total of ${figure} on 12 electric buses.`;
  // 12 buses at £250,000 each.
  assert.doesNotMatch(rating(article("£3 million"), [buses], "The council"), /contradicted/);
  assert.equal(rating(article("£4 million"), [buses], "The council"), "contradicted [quantity]");
  // One grant of £310,000 may be a part of a total of £400,000; a part larger than the total is not.
  const part = "Bridge works\n\nA county grant of £310,000 will pay for the repainting of the Orwin Bridge.";
  const totalling = (figure: string) =>
    `Bridge\n\nGrants totalling ${figure} will pay for the repainting of the Orwin Bridge.`;
  assert.doesNotMatch(rating(totalling("£400,000"), [part], "Grants"), /contradicted/);
  assert.equal(rating(totalling("£200,000"), [part], "Grants"), "contradicted [quantity]");
});

const GRANTS = `Brackwater community fund

Since 2019 the Brackwater fund has made 150 grants worth a total of £612,000. Most went to village halls.`;

test("an average of the source's total over its count is no contradiction; one they do not make still is", () => {
  const article = (figure: string) =>
    `Fund\n\nSince 2019 the Brackwater fund has made 150 grants averaging ${figure} each.`;
  // £612,000 over 150 grants is £4,080.
  assert.doesNotMatch(rating(article("about £4,000"), [GRANTS], "Since 2019"), /contradicted/);
  assert.equal(rating(article("about £6,000"), [GRANTS], "Since 2019"), "contradicted [quantity]");
  // With no count to divide by, the source neither states nor denies an average.
  const total =
    "Brackwater community fund\n\nSince 2019 the Brackwater fund has given out £612,000 in grants.";
  assert.doesNotMatch(
    rating(
      "Fund\n\nSince 2019 the Brackwater fund's grants have averaged about £6,000.",
      [total],
      "Since 2019",
    ),
    /contradicted/,
  );
});

const LEASE = `Club lease

The new lease pays Tarling Rowing Club £62,000 a year. The old lease, with Harrow Leisure, paid the club £80,000 a year.`;

test("a difference is read against the source's two figures, and not against one of them alone", () => {
  const article = (figure: string) =>
    `Club\n\nThe new lease pays Tarling Rowing Club ${figure} a year less than Harrow Leisure paid the club.`;
  // £80,000 less £62,000, the two figures a sentence apart.
  assert.doesNotMatch(rating(article("£18,000"), [LEASE], "The new lease"), /contradicted/);
  assert.equal(rating(article("£28,000"), [LEASE], "The new lease"), "contradicted [quantity]");
  // The source gives only the old figure: the difference is left unchecked, not contradicted.
  const old = "Club lease\n\nThe old lease, with Harrow Leisure, paid Tarling Rowing Club £80,000 a year.";
  assert.doesNotMatch(rating(article("£18,000"), [old], "The new lease"), /contradicted/);
  // A change against a change is read as it stands.
  assert.equal(
    rating(
      "Club\n\nMembership of Tarling Rowing Club rose by 20 percent.",
      ["Club report\n\nMembership of Tarling Rowing Club rose by 2 percent."],
      "Membership",
    ),
    "contradicted [quantity]",
  );
});

test("a negated 'need to' denies the verb after it, as 'have to' does", () => {
  const permits = `Parking permits

Tenants will keep their parking permits where possible and will not need to renew them.`;
  assert.doesNotMatch(
    rating("Permits\n\nTenants will not have to renew their parking permits.", [permits], "Tenants"),
    /contradicted/,
  );
  assert.equal(
    rating(
      "Permits\n\nTenants will not need to renew their parking permits.",
      ["Parking permits\n\nTenants will have to renew their parking permits."],
      "Tenants",
    ),
    "contradicted [negation]",
  );
});

test("an alternative set aside that is only a restriction ('instead of only in term time') denies nothing", () => {
  const source = `Library hours

The Merrow library will open on Sundays all year instead of only in term time.`;
  assert.doesNotMatch(
    rating(
      "Library\n\nThe Merrow library, which now opens on Sundays only in term time, will open on Sundays all year.",
      [source],
      "The Merrow library",
    ),
    /contradicted/,
  );
});

test("a negation that meets only the claim's speaker denies nothing the claim states", () => {
  const source = `Fallow Street baths

The Fallow Street baths will reopen in May, provided that repairs to the roof are finished in time. The baths will be run by Fallow Swim Trust rather than by the city council.`;
  // The condition of the reopening is what the claim leaves out; who runs the baths it does not say.
  assert.equal(
    rating(
      "Baths\n\nThe Fallow Street baths will reopen in May, the city council announced on Monday.",
      [source],
      "The Fallow Street baths",
    ),
    "overreach [hedge]",
  );
  // The council as the one who runs the baths is what the alternative sets aside.
  assert.equal(
    rating("Baths\n\nThe city council will run the Fallow Street baths.", [source], "The city council"),
    "contradicted [negation]",
  );
});

test("a share is read against the passage whose two counts make it, not one that only shares its number word", () => {
  const source = `Library review

Harwell council has closed three of its 19 libraries. A further six libraries remain open with shorter hours.`;
  // Three of 19 is 15.8 percent; "six" is the share's denominator, not the six libraries left open.
  assert.equal(
    rating("Libraries\n\nRoughly one library in six is now closed.", [source], "Roughly"),
    "supported [match]",
  );
});
