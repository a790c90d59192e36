import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims } from "../../dist/claims/index.js";
import { traceAndAttribute } from "../../dist/pipeline/attribute.js";
import { confidenceOf } from "../../dist/support/gate.js";
import { type SentenceRating, SupportRater } from "../../dist/support/index.js";
import type { SupportConfidence, SupportStatus } from "../../dist/support/types.js";
import { createDocument, type Document } from "../../dist/text/document.js";

/** One gold rating of the support set (fixtures/support). */
export interface GoldClaim {
  status: SupportStatus;
  subject: "author" | "attributed";
  /** Text inside the claim's sentence. */
  claim: string;
  /** Id of the evidence document (`article` for the article itself) and text inside the evidence sentence. */
  evidence?: { id: string; text: string };
}

/** One article of the support set with its sources and gold ratings. */
/** The parts of the set, in the order they were written. */
export const SPLITS = [
  "tune",
  "heldout",
  "heldout-2",
  "heldout-3",
  "heldout-4",
  "heldout-5",
  "heldout-6",
  "heldout-7",
  "heldout-8",
  "heldout-9",
  "heldout-10",
  "heldout-11",
  "heldout-12",
  "heldout-13",
  "heldout-14",
  "heldout-15",
  "heldout-16",
  "heldout-17",
  "heldout-18",
  "heldout-19",
  "heldout-20",
  "heldout-21",
  "heldout-22",
  "heldout-23",
] as const;
export type Split = (typeof SPLITS)[number];

export interface GoldArticle {
  name: string;
  shape: string;
  /**
   * `heldout-2` was written after `heldout` had been read, `heldout-3` after `heldout-2` had been read,
   * `heldout-4` by someone else, blind to the rules, measured once and then read; `heldout-5` by someone
   * else again, blind, measured once and then read; `heldout-6` by someone else again, blind, measured once
   * and then read; `heldout-7` by someone else again, blind, measured once and then read; `heldout-8` by someone else again,
   * blind, measured once and then read; `heldout-9` by someone else again,
   * blind, measured once and then read; `heldout-10` by someone else again, blind, measured once and then read;
   * `heldout-11` by someone else again, blind, measured once and then read;
   * `heldout-12` by someone else again, blind, measured once and then read;
   * `heldout-13` by someone else again, blind, measured once and then read;
   * `heldout-14` by someone else again, blind, measured once and then read;
   * `heldout-15` by someone else again, blind, measured once and then read;
   * `heldout-16` by someone else again, blind, measured once and then read;
   * `heldout-17` by someone else again, blind, measured once and then read;
   * `heldout-18` by someone else again, blind, measured once and then read;
   * `heldout-19` by someone else again, blind, measured once and then read;
   * `heldout-20` by someone else again, blind, measured once and then read;
   * `heldout-21` by someone else again, blind, measured once and then read;
   * `heldout-22` by someone else again, blind, measured once and then read;
   * `heldout-23` by someone else again, blind, measured once.
   */
  split: Split;
  article: string;
  sources: { id: string; text: string }[];
  gold: GoldClaim[];
}

const STATUSES = new Set(["supported", "contradicted", "overreach", "not-found"]);

/** Parse one file of the support set; throws on a malformed line, naming the file. */
export function parseGoldArticle(name: string, text: string): GoldArticle {
  const fail = (why: string): never => {
    throw new Error(`${name}: ${why}`);
  };
  const header = /^shape: (\S+)\nsplit: (\S+)\n/.exec(text) ?? fail("no shape/split header");
  const split = SPLITS.find((s) => s === header[2]) ?? fail(`unknown split ${header[2]}`);
  const parts = text.split(/^--- /m).slice(1);
  const sources: GoldArticle["sources"] = [];
  let article: string | undefined;
  let gold: GoldClaim[] = [];
  for (const part of parts) {
    const nl = part.indexOf("\n");
    const head = part.slice(0, nl);
    const body = part.slice(nl + 1).trim();
    if (head.startsWith("source ")) sources.push({ id: head.slice(7).trim(), text: body });
    else if (head === "article") article = body;
    else if (head === "gold")
      gold = body.split("\n").map((line) => {
        const [status, subject, claim, evidence] = line.split("|").map((s) => s.trim());
        if (!STATUSES.has(status)) fail(`bad status in: ${line}`);
        if (subject !== "author" && subject !== "attributed") fail(`bad subject in: ${line}`);
        const g: GoldClaim = {
          status: status as SupportStatus,
          subject: subject as GoldClaim["subject"],
          claim,
        };
        if (evidence) {
          const colon = evidence.indexOf(": ");
          g.evidence = { id: evidence.slice(0, colon), text: evidence.slice(colon + 2) };
        }
        if ((status === "not-found") !== !g.evidence)
          fail(`evidence must be given exactly when found: ${line}`);
        return g;
      });
    else fail(`unknown part: ${head}`);
  }
  if (!article) fail("no article");
  return {
    name,
    shape: header[1],
    split,
    article: article as string,
    sources,
    gold,
  };
}

