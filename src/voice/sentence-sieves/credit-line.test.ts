import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../analyze.js";
import { documentFromString } from "../../ingest/index.js";
import { runSentenceSieve } from "../../testing/voices.js";
import { creditLine } from "./credit-line.js";

test("credit-line: photo credits and caption lines in plain text are credits, prose is not", () => {
  assert.deepEqual(
    runSentenceSieve(
      creditLine,
      [
        "The ferry resumed service on Monday, the harbour office said.",
        "Photo: Jane Roe/Kestrel Press Agency",
        "Image: a ferry leaving the north quay at dawn.",
        "The quay was rebuilt after the storm. (Photo by Tomas Brandt)",
        "Maren Holt/Harbour Gazette.",
        "(Kestrel Press photo: Jane Roe)",
        "(Harbour officials said the photo: a fake.)",
        "Photos of the storm show the quay under water, and 300 people were evacuated.",
        "Pictures tell a different story than the council claims.",
      ].join("\n\n"),
    ),
    [
      "[-] The ferry resumed service on Monday, the harbour office said.",
      "[credit] Photo: Jane Roe/Kestrel Press Agency",
      "[credit] Image: a ferry leaving the north quay at dawn.",
      "[-] The quay was rebuilt after the storm.",
      "[credit] (Photo by Tomas Brandt)",
      "[credit] Maren Holt/Harbour Gazette.",
      "[credit] (Kestrel Press photo: Jane Roe)",
      "[-] (Harbour officials said the photo: a fake.)",
      "[-] Photos of the storm show the quay under water, and 300 people were evacuated.",
      "[-] Pictures tell a different story than the council claims.",
    ],
  );
});

test("credit-line: an HTML figure caption is a credit, not the author's, and states no claim", () => {
  const html =
    "<html><head><title>Quay</title></head><body><article><h1>Quay reopens</h1>" +
    "<p>The north quay reopened on Monday after a repair that cost 4 million euros.</p>" +
    "<figure><img src='q.jpg'><figcaption>Workers repaired 300 metres of the quay wall in six weeks. Photo: Jane Roe/Kestrel Press Agency</figcaption></figure>" +
    "<p>Ferry pilots said the new wall made mooring safer than it had been for 20 years.</p></article></body></html>";
  const doc = documentFromString(html, { id: "a", format: "html" });
  const report = analyze(doc);
  const caption = doc.text.indexOf("Workers repaired");
  assert.ok(caption >= 0, "the caption is kept in the text");
  const voiceAt = (at: number) =>
    report.sentences.find((s) => s.start <= at && at < s.end)?.voice.kind ?? "none";
  assert.equal(voiceAt(caption), "credit");
  assert.equal(voiceAt(doc.text.indexOf("Photo: Jane Roe")), "credit");
  assert.equal(voiceAt(doc.text.indexOf("The north quay")), "author");
  assert.ok(
    report.claims.every((c) => !(c.start <= caption && caption < c.end)),
    "no claim in the caption",
  );
  assert.ok(report.claims.some((c) => doc.text.slice(c.start, c.end).includes("4 million euros")));
});

test("credit-line: a line of a dash and a name signing the text above, and a sign-off closing a paragraph, are credits", () => {
  assert.deepEqual(
    runSentenceSieve(
      creditLine,
      [
        "The ferry will not sail on Friday, the pilots told the Kessel Courier.",
        "–Kessel Courier",
        "“We sail when the quay is safe.”",
        "— Ines Varga (@inesvarga) May 3, 2026",
        "- No new sailings -",
        "— The pilots said they would not sail.",
        "The quay stays closed. (Reporting by Ada Lind in Port Ellis; Editing by Tom Reed.)",
      ].join("\n\n"),
    ),
    [
      "[-] The ferry will not sail on Friday, the pilots told the Kessel Courier.",
      "[credit] –Kessel Courier",
      "[-] “We sail when the quay is safe.”",
      "[credit] — Ines Varga (@inesvarga) May 3, 2026",
      "[-] - No new sailings -",
      "[-] — The pilots said they would not sail.",
      "[-] The quay stays closed.",
      "[credit] (Reporting by Ada Lind in Port Ellis; Editing by Tom Reed.)",
    ],
  );
});
