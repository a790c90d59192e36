import assert from "node:assert/strict";
import { test } from "node:test";
import { createDocument } from "./document.js";
import { documentQuotes } from "./quotes.js";

/** Each top-level quotation as its text, paragraph breaks shown as " / ". */
const quoted = (paragraphs: string[]): string[] => {
  const doc = createDocument(paragraphs.join("\n\n"), { id: "a" });
  return documentQuotes(doc)
    .filter((q) => q.depth === 0)
    .map((q) => doc.text.slice(q.start, q.end).replace(/\s*\n\s*/g, " / "));
};

test("a letter laid over paragraphs, opening mark on the first and closing mark on the last, is one quote", () => {
  assert.deepEqual(
    quoted([
      "The head teacher wrote to parents on Friday:",
      "“The roof of the east wing is unsafe.",
      "Classes will move to the hall until the spring.",
      "We thank you for your patience.” The letter was signed by the board.",
    ]),
    [
      "“The roof of the east wing is unsafe. / Classes will move to the hall until the spring. / We thank you for your patience.”",
    ],
  );
});

test("the news convention, an opening mark on each paragraph and a closing mark on the last, is one quote", () => {
  assert.deepEqual(quoted(["“We waited all night.", "“Nobody came,” said Oren Vale."]), [
    "“We waited all night. / “Nobody came,”",
  ]);
});

test("single marks: a post over two paragraphs is one quote; apostrophes and elided years close nothing", () => {
  assert.deepEqual(quoted(["‘The council lied to us.", "Shameful!’ the mayor posted."]), [
    "‘The council lied to us. / Shameful!’",
  ]);
  // "dogs’" ends a word, not a quotation: the open mark stays in its paragraph and is dropped.
  assert.deepEqual(quoted(["‘The council lied to us.", "The dogs’ shelter stayed shut."]), []);
  assert.deepEqual(quoted(["Back in the ‘90s it was open.", "It closed in 2001.’"]), []);
});

test("a quote left open is closed at its paragraph end when the next mark of its family opens", () => {
  assert.deepEqual(quoted(["He said “we will win.", "Later she called it “a farce” on air."]), [
    "“we will win.",
    "“a farce”",
  ]);
});

test("a closing mark too many paragraphs away ends nothing: the quote closes at its own paragraph end", () => {
  const filler = Array.from({ length: 9 }, (_, i) => `Filler paragraph number ${i + 1}.`);
  assert.deepEqual(quoted(["He said “we will win.", ...filler, "Done.” The end."]), [
    "“we will win.",
    "Done.”",
  ]);
});

test("a spaced straight mark with nothing open opens a quote when the paragraph's next straight mark can only close", () => {
  assert.deepEqual(
    quoted([
      'Says Governor Lena Marsh, " We will close every crossing, one by one, starting from the north."',
    ]),
    ['" We will close every crossing, one by one, starting from the north."'],
  );
  assert.deepEqual(quoted(['"We are ready, " Marsh said, and left.']), ['"We are ready, "']);
});

test("a straight mark right after a colon opens a quote: a hearing's record with no space after the speaker", () => {
  assert.deepEqual(
    quoted([
      'Councillor Ines Varga:"Who told you the ferry was safe? Who told you that?"',
      'Harbour master Tomas Brandt:"The inspectors did." He said no more.',
    ]),
    ['"Who told you the ferry was safe? Who told you that?"', '"The inspectors did."'],
  );
});
