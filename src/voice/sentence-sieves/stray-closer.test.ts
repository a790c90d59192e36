import assert from "node:assert/strict";
import { test } from "node:test";
import { documentFromString } from "../../ingest/index.js";
import { attributeVoices } from "../index.js";

// Each sentence of an invented article as "[kind] sentence".
function voices(text: string): string[] {
  const doc = documentFromString(text, { id: "a", format: "text" });
  const v = attributeVoices(doc, { matches: [], sources: [] }).sentenceVoices;
  return doc.sentences.map((s, i) => `[${v[i].kind}] ${doc.text.slice(s.start, s.end)}`);
}

test("words before a closing mark whose opening was lost are no one's known voice, not the author's", () => {
  assert.deepEqual(
    voices(
      'Dredging plan passes\n\nThe council approved the Port Ellis dredging plan on Tuesday. The vote was seven to four.\n\nThe harbour will be closed for a month. It will cost the town its summer."\n\nWork starts in May.',
    ),
    [
      "[author] Dredging plan passes",
      "[author] The council approved the Port Ellis dredging plan on Tuesday.",
      "[author] The vote was seven to four.",
      "[unknown] The harbour will be closed for a month.",
      '[unknown] It will cost the town its summer."',
      "[author] Work starts in May.",
    ],
  );
});

test("a lost opening mark is looked for after a reporting frame in the paragraph, or after an introducer", () => {
  // The sentence with the speech cue frames the quote; only what follows it is quoted.
  assert.deepEqual(
    voices(
      'Ferry fares rise\n\nFares rise by a fifth in April. Ines Varga, who runs the ferry line, said costs were up. The fuel bill has doubled. We had no choice."',
    ).slice(1),
    [
      "[author] Fares rise by a fifth in April.",
      "[speaker] Ines Varga, who runs the ferry line, said costs were up.",
      "[unknown] The fuel bill has doubled.",
      '[unknown] We had no choice."',
    ],
  );
  // An introducer ending in a colon opens the quote over the paragraphs after it (one naming a
  // writer, "The mayor wrote …:", opens a reproduced block, whose voice comes first).
  assert.deepEqual(
    voices(
      'Mayor answers on the quay\n\nThe answer from the town hall was short:\n\nThe quay will reopen in June.\n\nNo ferry will be cancelled."\n\nThe board meets next week.',
    ).slice(1),
    [
      "[author] The answer from the town hall was short:",
      "[unknown] The quay will reopen in June.",
      '[unknown] No ferry will be cancelled."',
      "[author] The board meets next week.",
    ],
  );
});

test("a closing mark that ends a quote, or a quote over paragraphs, is no stray mark", () => {
  assert.deepEqual(
    voices(
      'Quay reopens\n\nThe quay reopened on Monday. "It is the best quay on the coast," said Stefan Ruud.\n\n"We waited two years.\n\n"It was worth it."',
    ).slice(1),
    [
      "[author] The quay reopened on Monday.",
      '[speaker] "It is the best quay on the coast," said Stefan Ruud.',
      '[speaker] "We waited two years.',
      '[speaker] "It was worth it."',
    ],
  );
});
