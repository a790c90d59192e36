import assert from "node:assert/strict";
import { test } from "node:test";
import { type RatedClaim, ratedClaim } from "../testing/helpers.js";

// A council notice and a rewrite that says its decisions are taken. The passage that says
// otherwise shares few of the claim's words: "it" for the application, "the site" alone.
const SOURCE = `Planning notice

The Harrowgate Mill application was received in June. The planning committee will decide the Harrowgate Mill application on 15 December. No decision has been made on the future use of the Dene Street depot site. The committee approved the Harrowgate Mill car park in May.`;

function rated(article: string, claim: string): Omit<RatedClaim, "reason"> {
  const { status, rule, evidence } = ratedClaim(article, SOURCE, "notice", claim);
  return { status, rule, evidence };
}

test("a decision the claim says is taken and the source says is still to come is contradicted", () => {
  assert.deepEqual(
    rated("Mill plans\n\nThe Dene Street site has already been earmarked for flats.", "earmarked"),
    {
      status: "contradicted",
      rule: "stage",
      evidence: ["No decision has been made on the future use of the Dene Street depot site."],
    },
  );
});

test("a decision only wished for, negated or hedged in the claim is not read as taken", () => {
  for (const claim of [
    "The Dene Street site has not yet been earmarked for flats.",
    "The Dene Street site may have been earmarked for flats.",
    "Developers want the Dene Street site earmarked for flats.",
  ])
    assert.notEqual(rated(`Mill plans\n\n${claim}`, "earmarked").rule, "stage", claim);
});

test("a taken decision needs a word in common with the passage besides the decision words", () => {
  assert.notEqual(
    rated("Mill plans\n\nThe school board has already approved its budget.", "budget").rule,
    "stage",
  );
});
