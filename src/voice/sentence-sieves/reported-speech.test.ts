import assert from "node:assert/strict";
import { test } from "node:test";
import { runSentenceSieve, textDocument } from "../../testing/voices.js";
import { attributeVoices } from "../index.js";
import { reportedSpeech } from "./reported-speech.js";

test("reported-speech: indirect speech is its speaker's", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "Ines Varga said the ferry would keep running. According to the harbour master, the quay is safe.",
    ),
    [
      "[speaker:Ines Varga] Ines Varga said the ferry would keep running.",
      "[speaker:the harbour master] According to the harbour master, the quay is safe.",
    ],
  );
});

test("reported-speech: a subordinate cue and an introducer ending in a colon stay the author's", () => {
  assert.deepEqual(
    runSentenceSieve(reportedSpeech, "Nothing changed, whatever the authority claims. Ines Varga said this:"),
    ["[-] Nothing changed, whatever the authority claims.", "[-] Ines Varga said this:"],
  );
});

test("reported-speech: a question the author asks reports no one, whatever its verb", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "And remember when Cardinal Holm told the bishop off over the cost? So what does the charter say? Holm said the cost was too high.",
    ),
    [
      "[-] And remember when Cardinal Holm told the bishop off over the cost?",
      "[-] So what does the charter say?",
      "[speaker:Cardinal Holm] Holm said the cost was too high.",
    ],
  );
});

test("'For X, the implication is …' is X's view when the sentences around report X, else the author's", () => {
  const voices = (text: string) => {
    const doc = textDocument(text);
    return attributeVoices(doc, { matches: [], sources: [] }).sentenceVoices.map((v) =>
      [v.kind, v.name].filter(Boolean).join(":"),
    );
  };
  assert.deepEqual(
    voices(
      "The ferry debate\n\nAt the hearing, Tomas Vell raised the cost of the new timetable. For Vell, the implication is that the island school will lose a third of its pupils. This, he said, would empty the village within a decade.",
    ),
    ["author", "author", "speaker:Tomas Vell", "speaker:Tomas Vell"],
  );
  assert.deepEqual(
    voices(
      "The ferry debate\n\nThe new timetable cuts the morning sailing. For Kelby, this means that the island school will lose a third of its pupils. The council meets again in June.",
    ),
    ["author", "author", "author", "author"],
  );
});

test("'alleges' and 'tweeted' report the subject's words; a tweeted thing or a participle with its agent reports nothing", () => {
  const kinds = (text: string) => {
    const doc = textDocument(`Ferry deal questioned\n\n${text}`);
    return attributeVoices(doc, { matches: [], sources: [] })
      .sentenceVoices.slice(1)
      .map((v) => [v.kind, v.name ?? v.description].filter(Boolean).join(":"));
  };
  assert.deepEqual(
    kinds("A regional newspaper alleges that the harbour board signed the deal without a tender."),
    ["speaker:a regional newspaper"],
  );
  assert.deepEqual(kinds("Councillor Ada Brenn tweeted that the deal had never been put to a vote."), [
    "speaker:Ada Brenn",
  ]);
  assert.deepEqual(kinds("Councillor Ada Brenn tweeted a photo of the empty quay."), ["author"]);
  assert.deepEqual(kinds("The outcry over the videos tweeted out by a councillor is proof of nothing."), [
    "author",
  ]);
});

test("a title word before an institution's head is part of its name: 'the Justice Department said' is the Justice Department", () => {
  const doc = textDocument(
    "Ferry fraud sentence\n\nA man has been sentenced to six years for defrauding the ferry fund, the Justice Department said on Friday. Judge Mara Olin said the fraud had been planned for years.",
  );
  assert.deepEqual(attributeVoices(doc, { matches: [], sources: [] }).sentenceVoices.slice(1), [
    { kind: "speaker", name: "Justice Department" },
    { kind: "speaker", name: "Mara Olin" },
  ]);
});