/** Every article of the support set in `dir`, in file-name order. */
export function readGoldSet(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseGoldArticle(f, readFileSync(join(dir, f), "utf8")));
}

/** The outcome of one gold claim. */
export interface ClaimOutcome {
  article: string;
  split: GoldArticle["split"];
  gold: GoldClaim;
  /** The predicted status, or `unrated` when the pipeline gave the sentence another voice. */
  predicted: SupportStatus | "unrated";
  /** The predicted evidence passage overlaps the gold evidence sentence. */
  evidenceCorrect: boolean;
  /** The claims layer reports the sentence as a claim (so the report carries the rating). */
  extracted: boolean;
  /** The rule that decided the rating (`match`, `quantity`, `hedge`, …), or `unrated`. */
  rule: string;
  /** For contradicted and overreach, what the precision gate makes of the rating (src/support/gate.ts). */
  confidence?: SupportConfidence;
  reason: string;
  evidenceText?: string;
}

/** The sentence of `doc` that holds `text`, or throws. */
function sentenceHolding(doc: Document, text: string, where: string): number {
  const at = doc.text.indexOf(text);
  if (at < 0) throw new Error(`${where}: text not found: ${text}`);
  const i = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (i < 0) throw new Error(`${where}: text outside sentences: ${text}`);
  return i;
}

const SEVERITY = { supported: 0, "not-found": 1, overreach: 2, contradicted: 3 } as const;

/**
 * The rating a gold line is scored against: the smallest claim of the sentence whose span holds
 * the gold text; when the gold text spans several claims, the most serious rating of those it
 * spans (as the sentence's rating is the most serious of all its claims: a claim of the sentence
 * the gold line does not name is not scored with it); the sentence's own rating when it makes one
 * claim.
 */
function unitHolding(
  r: SentenceRating | undefined,
  at: number,
  length: number,
): Pick<SentenceRating, "status" | "rule" | "reason" | "evidence"> | undefined {
  const units = r?.units ?? [];
  const holding = units.filter((u) => u.start <= at && at + length <= u.end);
  if (holding.length > 0) return holding.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  const spanned = units.filter((u) => u.start < at + length && at < u.end);
  if (spanned.length === 0) return r;
  return spanned.reduce((a, b) => (SEVERITY[b.status] > SEVERITY[a.status] ? b : a));
}

/** One gold article run through the pipeline: its documents, the rater and the claims layer's report. */
export interface GoldRun {
  article: Document;
  rater: SupportRater;
  /** The article and its sources by id. */
  docs: Map<string, Document>;
  claims: ReturnType<typeof extractClaims>;
  voices: ReturnType<typeof traceAndAttribute>["voices"];
}

/** Run the pipeline on one gold article, as the CLI does. */
export function runGoldArticle(g: GoldArticle): GoldRun {
  const article = createDocument(g.article, { id: "article" });
  const sources = g.sources.map((s) => createDocument(s.text, { id: s.id }));
  const { trace, voices } = traceAndAttribute(article, sources);
  const { matches } = trace;
  const rater = new SupportRater(article, {
    sentenceVoices: voices.sentenceVoices,
    quotes: voices.quotes,
    attributions: voices.attributions,
    reproduced: voices.reproduced,
    matches,
    sources,
  });
  const claims = extractClaims(article, {
    sentenceVoices: voices.sentenceVoices,
    sources,
    matches,
    sourced: (i) => rater.speaksOf(i),
    rated: (i) => rater.rates(i),
  });
  const docs = new Map<string, Document>([["article", article], ...sources.map((s) => [s.id, s] as const)]);
  return { article, rater, docs, claims, voices };
}

/** The sentence of the gold article's document `id` that holds `text`, or throws. */
export function goldSentence(run: GoldRun, g: GoldArticle, id: string, text: string): number {
  const doc = run.docs.get(id);
  if (!doc) throw new Error(`${g.name}: unknown evidence document ${id}`);
  return sentenceHolding(doc, text, g.name);
}

/** Run the pipeline on one gold article and compare every gold claim with its rating. */
export function scoreGoldArticle(g: GoldArticle, run: GoldRun = runGoldArticle(g)): ClaimOutcome[] {
  const { article, rater, docs, claims, voices } = run;
  return g.gold.map((gold) => {
    const i = sentenceHolding(article, gold.claim, g.name);
    const r = unitHolding(rater.rate(i), article.text.indexOf(gold.claim), gold.claim.length);
    let evidenceCorrect = false;
    let evidenceText: string | undefined;
    if (r?.evidence) {
      const doc = docs.get(r.evidence.id) as Document;
      evidenceText = doc.text.slice(r.evidence.start, r.evidence.end);
      if (gold.evidence) {
        const gd = docs.get(gold.evidence.id) ?? (undefined as never);
        if (!gd) throw new Error(`${g.name}: unknown evidence document ${gold.evidence.id}`);
        const gs = gd.sentences[sentenceHolding(gd, gold.evidence.text, g.name)];
        // A window of two neighbouring sentences is right when one of them is the gold one.
        evidenceCorrect =
          r.evidence.id === gold.evidence.id && r.evidence.start < gs.end && gs.start < r.evidence.end;
      }
    } else if (gold.evidence) {
      const gd = docs.get(gold.evidence.id);
      if (!gd) throw new Error(`${g.name}: unknown evidence document ${gold.evidence.id}`);
      sentenceHolding(gd, gold.evidence.text, g.name);
    }
    return {
      article: g.name,
      split: g.split,
      gold,
      predicted: r?.status ?? "unrated",
      evidenceCorrect,
      extracted: claims.claims.some((c) => c.sentence === i),
      rule: r?.rule ?? "unrated",
      confidence: r ? confidenceOf(r, article.id) : undefined,
      reason: r ? `${r.rule}: ${r.reason}` : `voice ${voices.sentenceVoices[i]?.kind}`,
      evidenceText,
    };
  });
}

