import { overlaps } from "../../dist/core/span.js";
import { traceSources } from "../../dist/trace/index.js";
import type { TraceFinding } from "../../dist/trace/rules.js";
import type { Match } from "../../dist/trace/types.js";
import { sharedData } from "../paths.js";
import type { ResultTable } from "../table.js";
import { CASE_TYPES, type GeneratedPair, loadCorpus, PairGenerator, type PlantedKind } from "./generate.js";
import { plagdet } from "./plagdet.js";

const PER_TYPE = 24;
const SEED = 20140901;
// A second draw of pairs whose misses nobody looked at: the rules were adjusted reading misses of
// the first seed's pairs, so its figures are optimistic; this seed's are the honest ones.
const FRESH_SEED = 20261129;

interface Outcome {
  pair: GeneratedPair;
  matches: Match[];
  findings: TraceFinding[];
}

/**
 * Trace quality on the synthetic reuse benchmark built from the PTC articles: PAN PlagDet per
 * case type and overall, false matches on unrelated controls, and recall of planted edits.
 */
export default async function traceEval(): Promise<ResultTable[]> {
  const corpus = loadCorpus(sharedData("ptc/articles"));
  const run = (seed: number): Outcome[] =>
    new PairGenerator(corpus, seed).pairs(PER_TYPE).map((pair) => {
      const { matches, findings } = traceSources(pair.article, [pair.source]);
      return { pair, matches, findings };
    });
  const outcomes = run(SEED);
  const fresh = run(FRESH_SEED);
  const both = (table: (o: Outcome[]) => ResultTable): ResultTable => {
    const a = table(outcomes);
    const b = table(fresh);
    const last = b.rows[b.rows.length - 1];
    return {
      ...a,
      rows: [
        ...a.rows,
        [
          String(last[0]).startsWith("seed") ? `seed ${FRESH_SEED}` : `${last[0]}, seed ${FRESH_SEED}`,
          ...last.slice(1),
        ],
      ],
      notes: [
        ...(a.notes ?? []),
        `The last row: pairs drawn with seed ${FRESH_SEED}, whose misses were never inspected.`,
      ],
    };
  };
  return [plagdetTable(outcomes), both(editTable), both(paraphraseTable), both(omissionTable)];
}

function score(outcomes: Outcome[]) {
  return plagdet(outcomes.map(({ pair, matches }) => ({ cases: pair.cases, detections: matches })));
}

function plagdetTable(outcomes: Outcome[]): ResultTable {
  const rows: (string | number)[][] = [];
  const row = (label: string, group: Outcome[]) => {
    const s = score(group);
    rows.push([label, group.length, s.cases, s.detections, s.precision, s.recall, s.granularity, s.plagdet]);
  };
  for (const type of CASE_TYPES.filter((t) => t !== "control"))
    row(
      type,
      outcomes.filter((o) => o.pair.type === type),
    );
  const controls = outcomes.filter((o) => o.pair.type === "control");
  rows.push([
    "control (false matches)",
    controls.length,
    0,
    controls.reduce((n, o) => n + o.matches.length, 0),
    "",
    "",
    "",
    "",
  ]);
  row("overall (incl. controls)", outcomes);
  row(
    "overall, dev split only",
    outcomes.filter((o) => o.pair.dev),
  );
  row("PAN 2014 best (published)", []);
  rows[rows.length - 1] = ["PAN 2014 best (published)", "", "", "", "", "", "", 0.88];
  return {
    title: "Trace: PAN PlagDet on the synthetic PTC reuse benchmark",
    columns: ["case type", "pairs", "cases", "detections", "precision", "recall", "granularity", "plagdet"],
    rows,
    notes: [
      `${outcomes.length} pairs, ${PER_TYPE} per type, seed ${SEED}; sources are ../shared/data/ptc/articles (Da San Martino et al., EMNLP 2019), commentary from other PTC articles.`,
      "Character-level measures over article and source spans (Potthast et al., COLING 2010); PlagDet = F1 / log2(1 + granularity).",
      "Dev split: pairs whose source article index (sorted by file name) is a multiple of 3. Misses of all pairs were inspected while tuning, so it is not a clean held-out set.",
      "PAN 2014 best: text alignment on the PAN 2014 corpus (Potthast et al., CLEF 2014 overview), a different and harder corpus (obfuscation by paraphrase, translation, summary).",
    ],
  };
}

function editTable(outcomes: Outcome[]): ResultTable {
  const kinds: PlantedKind[] = ["word", "number", "negation", "bracket", "elision", "edge"];
  const stats = new Map(kinds.map((k) => [k, { planted: 0, found: 0, noted: 0 }]));
  for (const { pair, matches } of outcomes) {
    const edits = matches.flatMap((m) => m.edits);
    for (const planted of pair.edits) {
      const st = stats.get(planted.kind);
      if (!st) continue;
      st.planted++;
      const hit = edits.find(
        (e) =>
          (planted.article.end > planted.article.start &&
            e.article &&
            e.article.end > e.article.start &&
            overlaps(e.article, planted.article)) ||
          (e.source && e.source.end > e.source.start && overlaps(e.source, planted.source)),
      );
      if (hit) {
        st.found++;
        if (hit.note === (planted.note ?? planted.kind)) st.noted++;
      }
    }
  }
  const rows: (string | number)[][] = kinds.map((k) => {
    const st = stats.get(k) ?? { planted: 0, found: 0, noted: 0 };
    return [
      k,
      st.planted,
      st.found,
      st.planted ? st.found / st.planted : 0,
      st.found ? st.noted / st.found : 0,
    ];
  });
  const all = [...stats.values()].reduce((a, b) => ({
    planted: a.planted + b.planted,
    found: a.found + b.found,
    noted: a.noted + b.noted,
  }));
  rows.push([
    "all",
    all.planted,
    all.found,
    all.planted ? all.found / all.planted : 0,
    all.found ? all.noted / all.found : 0,
  ]);
  const verbatim = outcomes.filter((o) => o.pair.type === "verbatim");
  const spurious = verbatim.reduce((n, o) => n + o.matches.reduce((k, m) => k + m.edits.length, 0), 0);
  return {
    title: "Trace: recall of planted edits (light-edit and paraphrase pairs, edges included)",
    columns: ["planted kind", "planted", "reported", "recall", "same note"],
    rows,
    notes: [
      "A planted edit is reported when an edit of a match overlaps it in the article (or, for a deletion, in the source).",
      "edge: the first or last word of a copied sentence changed (a leading determiner made 'No', 'Every', 'All' or 'Only', or a random word); same note means negation, quantifier or word as planted.",
      `Edits reported on the verbatim pairs (typographic noise only, should be 0): ${spurious}.`,
    ],
  };
}

