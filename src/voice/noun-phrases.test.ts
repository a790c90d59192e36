import assert from "node:assert/strict";
import { test } from "node:test";
import { documentFromString } from "../ingest/index.js";
import type { Document } from "../text/document.js";
import { cueCandidates, freeTokens, sourceOptions } from "./cue-features.js";
import { voiceLexicon } from "./lexicon.js";
import { MentionFinder } from "./mentions.js";
import { agentForward, phraseBackward, sourceWords, subjectEnd } from "./noun-phrases.js";

const doc = (text: string): Document => documentFromString(text, { id: "a", format: "text" });

/** The token index of the first occurrence of `word` in the document. */
function at(d: Document, word: string): number {
  for (let k = 0; k < d.tokenStore.length; k++) if (d.tokenStore.key(k) === word) return k;
  throw new Error(`no token ${word}`);
}

/** The phrase read as the subject of cue word `cue`, as text (or "-"). */
function subject(text: string, cue: string): string {
  const d = doc(text);
  const k = at(d, cue);
  const s = d.sentences.find((x) => x.tokenStart <= k && k < x.tokenEnd);
  assert.ok(s);
  const end = subjectEnd(d, sourceWords(), k, s.tokenStart);
  const m = end >= 0 ? phraseBackward(d, voiceLexicon(), sourceWords(), end, s.tokenStart) : undefined;
  return m ? d.text.slice(d.tokenStore.starts[m.first], d.tokenStore.ends[m.last]) : "-";
}

test("a noun phrase before a cue keeps its determiner, adjectives and possessor", () => {
  assert.equal(
    subject("The harbour board's new auditor warned that fees would rise.", "warned"),
    "The harbour board's new auditor",
  );
  assert.equal(
    subject("Last week a Tallin Gazette poll showed the mayor ahead.", "showed"),
    "a Tallin Gazette poll",
  );
  assert.equal(subject("Leaked memos revealed the plan.", "revealed"), "Leaked memos");
});

test("an 'of' phrase, abbreviations and a party parenthesis stay inside the phrase", () => {
  assert.equal(
    subject("The minister of transport has repeatedly said the line will close.", "said"),
    "The minister of transport",
  );
  assert.equal(subject("Two U.S. officials said the talks stalled.", "said"), "Two U.S. officials");
  assert.equal(subject("Sen. Ada Quist (D-Ore.) said the bill was dead.", "said"), "Sen. Ada Quist (D-Ore.)");
});

test("pronouns, relatives and possessives are sources on their own", () => {
  assert.equal(subject("You might think the vote is close.", "think"), "You");
  assert.equal(subject("Marek Lind, who endorsed the plan, left early.", "endorsed"), "who");
  assert.equal(subject("Nobody heeded her warning about the dam.", "warning"), "her");
});

test("the walk stops at verbs, function words and punctuation", () => {
  assert.equal(
    subject("Officials told reporters the mayor believes the dam is safe.", "believes"),
    "the mayor",
  );
  assert.equal(subject("On the pier, engineers argued the dam was unsafe.", "argued"), "engineers");
  assert.equal(subject("Said is not a subject here.", "said"), "-");
});

test("a passive cue's agent is read after 'by'", () => {
  const d = doc("The plan was endorsed by the regional dockworkers' union last week.");
  const k = at(d, "endorsed");
  const m = agentForward(d, voiceLexicon(), sourceWords(), k + 1, d.tokenStore.length);
  assert.ok(m);
  assert.equal(
    d.text.slice(d.tokenStore.starts[m.first], d.tokenStore.ends[m.last]),
    "the regional dockworkers' union",
  );
  assert.equal(agentForward(d, voiceLexicon(), sourceWords(), k, d.tokenStore.length), undefined);
});

test("the learned cue's source options include the phrase and the agent, as spans of the text", () => {
  const d = doc("A Tallin Gazette poll showed the mayor ahead. The levy was opposed by the harbour pilots.");
  const lex = voiceLexicon();
  const m = new MentionFinder(d.text, d.tokenStore, lex);
  const free = freeTokens(d, []);
  const texts = (word: string, si: number) => {
    const c = cueCandidates(d, lex, m, free, si).find((x) => d.tokenStore.key(x.token) === word);
    assert.ok(c);
    return sourceOptions(d, m, c).map(
      (o) =>
        `${o.via}:${d.text.slice(d.tokenStore.starts[o.mention.first], d.tokenStore.ends[o.mention.last])}`,
    );
  };
  assert.ok(texts("showed", 0).some((o) => o.endsWith(":A Tallin Gazette poll")));
  assert.ok(!texts("mayor", 0).includes("phrase:the"));
  assert.ok(texts("opposed", 1).includes("agent:the harbour pilots"));
});
