import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { clauseObject } from "./clause-object.js";

test("clause-object: a quote as the object of the sentence subject's verb is the subject's", () => {
  assert.deepEqual(
    runQuoteSieve(
      clauseObject,
      "The ferry stopped. Ines Varga thanked the crew for “stepping up when the council would not.” Tomas Brandt, for his part, is labeling the closure “a blatant abuse of power.”",
    ),
    [
      "“stepping up when the council would not.” -> Ines Varga",
      "“a blatant abuse of power.” -> Tomas Brandt",
    ],
  );
});

test("clause-object: another clause, a passive or an earlier quote between subject and quote", () => {
  const found = runQuoteSieve(
    clauseObject,
    "The ferry stopped. Ines Varga laughed when the crowd chanted “save the pier tonight.” Tomas Brandt was asked “why the pier shut so early?” Ines Varga quoted the “notice,” whose last line read “no boats after dark tonight.”",
  );
  assert.deepEqual(found, [
    "“save the pier tonight.” -> none",
    "“why the pier shut so early?” -> none",
    "“no boats after dark tonight.” -> none",
  ]);
});

test("clause-object: a surname the article named in full, a place after “of”, a leading adverbial", () => {
  assert.deepEqual(
    runQuoteSieve(
      clauseObject,
      "Ines Varga runs the ferry. Varga thanked him for “stepping up when the council would not.” Mayor Tomas Brandt of Kessel condemned “such a reckless closure.” Immediately after the vote, Ines Varga issued a statement, “The pier stays open while I run this ferry.”",
    ),
    [
      "“stepping up when the council would not.” -> Ines Varga",
      "“such a reckless closure.” -> Tomas Brandt",
      "“The pier stays open while I run this ferry.” -> Ines Varga",
    ],
  );
  // A single word the article never named in full is no person ("Kessel" is a place).
  assert.deepEqual(
    runQuoteSieve(clauseObject, "The ferry stopped. Kessel welcomed “a pause for the harbour.”"),
    ["“a pause for the harbour.” -> none"],
  );
});
