import assert from "node:assert/strict";
import { test } from "node:test";
import { documentFromString } from "../ingest/index.js";
import { speechesAndVoices, textDocument, sentenceVoiceHeads as voices } from "../testing/voices.js";
import { authorEvidence } from "./documents.js";
import { attributeVoices } from "./index.js";
import { voiceLexicon } from "./lexicon.js";
import { readVoices } from "./reading.js";

// The evidence found for the last paragraph of a text whose second paragraph is a reproduced block.
function evidence(last: string): string {
  const doc = textDocument(
    `Ferry notes\n\nThe council voted on Thursday to cut the island service to two sailings a day from June.\n\n${last}`,
  );
  return authorEvidence(doc, 2, voiceLexicon(), readVoices(doc).citations) ?? "none: still the document";
}

test("the author's voice returns with a first- or second-person word, a question or a connective opener", () => {
  assert.equal(
    evidence("I have read the minutes of that meeting twice and still cannot find the vote."),
    "commentary",
  );
  assert.equal(
    evidence("Who on the council thought the islanders would accept a timetable like this one?"),
    "commentary",
  );
  assert.equal(
    evidence("So the islands lose half their sailings at the start of the busiest season."),
    "commentary",
  );
  // A pronoun run into "is" outside quotes is the author's spoken register.
  assert.equal(
    evidence("One thing to remember is that the ferry is not the islands' last link, it's their only one."),
    "commentary",
  );
});

test("the author's voice returns when the document or its people are named in the third person", () => {
  assert.equal(
    evidence("The article then lists every crossing that will be cut from the June timetable."),
    "names-document",
  );
  assert.equal(
    evidence("The journalists then detail how the budget shortfall was calculated by the finance office."),
    "names-document",
  );
});

test("the author's voice returns with a change of register: a short sentence, an evaluative or normative word", () => {
  assert.equal(evidence("Two sailings. That is all."), "register");
  assert.equal(
    evidence("The council should publish the full budget for the ferry service before the cuts begin."),
    "register",
  );
  assert.equal(
    evidence("Astonishingly, the minutes record no vote on the timetable between the two sailings of June."),
    "register",
  );
});

test("a paragraph in the register of a report, or with marks of quotation, continues the block", () => {
  assert.equal(
    evidence(
      "Residents of the three islands will have to book their crossings a week in advance from the first of June.",
    ),
    "none: still the document",
  );
  assert.equal(evidence("[...] I will not comment, the harbour master said."), "none: still the document");
});

const BODY =
  "Dock workers at the port walked off the job on Tuesday, halting the loading of grain ships for the first time in eleven years.\n\nAbout six hundred members of the union joined the strike after talks on overtime pay broke down late on Monday evening.";

test("a wire repost's dateline with an agency makes its body the agency's until the author returns", () => {
  assert.deepEqual(
    voices(
      `Strike at the port\n\nPORT ELLIS, 3 May (Northern Press Agency) - ${BODY}\n\nI have never seen the quay this quiet, and neither has anyone I asked.`,
    ),
    [
      "author Strike at the",
      "document:Northern Press Agency PORT ELLIS, 3",
      "document:Northern Press Agency About six hundred",
      "author I have never",
    ],
  );
  // Without the agency, nothing credits the text: the author's.
  assert.ok(voices(`Strike at the port\n\nPORT ELLIS, 3 May - ${BODY}`).every((v) => v.startsWith("author")));
});

test("a dateline crediting the site's own agency is the author's: the agency publishing its own story", () => {
  const page = (site: string) =>
    documentFromString(
      `<html><head><meta property="og:site_name" content="${site}"><title>Strike at the port</title></head><body><article><h1>Strike at the port</h1><p>PORT ELLIS, 3 May (Northern Press Agency) - ${BODY.replace("\n\n", "</p><p>")}</p></article></body></html>`,
      { id: "a", format: "html" },
    );
  const kinds = (site: string) => {
    const doc = page(site);
    return attributeVoices(doc, { matches: [], sources: [] }).sentenceVoices.map((v) => v.kind);
  };
  assert.ok(kinds("Northern Press Agency").every((k) => k === "author"));
  // The same story on another outlet's site is that agency's document there.
  assert.ok(kinds("The Harbour Ledger").includes("document"));
});