test("a person's name before 'of' and a description headed by an institution is who speaks: 'Tilda Marr of the county prosecutor's office told'", () => {
  const voices = (sentence: string) =>
    attributeVoices(textDocument(`Ferry fraud sentence\n\n${sentence}`), {
      matches: [],
      sources: [],
    }).sentenceVoices.slice(1);
  assert.deepEqual(
    voices("Tilda Marr of the county prosecutor's office told reporters the sentence was fair."),
    [{ kind: "speaker", name: "Tilda Marr" }],
  );
  // Headed by people, not an institution, the description is who speaks.
  assert.deepEqual(voices("Tilda Marr of the angry ferry passengers said the sentence was fair."), [
    { kind: "speaker", description: "the angry ferry passengers" },
  ]);
});

test("reported-speech: 'X cited Y as saying …' is X's report, 'Y is quoted as saying …' Y's; 'cited a study as its reason' reports nothing", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      [
        "The Harbour Gazette cited two unnamed officials as saying the ferry would stop in May.",
        "The Courier quoted Ines Varga, a ferry pilot of twenty years, as saying that the quay was unsafe.",
        "Tomas Brandt is quoted as saying that the timetable was sound.",
        "The council cited a study of traffic as its reason for the change.",
      ].join(" "),
    ),
    [
      "[speaker:Harbour Gazette] The Harbour Gazette cited two unnamed officials as saying the ferry would stop in May.",
      "[speaker:Courier] The Courier quoted Ines Varga, a ferry pilot of twenty years, as saying that the quay was unsafe.",
      "[speaker:Tomas Brandt] Tomas Brandt is quoted as saying that the timetable was sound.",
      "[-] The council cited a study of traffic as its reason for the change.",
    ],
  );
});

test("reported-speech: 'As X wrote for Y, CONTENT' opening a sentence is X's; 'as we found', a quote after the comma and 'as' inside a sentence are not", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      [
        "As Ines Varga wrote for the Harbour Gazette, the real question is who pays for the quay.",
        "Yet, as the Kessel Courier reported in May, the council never voted on the repair.",
        "As we have found before, the old figures understated the cost.",
        "As Tomas Brandt explained, “I never saw the bill,” and the council paid it anyway.",
        "The ferry left as Ines Varga said goodbye to the crew on the quay.",
      ].join(" "),
    ),
    [
      "[document:Ines Varga] As Ines Varga wrote for the Harbour Gazette, the real question is who pays for the quay.",
      "[speaker:Kessel Courier] Yet, as the Kessel Courier reported in May, the council never voted on the repair.",
      "[-] As we have found before, the old figures understated the cost.",
      "[-] As Tomas Brandt explained, “I never saw the bill,” and the council paid it anyway.",
      "[-] The ferry left as Ines Varga said goodbye to the crew on the quay.",
    ],
  );
});

test("reported-speech: 'notified X that', 'pointed to' and 'points out' report; without their 'that' or particle they do not", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "Mayor Ines Varga formally notified the council on Tuesday that the ferry would stop. The harbour notified the bank of the change. Tomas Brandt also pointed to the cost of the new quay. Brandt pointed a torch at the water.",
    ),
    [
      "[speaker:Ines Varga] Mayor Ines Varga formally notified the council on Tuesday that the ferry would stop.",
      "[-] The harbour notified the bank of the change.",
      "[speaker:Tomas Brandt] Tomas Brandt also pointed to the cost of the new quay.",
      "[-] Brandt pointed a torch at the water.",
    ],
  );
});

test("reported-speech: a finding closing the sentence after a comma reports the clause before it", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "PORT ELLIS – It was a quarrel over fees, not fraud, that ended the ferry contract, an investigation ordered by the mayor has concluded. The damage was done, Brandt concluded.",
    ),
    [
      "[document:an investigation] PORT ELLIS – It was a quarrel over fees, not fraud, that ended the ferry contract, an investigation ordered by the mayor has concluded.",
      "[speaker:Brandt] The damage was done, Brandt concluded.",
    ],
  );
});

test("reported-speech: a lead-in and a colon opening the sentence give it the lead-in's source, a quoted name in it or not", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "Lind was charged on Friday. According to the ministry: Between 2009 and 2014, Lind paid officials at “Harbour Company B” to win contracts. Small wonder: Lind had friends.",
    ),
    [
      "[-] Lind was charged on Friday.",
      "[speaker:the ministry] According to the ministry: Between 2009 and 2014, Lind paid officials at “Harbour Company B” to win contracts.",
      "[-] Small wonder: Lind had friends.",
    ],
  );
});

