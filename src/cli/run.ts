import { InputError } from "../ingest/errors.js";
import { escapeTerminal } from "../report/escape.js";
import { FORMAT_NAMES, isFormatName } from "../report/format-names.js";
import type { Document } from "../text/document.js";
import { VERSION } from "../version.js";
import { parseCommandLine } from "./args.js";
import { OutputError, writeFailure, writeReportFile } from "./output.js";
import { parseSettings, type Settings } from "./settings.js";

// The pipeline, its lexicons and renderers are imported by the command that needs them, so that
// `--version` and `--help` start in a few tens of milliseconds.

/** Where the CLI reads and writes; injected so tests run it in-process. */
export interface CliIO {
  /** Standard output; a write may return a promise that rejects when the write fails. */
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  isTTY: boolean;
  /** Whether standard error is a terminal: progress lines are rewritten in place there (default: false). */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
}

/** Exit statuses: 0 success, 1 bad input or an internal error, 2 usage error. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** A command line the CLI cannot run: reported in one line, with a pointer to --help, status 2. */
export class UsageError extends Error {}

const HELP = `sourcetrace ${VERSION}: trace every sentence of a news article to its source

Usage:
  sourcetrace analyze <article> [--source <file|url>]... [--corpus <db> [--top <k>]] [options]
  sourcetrace trace <article> <source>... [--width <n>] [--color]
  sourcetrace serve [--port <n>] [--host <address>] [--db <file>]
  sourcetrace corpus add|stats|find --db <file|postgres://…> …   (sourcetrace corpus --help)
  sourcetrace corpus clusters --db <file|url> [--format json|graphml|html] [-o <file|dir>]
  sourcetrace corpus worker --db <postgres://…> [--concurrency <n>] [--once]
  sourcetrace --help | --version

<article> and each source is a file (plain text or HTML), an http(s) URL, or - for stdin.

Options:
  -s, --source <file|url>   a source document the article may draw on (repeatable)
      --corpus <db>         also analyse against the article's top sources in this corpus
      --top <k>             with --corpus: how many of its best candidates (default: 3)
  -f, --format <name>       output format: ${FORMAT_NAMES.join(", ")} (default: text)
  -o, --output <file>       write the report to a file instead of stdout
      --input-format <f>    read inputs as auto, text or html (default: auto)
      --max-bytes <n>       refuse inputs larger than n bytes (default: 52428800)
      --timeout <ms>        give up fetching a URL after ms milliseconds (default: 15000)
      --allow-private       allow URLs on private or loopback addresses
      --color / --no-color  colour the text report (default: when stdout is a terminal)
      --width <n>           width of the trace view in characters, 40 to 1000 (default: 120)
      --set <layer.key=n>   tune a layer (repeatable); defaults in docs/trace.md, docs/claims.md:
                            trace.seedWords, trace.maxOccurrences, trace.maxGap, trace.extend,
                            trace.split, trace.minWords, trace.minRun, trace.minQuotedWords,
                            trace.sentenceTail, trace.maxOverlap, trace.minCovered,
                            trace.minCosine, trace.minShared, trace.maxTaken, trace.maxPostings,
                            claims.threshold, claims.approxMargin
      --experimental-rhetoric
                            also flag the persuasion techniques below the precision gate,
                            marked experimental (docs/rhetoric.md)
      --port <n>            serve: TCP port, 0 for any free one (default: 8080)
      --host <address>      serve: address to listen on (default: 127.0.0.1)
      --db <file>           serve: SQLite file the reports are kept in (default: ./sourcetrace.db);
                            corpus: the corpus, a SQLite file or a postgres:// URL
                            (corpus clusters: --format json, graphml or html; html writes a
                            directory given with -o: a timeline per cluster and its reports)
      --concurrency <n>     corpus worker: jobs run at once by this process (default: 1)
      --once                corpus worker: stop when no job is left to run or running in any
                            worker (default: keep waiting for jobs)
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 success, 1 bad input (or an internal error), 2 usage error.
Errors are one line; SOURCETRACE_DEBUG=1 adds the stack of an internal error.
`;

/** Run the CLI with `argv` (without node and script); returns the exit status. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`sourcetrace: ${escapeTerminal(error.message)}\nRun 'sourcetrace --help' for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      // Messages name inputs (file names, URLs) that may carry terminal escape sequences.
      io.stderr.write(`sourcetrace: ${escapeTerminal(error.message)}\n`);
      return EXIT.input;
    }
    if (error instanceof OutputError) {
      io.stderr.write(`sourcetrace: ${escapeTerminal(error.message)}\n`);
      return EXIT.input;
    }
    // A fault of ours, not of the input: still one line, never a stack trace, unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    const detail =
      io.env.SOURCETRACE_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : "";
    io.stderr.write(
      `sourcetrace: internal error: ${escapeTerminal(message.split("\n")[0])} (set SOURCETRACE_DEBUG=1 for details)${escapeTerminal(detail)}\n`,
    );
    return EXIT.input;
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout.write(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "-v" || command === "--version") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === "analyze") return analyzeCommand(rest, io);
  if (command === "trace") return traceCommand(rest, io);
  if (command === "serve") return serveCommand(rest, io);
  if (command === "corpus") return corpusCommand(rest, io);
  throw new UsageError(`unknown command "${command}"`);
}

/**
 * The local files `analyze` or `trace` would read (article and sources; neither standard input
 * nor URLs), so that the process edge can size the run before it starts; none for the other
 * commands and for a command line the command would refuse.
 */
