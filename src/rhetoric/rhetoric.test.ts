import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { loadData } from "../data.js";
import { runCliCaptured } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";
import { attributeVoices, readVoices } from "../voice/index.js";
import {
  authorRuns,
  findRhetoric,
  GATE_MIN_FLAGS,
  type RhetoricLexicon,
  rhetoricFindings,
  rhetoricLexicon,
  type Technique,
  validateRhetoricLexicon,
} from "./index.js";

const lexicon = rhetoricLexicon();
const checked = lexicon.techniques.filter((t) => t.gate.checked);
const experimental = lexicon.techniques.filter((t) => !t.gate.checked);

/** The rhetoric findings of a text as `rule "span"`. */
function flags(text: string, opts: { experimental?: boolean; blocks?: boolean } = {}): string[] {
  const blocks = opts.blocks
    ? text
        .split(/\n\n/)
        .map((b) =>
          b.startsWith("> ")
            ? { kind: "blockquote" as const, text: b.slice(2) }
            : { kind: "paragraph" as const, text: b },
        )
    : undefined;
  const doc = createDocument(text.replace(/^> /gm, ""), { id: "a", blocks });
  return analyze(doc, { rhetoric: { experimental: opts.experimental ?? false } })
    .findings.filter((f) => f.source === "rhetoric")
    .map((f) => `${f.ruleId} "${doc.text.slice(f.span?.start, f.span?.end)}"`);
}

test("a technique is checked exactly when its held-out precision is sure to be 0.6 over enough flags", () => {
  for (const t of checked) {
    assert.ok(t.gate.lower >= 0.6 && t.gate.lower <= t.gate.precision, t.label);
    assert.ok(t.gate.predictions >= GATE_MIN_FLAGS, `${t.label}: too few held-out flags to be checked`);
    assert.ok(t.cues.length > 0, t.label);
  }
  for (const t of experimental) assert.ok(t.gate.lower < 0.6 || t.gate.predictions < GATE_MIN_FLAGS, t.label);
});

/** A cue as words of a text: a class ("@name") written as the first word of its class. */
const example = (cue: string, lex: RhetoricLexicon = lexicon) =>
  cue
    .split(" ")
    .map((w) => (w.startsWith("@") ? (lex.classes?.[w]?.[0] ?? w) : w))
    .join(" ");

/** The lexicon with one technique's gate set: what a checked or an experimental technique does. */
function gated(checkedNow: boolean): { lex: RhetoricLexicon; t: Technique; cue: string } {
  const lex = structuredClone(lexicon);
  const t = lex.techniques.find((x) => x.cues.some((c) => /^[a-z]+$/.test(c))) as Technique;
  t.gate.checked = checkedNow;
  return { lex, t, cue: t.cues.find((c) => /^[a-z]+$/.test(c)) as string };
}

/** The findings of the rhetoric stage on a text, with a given lexicon. */
function findingsWith(text: string, lex: RhetoricLexicon, experimentalToo: boolean) {
  const doc = createDocument(text, { id: "a" });
  const voices = attributeVoices(doc, { matches: [], sources: [], reading: readVoices(doc) });
  return rhetoricFindings(doc, voices, { experimental: experimentalToo }, lex).map((f) => ({
    f,
    text: doc.text.slice(f.span?.start, f.span?.end),
  }));
}

test("flags a checked cue in the author's own voice, with the rule, the span and an explanation", () => {
  const { lex, t, cue } = gated(true);
  const text = `The council met on Tuesday. It was ${cue} at the council, and the vote was close.`;
  const found = findingsWith(text, lex, false);
  assert.deepEqual(
    found.map(({ f, text }) => `${f.ruleId} "${text}"`),
    [`${t.rule} "${cue}"`],
  );
  assert.equal(found[0].f.severity, "info");
  assert.ok(found[0].f.message.includes(t.explanation));
  assert.doesNotMatch(found[0].f.message, /experimental/);
  assert.equal((found[0].f.data as { experimental?: boolean }).experimental, undefined);
});

