import { createHash } from "node:crypto";
import { createReadStream, type Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { createInterface } from "node:readline";
import { documentFromString, InputError, readDocument } from "../ingest/index.js";
import type { Document } from "../text/document.js";
import { hashedWords, SHINGLE_DEFAULTS, type ShingleOptions, shingleSequence, winnow } from "./shingles.js";
import type { CorpusDocument, CorpusStore } from "./types.js";

/** One document to add: its text or HTML and what is known about it. */
export interface DocumentInput {
  /** Where it was read from: a path, a URL or `file.jsonl:LINE`. */
  location: string;
  /** Plain text (or Markdown), read as `analyze` reads a text file. */
  text?: string;
  /** An HTML page: the article is extracted from it, and its title, byline and date kept. */
  html?: string;
  id?: string;
  url?: string;
  title?: string;
  outlet?: string;
  date?: string;
  authors?: string[];
}

/** Why an input was not added. */
export interface SkippedInput {
  location: string;
  reason: string;
}

/** Running totals, passed to {@link AddOptions.onProgress}. */
export interface AddProgress {
  /** Documents read so far (added, already stored or skipped). */
  read: number;
  added: number;
  /** Documents whose text was already in the corpus. */
  duplicates: number;
  skipped: number;
  elapsedMs: number;
}

/** What {@link addDocuments} did. */
export interface AddResult extends AddProgress {
  /** Each input not added, with the reason, in input order. */
  skippedInputs: SkippedInput[];
}

/** Options of {@link addDocuments} and `addPaths` (`add-paths.ts`). */
export interface AddOptions {
  /** Date of documents that carry none (ISO 8601; default: none). */
  date?: string;
  /** Outlet of documents that name none (default: none). */
  outlet?: string;
  /**
   * Documents per transaction: a crash loses at most one batch, which a rerun adds (default:
   * 5000). Large on purpose: a batch's postings are spread over the whole (hash, doc) index, so
   * each commit rewrites most of its pages once a corpus is large; fewer, larger batches stored
   * twice as many documents per CPU-second at 30k documents (500: 1,293; 5,000: 2,570).
   */
  batchSize?: number;
  /** Shingle options; every document of a corpus must use the same (default: {@link SHINGLE_DEFAULTS}). */
  shingles?: ShingleOptions;
  /** Refuse inputs larger than this many bytes (default: the reader's, 50 MiB). */
  maxBytes?: number;
  /** Called after each batch. */
  onProgress?: (progress: AddProgress) => void;
}

/** Files a directory contributes: text, Markdown, HTML and JSONL. */
const DOCUMENT_EXTENSIONS = new Set([
  ".txt",
  ".text",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".xhtml",
  ".jsonl",
]);

// ISO 8601 calendar dates, with an optional time and zone.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when `value` is an ISO 8601 date (`YYYY-MM-DD`, optionally with a time) of a real day. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const day = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value.slice(0, 10);
}

/** The authors a byline names: "By Ann Lee and Bo Chan" → ["Ann Lee", "Bo Chan"]. */
export function bylineAuthors(byline: string): string[] {
  const names = byline
    .replace(/^\s*(?:posted by|written by|by)\s+/i, "")
    .replace(/\s*[|·•—–-]\s.*$/, "")
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length <= 80);
  return names;
}

/** A document ready to store: its record and its shingle hashes. */
export interface PreparedDocument {
  doc: CorpusDocument;
  hashes: Uint32Array;
}

/**
 * Read one input as `analyze` would (the same decoding, HTML extraction and normalization) and
 * make its corpus record and shingle hashes. Metadata: the input's fields first, then what the page
 * says, then the defaults of `options`. Throws {@link InputError} when there is no text.
 */
export function prepareDocument(
  input: DocumentInput,
  options: Pick<AddOptions, "date" | "outlet" | "shingles"> = {},
): PreparedDocument {
  if (input.text === undefined && input.html === undefined)
    throw new InputError("empty", "the document has no text or html", input.location);
  const read = documentFromString(input.html ?? (input.text as string), {
    location: input.location,
    format: input.html !== undefined ? "html" : "text",
  });
  return fromDocument(read, input, options);
}

