import assert from "node:assert/strict";
import { test } from "node:test";
import { type RatedClaim, ratedClaim } from "../testing/helpers.js";

// A wire report of a trial and a rewrite that says it in other words: "moved the money" for
// "transferred charity funds", "a boat" for "a vessel". The synonym groups of
// data/support-lexicon.json let the rewrite's claims find their passage.
const SOURCE = `Treasurer on trial

Prosecutors allege that Dara Quill transferred charity funds into two personal accounts between 2019 and 2023. Some passengers were transferred to a chartered vessel.`;

const ARTICLE = `Charity treasurer in court

In those years he moved the money into three personal accounts. All passengers were put on a chartered boat instead.`;

function rated(claim: string): Pick<RatedClaim, "status" | "evidence"> {
  const { status, evidence } = ratedClaim(ARTICLE, SOURCE, "wire", claim);
  return { status, evidence };
}

test("a claim in other words finds its passage: a figure it changes is contradicted, a 'some' made 'all' overreaches", () => {
  assert.deepEqual(rated("three personal accounts"), {
    status: "contradicted",
    evidence: [
      "Prosecutors allege that Dara Quill transferred charity funds into two personal accounts between 2019 and 2023.",
    ],
  });
  assert.deepEqual(rated("All passengers"), {
    status: "overreach",
    evidence: ["Some passengers were transferred to a chartered vessel."],
  });
});