test("reported-speech: 'X …, saying …' is X's when X opens the clause and names someone; a possessor, a modifier after a determiner, an object, 'it' and a later cue are not", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      [
        "Ines Varga hit back, saying the quay could not take the weight.",
        "The mayor rejected the timetable on Monday, saying the quay was unsafe.",
        "Varga’s record of remarks includes blaming the council, saying its members lie.",
        "Other Harbour candidates have followed her lead, saying the plan is too costly.",
        "It goes on to fault the board, saying the money was lost.",
        "Sister T. continued, saying that the rule was wrong.",
        "Tomas Brandt waved, saying nothing.",
        "The president left no doubt of his support for Mrs. Ines Varga, saying that nobody was more qualified.",
        "Tomas Brandt welcomed the news, saying the mayor was right, the Courier reported.",
      ].join(" "),
    ),
    [
      "[speaker:Ines Varga] Ines Varga hit back, saying the quay could not take the weight.",
      "[speaker:the mayor] The mayor rejected the timetable on Monday, saying the quay was unsafe.",
      "[-] Varga’s record of remarks includes blaming the council, saying its members lie.",
      "[-] Other Harbour candidates have followed her lead, saying the plan is too costly.",
      "[-] It goes on to fault the board, saying the money was lost.",
      "[-] Sister T. continued, saying that the rule was wrong.",
      "[-] Tomas Brandt waved, saying nothing.",
      "[-] The president left no doubt of his support for Mrs. Ines Varga, saying that nobody was more qualified.",
      "[speaker:Courier] Tomas Brandt welcomed the news, saying the mayor was right, the Courier reported.",
    ],
  );
});

test("reported-speech: 'X …, arguing that …' is X's when a clause follows the participle; an object and an object's name are not, and a name after 'The' that its verb follows is its subject", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      [
        "Ines Varga rejected the timetable, arguing that the quay was unsafe.",
        "Tomas Brandt declined to comment, noting it was a matter for the court.",
        "The mayor threatened to veto the budget, arguing such cuts would close the quay.",
        "Ines Varga won the harbour ward, claiming 41 percent of the vote.",
        "Tomas Brandt won the vote, adding to his run of victories.",
        "The Courier has opposed Ines Varga, arguing she is unfit to lead the council.",
        "Fishermen see Varga as a rival, arguing that she wants the quay closed.",
        "Tomas Brandt apologized the next day, saying it was wrong to shout.",
      ].join(" "),
    ),
    [
      "[speaker:Ines Varga] Ines Varga rejected the timetable, arguing that the quay was unsafe.",
      "[speaker:Tomas Brandt] Tomas Brandt declined to comment, noting it was a matter for the court.",
      "[speaker:the mayor] The mayor threatened to veto the budget, arguing such cuts would close the quay.",
      "[-] Ines Varga won the harbour ward, claiming 41 percent of the vote.",
      "[-] Tomas Brandt won the vote, adding to his run of victories.",
      "[speaker:Courier] The Courier has opposed Ines Varga, arguing she is unfit to lead the council.",
      "[-] Fishermen see Varga as a rival, arguing that she wants the quay closed.",
      "[speaker:Tomas Brandt] Tomas Brandt apologized the next day, saying it was wrong to shout.",
    ],
  );
});

test("reported-speech: 'was told by X that …' is X's; no 'that', or a non-finite passive, reports no one", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      [
        "Both times, reporters were told by Ines Varga, the port’s head of communications, that the crane had failed.",
        "She has been told by the firm’s lawyers that they cannot release the files.",
        "Voters believe what they are told by the harbour board.",
        "The council acted only after being warned by its engineers that the wall was weak.",
      ].join(" "),
    ),
    [
      "[speaker:Ines Varga] Both times, reporters were told by Ines Varga, the port’s head of communications, that the crane had failed.",
      "[speaker:the firm’s lawyers] She has been told by the firm’s lawyers that they cannot release the files.",
      "[-] Voters believe what they are told by the harbour board.",
      "[-] The council acted only after being warned by its engineers that the wall was weak.",
    ],
  );
});

