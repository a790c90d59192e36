import assert from "node:assert/strict";
import { test } from "node:test";
import { documentFromString } from "../ingest/index.js";
import type { Document } from "../text/document.js";
import type { AttributionSpans } from "./attributions.js";
import { type CueModel, learnedAttributions } from "./cue-model.js";
import { attributeVoices } from "./index.js";
import { voiceLexicon } from "./lexicon.js";

const doc = (text: string): Document => documentFromString(text, { id: "a", format: "text" });

/** Each attribution as `[source] <cue> {content}`, the readable form the tests compare. */
const show = (d: Document, list: AttributionSpans[]): string[] =>
  list.map((a) => {
    const at = (s: { start: number; end: number } | undefined) => (s ? d.text.slice(s.start, s.end) : "-");
    return `[${at(a.source)}] <${at(a.cue)}> {${at(a.content)}}`;
  });

// An invented model that knows one cue word, "wagers", and trusts names as sources.
const model = (sourceThreshold: number): CueModel => ({
  threshold: 0.5,
  bias: -4,
  weights: new Map([["w:wagers", 8]]),
  source: { threshold: sourceThreshold, bias: -1, weights: new Map([["kind:name", 4]]) },
  check: { threshold: 0, bias: 0, weights: new Map() },
});

const run = (text: string, m: CueModel) => {
  const d = doc(text);
  const r = attributeVoices(d, { matches: [], sources: [] });
  const ruled = r.attributions.filter((a) => !a.cue || d.text.slice(a.cue.start, a.cue.end) !== "wagers");
  return { d, found: learnedAttributions(d, voiceLexicon(), r.quotes, ruled, m) };
};

test("a word the model reads as a cue gets the subject as source and the clause as content", () => {
  const { d, found } = run("Mara Quist wagers that fares will rise next year.", model(0.5));
  assert.deepEqual(show(d, found), ["[Mara Quist] <wagers> {that fares will rise next year}"]);
});

test("the subject is left out when the source model does not trust it", () => {
  const { d, found } = run("Mara Quist wagers that fares will rise next year.", model(0.99));
  assert.deepEqual(show(d, found), ["[-] <wagers> {that fares will rise next year}"]);
});

test("a cue word inside a quotation or another attribution is no cue", () => {
  const quoted = run("She wrote: “Mara Quist wagers that fares will rise.” Nothing more.", model(0.5));
  assert.deepEqual(show(quoted.d, quoted.found), []);
  const inside = run("Officials said Mara Quist wagers that fares will rise.", model(0.5));
  assert.deepEqual(show(inside.d, inside.found), []);
});

test("without a model nothing is added", () => {
  const d = doc("Mara Quist wagers that fares will rise next year.");
  const r = attributeVoices(d, { matches: [], sources: [] });
  assert.deepEqual(learnedAttributions(d, voiceLexicon(), r.quotes, [], undefined), []);
});

test("the shipped model's attributions are spans of the normalized text", () => {
  const d = doc(
    "The mayor is expected to sign the budget on Friday. Many residents fear the plan will raise rents, and two council members oppose it.",
  );
  const r = attributeVoices(d, { matches: [], sources: [] });
  for (const a of r.attributions)
    for (const s of [a.source, a.cue, a.content])
      if (s) assert.ok(0 <= s.start && s.start < s.end && s.end <= d.text.length);
});
