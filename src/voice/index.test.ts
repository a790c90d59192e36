import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { documentFromString } from "../ingest/index.js";
import { repoPath } from "../testing/helpers.js";
import type { Document } from "../text/document.js";
import type { Match } from "../trace/types.js";
import { attributeVoices, type VoiceResult } from "./index.js";
import type { Voice } from "./types.js";

const doc = (text: string, format: "text" | "html" = "text"): Document =>
  documentFromString(text, { id: "a", format });
const fixture = (name: string): string => readFileSync(repoPath(`fixtures/voices/unit/${name}`), "utf8");

function label(v: Voice): string {
  const who = v.name ?? v.description;
  return `${v.kind}${who ? `:${who}` : ""}${v.document ? ` in ${v.document}` : ""}`;
}

/** Each sentence as `[voice] text`, the readable form the tests compare. */
function sentences(d: Document, r: VoiceResult): string[] {
  return d.sentences.map(
    (s, i) => `[${label(r.sentenceVoices[i])}] ${d.text.slice(s.start, s.end).replace(/\s+/g, " ")}`,
  );
}

/** Each quote as `kind text -> speaker`. */
function quotes(d: Document, r: VoiceResult): string[] {
  return r.quotes.map((q) => {
    const who = q.speaker?.name ?? q.speaker?.description;
    return `${q.kind} ${d.text.slice(q.start, q.end).replace(/\s+/g, " ")}${who ? ` -> ${who}` : ""}`;
  });
}

const run = (text: string, format: "text" | "html" = "text") => {
  const d = doc(text, format);
  const r = attributeVoices(d, { matches: [], sources: [] });
  return { d, r, sentences: sentences(d, r), quotes: quotes(d, r) };
};

test("curly and straight quotes, said X / X said", () => {
  const { quotes: q, sentences: s } = run(
    'Storm closes the pass\n\n“We are staying put,” said Ines Varga. "The road is gone," Tomas Brandt told reporters.',
  );
  assert.deepEqual(q, [
    "speech “We are staying put,” -> Ines Varga",
    'speech "The road is gone," -> Tomas Brandt',
  ]);
  assert.deepEqual(s.slice(1), [
    "[speaker:Ines Varga] “We are staying put,” said Ines Varga.",
    '[speaker:Tomas Brandt] "The road is gone," Tomas Brandt told reporters.',
  ]);
});

test("spans are [start, end) into the normalized text, marks included", () => {
  const { d, r } = run("Intro line here.\n\nShe said: “Go home,” and left.");
  for (const q of r.quotes) {
    assert.match(d.text.slice(q.start, q.end), /^“.*”$/);
    assert.equal(d.text.slice(q.content.start, q.content.end), "Go home,");
  }
});

test("nested quotes: single marks inside double", () => {
  const { quotes: q } = run("The pilot spoke.\n\n“He shouted ‘abandon ship’ and ran,” said Col Ryan Dillon.");
  assert.deepEqual(q, [
    "speech “He shouted ‘abandon ship’ and ran,” -> Ryan Dillon",
    "speech ‘abandon ship’",
  ]);
});

test("multi-paragraph quote: opening mark on each paragraph, closing only at the end", () => {
  const { quotes: q, sentences: s } = run(fixture("multipara.txt"));
  assert.equal(q.length, 1);
  assert.match(q[0], /^speech “The water came over .* on the hill watching the river\.” -> Anika Sorensen$/);
  assert.ok(s.filter((x) => x.startsWith("[speaker:Anika Sorensen]")).length >= 4);
  assert.equal(
    s.at(-1),
    "[speaker:Jonas Weil] The harbour master, Jonas Weil, says the quay will be raised next spring.",
  );
});

test("a letter over paragraphs, opening mark on the first and closing mark on the last: one quote, the writer's voice", () => {
  const { quotes: q, sentences: s } = run(
    "School shuts wing\n\nThe head teacher, Mira Tolsen, wrote to parents on Friday:\n\n“The roof of the east wing is unsafe.\n\nClasses will move to the hall until the spring.\n\nWe thank you for your patience.”\n\nRepairs start in May.",
  );
  assert.deepEqual(q, [
    "speech “The roof of the east wing is unsafe. Classes will move to the hall until the spring. We thank you for your patience.” -> Mira Tolsen",
  ]);
  assert.deepEqual(
    s.slice(2, 5).map((x) => x.slice(0, x.indexOf("]") + 1)),
    ["[document:Mira Tolsen]", "[document:Mira Tolsen]", "[document:Mira Tolsen]"],
  );
});

test("a quote whose opening mark was lost runs from its sentence start", () => {
  const { quotes: q } = run(
    "The mayor spoke at noon. We will rebuild the bridge by spring,” Mayor Katya Lindgren said.",
  );
  assert.deepEqual(q, ["speech We will rebuild the bridge by spring,” -> Katya Lindgren"]);
});

test("scare quotes, terms and titles are not speech", () => {
  const { quotes: q } = run(
    'The cuts are an "efficiency drive". Locals know the square as "the Pit". The so-called "experts" disagree. Her novel "The Last Convoy" sold well, and the book "Salt and Ash" too. Weather forecasters call it a "heat dome". The council calls the cuts "savings".',
  );
  assert.deepEqual(q, [
    'scare "efficiency drive"',
    'term "the Pit"',
    'scare "experts"',
    'title "The Last Convoy"',
    'title "Salt and Ash"',
    'term "heat dome"',
    // A phrase a reporting verb attributes to someone is their words, not scare quotes.
    'speech "savings" -> the council',
  ]);
});

test("pronouns resolve to the nearest named speaker of compatible gender", () => {
  const { quotes: q } = run(
    "Ferry pilot Tobias Renn has run the crossing for years, and he knows the river.\n\n“The river decides,” he says.\n\nHanne Vollmer takes the ferry daily, and she is a fan. “He is never late,” she says. “Never.”",
  );
  assert.deepEqual(q, [
    "speech “The river decides,” -> Tobias Renn",
    "speech “He is never late,” -> Hanne Vollmer",
    "speech “Never.” -> Hanne Vollmer",
  ]);
});

