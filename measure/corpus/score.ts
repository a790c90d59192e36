import type { ReuseCluster } from "../../dist/corpus/clusters.js";
import type { Truth } from "./generate.js";

/** How a corpus run compares with the generator's truth. */
export interface RunScore {
  /** Share of the (parent, copy) pairs among the store's candidate pairs. */
  candidateRecall: number;
  /** Share of the candidate pairs whose two documents belong to one family. */
  candidatePrecision: number;
  /** Pairwise: of the pairs of documents in one family, the share put in one cluster. */
  familyRecall: number;
  /** Pairwise: of the pairs of documents in one cluster, the share in one family. */
  familyPrecision: number;
  /** Share of the clusters whose earliest version is the original of the family most of it is from. */
  earliestAccuracy: number;
  /** Of the (parent, copy) pairs with an edge: the share pointing the right way, the wrong way, undecided. */
  direction: { right: number; wrong: number; undetermined: number; edges: number };
}

const key = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);
const pairsOf = (n: number): number => (n * (n - 1)) / 2;

/** Score the candidate pairs and clusters of a run against the truth. */
export function scoreRun(truth: Truth, candidates: [string, string][], clusters: ReuseCluster[]): RunScore {
  const family = new Map<string, string>();
  const original = new Map<string, string>();
  const parents = new Map<string, string>();
  for (const f of truth.families) {
    original.set(f.id, f.original);
    for (const m of f.members) {
      family.set(m.id, f.id);
      if (m.parent) parents.set(key(m.id, m.parent), m.parent);
    }
  }
  const found = new Set(candidates.map(([a, b]) => key(a, b)));
  const parentFound = [...parents.keys()].filter((k) => found.has(k)).length;
  const sameFamily = candidates.filter(([a, b]) => family.has(a) && family.get(a) === family.get(b)).length;

  let predicted = 0;
  let agreed = 0;
  let earliestRight = 0;
  const direction = { right: 0, wrong: 0, undetermined: 0, edges: 0 };
  for (const c of clusters) {
    predicted += pairsOf(c.members.length);
    const counts = new Map<string, number>();
    for (const m of c.members) {
      const f = family.get(m.id);
      if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    for (const n of counts.values()) agreed += pairsOf(n);
    const major = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    if (major && original.get(major[0]) === c.earliest) earliestRight++;
    for (const e of c.edges) {
      const parent = parents.get(key(e.from, e.to));
      if (!parent) continue;
      direction.edges++;
      if (e.direction === "undetermined") direction.undetermined++;
      else if (e.from === parent) direction.right++;
      else direction.wrong++;
    }
  }
  const truthPairs = truth.families.reduce((n, f) => n + pairsOf(f.members.length), 0);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 1);
  return {
    candidateRecall: ratio(parentFound, parents.size),
    candidatePrecision: ratio(sameFamily, candidates.length),
    familyRecall: ratio(agreed, truthPairs),
    familyPrecision: ratio(agreed, predicted),
    earliestAccuracy: ratio(earliestRight, clusters.length),
    direction,
  };
}
