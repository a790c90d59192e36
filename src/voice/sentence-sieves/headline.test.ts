import assert from "node:assert/strict";
import { test } from "node:test";
import { documentFromString } from "../../ingest/index.js";
import { attributeVoices } from "../index.js";

// The voice of an article's first sentence, its headline, as "kind name-or-description".
function headline(line: string, body: string): string {
  const doc = documentFromString(`${line}\n\n${body}`, { id: "a", format: "text" });
  const v = attributeVoices(doc, { matches: [], sources: [] }).sentenceVoices[0];
  return [v.kind, v.name ?? v.description].filter(Boolean).join(" ");
}

const BODY =
  "The former harbour master of the Lower Provinces, Edda Rask, told a meeting in Kessel on Monday that the council had hidden the state of the ferry fleet. The council denied it.";

test("a headline is the outlet's line, never the speech of a name it holds", () => {
  // "Provinces" after "Lower", as the body writes the name, is no speech verb.
  assert.equal(
    headline(
      "Former Harbour Master of the Lower Provinces Accuses Council of Ferry Cover-up, Calls for Inquiry",
      BODY,
    ),
    "speaker Former Harbour Master of the Lower Provinces",
  );
  assert.equal(headline("Ferry Fleet in the Lower Provinces Is Older Than Anyone Admitted", BODY), "author");
  assert.equal(headline("Did the Council Hide the State of the Fleet?", BODY), "author");
  assert.equal(headline("SPECIAL REPORT: The Ferries of the Lower Provinces", BODY), "author");
  assert.equal(headline("Council Releases 12 Fleet Inspection Reports", BODY), "author");
  assert.equal(headline("Council Closes Harbour Office After Ferry Report", BODY), "author");
});

test("a headline that reports someone with its own speech verb or a colon before a quotation is that speaker's", () => {
  assert.equal(headline("The Harbour Council Says Relax", BODY), "speaker Harbour Council");
  assert.equal(
    headline("Deputy harbour minister: ‘The fleet is not safe to sail’", BODY),
    "speaker Deputy harbour minister",
  );
  // A title-case kicker before the colon is no speaker; the verb after it names one.
  assert.equal(headline("Kessel: Harbour Master Warns of Unsafe Ferries", BODY), "speaker Harbour Master");
  // "accused" in a headline is passive: the council is spoken of, not speaking.
  assert.equal(headline("Kessel Council Accused of Hiding Ferry Faults", BODY), "author");
});

test("a headline closing on ': Report' is the report's claim; a quoted crosshead between paragraphs is the outlet's label", () => {
  assert.equal(headline("Harbour Master Hid Ferry Faults for Years: Report", BODY), "document report");
  const doc = documentFromString(
    `Ferry faults hidden\n\n${BODY}\n\n'Not safe'\n\nThe council's ferry officer said the fleet had passed every inspection. "Not one boat is unsafe," he said.`,
    { id: "a", format: "text" },
  );
  const voices = attributeVoices(doc, { matches: [], sources: [] }).sentenceVoices;
  const at = doc.sentences.findIndex((s) => doc.text.slice(s.start, s.end) === "'Not safe'");
  assert.deepEqual(voices[at], { kind: "author" });
});