test("unnamed description speakers are kept as descriptions", () => {
  const { quotes: q, sentences: s } = run(
    "Lorries queue at the border.\n\n“We have waited three days,” one lorry driver said. “Nobody tells us anything,” said another smuggler.",
  );
  assert.deepEqual(q, [
    "speech “We have waited three days,” -> one lorry driver",
    "speech “Nobody tells us anything,” -> another smuggler",
  ]);
  assert.equal(s[1], "[speaker:one lorry driver] “We have waited three days,” one lorry driver said.");
});

test("names normalize across mentions: titles stripped, surnames map to the full name", () => {
  const { quotes: q, sentences: s } = run(
    "Col Ryan Dillon led the convoy.\n\n“We left at dawn,” Col Dillon said. “Nobody was hurt,” added Dillon.\n\nDillon said the road was clear.",
  );
  assert.deepEqual(q, [
    "speech “We left at dawn,” -> Ryan Dillon",
    "speech “Nobody was hurt,” -> Ryan Dillon",
  ]);
  assert.equal(s.at(-1), "[speaker:Ryan Dillon] Dillon said the road was clear.");
});

test("colon introducer and according to", () => {
  const { quotes: q, sentences: s } = run(
    "The minister answered questions.\n\nFinance Minister Oren Castell said: “The budget is balanced.”\n\nAccording to Castell, the deficit will fall.",
  );
  assert.deepEqual(q, ["speech “The budget is balanced.” -> Oren Castell"]);
  assert.equal(s.at(-1), "[speaker:Oren Castell] According to Castell, the deficit will fall.");
});

test("blockquote paragraphs are the voice of the cited document", () => {
  const html = `<html><body><article><h1>Water cuts</h1>
    <p>In the article entitled "Reservoirs at record low", Dana Okafor and Piet Lindqvist of The Harbour Ledger describe the cuts. They write:</p>
    <blockquote><p>The authority will limit supply to six hours a day.</p><p>“We warned them in May,” said Tomas Brandt.</p></blockquote>
    <p>That is a scandal, and I want answers from the authority this week.</p></article></body></html>`;
  const { r, sentences: s } = run(html, "html");
  assert.deepEqual(
    r.citations.map((c) => [c.title, c.authors, c.outlet]),
    [["Reservoirs at record low", ["Dana Okafor", "Piet Lindqvist"], "The Harbour Ledger"]],
  );
  assert.ok(
    s.includes("[document:Reservoirs at record low] The authority will limit supply to six hours a day."),
  );
  assert.ok(
    s.includes(
      "[speaker:Tomas Brandt in Reservoirs at record low] “We warned them in May,” said Tomas Brandt.",
    ),
  );
  assert.equal(s.at(-1), "[author] That is a scandal, and I want answers from the authority this week.");
});

test("opinion post reproducing paragraphs after a colon introducer, without sources", () => {
  const { r, sentences: s } = run(fixture("opinion-colon.txt"));
  assert.deepEqual(
    r.citations.map((c) => [c.title, c.authors, c.outlet]),
    [["Air quality in Dunmere 2026", ["Petra Ilves", "Ruud Haas"], "Dunmere Gazette"]],
  );
  assert.deepEqual(s.slice(-5), [
    "[document:Air quality in Dunmere 2026] Nitrogen dioxide at the school gates exceeded the legal limit on 41 days last winter.",
    "[document:Air quality in Dunmere 2026] [...]",
    // Reported inside the reproduced report: the report's account of the council, not the author's.
    "[speaker:the council in Air quality in Dunmere 2026] The council said the monitoring stations would be moved to the ring road.",
    "[author] Why move the stations instead of the traffic?",
    "[author] I have asked the council twice and heard nothing.",
  ]);
});

test("transcript labels give each turn its speaker; stage directions stay the author's", () => {
  const { sentences: s } = run(fixture("transcript.txt"));
  assert.deepEqual(s.slice(1), [
    "[speaker:Wenna Pollard] CHAIR (Cllr Wenna Pollard): We turn to the bus shelter.",
    "[speaker:Martin Oke] MARTIN OKE (clerk): The quote came in at four thousand pounds.",
    "[speaker:Wenna Pollard] CHAIR: Then we defer it.",
    "[author] [The meeting closed at nine.]",
  ]);
});

// The heatwave example: a blog that cites and reproduces a report between its own commentary.
const blog = readFileSync(repoPath("examples/heatwave-blog.txt"), "utf8");
const report = readFileSync(repoPath("examples/heatwave-report.txt"), "utf8");

test("heatwave blog without sources: introducer block, quotes and commentary", () => {
  const { r, sentences: s } = run(blog);
  const title = "Reservoirs at record low as Marlow Valley rations water";
  assert.equal(r.citations[0]?.title, title);
  assert.ok(s.includes("[author] As Okafor and Lindqvist write:"));
  assert.ok(s.some((x) => x.startsWith('[author] In the article entitled "Reservoirs at record low')));
  assert.ok(s.some((x) => x.startsWith(`[document:${title}] The Marlow Valley Water Authority will limit`)));
  // A speaker reported inside the reproduced article is the article's report, not the author's.
  assert.ok(
    s.some((x) => x.startsWith(`[speaker:the authority in ${title}] The authority said the restrictions`)),
  );
  assert.ok(s.includes("[author] So who is to blame?"));
  assert.ok(
    s.includes(
      '[speaker:Ines Varga] "The rain we expected in July never came," says Ines Varga, the chief engineer.',
    ),
  );
  assert.ok(s.includes("[speaker:Ines Varga] She says demand rose by 30 percent."));
  assert.ok(s.includes('[speaker:Tomas Brandt] "Some of us have already lost the whole harvest."'));
  assert.equal(s.at(-1), "[author] Residents should demand answers before the taps run dry for good.");
});