export function inputFiles(argv: string[]): string[] {
  const [command, ...rest] = argv;
  if (command !== "analyze" && command !== "trace") return [];
  try {
    const { values, positionals } = parse(rest);
    if (values.help) return [];
    const inputs = command === "analyze" ? [...positionals, ...(values.source ?? [])] : positionals;
    return inputs.filter((i) => i !== "-" && !/^https?:\/\//i.test(i));
  } catch {
    return [];
  }
}

function parse(args: string[]) {
  return parseCommandLine(
    {
      args,
      allowPositionals: true,
      options: {
        source: { type: "string", short: "s", multiple: true },
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        "input-format": { type: "string" },
        "max-bytes": { type: "string" },
        timeout: { type: "string" },
        "allow-private": { type: "boolean" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        width: { type: "string" },
        set: { type: "string", multiple: true },
        "experimental-rhetoric": { type: "boolean" },
        port: { type: "string" },
        host: { type: "string" },
        db: { type: "string" },
        corpus: { type: "string" },
        top: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    },
    (message) => new UsageError(message),
  );
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--${name} takes a positive integer, not "${value}"`);
  return n;
}

// The layers are loaded only when `--set` is given: the CLI starts without them.
async function layerSettings(args: string[] | undefined): Promise<Partial<Settings>> {
  if (!args?.length) return {};
  const [{ TRACE_DEFAULTS }, { CLAIMS_DEFAULTS }] = await Promise.all([
    import("../trace/index.js"),
    import("../claims/index.js"),
  ]);
  const settings = parseSettings(args, {
    trace: TRACE_DEFAULTS as unknown as Record<string, number>,
    claims: { ...CLAIMS_DEFAULTS },
  });
  if (typeof settings === "string") throw new UsageError(settings);
  return settings;
}

async function analyzeCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? "analyze needs an article"
        : `analyze takes one article, got ${positionals.length}`,
    );
  }
  const format = values.format ?? "text";
  if (!isFormatName(format))
    throw new UsageError(`unknown format "${format}" (one of: ${FORMAT_NAMES.join(", ")})`);
  // The documents live only inside reportOf: the renderers read the report alone, so a long
  // input's token stores and texts can be collected before the output is written.
  const report = await reportOf(positionals[0], values, io);
  // The analysis's garbage collected before the renderers add theirs, where the relaunch exposes
  // the collector (inputs of 2 MB or more, src/cli/relaunch.ts): the process then peaks no higher
  // than the analysis did.
  (globalThis as { gc?: () => void }).gc?.();
  const { renderChunks } = await import("../report/formats.js");
  const color = colorWanted(values, io);
  const output = renderChunks(report, format, { color });
  await emit(output, values.output, [positionals[0], ...(values.source ?? [])], io);
  return EXIT.ok;
}

/** Read the inputs of `analyze` (and the corpus's sources, with `--corpus`) and analyse them. */
async function reportOf(articlePath: string, values: ReturnType<typeof parse>["values"], io: CliIO) {
  const { article, sources: sourceDocs } = await readInputs(articlePath, values.source ?? [], values, io);
  const top = positiveInt(values.top, "top");
  if (top !== undefined && values.corpus === undefined) throw new UsageError("--top goes with --corpus");
  const fromCorpus =
    values.corpus === undefined
      ? undefined
      : await (await import("./corpus-sources.js")).corpusSources(
          values.corpus,
          article,
          sourceDocs,
          top ?? 3,
        );
  const { analyze } = await import("../analyze.js");
  const settings = await layerSettings(values.set);
  const report = analyze(article, {
    sources: [...sourceDocs, ...(fromCorpus?.documents ?? [])],
    ...settings,
    rhetoric: { experimental: Boolean(values["experimental-rhetoric"]) },
  });
  if (fromCorpus) report.corpus = { candidates: fromCorpus.candidates };
  return report;
}

// `trace`: the article and its sources side by side, edits marked (src/report/render-trace.ts).
async function traceCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length < 2) throw new UsageError("trace needs an article and at least one source");
  const [articlePath, ...sources] = positionals;
  const { article, sources: sourceDocs } = await readInputs(articlePath, sources, values, io);
  const [{ traceAndAttribute }, { renderTrace }] = await Promise.all([
    import("../pipeline/attribute.js"),
    import("../report/render-trace.js"),
  ]);
  const color = colorWanted(values, io);
  const { trace: traceSettings } = await layerSettings(values.set);
  const output = renderTrace(
    article,
    sourceDocs,
    traceAndAttribute(article, sourceDocs, traceSettings).trace,
    {
      width: positiveInt(values.width, "width"),
      color,
    },
  );
  await emit(output, values.output, positionals, io);
  return EXIT.ok;
}

/**
 * Write the output to the `-o` file (atomically, never onto an input) or to standard output. A
 * large JSON report comes as pieces, each written (and, on standard output, flushed) before the
 * next is made, so it is never one string in memory.
 */
async function emit(
  output: string | Iterable<string>,
  path: string | undefined,
  inputs: string[],
  io: CliIO,
): Promise<void> {
  if (path)
    return writeReportFile(
      path,
      output,
      inputs.filter((i) => i !== "-" && !/^https?:\/\//i.test(i)),
    );
  try {
    for (const piece of typeof output === "string" ? [output] : output) await io.stdout.write(piece);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputError(`cannot write to standard output: ${writeFailure(code)}`, { cause: error });
  }
}

// `serve`: the HTTP API and web page until SIGTERM or SIGINT. The server (hono, SQLite, workers)
// is loaded only here, so the other commands start without it.
async function serveCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`serve takes no arguments, got "${positionals[0]}"`);
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port takes a port number from 0 to 65535, not "${values.port}"`);
  const { startServer } = await import("../server/index.js");
  const host = values.host ?? "127.0.0.1";
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ port, host, db: values.db ?? "sourcetrace.db" });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const reason =
      e.code === "EADDRINUSE"
        ? `${host}:${port} is already in use`
        : e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND"
          ? `${host} is not an address of this machine`
          : e.code === "EACCES"
            ? `not allowed to listen on ${host}:${port}`
            : (e.message ?? String(e)).split("\n")[0];
    io.stderr.write(`sourcetrace: cannot serve: ${reason}\n`);
    return EXIT.input;
  }
  io.stdout.write(`listening on ${server.url}\n`);
  const signal = await new Promise<string>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
  });
  io.stderr.write(`sourcetrace: ${signal}: finishing requests in flight, then stopping\n`);
  await server.close();
  return EXIT.ok;
}

