import assert from "node:assert/strict";
import { test } from "node:test";
import { textDocument } from "../testing/voices.js";
import { findCredits, findDatelines } from "./credits.js";

const credits = (text: string) => findCredits(textDocument(text)).map((c) => `${c.kind}: ${c.credited}`);

test("datelines, bylines and credit lines credit the whole text", () => {
  assert.deepEqual(
    credits(
      "Strike news\n\nPORT ELLIS, 3 May (Northern Press Agency) - Dock workers struck.\n\nBy Mara Ilves (Harbour Wire)\n\nSource: The Harbour Ledger\n\nOriginally published in the Kessel Courier.\n\nThis report was originally published by Ann Wold at Kessel Today",
    ),
    [
      "dateline: Northern Press Agency",
      "byline: Harbour Wire",
      "line: The Harbour Ledger",
      "line: the Kessel Courier.",
      "line: Ann Wold at Kessel Today",
    ],
  );
});

test("inline credits: first reported by, as reported by", () => {
  assert.deepEqual(credits("The cranes failed, as first reported by The Harbour Ledger on Monday."), [
    "inline: The Harbour Ledger on Monday",
  ]);
});

test("photo credits, plain bylines and prose are no credit for the text", () => {
  assert.deepEqual(
    credits(
      "Photo: Northern Press Agency\n\nBy Rob Gellert\n\nThe source of the trouble (the union) is clear - pay.\n\nSource who works at the Harbour Hotel said #Vell had the suite since May 25th.",
    ),
    [],
  );
});

test("a wire sign-off in brackets is the page's furniture; a bracketed aside is not", async () => {
  const { attributeVoices } = await import("./index.js");
  const doc = textDocument(
    "Dock workers at Port Ellis struck on Tuesday.\n\n(Reporting by Tomas Lind; editing by Ana Roux)\n\n(The port had been closed once before, in 2019.)",
  );
  const r = attributeVoices(doc, { matches: [], sources: [] });
  assert.deepEqual(
    r.sentenceVoices.map((v) => v.kind),
    ["author", "credit", "author"],
  );
});

test("the datelines alone are the dateline credits, found the same way", () => {
  const doc = textDocument(
    "Strike news\n\nPORT ELLIS, 3 May (Northern Press Agency) - Dock workers struck.\n\nBy Mara Ilves (Harbour Wire)\n\nKESSEL (NPA) — Talks resumed.\n\nPhoto: KESSEL (NPA) - the quay.\n\nThe union (which has 900 members) said so.",
  );
  assert.deepEqual(
    findDatelines(doc),
    findCredits(doc).filter((c) => c.kind === "dateline"),
  );
  assert.deepEqual(
    findDatelines(doc).map((c) => c.credited),
    ["Northern Press Agency", "NPA"],
  );
});
