import { authorRuns, type RhetoricLexicon, type Technique } from "../../dist/rhetoric/index.js";
import { fileSpan, overlap, type PreparedArticle, type PtcSpan, predictPtc, spanScores } from "./ptc.js";

/** Longest cue learned, in tokens. */
export const MAX_WORDS = 4;

/** How often one n-gram occurs in the author voice of one article, and how much gold covers it. */
interface NgramStats {
  n: number;
  /** Per technique label: the summed share of each occurrence's characters inside its gold spans. */
  covered: Map<string, number>;
}

/**
 * Every n-gram (1 to {@link MAX_WORDS} tokens, first and last a word) in the author voice of an
 * article, with how often it occurs and how much of it gold spans of each technique cover: the
 * SemEval-2020 precision of the n-gram as a cue, before any choice.
 */
export function ngramStats(a: PreparedArticle): Map<string, NgramStats> {
  const out = new Map<string, NgramStats>();
  const { doc } = a;
  for (const [from, to] of authorRuns(a.doc, a.context)) {
    for (let i = from; i < to; i++) {
      if (doc.tokens[i].kind !== "word") continue;
      let key = "";
      for (let n = 1; n <= MAX_WORDS && i + n <= to; n++) {
        const last = doc.tokens[i + n - 1];
        key = n === 1 ? last.key : `${key} ${last.key}`;
        if (last.kind !== "word") continue;
        const span = fileSpan(doc, doc.tokens[i].start, last.end);
        const s = out.get(key) ?? { n: 0, covered: new Map<string, number>() };
        s.n++;
        const byLabel = new Map<string, number>();
        for (const g of a.gold) {
          const o = overlap(span, g);
          if (o > 0) byLabel.set(g.label, (byLabel.get(g.label) ?? 0) + o);
        }
        for (const [label, o] of byLabel)
          s.covered.set(label, (s.covered.get(label) ?? 0) + Math.min(1, o / (span.end - span.start)));
        out.set(key, s);
      }
    }
  }
  return out;
}

/** An n-gram's statistics over a set of articles. */
export interface Pooled {
  n: number;
  articles: number;
  covered: Map<string, number>;
}

/** The statistics of every n-gram over the given articles' tables. */
export function pool(tables: Map<string, NgramStats>[]): Map<string, Pooled> {
  const out = new Map<string, Pooled>();
  for (const table of tables)
    for (const [key, s] of table) {
      const p = out.get(key) ?? { n: 0, articles: 0, covered: new Map<string, number>() };
      p.n += s.n;
      p.articles++;
      for (const [label, c] of s.covered) p.covered.set(label, (p.covered.get(label) ?? 0) + c);
      out.set(key, p);
    }
  return out;
}

/** What makes an n-gram a cue of a technique. */
export interface CueRule {
  /** Learn n-grams from the data; when false, only the hand-written candidates are kept. */
  mined: boolean;
  /** Occurrences in the author voice of the articles learned from, at least. */
  minCount: number;
  /** Distinct articles it occurs in, at least: a phrase one outlet repeats is not a cue. */
  minArticles: number;
  /**
   * Share of its characters inside gold spans of the technique, at least: the lower end of the
   * Wilson score interval (z = 1) of that share, so a cue seen three times counts for less than
   * one seen thirty times at the same rate.
   */
  minPrecision: number;
}

/** Lower end of the Wilson score interval, z = 1, of a rate `hits / n` (Wilson 1927). */
export function wilsonLower(hits: number, n: number): number {
  if (n === 0) return 0;
  const p = hits / n;
  const z2 = 1;
  return (p + z2 / (2 * n) - Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/**
 * The cues of each technique under its rule: the n-grams whose precision for the technique
 * clears the rule, each given to the technique it is most precise for (a cue is one technique's).
 * Hand-written candidates (`seeded`) were chosen before reading the data, so they need only
 * the precision bar, however few their occurrences.
 */
export function chooseCues(
  pooled: Map<string, Pooled>,
  rules: Map<string, CueRule>,
  seeded: Map<string, string>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, p] of pooled) {
    let best: { label: string; precision: number } | undefined;
    for (const [label, c] of p.covered) {
      const rule = rules.get(label);
      if (!rule) continue;
      const precision = wilsonLower(c, p.n);
      const seed = seeded.get(key) === label;
      const enough = seed || (rule.mined && p.n >= rule.minCount && p.articles >= rule.minArticles);
      if (enough && precision >= rule.minPrecision && (!best || precision > best.precision))
        best = { label, precision };
    }
    if (best) out.set(best.label, [...(out.get(best.label) ?? []), key]);
  }
  return out;
}

/** A lexicon of the chosen cues, every technique in use (the gate is what is being measured). */
export function lexiconOf(
  cues: Map<string, string[]>,
  describe: (label: string) => Pick<Technique, "rule" | "explanation">,
): RhetoricLexicon {
  return {
    techniques: [...cues].map(([label, list]) => ({
      label,
      ...describe(label),
      gate: { checked: true, precision: 0, recall: 0, predictions: 0 },
      cues: [...list].sort(),
    })),
  };
}

/** The fold of a train article (its index in id order, modulo `folds`). */
export const foldOf = (index: number, folds: number): number => index % folds;

/** Cross-validated scores of one technique: predictions on held-out folds against their gold. */
export interface CvScore {
  precision: number;
  recall: number;
  f1: number;
  predictions: number;
}

/**
 * Cross-validate a cue rule, the same for every technique: for each fold, choose cues on the
 * other folds' articles and flag the held-out fold's with them; score each technique on all
 * held-out flags together (SemEval-2020 character overlap, same technique).
 */
export function crossValidate(
  articles: PreparedArticle[],
  tables: Map<string, NgramStats>[],
  rule: CueRule,
  labels: string[],
  seeded: Map<string, string>,
  describe: (label: string) => Pick<Technique, "rule" | "explanation">,
  folds: number,
): Map<string, CvScore> {
  const rules = new Map(labels.map((l) => [l, rule]));
  const runs: { predicted: PtcSpan[]; gold: PtcSpan[] }[] = [];
  for (let k = 0; k < folds; k++) {
    const pooled = pool(tables.filter((_, i) => foldOf(i, folds) !== k));
    const lex = lexiconOf(chooseCues(pooled, rules, seeded), describe);
    articles.forEach((a, i) => {
      if (foldOf(i, folds) === k) runs.push({ predicted: predictPtc(a, {}, lex), gold: a.gold });
    });
  }
  return new Map(
    labels.map((label) => {
      const only = runs.map((r) => ({
        predicted: r.predicted.filter((p) => p.label === label),
        gold: r.gold.filter((g) => g.label === label),
      }));
      const s = spanScores(only, true);
      return [label, { precision: s.precision, recall: s.recall, f1: s.f1, predictions: s.predicted }];
    }),
  );
}