test("a byline with an agency, or an inline credit, makes the paragraphs after it the credited document's", () => {
  assert.deepEqual(voices(`Strike at the port\n\nBy Mara Ilves (Harbour Wire Service)\n\n${BODY}`), [
    "author Strike at the",
    "author By Mara Ilves",
    "document:Harbour Wire Service Dock workers at",
    "document:Harbour Wire Service About six hundred",
  ]);
  assert.deepEqual(
    voices(
      `Strike at the port\n\nThe story was first reported by The Harbour Ledger.\n\n${BODY}\n\nWhy did nobody ask the obvious question at the time?`,
    ).map((v) => v.split(" ")[0]),
    ["author", "author", "document:The", "document:The", "author"],
  );
});

test("a closing credit line makes the body before the author's closing lines the credited document's", () => {
  assert.deepEqual(
    voices(
      `Strike at the port\n\n${BODY}\n\nWhy did nobody ask the obvious question at the time?\n\nSource: Harbour Ledger`,
    ),
    [
      "author Strike at the",
      "document:Harbour Ledger Dock workers at",
      "document:Harbour Ledger About six hundred",
      "author Why did nobody",
      "author Source: Harbour Ledger",
    ],
  );
  // Without the credit line: the author's.
  assert.ok(
    voices(`Strike at the port\n\n${BODY}\n\nWhy did nobody ask the obvious question at the time?`).every(
      (v) => v.startsWith("author"),
    ),
  );
});

test("an author named in two citations: a block is the work cited before it, not one cited further down", () => {
  const doc = textDocument(
    [
      "In the article entitled “Harbour Report”, Ben Holm writes:",
      "The port handled 40 ships a day in spring, the most since the survey began.",
      "I think that is plainly wrong.",
      "Holm writes:",
      "Dredging the channel will cost twice what the council planned.",
      "I doubt that too.",
      "In a later article entitled “Dredging Costs”, Ben Holm writes:",
      "The council has since found the money.",
    ].join("\n\n"),
  );
  const voices = attributeVoices(doc, { matches: [], sources: [] }).sentenceVoices;
  const block = (text: string): string => {
    const i = doc.sentences.findIndex((s) => doc.text.slice(s.start, s.end).startsWith(text));
    return `${voices[i].kind} ${voices[i].kind === "document" ? voices[i].name : ""}`;
  };
  assert.equal(block("The port handled"), "document Harbour Report");
  assert.equal(block("Dredging the channel"), "document Harbour Report");
  assert.equal(block("The council has since"), "document Dredging Costs");
});

test("a person's post reposted under its header line keeps its writer's voice in the first person, until the writer is named", () => {
  assert.deepEqual(
    voices(
      "The ferry timetable, again\n\nAre they serious? Hanna Lind explains the latest change to the island timetable:\n\nMarch 4, 2026, Island Ledger\n\nThe ferry board still cannot say when the new boat arrives.\n\nI realize that building a ferry takes time. But it did not take long for the board to promise a date.\n\nThat was version one.\n\nLind is right, and the board should answer her.",
    ),
    [
      "author The ferry timetable,",
      "author Are they serious?",
      "author Hanna Lind explains",
      "speaker:Hanna Lind March 4, 2026,",
      "speaker:Hanna Lind The ferry board",
      "speaker:Hanna Lind I realize that",
      "speaker:Hanna Lind But it did",
      "speaker:Hanna Lind That was version",
      "author Lind is right,",
    ],
  );
});

test("a document introduced by its writer's surname is named by the writer's full name", () => {
  assert.deepEqual(
    voices(
      "Ferry notes\n\nInes Varga has covered the harbour for years on her blog. As Varga writes:\n\nThe ferry board voted on Thursday to cut the island service to two sailings a day from the first of June.\n\nI cannot believe it.",
    ).slice(3),
    ["document:Ines Varga The ferry board", "author I cannot believe"],
  );
});

