import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { documentFromString } from "../ingest/index.js";
import type { Document } from "../text/document.js";
import type { AttributionSpans } from "./attributions.js";
import { cueCandidates, freeTokens, sourceFeatures, sourceOptions } from "./cue-features.js";
import {
  type CueModel,
  compiledProbability,
  documentCandidates,
  fromCandidates,
  learnedAttributions,
  mayReachThreshold,
  probability,
  scoreCandidates,
  selectAttributions,
} from "./cue-model.js";
import { attributeVoices } from "./index.js";
import { voiceLexicon } from "./lexicon.js";
import { MentionFinder } from "./mentions.js";
import { quotedSpeakers, type SourceModel, sourceModel } from "./source-model.js";

const doc = (text: string): Document => documentFromString(text, { id: "a", format: "text" });

/** Each attribution as `[source] <cue> {content}`, the readable form the tests compare. */
const show = (d: Document, list: AttributionSpans[]): string[] =>
  list.map((a) => {
    const at = (s: { start: number; end: number } | undefined) => (s ? d.text.slice(s.start, s.end) : "-");
    return `[${at(a.source)}] <${at(a.cue)}> {${at(a.content)}}`;
  });

// An invented model that knows one cue word, "wagers", and a source model that trusts names.
const model = (): CueModel => ({
  threshold: 0.5,
  bias: -4,
  weights: new Map([["w:wagers", 8]]),
});
const trustsNames = (threshold: number): SourceModel =>
  sourceModel({ threshold, ruleThreshold: 0, bias: -1, features: ["kind:name"], weights: [4] });

const run = (text: string, m: CueModel, sourceThreshold = 0.5) => {
  const d = doc(text);
  const r = attributeVoices(d, { matches: [], sources: [] });
  const ruled = r.attributions.filter((a) => !a.cue || d.text.slice(a.cue.start, a.cue.end) !== "wagers");
  return {
    d,
    found: d.sentences.flatMap((_, i) =>
      learnedAttributions(d, voiceLexicon(), r.quotes, ruled, m, trustsNames(sourceThreshold))(i),
    ),
  };
};

test("a word the model reads as a cue gets the subject as source and the clause as content", () => {
  const { d, found } = run("Mara Quist wagers that fares will rise next year.", model());
  assert.deepEqual(show(d, found), ["[Mara Quist] <wagers> {that fares will rise next year}"]);
});

test("the subject is left out when the source model does not trust it", () => {
  const { d, found } = run("Mara Quist wagers that fares will rise next year.", model(), 0.99);
  assert.deepEqual(show(d, found), ["[-] <wagers> {that fares will rise next year}"]);
});

test("a cue word inside a quotation or another attribution is no cue", () => {
  const quoted = run("She wrote: “Mara Quist wagers that fares will rise.” Nothing more.", model());
  assert.deepEqual(show(quoted.d, quoted.found), []);
  const inside = run("Officials said Mara Quist wagers that fares will rise.", model());
  assert.deepEqual(show(inside.d, inside.found), []);
});

test("one scoring selects, for every threshold pair, what a model with those thresholds finds", () => {
  const d = doc(
    "Mara Quist wagers that fares will rise. The council wagers nothing. Ines Varga wagers fares will fall, and she wagers on it.",
  );
  const lex = voiceLexicon();
  const r = attributeVoices(d, { matches: [], sources: [] });
  const candidates = documentCandidates(d, lex, r.quotes, []);
  // A cue model whose probabilities differ by word, so that thresholds keep different cues.
  const graded = (threshold: number): CueModel => ({
    threshold,
    bias: -1,
    weights: new Map([
      ["w:wagers", 2.5],
      ["w:fares", 0.5],
      ["w:rise", 1.2],
    ]),
  });
  const scored = scoreCandidates(d, lex, candidates, graded(0), trustsNames(0), 0.2);
  let differ = 0;
  let previous = "";
  for (const cue of [0.2, 0.5, 0.7, 0.9])
    for (const source of [0, 0.5, 0.7, 0.99]) {
      const once = show(d, selectAttributions(d, scored, cue, source));
      assert.deepEqual(once, show(d, fromCandidates(d, lex, candidates, graded(cue), trustsNames(source))));
      if (once.join() !== previous) differ++;
      previous = once.join();
    }
  assert.ok(differ > 3, "the thresholds tried keep different attributions");
});