// `corpus <command>`: the corpus commands, each in a module of its own loaded only when called.
async function corpusCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "clusters") {
    const { clustersCommand } = await import("./corpus-clusters.js");
    return clustersCommand(rest, io, (message) => new UsageError(message));
  }
  if (sub === "worker") {
    const { workerCommand } = await import("./corpus-worker.js");
    return workerCommand(rest, io, (message) => new UsageError(message));
  }
  return (await import("./corpus.js")).corpusCommand(args, io);
}

// Colour only on a terminal, never into a file, and never when NO_COLOR is set.
const colorWanted = (values: ReturnType<typeof parse>["values"], io: CliIO): boolean =>
  values["no-color"] ? false : (values.color ?? (io.isTTY && !values.output && !io.env.NO_COLOR));

/** Read the article and its sources with the input options of the command line. */
async function readInputs(
  articlePath: string,
  sources: string[],
  values: ReturnType<typeof parse>["values"],
  io: CliIO,
): Promise<{ article: Document; sources: Document[] }> {
  const inputFormat = values["input-format"] ?? "auto";
  if (inputFormat !== "auto" && inputFormat !== "text" && inputFormat !== "html") {
    throw new UsageError(`--input-format takes auto, text or html, not "${inputFormat}"`);
  }
  if ([articlePath, ...sources].filter((s) => s === "-").length > 1) {
    throw new UsageError("standard input (-) can be read only once");
  }
  const options = {
    format: inputFormat as "auto" | "text" | "html",
    maxBytes: positiveInt(values["max-bytes"], "max-bytes"),
    timeoutMs: positiveInt(values.timeout, "timeout"),
    allowPrivate: Boolean(values["allow-private"]),
    stdin: io.stdin,
  };
  const { readDocument } = await import("../ingest/index.js");
  const article = await readDocument(articlePath, { ...options, id: "article" });
  const docs: Document[] = [];
  for (let i = 0; i < sources.length; i++) {
    docs.push(await readDocument(sources[i], { ...options, id: sourceId(sources[i], i, sources) }));
  }
  return { article, sources: docs };
}

// Source ids are short names a reader recognises: the file's base name, unique within the run
// and never the article's id ("article"), since spans name the document they point into by id.
export function sourceId(location: string, index: number, all: string[]): string {
  const base =
    location === "-"
      ? "stdin"
      : (location
          .replace(/[?#].*$/, "")
          .split(/[\\/]/)
          .filter(Boolean)
          .pop() ?? `source-${index + 1}`);
  const clash = all.some(
    (other, j) => j !== index && other.split(/[\\/]/).pop() === location.split(/[\\/]/).pop(),
  );
  return clash || base === "article" ? `${base}#${index + 1}` : base;
}
