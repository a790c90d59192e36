import assert from "node:assert/strict";
import { test } from "node:test";
import { formWidgets } from "./form-widgets.js";

/** Paragraphs of `lines` joined by blank lines, as `[start, end)` spans, and the joined text. */
function page(lines: string[]): { text: string; paragraphs: { start: number; end: number }[] } {
  const paragraphs: { start: number; end: number }[] = [];
  let text = "";
  for (const line of lines) {
    if (text) text += "\n\n";
    paragraphs.push({ start: text.length, end: text.length + line.length });
    text += line;
  }
  return { text, paragraphs };
}

const POLL = [
  "Should the Tarnholm ferry run on Sundays?",
  "Should the Tarnholm ferry run on Sundays?",
  "* Yes, every Sunday No, never Only in summer",
  "Email *",
  "Name This field is for validation purposes and should be left unchanged.",
  "Completing this poll grants you access to Harbour Watch updates free of charge.",
  "You may opt out at anytime.",
  "You also agree to this site\u2019s Privacy Policy and Terms of Use.",
];

test("a poll set inside a story runs from its opening line, which may close a paragraph of the story, to the form's last line", () => {
  const { text, paragraphs } = page([
    "The council voted on Tuesday to cut the winter timetable. take our poll - story continues below",
    ...POLL,
    "The cut saves the council \u00a3140,000 a year, its finance report says.",
  ]);
  const spans = formWidgets(text, paragraphs);
  assert.equal(spans.length, 1);
  const [start, end] = spans[0];
  assert.ok(text.slice(start, end).startsWith("take our poll"));
  assert.ok(text.slice(start, end).endsWith("Terms of Use."));
  assert.ok(!text.slice(start, end).includes("winter timetable"));
  assert.ok(!text.slice(start, end).includes("finance report"));
});

test("with no opening line, only the form's own lines are the site's; a long paragraph ends the walk back", () => {
  const { text, paragraphs } = page([
    "Should the Tarnholm ferry run on Sundays?",
    "The harbour board met for three hours on Tuesday and heard from eleven residents, two skippers, the coastguard and the council's transport officer before it voted to keep the Sunday crossing for one more year.",
    "Email This field is for validation purposes and should be left unchanged.",
    "You may opt out at any time.",
  ]);
  const spans = formWidgets(text, paragraphs);
  assert.deepEqual(
    spans.map(([s, e]) => text.slice(s, e)),
    [
      "Email This field is for validation purposes and should be left unchanged.\n\nYou may opt out at any time.",
    ],
  );
});

test("a story that only mentions such words, or quotes a form line at length, holds no poll", () => {
  const { text, paragraphs } = page([
    "The story continues below the fold in the printed edition, the editor said.",
    "Residents who signed up were told in a letter from the harbour board, sent to every household on the island last week along with the new timetable and a map of the quay works, that they may opt out at any time.",
    "Privacy campaigners say the board's privacy policy and terms of use are too long.",
  ]);
  assert.deepEqual(formWidgets(text, paragraphs), []);
});