test("a bulleted list after an introducer with no cue is the author's, though a report was named a paragraph before", () => {
  assert.deepEqual(
    voices(
      "The Marrow Island Bulletin\n\nThe ferry board published its yearly review on Monday, and the parish met.\n\nThe headlines:\n\n- The crossing will cost £3 more from June.\n- Two sailings a day are cut in the winter.\n\nThe review reads:\n\nThe board expects to carry fewer passengers in the coming year because of the closure of the northern slipway.",
    ).slice(3),
    [
      "author - The crossing",
      "author - Two sailings",
      "author The review reads:",
      "document:the review The board expects",
    ],
  );
});

test("the text between a block and its next elision mark is still the document's; after the last mark the author's opener ends it", () => {
  assert.deepEqual(
    voices(
      "Ferry notes\n\nThe harbour master answers readers' questions on the port's website. Hanna Lind writes there about winter sailings:\n\nSailings in the winter depend on the height of the swell at the harbour mouth in the early morning.\n\nBut the island doctor can always cross.\n\n[…]\n\nWhy are sailings cancelled so late in the day?\n\nThe forecast for the swell is only reliable a few hours before each crossing is due to leave.\n\n[…]\n\nBut now to the question the council asked, and my answer is simple: the timetable must change.",
    ).slice(3),
    [
      "document:Hanna Lind Sailings in the",
      "document:Hanna Lind But the island",
      "document:Hanna Lind […]",
      "document:Hanna Lind Why are sailings",
      "document:Hanna Lind The forecast for",
      "document:Hanna Lind […]",
      "author But now to",
    ],
  );
});

test("a reposted post that quotes a report of its own ('HarbourNet reports:') is its writer's again after the report", () => {
  assert.deepEqual(
    voices(
      "The ferry timetable, again\n\nAre they serious? Hanna Lind explains the latest change to the island timetable:\n\nMarch 4, 2026, Island Ledger\n\nI realize that building a ferry takes time.\n\nHarbourNet reports:\n\nThe new boat will not arrive before the autumn, two months later than the date the ferry board gave in January.\n\nThis two-month delay leaves the islands with one ageing boat for the whole of the busy summer season, at 9:30 p.m. and later.\n\nClear, right?\n\nNot so fast: the board has promised dates before.\n\nLind is right, and the board should answer her.",
    ).slice(3),
    [
      "speaker:Hanna Lind March 4, 2026,",
      "speaker:Hanna Lind I realize that",
      "speaker:Hanna Lind HarbourNet reports:",
      "document:HarbourNet The new boat",
      "document:HarbourNet This two-month delay",
      "speaker:Hanna Lind Clear, right?",
      "speaker:Hanna Lind Not so fast:",
      "author Lind is right,",
    ],
  );
});

test("a dateline crediting an outlet that speaks of itself as the reporter is the outlet's own story, the author's", () => {
  const story = (after: string) =>
    `Harbour fees to double\n\nKESSEL (HARBOURWATCH) - The port authority will double mooring fees from June, the largest rise in a decade.\n\nThe authority has not said why. ${after}`;
  // "HarbourWatch's editor", "As HarbourWatch reported": the site writing of its own work.
  assert.ok(
    voices(story("HarbourWatch's editor Lena Brisk asked the authority for its accounts in March.")).every(
      (v) => v.startsWith("author"),
    ),
  );
  assert.ok(
    voices(story("As HarbourWatch reported in March, the accounts show a surplus.")).every((v) =>
      v.startsWith("author"),
    ),
  );
  // Named only in its dateline, the outlet is credited for a story the article reposts.
  assert.ok(voices(story("The accounts show a surplus.")).some((v) => v.startsWith("document:HARBOURWATCH")));
});

