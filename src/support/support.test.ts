import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { loadData } from "../data.js";
import { createDocument } from "../text/document.js";
import { validateSupportLexicon } from "./lexicon.js";
import { stem } from "./terms.js";

const SOURCE = `Annual report of the Fenwick water board

The board reviewed the Fenwick network between January and December. Leaks may have caused part of the pressure loss. Water use rose by 6 percent over the year. The board found no evidence of sabotage at the pumping station. Some of the 40 pipes in the old town were replaced.`;

const ARTICLE = `Fenwick's Water Mess

By Jo Pell

The board reviewed the Fenwick network over the whole year. Leaks caused the pressure loss. Water use rose by 16 percent over the year. Saboteurs struck the pumping station. All 40 pipes in the old town were replaced. This proves that the board cannot be trusted with our water. "We are fixing it," said board chair Ada Voss.`;

/** Each claim of the report as `sentence text -> status [rule]: evidence`. */
function ratings(article: string, sources: string[]): string[] {
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: sources.map((s, i) => createDocument(s, { id: `source-${i}` })) });
  const texts = new Map([a, ...report.sources].map((d) => [d.id, d.text]));
  return report.claims.map((c) => {
    const claim = a.text.slice(c.start, c.end);
    if (!c.support) return `${claim} -> unrated (${c.voice.kind})`;
    const ev = c.support.evidence.map((e) => texts.get(e.id)?.slice(e.start, e.end)).join(" / ");
    return `${claim} -> ${c.support.status} [${c.support.rule}]${ev ? `: ${ev}` : ""}`;
  });
}

test("rates each author claim against the source sentence that speaks of it", () => {
  const lines = ratings(ARTICLE, [SOURCE]);
  const has = (line: string) => assert.ok(lines.includes(line), `missing: ${line}\n${lines.join("\n")}`);
  has(
    "Leaks caused the pressure loss. -> overreach [hedge]: Leaks may have caused part of the pressure loss.",
  );
  has(
    "Water use rose by 16 percent over the year. -> contradicted [quantity]: Water use rose by 6 percent over the year.",
  );
  has(
    "All 40 pipes in the old town were replaced. -> overreach [hedge]: Some of the 40 pipes in the old town were replaced.",
  );
});

test("a causal conclusion no source speaks of is the assertion gap; quotes are never rated as the author's", () => {
  const a = createDocument(ARTICLE, { id: "article" });
  const report = analyze(a, { sources: [createDocument(SOURCE, { id: "source" })] });
  const gap = report.findings.filter((f) => f.ruleId === "support/assertion-gap");
  assert.deepEqual(
    gap.map((f) => a.text.slice(f.span?.start, f.span?.end)),
    ["This proves that the board cannot be trusted with our water."],
  );
  for (const c of report.claims) {
    if (c.voice.kind === "speaker") assert.equal(c.support, undefined);
    if (c.voice.kind === "author")
      assert.ok(c.support, `author claim unrated: ${a.text.slice(c.start, c.end)}`);
  }
  for (const f of report.findings.filter((f) => f.source === "support")) {
    for (const e of f.evidence ?? []) {
      const doc = e.id === "article" ? a : report.sources.find((s) => s.id === e.id);
      assert.ok(doc && e.end <= doc.text.length && e.start < e.end);
    }
  }
});

test("with no source, the article's own reproduced text is the evidence", () => {
  const article = `Harbour figures

The port board published its statement on Monday. As the statement puts it:

"The harbour handled 3.2 million tonnes of cargo in 2024. Dredging of the main channel will cost an estimated 22 million euros."

Dredging will cost exactly 22 million euros. The harbour handled 5 million tonnes of cargo in 2024.`;
  const lines = ratings(article, []);
  assert.ok(
    lines.includes(
      'Dredging will cost exactly 22 million euros. -> overreach [hedge]: Dredging of the main channel will cost an estimated 22 million euros."',
    ),
    lines.join("\n"),
  );
  assert.ok(
    lines.some((l) =>
      l.startsWith("The harbour handled 5 million tonnes of cargo in 2024. -> contradicted [quantity]"),
    ),
    lines.join("\n"),
  );
});

test("with nothing to rate against, a claim says why no passage was found", () => {
  const a = createDocument("Everyone in the valley knows the council caused the flood last year.", {
    id: "a",
  });
  const [claim] = analyze(a).claims;
  assert.equal(claim.support?.status, "not-found");
  assert.equal(claim.support?.rule, "no-source");
  assert.match(claim.support?.reason ?? "", /no source was given/);
  assert.equal(
    analyze(a).findings.filter((f) => f.ruleId === "support/assertion-gap").length,
    0,
    "no assertion gap without any source to lean on",
  );
});

test("the support lexicon is valid, and a bad edit is caught", () => {
  validateSupportLexicon(loadData("support-lexicon.json"));
  const bad = structuredClone(loadData<Record<string, unknown>>("support-lexicon.json"));
  (bad.hedges as string[]).push("May ");
  assert.throws(() => validateSupportLexicon(bad), /normal form/);
  const dup = structuredClone(loadData<Record<string, unknown>>("support-lexicon.json"));
  (dup.negators as string[]).push("not");
  assert.throws(() => validateSupportLexicon(dup), /twice/);
});

test("stemming meets inflected forms", () => {
  assert.deepEqual(["cuts", "cut", "recommended", "recommends", "policies", "injured"].map(stem), [
    "cut",
    "cut",
    "recommend",
    "recommend",
    "policy",
    "injur",
  ]);
});

test("a negation or hedge counts only in the clause that speaks of the claim", () => {
  const source = `Fenwick board notes

Forecasters expected heavy rain in April that never came, and demand rose by 12 percent in the dry months. The old mains lose about one litre in five to leaks.`;
  const article = `Who runs Fenwick?

Demand rose by 12 percent in the dry months. The old mains lose about one litre in five to leaks, and nobody has been sacked. The board has not replaced the old mains.`;
  const lines = ratings(article, [source]);
  const line = (start: string) =>
    lines.find((l) => l.startsWith(start)) ?? `missing: ${start}\n${lines.join("\n")}`;
  // "expected" hedges the rain, not the demand.
  assert.match(line("Demand rose"), / -> supported \[match\]/);
  // "nobody has been sacked" negates nothing the source says about leaks.
  assert.doesNotMatch(line("The old mains lose"), /contradicted|overreach/);
});

test("a changed figure in reused text is said once, by trace, while the claim keeps its rating", () => {
  const source = `Harbour report

The Kessel ferry carried 18,400 passengers in June, the most since the service began. Fares were unchanged.`;
  const article = `Ferry boom

The Kessel ferry carried 28,400 passengers in June, the most since the service began. Nobody saw it coming.`;
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: [createDocument(source, { id: "report" })] });
  const rules = report.findings.map((f) => f.ruleId);
  assert.ok(rules.includes("trace/changed-number"), rules.join(", "));
  assert.ok(!rules.includes("support/contradicted"), rules.join(", "));
  const claim = report.claims.find((c) => a.text.slice(c.start, c.end).includes("28,400"));
  assert.equal(claim?.support?.status, "contradicted");
});

test("a claim that keeps the source's part is not an overreach for saying 'whole' elsewhere", () => {
  const source = `Bridge notes

Engineers found cracks in two of the bridge's six girders in February.`;
  const article = `Bridge shut

Only two of the six girders of the bridge are cracked, yet the whole bridge is closed.`;
  const lines = ratings(article, [source]);
  assert.ok(!lines.some((l) => l.includes("overreach")), lines.join("\n"));
});
