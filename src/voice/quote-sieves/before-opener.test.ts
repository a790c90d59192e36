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
