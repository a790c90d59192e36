import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { afterCloser } from "./after-closer.js";

test("after-closer: an inverted or a plain cue right after the closing mark", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      '“We stay,” said Ines Varga. "The road is gone," Tomas Brandt told reporters.',
    ),
    ["“We stay,” -> Ines Varga", '"The road is gone," -> Tomas Brandt'],
  );
});

test("after-closer: a dash and a name sign a quote", () => {
  assert.deepEqual(runQuoteSieve(afterCloser, "“Nothing lasts.” ― Maren Holt"), [
    "“Nothing lasts.” -> Maren Holt",
  ]);
});

test("after-closer: a cue before the opening mark is not its evidence", () => {
  assert.deepEqual(runQuoteSieve(afterCloser, "Ines Varga said: “We stay.”"), ["“We stay.” -> none"]);
});

test("after-closer: a past tense outside the speech lexicon in the tag slot is the tag's verb", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      "“Get off the pier,” Ines Varga barked. “What a night!” beamed Tomas Brandt of Kessel, waving.",
    ),
    ["“Get off the pier,” -> Ines Varga", "“What a night!” -> Tomas Brandt"],
  );
  // No speech tag: a scare quote before a clause, and a thing that cannot speak.
  const untagged = runQuoteSieve(
    afterCloser,
    "The levy, “a disgrace,” Varga wanted repealed. “Enough,” the gate closed.",
  );
  assert.ok(
    untagged.every((q) => q.endsWith("-> none")),
    untagged.join("; "),
  );
});

test("after-closer: a cue that opens the next quote is not the evidence of the one before", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      "Ines Varga said, “The ferry will run until May.” She added, “After that, nobody knows.”",
    ),
    ["“The ferry will run until May.” -> none", "“After that, nobody knows.” -> none"],
  );
});

test("after-closer: an inverted tag after a comma that ends the sentence the quote opened", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      "“The ferry can run until May” if the ice holds, said Ines Varga, the harbour master of Kessel.",
    ),
    ["“The ferry can run until May” -> Ines Varga"],
  );
});

test("after-closer: a quote ending its sentence with doubled marks takes no cue of the next sentence", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      "At the quay, Ines Varga said, ''We stay until the ice breaks.'' And later, as the ferry left, she said the town would cope.",
    ),
    ["''We stay until the ice breaks.'' -> none"],
  );
});

test("after-closer: a quote its own cue introduces takes no later cue of the running sentence", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      "Ferry news\n\nIda Holm said “the beacon is fine” and Tomas Brandt said the quay was safe. “We stay,” Petra Lind said.",
    ),
    ["“the beacon is fine” -> none", "“We stay,” -> Petra Lind"],
  );
});

test("after-closer: a quote ending its sentence after its own tag takes no cue of the next sentence", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      "Ines Varga told the Harbour Ledger: “We stay.” She added that the road was gone. Tomas Brandt bristled at the question, saying, “We never left.” He also said the pier would open.",
    ),
    ["“We stay.” -> none", "“We never left.” -> none"],
  );
});

test("after-closer: a nested quote's closer left after the outer one's, and a title word as a surname", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      "The pier closed. ''I would call it 'old-fashioned,''' said Ines Varga, the harbour master. ''It is risky,'' Mr. Prince said.",
    ),
    ["''I would call it 'old-fashioned,'' -> Ines Varga", "''It is risky,'' -> Prince"],
  );
});

test("after-closer: a subject the cue finder cannot read, right before a speech verb after the closer", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      "The ferry stopped on Monday. “The harm to the town is beyond measure,” harbour inspectors wrote in a filing. “Will it run?” she asked nobody.",
    ),
    ["“The harm to the town is beyond measure,” -> harbour inspectors", "“Will it run?” -> none"],
  );
  // No speech verb right after the subject: no tag.
  assert.deepEqual(
    runQuoteSieve(afterCloser, "“Stay away from the pier tonight,” harbour inspectors closed the pier."),
    ["“Stay away from the pier tonight,” -> none"],
  );
});

test("after-closer: a clause joined after the closer whose cue has its own quote later is no tag", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      'Ines Varga has branded the plan a "harbour grab," and Mayor Tomas Brandt has called its backers "pirates."',
    ),
    ['"harbour grab," -> none', '"pirates." -> none'],
  );
  assert.deepEqual(runQuoteSieve(afterCloser, '"We stay," and Mayor Tomas Brandt said it twice.'), [
    '"We stay," -> Tomas Brandt',
  ]);
});

test("after-closer: 'according to' after a quote that a speech cue earlier in its sentence reports is no tag", () => {
  assert.deepEqual(
    runQuoteSieve(
      afterCloser,
      'Ines Varga told the meeting that the quay was "falling apart," according to the Kessel Ledger.',
    ),
    ['"falling apart," -> none'],
  );
  assert.deepEqual(
    runQuoteSieve(afterCloser, 'The quay is "falling apart," according to the Kessel Ledger.'),
    ['"falling apart," -> the Kessel Ledger'],
  );
});