test("experimental techniques are flagged only on request, and say so", () => {
  const { lex, t, cue } = gated(false);
  const text = `The council met on Tuesday. Then came ${cue} at the council, and the vote was close.`;
  assert.deepEqual(findingsWith(text, lex, false), []);
  const found = findingsWith(text, lex, true).filter(({ f }) => f.ruleId === t.rule);
  assert.equal(found.length, 1);
  assert.match(found[0].f.message, /experimental/);
  assert.equal((found[0].f.data as { experimental?: boolean }).experimental, true);
  const shipped = experimental[0];
  if (shipped) {
    const report = analyze(createDocument(text, { id: "a" }), { rhetoric: { experimental: true } });
    assert.ok(report.rhetoric?.experimental.includes(shipped.rule));
  }
});

test("the CLI runs the experimental techniques only with --experimental-rhetoric", async () => {
  const text = "The council met on Tuesday. The plan was debated at length.";
  const plain = await runCliCaptured(["analyze", "-", "--format", "json"], { stdin: text });
  assert.equal(plain.status, 0, plain.stderr);
  assert.deepEqual(JSON.parse(plain.stdout).rhetoric.experimental, []);
  const args = ["analyze", "-", "--format", "json", "--experimental-rhetoric"];
  const asked = await runCliCaptured(args, { stdin: text });
  assert.equal(asked.status, 0, asked.stderr);
  assert.deepEqual(
    JSON.parse(asked.stdout).rhetoric.experimental,
    experimental.map((t) => t.rule),
  );
});

test("the report says which techniques were checked", () => {
  const report = analyze(createDocument("The council met on Tuesday.", { id: "a" }));
  assert.deepEqual(report.rhetoric, { checked: checked.map((t) => t.rule), experimental: [] });
});

test("never flags inside quotes or reproduced documents: every cue, checked or experimental", () => {
  for (const t of lexicon.techniques) {
    for (const c of t.cues.map((cue) => example(cue))) {
      // The control: in the author's own words the same cue is flagged.
      const own = `The council met on Tuesday. It was ${c} at the council, and the vote was close.`;
      assert.ok(
        flags(own, { experimental: true }).some((f) => f.startsWith(t.rule)),
        `author: ${c}`,
      );
      const speech = `The council met on Tuesday. "It was ${c} at the council," said Mara Lind, a resident.`;
      assert.deepEqual(flags(speech, { experimental: true }), [], `speech: ${c}`);
      const scare = `The council met on Tuesday and called the plan "${c}" in its minutes.`;
      assert.deepEqual(flags(scare, { experimental: true }), [], `scare quote: ${c}`);
      const reproduced = `The council met on Tuesday. As the minutes put it:\n\n"The plan is ${c} and the members said so at length."\n\nThe meeting ended at nine.`;
      assert.deepEqual(flags(reproduced, { experimental: true }), [], `reproduced: ${c}`);
      const block = `The council met on Tuesday. The minutes read:\n\n> The plan is ${c} and the members said so at length.\n\nThe meeting ended at nine.`;
      assert.deepEqual(flags(block, { experimental: true, blocks: true }), [], `block quote: ${c}`);
    }
  }
});

test("an invented article: the author's cue is flagged, the same cue quoted and reproduced is not", () => {
  // Every technique runs on request, so this holds whatever the gate decided.
  const c = lexicon.techniques[0].cues[0];
  const article = [
    `Ferry fares rose again this spring, and the islanders call it ${c} at the harbour office.`,
    `"This is ${c} at the harbour office," said Ada Brenn, who runs the bakery on the quay.`,
    `The ferry company's own notice, posted on the pier, reads:`,
    `> Fares will rise by a fifth. Critics who call this ${c} at the harbour office have not read the accounts.`,
    `The company has not said how many sailings will run in winter.`,
  ].join("\n\n");
  const blocks = article
    .split("\n\n")
    .map((b) =>
      b.startsWith("> ")
        ? { kind: "blockquote" as const, text: b.slice(2) }
        : { kind: "paragraph" as const, text: b },
    );
  const doc = createDocument(article.replace(/^> /gm, ""), { id: "a", blocks });
  const found = analyze(doc, { rhetoric: { experimental: true } })
    .findings.filter((f) => f.source === "rhetoric" && doc.text.slice(f.span?.start, f.span?.end) === c)
    .map((f) => f.span?.start);
  assert.equal(doc.text.split(c).length, 4, "the cue is in the text three times");
  assert.deepEqual(found, [doc.text.indexOf(c)], "only the author's own use of the cue");
});