test("heatwave blog with sources: traced text is document voice; unattributed reuse is a finding", () => {
  const d = doc(blog);
  const src = documentFromString(report, { id: "report", format: "text" });
  // Trace matches as the trace layer gives them: the two reproduced paragraphs, and one
  // sentence reused later without attribution.
  const span = (needle: string, inText = d.text) => {
    const start = inText.indexOf(needle);
    assert.ok(start >= 0, needle);
    return { start, end: start + needle.length };
  };
  const match = (articleText: string, sourceText: string): Match => ({
    article: span(articleText),
    source: { id: "report", ...span(sourceText, src.text) },
    kind: "edited",
    similarity: 0.9,
    edits: [],
  });
  const matches = [
    match(
      "The Marlow Valley Water Authority will limit household supply",
      "The Marlow Valley Water Authority will limit household supply",
    ),
    match(
      "The authority said the restrictions would affect",
      "The authority said the restrictions would affect",
    ),
    match(
      "The network loses about one litre in four to leaks",
      "the network loses about one litre in four to leaks",
    ),
  ];
  const r = attributeVoices(d, { matches, sources: [src] });
  const s = sentences(d, r);
  const title = "Reservoirs at record low as Marlow Valley rations water";
  assert.equal(r.citations[0]?.source, "report");
  assert.ok(s.some((x) => x.startsWith(`[document:${title}] The Marlow Valley Water Authority`)));
  assert.ok(
    s.includes(
      `[document:${title}] The network loses about one litre in four to leaks, and nobody has been fired.`,
    ),
  );
  assert.deepEqual(
    r.findings.map((f) => [f.ruleId, d.text.slice(f.span?.start, f.span?.end)]),
    [["voice/unattributed-reuse", "The network loses about one litre in four to leaks"]],
  );
  assert.deepEqual(
    r.matches.map((m) => m.attributed),
    [true, true, false],
  );
});

test("every sentence gets a voice; linear on a long input", () => {
  const para =
    '"We will not move," said Ines Varga. The road, she says, is gone. The council calls it "temporary".\n\n';
  const { d, r } = run(para.repeat(400));
  assert.equal(r.sentenceVoices.length, d.sentences.length);
  assert.equal(r.quotes.length, 800);
});

test("a named person's reported speech inside a reproduced document is theirs, nested", () => {
  const { sentences: s } = run(
    'Dunmere\n\nIn a report entitled "Air quality in Dunmere 2026", Petra Ilves of the Dunmere Gazette sets out the numbers. She writes:\n\nThe council\'s air officer, Tomas Brandt, said the stations would move in June.\n\nWhy move the stations at all?',
  );
  assert.ok(
    s.includes(
      "[speaker:Tomas Brandt in Air quality in Dunmere 2026] The council's air officer, Tomas Brandt, said the stations would move in June.",
    ),
  );
});

test("seeded random texts: no crash, spans inside the text, one voice per sentence", () => {
  const pieces = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    ":",
    ",",
    ".",
    "?",
    "\n\n",
    "\n",
    " said ",
    " says ",
    "Col ",
    "Ines Varga",
    " he ",
    " she ",
    " according to ",
    " the report ",
    "—",
    "(",
    ")",
    "Q. ",
    "A: ",
    "VARGA: ",
    " who ",
    " wrote ",
    "word",
    " used to say ",
  ];
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let n = 0; n < 200; n++) {
    let text = "";
    const length = 5 + Math.floor(next() * 60);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
    const d = doc(text);
    const r = attributeVoices(d, { matches: [], sources: [] });
    assert.equal(r.sentenceVoices.length, d.sentences.length);
    for (const q of r.quotes) {
      assert.ok(
        0 <= q.start && q.start <= q.content.start && q.content.end <= q.end && q.end <= d.text.length,
        text,
      );
    }
  }
});

test("without sources, a colon block goes past its first paragraph only with marks of quotation or in its register", () => {
  const { sentences: s } = run(
    "Rail fares\n\nThe regulator's annual report is blunt. It says:\n\nFares rose faster than wages for the ninth year running.\n\nThat is the sentence every minister should read before the budget.",
  );
  assert.deepEqual(s.slice(-2), [
    "[document:regulator's annual report] Fares rose faster than wages for the ninth year running.",
    "[author] That is the sentence every minister should read before the budget.",
  ]);
});

test("an interview whose Q/A labels were lost: questions are the author's, answers the interviewee's", () => {
  const { sentences: s } = run(
    "The keeper of the light\n\nLighthouse keeper Maren Holt has tended the Skarv light for thirty years. We spoke to her in April.\n\nIs it lonely? Not really. The gulls are loud company.\n\nWhat changed when the lamp was automated? Nothing, and everything. I still climb the stairs every night.\n\nWill you retire? Next spring. My knees have decided for me.",
  );
  assert.deepEqual(s.slice(3), [
    "[author] Is it lonely?",
    "[speaker:Maren Holt] Not really.",
    "[speaker:Maren Holt] The gulls are loud company.",
    "[author] What changed when the lamp was automated?",
    "[speaker:Maren Holt] Nothing, and everything.",
    "[speaker:Maren Holt] I still climb the stairs every night.",
    "[author] Will you retire?",
    "[speaker:Maren Holt] Next spring.",
    "[speaker:Maren Holt] My knees have decided for me.",
  ]);
});

test("a straight closing mark typed after a space still closes the quote its tag follows", () => {
  const { quotes: q } = run(
    'Tolls\n\n"The bridge pays for itself. It is a scandal that they charge for it, " Ilse Brandt said.',
  );
  assert.deepEqual(q, [
    'speech "The bridge pays for itself. It is a scandal that they charge for it, " -> Ilse Brandt',
  ]);
  // A spaced mark with no open quote before it opens nothing.
  assert.deepEqual(run('Tolls\n\nThe toll rose by 2 " and fell again.').quotes, []);
});

test("two apostrophes stand for a double quotation mark", () => {
  const { quotes: q } = run("Taxes\n\n''This isn't tax reform,'' said Douglas Holt, an economist.");
  assert.deepEqual(q, ["speech ''This isn't tax reform,'' -> Douglas Holt"]);
});

test("a trailing reporting clause with a bare group subject makes the sentence that group's", () => {
  const { sentences } = run(
    "At least 41 people died, police said on Tuesday. Roads were closed, officials said.",
  );
  assert.deepEqual(sentences, [
    "[speaker:police] At least 41 people died, police said on Tuesday.",
    "[speaker:officials] Roads were closed, officials said.",
  ]);
});

test("without sources, a colon block runs over plain paragraphs in the report's register, then back to commentary", () => {
  const { sentences: s } = run(fixture("opinion-three-paragraphs.txt"));
  assert.deepEqual(
    s.slice(-5).map((x) => x.slice(0, x.indexOf("]") + 1)),
    [
      "[document:the article]",
      "[document:the article]",
      "[speaker:two members of the harbour committee in the article]",
      "[author]",
      "[author]",
    ],
  );
});

