import assert from "node:assert/strict";
import { test } from "node:test";
import type { Voice } from "../core/voice.js";
import { createDocument } from "../text/document.js";
import { extractClaims } from "./index.js";

const claimsOf = (text: string, voices: Voice["kind"][]) => {
  const doc = createDocument(text);
  const result = extractClaims(doc, {
    sentenceVoices: voices.map((kind) => ({ kind })),
    sources: [],
    matches: [],
  });
  return result.claims
    .filter((c) => c.checkworthy)
    .map(
      (c) =>
        `${doc.text.slice(c.start, c.end)} [${c.features.filter((f) => f.startsWith("assertion:")).join(" ")}]`,
    );
};

/** The author's check-worthy claims among `sentences`, each sentence in the author's voice, that carry `marker`. */
const authorAssertions = (sentences: string[], marker: string) =>
  claimsOf(
    sentences.join(" "),
    sentences.map(() => "author"),
  ).filter((c) => c.includes(marker));

/** The text of every claim of `text`, each sentence in the author's voice, check-worthy or not. */
const authorClaimTexts = (text: string) => {
  const doc = createDocument(text);
  const { claims } = extractClaims(doc, {
    sentenceVoices: doc.sentences.map(() => ({ kind: "author" as const })),
    sources: [],
    matches: [],
  });
  return claims.map((c) => doc.text.slice(c.start, c.end));
};

test("an author's causal, concluding and sweeping assertions are claims; questions and quoted voices are not", () => {
  const text =
    "The leak at the pumping station caused this crisis. This disaster proves that the board cannot be trusted. " +
    "Everyone in the valley knows it. Who is to blame for the leak? I think it was a bad summer.";
  assert.deepEqual(claimsOf(text, ["author", "author", "author", "author", "author"]), [
    "The leak at the pumping station caused this crisis. [assertion:causal]",
    "This disaster proves that the board cannot be trusted. [assertion:conclusion]",
    "Everyone in the valley knows it. [assertion:sweeping]",
  ]);
  assert.deepEqual(
    claimsOf(text, ["speaker", "speaker", "speaker", "author", "author"]).filter((c) =>
      c.includes("assertion"),
    ),
    [],
  );
});

test("a headline or byline is a claim only when it states a figure", () => {
  assert.deepEqual(
    authorClaimTexts(
      "The Great Water Scandal Everyone Knows\n\nFloods kill 41 people in three towns\n\nThe flood caused the damage.",
    ),
    ["Floods kill 41 people in three towns", "The flood caused the damage."],
  );
});

// Paragraphs one per line, longer than hard-wrapped text, as pasted pages have them.
const LONG_FIRST =
  "Every council in the county cut its bus budget last spring, and the riders of the valley lines paid for it.";
const LONG_LAST =
  "The flood caused the damage to the depot, which the operator had insured for less than half of its value.";

test("a title-case line with no closing punctuation is a label wherever it stands", () => {
  assert.deepEqual(authorClaimTexts(`${LONG_FIRST}\nThe Best of Corin Vale\n${LONG_LAST}`), [
    LONG_FIRST,
    LONG_LAST,
  ]);
});

test("a sweeping word in a recommendation or in the author's account of themselves is no sweeping claim", () => {
  const text =
    "The council should refund every household in the ward. " +
    "I am going to quote the report at length, because every page of it matters. " +
    "Instead I have spent the week reading every invoice the depot filed. " +
    "Nobody on the council ever read the depot's invoices. " +
    "This proves that the board must resign at once.";
  const assertions = claimsOf(text, ["author", "author", "author", "author", "author"]).map((c) =>
    c.slice(c.indexOf("[")),
  );
  assert.deepEqual(
    claimsOf(text, ["author", "author", "author", "author", "author"]).filter((c) => c.includes("sweeping")),
    ["Nobody on the council ever read the depot's invoices. [assertion:sweeping]"],
  );
  // A conclusion keeps its marker inside a recommendation.
  assert.ok(assertions.includes("[assertion:conclusion]"), assertions.join(" | "));
});

