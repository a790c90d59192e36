import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { loadData } from "../data.js";
import { createDocument } from "../text/document.js";
import { rhetoricLexicon, validateRhetoricLexicon } from "./index.js";

const lexicon = rhetoricLexicon();
const cue = (rule: string) => {
  const t = lexicon.techniques.find((x) => x.rule === rule);
  assert.ok(t && t.cues.length > 0, `the lexicon has cues for ${rule}`);
  return t.cues[0];
};

/** The rhetoric findings of a text as `rule "span"`. */
function flags(text: string): string[] {
  const doc = createDocument(text, { id: "a" });
  return analyze(doc)
    .findings.filter((f) => f.source === "rhetoric")
    .map((f) => `${f.ruleId} "${doc.text.slice(f.span?.start, f.span?.end)}"`);
}

test("flags a cue in the author's own voice, with the rule, the span and an explanation", () => {
  const loaded = cue("rhetoric/loaded-language");
  const text = `The council met on Tuesday. It was a ${loaded} decision by the council, and the vote was close.`;
  assert.deepEqual(flags(text), [`rhetoric/loaded-language "${loaded}"`]);
  const doc = createDocument(text, { id: "a" });
  const f = analyze(doc).findings.find((x) => x.source === "rhetoric");
  assert.equal(f?.severity, "info");
  assert.match(f?.message ?? "", /emotional charge/);
});

test("never flags inside quotes or reproduced documents, whatever the technique", () => {
  for (const t of lexicon.techniques) {
    for (const c of t.cues.slice(0, 5)) {
      const quoted = `The council met on Tuesday. "It was a ${c} decision," said Mara Lind, a resident.`;
      assert.deepEqual(flags(quoted), [], `speech: ${c}`);
      const scare = `The council met on Tuesday and called the plan "${c}" in its minutes.`;
      assert.deepEqual(flags(scare), [], `scare quote: ${c}`);
      const block = `The council met on Tuesday. As the minutes put it:\n\n"The plan is ${c} and the members said so at length."\n\nThe meeting ended at nine.`;
      assert.deepEqual(flags(block), [], `reproduced: ${c}`);
    }
  }
});

test("the shipped lexicon is valid, and a bad edit is caught", () => {
  validateRhetoricLexicon(loadData("rhetoric-lexicon.json"));
  const dup = structuredClone(
    loadData<{ techniques: { cues: string[]; rule: string }[] }>("rhetoric-lexicon.json"),
  );
  dup.techniques[0].cues.push(dup.techniques[0].cues[0]);
  assert.throws(() => validateRhetoricLexicon(dup), /listed twice/);
  const rule = structuredClone(
    loadData<{ techniques: { cues: string[]; rule: string }[] }>("rhetoric-lexicon.json"),
  );
  rule.techniques[0].rule = "rhetoric/made-up";
  assert.throws(() => validateRhetoricLexicon(rule), /bad rule id/);
});