test("belief, question and stance cues, name labels and polls are attributions; only a belief with its clause is a voice", () => {
  const {
    r,
    sentences: s,
    d,
  } = run(
    "Most analysts believe the merger will pass. Officials asked whether the vote could be delayed. Ada Lind said the plan was sound, adding that the costs had fallen. Lind: The bridge will open in May. In a survey released Monday, 40 percent of residents backed the plan.",
  );
  const spans = r.attributions.map((a) =>
    [a.source, a.cue, a.content].map((x) => (x ? d.text.slice(x.start, x.end) : "")).join(" | "),
  );
  assert.deepEqual(spans, [
    "Most analysts | believe | the merger will pass",
    "Officials | asked | whether the vote could be delayed",
    "Ada Lind | said | the plan was sound, adding that the costs had fallen",
    "Ada Lind | adding | that the costs had fallen",
    "Lind | : | The bridge will open in May",
    "a survey released Monday | In | 40 percent of residents backed the plan",
  ]);
  // "Most analysts believe the merger will pass": what the analysts hold, not the author's claim
  // (src/voice/sentence-sieves/reported-view.ts); a question asked is the askers' words, not the
  // author's claim (src/voice/sentence-sieves/reported-question.ts).
  assert.deepEqual(s.map((x) => x.slice(0, x.indexOf("]") + 1)).slice(0, 3), [
    "[speaker:Most analysts]",
    "[speaker:Officials]",
    "[speaker:Ada Lind]",
  ]);
});

test("coordinated and poll subjects: 'X verbed … and said', '52 percent of voters say', 'Six in 10 say'", () => {
  const { r, d } = run(
    "Graham called the plan reckless and said the party would lose. Fifty-two percent of registered voters say the economy is weak. Six in 10 say the mayor is honest, and nearly half said the same of her rival.",
  );
  // The subjects the rules read; the source model then keeps each or not (src/voice/source-model.ts).
  const subject = (x: (typeof r.attributions)[number]) => {
    const m = x.reading?.subject;
    return m ? d.text.slice(d.tokenStore.starts[m.first], d.tokenStore.ends[m.last]) : "";
  };
  assert.deepEqual(r.attributions.map(subject), [
    "Graham",
    "Graham",
    "Fifty-two percent of registered voters",
    "Six in 10",
    "half",
  ]);
});

test("without sources, asides and evaluative paragraphs after a reproduced paragraph are the author's", () => {
  const intro = "Harbour lease\n\nThe Portcullis Herald ran the story on Monday. The article reads:\n\n";
  const first =
    "The Kestrel Bay council signed a forty-year lease of the north harbour to Meridian Logistics in March, without a public vote.\n\n";
  const aside = run(`${intro}${first}Forty years. Without a vote.`).sentences;
  assert.deepEqual(aside.slice(-2), ["[author] Forty years.", "[author] Without a vote."]);
  const judged = run(
    `${intro}${first}The Kestrel Bay council should publish every page of the Meridian Logistics lease before it signs away another harbour.`,
  ).sentences;
  assert.match(judged.at(-1) ?? "", /^\[author\] The Kestrel Bay council should publish/);
});

test("a determiner, a word and a verb form ending the sentence are a noun phrase, not a report", () => {
  assert.deepEqual(run("A plain note. The annual report. The minister said the road was closed.").sentences, [
    "[author] A plain note.",
    "[author] The annual report.",
    "[speaker:the minister] The minister said the road was closed.",
  ]);
});

test("learned cues of stance and appearance are attributions, not voices", () => {
  const {
    r,
    d,
    sentences: s,
  } = run(
    "The mayor of Tollbridge seemed to rule out a second ferry. Harbour workers endorsed the new contract.",
  );
  // The source of "seemed" is the subject the rules read (PolNeAR's sources of "seemed" are
  // often elsewhere, so the source model does not keep it).
  const at = (x: { start: number; end: number } | undefined) => (x ? d.text.slice(x.start, x.end) : "");
  const subject = (x: (typeof r.attributions)[number]) => {
    const m = x.reading?.subject;
    return m ? at({ start: d.tokenStore.starts[m.first], end: d.tokenStore.ends[m.last] }) : at(x.source);
  };
  assert.deepEqual(
    r.attributions.map((a) => [subject(a), at(a.cue), at(a.content)].join(" | ")),
    [
      "The mayor of Tollbridge | seemed | to rule out a second ferry",
      "Harbour workers | endorsed | the new contract",
    ],
  );
  assert.deepEqual(
    s.map((x) => x.slice(0, x.indexOf("]") + 1)),
    ["[author]", "[author]"],
  );
});

test("a block an outlet reports is its document, not its speech: blockquote and colon alike", () => {
  const html =
    "<article><p>Then the news broke. As the Coastal Courier reported on Monday:</p><blockquote><p>The council voted on Thursday to cut the island service to two sailings a day.</p></blockquote><p>I cannot believe how little they care.</p></article>";
  assert.deepEqual(run(html, "html").sentences, [
    "[author] Then the news broke.",
    "[author] As the Coastal Courier reported on Monday:",
    "[document:Coastal Courier] The council voted on Thursday to cut the island service to two sailings a day.",
    "[author] I cannot believe how little they care.",
  ]);
  const { sentences: s } = run(
    "Ferry notes\n\nThe Harbour Authority states,\n\nSailings resume on 4 June for residents holding a permit.\n\nI doubt it.",
  );
  assert.deepEqual(s.slice(1), [
    "[author] The Harbour Authority states,",
    "[document:Harbour Authority] Sailings resume on 4 June for residents holding a permit.",
    "[author] I doubt it.",
  ]);
  // A person who reports something after a colon is still a speaker.
  const person = run('Ferry notes\n\nInes Varga said:\n\n"Sailings resume on 4 June."');
  assert.equal(person.sentences[2], '[speaker:Ines Varga] "Sailings resume on 4 June."');
});

