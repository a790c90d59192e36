import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { addDocuments, type DocumentInput } from "../../dist/corpus/add.js";
import { preparedItems } from "../../dist/corpus/add-paths.js";
import { clusterCorpus } from "../../dist/corpus/cluster-corpus.js";
import { openStore } from "../../dist/corpus/open-store.js";
import { shingleHashes } from "../../dist/corpus/shingles.js";
import { sharedData } from "../paths.js";
import { generateCorpus } from "./generate.js";
import { scoreRun } from "./score.js";

/**
 * One size of the corpus benchmark, in a process of its own so that its peak memory is its own:
 * `node dist-measure/corpus/corpus-run.js SIZE SEED` prints one JSON line of measurements.
 */
const [size, seed] = process.argv.slice(2).map(Number);
/** CPU seconds of this process (all its threads) since `start`. */
const cpuSeconds = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};
const corpus = generateCorpus(sharedData("ptc/articles"), { size, seed });
const dir = mkdtempSync(join(os.tmpdir(), "sourcetrace-corpus-bench-"));
try {
  const store = await openStore(join(dir, "corpus.db"));
  const load = [os.loadavg()[0]];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // As `corpus add` reads a JSONL file: inputs prepared in a thread beside the writer, stored in
  // batches of one transaction each (the default size).
  const inputs = corpus.docs.map(
    (d): DocumentInput => ({
      location: `corpus.jsonl:${d.id}`,
      id: d.id,
      text: d.text,
      title: d.title,
      ...(d.date ? { date: d.date } : {}),
    }),
  );
  await addDocuments(store, preparedItems(inputs, {}));
  const ingestCpu = cpuSeconds(cpu0);
  const ingestSeconds = (performance.now() - t0) / 1000;
  // Queries: copies of the families, whose parent should come first.
  const queries = corpus.truth.families.flatMap((f) => f.members.filter((m) => m.parent)).slice(0, 200);
  const latencies: number[] = [];
  let parentFound = 0;
  for (const q of queries) {
    const doc = await store.get(q.id);
    if (!doc) continue;
    const start = performance.now();
    const hits = await store.candidates(shingleHashes(doc.text), { dfCap: 50, limit: 10, excludeId: q.id });
    latencies.push(performance.now() - start);
    if (hits.some((h) => h.id === q.parent)) parentFound++;
  }
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  const result = await clusterCorpus(store);
  const clusterSeconds = (performance.now() - t1) / 1000;
  const clusterCpu = cpuSeconds(cpu1);
  const pairs: [string, string][] = [];
  for await (const p of store.sharedPairs({ dfCap: 50, minShared: 5 })) pairs.push([p.a, p.b]);
  const stats = await store.stats();
  await store.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  process.stdout.write(
    `${JSON.stringify({
      size,
      documents: stats.documents,
      ingestPerSecond: corpus.docs.length / ingestSeconds,
      ingestPerCpuSecond: corpus.docs.length / ingestCpu,
      findP50: q(0.5),
      findP95: q(0.95),
      findParentInTop10: parentFound / Math.max(1, queries.length),
      clusterSeconds,
      clusterCpuSeconds: clusterCpu,
      aligned: result.aligned,
      bytes: stats.bytes,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      load: [...load, os.loadavg()[0]],
      ...scoreRun(corpus.truth, pairs, result.clusters),
    })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
