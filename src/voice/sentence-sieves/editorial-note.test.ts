import assert from "node:assert/strict";
import { test } from "node:test";
import { runSentenceSieve, textDocument } from "../../testing/voices.js";
import { attributeVoices } from "../index.js";
import { editorialNote } from "./editorial-note.js";

test("editorial-note: a note in brackets alone is the author's; a sentence with more in it is not this sieve's", () => {
  assert.deepEqual(
    runSentenceSieve(
      editorialNote,
      "The memo says the ferry “must not sail until the quay is repaired.” (Italics added.)\n\n[sic]\n\nThe council wrote that the quay was “safe” (emphasis mine).",
    ),
    [
      "[-] The memo says the ferry “must not sail until the quay is repaired.”",
      "[author] (Italics added.)",
      "[author] [sic]",
      "[-] The council wrote that the quay was “safe” (emphasis mine).",
    ],
  );
});

test("editorial-note: 'Italics added' and 'Emphasis added' name no speaker, and the quote before keeps its own", () => {
  const doc = textDocument(
    "Harbour memo\n\nThe memo says the ferry “must not sail until the quay is repaired.”\n\n(Italics added.)\n\n“We sail when it is safe,” Ines Varga said on Monday, “and not before.”\n\n[Emphasis added]",
  );
  const r = attributeVoices(doc, { matches: [], sources: [] });
  const voices = doc.sentences.map((s, i) => {
    const v = r.sentenceVoices[i];
    return `[${v.kind}${v.name ? `:${v.name}` : ""}] ${doc.text.slice(s.start, s.end)}`;
  });
  assert.deepEqual(voices, [
    "[author] Harbour memo",
    "[document:the memo] The memo says the ferry “must not sail until the quay is repaired.”",
    "[author] (Italics added.)",
    "[speaker:Ines Varga] “We sail when it is safe,” Ines Varga said on Monday, “and not before.”",
    "[author] [Emphasis added]",
  ]);
});