test("a sweeping word over what the author just said, in a rate, a relative clause or a hypothesis is no sweeping claim", () => {
  const sentences = [
    "None of this is hard to understand.",
    "None of them explains why the inspectors were ignored.",
    "That is a new bus shelter for every village in the district.",
    "That is the lido that was shut in 2021 and never reopened.",
    "And the man who approved every invoice was her cousin.",
    "If the depot lost ten million a year, then two million of it vanished every single year.",
    "Everyone on the committee knew that the invoices were false.",
    "It means that nobody on the board will ever ask a hard question.",
    "So far, nobody has offered any explanation for the missing money.",
  ];
  const found = authorAssertions(sentences, "sweeping");
  assert.deepEqual(found, [
    "Everyone on the committee knew that the invoices were false. [assertion:sweeping]",
    "It means that nobody on the board will ever ask a hard question. [assertion:conclusion assertion:sweeping]",
    "So far, nobody has offered any explanation for the missing money. [assertion:sweeping]",
  ]);
});

test("a sweeping word inside what someone wants or plans states an aim, not a claim about all", () => {
  const sentences = [
    "The minister wants every pupil in the county to learn to swim.",
    "The mayor plans to close all of the branch libraries by June.",
    "Every pupil in the county can already swim, the minister says.",
  ];
  const found = authorAssertions(sentences, "sweeping");
  assert.deepEqual(found, [
    "Every pupil in the county can already swim, the minister says. [assertion:sweeping]",
  ]);
});

test("a near-universal ('almost every', 'nearly everyone') claims most, not all: no sweeping claim", () => {
  const sentences = [
    "The scheme is not compulsory, but almost every family in the valley has joined it.",
    "Nearly everyone on the island voted against the new ferry timetable.",
    "Every family in the valley has joined the scheme since it opened.",
  ];
  const found = authorAssertions(sentences, "sweeping");
  assert.deepEqual(found, [
    "Every family in the valley has joined the scheme since it opened. [assertion:sweeping]",
  ]);
});

