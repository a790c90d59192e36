import { run, type Task, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import { type AlignPairOptions, alignDocuments } from "./align-pair.js";
import { CLUSTER_CORPUS_DEFAULTS } from "./cluster-corpus.js";
import { openPgStore } from "./pg-store.js";
import {
  ALIGN_TASK,
  type AlignPayload,
  INGEST_TASK,
  MAX_ATTEMPTS,
  openQueue,
  queueStatus,
  quietLogger,
} from "./queue.js";
import { shingleHashes } from "./shingles.js";
import type { CorpusDocument, CorpusStore } from "./types.js";

/** Options of {@link runCorpusWorker}. */
export interface CorpusWorkerOptions {
  /** Jobs run at once by this process (default: 1). */
  concurrency: number;
  /** Stop when the queue holds no job to run or running, in any process (default: false: keep waiting for jobs). */
  once: boolean;
  /** Pairs are queued for alignment when they share at least this many hashes (default: as `corpus clusters`, 5). */
  minShared: number;
  /** Hashes held by more documents are ignored when pairing (default: as `corpus clusters`, 50). */
  dfCap: number;
  /** Candidates looked up per ingested document (default: 1000). */
  candidateLimit: number;
  /**
   * A job locked this long by a worker whose process is gone is handed back to the queue
   * (default: 10 seconds; graphile-worker alone would wait four hours).
   */
  reclaimAfterSeconds: number;
  align: Partial<AlignPairOptions>;
  /** Stops the worker: running jobs finish, no new one starts. */
  signal?: AbortSignal;
  /** One line per job error (default: none). */
  onError?: (line: string) => void;
}

/** The defaults of {@link CorpusWorkerOptions}. */
export const CORPUS_WORKER_DEFAULTS: CorpusWorkerOptions = {
  concurrency: 1,
  once: false,
  minShared: CLUSTER_CORPUS_DEFAULTS.minShared,
  dfCap: CLUSTER_CORPUS_DEFAULTS.dfCap,
  candidateLimit: 1000,
  reclaimAfterSeconds: 10,
  align: {},
};

/** What one worker process did. */
export interface CorpusWorkerSummary {
  /** Documents this process stored. */
  ingested: number;
  /** Pairs this process aligned, and the edges it stored. */
  aligned: number;
  edges: number;
  /** Jobs (of any process) left failed after every attempt, with their last error. */
  failed: { task: string; error: string }[];
}

// Advisory lock namespace of the worker liveness locks (any int4 not used elsewhere).
const LIVENESS_NAMESPACE = 0x53540001;

/**
 * A process-wide connection holding one advisory lock per graphile-worker id of this process.
 * PostgreSQL drops a session's locks when its connection dies, even on `kill -9`: a job locked by
 * a worker id whose lock nobody holds belongs to a dead worker and can be run again.
 */
class Liveness {
  private readonly held = new Set<string>();

  private constructor(private readonly client: pg.Client) {}

  static async start(url: string): Promise<Liveness> {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    await client.connect();
    return new Liveness(client);
  }

  async hold(workerId: string | null): Promise<void> {
    if (workerId === null || this.held.has(workerId)) return;
    await this.client.query("SELECT pg_advisory_lock($1, hashtext($2))", [LIVENESS_NAMESPACE, workerId]);
    this.held.add(workerId);
  }

  /** Hands back to the queue the corpus jobs locked longer than `seconds` by workers that are gone. */
  async reclaim(utils: WorkerUtils, seconds: number): Promise<void> {
    const { rows } = await this.client.query<{ locked_by: string }>(
      `SELECT DISTINCT j.locked_by
       FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
       WHERE t.identifier = ANY($3) AND j.locked_by IS NOT NULL
         AND j.locked_at < now() - make_interval(secs => $2)
         AND NOT EXISTS (
           SELECT 1 FROM pg_locks l
           WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
             AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
             AND l.classid = $1::int4::oid AND l.objid = hashtext(j.locked_by)::oid
         )`,
      [LIVENESS_NAMESPACE, seconds, [INGEST_TASK, ALIGN_TASK]],
    );
    if (rows.length > 0) await utils.forceUnlockWorkers(rows.map((r) => r.locked_by));
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}

/** The stored document behind an ingest payload, checked enough that a malformed job fails with a reason. */
function documentOf(payload: unknown): CorpusDocument {
  const doc = payload as CorpusDocument;
  if (
    typeof doc !== "object" ||
    doc === null ||
    typeof doc.id !== "string" ||
    typeof doc.text !== "string" ||
    typeof doc.contentHash !== "string" ||
    typeof doc.location !== "string"
  ) {
    throw new Error("an ingest job without a document (id, text, contentHash, location)");
  }
  return doc;
}

/**
 * Runs ingest and alignment jobs from the corpus queue in the PostgreSQL database at `url`, until
 * stopped (or, with `once`, until the queue is empty). Any number of such processes, on any
 * machines, share the queue. Every job is safe to run twice: a document is stored once by its
 * content hash, an edge replaces the same edge, so a job retried after its worker was killed
 * leaves the store as one clean run would.
 */
export async function runCorpusWorker(
  url: string,
  options: Partial<CorpusWorkerOptions> = {},
): Promise<CorpusWorkerSummary> {
  const o = { ...CORPUS_WORKER_DEFAULTS, ...options };
  const onError = o.onError ?? (() => {});
  const store = await openPgStore(url);
  const opened: { close(): Promise<void> }[] = [store];
  const summary: CorpusWorkerSummary = { ingested: 0, aligned: 0, edges: 0, failed: [] };
  try {
    const utils = await openQueue(url, onError);
    opened.push({
      close: async () => {
        await utils.release();
      },
    });
    const liveness = await Liveness.start(url);
    opened.push(liveness);
    await liveness.reclaim(utils, o.reclaimAfterSeconds);

    const ingest: Task = async (payload, helpers) => {
      await liveness.hold(helpers.job.locked_by);
      const doc = documentOf(payload);
      const hashes = shingleHashes(doc.text);
      if (await store.add(doc, hashes)) summary.ingested++;
      else if ((await store.get(doc.id))?.contentHash !== doc.contentHash) return; // the same text under another id
      // Queued after the document is committed: of two documents stored at once, at least the
      // later lookup sees the other, so no pair is missed. A retried job queues its pairs again
      // (the job key keeps one per pair).
      const hits = await store.candidates(hashes, {
        dfCap: o.dfCap,
        limit: o.candidateLimit,
        excludeId: doc.id,
      });
      const pairs = hits.filter((hit) => hit.shared >= o.minShared).map((hit) => pairOf(doc.id, hit.id));
      if (pairs.length === 0) return;
      await helpers.addJobs(
        pairs.map((pair) => ({
          identifier: ALIGN_TASK,
          payload: pair,
          jobKey: `align:${JSON.stringify([pair.a, pair.b])}`,
          maxAttempts: MAX_ATTEMPTS,
        })),
      );
    };
    const align: Task = async (payload, helpers) => {
      await liveness.hold(helpers.job.locked_by);
      const { a, b } = payload as AlignPayload;
      const edge = await alignStored(store, a, b, o.align);
      summary.aligned++;
      // The pair is marked aligned with or without an edge: `corpus clusters` does not align it again.
      await store.putEdges(edge ? [edge] : [], edge ? [] : [[a, b]]);
      if (edge) summary.edges++;
    };

    const runner = await run({
      connectionString: url,
      concurrency: o.concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      logger: quietLogger(onError),
      taskList: { [INGEST_TASK]: ingest, [ALIGN_TASK]: align },
    });
    const stop = () => void runner.stop().catch(() => {});
    o.signal?.addEventListener("abort", stop, { once: true });
    if (o.signal?.aborted) stop();
    // Twice a second: a --once worker stops soon after the last job, and a dead worker's job
    // waits at most reclaimAfterSeconds and a tick.
    const timer = setInterval(() => {
      void (async () => {
        await liveness.reclaim(utils, o.reclaimAfterSeconds);
        if (o.once && (await queueStatus(utils)).pending === 0) stop();
      })().catch((error: Error) => onError(error.message));
    }, 500);
    try {
      await runner.promise;
    } finally {
      clearInterval(timer);
      o.signal?.removeEventListener("abort", stop);
    }
    summary.failed = (await queueStatus(utils)).failed;
    return summary;
  } finally {
    for (const resource of opened.reverse()) await resource.close();
  }
}

/** The pair in id order, so that both documents of a pair queue the same job. */
function pairOf(x: string, y: string): AlignPayload {
  return x < y ? { a: x, b: y } : { a: y, b: x };
}

async function alignStored(store: CorpusStore, a: string, b: string, options: Partial<AlignPairOptions>) {
  const [da, db] = await Promise.all([store.get(a), store.get(b)]);
  return da && db ? alignDocuments(da, db, options) : undefined;
}
