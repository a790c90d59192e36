import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { documentFromString } from "../ingest/index.js";
import { traceAndAttribute } from "../pipeline/attribute.js";
import type { AttributionSpans } from "../voice/attributions.js";
import { SupportRater } from "./index.js";

const example = (name: string, id: string) =>
  documentFromString(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8"), {
    id,
    format: "text",
  });

test("an attribution the voice layer gives sentence by sentence counts as one given with the rules'", () => {
  const article = example("heatwave-blog.txt", "article");
  const source = example("heatwave-report.txt", "source-1");
  const { trace, voices } = traceAndAttribute(article, [source], {}, { omissions: false });
  const context = {
    sentenceVoices: voices.sentenceVoices,
    quotes: voices.quotes,
    reproduced: voices.reproduced,
    matches: trace.matches,
    sources: [source],
  };
  const subjects = (r: SupportRater) => article.sentences.map((_, i) => r.subjectOf(i));
  // Read whole, or the learned ones only of the sentences support asks of: the same reading.
  const whole = new SupportRater(article, { ...context, attributions: voices.attributions });
  const asked: number[] = [];
  const lazy = new SupportRater(article, {
    ...context,
    attributions: voices.ruledAttributions,
    learnedIn: (i) => {
      asked.push(i);
      return voices.learnedIn(i);
    },
  });
  assert.deepEqual(subjects(lazy), subjects(whole));
  assert.deepEqual([...lazy.reproduced], [...whole.reproduced]);
  assert.ok(asked.length < article.sentences.length);
  // A reported sentence in a document's voice is the author's paraphrase of it when an attribution
  // holds it, whichever way the attribution comes.
  const k = voices.sentenceVoices.findIndex(
    (v, i) => v.kind === "document" && whole.subjectOf(i) !== "attributed",
  );
  assert.ok(k >= 0);
  const s = article.sentences[k];
  const learned: AttributionSpans = { content: { start: s.start, end: s.end }, direct: false };
  const given = new SupportRater(article, {
    ...context,
    attributions: [...voices.ruledAttributions, learned],
  });
  const asLearned = new SupportRater(article, {
    ...context,
    attributions: voices.ruledAttributions,
    learnedIn: (i) => (i === k ? [learned] : []),
  });
  assert.equal(given.subjectOf(k), "attributed");
  assert.deepEqual(subjects(asLearned), subjects(given));
  assert.deepEqual([...asLearned.reproduced], [...given.reproduced]);
});
