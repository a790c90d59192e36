import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { beforeOpener } from "./before-opener.js";

test("before-opener: X said: “…” and according to X, “…”", () => {
  assert.deepEqual(
    runQuoteSieve(beforeOpener, "Ines Varga said: “We stay.” According to Tomas Brandt, “the road is gone.”"),
    ["“We stay.” -> Ines Varga", "“the road is gone.” -> Tomas Brandt"],
  );
});

test("before-opener: a paragraph ending in a colon introduces the quote that opens the next", () => {
  assert.deepEqual(runQuoteSieve(beforeOpener, "The mayor, Ilse Brandt, said:\n\n“We rebuild the bridge.”"), [
    "“We rebuild the bridge.” -> Ilse Brandt",
  ]);
});

test("before-opener: a cue after the quote is not its evidence", () => {
  assert.deepEqual(runQuoteSieve(beforeOpener, "“We stay,” said Ines Varga."), ["“We stay,” -> none"]);
});

test("before-opener: a sentence ending on the colon that introduces the quote gives its first speech cue, however far", () => {
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "As the Harbour Ledger reported, even on Friday morning the port authority was refusing to reopen the quay:\n\n“The authority is still reluctant to name a date.”",
    ),
    ["“The authority is still reluctant to name a date.” -> Harbour Ledger"],
  );
  // No colon: a cue that far from the opener is no evidence.
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "As the Harbour Ledger reported, even on Friday morning the port authority was refusing to reopen the quay, “The authority is still reluctant to name a date.”",
    ),
    ["“The authority is still reluctant to name a date.” -> none"],
  );
});

test("before-opener: a capitalised word inside a name is no speech verb ('the Kessel Post')", () => {
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "Ferry news\n\nThe ferry stopped on Monday. Ines Varga told the Kessel Post, “We stay.”",
    ),
    ["“We stay.” -> Ines Varga"],
  );
});

test("before-opener: a speech verb the cue finder cannot tie to a subject is said by the sentence's opening person", () => {
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "Ferry news\n\nThe council met on Monday. Ida Holm began by saying, “We stay.” Tomas Brandt went on to say: “The quay is safe.” The beacon kept flashing, saying “Come home.”",
    ),
    ["“We stay.” -> Ida Holm", "“The quay is safe.” -> Tomas Brandt", "“Come home.” -> none"],
  );
});

test("before-opener: a capitalised word inside an unnamed speaker's phrase is no verb ending it", () => {
  // "State" is also a speech verb; in "a State Ministry spokesman" it is part of a name.
  assert.deepEqual(
    runQuoteSieve(beforeOpener, "Later, a State Ministry spokesman said, “We will not comment on the pier.”"),
    ["“We will not comment on the pier.” -> a State Ministry spokesman"],
  );
});

test("before-opener: the person after a leading adverbial phrase speaks the participle's quote", () => {
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "On Tuesday, Ines Varga deflected questions about the ferry before saying, “The pier stays shut.”",
    ),
    ["“The pier stays shut.” -> Ines Varga"],
  );
  // A place after the phrase's first comma is no subject.
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "At the meeting in Brennholt, Upper Vale Monday, the supporter went on shouting, “Shut the pier.”",
    ),
    ["“Shut the pier.” -> none"],
  );
});

test("before-opener: a past tense outside the speech lexicon after the person opening its clause", () => {
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "During the debate, Hilde Varga cracked, “I like to get things done.” Outside, the dockers chanted “Open the pier!” After the vote, Varga shot back: “Not today.”",
    ),
    [
      "“I like to get things done.” -> Hilde Varga",
      "“Open the pier!” -> the dockers",
      "“Not today.” -> Hilde Varga",
    ],
  );
  // A place closes the clause before the verb: no speaker.
  assert.deepEqual(
    runQuoteSieve(beforeOpener, "The mayor of Brennholt wept, and the town of Kessel cheered “Hurrah!”"),
    ["“Hurrah!” -> none"],
  );
});

test("before-opener: a participle after the verb's object reports for the sentence's subject", () => {
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "Ines Varga wrote to the council twice. At the time, she sent an email saying “We stay.” The harbour then released a statement saying “The pier is shut.”",
    ),
    ["“We stay.” -> Ines Varga", "“The pier is shut.” -> none"],
  );
});

test("before-opener: the subject of the speech verb's clause, when the sentence opens otherwise", () => {
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "The hearing was so calm that Tomas Brandt was prompted to say, “I cannot believe how civil it is.”",
    ),
    ["“I cannot believe how civil it is.” -> Tomas Brandt"],
  );
  // A person named inside an earlier quote is not the clause's subject.
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "Outside the hall, “Varga is fine, but he is late,” before saying, “Go home.”",
    ),
    ["“Varga is fine, but he is late,” -> none", "“Go home.” -> none"],
  );
  // A passive speech verb: the question was put to the person, not asked by them.
  assert.deepEqual(
    runQuoteSieve(beforeOpener, "In the interview, Tomas Brandt was asked, “Where is the ferry?”"),
    ["“Where is the ferry?” -> none"],
  );
});

test("before-opener: the person after “as” in “as … put it”, past a long appositive", () => {
  assert.deepEqual(
    runQuoteSieve(
      beforeOpener,
      "The pier closed. As Ada Lind, professor of law at Kessel and author of a book on harbours, put it, “A town that sells its pier sells its past.”",
    ),
    ["“A town that sells its pier sells its past.” -> Ada Lind"],
  );
});