test("'due to' before a verb is a schedule, not a cause", () => {
  const text =
    "The two speakers were due to speak at a harbour rally in Kessel on Saturday. The rally was cancelled due to the new policing levy.";
  const kinds = claimsOf(text, ["author", "author"]).map((c) => c.replace(/^.*\[/, "["));
  assert.ok(
    !claimsOf(text, ["author", "author"]).some(
      (c) => c.startsWith("The two speakers") && c.includes("causal"),
    ),
  );
  assert.ok(kinds.includes("[assertion:causal]"), kinds.join("\n"));
});

test("a wish, a question that lost its mark, or a rhetorical question asserts nothing, whatever markers it holds", () => {
  const sentences = [
    "One can only hope that the audit will reach the harbour board, which leads to an inquiry into the fees.",
    "Let us hope the new warden listens, which might lead to the curfew being lifted.",
    "If only every member of the board had to ride the night ferry for a week.",
    "Do not all those wardens know what their neglect has caused in the valley.",
    "Is it really so hard for the harbour board to admit that the fees caused the closures?",
    "May every ferry on the lake run on time again next summer.",
    "The harbour fees caused the closure of four boatyards last year.",
  ];
  const claims = claimsOf(
    sentences.join(" "),
    sentences.map(() => "author"),
  );
  assert.deepEqual(claims, [
    "The harbour fees caused the closure of four boatyards last year. [assertion:causal]",
  ]);
});

test("a causal or concluding word that describes a thing or reports a record is no assertion of the author's", () => {
  const sentences = [
    "Ticks that carry the virus that causes the fever have spread to the northern valleys.",
    "A Kessel-created militia now guards the eastern pass into the valley.",
    "The warden heads the ferry trust, the charity created by the same family that owns the marina.",
    "Court records showed that the warden was questioned twice in the spring.",
    "This decision shows that the board cannot run a ferry service.",
    "The fee rise that caused the closures was approved in a single evening.",
  ];
  const found = authorAssertions(sentences, "assertion:");
  assert.deepEqual(found, [
    "This decision shows that the board cannot run a ferry service. [assertion:conclusion]",
    "The fee rise that caused the closures was approved in a single evening. [assertion:causal]",
  ]);
});

test("a universal before a unit of time is a frequency; a verb of making before a figure is an output", () => {
  const sentences = [
    "Since the cuts, the night ferry runs once an hour instead of every twenty minutes.",
    "The new boatyard created 45 jobs on the east shore last spring.",
    "Every ferry on the lake was late on the first day of the strike.",
  ];
  const found = authorAssertions(sentences, "assertion:");
  assert.deepEqual(found, [
    "Every ferry on the lake was late on the first day of the strike. [assertion:sweeping]",
  ]);
});

test("a counterfactual, a hedged conclusion and a cause called unknown assert nothing", () => {
  const sentences = [
    "It is as if the warden had stopped every ferry on the lake to count its life jackets.",
    "The warden most likely means that nobody checked the ferry logs in March.",
    "The cause of the ferry fire on the east shore remains unresolved.",
    "The cause of the ferry fire on the east shore was a faulty heater.",
  ];
  const found = authorAssertions(sentences, "assertion:");
  assert.deepEqual(found, [
    "The cause of the ferry fire on the east shore was a faulty heater. [assertion:causal]",
  ]);
});

test("a cause the author attributes to an accusation or a report is not the author's causal assertion", () => {
  const sentences = [
    "To hide the payments, Verhoek and two clerks allegedly caused false invoices to be drawn up, and then caused the depot to wire the money abroad.",
    "The old harbour custom is said to be one of the main causes of the silting.",
    "The mayor came under fire for purportedly closing the clinic because of its rent arrears.",
    "The broken sluice gate caused the flooding of the lower harbour last winter.",
  ];
  const found = authorAssertions(sentences, "assertion:causal");
  assert.deepEqual(found, [
    "The broken sluice gate caused the flooding of the lower harbour last winter. [assertion:causal]",
  ]);
});

test("a marker inside quotation marks is someone else's words, not the author's assertion", () => {
  const sentences = [
    "The warden’s “I never saw the logs” defence shows the board in a poor light.",
    'The warden called the audit "the worst in history" on Friday evening.',
    "The wardens have never once opened the ferry logs since March.",
  ];
  const found = authorAssertions(sentences, "assertion:");
  assert.deepEqual(found, [
    "The wardens have never once opened the ferry logs since March. [assertion:sweeping]",
  ]);
});

test("an imperative is a recommendation: a sweeping word in it claims nothing about all", () => {
  const sentences = [
    "Purge every warden from the harbour board before the summer.",
    "Expose and rout every last smuggler on the east shore.",
    "Today every ferry on the lake runs without a licence.",
    "Wardens never check the ferry logs on the east shore.",
  ];
  const found = authorAssertions(sentences, "assertion:");
  assert.deepEqual(found, [
    "Today every ferry on the lake runs without a licence. [assertion:sweeping]",
    "Wardens never check the ferry logs on the east shore. [assertion:sweeping]",
  ]);
});

test("a verb of making before a body it founds, a ground for something and a framed superlative assert nothing", () => {
  const sentences = [
    "She also created a Task Force on Harbour Safety and a support line for ferry crews.",
    "The new timetable provides no new causes for alarm among the ferry crews.",
    "But the worst news is that the night ferry could stop running in the winter.",
    "The fee rise created a crisis for the ferry crews on the east shore.",
    "The worst ferry on the lake is the night boat to the east shore.",
  ];
  const found = authorAssertions(sentences, "assertion:");
  assert.deepEqual(found, [
    "The fee rise created a crisis for the ferry crews on the east shore. [assertion:causal]",
    "The worst ferry on the lake is the night boat to the east shore. [assertion:sweeping]",
  ]);
});

test("'responsible for' a task is a duty; 'responsible for' a harm is still a cause", () => {
  const sentences = [
    "Each harbour custodian is responsible for producing the ferry logs on request.",
    "The night skipper was responsible for killing two swans on the east shore.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:causal"), [
    "The night skipper was responsible for killing two swans on the east shore. [assertion:causal]",
  ]);
});

test("a verb of making after the body or service it founds narrates a founding; a body that makes something still causes it", () => {
  const sentences = [
    "Okafor chairs a new oversight board created under the harbour act of 2019.",
    "In 2014 a shell company that Renner created gave the ferry fund $5,000 in one payment.",
    "The hashtag, which Brenton user @ferrywatch created in May, spread along the east shore.",
    "The harbour agency created chaos for the ferry crews on the east shore.",
    "It was a fund that created jobs for the ferry crews on the east shore.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:causal"), [
    "The harbour agency created chaos for the ferry crews on the east shore. [assertion:causal]",
    "It was a fund that created jobs for the ferry crews on the east shore. [assertion:causal]",
  ]);
});

