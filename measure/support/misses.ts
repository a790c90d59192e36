import type { Quantity } from "../../dist/claims/types.js";
import { figuresAgree, MIN_COVERAGE, MIN_SHARED, measuresOf, relevant } from "../../dist/support/rate.js";
import { sharedTerms } from "../../dist/support/retrieve.js";
import { repoFile } from "../paths.js";
import {
  type GoldArticle,
  goldSentence,
  readGoldSet,
  runGoldArticle,
  SPLITS,
  scoreGoldArticle,
} from "./annotated.js";

/**
 * Retrieval's misses on the support set: every gold claim rated supported, contradicted or
 * overreach that the rater calls `not-found`, with its gold passage, the best candidate retrieval
 * had and why the claim got no rating, counted by cause (docs/support.md).
 *
 * `node dist-measure/support/misses.js [--split heldout-9 …] [--quiet]`
 */

/** Why a retrieval miss was missed, the first that applies, in this order. */
const CAUSES = [
  "a rating rule, not retrieval",
  "gold passage not in the pool",
  "figure of the passage restated",
  "figure derived from two of the passage's",
  "gold passage reaches the bar, not retrieved",
  "gold passage reaches the bar, a check refuses it",
  "threshold (two or more words, a quarter to a half)",
  "other words",
] as const;
type Cause = (typeof CAUSES)[number];

/** Figures two exact figures of a passage make together: their difference, sum and share. */
function derived(figures: Quantity[]): Quantity[] {
  const exact = measuresOf(figures).filter((f) => f.low !== null && f.low === f.high && f.low > 0);
  const out: Quantity[] = [];
  for (const a of exact)
    for (const b of exact) {
      if (a === b || (a.kind ?? "count") !== (b.kind ?? "count")) continue;
      const [x, y] = [a.low as number, b.low as number];
      const approx = a.approx || b.approx;
      const as = (v: number, q: Quantity): Quantity => ({ ...q, low: v, high: v, approx, text: String(v) });
      if (x > y) out.push(as(x - y, a), as(x + y, a));
      if (x < y && a.kind !== "percent")
        out.push({ ...as((100 * x) / y, a), kind: "percent", unit: "%", counted: undefined });
    }
  return out;
}

interface Miss {
  article: string;
  split: string;
  claim: string;
  evidence: string;
  reason: string;
  best: string;
  cause: Cause;
}

function missesOf(g: GoldArticle): Miss[] {
  const run = runGoldArticle(g);
  const outs = scoreGoldArticle(g, run);
  const out: Miss[] = [];
  outs.forEach((o, k) => {
    const gold = g.gold[k];
    if (gold.status === "not-found" || o.predicted !== "not-found" || !gold.evidence) return;
    const i = goldSentence(run, g, "article", gold.claim);
    const { claim, figures, candidates } = run.rater.retrieval(i, run.article.text.indexOf(gold.claim));
    const e = run.rater.pooledPassage(
      gold.evidence.id,
      goldSentence(run, g, gold.evidence.id, gold.evidence.text),
    );
    const top = candidates[0];
    const best = top
      ? `${top.passage.id}#${top.passage.sentence} bm25 ${top.bm25.toFixed(2)}, ${Math.round(100 * top.coverage)}% of the claim's words, ${top.anchors} names/numbers`
      : "none";
    let cause: Cause;
    const measures = measuresOf(figures);
    const shared = e ? sharedTerms(claim.terms, e.passage) : 0;
    const coverage = claim.terms.size ? shared / claim.terms.size : 0;
    const gotIt = e && candidates.some((c) => c.passage === e.passage);
    if (!o.reason.startsWith("no-passage")) cause = "a rating rule, not retrieval";
    else if (!e) cause = "gold passage not in the pool";
    else if (measures.length > 0 && shared > 0 && figuresAgree(measures, e.figures))
      cause = "figure of the passage restated";
    else if (measures.length > 0 && shared > 0 && figuresAgree(measures, derived(e.figures)))
      cause = "figure derived from two of the passage's";
    else if (relevant(claim, { passage: e.passage, bm25: 0, coverage, anchors: 0 }))
      cause = gotIt
        ? "gold passage reaches the bar, a check refuses it"
        : "gold passage reaches the bar, not retrieved";
    else if (shared >= MIN_SHARED && coverage >= MIN_COVERAGE / 2)
      cause = "threshold (two or more words, a quarter to a half)";
    else cause = "other words";
    out.push({
      article: g.name,
      split: g.split,
      claim: gold.claim,
      evidence: `${gold.evidence.id}: ${gold.evidence.text} (${shared} of the claim's ${claim.terms.size} words${gotIt ? ", retrieved" : ""})`,
      reason: o.reason,
      best,
      cause,
    });
  });
  return out;
}

const args = process.argv.slice(2);
const only = args.flatMap((a, k) => (args[k - 1] === "--split" ? [a] : []));
const quiet = args.includes("--quiet");
const set = readGoldSet(repoFile("fixtures/support")).filter(
  (g) => only.length === 0 || only.includes(g.split),
);
const misses = set.flatMap(missesOf);
if (!quiet)
  for (const m of misses)
    console.log(
      [
        `${m.split} ${m.article}: ${m.claim}`,
        `  gold:   ${m.evidence}`,
        `  rated:  ${m.reason}`,
        `  best:   ${m.best}`,
        `  cause:  ${m.cause}`,
      ].join("\n"),
    );
const parts = SPLITS.filter((s) => misses.some((m) => m.split === s));
console.log(`\nretrieval misses by cause (gold supported, contradicted or overreach rated not-found)`);
console.log(
  ["cause".padEnd(52), ...parts.map((p) => p.replace("heldout", "ho").padStart(6)), "  all"].join(" "),
);
for (const c of CAUSES)
  console.log(
    [
      c.padEnd(52),
      ...parts.map((p) => String(misses.filter((m) => m.split === p && m.cause === c).length).padStart(6)),
      String(misses.filter((m) => m.cause === c).length).padStart(5),
    ].join(" "),
  );
console.log(
  [
    "all".padEnd(52),
    ...parts.map((p) => String(misses.filter((m) => m.split === p).length).padStart(6)),
    String(misses.length).padStart(5),
  ].join(" "),
);
