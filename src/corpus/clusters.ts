import { maxOf } from "../collections.js";
import { compareDates } from "./align-pair.js";
import type { DocumentMeta, ReuseEdge } from "./types.js";

/** Tuning of {@link buildClusters}. */
export interface ClusterOptions {
  /**
   * An edge links two documents when at least this share of one of them lies in passages shared
   * with the other (default: 0.25, fixed before measuring: a quarter of a text taken from another
   * is a copy of it, a shared quotation or boilerplate paragraph is far less).
   */
  minCoverage: number;
}

/** The defaults of {@link ClusterOptions}. */
export const CLUSTER_DEFAULTS: ClusterOptions = { minCoverage: 0.25 };

/** One version of a reused text. */
export interface ClusterMember {
  id: string;
  location: string;
  title?: string;
  date?: string;
}

/** How the earliest version of a cluster was chosen. */
export type EarliestEvidence = "date" | "graph" | "undetermined";

/** Documents linked by reuse, the version they descend from, and the edges between them. */
export interface ReuseCluster {
  /** The id of the earliest version: stable whatever the order edges were computed in. */
  id: string;
  earliest: string;
  /**
   * `date`: the earliest dated among the versions nothing is known to derive from; `graph`: no
   * such version is dated, and this one is the source of the most others; `undetermined`: a tie,
   * broken by id.
   */
  earliestBy: EarliestEvidence;
  /** Members, dated ones by date, then undated ones, each group by id. */
  members: ClusterMember[];
  /** The linking edges, by `from` then `to`. */
  edges: ReuseEdge[];
}

/**
 * Reuse clusters: the connected components of the documents over the edges whose larger coverage
 * reaches `minCoverage`, each with its earliest version. The result depends only on the set of
 * edges, never on their order: the same corpus gives the same clusters however its alignment
 * work was split. Documents in no edge are in no cluster.
 */
export function buildClusters(
  documents: Iterable<DocumentMeta>,
  edges: Iterable<ReuseEdge>,
  options: Partial<ClusterOptions> = {},
): ReuseCluster[] {
  const o = { ...CLUSTER_DEFAULTS, ...options };
  const meta = new Map<string, DocumentMeta>();
  for (const d of documents) meta.set(d.id, d);
  const kept = [...edges]
    .filter((e) => Math.max(e.coverage.from, e.coverage.to) >= o.minCoverage)
    .filter((e) => e.from !== e.to && meta.has(e.from) && meta.has(e.to))
    .sort((x, y) => cmp(x.from, y.from) || cmp(x.to, y.to));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    // Path compression keeps later look-ups short.
    let y = x;
    while (y !== r) {
      const next = parent.get(y) as string;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const e of kept) {
    for (const id of [e.from, e.to]) if (!parent.has(id)) parent.set(id, id);
    const [ra, rb] = [find(e.from), find(e.to)];
    // The smaller id is the root, so the partition does not depend on the order of union.
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  }
  const groups = new Map<string, { ids: string[]; edges: ReuseEdge[] }>();
  for (const id of [...parent.keys()].sort(cmp)) {
    const root = find(id);
    const g = groups.get(root) ?? { ids: [], edges: [] };
    g.ids.push(id);
    groups.set(root, g);
  }
  for (const e of kept) groups.get(find(e.from))?.edges.push(e);
  const clusters = [...groups.values()].map((g) => cluster(g.ids, g.edges, meta));
  return clusters.sort((x, y) => cmp(x.id, y.id));
}

function cluster(ids: string[], edges: ReuseEdge[], meta: Map<string, DocumentMeta>): ReuseCluster {
  const derived = new Set(edges.filter((e) => e.direction !== "undetermined").map((e) => e.to));
  const roots = ids.filter((id) => !derived.has(id));
  // A cycle (dates contradicting other evidence) leaves no root: every member is then a candidate.
  const candidates = roots.length > 0 ? roots : ids;
  const dated = candidates.filter((id) => meta.get(id)?.date);
  let earliest: string;
  let earliestBy: EarliestEvidence;
  if (dated.length > 0) {
    earliest = dated.reduce((best, id) => (byDate(meta, id, best) < 0 ? id : best));
    earliestBy = "date";
  } else {
    const reach = (id: string) => descendants(id, edges).size;
    const most = maxOf(candidates.map(reach));
    const top = candidates.filter((id) => reach(id) === most);
    earliest = top[0];
    earliestBy = top.length === 1 && most > 0 ? "graph" : "undetermined";
  }
  const members = ids
    .map((id) => meta.get(id) as DocumentMeta)
    .sort((x, y) => byDate(meta, x.id, y.id))
    .map(({ id, location, title, date }) => ({
      id,
      location,
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
    }));
  return { id: earliest, earliest, earliestBy, members, edges };
}

// Dated before undated, then by date, then by id: a total order.
function byDate(meta: Map<string, DocumentMeta>, a: string, b: string): number {
  const da = meta.get(a)?.date;
  const db = meta.get(b)?.date;
  if (da && !db) return -1;
  if (db && !da) return 1;
  return compareDates(da, db) || cmp(da ?? "", db ?? "") || cmp(a, b);
}

function descendants(id: string, edges: ReuseEdge[]): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const x = stack.pop() as string;
    for (const e of edges)
      if (e.from === x && e.direction !== "undetermined" && !seen.has(e.to) && e.to !== id) {
        seen.add(e.to);
        stack.push(e.to);
      }
  }
  return seen;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
