import { existsSync } from "node:fs";
import type { AddProgress } from "../corpus/add.js";
import type { CorpusStore } from "../corpus/types.js";
import { InputError } from "../ingest/errors.js";
import { escapeTerminal } from "../report/escape.js";
import { parseCommandLine } from "./args.js";
import { type CliIO, EXIT, UsageError } from "./run.js";

// `sourcetrace corpus <subcommand>`: the corpus commands, loaded only when one is run.

/** Usage of the corpus commands, printed by `corpus --help`. */
export const CORPUS_HELP = `Usage:
  sourcetrace corpus add --db <file|postgres://…> <file|dir|jsonl>... [--date <iso>] [--outlet <name>]
  sourcetrace corpus add --db <postgres://…> --queue <file|dir|jsonl>...
  sourcetrace corpus stats --db <file|postgres://…> [--format text|json]
  sourcetrace corpus find --db <file|postgres://…> <article> [--format text|json] [--limit <n>]
  sourcetrace corpus clusters --db <file|postgres://…> [--format json|graphml|html] [-o <file|dir>]

corpus add      index documents: text, Markdown and HTML files (read as analyze reads them),
                directories of them, and JSONL files (one {"text" or "html", "id", "url",
                "title", "outlet", "date", "authors"} object per line). A text already in the
                corpus is not added again; a rerun after an interruption adds what is missing.
  --date <iso>    date of documents that carry none (YYYY-MM-DD)
  --outlet <name> outlet of documents that name none
  --queue         (PostgreSQL) read the documents here and queue them for \`corpus worker\`
                  processes, on any machine, to index and align
corpus stats    documents, postings, size, and the store's integrity check (exit 1 if it fails)
corpus find     the article's likely sources in the corpus, best first, with the words and
                passages each shares with it, and the documents it cites by title and authors
  --limit <n>     candidates listed (default: 10)
sourcetrace analyze <article> --corpus <db> [--top <k>] analyses the article against its top k
candidates (default: 3), as if they had been given with --source.
`;

function parse(args: string[]) {
  return parseCommandLine(
    {
      args,
      allowPositionals: true,
      options: {
        db: { type: "string" },
        format: { type: "string", short: "f" },
        date: { type: "string" },
        outlet: { type: "string" },
        limit: { type: "string" },
        queue: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    },
    (message) => new UsageError(message),
  );
}

/** Run `corpus <subcommand> …`. */
export async function corpusCommand(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined) throw new UsageError("corpus needs a command: add, stats, find, clusters or worker");
  if (sub === "-h" || sub === "--help" || sub === "help") {
    io.stdout.write(CORPUS_HELP);
    return EXIT.ok;
  }
  if (sub === "add") return addCommand(rest, io);
  if (sub === "stats") return statsCommand(rest, io);
  if (sub === "find") return findCommand(rest, io);
  throw new UsageError(`unknown corpus command "${sub}" (one of: add, stats, find, clusters, worker)`);
}

/**
 * Open the corpus `--db` names, run `run` on it, and close it. Only `corpus add` may create a new
 * SQLite file: opening a mistyped path elsewhere would create an empty corpus and report nothing found.
 */
export async function withStore<T>(
  db: string | undefined,
  run: (store: CorpusStore) => Promise<T>,
  options: { create?: boolean } = {},
): Promise<T> {
  if (!db) throw new UsageError("the corpus commands need --db <file|postgres://…>");
  const { isPostgresUrl, openStore } = await import("../corpus/open-store.js");
  if (!options.create && !isPostgresUrl(db) && !existsSync(db))
    throw new InputError("unreadable", "no corpus there (add documents to it first)", db);
  const store = await openStore(db);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

// A progress line: rewritten in place on a terminal; elsewhere one line every 10 s, so that a
// short run prints none and a long one shows it is alive.
function progressReporter(io: CliIO): { update(p: AddProgress): void; done(): void } {
  const tty = Boolean(io.stderrIsTTY);
  let last = 0;
  let shown = false;
  const line = (p: AddProgress) =>
    `corpus add: ${p.read} read, ${p.added} added, ${p.duplicates} already stored, ${p.skipped} skipped (${Math.round(
      (p.read * 1000) / Math.max(1, p.elapsedMs),
    )}/s)`;
  return {
    update(p) {
      if (p.elapsedMs - last < (tty ? 200 : 10_000)) return;
      last = p.elapsedMs;
      shown = true;
      io.stderr.write(tty ? `\r\u001b[K${line(p)}` : `${line(p)}\n`);
    },
    done() {
      if (tty && shown) io.stderr.write("\r\u001b[K");
    },
  };
}

async function addCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(CORPUS_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0)
    throw new UsageError("corpus add needs at least one file, directory or JSONL file");
  const { isIsoDate } = await import("../corpus/add.js");
  const { addPaths } = await import("../corpus/add-paths.js");
  if (values.date !== undefined && !isIsoDate(values.date))
    throw new UsageError(`--date takes an ISO 8601 date (YYYY-MM-DD), not "${values.date}"`);
  if (values.queue)
    return queueCommand(values.db, positionals, { date: values.date, outlet: values.outlet }, io);
  const progress = progressReporter(io);
  const result = await withStore(
    values.db,
    (store) =>
      addPaths(store, positionals, {
        date: values.date,
        outlet: values.outlet,
        onProgress: progress.update,
      }),
    { create: true },
  );
  progress.done();
  for (const { location, reason } of result.skippedInputs)
    io.stderr.write(`sourcetrace: ${escapeTerminal(location)}: ${escapeTerminal(reason)}\n`);
  const parts = [`${result.duplicates} already in the corpus`];
  if (result.skipped > 0) parts.push(`${result.skipped} skipped`);
  io.stdout.write(`added ${result.added} document${result.added === 1 ? "" : "s"} (${parts.join(", ")})\n`);
  if (result.skipped > 0) {
    io.stderr.write(
      `sourcetrace: ${result.skipped} input${result.skipped === 1 ? " was" : "s were"} skipped; the others were added\n`,
    );
    return EXIT.input;
  }
  return EXIT.ok;
}