test("the author's own experience, a possibility and a described thing assert nothing; a conclusion still does", () => {
  const sentences = [
    "Having grown up on the east shore, I had naturally never heard of the night ferry.",
    "The timetable showed me a harbour I'd never dreamed of before that winter.",
    "There is always a chance that a tired skipper might miss the harbour light.",
    "It seemed unfair to rely on the logbooks of these obviously biased wardens.",
    "It was the most clearly written timetable the ferry office had printed.",
    "If a warden saw the skipper drinking, that would obviously end his licence.",
    "On the east shore, I think nobody checks the ferry logs.",
    "The ferry office is clearly hiding the logbooks from the wardens.",
    "Wardens always check the ferry logs on the east shore.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "On the east shore, I think nobody checks the ferry logs. [assertion:sweeping]",
    "The ferry office is clearly hiding the logbooks from the wardens. [assertion:conclusion]",
    "Wardens always check the ferry logs on the east shore. [assertion:sweeping]",
  ]);
});

test("a marker in someone else's reported that-clause is theirs; the author's own report of it still concludes", () => {
  const sentences = [
    "In the pamphlet, he claims that the ferry strike caused the flooding on the east shore.",
    "Every skipper argued that the night ferry was the worst boat on the lake.",
    "We argued that the fee rise caused the closures on the east shore.",
    "The warden laid out pretty clearly what the harbour board would do next spring.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "Every skipper argued that the night ferry was the worst boat on the lake. [assertion:sweeping]",
    "We argued that the fee rise caused the closures on the east shore. [assertion:causal]",
  ]);
});

test("a marker in a clause reported with no 'that' is the reporter's; one after an object, or the author's own, stays", () => {
  const sentences = [
    "The harbour office declined to comment, saying they cannot discuss the case because of the inquiry.",
    "Inspector Varga wrote they may have closed the ferry due to the storm warnings.",
    "Two in three riders said they are less likely to sail because of the fare rise.",
    "We said they closed the ferry because of the fare rise on the east shore.",
    "The warden said it plainly: the fare rise caused the closures on the east shore.",
    "That was too much for Okafor, who said Varga had caused great pain to the river towns.",
    "I said Varga had caused great pain to the river towns.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "We said they closed the ferry because of the fare rise on the east shore. [assertion:causal]",
    "The warden said it plainly: the fare rise caused the closures on the east shore. [assertion:causal]",
    "I said Varga had caused great pain to the river towns. [assertion:causal]",
  ]);
});

test("a marker in a relative clause whose verb a reporting verb and its subject stand before is the reporter's; the author's own stays", () => {
  const sentences = [
    "He backed lower ferry fees for students, which he said have increased because of cheap loans.",
    "Varga praised the toll rule, which Okafor thinks will lead to empty roads on the east shore.",
    "Fees rose on the east shore, which I think has happened because of cheap loans.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "Fees rose on the east shore, which I think has happened because of cheap loans. [assertion:causal]",
  ]);
});

test("a message named as a concluding verb's subject reports what it shows", () => {
  const sentences = [
    "But an email obtained by the Kessel Ledger shows that the port was organising a wider effort.",
    "This shows that the port was organising a wider effort.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "This shows that the port was organising a wider effort. [assertion:conclusion]",
  ]);
});

test("a sentence cut off on a spaced ellipsis states nothing whole; one trailing off on a glued ellipsis still does", () => {
  const sentences = [
    "The wardens hid the logbooks in a place where no one Ferry Tales: The Lost Harbour ...",
    "Nobody on the east shore ever checked the ferry logs again…",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "Nobody on the east shore ever checked the ferry logs again… [assertion:sweeping]",
  ]);
});

test("a marker in an announcement, a hedged sweep, an idiom, a duty and the author as object assert nothing", () => {
  const sentences = [
    "The harbour board announced that the new timetable caused the delays on the east shore.",
    "Harbour officials announced this week that the strike led to the closure of two piers.",
    "The harbour board informed the skippers that their licences were suspended due to the new timetable.",
    "To close two harbours so soon probably has never happened before in the county.",
    "The ferry office is now solidly bureaucratic in the worst sense.",
    "It is on all of us to check the ferry logs before winter.",
    "No one pays me to write about the ferry logs.",
    "No one checked the ferry logs before winter.",
    "The ferry office is the worst employer on the lake.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "No one checked the ferry logs before winter. [assertion:sweeping]",
    "The ferry office is the worst employer on the lake. [assertion:sweeping]",
  ]);
});

