import {
  authorRuns,
  GATE_MIN_FLAGS,
  type RhetoricLexicon,
  type Technique,
} from "../../dist/rhetoric/index.js";
import { fileSpan, overlap, type PreparedArticle, type PtcSpan, predictPtc, spanScores } from "./ptc.js";

/**
 * A technique is flagged by default when the lower end of the Wilson 90% interval of its
 * nested cross-validated precision is at least this: a precision of 0.6 that the held-out flags
 * make sure of, not one they merely reach (30 flags at 0.60 leave the interval at 0.45 to 0.73).
 */
export const GATE_PRECISION = 0.6;
/**
 * Whether held-out figures check a technique by default: the Wilson 90% lower end of the
 * precision at least {@link GATE_PRECISION}, over at least GATE_MIN_FLAGS flags (25, fixed
 * before the tuner's results were read; src/rhetoric/lexicon.ts says why).
 */
export const passesGate = (cv: { lower: number; predictions: number }): boolean =>
  cv.lower >= GATE_PRECISION && cv.predictions >= GATE_MIN_FLAGS;

/** Folds of the train part, by passage group, for the outer and the inner cross-validation. */
export const FOLDS = 5;

/** Longest cue learned, in tokens. */
export const MAX_WORDS = 4;

/** How often one n-gram occurs in the author voice of one article, and how much gold covers it. */
interface NgramStats {
  n: number;
  /** Per technique label: the summed share of each occurrence's characters inside its gold spans. */
  covered: Map<string, number>;
}

/** Longest class pattern learned, in tokens ("@intens @charged @group"). */
export const MAX_CLASS_WORDS = 3;
/** Most patterns one window of tokens yields: words in several classes multiply them. */
const MAX_VARIANTS = 16;

/** Per word, the names of the classes it belongs to ("vile" → ["@charged"]). */
export function classIndex(classes: Record<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, words] of Object.entries(classes))
    for (const w of words) out.set(w, [...(out.get(w) ?? []), name]);
  return out;
}

/**
 * The keys a window of token keys counts as: the words themselves and, up to
 * {@link MAX_CLASS_WORDS} tokens, every pattern with some of its words replaced by a class they
 * belong to, so "so vile" also counts as "@intens vile", "so @charged" and "@intens @charged".
 */
export function windowKeys(keys: string[], byWord: Map<string, string[]>): string[] {
  let out = [""];
  const classed = keys.length <= MAX_CLASS_WORDS;
  for (const k of keys) {
    const options = [k, ...(classed ? (byWord.get(k) ?? []) : [])];
    const next: string[] = [];
    for (const prefix of out)
      for (const o of options) if (next.length < MAX_VARIANTS) next.push(prefix ? `${prefix} ${o}` : o);
    out = next;
  }
  return out;
}

/**
 * Every n-gram (1 to {@link MAX_WORDS} tokens, first and last a word) in the author voice of an
 * article, with its class patterns ({@link windowKeys}), how often each occurs and how much of it
 * gold spans of each technique cover: the SemEval-2020 precision of the n-gram as a cue, before
 * any choice.
 */
export function ngramStats(
  a: PreparedArticle,
  byWord: Map<string, string[]> = new Map(),
): Map<string, NgramStats> {
  const out = new Map<string, NgramStats>();
  const { doc } = a;
  for (const [from, to] of authorRuns(a.doc, a.context)) {
    for (let i = from; i < to; i++) {
      if (doc.tokens[i].kind !== "word") continue;
      const keys: string[] = [];
      for (let n = 1; n <= MAX_WORDS && i + n <= to; n++) {
        const last = doc.tokens[i + n - 1];
        keys.push(last.key);
        if (last.kind !== "word") continue;
        const span = fileSpan(doc, doc.tokens[i].start, last.end);
        const byLabel = new Map<string, number>();
        for (const g of a.gold) {
          const o = overlap(span, g);
          if (o > 0) byLabel.set(g.label, (byLabel.get(g.label) ?? 0) + o);
        }
        for (const key of new Set(windowKeys(keys, byWord))) {
          const s = out.get(key) ?? { n: 0, covered: new Map<string, number>() };
          s.n++;
          for (const [label, o] of byLabel)
            s.covered.set(label, (s.covered.get(label) ?? 0) + Math.min(1, o / (span.end - span.start)));
          out.set(key, s);
        }
      }
    }
  }
  return out;
}