test("a citation's authors are people and its outlet a publisher: no acronyms, adjectives, places or countries", () => {
  const cite = (text: string) =>
    run(`Convoy notes\n\n${text}`).r.citations.map(
      (c) => `${c.title} | ${c.authors.join(", ")} | ${c.outlet ?? "-"}`,
    );
  assert.deepEqual(
    cite(
      'In an article entitled "The night convoy", Mara Ilves and Jonas Rask of The Harbour Ledger detail how the KDF let fighters leave Rivertown, an ISIS-held town, in trucks paid for by the United States.',
    ),
    ["The night convoy | Mara Ilves, Jonas Rask | The Harbour Ledger"],
  );
  assert.deepEqual(
    cite('A new report, "Trucks in the dark", by Mara Ilves, says monitors saw Kessel Valley convoys leave.'),
    ["Trucks in the dark | Mara Ilves | -"],
  );
  assert.deepEqual(
    cite(
      'In the article "Trucks in the dark", Mara Ilves of the BBC, who was living in the United States, describes the deal.',
    ),
    ["Trucks in the dark | Mara Ilves | BBC"],
  );
  // "the Muslim invasion": a capitalised word before a lower-case noun modifies it, no publisher.
  assert.deepEqual(
    cite(
      'Mara Ilves has stood against the Kessish invasion, and on Monday she gave a "Kessel First" speech.',
    ),
    ["Kessel First | Mara Ilves | -"],
  );
  // A title-case headline's words are no authors.
  assert.deepEqual(
    run('Harbour Board Blames Storm on "Bad Luck"\n\nThe board met on Monday.').r.citations.map(
      (c) => `${c.title} | ${c.authors.join(", ")}`,
    ),
    ["Bad Luck | "],
  );
});

test("after an introducer that names a document, a reproduced paragraph opening with a quote stays the document's", () => {
  const { sentences: s } = run(
    'Ferry notes\n\nAs the Coastal Courier reported on Monday:\n\n"We cannot run a service at a loss," the harbour master told the council, which voted to cut sailings.\n\nI doubt it.',
  );
  assert.equal(s[1], "[author] As the Coastal Courier reported on Monday:");
  assert.match(s[2], /^\[(?:document:Coastal Courier|speaker:[^\]]+ in Coastal Courier)\] "We cannot/);
  assert.equal(s[3], "[author] I doubt it.");
});

test("a quote after a work's noun and its authors is the work's title, whatever its last mark", () => {
  const { quotes: q, r } = run(
    'Ferry notes\n\nLast week the Coastal Courier ran a piece by Dana Morrow and Ivo Brandt, "Who Sank the Island Ferry?"',
  );
  assert.deepEqual(q, ['title "Who Sank the Island Ferry?"']);
  assert.deepEqual(
    r.citations.map((c) => `${c.title} | ${c.authors.join(", ")} | ${c.outlet}`),
    ["Who Sank the Island Ferry? | Dana Morrow, Ivo Brandt | Coastal Courier"],
  );
});

test("a paragraph that ends citing a work with its authors opens a block when the next paragraph reads as the work's", () => {
  const { sentences: s } = run(
    'Ferry notes\n\nIn "The Island Timetable", Dana Morrow and Ivo Brandt of the Coastal Courier set out what happened.\n\nThe council voted on Thursday to cut the island service to two sailings a day from June.\n\nI cannot believe it.',
  );
  assert.deepEqual(s.slice(1), [
    '[author] In "The Island Timetable", Dana Morrow and Ivo Brandt of the Coastal Courier set out what happened.',
    "[document:The Island Timetable] The council voted on Thursday to cut the island service to two sailings a day from June.",
    "[author] I cannot believe it.",
  ]);
  const commentary = run(
    'Ferry notes\n\nIn "The Island Timetable", Dana Morrow and Ivo Brandt of the Coastal Courier set out what happened.\n\nI have read it twice and I still cannot see who decided.',
  );
  assert.equal(commentary.sentences[2], "[author] I have read it twice and I still cannot see who decided.");
});

test("a work cited further on in the author's narration opens no block: a segment entitled, a memo titled, a show on air", () => {
  const { sentences: s } = run(
    'Ferry notes\n\nThe crossing made the Harbour Channel\'s "Island Lives" in a segment entitled "Rough Water," produced by Dana Morrow and Ivo Brandt.\n\nThe council voted on Thursday to cut the island service to two sailings a day from June.\n\nThe vote passed by seven to four.',
  );
  assert.deepEqual(s.slice(2), [
    "[author] The council voted on Thursday to cut the island service to two sailings a day from June.",
    "[author] The vote passed by seven to four.",
  ]);
});

test("a quote after 'a report in the Northern Review,' is the report's title; a full sentence after 'a post by X,' is speech", () => {
  assert.deepEqual(
    run('Notes\n\nA report in the Northern Review, "Who Sank the Island Ferry?", set this out.').quotes,
    ['title "Who Sank the Island Ferry?"'],
  );
  assert.deepEqual(
    run('Notes\n\nIn a post by Ines Varga, "We will not give in." It was shared widely.').quotes.map(
      (q) => q.split(" ")[0],
    ),
    ["speech"],
  );
});

test("a quote after a sentence's opening 'In' and before its authors' names is the work's title", () => {
  const { r, quotes: q } = run(
    'Notes\n\nIn "Wait!", Lena Okafor and Piet Lindqvist of the Harbour Ledger set out what happened.',
  );
  assert.deepEqual(q, ['title "Wait!"']);
  assert.deepEqual(r.citations[0]?.authors, ["Lena Okafor", "Piet Lindqvist"]);
  assert.equal(run('Notes\n\nShe was in "Wait!", Okafor said.').quotes[0]?.split(" ")[0], "speech");
});

test("a quote reported with its tag is nested: the outer source attributes it, its speaker stays", () => {
  const {
    r,
    d,
    quotes: q,
  } = run(
    "Ferry pilots met on Monday.\n\n“We will not sail until the beacon is fixed,” Ines Varga said, according to the Harbour Gazette.\n\nIda Holm said “the beacon is fine” every time she crossed.",
  );
  assert.deepEqual(q, [
    "speech “We will not sail until the beacon is fixed,” -> Ines Varga",
    "speech “the beacon is fine” -> Ida Holm",
  ]);
  const direct = r.attributions
    .filter((a) => a.direct)
    .map((a) => [a.source, a.content].map((x) => (x ? d.text.slice(x.start, x.end) : "")).join(" | "));
  assert.deepEqual(direct, [
    "Ines Varga | “We will not sail until the beacon is fixed,”",
    "the Harbour Gazette | “We will not sail until the beacon is fixed,” Ines Varga said",
    "Ida Holm | “the beacon is fine”",
  ]);
});

