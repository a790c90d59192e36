import assert from "node:assert/strict";
import { test } from "node:test";
import { runSentenceSieve } from "../../testing/voices.js";
import { reportedViewSieve } from "./reported-view.js";

const run = (text: string) => runSentenceSieve(reportedViewSieve, text);

test("reported-view: evidence stating a finding with 'that' is the evidence's, named by its words before any aside", () => {
  assert.deepEqual(
    run(
      "Exit polls from the spring vote, which the mayor won easily, showed that most farmers backed the plan. But a recent review of the council's minutes seems to show that the clerk kept two ledgers. Still, polls continue to show that the mayor remains popular. Harbour records indicate that the ferry ran late because of fog.",
    ),
    [
      "[document:exit polls from the spring vote] Exit polls from the spring vote, which the mayor won easily, showed that most farmers backed the plan.",
      "[document:a recent review of the council's minutes] But a recent review of the council's minutes seems to show that the clerk kept two ledgers.",
      "[document:polls] Still, polls continue to show that the mayor remains popular.",
      "[document:harbour records] Harbour records indicate that the ferry ran late because of fog.",
    ],
  );
});

test("reported-view: a finding's verb with no evidence for subject, in a subordinate clause or after another clause stays the author's", () => {
  assert.deepEqual(
    run(
      "The timeline of events shows that the clerk was warned. Because exit polls in the port indicated that Vell was ahead, there is a sense that he will win. Cross-referencing voting records and job losses, the researchers found that the port lost votes. Poll workers showed that the count was fair.",
    ),
    [
      "[-] The timeline of events shows that the clerk was warned.",
      "[-] Because exit polls in the port indicated that Vell was ahead, there is a sense that he will win.",
      "[-] Cross-referencing voting records and job losses, the researchers found that the port lost votes.",
      "[-] Poll workers showed that the count was fair.",
    ],
  );
});

test("reported-view: someone's view or finding with 'that' is theirs, past a leading clause and the words before the verb", () => {
  assert.deepEqual(
    run(
      "Ines Varga chairs the harbour board. Varga later suggested that the ferry was late because of the storm. Although the port is on track to reopen, Tomas Vell has suggested that the delay was caused by the dredging. In granting the appeal in May, a federal judge determined that the port's handling of the records created a reasonable suspicion. Harbour aides made it clear that their boss wanted something firmer. Some have concluded that the quay can never reopen.",
    ),
    [
      "[-] Ines Varga chairs the harbour board.",
      "[speaker:Ines Varga] Varga later suggested that the ferry was late because of the storm.",
      "[speaker:Tomas Vell] Although the port is on track to reopen, Tomas Vell has suggested that the delay was caused by the dredging.",
      "[speaker:a federal judge] In granting the appeal in May, a federal judge determined that the port's handling of the records created a reasonable suspicion.",
      "[speaker:Harbour aides] Harbour aides made it clear that their boss wanted something firmer.",
      "[speaker:Some] Some have concluded that the quay can never reopen.",
    ],
  );
});

test("reported-view: a belief hands on its clause without 'that'; 'thought so' and 'believe in' report none", () => {
  assert.deepEqual(
    run(
      "Harbour aides believe if they can do that, the quay will reopen by June. Coastal police officials think the ledgers were forged. Lind thought so. Voters believe in the plan.",
    ),
    [
      "[speaker:Harbour aides] Harbour aides believe if they can do that, the quay will reopen by June.",
      "[speaker:Coastal police officials] Coastal police officials think the ledgers were forged.",
      "[-] Lind thought so.",
      "[-] Voters believe in the plan.",
    ],
  );
});

test("reported-view: the author's own view, a negated or modal one, one in a subordinate clause and a title-cased line stay the author's", () => {
  assert.deepEqual(
    run(
      "I think that the plan failed. Tomas Vell runs the port. Vell did not suggest that the plan failed. Vell may have thought the worst was over. After Vell suggested that the storm caused it, the mayor disagreed. That is why critics say the plan failed. How Tomas Vell Thinks About the Ferry.",
    ),
    [
      "[-] I think that the plan failed.",
      "[-] Tomas Vell runs the port.",
      "[-] Vell did not suggest that the plan failed.",
      "[-] Vell may have thought the worst was over.",
      "[-] After Vell suggested that the storm caused it, the mayor disagreed.",
      "[-] That is why critics say the plan failed.",
      "[-] How Tomas Vell Thinks About the Ferry.",
    ],
  );
});

test("reported-view: a tag between commas, closing the sentence or inverted with an appositive gives the sentence to its subject", () => {
  assert.deepEqual(
    run(
      "Ada Lind writes for the Harbour Ledger. The presumed saving, they concluded, never happened. Of course, as Lind observed, the biggest winner was the quay itself. The quay is a shared burden, they insist. The plan failed badly, said Tomas Vell, a planner at the institute. Any fair reading of the mayor's actions, said Vell, an expert on ports, would see a retreat.",
    ),
    [
      "[-] Ada Lind writes for the Harbour Ledger.",
      "[speaker] The presumed saving, they concluded, never happened.",
      "[speaker:Ada Lind] Of course, as Lind observed, the biggest winner was the quay itself.",
      "[speaker] The quay is a shared burden, they insist.",
      "[speaker:Tomas Vell] The plan failed badly, said Tomas Vell, a planner at the institute.",
      "[speaker:Tomas Vell] Any fair reading of the mayor's actions, said Vell, an expert on ports, would see a retreat.",
    ],
  );
});

