import { Logger, makeWorkerUtils, type WorkerUtils } from "graphile-worker";
import type { CorpusDocument } from "./types.js";

/**
 * The corpus job queue: graphile-worker's tables in the corpus's own PostgreSQL database, so that
 * workers on several machines share the work with no other service. Two kinds of job:
 * `corpus_ingest` (one document read by `corpus add --queue`, to be shingled and stored) and
 * `corpus_align` (one candidate pair, to be aligned and its edge stored).
 */

/** The ingest job: the document as read (text normalized, content hashed) on the machine that had the file. */
export const INGEST_TASK = "corpus_ingest";
/** The alignment job: two stored ids. */
export const ALIGN_TASK = "corpus_align";

export interface AlignPayload {
  a: string;
  b: string;
}

/**
 * Attempts before a job is left as failed. A job fails for good on input that cannot change (an
 * id already held by another text): three attempts (retried after about 3 and 7 seconds) ride out
 * a restarting server without keeping a worker on a hopeless job for minutes.
 */
export const MAX_ATTEMPTS = 3;

/** Jobs sent per round trip by {@link enqueueDocuments}. */
const ENQUEUE_BATCH = 200;

/** graphile-worker's own messages: errors only, one line each (the CLI reports its own progress). */
export const quietLogger = (onError: (line: string) => void): Logger =>
  new Logger(() => (level, message) => {
    if (level === "error") onError(message.split("\n")[0]);
  });

/** The queue's utilities for the database at `url` (its schema is created or migrated on first use). */
export async function openQueue(
  url: string,
  onError: (line: string) => void = () => {},
): Promise<WorkerUtils> {
  const utils = await makeWorkerUtils({ connectionString: url, logger: quietLogger(onError) });
  try {
    await utils.migrate();
  } catch (error) {
    await utils.release();
    throw error;
  }
  return utils;
}

/**
 * Queues one ingest job per document; resolves to the number queued. The job key is the content
 * hash, so queueing the same text twice before a worker takes it queues it once.
 */
export async function enqueueDocuments(
  utils: WorkerUtils,
  docs: AsyncIterable<CorpusDocument>,
): Promise<number> {
  let queued = 0;
  let batch: CorpusDocument[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await utils.addJobs(
      batch.map((doc) => ({
        identifier: INGEST_TASK,
        payload: doc,
        jobKey: `ingest:${doc.contentHash}`,
        maxAttempts: MAX_ATTEMPTS,
      })),
    );
    queued += batch.length;
    batch = [];
  };
  for await (const doc of docs) {
    batch.push(doc);
    if (batch.length >= ENQUEUE_BATCH) await flush();
  }
  await flush();
  return queued;
}

/** Where the queue stands: jobs still to run (or running), and jobs that failed every attempt. */
export interface QueueStatus {
  pending: number;
  failed: { task: string; error: string }[];
}

/** Counts the jobs of the corpus tasks still to run and those that have failed for good. */
export async function queueStatus(utils: WorkerUtils): Promise<QueueStatus> {
  return utils.withPgClient(async (client) => {
    const { rows } = await client.query<{ task: string; pending: boolean; error: string | null }>(
      `SELECT t.identifier AS task, j.attempts < j.max_attempts OR j.locked_at IS NOT NULL AS pending,
         j.last_error AS error
       FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
       WHERE t.identifier = ANY($1)`,
      [[INGEST_TASK, ALIGN_TASK]],
    );
    return {
      pending: rows.filter((r) => r.pending).length,
      failed: rows
        .filter((r) => !r.pending)
        .map((r) => ({ task: r.task, error: (r.error ?? "").split("\n")[0] })),
    };
  });
}
