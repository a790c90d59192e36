import assert from "node:assert/strict";
import { test } from "node:test";
import { runSentenceSieve, textDocument } from "../../testing/voices.js";
import { attributeVoices } from "../index.js";
import { reportedSpeech } from "./reported-speech.js";

test("reported-speech: indirect speech is its speaker's", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "Ines Varga said the ferry would keep running. According to the harbour master, the quay is safe.",
    ),
    [
      "[speaker:Ines Varga] Ines Varga said the ferry would keep running.",
      "[speaker:the harbour master] According to the harbour master, the quay is safe.",
    ],
  );
});

test("reported-speech: a subordinate cue and an introducer ending in a colon stay the author's", () => {
  assert.deepEqual(
    runSentenceSieve(reportedSpeech, "Nothing changed, whatever the authority claims. Ines Varga said this:"),
    ["[-] Nothing changed, whatever the authority claims.", "[-] Ines Varga said this:"],
  );
});

test("reported-speech: a question the author asks reports no one, whatever its verb", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "And remember when Cardinal Holm told the bishop off over the cost? So what does the charter say? Holm said the cost was too high.",
    ),
    [
      "[-] And remember when Cardinal Holm told the bishop off over the cost?",
      "[-] So what does the charter say?",
      "[speaker:Cardinal Holm] Holm said the cost was too high.",
    ],
  );
});

test("'For X, the implication is …' is X's view when the sentences around report X, else the author's", () => {
  const voices = (text: string) => {
    const doc = textDocument(text);
    return attributeVoices(doc, { matches: [], sources: [] }).sentenceVoices.map((v) =>
      [v.kind, v.name].filter(Boolean).join(":"),
    );
  };
  assert.deepEqual(
    voices(
      "The ferry debate\n\nAt the hearing, Tomas Vell raised the cost of the new timetable. For Vell, the implication is that the island school will lose a third of its pupils. This, he said, would empty the village within a decade.",
    ),
    ["author", "author", "speaker:Tomas Vell", "speaker:Tomas Vell"],
  );
  assert.deepEqual(
    voices(
      "The ferry debate\n\nThe new timetable cuts the morning sailing. For Kelby, this means that the island school will lose a third of its pupils. The council meets again in June.",
    ),
    ["author", "author", "author", "author"],
  );
});
