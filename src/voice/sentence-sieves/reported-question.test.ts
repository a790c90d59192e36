import assert from "node:assert/strict";
import { test } from "node:test";
import { runSentenceSieve } from "../../testing/voices.js";
import { reportedQuestionSieve } from "./reported-question.js";

const run = (text: string) => runSentenceSieve(reportedQuestionSieve, text);

test("reported-question: a question the main clause reports is the asker's", () => {
  assert.deepEqual(
    run(
      "Councillor Ines Varga spoke first. She asked whether the council had ever audited the fund. Then Marcus Vell wondered why nobody had been told. A harbour spokesman asked Varga how the audit would be paid for. In a letter on Monday, Vell asked the mayor if the quay was safe. Others wonder what the council will do next.",
    ),
    [
      "[-] Councillor Ines Varga spoke first.",
      "[speaker:Ines Varga] She asked whether the council had ever audited the fund.",
      "[speaker:Marcus Vell] Then Marcus Vell wondered why nobody had been told.",
      "[speaker:a harbour spokesman] A harbour spokesman asked Varga how the audit would be paid for.",
      "[speaker:Marcus Vell] In a letter on Monday, Vell asked the mayor if the quay was safe.",
      "[speaker:others] Others wonder what the council will do next.",
    ],
  );
});

test("reported-question: the author's own question, a passive, a modal, a subordinate clause and a thing stay the author's", () => {
  assert.deepEqual(
    run(
      "We asked our readers what they thought of the ferry cuts. Varga was asked whether the fund was safe. A visitor might wonder why the quay is closed. When a reporter asked Vell if the fund was safe, the mayor left the room. The survey asks where each islander was born. Asked whether she would stand again, Varga smiled.",
    ),
    [
      "[-] We asked our readers what they thought of the ferry cuts.",
      "[-] Varga was asked whether the fund was safe.",
      "[-] A visitor might wonder why the quay is closed.",
      "[-] When a reporter asked Vell if the fund was safe, the mayor left the room.",
      "[-] The survey asks where each islander was born.",
      "[-] Asked whether she would stand again, Varga smiled.",
    ],
  );
});