test("a participle of saying reports, a reaction is no argued cause, a comma's relative clause describes", () => {
  const sentences = [
    "The harbour board has held the skipper responsible, arguing that he must have known who was behind the delays.",
    "The warden blamed the skipper, saying that the strike caused the delays on the east shore.",
    "The skipper caused outrage on the east shore by cancelling the night ferry.",
    "The remarks the warden made in March that caused such offence were printed in the ferry log.",
    "The ferry logs were kept by Anna Berg, who was never asked about the night crossing.",
    "The fee rise caused the closures on the east shore.",
    "The ferry office never checks the logs on the east shore.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The fee rise caused the closures on the east shore. [assertion:causal]",
    "The ferry office never checks the logs on the east shore. [assertion:sweeping]",
  ]);
});

test("a capitalised sweeping word inside a name ('the Never Again Committee') is no sweeping claim; one in running text is", () => {
  const text =
    "The harbour plan was opposed by the Never Again Committee at the last meeting. " +
    "The harbour plan was never put to the residents of the town.";
  assert.deepEqual(
    claimsOf(text, ["author", "author"]).filter((c) => c.includes("sweeping")),
    ["The harbour plan was never put to the residents of the town. [assertion:sweeping]"],
  );
});

test("a study named with what it is into, an 'as' clause that credits someone, and a parenthesis before 'that' report", () => {
  const sentences = [
    "A county inquiry into the ferry contracts shows that the warden signed the extensions himself.",
    "For example, as the harbour historian Ida Rask has revealed, the night ferry was clearly never insured.",
    "So, as the warden's critics would have it, the delays were caused by the skipper alone.",
    "Below it was a post from a ferry pilot saying, among other things, that the strike caused the delays.",
    "As noted above, the broken sluice gate caused the flooding of the lower harbour.",
    "The broken sluice gate clearly caused the flooding of the lower harbour last winter.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "As noted above, the broken sluice gate caused the flooding of the lower harbour. [assertion:causal]",
    "The broken sluice gate clearly caused the flooding of the lower harbour last winter. [assertion:conclusion assertion:causal]",
  ]);
});

test("a denied universal, a subject's name and 'the best possible' sweep over nothing; 'not only every' still does", () => {
  const sentences = [
    "The new timetable does not explain all of the delays on the east shore.",
    "It wasn't always like this at the harbour office.",
    "The warden holds a degree in History from the college at Kessel.",
    "The warden tried to put the best possible face on the ferry accounts.",
    "The warden checked not only every ferry but every rowing boat on the lake.",
    "The warden has always refused to open the ferry logs.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The warden checked not only every ferry but every rowing boat on the lake. [assertion:sweeping]",
    "The warden has always refused to open the ferry logs. [assertion:sweeping]",
  ]);
});

test("a title, a cause served, a copula 'proved', a reaction with a figure and someone's thought are not the author's assertions", () => {
  const sentences = [
    "The story ran in the harbour paper under an article titled Warden never opened the logs, says pilot.",
    "The volunteers gave their weekends for the cause of the lake rescue service.",
    "The warden's apology proved remarkably short on detail.",
    "The new fares triggered a 300-person march on the harbour office.",
    "The board fears that pilots may begin to think that the strike means that nobody will be paid.",
    "The new fares proved that the board had misread the town.",
    "The new fares triggered the closure of the east shore ferry.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The new fares proved that the board had misread the town. [assertion:conclusion]",
    "The new fares triggered the closure of the east shore ferry. [assertion:causal]",
  ]);
});

test("a 'show' after a possessive, 'causes' ending its clause, records named with a participle and speculation are no assertions", () => {
  const sentences = [
    "The harbour paper described the warden's show that opened the ferry festival in March.",
    "The warden is a ferry pilot and is dedicated to charitable causes.",
    "Minutes published in Kessel in 2021 showed that the warden had signed the extensions.",
    "A torn ticket on the pier caused some to speculate that the night ferry had sailed.",
    "The torn mooring rope caused the night ferry to drift onto the pier.",
    "This shows that the warden had never read the ferry logs.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The torn mooring rope caused the night ferry to drift onto the pier. [assertion:causal]",
    "This shows that the warden had never read the ferry logs. [assertion:conclusion assertion:sweeping]",
  ]);
});