test("'It goes on:' continues the document the paragraph before credits; a reuse in a new voice is still found", () => {
  const article =
    'The ferry board published its audit on Friday.\n\nThe audit reads, "Two of the four ferries sailed without a licence in May. The board knew."\n\n' +
    'It goes on: "Crews were not told of the lapse until June."\n\n' +
    "Ferry tickets rose by a fifth over the same summer.";
  const source =
    "Two of the four ferries sailed without a licence in May. The board knew. Crews were not told of the lapse until June. " +
    "Ferry tickets rose by a fifth over the same summer.";
  const d = doc(article);
  const src = documentFromString(source, { id: "audit", format: "text" });
  const match = (needle: string): Match => {
    const a = d.text.indexOf(needle);
    const s = src.text.indexOf(needle);
    return {
      article: { start: a, end: a + needle.length },
      source: { id: "audit", start: s, end: s + needle.length },
      kind: "verbatim",
      similarity: 1,
      edits: [],
    };
  };
  const r = attributeVoices(d, {
    matches: [
      match("Two of the four ferries sailed without a licence in May."),
      match("Crews were not told of the lapse until June."),
      match("Ferry tickets rose by a fifth over the same summer."),
    ],
    sources: [src],
  });
  assert.deepEqual(
    r.matches.map((m) => m.attributed),
    [true, true, false],
  );
  // The quote after "It goes on:" is the audit's, not an unnamed speaker's.
  assert.ok(
    sentences(d, r).some((x) => /^\[document:the audit\] It goes on:/i.test(x)),
    sentences(d, r).join("\n"),
  );
});

test("an interview laid out a paragraph per question: each answer paragraph is the interviewee's; rhetorical questions stay the author's", () => {
  const { sentences: s } = run(
    "The ferryman\n\nOskar Lind has run the Brattvik ferry since 1998. We met him on the quay.\n\nMr Lind, when did the engine first fail?\n\nIn the winter of 2021. I wrote to the owners the same week.\n\nDid they answer you?\n\nNever. I kept every letter.\n\nWhy do you stay?\n\nI like the crossing. My father ran it before me.\n\nThe owners did not reply to our questions.",
  );
  assert.deepEqual(s.slice(3), [
    "[author] Mr Lind, when did the engine first fail?",
    "[speaker:Oskar Lind] In the winter of 2021.",
    "[speaker:Oskar Lind] I wrote to the owners the same week.",
    "[author] Did they answer you?",
    "[speaker:Oskar Lind] Never.",
    "[speaker:Oskar Lind] I kept every letter.",
    "[author] Why do you stay?",
    "[speaker:Oskar Lind] I like the crossing.",
    "[speaker:Oskar Lind] My father ran it before me.",
    "[author] The owners did not reply to our questions.",
  ]);
  const rhetorical = run(
    "The ferry\n\nThe owners let the Brattvik ferry rot for three winters.\n\nAre they for real?\n\nI have crossed on it every week since 2019.\n\nWho checks the engine?\n\nNobody, as far as I can tell.\n\nWhere is the money going?\n\nI asked the council and I am still waiting.",
  ).sentences;
  assert.ok(rhetorical.every((line) => line.startsWith("[author]")));
  // A question the author quotes someone asking, then answers: the author's commentary.
  const quoted = run(
    "The ferry\n\nThe Ledger asks: “Why did nobody check the engine?” The question answers itself. I asked too.\n\nThe council asks: “Who pays for the repairs?” We all know the answer. I paid my fare.\n\nThe owners ask: “Can you blame us?” Yes, I can. The ferry rotted for three winters.",
  ).sentences;
  const answers = quoted.filter((line) => !line.includes("\u201C"));
  assert.equal(answers.length, 7);
  assert.ok(
    answers.every((line) => line.startsWith("[author]")),
    answers.join("\n"),
  );
});

test("a title-case quote followed by 'by' and a name is a cited work's title; as a repost header it opens the work's block, named by its outlet, the header included", () => {
  const {
    quotes: q,
    sentences: s,
    r,
  } = run(
    "Ferries\n\nNobody asks why the night ferry stopped.\n\n“Harbour Master Furious After Council Quietly Closes The Night Ferry To Brattvik Island,” by Ada Morrow, Coastal Courier, May 17 (thanks to a reader):\n\nThe council closed the night ferry on Friday without a vote.",
  );
  assert.match(q[0], /^title /);
  assert.deepEqual(
    r.citations.map((c) => `${c.title} / ${c.authors.join(", ")}`),
    ["Harbour Master Furious After Council Quietly Closes The Night Ferry To Brattvik Island / Ada Morrow"],
  );
  assert.match(s[2], /^\[document:Coastal Courier\] “Harbour Master/);
  assert.match(s[3], /^\[document:Coastal Courier\] The council closed/);
  // Speech in title case with no byline after it is still speech.
  const speech = run(
    "Ferries\n\n“We Will Never Give Up The Night Ferry To Brattvik Island,” Ada Morrow said.",
  ).quotes;
  assert.match(speech[0], /^speech .* -> Ada Morrow$/);
});

test("an interview whose prompts are set in bold: the answers are the interviewee's, a statement prompt stays its speaker's", () => {
  const html = `<html><body><article><h1>We rebuilt the quay by hand</h1>
<p>Harbour master Ines Varga has run the Port Ellis quay for twelve years. After the winter storms, she spoke to us about the repairs.</p>
<p><strong>The storm took out half the quay in January.</strong></p>
<p>It did. I was on the pier when the second wave came over.</p>
<p>The council says the repairs were finished on time.</p>
<p><strong>Why did it take four months?</strong></p>
<p>Because we had no stone. I ordered it from the quarry in Kessel.</p>
<p><strong>The ferry company says it had no warning of the closure.</strong></p>
<p>They had a letter from me in February.</p>
<p><b>What comes next?</b> A second wall, if the council pays for it.</p>
</article></body></html>`;
  const { sentences: s } = run(html, "html");
  assert.deepEqual(s.slice(3), [
    "[author] The storm took out half the quay in January.",
    "[speaker:Ines Varga] It did.",
    "[speaker:Ines Varga] I was on the pier when the second wave came over.",
    "[speaker:Ines Varga] The council says the repairs were finished on time.",
    "[author] Why did it take four months?",
    "[speaker:Ines Varga] Because we had no stone.",
    "[speaker:Ines Varga] I ordered it from the quarry in Kessel.",
    "[speaker:the ferry company] The ferry company says it had no warning of the closure.",
    "[speaker:Ines Varga] They had a letter from me in February.",
    "[author] What comes next?",
    "[speaker:Ines Varga] A second wall, if the council pays for it.",
  ]);
  // The same prompts without bold type are the answers' run-on paragraphs: no interview is read.
  const plain = run(html.replace(/<\/?(?:strong|b)>/g, ""), "html").sentences;
  assert.ok(plain.includes("[author] It did."), plain.join("\n"));
});

