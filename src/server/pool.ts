import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { AnalysisResult, AnalysisTask } from "./analysis.js";

/** Limits of the analysis pool. */
export interface PoolOptions {
  /** Worker threads, each running one analysis at a time (default: one per core, at most 4). */
  workers?: number;
  /** Analyses waiting for a worker before new ones are turned away (default: 64). */
  maxQueue?: number;
  /** Stop an analysis after this many milliseconds (default: 30000). */
  timeoutMs?: number;
  /** Heap limit of each worker in MiB; a worker over it is replaced (default: 512). */
  maxHeapMb?: number;
  /** Load lexicons and models in each worker as it starts, not in the first request (default: true). */
  warmUp?: boolean;
}

/** Why the pool did not produce a result. */
export class PoolError extends Error {
  constructor(
    readonly reason: "busy" | "timeout" | "crashed" | "closed",
    message: string,
  ) {
    super(message);
    this.name = "PoolError";
  }
}

interface Job {
  task: AnalysisTask;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

const WORKER_URL = new URL("./analysis-worker.js", import.meta.url);

/**
 * A fixed set of worker threads with a bounded queue. `run` rejects with a `busy` PoolError at
 * once when the queue is full (the server answers 503), and a worker that overruns the time limit
 * or its heap is terminated and replaced, so one bad input never takes the server down.
 */
export class AnalysisPool {
  readonly workers: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;
  private readonly maxHeapMb: number;
  private readonly warmUp: boolean;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;
  /** Mean run time of recent analyses in ms, for Retry-After. */
  private meanMs = 100;

  constructor(options: PoolOptions = {}) {
    this.workers = options.workers ?? Math.min(availableParallelism(), 4);
    this.maxQueue = options.maxQueue ?? 64;
    this.timeoutMs = options.timeoutMs ?? 30000;
    this.maxHeapMb = options.maxHeapMb ?? 512;
    this.warmUp = options.warmUp ?? true;
    for (let i = 0; i < this.workers; i++) this.slots.push(this.spawn());
  }

  /** Analyses running or waiting. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
  }

  /** Seconds after which a turned-away client may try again: the time to drain the queue. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.pending * this.meanMs) / this.workers / 1000));
  }

  /** Run an analysis on a worker; rejects with a {@link PoolError} when it cannot. */
  run(task: AnalysisTask): Promise<AnalysisResult> {
    if (this.closed) return Promise.reject(new PoolError("closed", "the server is shutting down"));
    if (this.pending >= this.workers + this.maxQueue)
      return Promise.reject(new PoolError("busy", "too many analyses at once; try again shortly"));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  /** Stop the workers; queued analyses are rejected, running ones end with the threads. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0))
      job.reject(new PoolError("closed", "the server is shutting down"));
    await Promise.all(
      this.slots.map((slot) => {
        clearTimeout(slot.timer);
        slot.job?.reject(new PoolError("closed", "the server is shutting down"));
        slot.job = undefined;
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const slot: Slot = {
      worker: new Worker(WORKER_URL, {
        resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
        workerData: { warmUp: this.warmUp },
      }),
    };
    slot.worker.on("message", (result: AnalysisResult) => this.finish(slot, (job) => job.resolve(result)));
    slot.worker.on("error", (error) =>
      this.replace(slot, new PoolError("crashed", `the analysis failed (${oneLine(error)})`)),
    );
    slot.worker.on("exit", () => {
      if (!this.closed) this.replace(slot, new PoolError("crashed", "the analysis stopped unexpectedly"));
    });
    // Idle workers must not keep the process alive after the server closes.
    slot.worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      const started = performance.now();
      const resolve = job.resolve;
      job.resolve = (result) => {
        this.meanMs = 0.8 * this.meanMs + 0.2 * (performance.now() - started);
        resolve(result);
      };
      slot.timer = setTimeout(
        () =>
          this.replace(
            slot,
            new PoolError("timeout", `the analysis took longer than ${this.timeoutMs} ms and was stopped`),
          ),
        this.timeoutMs,
      );
      slot.worker.postMessage(job.task);
    }
  }

  private finish(slot: Slot, settle: (job: Job) => void): void {
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    if (job) settle(job);
    this.dispatch();
  }

  // A worker that overran its time, ran out of heap or died is terminated and a fresh one takes
  // its place; its job fails with the reason.
  private replace(slot: Slot, error: PoolError): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    slot.worker.removeAllListeners();
    // A dying thread may still report its error; with no listener that would throw here.
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    job?.reject(error);
    this.dispatch();
  }
}

const oneLine = (error: unknown): string => String((error as Error)?.message ?? error).split("\n")[0];