test("'proved' before an adjective or an article says what a thing turned out to be; before 'that', a pronoun or 'nothing' it concludes", () => {
  const sentences = [
    "The new ferry timetable proved wrong within a week.",
    "The harbour levy proved a costly mistake for the council.",
    "The night ferry proved the most popular crossing of the summer.",
    "The council's own vote proved that the levy had failed.",
    "The warden proved it with the ledger from the pier office.",
    "The warden's speech proved nothing about the pier or the levy.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The council's own vote proved that the levy had failed. [assertion:conclusion]",
    "The warden proved it with the ledger from the pier office. [assertion:conclusion]",
    "The warden's speech proved nothing about the pier or the levy. [assertion:conclusion]",
  ]);
});

test("a thing created in the passive, a scheme's version or a poll created, and 'created equal' are founded, not caused", () => {
  const sentences = [
    "A new ferry account is created for each pilot in March.",
    "The newly created harbour trust met on Monday at the pier.",
    "Not all ferry crossings are created equal on the east shore.",
    "The council created the scheme's current version in 2019.",
    "The harbour paper created a poll on its website last week.",
    "The new levy created a crisis for the pier traders.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The new levy created a crisis for the pier traders. [assertion:causal]",
  ]);
});

test("a rank a verb of making confers is no cause: 'later created Cardinal', 'was created a baron'", () => {
  const sentences = [
    "Bishop Ivo Marr, who had been the harbour chaplain, later created Cardinal and appointed to the see of Dunmore in 1977.",
    "The old harbour master was created a baron in the spring of 1921.",
    "The new levy created a crisis for the harbour chaplain.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The new levy created a crisis for the harbour chaplain. [assertion:causal]",
  ]);
});

test("'results in' after a determiner, a preposition or nothing at all is the noun and a preposition", () => {
  const sentences = [
    "Still to come: results in Kessel, Marrow and Dunmore.",
    "The pilots waited all night for the results in the harbour ward.",
    "The new levy results in longer queues at the pier.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The new levy results in longer queues at the pier. [assertion:causal]",
  ]);
});

test("'all of which' and 'all of whom' pick up the set just named; with a modal they claim about it again", () => {
  const sentences = [
    "The levy hit Kessel, Marrow and Dunmore, all of which voted against it.",
    "The ferry pilots, all of whom signed the letter, met the warden.",
    "The board launched three new ferry lines, all of which will lose money.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The board launched three new ferry lines, all of which will lose money. [assertion:sweeping]",
  ]);
});

test("a superlative before a plural noun or a figure names a tier; after a copula, a partitive or before a domain it ranks", () => {
  const sentences = [
    "The biggest ferry operators signed the letter on Monday.",
    "The levy falls on the poorest 10 percent of the islanders.",
    "The harbour firms are the biggest employers on the island.",
    "It was one of the worst storms the pier had known.",
    "The warden hired the best pilots in the country.",
    "The night pilot did the best on the long crossing.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The harbour firms are the biggest employers on the island. [assertion:sweeping]",
    "It was one of the worst storms the pier had known. [assertion:sweeping]",
    "The warden hired the best pilots in the country. [assertion:sweeping]",
    "The night pilot did the best on the long crossing. [assertion:sweeping]",
  ]);
});

test("a superlative of a violent event names it by its record; of anything else it still ranks", () => {
  const sentences = [
    "Mourners gathered in Port Elsin a week after the deadliest mass shooting in the province's history.",
    "The ferry law passed a month after one of the worst harbour bombings in a decade.",
    "Warden Tamsin Achterberg is the worst warden in the island's history.",
    "The Kessel storm was the deadliest storm the pier had known.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "Warden Tamsin Achterberg is the worst warden in the island's history. [assertion:sweeping]",
    "The Kessel storm was the deadliest storm the pier had known. [assertion:sweeping]",
  ]);
});