test("a possessive subject with an 'of' phrase is not run over its verb ('history of hostile comments includes')", () => {
  const { quotes: q } = run(
    "Korvath and the sailors\n\nCouncillor Edda Korvath defended the harbour master on Monday.\n\nKorvath’s history of openly hostile comments includes blaming fishermen for the flood, saying trawler crews “deserve to drown” in the spring.",
  );
  assert.deepEqual(q, ["speech “deserve to drown” -> Edda Korvath"]);
});

test("an editor's closing note after a bold-prompt interview is the publication's, not the interviewee's", () => {
  const html = `<html><body><article><h1>We built the school for the children nobody took</h1>
<p>Ilse Marrow opened her first classroom in a garage in Port Ellis in 2009. Fifteen years later the school has 400 pupils.</p>
<p><strong>Why did you start the school?</strong></p>
<p>I had taught for twenty years and I saw children turned away every autumn.</p>
<p><strong>The council says the school is full.</strong></p>
<p>It is. We turn away sixty families a year.</p>
<p><strong>What is the hardest part now?</strong></p>
<p>Money. I spend half my week writing to donors.</p>
<p>The rest goes on the new wing.</p>
<p><em>Ilse Marrow was speaking to Tomas Brandt. This interview has been edited for length and clarity.</em></p>
</article></body></html>`;
  const { sentences: s } = run(html, "html");
  assert.deepEqual(s.slice(-5), [
    "[speaker:Ilse Marrow] Money.",
    "[speaker:Ilse Marrow] I spend half my week writing to donors.",
    "[speaker:Ilse Marrow] The rest goes on the new wing.",
    "[author] Ilse Marrow was speaking to Tomas Brandt.",
    "[author] This interview has been edited for length and clarity.",
  ]);
});

test("a paragraph after a reproduced report that reports its issuer ('The authority said …') is the author's account, not the report", () => {
  const article =
    "Dredging review\n\nThe harbour authority published its dredging review on Monday. The review reads:\n\nThe main channel has silted up faster than forecast in 2021. Dredging will cost £2.4 million over three years, subject to approval by the board.\n\nThe authority said the main channel had silted up faster than forecast in 2021, and that dredging would cost £2.4 million over three years.";
  const { sentences: s } = run(article);
  assert.deepEqual(s.slice(3), [
    "[document:the review] The main channel has silted up faster than forecast in 2021.",
    "[document:the review] Dredging will cost £2.4 million over three years, subject to approval by the board.",
    "[speaker:the authority] The authority said the main channel had silted up faster than forecast in 2021, and that dredging would cost £2.4 million over three years.",
  ]);
  // With the review given as a source, the retelling is no reproduced text: no altered quote,
  // and its reuse is credited by the report of the issuer right after the credited block.
  const source =
    "Dredging review 2025\n\nThe main channel has silted up faster than forecast in 2021. Dredging will cost £2.4 million over three years, subject to approval by the board.";
  const d = doc(article);
  const src = documentFromString(source, { id: "review", format: "text" });
  const match = (a: string, b: string): Match => {
    const at = d.text.indexOf(a);
    const from = src.text.indexOf(b);
    return {
      article: { start: at, end: at + a.length },
      source: { id: "review", start: from, end: from + b.length },
      kind: "verbatim",
      similarity: 1,
      edits: [],
    };
  };
  const retold = "the main channel had silted up faster than forecast in 2021";
  const r = attributeVoices(d, {
    matches: [
      match(
        "The main channel has silted up faster than forecast in 2021.",
        "The main channel has silted up faster than forecast in 2021.",
      ),
      match(retold, "The main channel has silted up faster than forecast in 2021"),
    ],
    sources: [src],
  });
  assert.deepEqual(
    r.matches.map((m) => m.attributed),
    [true, true],
  );
  assert.ok(r.findings.length === 0, JSON.stringify(r.findings));
  // The same retelling after a block nobody introduced as the authority's is not credited by it.
  const bare = doc(article.replace("The review reads:", "It is long."));
  const r2 = attributeVoices(bare, {
    matches: [
      {
        article: { start: bare.text.indexOf(retold), end: bare.text.indexOf(retold) + retold.length },
        source: { id: "review", start: 0, end: 10 },
        kind: "verbatim",
        similarity: 1,
        edits: [],
      },
    ],
    sources: [src],
  });
  assert.deepEqual(
    r2.matches.map((m) => m.attributed),
    [false],
  );
});

test("a headline in title case that ends like a sentence is the title: its quoted name is no cited document", () => {
  const d = doc(
    'Mayor Varga Unveils "Safe Harbour Plan": Trawlers Must Leave The Quay!\n\nOn Monday, Mayor Ines Varga set out what she calls a simple plan for the harbour during a meeting with fishermen.\n\n“We want a quay that works,” Varga told reporters.',
  );
  assert.equal(d.meta.title, 'Mayor Varga Unveils "Safe Harbour Plan": Trawlers Must Leave The Quay!');
  const r = attributeVoices(d, { matches: [], sources: [] });
  assert.deepEqual(sentences(d, r).slice(1), [
    "[author] On Monday, Mayor Ines Varga set out what she calls a simple plan for the harbour during a meeting with fishermen.",
    "[speaker:Ines Varga] “We want a quay that works,” Varga told reporters.",
  ]);
  assert.deepEqual(quotes(d, r).slice(1), ["speech “We want a quay that works,” -> Ines Varga"]);
  // A first line that is a sentence of the story is no title.
  assert.equal(doc("The quay reopened on Monday!\n\nFishermen were back by noon.").meta.title, undefined);
});

