import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { previousParagraph } from "./previous-paragraph.js";

test("previous-paragraph: a quote opening a paragraph takes the person the paragraph before introduces", () => {
  assert.deepEqual(
    runQuoteSieve(previousParagraph, "Ines Varga has run the ferry for years.\n\n“We stay.”"),
    ["“We stay.” -> Ines Varga"],
  );
});

test("previous-paragraph: the speaker of the last speech cue of the paragraph before", () => {
  assert.deepEqual(
    runQuoteSieve(
      previousParagraph,
      "After the storm, harbour master Jonas Weil said the quay was lost, and Ines Varga nodded.\n\n“We rebuild.”",
    ),
    ["“We rebuild.” -> Jonas Weil"],
  );
});

test("previous-paragraph: a name at the end of the paragraph before, or one of several, is no speaker", () => {
  const none = [
    // The person talked about, not the speaker.
    "The council voted on the budget, a defeat for Mayor Ilse Brandt.\n\n“Nobody asked the fishermen.”",
    // Two people, neither speaking.
    "Ines Varga ran the ferry with Tomas Brandt for years.\n\n“Those were the days.”",
    // A place.
    "Ferries stopped running last winter in Port Ellis.\n\n“The town is cut off.”",
  ];
  for (const text of none)
    assert.deepEqual(runQuoteSieve(previousParagraph, text).at(-1)?.endsWith("-> none"), true, text);
});

test("previous-paragraph: a quote with a tag of its own, even one naming no one, takes no one else's", () => {
  assert.deepEqual(
    runQuoteSieve(
      previousParagraph,
      "Ines Varga said the letter was sent.\n\n“The ferry must run,” it read.",
    ),
    ["“The ferry must run,” -> none"],
  );
});

test("previous-paragraph: a quote inside a paragraph is not its business", () => {
  assert.deepEqual(
    runQuoteSieve(previousParagraph, "Ines Varga runs the ferry.\n\nThe ferry is “late again.”"),
    ["“late again.” -> none"],
  );
});