test("readers' comments reposted under their header lines are their writers' text, each up to the next header or the page's furniture", () => {
  assert.deepEqual(
    voices(
      "The Saltmarsh Courier\n\nThe Drummond quarry plan drew more mail than any story this year, and the thread below our piece ran to two hundred replies.\n\nMarta Kellgren • 13 hours ago\n\nI live two streets from the quarry gate. We were never asked about the lorries.\n\nOskar Brandt to Marta Kellgren · 2 days ago\n\nThe lorries were in the plan from the start. I read it twice.\n\nLea Moss | March 3, 2018 at 4:12 pm\n\nMy kitchen window faces the gate.\n\nEditor's note: Comments are lightly edited.",
    ),
    [
      "author The Saltmarsh Courier",
      "author The Drummond quarry",
      "author Marta Kellgren •",
      "document:Marta Kellgren I live two",
      "document:Marta Kellgren We were never",
      "author Oskar Brandt to",
      "document:Oskar Brandt The lorries were",
      "document:Oskar Brandt I read it",
      "author Lea Moss |",
      "document:Lea Moss My kitchen window",
      "author Editor's note: Comments",
    ],
  );
});

test("a byline with a date or a time after a bullet is no comment's header", () => {
  for (const byline of ["By Ana Ruiz • 3 March 2026", "By Ana Ruiz • 2 hours ago"])
    assert.deepEqual(
      voices(
        `Quarry lorries to use the bypass\n\n${byline}\n\nI asked the council twice about the lorries. The bypass opens in May.`,
      ),
      ["author Quarry lorries to", "author By Ana Ruiz", "author I asked the", "author The bypass opens"],
    );
});

test("the page's own line opening the next comment thread ends the comment before it; a comment's last sentence does not", () => {
  assert.deepEqual(
    voices(
      "The Saltmarsh Courier\n\nMarta Kellgren • 13 hours ago\n\nI live two streets from the quarry gate. We were never asked about the lorries.\n\nKellgren's exchange with Brandt concerning “The Lorries Were Always Coming”\n\nOskar Brandt • 12 hours ago\n\nThe lorries were in the plan from the start.\n\nThanks for reading it twice.\n\nLea Moss • 2 hours ago\n\nMy kitchen window faces the gate.",
    ),
    [
      "author The Saltmarsh Courier",
      "author Marta Kellgren •",
      "document:Marta Kellgren I live two",
      "document:Marta Kellgren We were never",
      "author Kellgren's exchange with",
      "author Oskar Brandt •",
      "document:Oskar Brandt The lorries were",
      "document:Oskar Brandt Thanks for reading",
      "author Lea Moss •",
      "document:Lea Moss My kitchen window",
    ],
  );
});

test("a post embedded from Twitter, its signature line after it, is its writer's; the signature is a credit", () => {
  assert.deepEqual(
    voices(
      "Quay closed again\n\nThe harbour office closed the north quay on Friday.\n\nThe quay is shut and nobody will say why. Ask the council.\n\npic.twitter.com/Ab12Cd34 — Ines Varga (@inesvarga) May 3, 2026\n\nThe council did not answer our questions.\n\nStill no answer from the council. https://t.co/Xy98Zw — Tomas Brandt (@tbrandt) May 4, 2026",
    ),
    [
      "author Quay closed again",
      "author The harbour office",
      "document:Ines Varga The quay is",
      "document:Ines Varga Ask the council.",
      "credit pic.twitter.com/Ab12Cd34 — Ines",
      "author The council did",
      "document:Tomas Brandt Still no answer",
    ],
  );
});