/** An n-gram's statistics over a set of articles. */
export interface Pooled {
  n: number;
  /** Distinct articles it occurs in, articles that share a passage counting once. */
  articles: number;
  covered: Map<string, number>;
}

/**
 * The statistics of every n-gram over the given articles' tables; `groups` (one id per table,
 * see passages.ts) makes articles that share a passage count as one article.
 */
export function pool(
  tables: Map<string, NgramStats>[],
  groups: number[] = tables.map((_, i) => i),
): Map<string, Pooled> {
  const out = new Map<string, Pooled>();
  const seenIn = new Map<string, Set<number>>();
  for (const [t, table] of tables.entries())
    for (const [key, s] of table) {
      const p = out.get(key) ?? { n: 0, articles: 0, covered: new Map<string, number>() };
      p.n += s.n;
      const seen = seenIn.get(key) ?? new Set<number>();
      seen.add(groups[t]);
      seenIn.set(key, seen);
      p.articles = seen.size;
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

/** z of a two-sided 90% interval: the gate's bar is the lower end of the Wilson 90% interval. */
export const Z90 = 1.645;

/**
 * Lower end of the Wilson score interval of a rate `hits / n` (Wilson 1927), z = 1 unless
 * given. `hits` may be fractional (a sum of character-overlap shares), which treats each flag as
 * a trial worth its share: an approximation, but one that still shrinks with fewer flags.
 */
export function wilsonLower(hits: number, n: number, z = 1): number {
  if (n === 0) return 0;
  const p = hits / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
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
  const precisionOf = new Map<string, number>();
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
    if (best) {
      out.set(best.label, [...(out.get(best.label) ?? []), key]);
      precisionOf.set(key, best.precision);
    }
  }
  // The longest cue at a token wins, so a cue that holds a shorter cue of its technique takes over
  // the shorter one's occurrences there: when it is no more precise, the words it adds are
  // characters gold leaves out ("the american people" where PTC marks "american people"), and the
  // shorter cue alone flags the same places more precisely.
  for (const [label, list] of out) {
    const kept = list.filter(
      (long) =>
        !list.some(
          (short) =>
            short !== long &&
            ` ${long} `.includes(` ${short} `) &&
            (precisionOf.get(short) ?? 0) >= (precisionOf.get(long) ?? 0),
        ),
    );
    out.set(label, kept);
  }
  return out;
}

/** A lexicon of the chosen cues, every technique in use (the gate is what is being measured). */
export function lexiconOf(
  cues: Map<string, string[]>,
  describe: (label: string) => Pick<Technique, "rule" | "explanation">,
  classes: Record<string, string[]> = {},
): RhetoricLexicon {
  return {
    classes,
    techniques: [...cues].map(([label, list]) => ({
      label,
      ...describe(label),
      gate: { checked: true, precision: 0, lower: 0, recall: 0, predictions: 0 },
      cues: [...list].sort(),
    })),
  };
}

/** Held-out scores of one technique: its flags on articles its cues were not learned from. */
export interface CvScore {
  precision: number;
  recall: number;
  f1: number;
  predictions: number;
  /** Lower end of the Wilson 90% interval of the precision, over `predictions` flags. */
  lower: number;
}

/** What the learning reads: the articles, their n-gram tables, the seeds and the rule names. */
export interface LearnSet {
  articles: PreparedArticle[];
  tables: Map<string, NgramStats>[];
  /** Per article, its passage group (passages.ts): articles that share a passage count once. */
  groups: number[];
  /** Per article, its fold (0 to `folds` - 1); a passage group lies in one fold. */
  fold: number[];
  labels: string[];
  seeded: Map<string, string>;
  describe: (label: string) => Pick<Technique, "rule" | "explanation">;
  folds: number;
  /** The word classes class patterns name (see {@link windowKeys}). */
  classes?: Record<string, string[]>;
}

/** Only the n-grams that could be cues: some gold covers them, or they are hand-written seeds. */
function candidatesOnly(pooled: Map<string, Pooled>, seeded: Map<string, string>): Map<string, Pooled> {
  const out = new Map<string, Pooled>();
  for (const [key, p] of pooled) if (p.covered.size > 0 || seeded.has(key)) out.set(key, p);
  return out;
}

/**
 * The pooled n-gram statistics of the articles outside the given folds, each set computed once:
 * the nested cross-validation asks for the same sets many times.
 */
export function poolsWithout(set: LearnSet): (excluded: number[]) => Map<string, Pooled> {
  const cache = new Map<string, Map<string, Pooled>>();
  return (excluded) => {
    const key = [...excluded].sort().join(",");
    let p = cache.get(key);
    if (!p) {
      const kept = set.tables.map((_, i) => i).filter((i) => !excluded.includes(set.fold[i]));
      p = candidatesOnly(
        pool(
          kept.map((i) => set.tables[i]),
          kept.map((i) => set.groups[i]),
        ),
        set.seeded,
      );
      cache.set(key, p);
    }
    return p;
  };
}

/** Flags and gold of one technique on some articles, to score together. */
type Runs = { predicted: PtcSpan[]; gold: PtcSpan[] }[];

/** Score each technique over runs (SemEval-2020 character overlap, same technique). */
export function scoreRuns(runs: Runs, labels: string[]): Map<string, CvScore> {
  return new Map(
    labels.map((label) => {
      const only = runs.map((r) => ({
        predicted: r.predicted.filter((p) => p.label === label),
        gold: r.gold.filter((g) => g.label === label),
      }));
      const s = spanScores(only, true);
      const lower = wilsonLower(s.precision * s.predicted, s.predicted, Z90);
      return [label, { precision: s.precision, recall: s.recall, f1: s.f1, predictions: s.predicted, lower }];
    }),
  );
}

/** Cues chosen on the pool under per-technique rules, run on the articles of one fold. */
function runFold(
  set: LearnSet,
  pooled: Map<string, Pooled>,
  rules: Map<string, CueRule>,
  fold: number,
): Runs {
  const lex = lexiconOf(chooseCues(pooled, rules, set.seeded), set.describe, set.classes);
  const runs: Runs = [];
  set.articles.forEach((a, i) => {
    if (set.fold[i] === fold) runs.push({ predicted: predictPtc(a, {}, lex), gold: a.gold });
  });
  return runs;
}

/**
 * Cross-validate every rule of the grid on the folds not excluded: for each such fold, choose
 * cues on the other such folds' articles and flag the fold's (folds are by passage group, so a cue
 * is never scored on an article it was learned from, nor on a copy of one). Per rule, each technique's held-out score.
 */
export function crossValidate(
  set: LearnSet,
  grid: CueRule[],
  excluded: number[],
  pools: (excluded: number[]) => Map<string, Pooled>,
): Map<string, CvScore>[] {
  const inner = Array.from({ length: set.folds }, (_, k) => k).filter((k) => !excluded.includes(k));
  return grid.map((rule) => {
    const rules = new Map(set.labels.map((l) => [l, rule]));
    const runs = inner.flatMap((k) => runFold(set, pools([...excluded, k]), rules, k));
    return scoreRuns(runs, set.labels);
  });
}

/**
 * The rule a technique learns its cues by: the one whose held-out precision has the highest
 * lower Wilson 90% bound, so a precise rule with many flags beats a rule as precise over a few
 * (and a lucky handful of flags wins nothing). None when no rule flags anything.
 */
export function bestRule(
  grid: CueRule[],
  scores: Map<string, CvScore>[],
  label: string,
): { rule: CueRule; cv: CvScore } | undefined {
  let best: { rule: CueRule; cv: CvScore } | undefined;
  grid.forEach((rule, r) => {
    const cv = scores[r].get(label) as CvScore;
    if (cv.predictions === 0) return;
    if (
      !best ||
      cv.lower > best.cv.lower ||
      (cv.lower === best.cv.lower && cv.predictions > best.cv.predictions)
    )
      best = { rule, cv };
  });
  return best;
}

/**
 * Nested cross-validation by passage group (Varma & Simon 2006): for each outer fold, the rule of each
 * technique is chosen by {@link bestRule} on an inner cross-validation of the other folds only,
 * its cues learned on those folds, and the outer fold flagged. The pooled outer flags score the
 * whole procedure, rule choice included, on articles it never saw: the figure the gate reads.
 * (Choosing the rule on the same folds that score it picks the luckiest of many noisy figures.)
 */
export function nestedCrossValidate(
  set: LearnSet,
  grid: CueRule[],
  pools: (excluded: number[]) => Map<string, Pooled>,
): Map<string, CvScore> {
  const runs: Runs = [];
  for (let k = 0; k < set.folds; k++) {
    const inner = crossValidate(set, grid, [k], pools);
    const rules = new Map<string, CueRule>();
    for (const label of set.labels) {
      const best = bestRule(grid, inner, label);
      if (best) rules.set(label, best.rule);
    }
    runs.push(...runFold(set, pools([k]), rules, k));
  }
  return scoreRuns(runs, set.labels);
}
