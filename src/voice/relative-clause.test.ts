import assert from "node:assert/strict";
import { test } from "node:test";
import { textDocument } from "../testing/voices.js";
import { attributeVoices } from "./index.js";

/** Each sentence's voice as `[kind:name or description]`, with no sources. */
function voices(text: string): string[] {
  const d = textDocument(text);
  const r = attributeVoices(d, { matches: [], sources: [] });
  return d.sentences.map((_, i) => {
    const v = r.sentenceVoices[i];
    return `[${v.kind}${v.name ? `:${v.name}` : v.description ? `:${v.description}` : ""}]`;
  });
}

test("a relative clause without its pronoun before the cue: the head speaks, never the words up to its verb", () => {
  assert.deepEqual(voices("The agreement the two mayors signed said the road would reopen."), [
    "[document:the agreement]",
  ]);
  assert.deepEqual(voices("The mayor the voters elected said the budget was balanced."), [
    "[speaker:the mayor]",
  ]);
  // The clause's verb may take a complement before the cue.
  assert.deepEqual(voices("A letter the family sent to the board says the school had ignored them."), [
    "[document:a letter]",
  ]);
  assert.deepEqual(voices("The report the council published in May found that the bridge was unsafe."), [
    "[document:the report]",
  ]);
});

test("a relative clause in the present before the cue: the head speaks, not the clause's subject or object", () => {
  assert.deepEqual(voices("The book he writes says the harbour is sinking."), ["[document:the book]"]);
  assert.deepEqual(voices("A Kessel teenager who supports Mayor Ada Varga says he was pushed at a café."), [
    "[speaker:a Kessel teenager]",
  ]);
  // After a noun a form in -s may be a plural: "experts" is the subject of "say", no verb.
  assert.deepEqual(
    voices(
      "Port workers complain about a gap in the fence that harbour security experts say renders the posts useless.",
    ),
    ["[speaker:harbour security experts]"],
  );
});

test("a relative clause with its pronoun and no commas: the head speaks, not the clause's object", () => {
  assert.deepEqual(voices("One harbour official who relayed the exchange said Varga had left early."), [
    "[speaker:one harbour official]",
  ]);
});

test("after 'according to', the phrase ends at its head before a relative clause, and reads a participle's agent whole", () => {
  assert.deepEqual(
    voices("Osman was on the ferry, according to an interview his brother gave to the station."),
    ["[speaker:an interview]"],
  );
  assert.deepEqual(
    voices(
      "The toll was raised in March, according to a draft copy of the memo obtained by the Kessel Ledger.",
    ),
    ["[document:a draft copy of the memo obtained by the Kessel Ledger]"],
  );
});

test("another verb or a pronoun after the relative clause's verb leaves the cue's subject as it was", () => {
  // "was" is the main verb: the noun "promise" after it reports nothing for "the only regret".
  assert.deepEqual(voices("The only regret he admitted was a broken promise to fix the road."), ["[author]"]);
  // "some of the facts" is no subject of "promised": "I" is.
  assert.deepEqual(
    voices("Some of the files that I was to open were sealed by the secret that I had promised to keep."),
    ["[author]"],
  );
});
