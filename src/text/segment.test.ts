import assert from "node:assert/strict";
import { test } from "node:test";
import { createDocument } from "./document.js";

const sentences = (text: string) => {
  const doc = createDocument(text);
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
};
const blocks = (text: string) => {
  const doc = createDocument(text);
  return doc.paragraphs.map((p) => `${p.kind}: ${doc.text.slice(p.start, p.end)}`);
};

test("titles, initials and ranks do not end sentences", () => {
  assert.deepEqual(sentences("Col. Ryan Dillon met Dr. J. R. Smith and Gen. Ames. They talked."), [
    "Col. Ryan Dillon met Dr. J. R. Smith and Gen. Ames.",
    "They talked.",
  ]);
});

test("dotted abbreviations end a sentence only before a usual sentence opener", () => {
  assert.deepEqual(sentences("He left the U.S. The war went on. The U.S. Army stayed at 5 a.m. on Monday."), [
    "He left the U.S.",
    "The war went on.",
    "The U.S. Army stayed at 5 a.m. on Monday.",
  ]);
});

test("decimals, numbered items and months are not boundaries", () => {
  assert.deepEqual(sentences("Prices rose 3.5 percent in Jan. 2024 under Rule No. 7. Next came May."), [
    "Prices rose 3.5 percent in Jan. 2024 under Rule No. 7.",
    "Next came May.",
  ]);
});

test("quotes: boundaries inside a quote split it; a reporting clause after a question stays", () => {
  assert.deepEqual(sentences('"We are leaving. We will not return," he said. "Why?" she asked. "Go!" He went.'), [
    '"We are leaving.',
    'We will not return," he said.',
    '"Why?" she asked.',
    '"Go!"',
    "He went.",
  ]);
});

test("ellipses and elision markers", () => {
  assert.deepEqual(sentences("He paused... Then he spoke. It was . . . . . Over. They cut [...] the rest."), [
    "He paused...",
    "Then he spoke.",
    "It was . . . . .",
    "Over.",
    "They cut [...] the rest.",
  ]);
  assert.deepEqual(blocks("One.\n\n[...]\n\nTwo.\n…\nThree."), [
    "paragraph: One.",
    "elision: [...]",
    "paragraph: Two.",
    "elision: …",
    "paragraph: Three.",
  ]);
});

test("headings and list items are blocks of their own", () => {
  assert.deepEqual(blocks("Storm Hits Coast\nThe storm arrived at night.\n\n- first point\n- second point. Still second."), [
    "heading: Storm Hits Coast",
    "paragraph: The storm arrived at night.",
    "list-item: - first point",
    "list-item: - second point. Still second.",
  ]);
});

test("a hard-wrapped paragraph is one block", () => {
  assert.deepEqual(blocks("The council voted on\nTuesday to close the\nlibrary."), ["paragraph: The council voted on\nTuesday to close the\nlibrary."]);
});

test("sentences are ordered, disjoint, inside their paragraph and trimmed", () => {
  const doc = createDocument("A first one. Then “a quoted one.” And (a bracketed one.) End!\n\nNext paragraph. Last.");
  let previous = -1;
  for (const s of doc.sentences) {
    const p = doc.paragraphs[s.paragraph];
    assert.ok(s.start >= p.start && s.end <= p.end);
    assert.ok(s.start >= previous);
    previous = s.end;
    const text = doc.text.slice(s.start, s.end);
    assert.equal(text, text.trim());
  }
});