test("a speech reproduced without quotation marks, opened by its salutation line, is its speaker's up to its closing line", () => {
  const speech = (closing: string) =>
    `The harbour master's farewell\n\nHarbour master Ines Varga gave her farewell address to the port's pilots on Friday. We print it as she spoke it.\n\nLadies and gentlemen:\n\nI came to this port thirty years ago, and I think I have seen every storm it can make.\n\nWhy did we build the new quay? Because the old one could not hold the ferries we have now.\n\nAs I told the council last winter, the harbour needs a second pilot boat before the next storm season.\n\n${closing}\n\nThe pilots gave her a standing ovation.`;
  assert.deepEqual(voices(speech("I thank you for your attention.")), [
    "author The harbour master's",
    "author Harbour master Ines",
    "author We print it",
    "speaker:Ines Varga Ladies and gentlemen:",
    "speaker:Ines Varga I came to",
    "speaker:Ines Varga Why did we",
    "speaker:Ines Varga Because the old",
    // A first-person report inside the speech is the speaker's own.
    "speaker:Ines Varga As I told",
    "speaker:Ines Varga I thank you",
    "author The pilots gave",
  ]);
  // The longest closing line in capitals, with a dash: its words are what is compared.
  assert.ok(
    voices(speech("I THANK YOU \u2014 for your attention!")).includes("speaker:Ines Varga I THANK YOU"),
  );
  // No closing line: nothing shows where the speech ends, so no speech (the colon rules read it).
  assert.ok(voices(speech("The pilots cheered.")).every((v) => !v.startsWith("speaker")));
});

test("an author's line that only addresses readers by a common word is no salutation", () => {
  assert.ok(
    voices(
      "Ferry notes\n\nFriends of the ferry, listen:\n\nThe board will cut the winter sailings to one a day from the first of November.\n\nThank you.",
    ).every((v) => v.startsWith("author")),
  );
});

test("a note on emphasis on its own line keeps the introduced text before it quoted, and closes it", () => {
  const text = (note: string) =>
    `Ferry notes\n\nAsked about the quay, the harbour master Ines Varga replied:\n\nI answered the board that the quay could not take the new ferry before the winter.\n\nThe board did not answer me, and I heard nothing more from its chair about the quay.\n\nIt was only when the cracks reached the pier that the board closed it.\n\n${note}The council has since voted to rebuild the quay at a cost of four million pounds.`;
  assert.deepEqual(voices(text("[emphasis added]\n\n")).slice(2), [
    "speaker:Ines Varga I answered the",
    "speaker:Ines Varga The board did",
    "speaker:Ines Varga It was only",
    "author [emphasis added]",
    "author The council has",
  ]);
  // Without the note, a speaker's block is one paragraph.
  assert.deepEqual(
    voices(text(""))
      .slice(3)
      .map((v) => v.split(" ")[0]),
    ["author", "author", "author"],
  );
});

test("a lead-in ending with a colon inside a paragraph opens an organisation's statement that runs on", () => {
  assert.deepEqual(
    voices(
      "Dredging costs\n\nThe port has been dredging since March.\n\nAccording to the harbour authority: The dredging of the northern channel began in March and will cost twice the estimate first given to the council.\n\nThe contractor has removed forty thousand tonnes of silt from the channel since the work began in the early spring.\n\nI think this is money thrown into the sea.",
    ).slice(2),
    [
      "document:the harbour authority According to the",
      "document:the harbour authority The contractor has",
      "author I think this",
    ],
  );
  // A person's lead-in is speech in its own sentence; the paragraphs after it are not theirs.
  assert.deepEqual(
    voices(
      "Dredging costs\n\nHarbour master Ines Varga said: The dredging of the northern channel began in March and will cost twice the estimate first given to the council.\n\nThe contractor has removed forty thousand tonnes of silt from the channel since the work began in the early spring.",
    )
      .slice(2)
      .map((v) => v.split(" ")[0]),
    ["author"],
  );
});

