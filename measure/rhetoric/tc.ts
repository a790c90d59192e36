import type { RhetoricLexicon } from "../../dist/rhetoric/index.js";
import { tokenize } from "../../dist/text/tokenize.js";
import type { PtcArticle } from "./ptc.js";

/** Length buckets, in tokens, of the fallback: a one-word span is rarely Doubt, a sentence rarely Loaded_Language. */
const BUCKETS = [1, 2, 3, 5, 8, 13, 21];
const bucketOf = (n: number) => BUCKETS.findIndex((b) => n <= b) + 1 || BUCKETS.length + 1;

const keysOf = (text: string): string[] => tokenize(text).map((t) => t.key);

/**
 * A technique classifier for gold spans, the TC task of SemEval-2020 Task 11 in its cheapest
 * form: the technique of the longest lexicon cue inside the span (every technique, checked or
 * experimental), else the most frequent technique of train spans of the same length. With
 * `cues: false`, the length prior alone (the baseline the cues are measured against).
 */
export function spanClassifier(
  train: PtcArticle[],
  lex: RhetoricLexicon,
  cues = true,
): (spanText: string) => string {
  const counts = new Map<number, Map<string, number>>();
  for (const a of train)
    for (const g of a.gold) {
      const b = bucketOf(keysOf(a.text.slice(g.start, g.end)).length);
      const m = counts.get(b) ?? new Map<string, number>();
      m.set(g.label, (m.get(g.label) ?? 0) + 1);
      counts.set(b, m);
    }
  const prior = new Map(
    [...counts].map(([b, m]) => [b, [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0]]),
  );
  const overall = prior.get(1) ?? "Loaded_Language";
  const list = lex.techniques.flatMap((t) => t.cues.map((c) => ({ words: c.split(" "), label: t.label })));
  list.sort((x, y) => y.words.length - x.words.length);
  return (spanText) => {
    const keys = keysOf(spanText);
    if (cues)
      for (const c of list)
        for (let i = 0; i + c.words.length <= keys.length; i++)
          if (c.words.every((w, k) => w === "*" || keys[i + k] === w)) return c.label;
    return prior.get(bucketOf(keys.length)) ?? overall;
  };
}

/** Micro-F1 of a classifier over every gold span: one label each, so it equals accuracy. */
export function tcMicroF1(articles: PtcArticle[], classify: (spanText: string) => string): number {
  let right = 0;
  let all = 0;
  for (const a of articles)
    for (const g of a.gold) {
      all++;
      if (classify(a.text.slice(g.start, g.end)) === g.label) right++;
    }
  return all ? right / all : 0;
}