/** Scores of a list of outcomes. */
export interface SupportScores {
  claims: number;
  accuracy4: number;
  /** Overreach counted as contradicted: supported / contradicted / not-found. */
  accuracy3: number;
  /** FEVER score: the status is right and, unless it is not-found, so is the evidence passage. */
  fever: number;
  extracted: number;
  perClass: {
    status: SupportStatus;
    gold: number;
    predicted: number;
    precision: number;
    recall: number;
    f1: number;
  }[];
}

const merge3 = (s: string) => (s === "overreach" ? "contradicted" : s);

/** Accuracy, FEVER score and per-class precision/recall of outcomes. */
export function scoreOutcomes(outs: ClaimOutcome[]): SupportScores {
  const n = outs.length || 1;
  const perClass = (["supported", "contradicted", "overreach", "not-found"] as const).map((status) => {
    const gold = outs.filter((o) => o.gold.status === status).length;
    const predicted = outs.filter((o) => o.predicted === status).length;
    const tp = outs.filter((o) => o.gold.status === status && o.predicted === status).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = gold ? tp / gold : 0;
    return {
      status,
      gold,
      predicted,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    };
  });
  return {
    claims: outs.length,
    accuracy4: outs.filter((o) => o.predicted === o.gold.status).length / n,
    accuracy3: outs.filter((o) => merge3(o.predicted) === merge3(o.gold.status)).length / n,
    fever:
      outs.filter(
        (o) => o.predicted === o.gold.status && (o.gold.status === "not-found" || o.evidenceCorrect),
      ).length / n,
    extracted: outs.filter((o) => o.extracted).length / n,
    perClass,
  };
}

/**
 * Precision and recall of `status` over outcomes, counting as predicted only the ratings `counts`
 * keeps (every rating, or the firm ones the gate lets through as findings): [right, predicted,
 * gold, precision, recall].
 */
export function precisionOf(
  outs: ClaimOutcome[],
  status: "contradicted" | "overreach",
  counts: (o: ClaimOutcome) => boolean = () => true,
): { right: number; predicted: number; gold: number; precision: number; recall: number } {
  const predicted = outs.filter((o) => o.predicted === status && counts(o));
  const right = predicted.filter((o) => o.gold.status === status).length;
  const gold = outs.filter((o) => o.gold.status === status).length;
  return {
    right,
    predicted: predicted.length,
    gold,
    precision: predicted.length ? right / predicted.length : 0,
    recall: gold ? right / gold : 0,
  };
}

/** The parts written blind, by someone who never read the rules: held-out 4 on. */
export const BLIND_WRITTEN: readonly Split[] = SPLITS.slice(SPLITS.indexOf("heldout-4"));

/** How often one rating rule gave one status, and how often the gold agreed. */
export interface RuleFiring {
  status: SupportStatus;
  rule: string;
  /** Per part, and `blind` for the parts written blind pooled: [right, predicted]. */
  parts: Map<Split | "blind", [number, number]>;
}

/**
 * The precision of each rule that rates a claim `contradicted` or `overreach`, per part and over
 * the parts written blind pooled. The status is part of the key: `stage` contradicts (a stage the
 * passage places still to come) and overreaches (a later stage than the passage gives).
 */
export function scoreRules(outs: ClaimOutcome[]): RuleFiring[] {
  const firings = new Map<string, RuleFiring>();
  for (const o of outs) {
    if (o.predicted !== "contradicted" && o.predicted !== "overreach") continue;
    const key = `${o.predicted}/${o.rule}`;
    let f = firings.get(key);
    if (!f) {
      f = { status: o.predicted, rule: o.rule, parts: new Map() };
      firings.set(key, f);
    }
    const right = o.gold.status === o.predicted ? 1 : 0;
    for (const part of BLIND_WRITTEN.includes(o.split) ? [o.split, "blind" as const] : [o.split]) {
      const [r, n] = f.parts.get(part) ?? [0, 0];
      f.parts.set(part, [r + right, n + 1]);
    }
  }
  return [...firings.values()].sort(
    (a, b) =>
      a.status.localeCompare(b.status) || (b.parts.get("blind")?.[1] ?? 0) - (a.parts.get("blind")?.[1] ?? 0),
  );
}
