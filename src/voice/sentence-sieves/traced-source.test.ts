import assert from "node:assert/strict";
import { test } from "node:test";
import { documentFromString } from "../../ingest/index.js";
import { traceSources } from "../../trace/index.js";
import { sentenceContext } from "../index.js";
import { tracedSource } from "./traced-source.js";

test("traced-source: a sentence mostly traced to a source is the source's voice", () => {
  const source = documentFromString(
    "Harbour review\n\nThe north quay has not been inspected since 2019, and three of its pillars show deep cracks.",
    { id: "review", format: "text" },
  );
  const article = documentFromString(
    "Our harbour is falling apart. The north quay has not been inspected since 2019, and three of its pillars show deep cracks.",
    { id: "a", format: "text" },
  );
  const { matches } = traceSources(article, [source]);
  const ctx = sentenceContext(article, { matches, sources: [source] });
  assert.equal(tracedSource.voice(0, ctx), undefined);
  assert.deepEqual(tracedSource.voice(1, ctx), {
    kind: "document",
    name: "Harbour review",
    source: "review",
  });
});

test("traced-source: a paraphrase the author adds to is the author's; a reported one stays its speaker's", () => {
  const source = documentFromString(
    "Pellham Ferry Trust: winter notice\n\nThe trust will meet on 9 January. Crossings to Ardmore fell by more than 400 a week last winter, and 5% of sailings were cancelled.",
    { id: "notice", format: "text" },
  );
  const voiceOf = (sentence: string) => {
    const article = documentFromString(`Islanders are angry.\n\n${sentence}`, { id: "a", format: "text" });
    const { matches } = traceSources(article, [source]);
    assert.deepEqual(
      matches.map((m) => m.kind),
      ["paraphrase"],
    );
    return tracedSource.voice(1, sentenceContext(article, { matches, sources: [source] }));
  };
  assert.equal(
    voiceOf(
      "Ardmore crossings fell by almost 400 passengers a week over the winter, and 5% of sailings were cancelled because of the storms.",
    ),
    undefined,
  );
  assert.deepEqual(
    voiceOf(
      "Ewan Tulloch said Ardmore crossings fell by almost 400 passengers a week over the winter, and 5% of sailings were cancelled.",
    ),
    {
      kind: "speaker",
      name: "Ewan Tulloch",
      document: "Pellham Ferry Trust: winter notice",
      source: "notice",
    },
  );
});

test("traced-source: without sources it gives nothing", () => {
  const article = documentFromString("The north quay has not been inspected since 2019.", {
    id: "a",
    format: "text",
  });
  assert.equal(tracedSource.voice(0, sentenceContext(article, { matches: [], sources: [] })), undefined);
});
