/**
 * Node gives V8 four background threads (for optimizing compilation and garbage collection)
 * whatever the machine. With fewer than five cores they crowd the one thread the analysis runs
 * on: on two cores the 1 MB news pair took 2.9–3.1 s of wall time with four and 2.5–2.7 s with
 * one (`npm run bench -- --only speed`). The pool is set when Node starts, so a long run starts
 * Node again with one thread fewer than the cores.
 */
export const NODE_V8_POOL = 4;

/**
 * Started again on few cores, Node also gets this: V8's optimizing compiler inlines at most 150
 * bytes of bytecode into a function instead of 920. Its one thread (the pool above) then finishes
 * each job sooner, so the analysis leaves slow code sooner and the compiler takes less of the second
 * core. The 1 MB news pair on two cores, 18 rounds alternated in three batches at a load average of
 * 12 to 14 (nice −20): 3.63–4.01 → 3.49–3.79 s wall (−4 to −6% by batch), 5.86–6.45 → 5.28–5.73
 * CPU s; the 100 KB pair 1.06 → 1.07 s and the 10 MB pair 29.3 → 29.9 s (2 rounds), both within
 * noise; reports byte for byte the same. A cumulative limit of 60 saved a little more at 1 MB
 * (3.44 s against 3.49) but took the 10 MB pair to 30.8 s.
 */
export const INLINING_FLAG = "--max-inlined-bytecode-size-cumulative=150";

/**
 * Inputs smaller than this together are analysed in the first process: starting Node again
 * costs about 0.05 s, which the smaller pool wins back on long runs (on two cores, the second
 * start included: the 100 KB news pair 0.97 → 0.87 s, 300 KB 1.57 → 1.41 s) (default: 100,000
 * bytes).
 */
export const RELAUNCH_MIN_BYTES = 100_000;

/**
 * Local inputs of at least this many bytes together run with {@link HEAP_GROWING_FLAG}: measured
 * on the 10 MB news pair (9.5 MB article, 10 MB source), peak memory 1,416 → 1,102 MB for the
 * same CPU time (32.9 + 1.6 → 33.6 + 1.3 s at a load average of 23), report byte for byte the
 * same; on the 1 MB pair it changes neither (about 215 MB either way), since V8's heap never
 * grows far there (default: 2,000,000 bytes).
 */
export const HEAP_GROWING_MIN_BYTES = 2_000_000;

/**
 * V8 lets the heap grow up to four times what a full collection leaves alive before it collects
 * again, so a long analysis, whose live heap is hundreds of MB, peaks at several times it in
 * garbage. Half again is enough to keep collections rare on this work.
 */
export const HEAP_GROWING_FLAG = "--heap-growing-percent=50";

/**
 * Started with {@link HEAP_GROWING_FLAG}, Node also exposes `gc()`, and `analyze` collects once
 * between the analysis and the output: a long analysis ends with its heap full of what the stages
 * left (10 MB article: 394 MB in use, 185 MB of it alive), and the renderers' pieces then made V8
 * grow the heap instead of collecting. The 10 MB article to HTML: process peak 661 → 615 MB, the
 * analysis's own about 590 MB, the same CPU time.
 */
export const COLLECT_FLAG = "--expose-gc";

/**
 * The share of the machine's memory a large input's analysis may take. V8 stops a heap at about
 * 4 GB on a 64-bit machine whatever the machine has, and aborts the process there: 20 MB of short
 * lines each with a figure peaks at 3.6 GB, and the 50 MB the CLI accepts by default can need more.
 * On a machine with more memory the heap may grow to this share of it instead.
 */
export const HEAP_MEMORY_SHARE = 0.75;

/** What decides whether to start Node again: the process's flags, the machine, the inputs. */
export interface RelaunchContext {
  /** Node's own flags of this process (`process.execArgv`). */
  execArgv: string[];
  /** `NODE_OPTIONS` (default: none). */
  nodeOptions?: string;
  /** Cores available to the process (`os.availableParallelism()`). */
  cores: number;
  /** Bytes of the local input files the command will read. */
  inputBytes: number;
  /** Inputs of at least this many bytes are worth the second start (default: {@link RELAUNCH_MIN_BYTES}). */
  minBytes?: number;
  /** Bytes of memory the machine has (`os.totalmem()`; default: unknown, the heap left as V8 sets it). */
  memory?: number;
  /** The heap V8 gives this process, in bytes (`v8.getHeapStatistics().heap_size_limit`). */
  heapLimit?: number;
}

/**
 * The Node flag to start again with (`--v8-pool-size=N`, N one fewer than the cores), or
 * undefined when this process should run the command itself: on five cores or more, when the
 * pool was already set, and for small inputs.
 */
export function v8PoolFlag(context: RelaunchContext): string | undefined {
  const pool = Math.max(1, context.cores - 1);
  if (pool >= NODE_V8_POOL) return undefined;
  if (flagsOf(context).some((f) => f.startsWith("--v8-pool-size"))) return undefined;
  if (context.inputBytes < (context.minBytes ?? RELAUNCH_MIN_BYTES)) return undefined;
  return `--v8-pool-size=${pool}`;
}

