import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { createDocument } from "../text/document.js";

const MINUTES = `Governors' meeting, 4 March

The merger of Pellow and Ashcott schools was approved by nine votes to four, with two abstentions, after a debate lasting almost three hours. The Harlow depot will sort 36,000 parcels a week when it opens. Pellow Grammar's roll fell from 160 to 122 pupils over four years.`;

/** Each claim of the article's sentence that opens with `opening`, as `claim text -> status [rule]`. */
function units(sentence: string): string[] {
  const article = createDocument(`Schools and parcels\n\n${sentence}`, { id: "article" });
  const r = analyze(article, { sources: [createDocument(MINUTES, { id: "minutes" })] });
  const text = r.article.text;
  const c = r.claims.find((x) => text.slice(x.start, x.end) === sentence);
  assert.ok(c?.support, `no rated claim: ${sentence}`);
  return [
    `sentence -> ${c.support.status} [${c.support.rule}]`,
    ...(c.support.units ?? []).map((u) => `${text.slice(u.start, u.end)} -> ${u.status} [${u.rule}]`),
  ];
}

test("a trailing duration is a claim of its own: the vote is supported, the length of the debate is not", () => {
  assert.deepEqual(
    units(
      "Governors backed the merger of Pellow and Ashcott schools by nine votes to four, after more than three hours of debate.",
    ),
    [
      "sentence -> contradicted [quantity]",
      "Governors backed the merger of Pellow and Ashcott schools by nine votes to four -> supported [match]",
      "after more than three hours of debate. -> contradicted [quantity]",
    ],
  );
});

test("a figure restated in other terms is read apart from the clause's own figure", () => {
  assert.deepEqual(units("The Harlow depot will sort 36,000 parcels a week, or roughly 9,000 a day."), [
    "sentence -> not-found [no-passage]",
    "The Harlow depot will sort 36,000 parcels a week -> supported [match]",
    "or roughly 9,000 a day. -> not-found [no-passage]",
  ]);
});

test("a share of a whole the passage does not give leaves the clause's own figure supported", () => {
  assert.deepEqual(
    units(
      "Pellow Grammar's roll fell from 160 to 122 pupils over four years, more than a third of its intake.",
    ),
    [
      "sentence -> not-found [no-passage]",
      "Pellow Grammar's roll fell from 160 to 122 pupils over four years -> supported [match]",
      "more than a third of its intake. -> not-found [no-passage]",
    ],
  );
});