test("a name shared with a source, however long, asks for no credit; a copied clause does", () => {
  const article =
    "Van and cyclist collide\n\nOfficers were called at 6pm to the junction of the B212 and Tanner Lane, where the van hit the cyclist. The driver of the van stopped at the scene and is helping officers with their enquiries.";
  const source =
    "Officers attended a collision at the junction of the B212 and Tanner Lane on Friday. The driver of the van stopped at the scene and is helping officers with their enquiries.";
  const d = doc(article);
  const src = documentFromString(source, { id: "statement", format: "text" });
  const match = (needle: string): Match => {
    const a = d.text.indexOf(needle);
    const s = src.text.indexOf(needle);
    return {
      article: { start: a, end: a + needle.length },
      source: { id: "statement", start: s, end: s + needle.length },
      kind: "verbatim",
      similarity: 1,
      edits: [],
    };
  };
  const r = attributeVoices(d, {
    matches: [
      match("the junction of the B212 and Tanner Lane"),
      match("The driver of the van stopped at the scene and is helping officers with their enquiries."),
    ],
    sources: [src],
  });
  assert.deepEqual(
    r.findings.map((f) => (f.span ? d.text.slice(f.span.start, f.span.end) : "")),
    ["The driver of the van stopped at the scene and is helping officers with their enquiries."],
  );
});

test("a trailing attribution whose subject is made by someone else ('an inquiry ordered by the mayor has concluded') is the subject's, not the author's", () => {
  const { sentences: s } = run(
    "Harbour vote was fair, inquiry finds\n\nKELVICK – It was a quarrel over berths, not favouritism, that cost Ines Varga her seat on the harbour board, an inquiry ordered by the mayor has concluded.\n\nThe row began, a statement of facts filed with the board's minutes said, when the berth fees rose.\n\nThe vote was close, a review led by Tomas Brandt found.",
  );
  assert.match(s[1], /^\[document:an inquiry\] /);
  assert.match(s[2], /^\[document:a statement of facts\] /);
  // "led" is a participle not in -ed (`irregularParticiples`): the review finds, not its leader.
  assert.match(s[3], /^\[document:a review\] /);
});

test("a participle's subject is the main clause's, past an opening adverbial, and a bare plural after an opening adjective", () => {
  const { r, d } = run(
    "After criticism from two Harbour groups, Ada Lind issued a clarification, saying the quay was safe. Local traders in Kessel greeted the news warily, but saying the season was lost. Ada Lind supports “a new quay”, saying it is cheap.",
  );
  const sources = r.attributions
    .filter((a) => a.cue && d.text.slice(a.cue.start, a.cue.end) === "saying")
    .map((a) => (a.source ? d.text.slice(a.source.start, a.source.end) : ""));
  assert.deepEqual(sources, ["Ada Lind", "Local traders", "Ada Lind"]);
});

test("a participle's subject is read past the phrases and the state that open the sentence, a name after a determiner is one when its verb follows, and a person's word heads a description before its phrase", () => {
  const { sentences: s } = run(
    "Ferry talks. At a fair in Tyne, Ark., on Sunday, Mrs. Ada Lind defended her plan, saying that the quay should open. Shortly after the vote, the families of the founders had mobilized, warning that the deal would fail. The Islanders have used the strike to press for a bridge, saying the crossing is unsafe. Other Kesselites echoed those comments, saying the fund was empty. The Coastal minister of ports rejected the plan, saying it was too dear. A spokeswoman for the Harbour Board declined to comment, saying that nobody involved remains at the firm. The statement of the founders was read out, saying that the deal would fail.",
  );
  assert.deepEqual(s.slice(1), [
    "[speaker:Ada Lind] At a fair in Tyne, Ark., on Sunday, Mrs. Ada Lind defended her plan, saying that the quay should open.",
    "[speaker:the families of the founders] Shortly after the vote, the families of the founders had mobilized, warning that the deal would fail.",
    "[speaker:Islanders] The Islanders have used the strike to press for a bridge, saying the crossing is unsafe.",
    "[speaker:Kesselites] Other Kesselites echoed those comments, saying the fund was empty.",
    "[speaker:the Coastal minister of ports] The Coastal minister of ports rejected the plan, saying it was too dear.",
    "[speaker:a spokeswoman for the Harbour Board] A spokeswoman for the Harbour Board declined to comment, saying that nobody involved remains at the firm.",
    "[author] The statement of the founders was read out, saying that the deal would fail.",
  ]);
});

test("'pointed to' reports only with a person as its subject, outside a subordinate clause", () => {
  const { sentences: s } = run(
    "Ferry talks. Ines Varga chairs the board. All signs point to a strike. When Varga pointed out that the fares had risen, the minister said nothing. The fare table matches what Varga pointed out in May.",
  );
  assert.deepEqual(s.slice(2), [
    "[author] All signs point to a strike.",
    "[speaker:the minister] When Varga pointed out that the fares had risen, the minister said nothing.",
    "[author] The fare table matches what Varga pointed out in May.",
  ]);
});

test("credited words outside quotation marks: signed letters, a reported question, a work's finding, a speaker's line block, an emphasis", () => {
  const { sentences: s } = run(
    "Ferry cuts split the islands\n\nThe council voted on Thursday to cut the island ferry to two sailings a day.\n\nCouncillor Ines Varga emphasized that the fund for the ferry was safe. She asked whether the council had ever audited it.\n\nA 2019 report by the Kessel Institute found that every island district lost staff after the last cuts.\n\nMayor Tomas Ortiz said:\n\nThe ferry has lost money for eleven years running.\n\nLETTERS.\n\nThe cuts will empty the outer islands within a decade.\n\nDana Whitlock.\n\nPort Ellery.",
  );
  assert.deepEqual(s, [
    "[author] Ferry cuts split the islands",
    "[author] The council voted on Thursday to cut the island ferry to two sailings a day.",
    "[speaker:Ines Varga] Councillor Ines Varga emphasized that the fund for the ferry was safe.",
    "[speaker:Ines Varga] She asked whether the council had ever audited it.",
    "[document:a 2019 report by the Kessel Institute] A 2019 report by the Kessel Institute found that every island district lost staff after the last cuts.",
    "[author] Mayor Tomas Ortiz said:",
    "[speaker:Tomas Ortiz] The ferry has lost money for eleven years running.",
    "[author] LETTERS.",
    "[document:Dana Whitlock] The cuts will empty the outer islands within a decade.",
    "[author] Dana Whitlock.",
    "[author] Port Ellery.",
  ]);
});
