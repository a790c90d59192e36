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
  assert.deepEqual(
    sentences('"We are leaving. We will not return," he said. "Why?" she asked. "Go!" He went.'),
    ['"We are leaving.', 'We will not return," he said.', '"Why?" she asked.', '"Go!"', "He went."],
  );
});

test("ellipses and elision markers", () => {
  assert.deepEqual(sentences("He paused... Then he spoke. It was . . . . . Over. They cut [...] the rest."), [
    "He paused...",
    "Then he spoke.",
    "It was . . . . .",
    "Over.",
    "They cut [...] the rest.",
  ]);
  assert.deepEqual(sentences("He lost the vote. … In the end, he left. It rained … and rained."), [
    "He lost the vote.",
    "… In the end, he left.",
    "It rained … and rained.",
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
  assert.deepEqual(
    blocks("Storm Hits Coast\nThe storm arrived at night.\n\n- first point\n- second point. Still second."),
    [
      "heading: Storm Hits Coast",
      "paragraph: The storm arrived at night.",
      "list-item: - first point",
      "list-item: - second point. Still second.",
    ],
  );
});

test("a hard-wrapped paragraph is one block", () => {
  assert.deepEqual(blocks("The council voted on\nTuesday to close the\nlibrary."), [
    "paragraph: The council voted on\nTuesday to close the\nlibrary.",
  ]);
});

test("sentences are ordered, disjoint, inside their paragraph and trimmed", () => {
  const doc = createDocument(
    "A first one. Then “a quoted one.” And (a bracketed one.) End!\n\nNext paragraph. Last.",
  );
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

test("number abbreviations need a number; state abbreviations need a place name", () => {
  assert.deepEqual(
    sentences(
      "Her answer was no. The board met in Jan. It sat at No. 4 on Jan. 5. He fell ill. Doctors came.",
    ),
    [
      "Her answer was no.",
      "The board met in Jan.",
      "It sat at No. 4 on Jan. 5.",
      "He fell ill.",
      "Doctors came.",
    ],
  );
  assert.deepEqual(sentences("He lives in Springfield, Ill. The town is small. Peoria, Ill., is bigger."), [
    "He lives in Springfield, Ill.",
    "The town is small.",
    "Peoria, Ill., is bigger.",
  ]);
});

test("a title is an abbreviation only when capitalised; a unit glued to a number is not one", () => {
  assert.deepEqual(
    sentences("He spoke in general. Gen. Ames agreed. Revenue was $12.7bn. Its margin fell."),
    ["He spoke in general.", "Gen. Ames agreed.", "Revenue was $12.7bn.", "Its margin fell."],
  );
});

test("company suffixes end a sentence before a capitalised word that is not an acronym", () => {
  assert.deepEqual(
    sentences("The bid came from Prideaux & Co. Prideaux & Co. said no. Kelm Inc. CEO Ann Lee left."),
    ["The bid came from Prideaux & Co.", "Prideaux & Co. said no.", "Kelm Inc. CEO Ann Lee left."],
  );
});

test("camel-case brands, handles and hashtags start sentences", () => {
  assert.deepEqual(sentences("Sales fell. eBay said so. iPhone sales rose."), [
    "Sales fell.",
    "eBay said so.",
    "iPhone sales rose.",
  ]);
  assert.deepEqual(sentences("It was leaked. @Newsdesk posted it. #Floods trended."), [
    "It was leaked.",
    "@Newsdesk posted it.",
    "#Floods trended.",
  ]);
});

test("a list number is not a sentence; a quote broken off by a dash ends before a new quote", () => {
  assert.deepEqual(sentences("1. Leave your home. Do it now."), ["1. Leave your home.", "Do it now."]);
  assert.deepEqual(sentences('"But you said—" "I know what I said." "I didn\'t—" she began.'), [
    '"But you said—"',
    '"I know what I said."',
    '"I didn\'t—" she began.',
  ]);
});

test("a name and a reporting verb after a quoted question keep one sentence", () => {
  assert.deepEqual(
    sentences('"Why now?" Councillor Ines Barros asked. "Go!" Dr. Okafor said. "Why?" Nobody knew.'),
    ['"Why now?" Councillor Ines Barros asked.', '"Go!" Dr. Okafor said.', '"Why?"', "Nobody knew."],
  );
});

test("a title before a usual sentence opener ends the sentence", () => {
  assert.deepEqual(sentences("She lives on Elm St. The house is old. St. Louis is near."), [
    "She lives on Elm St.",
    "The house is old.",
    "St. Louis is near.",
  ]);
});

test("a line break is a paragraph break unless the text is hard-wrapped there", () => {
  const long =
    "The council met on Tuesday night and voted, after a debate of more than four hours, to close the library.";
  assert.deepEqual(blocks(`${long}\nAdvertisement\n${long}`), [
    `paragraph: ${long}`,
    "paragraph: Advertisement",
    `paragraph: ${long}`,
  ]);
  assert.deepEqual(
    blocks(
      "The council voted on Tuesday to\nclose the library. Story continues\nbelow\nThe mayor said she was sorry.",
    ),
    [
      "paragraph: The council voted on Tuesday to\nclose the library. Story continues\nbelow",
      "paragraph: The mayor said she was sorry.",
    ],
  );
});

test("a line that opens in lower case goes on with the sentence before it; the Rev. and No. 1 end nothing", () => {
  assert.deepEqual(
    sentences(
      "Harbour Police Dept.\nfires officer who sank the ferry\n\nThe Rev. David Moss blessed Version No. 1 of the ferry. It sailed.",
    ),
    [
      "Harbour Police Dept.\nfires officer who sank the ferry",
      "The Rev. David Moss blessed Version No. 1 of the ferry.",
      "It sailed.",
    ],
  );
});

test("a dated entry of a timeline or live blog opens its own paragraph, however short the lines", () => {
  assert.deepEqual(
    blocks(
      "Key dates:\nMarch 2026: ferry ordered\nJune 2026: old pier demolished by the harbour board\nSeptember 2027: ferry delivered\n09:12 — The gauge read 3.1 metres.\n10:05 UPDATE: It now reads 3.4 metres.\nFeb. 14 – A skipper was arrested.",
    ),
    [
      "paragraph: Key dates:",
      "paragraph: March 2026: ferry ordered",
      "paragraph: June 2026: old pier demolished by the harbour board",
      "paragraph: September 2027: ferry delivered",
      "paragraph: 09:12 — The gauge read 3.1 metres.",
      "paragraph: 10:05 UPDATE: It now reads 3.4 metres.",
      "paragraph: Feb. 14 – A skipper was arrested.",
    ],
  );
  assert.deepEqual(blocks("The council voted in 2019 to\nclose the library: its roof had failed."), [
    "paragraph: The council voted in 2019 to\nclose the library: its roof had failed.",
  ]);
});

test("a labelled row under a labelled or dated row of a fact box opens its own paragraph", () => {
  assert.deepEqual(
    blocks("FACT BOX\nFerry trips 2015: 21 million\nAverage fare 2025: £3.20\nSource: Harbour board report"),
    [
      "heading: FACT BOX",
      "paragraph: Ferry trips 2015: 21 million",
      "paragraph: Average fare 2025: £3.20",
      "paragraph: Source: Harbour board report",
    ],
  );
  assert.deepEqual(
    blocks("The skipper said the ferry was late and the\nwarden wrote: it was never on time."),
    ["paragraph: The skipper said the ferry was late and the\nwarden wrote: it was never on time."],
  );
});

test("a line that ends on a title goes on with the name on the next line", () => {
  const text =
    "It is all a misreading, say Dr. Ada Lind, who teaches law at Harbour College, and Dr.\nOle Brandt, a judge.\nGen.\nThe end.";
  assert.deepEqual(sentences(text), [
    "It is all a misreading, say Dr. Ada Lind, who teaches law at Harbour College, and Dr.\nOle Brandt, a judge.",
    "Gen.",
    "The end.",
  ]);
  // Offsets stay those of the text: every sentence is a slice of it, the line break kept.
  const doc = createDocument(text);
  assert.deepEqual(
    doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)),
    [
      "It is all a misreading, say Dr. Ada Lind, who teaches law at Harbour College, and Dr.\nOle Brandt, a judge.",
      "Gen.",
      "The end.",
    ],
  );
  assert.equal(doc.text, text);
  // "hours" is no title: a line ending on a plain word and a full stop still ends its paragraph.
  const long =
    "The ferry left at noon on Tuesday, after a delay of two hours caused by a storm over the northern bay.";
  assert.deepEqual(blocks(`${long}\nThe harbour closed.`), [
    `paragraph: ${long}`,
    "paragraph: The harbour closed.",
  ]);
});

test("a bracketed citation ends at its bracket when a sentence starts after it, even wrapped over two lines", () => {
  assert.deepEqual(
    sentences(
      "About 300 riders quit, a survey found.\n[Harbour\nRidership Report, by Ines Barros, May 2, 2019] So the 70 lost fares are no surprise.",
    ),
    [
      "About 300 riders quit, a survey found.",
      "[Harbour",
      "Ridership Report, by Ines Barros, May 2, 2019]",
      "So the 70 lost fares are no surprise.",
    ],
  );
  assert.deepEqual(sentences("[Brenton Gazette, May 2] The ferry ran late again."), [
    "[Brenton Gazette, May 2]",
    "The ferry ran late again.",
  ]);
  // A bracket opened inside the sentence is an insertion in it.
  assert.deepEqual(sentences("He told [the harbour master] Okafor about the fares."), [
    "He told [the harbour master] Okafor about the fares.",
  ]);
});