function fromDocument(
  read: Document,
  input: Omit<DocumentInput, "text" | "html">,
  options: Pick<AddOptions, "date" | "outlet" | "shingles">,
): PreparedDocument {
  const { n, window } = { ...SHINGLE_DEFAULTS, ...options.shingles };
  const contentHash = createHash("sha256").update(read.text).digest("hex");
  const doc: CorpusDocument = {
    id:
      input.id ??
      input.url ??
      (isPath(input.location) ? input.location : `sha256:${contentHash.slice(0, 16)}`),
    contentHash,
    location: input.location,
    text: read.text,
  };
  const url = input.url;
  const title = input.title ?? read.meta.title;
  const outlet = input.outlet ?? read.meta.siteName ?? options.outlet;
  const pageDate = read.meta.date && isIsoDate(read.meta.date) ? read.meta.date : undefined;
  const date = input.date ?? pageDate ?? options.date;
  const authors = input.authors ?? (read.meta.byline ? bylineAuthors(read.meta.byline) : undefined);
  if (url) doc.url = url;
  if (title) doc.title = title;
  if (outlet) doc.outlet = outlet;
  if (date) doc.date = date;
  if (authors?.length) doc.authors = authors;
  const hashes = winnow(shingleSequence(hashedWords(read.text, read.tokens), n), window);
  return { doc, hashes };
}

// JSONL lines are located as `file.jsonl:LINE`: not a path a document can be read back from.
const isPath = (location: string): boolean => !/\.jsonl:\d+$/.test(location);

/** An input that could not be read, kept in the stream so that it is reported in order. */
export interface Unreadable {
  location: string;
  error: string;
}

/** A file already read by the ingester. */
interface ReadFile {
  location: string;
  document: Document;
}

/** What {@link addDocuments} takes: inputs to read, files read, documents prepared, or failures to report. */
export type Item = DocumentInput | ReadFile | PreparedDocument | Unreadable;

interface Batching {
  store: CorpusStore;
  options: AddOptions;
  result: AddResult;
  started: number;
  /** Ids given to documents of this run, so that two texts under one id in a batch are told apart. */
  batchIds: Set<string>;
}

type BatchStore = CorpusStore & {
  addBatch(batch: readonly PreparedDocument[]): Promise<boolean[]>;
};
const canBatch = (store: CorpusStore): store is BatchStore =>
  typeof (store as Partial<BatchStore>).addBatch === "function";

/**
 * Add documents to the corpus, in batches of `batchSize` (each one transaction when the store
 * supports it, else one transaction per document). A text already stored (by content hash) is
 * counted as a duplicate and not added again; an input that cannot be read is skipped and listed
 * with its reason, and the others are still added. A document whose id is held by a different text
 * is stored under the id with `#` and the first 12 hex digits of its content hash appended.
 */
export async function addDocuments(
  store: CorpusStore,
  inputs: Iterable<Item> | AsyncIterable<Item>,
  options: AddOptions = {},
): Promise<AddResult> {
  const batchSize = options.batchSize ?? 5000;
  const state: Batching = {
    store,
    options,
    result: { read: 0, added: 0, duplicates: 0, skipped: 0, elapsedMs: 0, skippedInputs: [] },
    started: performance.now(),
    batchIds: new Set(),
  };
  let batch: PreparedDocument[] = [];
  for await (const item of inputs) {
    state.result.read++;
    if ("error" in item) {
      skip(state, item.location, item.error);
      continue;
    }
    const prepared = prepareItem(item, options);
    if ("error" in prepared) {
      skip(state, prepared.location, prepared.error);
      continue;
    }
    batch.push(prepared);
    if (batch.length >= batchSize) {
      await flush(state, batch);
      batch = [];
    }
  }
  await flush(state, batch);
  return state.result;
}