test("a reader's handle in lower case with a digit or underscore, before 'wrote:' or 'says:', opens that reader's comment", () => {
  assert.deepEqual(
    voices(
      "Bus replies\n\nThe story drew hundreds of replies overnight.\n\nAda Lind wrote:\n\nThe mayor has ignored the north side for a decade. Nothing will change.\n\ndunestreet42 wrote:\n\nI live there and the buses come every hour. Stop complaining.\n\npinecone_7 says: The mayor is doing fine and the buses are on time most days. Give her time.\n\nriver_fox9 wrote: Nobody on the north side believes that any more, not after the last winter.\n\nComments are closed.",
    ).slice(2),
    [
      "author Ada Lind wrote:",
      "document:Ada Lind The mayor has",
      "document:Ada Lind Nothing will change.",
      "author dunestreet42 wrote:",
      "document:dunestreet42 I live there",
      "document:dunestreet42 Stop complaining.",
      "document:pinecone_7 pinecone_7 says: The",
      "document:pinecone_7 Give her time.",
      "document:river_fox9 river_fox9 wrote: Nobody",
      "author Comments are closed.",
    ],
  );
  // A lower-case word with no digit or underscore is no handle ("he wrote:").
  assert.deepEqual(
    voices(
      "Bus replies\n\nThe story drew replies.\n\nthen wrote: The mayor is doing fine and the buses are on time most days.",
    ).slice(2),
    ["author then wrote: The"],
  );
});

test("a written instrument named as a cue's subject speaks as a document, under its own name; a term inside another noun's phrase does not", () => {
  const { voices } = speechesAndVoices(
    "Harbour fees\n\nThe lawsuit says the port overcharged ferry owners for a decade.\n\nAccording to Varga's plea agreement, she faces two years in prison.\n\nThe settlement states that the fees will be repaid.\n\nLaw enforcement officials said the port's books were missing.",
    true,
  );
  assert.deepEqual(voices, [
    "[author] Harbour fees",
    "[document:the lawsuit] The lawsuit says the port overcharged ferry owners for a decade.",
    "[document:varga's plea agreement] According to Varga's plea agreement, she faces two years in prison.",
    "[document:the settlement] The settlement states that the fees will be repaid.",
    "[speaker:Law enforcement officials] Law enforcement officials said the port's books were missing.",
  ]);
});

test("'according to' a quoted title credits the clause to the work, under its title, whatever marks quote it", () => {
  assert.deepEqual(
    speechesAndVoices(
      [
        "According to P. J. Dorn's ''The Keepers: How Studios Hid Scandals'' and other sources, his was an all-purpose job.",
        "One day, according to “Quiet Harbour: Ada Lind and the Port” by Tom Vell, Lind sat in her study.",
        "The quay would cost about $40 million a year, according to the “Harbour for All” plan he released.",
        "Tom Vell’s “Quiet Harbour” tells the story of the port.",
      ].join(" "),
      true,
    ).voices,
    [
      "[document:The Keepers: How Studios Hid Scandals] According to P. J. Dorn's ''The Keepers: How Studios Hid Scandals'' and other sources, his was an all-purpose job.",
      "[document:Quiet Harbour: Ada Lind and the Port] One day, according to “Quiet Harbour: Ada Lind and the Port” by Tom Vell, Lind sat in her study.",
      "[document:Harbour for All] The quay would cost about $40 million a year, according to the “Harbour for All” plan he released.",
      "[author] Tom Vell’s “Quiet Harbour” tells the story of the port.",
    ],
  );
});

test("a report in another outlet is no earlier version of the page, and a share of a poll's voters leaves the poll the source", () => {
  assert.deepEqual(
    speechesAndVoices(
      "An earlier report in a Lisbury paper said that Vell had used the images of pastors in his fliers. One thing working in Lind's favor is that 78 percent of voters in a recent Ledger poll said they think she is different. An earlier version of this story said the quay closed in May.",
      true,
    ).voices,
    [
      "[document:an earlier report in a Lisbury paper] An earlier report in a Lisbury paper said that Vell had used the images of pastors in his fliers.",
      "[document:a recent Ledger poll] One thing working in Lind's favor is that 78 percent of voters in a recent Ledger poll said they think she is different.",
      "[author] An earlier version of this story said the quay closed in May.",
    ],
  );
});