test("reported-view: capitalised nouns, days, outlets, manner verbs and a tag after a quote are no tags", () => {
  assert.deepEqual(
    run(
      "The port grew in Kestrel, Lorne and Harbour State. The ferry ran late, said Tuesday's report. The ferry ran late, The Courier found. When the question was put to Ada Lind, director of the port, she laughed. “Follow us,” Ada Lind said, and the boys trailed behind. Lorne, like many other towns, has a ferry.",
    ),
    [
      "[-] The port grew in Kestrel, Lorne and Harbour State.",
      "[-] The ferry ran late, said Tuesday's report.",
      "[-] The ferry ran late, The Courier found.",
      "[-] When the question was put to Ada Lind, director of the port, she laughed.",
      "[-] “Follow us,” Ada Lind said, and the boys trailed behind.",
      "[-] Lorne, like many other towns, has a ferry.",
    ],
  );
});

test("reported-view: a speech verb the cue reading left without a subject is read with the view's subject; a name must be a person's", () => {
  assert.deepEqual(
    run(
      "Coastal law enforcement officials said they recently found the ledgers. Having announced that he would stay, Judge Vell left. Wednesday added one more twist. It said it had expanded the teams. The mayor said goodbye.",
    ),
    [
      "[speaker:Coastal law enforcement officials] Coastal law enforcement officials said they recently found the ledgers.",
      "[-] Having announced that he would stay, Judge Vell left.",
      "[-] Wednesday added one more twist.",
      "[-] It said it had expanded the teams.",
      "[-] The mayor said goodbye.",
    ],
  );
});

test("reported-view: 'as they say' is an idiom, a finding inside a relative clause is no finding of the sentence, and group words are descriptions", () => {
  assert.deepEqual(
    run(
      "The harbour master has, as they say, doubled down. A major analysis was done by Lind in May which revealed that no ferry sailed. Police believe Vell may have conspired with the clerk. Win or lose, candidate says, the campaign goes on.",
    ),
    [
      "[-] The harbour master has, as they say, doubled down.",
      "[-] A major analysis was done by Lind in May which revealed that no ferry sailed.",
      "[speaker:Police] Police believe Vell may have conspired with the clerk.",
      "[speaker:candidate] Win or lose, candidate says, the campaign goes on.",
    ],
  );
});

test("reported-view: a verb inside quotation marks is the quoted text's", () => {
  assert.deepEqual(
    run("The headline in the Courier was alarming: 'Ferry cuts \"hurting islanders\", say doctors'."),
    ["[-] The headline in the Courier was alarming: 'Ferry cuts \"hurting islanders\", say doctors'."],
  );
});

test("reported-view: a work's finding is the work's, with 'that' or a clause a name, a pronoun or a number opens", () => {
  assert.deepEqual(
    run(
      "A 2019 report by the Kessel Institute found that every district lost staff. A Harbour Ledger poll last week showed Varga leading Vell by six points. Exit polling shows 62% of islanders backed the plan. Last year's harbour statistics show that the quay was never full. FEC records show he backed both candidates.",
    ),
    [
      "[document:a 2019 report by the Kessel Institute] A 2019 report by the Kessel Institute found that every district lost staff.",
      "[document:a Harbour Ledger poll last week] A Harbour Ledger poll last week showed Varga leading Vell by six points.",
      "[document:exit polling] Exit polling shows 62% of islanders backed the plan.",
      "[document:last year's harbour statistics] Last year's harbour statistics show that the quay was never full.",
      "[document:FEC records] FEC records show he backed both candidates.",
    ],
  );
});

test("reported-view: a finding inside another clause, or whose object is a thing, stays the author's", () => {
  assert.deepEqual(
    run(
      "The vote took place as a new poll showed Varga ahead. Even as some polls show Vell gaining, the council is unmoved. The new report demonstrates the peril the mayor faces.",
    ),
    [
      "[-] The vote took place as a new poll showed Varga ahead.",
      "[-] Even as some polls show Vell gaining, the council is unmoved.",
      "[-] The new report demonstrates the peril the mayor faces.",
    ],
  );
});

test("reported-view: what someone else found or learned with a clause is theirs; what we learned, what a pronoun's subject found and a pronoun 'that' stay the author's", () => {
  assert.deepEqual(
    run(
      "Ada Lind found that the tunnel had flooded twice. Tomas Vell discovered that the meters were wrong. The inspector learned that in 1990 the tunnel had flooded. We learned that the tunnel had flooded. While on the quay, he found that the gate was locked. Marten Quell learned that in 1990 after he doubted the casino.",
    ),
    [
      "[speaker:Ada Lind] Ada Lind found that the tunnel had flooded twice.",
      "[speaker:Tomas Vell] Tomas Vell discovered that the meters were wrong.",
      "[speaker:the inspector] The inspector learned that in 1990 the tunnel had flooded.",
      "[-] We learned that the tunnel had flooded.",
      "[-] While on the quay, he found that the gate was locked.",
      "[-] Marten Quell learned that in 1990 after he doubted the casino.",
    ],
  );
});

test("reported-view: a participle of writing after a comma gives the sentence to the subject who wrote; a network named by one word speaks as itself", () => {
  assert.deepEqual(
    run(
      "Dana Holt, writing in the Harbour Ledger that the plan failed, called it a waste. Mayor Ada Lind hit back, writing on her blog that the budget was the real issue. The board met for hours, writing that nothing had changed. Wilayat Twitter is a joke among the accounts. Twitter has made clear that it was closing the accounts.",
    ),
    [
      "[document:Dana Holt] Dana Holt, writing in the Harbour Ledger that the plan failed, called it a waste.",
      "[document:Ada Lind] Mayor Ada Lind hit back, writing on her blog that the budget was the real issue.",
      "[-] The board met for hours, writing that nothing had changed.",
      "[-] Wilayat Twitter is a joke among the accounts.",
      "[speaker:Twitter] Twitter has made clear that it was closing the accounts.",
    ],
  );
});