test("author runs stop at a quotation and skip other voices", () => {
  const doc = createDocument('The plan was "a farce" to them. "It is," said Ada Brenn.', { id: "a" });
  const voices = attributeVoices(doc, { matches: [], sources: [], reading: readVoices(doc) });
  const runs = authorRuns(doc, voices).map(([a, b]) =>
    doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end),
  );
  assert.deepEqual(runs, ["The plan was", "to them."]);
});

test("the shipped lexicon is valid, and a bad edit is caught", () => {
  validateRhetoricLexicon(loadData("rhetoric-lexicon.json"));
  const dup = structuredClone(loadData<RhetoricLexicon>("rhetoric-lexicon.json"));
  dup.techniques[0].cues.push(dup.techniques[0].cues[0]);
  assert.throws(() => validateRhetoricLexicon(dup), /listed twice/);
  const rule = structuredClone(loadData<RhetoricLexicon>("rhetoric-lexicon.json"));
  rule.techniques[0].rule = "rhetoric/made-up";
  assert.throws(() => validateRhetoricLexicon(rule), /bad rule id/);
  const gate = structuredClone(loadData<Record<string, unknown>[]>("rhetoric-lexicon.json"));
  delete (gate as unknown as { techniques: { gate?: unknown }[] }).techniques[0].gate;
  assert.throws(() => validateRhetoricLexicon(gate), /no gate/);
});

test("a class cue matches any word of its class, in the author's voice only", () => {
  const lex: RhetoricLexicon = {
    classes: { "@intens": ["so", "truly"], "@group": ["officials", "leaders"] },
    techniques: [
      {
        ...structuredClone(lexicon.techniques[0]),
        gate: { checked: true, precision: 0.8, lower: 0.7, recall: 0.1, predictions: 40 },
        cues: ["@intens vile", "vile @group"],
      },
    ],
  };
  validateRhetoricLexicon(lex);
  const text =
    'The plan was so vile. It was truly vile, and rather vile. Vile officials signed it. "So vile," said Ada Brenn.';
  const doc = createDocument(text, { id: "a" });
  const voices = attributeVoices(doc, { matches: [], sources: [], reading: readVoices(doc) });
  const found = findRhetoric(doc, voices, {}, lex).map((m) => `${m.cue}: ${doc.text.slice(m.start, m.end)}`);
  assert.deepEqual(found, [
    "@intens vile: so vile",
    "@intens vile: truly vile",
    "vile @group: Vile officials",
  ]);
  const unknown = structuredClone(lex);
  unknown.techniques[0].cues.push("@nowhere vile");
  assert.throws(() => validateRhetoricLexicon(unknown), /unknown class @nowhere/);
  const badClass = { ...structuredClone(lex), classes: { "@intens": ["So"] } };
  assert.throws(() => validateRhetoricLexicon(badClass), /lower-case single words/);
});

test("a quotation laid out over several paragraphs is not the author's, to its last mark", () => {
  const lex = structuredClone(lexicon);
  const t = lex.techniques[0];
  t.gate.checked = true;
  t.cues = ["shameful", "vile"];
  const text = [
    "The mayor answered on social media on Tuesday.",
    "‘The council has been vile to this town for a year.",
    "Shameful!’",
    "The post was shared widely, and the dogs’ shelter stayed shut. The answer was vile.",
    "“The budget is vile,",
    "and we will not pass it,” a councillor said.",
  ].join("\n\n");
  const doc = createDocument(text, { id: "a" });
  const voices = attributeVoices(doc, { matches: [], sources: [], reading: readVoices(doc) });
  const found = findRhetoric(doc, voices, {}, lex).map((m) => doc.text.slice(m.start, m.end));
  // Only the author's own "vile": the apostrophe of "dogs’" closes nothing.
  assert.deepEqual(found, ["vile"]);
  const own = findRhetoric(doc, voices, {}, lex).map((m) => m.start);
  assert.deepEqual(own, [doc.text.indexOf("was vile.") + 4]);
});