test("a marker in someone's suggestion, contention, worry or warning, or after 'as … observed', is theirs", () => {
  const sentences = [
    "The warden's suggestion that the levy caused the queues was rejected.",
    "Many pilots worried that the strike would lead to closures.",
    "They warn that the new levy leads to empty ferries.",
    "Okafor is not alone in her contention that the levy led to empty ferries.",
    "As the harbour master has rightly observed, this means that the pier must close.",
    "The new levy leads to empty ferries on the east shore.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The new levy leads to empty ferries on the east shore. [assertion:causal]",
  ]);
});

test("'causes' before a preposition is a noun; idioms, aims, a trait displayed and one occasion's silence assert nothing", () => {
  const sentences = [
    "The trust gives to charitable causes in the harbour ward.",
    "All of a sudden the night ferry stopped at the pier.",
    "It is never too late to join the ferry club.",
    "The pilots wanted to show that the timetable was wrong.",
    "The warden has to show that the levy is fair.",
    "The warden again demonstrated his knack for long speeches.",
    "The warden never mentioned the levy at the meeting.",
    "The new levy causes long queues at the pier.",
    "This goes to show that the levy failed the islanders.",
    "The ledger demonstrated that the levy had failed.",
    "The warden never answers the pilots' letters.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The new levy causes long queues at the pier. [assertion:causal]",
    "This goes to show that the levy failed the islanders. [assertion:conclusion]",
    "The ledger demonstrated that the levy had failed. [assertion:conclusion]",
    "The warden never answers the pilots' letters. [assertion:sweeping]",
  ]);
});

test("every weekday or every single day is a frequency; a reaction or a scandal caused is how people reacted", () => {
  const sentences = [
    "The ferry leaves every weekday morning at six.",
    "The pilots check the mooring ropes every single day.",
    "The levy triggered an angry reaction from the pilots.",
    "The new fares caused a minor scandal in the harbour.",
    "The ferry stops at every pier on the east shore.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The ferry stops at every pier on the east shore. [assertion:sweeping]",
  ]);
});

test("a sentence opening on 'Never' and a bare verb is advice; 'were due to stick to' is a schedule", () => {
  const sentences = [
    "Never forget that every ferry pilot signed the letter.",
    "The pilots were due to stick to the old timetable.",
    "Never has every ferry pilot signed a letter like it.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "Never has every ferry pilot signed a letter like it. [assertion:sweeping]",
  ]);
});

test("a record's finding, a reported noun phrase and an opinion credited with 'in … view' are not the author's", () => {
  const sentences = [
    "Several studies of the ferry levy, most of them run by the harbour board, have found little evidence that the levy causes empty ferries.",
    "One exception was a 2019 Kessel paper that found the levy caused harm to the pier trade.",
    "There were also emails that night showing that the warden was behind the closure.",
    "The audit did not provide evidence that the pilots were behind the strike.",
    "A memo obtained by the KESSEL HARBOUR POST – Elsin shows that the board planned the closure.",
    "The warden implied the pilot handling the night run was late because of his union.",
    "In Ms. Achterberg's view, this shows that the levy failed the islanders.",
    "In my view, this shows that the levy failed the islanders.",
    "In view of the storms, the levy led to empty ferries.",
    "We read the audit and found the levy caused empty ferries.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "In my view, this shows that the levy failed the islanders. [assertion:conclusion]",
    "In view of the storms, the levy led to empty ferries. [assertion:causal]",
    "We read the audit and found the levy caused empty ferries. [assertion:causal]",
  ]);
});

test("a question someone asks, the rest of a poll's field and 'like never before' sweep over nothing", () => {
  const sentences = [
    "Then Ms. Okafor asked the pilots if they were always so late.",
    "The warden asked Okafor how she would pay for the repair of every pier.",
    "The board declined to comment on whether it still planned to close every pier.",
    "Achterberg leads with 41 percent, and Okafor has 20 percent.",
    "Everyone else combined for 39 percent.",
    "The warden was questioned by the pilots like never before, as the hall cheered.",
    "The harbour plan never got off the ground.",
    "Everyone else in the harbour ward knows the levy failed.",
    "The ferry board has always failed the islanders.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:sweeping"), [
    "Everyone else in the harbour ward knows the levy failed. [assertion:sweeping]",
    "The ferry board has always failed the islanders. [assertion:sweeping]",
  ]);
});