test("reported-speech: 'A report made public this week by X concluded …' is the report's, not the author's", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "A report made public this week by Ines Varga concluded that the vote was fair. A review written by two engineers found that the wall was weak.",
    ),
    [
      "[document:a report] A report made public this week by Ines Varga concluded that the vote was fair.",
      "[document:a review] A review written by two engineers found that the wall was weak.",
    ],
  );
});

test("reported-speech: 'admitted X into the country' lets someone in and reports nothing; 'admitted that …' reports", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "The Home Office also admitted Shaykh Aldo Ferren into the country, despite his record. The Home Office admitted that the checks had failed.",
    ),
    [
      "[-] The Home Office also admitted Shaykh Aldo Ferren into the country, despite his record.",
      "[speaker:Home Office] The Home Office admitted that the checks had failed.",
    ],
  );
});

test("reported-speech: a name after 'at his' is an event someone holds, never who speaks: 'spoke at his Chrism Mass said'", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "Bishop Aldo Corvin spoke at his Chrism Mass said that the parish must change.",
    ),
    ["[-] Bishop Aldo Corvin spoke at his Chrism Mass said that the parish must change."],
  );
});

test("reported-speech: a programme's title before a speaker's tag cites nothing; a work the speaker wrote in, or a quote opening the sentence before the author's clause, still does", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "On the harbour channel’s “Morning Tide,” Mayor Ines Varga said the ferry operator’s honesty is in question. In his book “The Ferry Years,” Tomas Vell wrote that the port failed. Tom Brae, whose book “Harbour Nation” prompted a lawsuit from Mr. Vell, called his publisher after Mr. Vell announced his candidacy.",
    ),
    [
      "[speaker:Ines Varga] On the harbour channel’s “Morning Tide,” Mayor Ines Varga said the ferry operator’s honesty is in question.",
      "[-] In his book “The Ferry Years,” Tomas Vell wrote that the port failed.",
      "[-] Tom Brae, whose book “Harbour Nation” prompted a lawsuit from Mr. Vell, called his publisher after Mr. Vell announced his candidacy.",
    ],
  );
});

test("reported-speech: 'emphasized', 'asserted' and 'declared' report a clause, not an act", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "Ines Varga emphasized that the fund was safe. Marcus Vell asserted that the quay had never flooded. The council declared in a statement on Monday that the ferry would run. “The fund is safe,” Varga declared in an interview. The island council declared an emergency on Tuesday. The rebels asserted responsibility for the blockade. Varga has emphasized her ties to the harbour board. Voters will doubt him when he asserts that the fund is safe. Vell won the vote after a hard week in which he was booed at the quay; was denounced by his deputy; and declared that the fund was safe.",
    ),
    [
      "[speaker:Ines Varga] Ines Varga emphasized that the fund was safe.",
      "[speaker:Marcus Vell] Marcus Vell asserted that the quay had never flooded.",
      "[speaker:the council] The council declared in a statement on Monday that the ferry would run.",
      "[speaker:Ines Varga] “The fund is safe,” Varga declared in an interview.",
      "[-] The island council declared an emergency on Tuesday.",
      "[-] The rebels asserted responsibility for the blockade.",
      "[-] Varga has emphasized her ties to the harbour board.",
      "[-] Voters will doubt him when he asserts that the fund is safe.",
      "[-] Vell won the vote after a hard week in which he was booed at the quay; was denounced by his deputy; and declared that the fund was safe.",
    ],
  );
});

test("reported-speech: a writer's 'that' clause past a phrase naming where they wrote is theirs; writing somewhere with no clause reports nothing", () => {
  assert.deepEqual(
    runSentenceSieve(
      reportedSpeech,
      "Ivo Stark wrote in his 1990 memoir that he had been the most honest student. Dana Holt writes in the Harbour Ledger that the quay will close. Ivo Stark wrote in the margin of the report.",
    ),
    [
      "[document:Ivo Stark] Ivo Stark wrote in his 1990 memoir that he had been the most honest student.",
      "[document:Dana Holt] Dana Holt writes in the Harbour Ledger that the quay will close.",
      "[-] Ivo Stark wrote in the margin of the report.",
    ],
  );
});
