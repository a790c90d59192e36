import { type AlignPairOptions, PairAligner } from "./align-pair.js";
import { buildClusters, type ClusterOptions, type ReuseCluster } from "./clusters.js";
import type { CorpusStore, DocumentMeta, ReuseEdge } from "./types.js";

/** Tuning of {@link clusterCorpus}. */
export interface ClusterCorpusOptions extends ClusterOptions {
  /** Pairs sharing fewer n-gram hashes are not aligned (default: 5). */
  minShared: number;
  /** n-grams held by more documents are ignored when pairing (default: 50). */
  dfCap: number;
  /** Edges stored per write (default: 500). */
  batch: number;
  align: Partial<AlignPairOptions>;
  /** Called after each pair aligned, with the count so far (default: none). */
  progress?: (aligned: number) => void;
}

/** The defaults of {@link ClusterCorpusOptions}. */
export const CLUSTER_CORPUS_DEFAULTS: ClusterCorpusOptions = {
  minCoverage: 0.25,
  minShared: 5,
  dfCap: 50,
  batch: 500,
  align: {},
};

/** What {@link clusterCorpus} did and found. */
export interface CorpusClusters {
  /** Candidate pairs the store gave. */
  pairs: number;
  /** Pairs aligned in this run (the others had an edge stored already). */
  aligned: number;
  /** Edges stored by this run. */
  stored: number;
  clusters: ReuseCluster[];
}

const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Reuse clusters of a stored corpus: every candidate pair of the store (`sharedPairs`) without an
 * edge yet is aligned (`alignDocuments`), the edges found are stored, then the clusters are
 * built from all stored edges. A pair that aligned to nothing stores nothing and is aligned
 * again by the next run: the contract keeps edges only.
 */
export async function clusterCorpus(
  store: CorpusStore,
  options: Partial<ClusterCorpusOptions> = {},
): Promise<CorpusClusters> {
  const o = { ...CLUSTER_CORPUS_DEFAULTS, ...options };
  const known = new Set<string>();
  for await (const e of store.edges()) known.add(key(e.from, e.to));
  const todo: [string, string][] = [];
  let pairs = 0;
  for await (const p of store.sharedPairs({ dfCap: o.dfCap, minShared: o.minShared })) {
    pairs++;
    if (!known.has(key(p.a, p.b))) todo.push(p.a < p.b ? [p.a, p.b] : [p.b, p.a]);
  }
  // Pairs in a fixed order: the same corpus is aligned the same way, whatever order the store
  // listed them in.
  todo.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const aligner = new PairAligner(o.align);
  let pending: ReuseEdge[] = [];
  let stored = 0;
  let aligned = 0;
  for (const [a, b] of todo) {
    const [da, db] = await Promise.all([store.get(a), store.get(b)]);
    aligned++;
    if (da && db) {
      const edge = aligner.align(da, db);
      if (edge) pending.push(edge);
    }
    if (pending.length >= o.batch) {
      await store.putEdges(pending);
      stored += pending.length;
      pending = [];
    }
    o.progress?.(aligned);
  }
  if (pending.length > 0) {
    await store.putEdges(pending);
    stored += pending.length;
  }
  const documents: DocumentMeta[] = [];
  for await (const d of store.list()) documents.push(d);
  const edges: ReuseEdge[] = [];
  for await (const e of store.edges()) edges.push(e);
  return { pairs, aligned, stored, clusters: buildClusters(documents, edges, o) };
}