test("a block ends at the page's own part: a line such as 'CORRECTION:' or 'Editor's note: …' opens no block and no block runs into it", () => {
  assert.deepEqual(
    voices(
      "Ferry cuts\n\nThe harbour authority published its review of the ferry service on Monday. The review reads:\n\nThe northern crossing carried fewer than forty passengers a day through the winter months of last year.\n\nThe service cost the authority twice what the fares brought in over the same months of the year.\n\nCORRECTION:\n\nAn article on Tuesday about the ferry service misstated the number of sailings cut from the June timetable.",
    ).slice(3),
    [
      "document:the review The northern crossing",
      "document:the review The service cost",
      "author CORRECTION:",
      "author An article on",
    ],
  );
});

test("a live blog's time stamps open no block: each item after one is its author's", () => {
  assert.deepEqual(
    voices(
      "The Latest: ferry vote\n\nMayor Ada Lind sent an email to residents on Monday about the ferry vote.\n\nThe Latest on the ferry vote in Port Ellery (all times local):\n\n3:15 p.m.:\n\nThe council has voted to cut the island service to two sailings a day from the start of June.\n\nThe vote passed by seven to four after a debate that lasted more than three hours in the town hall.\n\n2:50 p.m.:\n\nIslanders have gathered outside the town hall in Port Ellery to protest against the cuts before the vote.",
    )
      .slice(3)
      .map((v) => v.split(" ")[0]),
    ["author", "author", "author", "author", "author"],
  );
});

test("a list of links is the author's pointing to others' work; an excerpt before its link stays in the block", () => {
  assert.deepEqual(
    voices(
      "Ferry reading\n\nThe Ledger ran “Ferries in Trouble” on Sunday, with a map of the crossings cut since the spring.\n\nMore reading on the ferries from around the region:\n\n-Ada Lind maps every sailing cut from the timetables since the spring of last year. [Courier.]\n\n—“Why the quay stands empty,” by the Courier's Dana Whitlock: http://example.org/quay.",
    )
      .slice(3)
      .map((v) => v.split(" ")[0]),
    ["author", "author", "author"],
  );
  assert.deepEqual(
    voices(
      "Ferry cuts\n\nThe harbour authority published its review of the ferry service on Monday. The review reads:\n\nThe northern crossing carried fewer than forty passengers a day through the winter months of last year.\n\nThe service cost the authority twice what the fares brought in over the same months of the year. The crossings will be cut from the first week of June onwards. The timetable for the summer is published at http://example.org/timetable.",
    ).slice(3),
    [
      "document:the review The northern crossing",
      "document:the review The service cost",
      "document:the review The crossings will",
      "document:the review The timetable for",
    ],
  );
});

test("a reposted piece under its header ('“…,” by writer, outlet, date:') is the outlet's, the header too, through its own reporting, past a poll box, to the host's closing line", () => {
  const text = [
    "Quay scandal",
    "The harbour board has been hiding the truth about the quay for years, and now it is out.",
    "\u201CHarbour board asked police to review altered quay invoices,\u201D by Dana Whitlock, Valley Courier, May 3, 2026 (thanks to Bo):",
    "PORT ELLERY \u2014 The harbour board last week asked police to look at invoices whose dates had been changed. take our poll - story continues below",
    "Should the quay be sold?",
    "* Yes No",
    "Email *",
    "Completing this poll grants you access to Quay Watch updates free of charge.",
    "You may opt out at anytime.",
    "The invoices cover repairs to the north wall carried out over two winters.",
    "\u201CAltering a date on an invoice is not a clerical slip,\u201D Ines Varga, the board\u2019s counsel, wrote in a letter sent on 9 May.",
    "Article posted with permission from Quay Watch",
  ].join("\n\n");
  assert.deepEqual(voices(text), [
    "author Quay scandal",
    "author The harbour board",
    "document:Valley Courier \u201CHarbour board asked",
    "document:Valley Courier PORT ELLERY \u2014",
    "author Should the quay",
    "author * Yes No",
    "author Email *",
    "author Completing this poll",
    "author You may opt",
    "document:Valley Courier The invoices cover",
    "document:Ines Varga \u201CAltering a date",
    "author Article posted with",
  ]);
});