/** One readable item prepared for the store, or why it cannot be. */
export function prepareItem(
  item: Exclude<Item, Unreadable>,
  options: AddOptions,
): PreparedDocument | Unreadable {
  try {
    return "doc" in item
      ? item
      : "document" in item
        ? fromDocument(item.document, { location: item.location }, options)
        : prepareDocument(item, options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const location = "doc" in item ? item.doc.location : item.location;
    return { location, error: withoutLocation(error, location) };
  }
}

/**
 * The documents of the inputs, read and normalized as {@link addDocuments} reads them, for a queue
 * whose workers store them; an input that cannot be read goes to `onSkip` and is left out.
 */
export async function* queueableDocuments(
  inputs: Iterable<Item> | AsyncIterable<Item>,
  onSkip: (skipped: SkippedInput) => void,
  options: AddOptions = {},
): AsyncGenerator<CorpusDocument> {
  for await (const item of inputs) {
    const prepared = "error" in item ? item : prepareItem(item, options);
    if ("error" in prepared) onSkip({ location: prepared.location, reason: prepared.error });
    else yield prepared.doc;
  }
}

function skip(state: Batching, location: string, reason: string): void {
  state.result.skipped++;
  state.result.skippedInputs.push({ location, reason });
}

const withoutLocation = (error: InputError, location: string): string =>
  error.message.startsWith(`${location}: `) ? error.message.slice(location.length + 2) : error.message;

async function flush(state: Batching, batch: PreparedDocument[]): Promise<void> {
  const { store, result } = state;
  const fresh: PreparedDocument[] = [];
  const hashes = new Set<string>();
  for (const item of batch) {
    // Duplicates inside the batch and of stored texts are found before writing, so that the
    // batch itself never fails on them.
    if (hashes.has(item.doc.contentHash) || (await store.hasContent(item.doc.contentHash))) {
      result.duplicates++;
      continue;
    }
    hashes.add(item.doc.contentHash);
    if (state.batchIds.has(item.doc.id) || (await store.get(item.doc.id)) !== undefined)
      item.doc.id = `${item.doc.id}#${item.doc.contentHash.slice(0, 12)}`;
    state.batchIds.add(item.doc.id);
    fresh.push(item);
  }
  if (fresh.length > 0) {
    const added = canBatch(store)
      ? await store.addBatch(fresh)
      : await Promise.all(fresh.map(({ doc, hashes }) => store.add(doc, hashes)));
    for (const isNew of added) {
      if (isNew) result.added++;
      else result.duplicates++;
    }
  }
  // Ids seen in earlier batches are in the store now: the set need only cover the next batch.
  state.batchIds.clear();
  result.elapsedMs = performance.now() - state.started;
  const { skippedInputs: _, ...progress } = result;
  state.options.onProgress?.(progress);
}

/**
 * The documents of the paths given, in order: a file (text, Markdown or HTML, read as `analyze`
 * reads it), a directory (its document files, recursively, in name order; hidden entries left
 * out), or a `.jsonl` file (one JSON object per line with `text` or `html`, and optionally `id`,
 * `url`, `title`, `outlet`, `date`, `authors`). An input that cannot be read, or a malformed line,
 * comes as an {@link Unreadable} item: it is reported, and the others are still read.
 */
export async function* readInputs(
  paths: readonly string[],
  options: Pick<AddOptions, "maxBytes"> = {},
): AsyncGenerator<Item> {
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      yield {
        location: path,
        error: code === "ENOENT" ? "no such file or directory" : `cannot be read (${code})`,
      };
      continue;
    }
    if (info.isDirectory()) yield* readDirectory(path, options);
    else yield* readFile(path, options);
  }
}

async function* readDirectory(dir: string, options: Pick<AddOptions, "maxBytes">): AsyncGenerator<Item> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { location: dir, error: `cannot be read (${(error as NodeJS.ErrnoException).code})` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* readDirectory(path, options);
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase()))
      yield* readFile(path, options);
  }
}

async function* readFile(path: string, options: Pick<AddOptions, "maxBytes">): AsyncGenerator<Item> {
  if (extname(path).toLowerCase() === ".jsonl") {
    yield* readJsonl(path, options);
    return;
  }
  try {
    yield { location: path, document: await readDocument(path, { maxBytes: options.maxBytes }) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield { location: path, error: withoutLocation(error, path) };
  }
}

const STRING_FIELDS = ["id", "url", "title", "outlet", "date", "text", "html"] as const;

/** One JSONL line as a document input, or the reason it is not one. */
export function jsonlInput(line: string, location: string): DocumentInput | Unreadable {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { location, error: "not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { location, error: "not a JSON object" };
  const record = value as Record<string, unknown>;
  const input: DocumentInput = { location };
  for (const field of STRING_FIELDS) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") return { location, error: `"${field}" is not a string` };
    if (v.trim() !== "") input[field] = v;
  }
  if (input.text === undefined && input.html === undefined)
    return { location, error: 'no "text" or "html" field' };
  if (input.date !== undefined && !isIsoDate(input.date))
    return { location, error: `"date" is not an ISO 8601 date: "${input.date.slice(0, 40)}"` };
  const authors = record.authors;
  if (typeof authors === "string") input.authors = [authors];
  else if (Array.isArray(authors) && authors.every((a) => typeof a === "string")) input.authors = authors;
  else if (authors !== undefined && authors !== null)
    return { location, error: '"authors" is neither a string nor a list of strings' };
  return input;
}

async function* readJsonl(path: string, options: Pick<AddOptions, "maxBytes">): AsyncGenerator<Item> {
  const stream = createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (line.trim() === "") continue;
      const location = `${path}:${number}`;
      if (options.maxBytes !== undefined && Buffer.byteLength(line) > options.maxBytes) {
        yield { location, error: `the line is over the ${options.maxBytes}-byte limit` };
        continue;
      }
      yield jsonlInput(line, location);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield { location: path, error: code === "EACCES" ? "permission denied" : `cannot be read (${code})` };
  } finally {
    lines.close();
    stream.destroy();
  }
}
