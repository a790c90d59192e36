import assert from "node:assert/strict";
import { test } from "node:test";
import { createDocument } from "../text/document.js";
import { extractClaims } from "./index.js";

/** The assertion kinds the claims of `sentence`, in the author's voice, carry ("sweeping", "causal", …). */
const kindsOf = (sentence: string): string[] => {
  const doc = createDocument(sentence);
  const { claims } = extractClaims(doc, {
    sentenceVoices: doc.sentences.map(() => ({ kind: "author" as const })),
    sources: [],
    matches: [],
  });
  const kinds = new Set(
    claims.flatMap((c) => c.features.filter((f) => f.startsWith("assertion:")).map((f) => f.slice(10))),
  );
  return [...kinds].sort();
};

const none = (sentences: string[]) => {
  for (const s of sentences) assert.deepEqual(kindsOf(s), [], s);
};

test("a quantifier in a past-tense episode placed at a time or an occasion narrates, it does not generalise", () => {
  none([
    "He never returned to the farmhouse after that night.",
    "Every witness was questioned on Tuesday by the harbour police.",
    "Everyone in the courtroom was stunned by the verdict.",
    "All of the ballots were counted before the Ashford caucus closed.",
    "None of the councillors I spoke to last week thought the levy would pass.",
    "In March 2014, the ferry workers walked out and none of the crossings ran.",
  ]);
});

test("one person's record is narrated: 'never' with a past form, 'always' with a vote", () => {
  none([
    "She never lost a race in her career.",
    "Judge Okafor has never held elected office.",
    "Ms. Varga has always voted against the harbour bill.",
    "He was never charged with any offence in Brenton.",
    "He left for Lisbon in the spring and never came back.",
    // A surname alone is a person's when the article names the person in full.
    "Ruth Okafor ran the harbour board for ten years. Okafor has never held elected office.",
  ]);
  // A capitalised word no given name precedes may name a country or a god.
  assert.deepEqual(kindsOf("China has never paid the harbour levy."), ["sweeping"]);
  assert.deepEqual(kindsOf("Okafor has never held elected office."), ["sweeping"]);
});

test("'every' over the occasions of one tour or campaign narrates", () => {
  none([
    "At every stop on the tour he repeated the line about the bridge.",
    "The crowd cheered after every sentence of the mayor's speech.",
    "Okafor pivoted with every answer to talk about the ferry fares.",
  ]);
});

test("an event's outcome narrated with a causal marker is no cause the author argues", () => {
  none([
    "The storm caused the Kessel bridge to close for six hours.",
    "Three guards died as a result of the attack.",
    "The attack on the depot, which resulted in the deaths of two drivers, is still under review.",
  ]);
});

test("general claims keep their kind: a present or plural generalisation, a concluded cause, an institution's record", () => {
  assert.deepEqual(kindsOf("Politicians never keep their promises to the valley."), ["sweeping"]);
  assert.deepEqual(kindsOf("Every study shows the levy hurts small farms."), ["sweeping"]);
  assert.deepEqual(kindsOf("This proves the policy caused the closures."), ["causal", "conclusion"]);
  assert.deepEqual(kindsOf("Nobody in this city trusts the police."), ["sweeping"]);
  assert.deepEqual(kindsOf("She never tells the truth about the harbour accounts."), ["sweeping"]);
  assert.deepEqual(kindsOf("He has always treated his staff with contempt."), ["sweeping"]);
  assert.deepEqual(kindsOf("The ministry has never protected the river towns."), ["sweeping"]);
  assert.deepEqual(kindsOf("Forty towns have backed the same party in every race since 2000."), ["sweeping"]);
  assert.deepEqual(kindsOf("The levy resulted in the deaths of hundreds of pensioners."), ["causal"]);
  assert.deepEqual(kindsOf("On Tuesday every school in the district is failing its pupils."), ["sweeping"]);
});

test("the reason an actor acted for, given after the act, is narrated, not a cause the author argues", () => {
  none([
    "Councillor Varga resigned from the harbour board because of the ferry scandal.",
    "Dana Okafor voted against the levy because of its riders.",
    "The Brenton Ferry Company laid off forty deckhands due to falling ticket sales.",
    "Paul Renner resigned as chairman of the ferry board, in part because of reports about his consulting work.",
    "Okafor was offered the post in 1998 but turned it down because of family obligations.",
    "The mayor called for a pause on new permits because of concerns about the river.",
    "Two Brenton firms called off their projects with him because of his comments.",
  ]);
});

test("'cut' with its object before the reason is the act of a decision; right before the reason, or before a verb, it is a noun", () => {
  none([
    "The Brenton Ferry Company cut 300 jobs because of falling ticket sales.",
    "The harbour board cut its forecast due to the storm.",
    "The mill cuts its night shift because of the drought.",
  ]);
  assert.deepEqual(kindsOf("A fare cut because of the surplus would ruin the ferry."), ["causal"]);
  assert.deepEqual(kindsOf("Fare cuts hurt the river towns because of the rising debt."), ["causal"]);
  assert.deepEqual(kindsOf("The fare cuts for students because of the surplus were welcome."), ["causal"]);
});

test("a cause of what befalls a thing or a person stays the author's causal claim", () => {
  assert.deepEqual(kindsOf("Ferry fares rose because of the new harbour levy."), ["causal"]);
  assert.deepEqual(kindsOf("Okafor lost the race because of her rival's superior organisation."), ["causal"]);
  assert.deepEqual(kindsOf("The council voted and fares rose because of the levy."), ["causal"]);
  // "the travel ban": a noun, not the verb of a decision.
  assert.deepEqual(kindsOf("Tourism fell sharply after the ban because of the new rules."), ["causal"]);
});

test("'never' before one countable act of one thing or institution is that thing's record", () => {
  none([
    "The Kessel bridge has never closed for repairs.",
    "The harbour committee has never met in public.",
    "The ferry bill, opposed by the river towns, never became law.",
    "While the agency has never revealed the names of its informants, the list circulated widely.",
    "Its share price has never again reached its old peak.",
    "Ruth Renner ran the board. Renner, as careful as she is, never managed a campaign of that size.",
    "Although most of the crew came from Kessel, the U.S. has never formally accused its old ally of the raid.",
  ]);
  // An acronym in dotted capitals is one body as "the agency" is: its conduct still characterises.
  assert.deepEqual(kindsOf("The U.S. has never protected the river towns."), ["sweeping"]);
  // Conduct, a class of people, a plural: characterised or generalised.
  assert.deepEqual(kindsOf("The mainstream press has never revealed the harbour accounts."), ["sweeping"]);
  assert.deepEqual(kindsOf("The river towns have never paid the harbour levy."), ["sweeping"]);
  assert.deepEqual(kindsOf("The party never reconciled what it actually is."), ["sweeping"]);
});
