import assert from "node:assert/strict";
import { test } from "node:test";
import { documentFromString } from "../ingest/index.js";
import type { Document } from "../text/document.js";
import type { AttributionSpans } from "./attributions.js";
import { sourceOptions } from "./cue-features.js";
import { probability } from "./cue-model.js";
import { attributeVoices } from "./index.js";
import { voiceLexicon } from "./lexicon.js";
import { MentionFinder } from "./mentions.js";
import {
  chooseRuleSources,
  quotedSpeakers,
  rankedOptions,
  readingCandidate,
  sourceModel,
  sourceModelFeatures,
  sourceProbability,
} from "./source-model.js";

const doc = (text: string): Document => documentFromString(text, { id: "a", format: "text" });

/** Each attribution as `[source] <cue> {content}`, the readable form the tests compare. */
const show = (d: Document, list: AttributionSpans[]): string[] =>
  list.map((a) => {
    const at = (s: { start: number; end: number } | undefined) => (s ? d.text.slice(s.start, s.end) : "-");
    return `[${at(a.source)}] <${at(a.cue)}> {${at(a.content)}}`;
  });

/** The rules' indirect attributions of a text, before any source model. */
function ruled(text: string): { d: Document; found: AttributionSpans[] } {
  const d = doc(text);
  const lex = voiceLexicon();
  const saved = lex.sourceModel;
  lex.sourceModel = undefined;
  try {
    return {
      d,
      found: attributeVoices(d, { matches: [], sources: [] }).attributions.filter((a) => !a.direct),
    };
  } finally {
    lex.sourceModel = saved;
  }
}

/** The features of each source option of the cue word `cue`, by the option's text. */
function optionFeatures(text: string, cue: string): Map<string, string[]> {
  const d = doc(text);
  const lex = voiceLexicon();
  const m = new MentionFinder(d.text, d.tokenStore, lex);
  let token = 0;
  while (token < d.tokenStore.length && d.tokenStore.key(token) !== cue) token++;
  const sentence = d.sentences.findIndex((s) => s.tokenStart <= token && token < s.tokenEnd);
  const c = readingCandidate({ token, sentence, inverted: false });
  const out = new Map<string, string[]>();
  for (const o of sourceOptions(d, m, c))
    out.set(
      d.text.slice(d.tokenStore.starts[o.mention.first], d.tokenStore.ends[o.mention.last]),
      sourceModelFeatures(d, lex, c, o, "rule"),
    );
  return out;
}

test("a source option reads its grammatical place: subject, passive agent, appositive head", () => {
  const role = (text: string, cue: string, option: string) =>
    optionFeatures(text, cue)
      .get(option)
      ?.find((f) => f.startsWith("role:"));
  assert.equal(
    role("Tova Randle said that the bridge would close in May.", "said", "Tova Randle"),
    "role:subject",
  );
  assert.equal(
    role("The levy was endorsed by the farmers' union last week.", "endorsed", "the farmers' union"),
    "role:agent",
  );
  assert.equal(
    role("Tova Randle, the council's engineer, warned that the bridge would close.", "warned", "Tova Randle"),
    "role:appositive",
  );
});

test("a cue in a 'to' complement offers the subject of the verb governing it", () => {
  const role = (text: string, cue: string, option: string) =>
    optionFeatures(text, cue)
      .get(option)
      ?.find((f) => f.startsWith("role:"));
  assert.equal(
    role("Most dairy farmers choose to not believe the survey.", "believe", "Most dairy farmers"),
    "role:chain",
  );
  assert.equal(
    role("The harbour board plans to try to repeal the levy.", "repeal", "The harbour board"),
    "role:chain",
  );
  // A capitalised word before "to" is no governing verb ("took to Twitter to say").
  const twitter = optionFeatures("The mayor took to Fernpost to say the depot would close.", "say");
  assert.ok(![...twitter.values()].some((f) => f.includes("role:chain")), [...twitter.keys()].join(" | "));
});

test("a source option counts the clause boundaries it crosses and sees quotation marks", () => {
  const f = optionFeatures("Tova Randle, who runs the depot, said that the bridge would close.", "said").get(
    "Tova Randle",
  );
  assert.ok(f?.includes("clauses:2"), String(f));
  assert.ok(f?.includes("quoted:false"));
  assert.ok(f?.includes("origin:rule"));
});

test("the compiled model gives every option the probability its feature strings give, bit for bit", () => {
  const lex = voiceLexicon();
  const shipped = lex.sourceModel;
  assert.ok(shipped);
  const byName = {
    threshold: shipped.threshold,
    bias: shipped.bias,
    weights: new Map([...shipped.ids].map(([f, id]) => [f, shipped.weights[id]])),
  };
  let options = 0;
  for (const [text, cue] of [
    ["Tova Randle, who runs the depot, said that the bridge would close.", "said"],
    ["The levy was endorsed by the farmers' union last week.", "endorsed"],
    ["According to the ministry, fares will rise.", "according"],
  ])
    for (const features of optionFeatures(text, cue).values()) {
      options++;
      assert.equal(sourceProbability(shipped, features), probability(byName, features));
    }
  assert.ok(options >= 3, `only ${options} options`);
});

test("a rules' cue takes the likeliest option as source, or none below the rule threshold", () => {
  const { d, found } = ruled("The council's engineer Tova Randle said that the bridge would close.");
  // An invented model that prefers the sentence's first mention to the subject the rules read.
  const trusting = sourceModel({
    threshold: 0.5,
    ruleThreshold: 0.5,
    bias: -2,
    features: ["via:opening", "via:rule"],
    weights: [5, 3],
  });
  assert.deepEqual(show(d, chooseRuleSources(d, voiceLexicon(), found, trusting)), [
    "[The council's engineer Tova Randle] <said> {that the bridge would close}",
  ]);
  const doubting = sourceModel({
    threshold: 0.5,
    ruleThreshold: 0.99,
    bias: -2,
    features: ["role:subject"],
    weights: [5],
  });
  assert.deepEqual(show(d, chooseRuleSources(d, voiceLexicon(), found, doubting)), [
    "[-] <said> {that the bridge would close}",
  ]);
});

test("the features and weights of the model file line up", () => {
  assert.throws(
    () => sourceModel({ threshold: 0.5, ruleThreshold: 0.5, bias: 0, features: ["a", "b"], weights: [1] }),
    /differ in length/,
  );
});

test("a source option that names someone the text quotes reads as known, another name does not", () => {
  const d = doc(
    'Ines Harrow opened the depot in March. "We will hire forty drivers," Harrow said. ' +
      "Oskar Venn doubts that, and Harrow believes the yard will pay.",
  );
  const lex = voiceLexicon();
  const m = new MentionFinder(d.text, d.tokenStore, lex);
  const quoted = quotedSpeakers(d, attributeVoices(d, { matches: [], sources: [] }).attributions);
  const known = (cue: string) => {
    let token = 0;
    while (d.tokenStore.key(token) !== cue) token++;
    const sentence = d.sentences.findIndex((s) => s.tokenStart <= token && token < s.tokenEnd);
    const c = readingCandidate({ token, sentence, inverted: false });
    return rankedOptions(d, lex, m, c, "learned", quoted)
      .filter(({ option: o }) => o.via === "before")
      .map(({ option: o, features }) => [
        d.text.slice(d.tokenStore.starts[o.mention.first], d.tokenStore.ends[o.mention.last]),
        features.find((f) => f.startsWith("known:")),
      ]);
  };
  assert.deepEqual(known("believes"), [["Harrow", "known:true"]]);
  assert.deepEqual(known("doubts"), [["Oskar Venn", "known:false"]]);
});
