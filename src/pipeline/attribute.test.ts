import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { documentFromString } from "../ingest/index.js";
import { repoPath } from "../testing/helpers.js";
import { traceAndAttribute } from "./attribute.js";

const load = (name: string) =>
  documentFromString(readFileSync(repoPath(`fixtures/voices/credit/${name}`), "utf8"), {
    id: name,
    format: "text",
  });

function unattributed(article: string, source: string): string[] {
  const { trace, voices } = traceAndAttribute(load(article), [load(source)]);
  assert.ok(trace.matches.length > 0, "the repost reuses its source");
  return voices.findings.map((f) => f.message);
}

test("a wire repost crediting its agency in the dateline has no unattributed reuse", () => {
  assert.deepEqual(unattributed("wire-repost.txt", "wire-source.txt"), []);
});

test("the same repost without the agency in its dateline: every reuse is unattributed, saying what was looked for", () => {
  const found = unattributed("wire-repost-uncredited.txt", "wire-source.txt");
  assert.ok(found.length >= 1);
  for (const message of found) {
    assert.match(
      message,
      /without crediting it \(looked for an introducer, block quote or citation; a dateline, byline or credit line; the title "Harbour cranes idle as dock strike en\.\.\."\)$/,
    );
  }
});

test("an opinion post that names the article and reproduces it after 'The article reads,' credits it", () => {
  const { trace, voices } = traceAndAttribute(load("opinion-post.txt"), [load("ledger-source.txt")]);
  assert.deepEqual(voices.findings, []);
  assert.ok(trace.matches.every((m) => m.attributed === true));
  const article = load("opinion-post.txt");
  const intro = article.sentences.findIndex(
    (s) => article.text.slice(s.start, s.end) === "The article reads,",
  );
  assert.equal(voices.sentenceVoices[intro].kind, "author");
  assert.equal(voices.sentenceVoices[intro + 1].kind, "document");
});

test("the same post without the citation and the introducer: the reuse is unattributed, naming what was looked for", () => {
  const found = unattributed("opinion-post-uncredited.txt", "ledger-source.txt");
  assert.ok(found.length >= 1);
  assert.match(
    found[0],
    /the title "Inside the port's broken promises"; the names Mara, Ilves, Jonas, Rask\)$/,
  );
});

test("a source's title quoted in the sentence that cites it is credited, not an unattributed reuse", () => {
  const source = documentFromString(
    "Strike news\n\nDid the harbour cranes stand idle while the dock strike entered its second week at Port Ellis?\n\nThe cranes at Port Ellis have not moved since the strike began on the first of May.",
    { id: "ledger", format: "text" },
  );
  const post = documentFromString(
    'Notes\n\nLast week the Harbour Ledger ran a piece by Mara Ilves, "Did the harbour cranes stand idle while the dock strike entered its second week at Port Ellis?"\n\nI went down to the quay to see for myself.',
    { id: "post", format: "text" },
  );
  const { trace, voices } = traceAndAttribute(post, [source]);
  assert.ok(trace.matches.length > 0, "the title is traced to the source");
  assert.deepEqual(voices.findings, []);
});

test("an inline credit before a run of reused paragraphs credits the whole run, however long", () => {
  const paragraphs = [
    "The cranes at Port Ellis have not moved since the strike began on the first of May this year.",
    "Dock workers say the owners have refused every offer of talks made through the union since April.",
    "The harbour authority says ships have been sent to Kessel, where the queue now stretches for days.",
    "Fishermen who land their catch at the quay say they have lost a fortnight of sales to the strike.",
  ];
  const source = documentFromString(`Strike news\n\n${paragraphs.join("\n\n")}`, {
    id: "ledger",
    format: "text",
  });
  const post = documentFromString(
    `Notes\n\nThe story was first reported by The Harbour Ledger.\n\n${paragraphs.join("\n\n")}\n\nI went down to the quay to see for myself.`,
    { id: "post", format: "text" },
  );
  assert.deepEqual(traceAndAttribute(post, [source]).voices.findings, []);
  const uncredited = documentFromString(
    `Notes\n\nThe story is worth telling.\n\n${paragraphs.join("\n\n")}\n\nI went down to the quay to see for myself.`,
    { id: "post", format: "text" },
  );
  assert.ok(traceAndAttribute(uncredited, [source]).voices.findings.length > 0);
});

test("a reporting sentence that goes on from a credited one in its paragraph is credited by it; alone it is not", () => {
  const source = documentFromString(
    "Eastfjord Shipping statement, 3 February\n\nThe single fare on the Kelso route will rise from 40 to 60 crowns from 1 March. Fuel costs have risen by about a fifth since 2023, and the route has run at a loss for two years.",
    { id: "statement", format: "text" },
  );
  const credited = documentFromString(
    "Kelso ferry fares to rise\n\nAccording to a statement from Eastfjord Shipping, the single fare will rise in March. The company said fuel costs have risen by about a fifth since 2023, and the route has run at a loss for two years.",
    { id: "credited", format: "text" },
  );
  const alone = documentFromString(
    "Kelso ferry fares to rise\n\nFares will rise in March, islanders fear.\n\nThe company said fuel costs have risen by about a fifth since 2023, and the route has run at a loss for two years.",
    { id: "alone", format: "text" },
  );
  const run = (article: typeof credited) => traceAndAttribute(article, [source]);
  const withCredit = run(credited);
  assert.ok(withCredit.trace.matches.length > 0, "the article reuses the statement");
  assert.deepEqual(withCredit.voices.findings, []);
  assert.equal(run(alone).voices.findings.length, 1);
});

test("a quote whose sentence names the written work before its cue ('In her written ruling she said') is credited; without the work it is not", () => {
  assert.deepEqual(unattributed("ruling-named.txt", "ruling-source.txt"), []);
  const found = unattributed("ruling-unnamed.txt", "ruling-source.txt");
  assert.equal(found.length, 1);
  assert.match(found[0], /^\d+ words reused from ruling-source\.txt without crediting it/);
});

test("a release credited in the lead by its body's common name ('the borough council announced') is credited further down", () => {
  assert.deepEqual(unattributed("council-story.txt", "council-release.txt"), []);
  const { voices } = traceAndAttribute(load("opinion-post-uncredited.txt"), [load("council-release.txt")]);
  assert.deepEqual(voices.findings, [], "no reuse, no finding");
});

test("a release credited where it is reused: a reporting clause of its body in the passage's sentence or the one before, and a quote given to the speaker the release names", () => {
  assert.deepEqual(unattributed("depot-story.txt", "depot-release.txt"), []);
  // The same passages with no reporting clause, and the quote given to someone the release never
  // names: every one of them is the author's copy.
  assert.equal(unattributed("depot-story-uncredited.txt", "depot-release.txt").length, 3);
});

test("a release's title names its issuer before a colon ('Ridings Transport Board: annual report'): 'the board said' credits what it reports, and nothing before it", () => {
  const found = unattributed("board-story.txt", "board-report.txt");
  assert.equal(found.length, 1);
  assert.match(found[0], /^26 words reused from board-report\.txt without crediting it/);
});

test("the credits read once for voices are handed on, a wire repost's dateline among them", () => {
  const { credits } = traceAndAttribute(load("wire-repost.txt"), [load("wire-source.txt")]);
  assert.deepEqual(
    credits.filter((c) => c.kind === "dateline").map((c) => c.paragraph),
    [1],
  );
});
