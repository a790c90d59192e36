import { escapeTerminal } from "../report/escape.js";
import { parseCommandLine } from "./args.js";
import type { CliIO } from "./run.js";

// `sourcetrace corpus worker`: runs the corpus jobs queued in PostgreSQL, on as many machines as
// are started; loaded only when it is run, so no other command loads graphile-worker.

/** Usage of `corpus worker`, part of `corpus --help`. */
export const WORKER_HELP = `corpus worker   run the ingest and alignment jobs queued in the PostgreSQL corpus, beside
                any other workers on any machine, until stopped (SIGINT or SIGTERM: jobs in
                flight finish first)
  --concurrency <n>  jobs at once in this process (default: 1)
  --once             stop when no job is left to run or running in any worker
`;

/** Exit statuses, as the other commands: 0 done, 1 jobs failed or bad input. */
const EXIT = { ok: 0, input: 1 } as const;

function parse(args: string[], usage: (message: string) => Error) {
  return parseCommandLine(
    {
      args,
      allowPositionals: true,
      options: {
        db: { type: "string" },
        concurrency: { type: "string" },
        once: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    },
    usage,
  );
}

/** Run `corpus worker …`; usage errors are made by `usage`, as the other commands make them. */
export async function workerCommand(
  args: string[],
  io: CliIO,
  usage: (message: string) => Error,
): Promise<number> {
  const { values, positionals } = parse(args, usage);
  if (values.help) {
    io.stdout.write(WORKER_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw usage(`corpus worker takes no arguments, got "${positionals[0]}"`);
  const { isPostgresUrl } = await import("../corpus/open-store.js");
  if (!values.db || !isPostgresUrl(values.db))
    throw usage("corpus worker needs --db postgres://…: the job queue lives in the PostgreSQL corpus");
  const concurrency = values.concurrency === undefined ? 1 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw usage(`--concurrency takes a whole number from 1 to 64, not "${values.concurrency}"`);
  const { runCorpusWorker } = await import("../corpus/worker.js");
  const stopping = new AbortController();
  const stop = (signal: string) => {
    io.stderr.write(`sourcetrace: ${signal}: finishing the jobs in flight, then stopping\n`);
    stopping.abort();
  };
  const onSigint = () => stop("SIGINT");
  const onSigterm = () => stop("SIGTERM");
  process.once("SIGINT", onSigint);
  process.once("SIGTERM", onSigterm);
  try {
    const summary = await runCorpusWorker(values.db, {
      concurrency,
      once: Boolean(values.once),
      signal: stopping.signal,
      onError: (line) => io.stderr.write(`sourcetrace: job error: ${escapeTerminal(line)}\n`),
    });
    io.stdout.write(
      `stored ${summary.ingested} document${summary.ingested === 1 ? "" : "s"}, aligned ${summary.aligned} pair${summary.aligned === 1 ? "" : "s"} (${summary.edges} reuse edge${summary.edges === 1 ? "" : "s"})\n`,
    );
    for (const { task, error } of summary.failed)
      io.stderr.write(`sourcetrace: a ${task} job failed every attempt: ${escapeTerminal(error)}\n`);
    return summary.failed.length > 0 ? EXIT.input : EXIT.ok;
  } finally {
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigterm);
  }
}