function paraphraseTable(outcomes: Outcome[]): ResultTable {
  const reworded = outcomes.flatMap((o) => o.pair.reworded.map((gold) => ({ gold, matches: o.matches })));
  const found = reworded.filter(({ gold, matches }) =>
    matches.some((m) => overlaps(m.article, gold.article) && overlaps(m.source, gold.source)),
  );
  const asParaphrase = reworded.filter(({ gold, matches }) =>
    matches.some(
      (m) => m.kind === "paraphrase" && overlaps(m.article, gold.article) && overlaps(m.source, gold.source),
    ),
  );
  const paraphrases = outcomes.flatMap((o) =>
    o.matches.filter((m) => m.kind === "paraphrase").map((m) => ({ m, cases: o.pair.cases })),
  );
  const wrong = paraphrases.filter(
    ({ m, cases }) => !cases.some((c) => overlaps(m.article, c.article) && overlaps(m.source, c.source)),
  );
  const controls = outcomes
    .filter((o) => o.pair.type === "control")
    .reduce((n, o) => n + o.matches.filter((m) => m.kind === "paraphrase").length, 0);
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  return {
    title: "Trace: paraphrase (heavily reworded sentences of the reworded pairs)",
    columns: [
      "pairs",
      "gold sentences",
      "matched",
      "recall",
      "as paraphrase",
      "paraphrase matches",
      "precision",
      "on controls",
    ],
    rows: [
      [
        `seed ${SEED}`,
        reworded.length,
        found.length,
        ratio(found.length, reworded.length),
        asParaphrase.length,
        paraphrases.length,
        ratio(paraphrases.length - wrong.length, paraphrases.length),
        controls,
      ],
    ],
    notes: [
      "Reworded: the clause after the first comma moved to the front, one content word in three replaced by a word of unrelated commentary, some function words dropped.",
      "Matched: some match overlaps the sentence in the article and its source sentence. Precision: paraphrase matches (over all pairs) that overlap a gold case on both sides.",
      "The generator was written by us, next to the matcher; the cosine threshold (0.5) and the shared-word minimum (3) were set before this table existed and not tuned on it.",
    ],
  };
}

function omissionTable(outcomes: Outcome[]): ResultTable {
  const omissions = outcomes.flatMap((o) =>
    o.findings
      .filter((f) => f.ruleId === "trace/omission")
      .map((f) => ({ f, pair: o.pair, evidence: f.evidence?.[0] })),
  );
  const dropped = outcomes.flatMap((o) =>
    o.pair.dropped.map((d) => ({
      d,
      found: o.findings.some(
        (f) => f.ruleId === "trace/omission" && (f.evidence ?? []).some((e) => overlaps(e, d)),
      ),
    })),
  );
  const used = (x: (typeof omissions)[number]) =>
    x.evidence !== undefined && x.pair.cases.some((c) => x.evidence && overlaps(c.source, x.evidence));
  // Inside the stretch of the source the pair copied from (first to last gold source span).
  const inside = omissions.filter(({ pair, evidence }) => {
    if (!evidence || pair.cases.length === 0) return false;
    const from = Math.min(...pair.cases.map((c) => c.source.start));
    const to = Math.max(...pair.cases.map((c) => c.source.end));
    return evidence.start < to && from < evidence.end;
  });
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const foundN = dropped.filter((d) => d.found).length;
  return {
    title: "Trace: omissions (sentences the generator dropped from a copied stretch)",
    columns: [
      "pairs",
      "dropped",
      "reported",
      "recall",
      "omissions",
      "used by the article",
      "share used",
      "inside copied stretch",
      "share used inside",
    ],
    rows: [
      [
        `seed ${SEED}`,
        dropped.length,
        foundN,
        ratio(foundN, dropped.length),
        omissions.length,
        omissions.filter(used).length,
        ratio(omissions.filter(used).length, omissions.length),
        inside.length,
        ratio(inside.filter(used).length, inside.length),
      ],
    ],
    notes: [
      "Dropped: the middle sentence left out of five copied in a row (deleted-sentence pairs). Reported: an omission finding's source span overlaps it.",
      "Used by the article: an omission whose source span overlaps a passage the generator copied (verbatim, edited or reworded). The share over all omissions is diluted by the many source paragraphs no pair uses; the share among omissions inside the stretch of the source the pair copied from (first to last copied sentence) is the strict one. Used omissions are reworded sentences the paraphrase matcher missed, and sentences sharing words with a copied one.",
    ],
  };
}
