import assert from "node:assert/strict";
import { test } from "node:test";
import { runQuoteSieve } from "../../testing/voices.js";
import { turnTaking } from "./turn-taking.js";

const EXCHANGE =
  "Ines Varga asked the harbour master whether the ferry would sail.\n\n“Not today,” Tomas Brandt replied.\n\n“And tomorrow?”\n\n“Maybe.”";

test("turn-taking: after an exchange, untagged quotes alternate between its two people", () => {
  assert.deepEqual(runQuoteSieve(turnTaking, EXCHANGE), [
    "“Not today,” -> none",
    "“And tomorrow?” -> Ines Varga",
    "“Maybe.” -> Tomas Brandt",
  ]);
});

test("turn-taking: a quote paragraph after a plain 'said' continues, it does not answer", () => {
  assert.deepEqual(
    runQuoteSieve(
      turnTaking,
      "Ines Varga runs the ferry.\n\n“We stay,” said Tomas Brandt.\n\n“We always have.”",
    ),
    ["“We stay,” -> none", "“We always have.” -> none"],
  );
});
