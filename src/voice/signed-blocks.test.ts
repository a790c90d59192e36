import assert from "node:assert/strict";
import { test } from "node:test";
import { sentenceVoiceHeads as voices } from "../testing/voices.js";

test("letters under a LETTERS line are their signers' text, each up to its name and place", () => {
  assert.deepEqual(
    voices(
      "Ferry cuts divide the islands.\n\nLETTERS.\n\nThe council has abandoned the outer islands. Nobody here was asked.\n\nThe new timetable will empty the schools within five years.\n\nDana Whitlock.\n\nPort Ellery, Calif.\n\nTwo sailings a day is plenty for a village of ninety people.\n\nMarcus T. Vell.\n\nBrackenridge.",
    ),
    [
      "author Ferry cuts divide",
      "author LETTERS.",
      "document:Dana Whitlock The council has",
      "document:Dana Whitlock Nobody here was",
      "document:Dana Whitlock The new timetable",
      "author Dana Whitlock.",
      "author Port Ellery, Calif.",
      "document:Marcus T. Vell Two sailings a",
      "author Marcus T. Vell.",
      "author Brackenridge.",
    ],
  );
});

test("a signature with a dash and its place on one line closes a letter", () => {
  assert.deepEqual(
    voices(
      "FROM OUR READERS\n\nThe harbour dredging is overdue and the council knows it.\n\n— Dana Whitlock, Port Ellery\n\nThe dredging will ruin the oyster beds.\n\n— Ines Varga, Kessel Valley",
    ),
    [
      "author FROM OUR READERS",
      "document:Dana Whitlock The harbour dredging",
      "credit — Dana Whitlock,",
      "document:Ines Varga The dredging will",
      "credit — Ines Varga,",
    ],
  );
});

test("posts under FACEBOOK and TWITTER lines are their writers'; the outlet's question and its closing line stay the author's", () => {
  assert.deepEqual(
    voices(
      "FACEBOOK.\n\nThe council voted on Thursday to cut the island ferry to two sailings.\n\nThe islands pay the same taxes as the mainland. They deserve the same service.\n\nRosa Amberley.\n\nTwo sailings is more than most villages get.\n\nTom Ferriby.\n\nTWITTER.\n\nWe asked our followers what they thought of the cuts.\n\nThe islands always lose.\n\n@harbourrosa.\n\nFair enough, times are hard.\n\n@tferriby.\n\nFollow @CourierOpinion for more of this discussion.",
    ),
    [
      "author FACEBOOK.",
      "author The council voted",
      "document:Rosa Amberley The islands pay",
      "document:Rosa Amberley They deserve the",
      "author Rosa Amberley.",
      "document:Tom Ferriby Two sailings is",
      "author Tom Ferriby.",
      "author TWITTER.",
      "author We asked our",
      "document:@harbourrosa The islands always",
      "author @harbourrosa.",
      "document:@tferriby Fair enough, times",
      "author @tferriby.",
      "author Follow @CourierOpinion for",
    ],
  );
});

test("without a section line, or with no signature closing it, a block stays the author's", () => {
  assert.deepEqual(voices("The islands always lose.\n\nRosa Amberley.\n\nTwo sailings is plenty."), [
    "author The islands always",
    "author Rosa Amberley.",
    "author Two sailings is",
  ]);
  assert.deepEqual(
    voices("LETTERS.\n\nThe islands always lose. The council never listens to the outer villages."),
    ["author LETTERS.", "author The islands always", "author The council never"],
  );
});