test("without a model nothing is added", () => {
  const d = doc("Mara Quist wagers that fares will rise next year.");
  const r = attributeVoices(d, { matches: [], sources: [] });
  assert.deepEqual(learnedAttributions(d, voiceLexicon(), r.quotes, [], undefined)(0), []);
});

test("the learned attributions read sentence by sentence are one reading of the whole text's, each inside its sentence", () => {
  const texts = [
    "Mara Quist wagers that fares will rise. The council wagers nothing. Ines Varga wagers fares will fall, and she wagers on it.",
    readFileSync(new URL("../../examples/heatwave-blog.txt", import.meta.url), "utf8"),
  ];
  for (const [text, m] of [
    [texts[0], model()],
    [texts[1], undefined],
  ] as const) {
    const d = doc(text);
    const lex = voiceLexicon();
    const r = attributeVoices(d, { matches: [], sources: [] });
    const cue = (m ?? lex.cueModel) as CueModel;
    const candidates = documentCandidates(d, lex, r.quotes, r.ruledAttributions, cue);
    const whole = fromCandidates(
      d,
      lex,
      candidates,
      cue,
      lex.sourceModel,
      quotedSpeakers(d, r.ruledAttributions),
    );
    const read = learnedAttributions(d, lex, r.quotes, r.ruledAttributions, cue);
    // Asked in reverse order, and twice: what one sentence takes bars nothing in another.
    const bySentence = d.sentences
      .map((_, i) => i)
      .reverse()
      .map((i) => read(i));
    assert.deepEqual(read(0), bySentence.at(-1));
    bySentence.reverse().forEach((list, i) => {
      const s = d.sentences[i];
      for (const a of list)
        for (const span of [a.source, a.cue, a.content])
          if (span) assert.ok(s.start <= span.start && span.end <= s.end, `${show(d, [a])} in sentence ${i}`);
    });
    const byStart = (l: AttributionSpans[]) =>
      show(
        d,
        [...l].sort((a, b) => a.content.start - b.content.start),
      );
    assert.ok(whole.length > 0);
    assert.deepEqual(byStart(bySentence.flat()), byStart(whole));
  }
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

test("the compiled weights give every free word the probability its feature strings give", () => {
  const lex = voiceLexicon();
  const shipped = lex.cueModel;
  assert.ok(shipped);
  // An invented model over every kind of feature, pairs included, beside the shipped one.
  const invented: CueModel = {
    ...model(),
    weights: new Map([
      ["w:fear", 1.5],
      ["wn:fear_the", 0.75],
      ["pw:residents_fear", -0.25],
      ["subj-rate:none_none", 0.125],
      ["rate-that:none_false", 0.0625],
      ["lex:verb", 2],
      ["p:pronoun", 1],
      ["shape:low", 0.5],
    ]),
  };
  const d = doc(
    "The mayor is expected to sign the budget on Friday. Many residents fear the plan will raise rents, and two council members oppose it. She argues it is fair, officials said.",
  );
  const r = attributeVoices(d, { matches: [], sources: [] });
  // With the text's key table the look-ups are kept by key id: the second pass reads them.
  for (const m of [shipped, invented])
    for (const keys of [undefined, d.tokenStore.keyTable]) {
      const compiled = compiledProbability(m, keys);
      for (let pass = 0; pass < 2; pass++) {
        const visited: number[] = [];
        const free = freeTokens(d, []);
        const mentions = new MentionFinder(d.text, d.tokenStore, lex);
        const candidates = d.sentences.flatMap((_, si) =>
          cueCandidates(d, lex, mentions, free, si, (visitAll) => {
            visited.push(compiled(visitAll));
            return true;
          }),
        );
        assert.ok(candidates.length >= 12, `${candidates.length} candidates`);
        assert.deepEqual(
          visited,
          candidates.map((c) => probability(m, c.features)),
        );
        assert.ok(new Set(visited).size > 3, "the features change the probability");
      }
    }
  assert.deepEqual(
    documentCandidates(d, lex, r.quotes, r.attributions, shipped).map((c) => c.token),
    documentCandidates(d, lex, r.quotes, r.attributions)
      .filter((c) => probability(shipped, c.features) >= shipped.threshold)
      .map((c) => c.token),
  );
});

test("the early bound rules out only words whose full features fall short of the threshold", () => {
  const lex = voiceLexicon();
  const d = doc(
    "The mayor is expected to sign the budget on Friday. Many residents fear the plan will raise rents, and two council members oppose it. She argues it is fair, officials said. Mara Quist wagers that fares will rise.",
  );
  // A late feature alone decides this one: a word whose subject is a name is a cue.
  const bySubject: CueModel = { ...model(), bias: -3, weights: new Map([["subj:name", 6]]) };
  for (const [m, rulesOut] of [
    [lex.cueModel as CueModel, true],
    [model(), true],
    [bySubject, false],
  ] as const) {
    const bound = mayReachThreshold(m, d.tokenStore.keyTable);
    const mentions = new MentionFinder(d.text, d.tokenStore, lex);
    const free = freeTokens(d, []);
    const all = d.sentences.flatMap((_, si) => cueCandidates(d, lex, mentions, free, si));
    const kept = new Set(
      d.sentences.flatMap((_, si) =>
        cueCandidates(d, lex, mentions, free, si, undefined, bound).map((c) => c.token),
      ),
    );
    const ruledOut = all.filter((c) => !kept.has(c.token));
    for (const c of ruledOut) assert.ok(probability(m, c.features) < m.threshold, d.tokenStore.key(c.token));
    assert.equal(ruledOut.length > 0, rulesOut, "the bound rules words out unless a late feature can decide");
    assert.ok(
      all.some((c) => kept.has(c.token) && probability(m, c.features) >= m.threshold),
      "a word that reaches the threshold is kept",
    );
  }
});

test("a candidate reads its stem's learned rate with what follows it, and a source what its head names", () => {
  const d = doc("The audit hoped to settle the dispute.");
  // "hoped" shares the invented rate of the stem "hop" with "hoping".
  const lex = { ...voiceLexicon(), stemRates: new Map([["hop", 0.55]]) };
  const m = new MentionFinder(d.text, d.tokenStore, lex);
  const c = cueCandidates(d, lex, m, freeTokens(d, []), 0).find((x) => d.tokenStore.key(x.token) === "hoped");
  assert.ok(c);
  assert.deepEqual(
    c.features.filter((f) => /^(stem|stem-comp):/.test(f)),
    ["stem:5", "stem-comp:5_to"],
  );
  const heads = sourceOptions(d, m, c).map((o) =>
    sourceFeatures(d, lex, c, o).filter((f) => f.startsWith("head:")),
  );
  assert.ok(
    heads.some((h) => h.includes("head:document")),
    JSON.stringify(heads),
  );
});

test("a candidate reads whether its subject names someone the rules already found as a source", () => {
  const d = doc(
    'Ines Harrow opened the depot in March. "We will hire forty drivers," Harrow said. ' +
      "Harrow wants the council to pay for a second yard. Oskar Venn wants the yard sold.",
  );
  const lex = voiceLexicon();
  const saved = lex.cueModel;
  lex.cueModel = undefined;
  try {
    const r = attributeVoices(d, { matches: [], sources: [] });
    const speaker = documentCandidates(d, lex, r.quotes, r.attributions)
      .filter((c) => d.tokenStore.key(c.token) === "wants")
      .map((c) => c.features.find((f) => f.startsWith("speaker:")));
    assert.deepEqual(speaker, ["speaker:name-known", "speaker:name-new"]);
  } finally {
    lex.cueModel = saved;
  }
});
