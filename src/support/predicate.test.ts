import assert from "node:assert/strict";
import { test } from "node:test";
import { type RatedClaim, ratedClaim } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { predicateOf, predicateUnsaid } from "./predicate.js";
import { passageOf } from "./terms.js";

const passage = (text: string) => passageOf(createDocument(text, { id: "x" }), 0);

/** The rating of the article claim holding `claim` against a parish notice of `lines`. */
function rated(claim: string, lines: string): RatedClaim {
  return ratedClaim(
    `Wexley Green news\n\n${claim}`,
    `Parish council notice, Wexley Green\n\n${lines}`,
    "notice",
    claim,
  );
}

test("the head of a claim's predicate is its main verb, or the word a light verb carries", () => {
  const head = (text: string) => predicateOf(passage(text))?.head;
  assert.equal(head("The parish council approved the play area plan."), "approved");
  assert.equal(head("The council has already approved the plan."), "approved");
  assert.equal(head("The footbridge is unsafe."), "unsafe");
  assert.equal(head("The council made a decision on the rents."), "decision");
  // A word in "-ed" after a determiner qualifies a noun; the predicate comes after it.
  assert.equal(head("The proposed play area was approved by councillors."), "approved");
  // A participle that qualifies the subject is not its predicate.
  assert.equal(head("Households served by the trust were refunded."), "refunded");
  assert.equal(head("The residents who objected were outvoted."), "outvoted");
});

test("a predicate said by a reporting or speech verb, a phrasal verb or after a clause break is not read", () => {
  for (const text of [
    "The engineer said the footbridge was dangerous.",
    "The chair insisted the plan was sound.",
    "Councillors brushed aside the objections.",
    "The play area reopened in May, with the old swings removed by then.",
  ])
    assert.equal(
      predicateOf(passage(text)) && predicateUnsaid(passage(text), passage("Nothing.")),
      undefined,
      text,
    );
});

test("a passage says the predicate in the same word, another form of it, a derivation or a listed synonym", () => {
  const claim = passage("The parish council approved the play area plan.");
  for (const text of [
    "The parish council approved the play area plan on Tuesday.",
    "The play area plan won the parish council's approval.",
    "The parish council backed the play area plan.",
    "The parish council signed the play area plan off on Tuesday.",
    "The parish council voted 7-2 for the play area plan.",
  ])
    assert.equal(predicateUnsaid(claim, passage(text)), undefined, text);
  assert.equal(predicateUnsaid(claim, passage("The parish council debated the play area plan.")), "approved");
  const unsafe = passage("The footbridge over Mill Brook is unsafe.");
  assert.equal(predicateUnsaid(unsafe, passage("The footbridge over Mill Brook is dangerous.")), undefined);
  assert.equal(predicateUnsaid(unsafe, passage("The footbridge over Mill Brook was inspected.")), "unsafe");
  assert.equal(
    predicateUnsaid(claim, passage("The parish council will vote on the play area plan.")),
    "approved",
  );
});

test("a passage that shares a claim's nouns and says another thing of them speaks only of its topic", () => {
  const notice =
    "The parish council debated the Orchard Lane play area plan on Tuesday. The play area opens at 9am.";
  assert.deepEqual(rated("The parish council approved the Orchard Lane play area plan on Tuesday.", notice), {
    status: "not-found",
    rule: "no-passage",
    reason:
      'no passage says this: the closest speaks only of its topic, not of what the claim says of it ("approved")',
    evidence: ["The parish council debated the Orchard Lane play area plan on Tuesday."],
  });
});

test("a passage that says the claim's predicate in a phrasal synonym split by its object supports it", () => {
  const notice = "Councillors signed the churchyard wall repairs off last month. The wall dates from 1820.";
  const r = rated("Councillors approved the churchyard wall repairs last month.", notice);
  assert.equal(r.status, "supported");
  assert.deepEqual(r.evidence, ["Councillors signed the churchyard wall repairs off last month."]);
});

test("a claim of what will happen, a negated claim or one against a negated passage is not read for its predicate", () => {
  const claim = "The parish council approved the play area plan.";
  for (const [c, p] of [
    ["The parish council will build the play area.", "The parish council approved the play area plan."],
    ["The parish council wants to build the play area.", "The parish council approved the play area plan."],
    [
      "The parish council did not reject the play area plan.",
      "The parish council approved the play area plan.",
    ],
    [claim, "The parish council did not oppose the play area plan."],
  ])
    assert.equal(predicateUnsaid(passage(c), passage(p)), undefined, c);
});

test("a decision taken in the simple past, its object inside the phrase, against one still to come is contradicted", () => {
  const notice = "The council will decide the allotment rents in March. Plots cost £40 a year.";
  const r = rated("Councillors signed the allotment rents off last month.", notice);
  assert.equal(r.status, "contradicted");
  assert.equal(r.rule, "stage");
  assert.deepEqual(r.evidence, ["The council will decide the allotment rents in March."]);
});