/** `corpus add --queue`: the documents are read here and stored by the workers that take them. */
async function queueCommand(
  db: string | undefined,
  paths: readonly string[],
  options: { date?: string; outlet?: string },
  io: CliIO,
): Promise<number> {
  if (!db) throw new UsageError("the corpus commands need --db <file|postgres://…>");
  const [{ isPostgresUrl }, { queueableDocuments, readInputs }, { enqueueDocuments, openQueue }] =
    await Promise.all([
      import("../corpus/open-store.js"),
      import("../corpus/add.js"),
      import("../corpus/queue.js"),
    ]);
  if (!isPostgresUrl(db))
    throw new UsageError(
      "--queue needs a PostgreSQL corpus (--db postgres://…): its workers share the queue",
    );
  const { openPgStore } = await import("../corpus/pg-store.js");
  // Opening the store first creates its schema (and says in one line when the database cannot be
  // reached), so that the workers find it ready.
  await (await openPgStore(db)).close();
  const queue = await openQueue(db, (line) =>
    io.stderr.write(`sourcetrace: queue: ${escapeTerminal(line)}\n`),
  );
  const skipped: { location: string; reason: string }[] = [];
  let queued: number;
  try {
    queued = await enqueueDocuments(
      queue,
      queueableDocuments(readInputs(paths), (s) => skipped.push(s), options),
    );
  } finally {
    await queue.release();
  }
  for (const { location, reason } of skipped)
    io.stderr.write(`sourcetrace: ${escapeTerminal(location)}: ${escapeTerminal(reason)}\n`);
  const note = skipped.length > 0 ? ` (${skipped.length} skipped)` : "";
  io.stdout.write(`queued ${queued} document${queued === 1 ? "" : "s"} for corpus workers${note}\n`);
  if (skipped.length > 0) {
    io.stderr.write(
      `sourcetrace: ${skipped.length} input${skipped.length === 1 ? " was" : "s were"} skipped; the others were queued\n`,
    );
    return EXIT.input;
  }
  return EXIT.ok;
}

const size = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} KiB`
      : bytes < 1024 ** 3
        ? `${(bytes / 1024 ** 2).toFixed(1)} MiB`
        : `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

async function statsCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(CORPUS_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`corpus stats takes no arguments, got "${positionals[0]}"`);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`corpus stats prints text or json, not "${format}"`);
  const stats = await withStore(values.db, (store) => store.stats());
  if (format === "json") io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
  else
    io.stdout.write(
      `documents  ${stats.documents}\npostings   ${stats.postings}\nsize       ${size(stats.bytes)}\nintegrity  ${escapeTerminal(stats.integrity)}\n`,
    );
  if (stats.integrity !== "ok") {
    io.stderr.write(
      `sourcetrace: the corpus failed its integrity check: ${escapeTerminal(stats.integrity)}\n`,
    );
    return EXIT.input;
  }
  return EXIT.ok;
}

async function findCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(CORPUS_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? "corpus find needs an article"
        : `corpus find takes one article, got ${positionals.length}`,
    );
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`corpus find prints text or json, not "${format}"`);
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit <= 0)
    throw new UsageError(`--limit takes a positive integer, not "${values.limit}"`);
  const [{ readDocument }, { findSources }] = await Promise.all([
    import("../ingest/index.js"),
    import("../corpus/find.js"),
  ]);
  const article = await readDocument(positionals[0], { stdin: io.stdin, id: "article" });
  const candidates = await withStore(values.db, (store) => findSources(store, article, { limit }));
  if (format === "json") {
    const json = candidates.map((c) => ({
      id: c.id,
      location: c.location,
      title: c.title ?? null,
      date: c.date ?? null,
      outlet: c.outlet ?? null,
      score: c.score,
      sharedWords: c.sharedWords,
      ...(c.cited ? { cited: c.cited } : {}),
      passages: c.passages,
    }));
    io.stdout.write(`${JSON.stringify({ candidates: json }, null, 2)}\n`);
    return EXIT.ok;
  }
  if (candidates.length === 0) {
    io.stdout.write("no source found in the corpus\n");
    return EXIT.ok;
  }
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const rows = candidates.map((c, i) => [
    String(i + 1),
    c.score.toFixed(3),
    String(c.sharedWords),
    String(c.passages.length),
    c.date?.slice(0, 10) ?? "",
    escapeTerminal(
      `${clip(c.id, 60)}${c.title ? ` "${clip(c.title, 60)}"` : ""}${c.cited ? ` (cited as "${clip(c.cited, 40)}")` : ""}`,
    ),
  ]);
  const header = ["#", "score", "words", "passages", "date", "document"];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  for (const row of [header, ...rows])
    io.stdout.write(
      `${row.map((cell, k) => (k === row.length - 1 ? cell : cell.padEnd(widths[k]))).join("  ")}\n`,
    );
  return EXIT.ok;
}
