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
  /** Candidate pairs the store gave that no earlier run had aligned. */
  pairs: number;
  /** Pairs aligned in this run. */
  aligned: number;
  /** Edges stored by this run. */
  stored: number;
  clusters: ReuseCluster[];
}

/**
 * Reuse clusters of a stored corpus: every candidate pair of the store (`sharedPairs`) that no
 * run has aligned yet is aligned (`alignDocuments`) as the store streams it, the edges found are
 * stored and every pair aligned is marked, with or without an edge, so that a rerun aligns only
 * the pairs new documents bring; then the clusters are built from all stored edges. Edges do not
 * depend on the order pairs come in (the aligner orders each pair itself).
 */
export async function clusterCorpus(
  store: CorpusStore,
  options: Partial<ClusterCorpusOptions> = {},
): Promise<CorpusClusters> {
  const o = { ...CLUSTER_CORPUS_DEFAULTS, ...options };
  const aligner = new PairAligner(o.align);
  let pending: ReuseEdge[] = [];
  let checked: [string, string][] = [];
  let pairs = 0;
  let stored = 0;
  const write = async () => {
    await store.putEdges(pending, checked);
    stored += pending.length;
    pending = [];
    checked = [];
  };
  for await (const p of store.sharedPairs({ dfCap: o.dfCap, minShared: o.minShared, unchecked: true })) {
    pairs++;
    const [da, db] = await Promise.all([store.get(p.a), store.get(p.b)]);
    const edge = da && db ? aligner.align(da, db) : undefined;
    if (edge) pending.push(edge);
    else checked.push([p.a, p.b]);
    if (pending.length + checked.length >= o.batch) await write();
    o.progress?.(pairs);
  }
  if (pending.length + checked.length > 0) await write();
  const documents: DocumentMeta[] = [];
  for await (const d of store.list()) documents.push(d);
  const edges: ReuseEdge[] = [];
  for await (const e of store.edges()) edges.push(e);
  return { pairs, aligned: pairs, stored, clusters: buildClusters(documents, edges, o) };
}