test("a named set in a news fact, a category, a heading and the rest of a race's field sweep over nothing", () => {
  const sentences = [
    "The party is paying for a mailer sent to every Kessel voter who requests a ballot.",
    "All of the KHP candidates oppose the levy and have pledged to end it.",
    "Organisers sent pastors to all of Elsin's 41 parishes.",
    "Every recent KHP nominee has spoken at the harbour fair.",
    "Okafor and Brenton both spoke to an audience of wardens from every county.",
    "In 2009, Dana Okafor took home a Golden Anchor in the best pilot category.",
    "Links to the best of news at the intersection of ferries and tides:",
    "Nobody else in the field looks primed to break out of the pack.",
    "Everyone else lags far behind.",
    "The warden set out to remove everyone else from the 2019 race.",
    "Okafor has led in just about every poll in the ward this year.",
    "Every Kessel islander is a coward.",
    "Every Muslim pilot in the ward is a suspect to them.",
    "Every Republican warden is a coward.",
    "She fails, like every other Socialist and Communist, to tell us anything.",
    "Nobody else cares about the ferry.",
    "The levy is the biggest failure of harbour policy.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:sweeping"), [
    "Every Kessel islander is a coward. [assertion:sweeping]",
    "Every Muslim pilot in the ward is a suspect to them. [assertion:sweeping]",
    "Every Republican warden is a coward. [assertion:sweeping]",
    "She fails, like every other Socialist and Communist, to tell us anything. [assertion:sweeping]",
    "Nobody else cares about the ferry. [assertion:sweeping]",
    "The levy is the biggest failure of harbour policy. [assertion:sweeping]",
  ]);
});

test("a claim reported in a relative clause past an auxiliary, and a cause called debated, are not the author's", () => {
  const sentences = [
    "The board blamed the Kessel Front, which Elsin officials have said was responsible for the fire.",
    "The levy, which wardens say was responsible for the closures, ends in May.",
    "The root causes of the strike are hotly debated, and Okafor is not alone in her contention that the levy led to it.",
    "The levy, which I have said was responsible for the closures, ends in May.",
    "The causes of the closures were the storms and the levy.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "The levy, which I have said was responsible for the closures, ends in May. [assertion:causal]",
    "The causes of the closures were the storms and the levy. [assertion:causal]",
  ]);
});

test("a correction notice, what someone kept saying, a criticism's or a hope's that-clause, a hope to do something and what a record is expected to show are not the author's claims", () => {
  // The notices stand inside a paragraph here: one that opens on such a notice is the outlet's
  // furniture as a whole (src/ingest/boilerplate.ts) before any assertion is read.
  const sentences = [
    "Warden Okafor, as well as her office, has always maintained that the ledger was sound.",
    "Her rivals in the ward never thought so.",
    "Okafor has faced criticism from rivals that her levy has created an unsafe harbour.",
    "Many spoke about how much they hoped that this is the year that, for the first time in history, a pilot is named warden.",
    "The harbour board concluded that none of the current ferries were fit for winter.",
    "The ledgers due Friday are expected to show that Okafor spent more on the ferry.",
    "The wardens hoped to give every pilot a raise.",
    "Because of the levy, the ferry runs half empty.",
    "Okafor has always ignored the pilots.",
    "The harbour board has never confirmed the ferry accounts.",
    "The ledgers show that Okafor spent more on the ferry.",
    "Because of an editing error, an article on Tuesday about the Kessel ferry misstated the warden's name.",
    "Because of a reporting error, a caption on Monday misidentified the harbour.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "Because of the levy, the ferry runs half empty. [assertion:causal]",
    "Okafor has always ignored the pilots. [assertion:sweeping]",
    "The harbour board has never confirmed the ferry accounts. [assertion:sweeping]",
    "The ledgers show that Okafor spent more on the ferry. [assertion:conclusion]",
  ]);
});

test("'all of' or 'none of' a set the article has counted is a news fact about that set", () => {
  const sentences = [
    "None of the three laid out a plan to keep the ferry running.",
    "So far, none of the four wardens has backed the levy.",
    "All of the 12 pilots signed the letter.",
    "None of the pilots trust the warden.",
  ];
  assert.deepEqual(authorAssertions(sentences, "assertion:"), [
    "None of the pilots trust the warden. [assertion:sweeping]",
  ]);
});
