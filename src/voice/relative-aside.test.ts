import assert from "node:assert/strict";
import { test } from "node:test";
import { speechesAndVoices } from "../testing/voices.js";

/** Each speech quote as `quote -> speaker`, and each sentence's voice as `[kind:name]`. */
const read = (text: string) => speechesAndVoices(text);

test("a quoted phrase in a relative clause after the author's main clause leaves the sentence the author's", () => {
  const { quotes, voices } = read(
    "Ada Lind chairs the works committee. The council approved the stadium deal, which Lind called “a giveaway to developers.”",
  );
  assert.deepEqual(quotes, ["“a giveaway to developers.” -> Ada Lind"]);
  assert.deepEqual(voices, ["[author]", "[author]"]);
  assert.deepEqual(
    read(
      "Most of the anger was aimed at Tomas Brandt, who Lind on Tuesday called “a reckless and dishonest man.”",
    ).voices,
    ["[author]"],
  );
  assert.deepEqual(
    read("The guests included the deputy mayor, Ada Lind, who called the plan “a gift to the whole city.”")
      .voices,
    ["[author]"],
  );
});

test("a scare quote at the end of the author's sentence is no speaker's sentence", () => {
  assert.deepEqual(read("The council approved the stadium deal, which critics called “a giveaway.”").voices, [
    "[author]",
  ]);
  assert.deepEqual(read("The council approved the deal, which the union called a “giveaway.”").voices, [
    "[author]",
  ]);
});

test("the speaker's own sentence stays theirs: a quote before the relative clause, or one opening on a capital", () => {
  assert.deepEqual(
    read("“The harbour must stay open,” said Mayor Ada Lind, who praised the ferry crews for their work.")
      .voices,
    ["[speaker:Ada Lind]"],
  );
  assert.deepEqual(
    read(
      "On Thursday, Varga won her first endorsement from a council colleague, from Ada Lind, who declared in the hall, “I’m sending the signal that it’s time to unite.”",
    ).voices,
    ["[speaker:Ada Lind]"],
  );
  assert.deepEqual(read("Ada Lind called the stadium deal “a giveaway to developers.”").voices, [
    "[speaker:Ada Lind]",
  ]);
});
