import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { colonClause } from "./colon-clause.js";

test("colon-clause: the person the clause before the colon is about", () => {
  assert.deepEqual(
    runQuoteSieve(colonClause, "Asked about the fees, Petra Lind was blunter: “They are theft.”"),
    ["“They are theft.” -> Petra Lind"],
  );
});

test("colon-clause: a pronoun resolves to the last person of its gender", () => {
  assert.deepEqual(
    runQuoteSieve(
      colonClause,
      "Petra Lind runs the shop. Asked about the fees, she was blunter: “They are theft.”",
    ),
    ["“They are theft.” -> Petra Lind"],
  );
});

test("colon-clause: no colon, nothing to read", () => {
  assert.deepEqual(runQuoteSieve(colonClause, "Petra Lind was blunter. “They are theft.”"), [
    "“They are theft.” -> none",
  ]);
});

test("colon-clause: the sentence's subject speaks, not the person a message goes to", () => {
  assert.deepEqual(
    runQuoteSieve(
      colonClause,
      "Ferry news\n\nHarbour master Ilse Brandt sent a blunt message to Tomas Varga: “Fix the beacon.” On Monday the council met, and Ida Holm wrote to Petra Lind: “The quay is safe.”",
    ),
    ["“Fix the beacon.” -> Ilse Brandt", "“The quay is safe.” -> Ida Holm"],
  );
});

test("colon-clause: a paragraph ending with a colon gives its quote to the person it opens with, and only to one", () => {
  assert.deepEqual(
    runQuoteSieve(
      colonClause,
      "Ferry news\n\nHarbour master Ida Holm issued the following statement:\n\n“We stay.”\n\nThe council, which Tomas Brandt chairs, published this:\n\n“The quay is safe.”",
    ),
    ["“We stay.” -> Ida Holm", "“The quay is safe.” -> none"],
  );
});

test("colon-clause: past a subordinate clause opening the paragraph, the main clause's subject, a title before one name included", () => {
  assert.deepEqual(
    runQuoteSieve(
      colonClause,
      "Ferry news\n\nWhen Tomas Varga died in 1998, President Lind released the following statement:\n\n“Our thoughts are with his family.”",
    ),
    ["“Our thoughts are with his family.” -> Lind"],
  );
});

test("colon-clause: a name after 'On' or 'about' before the colon is the quote's topic, never its speaker", () => {
  assert.deepEqual(
    runQuoteSieve(
      colonClause,
      "Some of Ada Marlow's remarks at the rally:\n\nOn Vantor: “They call them rebels, I call them heroes.”\n\nOn the Kessel people: “They are the finest in the land.”\n\nAnd her question about Tomas Varga: “Who pays him?”",
    ),
    [
      "“They call them rebels, I call them heroes.” -> none",
      "“They are the finest in the land.” -> none",
      "“Who pays him?” -> none",
    ],
  );
});
