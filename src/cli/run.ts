import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { analyze, traceAttributed } from "../analyze.js";
import { InputError, readDocument } from "../ingest/index.js";
import { FORMATS, render } from "../report/formats.js";
import type { Document } from "../text/document.js";
import { renderTrace } from "../trace/view.js";
import { VERSION } from "../version.js";

/** Where the CLI reads and writes; injected so tests run it in-process. */
export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** Exit statuses: 0 success, 1 bad input, 2 usage error. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

class UsageError extends Error {}

const HELP = `sourcetrace ${VERSION}: trace every sentence of a news article to its source

Usage:
  sourcetrace analyze <article> [--source <file|url>]... [options]
  sourcetrace trace <article> <source>... [--width <n>] [--color]
  sourcetrace --help | --version

<article> and each source is a file (plain text or HTML), an http(s) URL, or - for stdin.

Options:
  -s, --source <file|url>   a source document the article may draw on (repeatable)
  -f, --format <name>       output format: ${Object.keys(FORMATS).join(", ")} (default: text)
  -o, --output <file>       write the report to a file instead of stdout
      --input-format <f>    read inputs as auto, text or html (default: auto)
      --max-bytes <n>       refuse inputs larger than n bytes (default: 52428800)
      --timeout <ms>        give up fetching a URL after ms milliseconds (default: 15000)
      --allow-private       allow URLs on private or loopback addresses
      --color / --no-color  colour the text report (default: when stdout is a terminal)
      --width <n>           width of the trace view in characters (default: 120)
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 success, 1 bad input, 2 usage error.
`;

/** Run the CLI with `argv` (without node and script); returns the exit status. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`sourcetrace: ${error.message}\nRun 'sourcetrace --help' for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr.write(`sourcetrace: ${error.message}\n`);
      return EXIT.input;
    }
    const e = error as NodeJS.ErrnoException;
    if (e?.code === "ENOENT" || e?.code === "EACCES" || e?.code === "EISDIR") {
      io.stderr.write(`sourcetrace: cannot write output: ${e.message}\n`);
      return EXIT.input;
    }
    throw error;
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
  throw new UsageError(`unknown command "${command}"`);
}

function parse(args: string[]) {
  try {
    return parseArgs({
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
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]);
  }
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--${name} takes a positive integer, not "${value}"`);
  return n;
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
  if (!FORMATS[format])
    throw new UsageError(`unknown format "${format}" (one of: ${Object.keys(FORMATS).join(", ")})`);
  const { article, sources: sourceDocs } = await readInputs(positionals[0], values.source ?? [], values, io);
  const report = analyze(article, { sources: sourceDocs });
  const color = colorWanted(values, io);
  const output = render(report, format, { color });
  if (values.output) await writeFile(values.output, output);
  else io.stdout.write(output);
  return EXIT.ok;
}

// `trace`: the article and its sources side by side, edits marked (src/trace/view.ts).
async function traceCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length < 2) throw new UsageError("trace needs an article and at least one source");
  const [articlePath, ...sources] = positionals;
  const { article, sources: sourceDocs } = await readInputs(articlePath, sources, values, io);
  const color = colorWanted(values, io);
  const output = renderTrace(article, sourceDocs, traceAttributed(article, sourceDocs), {
    width: positiveInt(values.width, "width"),
    color,
  });
  if (values.output) await writeFile(values.output, output);
  else io.stdout.write(output);
  return EXIT.ok;
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
  const article = await readDocument(articlePath, { ...options, id: "article" });
  const docs: Document[] = [];
  for (let i = 0; i < sources.length; i++) {
    docs.push(await readDocument(sources[i], { ...options, id: sourceId(sources[i], i, sources) }));
  }
  return { article, sources: docs };
}

// Source ids are short names a reader recognises: the file's base name, unique within the run.
function sourceId(location: string, index: number, all: string[]): string {
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
  return clash ? `${base}#${index + 1}` : base;
}