/**
 * The Node flags to start again with, none when this process should run the command itself:
 * the smaller pool of {@link v8PoolFlag} with {@link INLINING_FLAG} (unless the user set the
 * inlining), and {@link HEAP_GROWING_FLAG} for inputs of {@link HEAP_GROWING_MIN_BYTES} or more on
 * any machine, unless the user set the heap's growth.
 */
export function relaunchFlags(context: RelaunchContext): string[] {
  const flags: string[] = [];
  const pool = v8PoolFlag(context);
  if (pool) flags.push(pool);
  if (pool && !flagsOf(context).some((f) => f.startsWith("--max-inlined-bytecode-size-cumulative")))
    flags.push(INLINING_FLAG);
  if (context.inputBytes < HEAP_GROWING_MIN_BYTES) return flags;
  if (!flagsOf(context).some((f) => f.startsWith("--heap-growing-percent")))
    flags.push(HEAP_GROWING_FLAG, COLLECT_FLAG);
  const heap = heapLimitFlag(context);
  if (heap) flags.push(heap);
  return flags;
}

/**
 * `--max-old-space-size` at {@link HEAP_MEMORY_SHARE} of the machine's memory, when that is more
 * than the heap V8 gives by default and the user set no limit of their own.
 */
export function heapLimitFlag(context: RelaunchContext): string | undefined {
  if (!context.memory || !context.heapLimit) return undefined;
  if (flagsOf(context).some((f) => f.startsWith("--max-old-space-size"))) return undefined;
  const mb = Math.floor((context.memory * HEAP_MEMORY_SHARE) / 2 ** 20);
  return mb * 2 ** 20 > context.heapLimit ? `--max-old-space-size=${mb}` : undefined;
}

const flagsOf = (context: RelaunchContext): string[] => [
  ...context.execArgv,
  ...(context.nodeOptions ?? "").split(/\s+/),
];

/**
 * Where V8's report of a heap out of memory starts in what a process writes to its standard error:
 * the last collections, the stack and the native trace that follow are of no use to a reader of the
 * report, who gets one line instead.
 */
const V8_OUT_OF_MEMORY = /\n?<--- Last few GCs --->|\n?<--- JS stacktrace --->|FATAL ERROR: /;

/**
 * Run `script` with `argv` in a new Node started with `nodeArgs` (this process's flags and the
 * new one), standard input and output shared, standard error passed on, and resolve with its exit
 * status. The signals that stop a command (Ctrl-C, `timeout`, a service manager) are passed on, and
 * a child stopped by one ends this process with the same signal. A child that runs out of memory
 * (V8's abort, or the system's kill) ends in one line on standard error and status 1.
 */
export async function relaunch(nodeArgs: string[], script: string, argv: string[]): Promise<number> {
  // Loaded here: the commands that run in the first process (`--version` above all) never need it.
  const { spawn } = await import("node:child_process");
  const child = spawn(process.execPath, [...nodeArgs, script, ...argv], {
    stdio: ["inherit", "inherit", "pipe"],
    // Its standard error is a pipe to this process: the child is told whether ours is a terminal.
    env: { ...process.env, [STDERR_TTY_ENV]: process.stderr.isTTY ? "1" : "0" },
  });
  let outOfMemory = false;
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    if (outOfMemory) return;
    const at = chunk.search(V8_OUT_OF_MEMORY);
    if (at >= 0) {
      outOfMemory = true;
      chunk = chunk.slice(0, at);
    }
    if (chunk) process.stderr.write(chunk);
  });
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const s of signals) process.on(s, forward);
  const stopForwarding = () => {
    for (const s of signals) process.off(s, forward);
  };
  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      stopForwarding();
      reject(error);
    });
    // "close", not "exit": every byte of the child's standard error is passed on first.
    child.on("close", (code, signal) => {
      stopForwarding();
      if (outOfMemory || signal === "SIGABRT" || signal === "SIGKILL") {
        process.stderr.write(`${outOfMemoryMessage(outOfMemory || signal === "SIGABRT", nodeArgs)}\n`);
        resolve(1);
        return;
      }
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

/** Set in a relaunched child's environment: "1" when the first process's standard error is a terminal. */
export const STDERR_TTY_ENV = "SOURCETRACE_STDERR_TTY";

function outOfMemoryMessage(heapFull: boolean, nodeArgs: string[]): string {
  const limit = nodeArgs.find((f) => f.startsWith("--max-old-space-size="))?.split("=")[1];
  const what = heapFull
    ? `the analysis needed more memory than its heap${limit ? ` of ${limit} MB` : ""}`
    : "the analysis was killed by the system (SIGKILL), which happens when memory runs out";
  return `sourcetrace: out of memory: ${what}; analyse a shorter text, or give Node a larger heap with NODE_OPTIONS=--max-old-space-size=<MB>`;
}
