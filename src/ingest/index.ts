import { createHash } from "node:crypto";
import { type FileHandle, open } from "node:fs/promises";
import { createDocument, type Document, type DocumentMeta } from "../text/document.js";
import { headlineLine } from "../text/segment.js";
import { decodeBytes } from "./decode.js";
import { InputError } from "./errors.js";
import { type FetchOptions, fetchUrl, redactUrl } from "./fetch.js";
import { extractHtml, looksLikeHtml } from "./html.js";

export { InputError, type InputErrorCode } from "./errors.js";
export { type FetchOptions, fetchUrl, isPrivateAddress, redactUrl } from "./fetch.js";

/** Options for reading an input. */
export interface IngestOptions extends FetchOptions {
  /** Document id (default: derived from the content hash). */
  id?: string;
  /** How to read the input (default: `auto`: HTML when the name or content says so). */
  format?: "auto" | "text" | "html";
  /** Refuse inputs larger than this many bytes (default: 50 MiB). */
  maxBytes?: number;
  /** Read standard input from this stream when the location is `-` (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** True when `location` is an http(s) URL. */
export const isUrl = (location: string): boolean => /^https?:\/\//i.test(location);

/**
 * Read a document from a file path, an http(s) URL, or `-` (standard input), decode it,
 * extract the article from HTML, and normalize it. Throws {@link InputError} for inputs that
 * cannot be analysed.
 */
export async function readDocument(location: string, options: IngestOptions = {}): Promise<Document> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  let hint: "text" | "html" | undefined;
  if (isUrl(location)) {
    const fetched = await fetchUrl(location, { ...options, maxBytes });
    bytes = fetched.bytes;
    if (/html/i.test(fetched.contentType)) hint = "html";
    else if (/text\/plain/i.test(fetched.contentType)) hint = "text";
  } else if (location === "-") {
    bytes = await readStream(options.stdin ?? process.stdin, maxBytes);
  } else {
    bytes = await readLocalFile(location, maxBytes);
    if (/\.x?html?$/i.test(location)) hint = "html";
  }
  return documentFromBytes(bytes, {
    ...options,
    // A URL's user name and password are never echoed, in errors or in the report.
    location: isUrl(location) ? redactUrl(location) : location,
    format: options.format === "auto" ? hint : (options.format ?? hint),
  });
}

/**
 * Make a document from input bytes. `format` forces text or HTML; without it the content
 * decides.
 */
export function documentFromBytes(
  bytes: Uint8Array,
  options: { id?: string; location?: string; format?: "text" | "html" | "auto"; maxBytes?: number } = {},
): Document {
  const { location } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new InputError(
      "too-large",
      `the input is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
      location,
    );
  }
  const decoded = decodeBytes(bytes, location);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const format =
    !options.format || options.format === "auto"
      ? looksLikeHtml(decoded.text)
        ? "html"
        : "text"
      : options.format;
  return documentFromString(decoded.text, {
    id: options.id,
    location,
    format,
    encoding: decoded.encoding,
    replacedBytes: decoded.replaced,
    sha256,
  });
}

/**
 * Make a document from a string of plain text or HTML. Throws {@link InputError} when there
 * is no text to analyse.
 */
export function documentFromString(
  input: string,
  options: {
    id?: string;
    location?: string;
    format?: "text" | "html";
    encoding?: string;
    /** Invalid byte sequences the decoder replaced (default: none). */
    replacedBytes?: number;
    sha256?: string;
  } = {},
): Document {
  const { location } = options;
  const format = options.format ?? (looksLikeHtml(input) ? "html" : "text");
  if (input.trim().length === 0) throw new InputError("empty", "the input holds only whitespace", location);
  let doc: Document;
  const decoding: Partial<DocumentMeta> = { encoding: options.encoding };
  if (options.replacedBytes) decoding.replacedBytes = options.replacedBytes;
  if (format === "html") {
    const page = extractHtml(input);
    const meta: Partial<DocumentMeta> = { location, format, ...decoding };
    for (const key of ["title", "byline", "date", "siteName", "lang"] as const)
      if (page[key]) meta[key] = page[key];
    doc = createDocument(page.blocks.map((b) => b.text).join("\n\n"), {
      id: options.id,
      meta,
      original: input,
      blocks: page.blocks,
      sha256: options.sha256,
    });
    if (doc.text.length === 0)
      throw new InputError("no-article-text", "the HTML page has no article text", location);
  } else {
    doc = createDocument(input, {
      id: options.id,
      meta: { location, format, ...decoding },
      sha256: options.sha256,
    });
    if (doc.tokenStore.length === 0) throw new InputError("empty", "the input holds no text", location);
    if (!doc.meta.title) {
      const first = doc.paragraphs[0];
      // A first line in a headline's title case is the title, though it ends on "!" or "?".
      const line = first ? doc.text.slice(first.start, first.end) : "";
      if (
        first &&
        (first.kind === "heading" ||
          (doc.paragraphs.length > 1 && (headlineLine(line) || firstLineHeadline(line))))
      )
        doc.meta.title = line;
    }
  }
  // A short "By …" or "Posted by …" line right under the headline is the byline, in a page
  // Readability did not read one from as in plain text.
  const second = doc.paragraphs[0]?.kind === "heading" ? doc.paragraphs[1] : undefined;
  const line = second ? doc.text.slice(second.start, second.end) : "";
  if (!doc.meta.byline && line.length <= 160 && /^(?:by|posted by|written by)\s+\p{Lu}/iu.test(line))
    doc.meta.byline = line;
  return doc;
}

// Most words of a slogan headline ("Vote No!", "End The Ferry Cuts!").
const MAX_SLOGAN_WORDS = 6;
// Most words of a first line in title case read as the headline: a long headline ("Former Harbour
// Master Accuses Council of Ferry Cover-up, Calls on Mayor to Resign") runs past the 16 words a
// title-case line elsewhere may have.
const MAX_FIRST_LINE_WORDS = 24;

/**
 * Whether the first line reads as the headline though {@link headlineLine} refuses it: in title
 * case with up to {@link MAX_FIRST_LINE_WORDS} words, or a short slogan with every word capitalised,
 * small words too ("End The Ferry Cuts!", "Vote No!"), which is what tells it from a sentence
 * ("Stop it!"), or a line in sentence case closing on no punctuation at all. A title-case line
 * closes on "!" or "?" or on no punctuation: a full stop or a comma ends a sentence.
 */
function firstLineHeadline(line: string): boolean {
  if (line.includes("\n") || !/^["“‘']?[\p{Lu}\p{N}]/u.test(line)) return false;
  if (/[.:;,…]["'”’)\]]*$/u.test(line)) return false;
  const words = line
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length > 0);
  if (words.length < 2 || words.length > MAX_FIRST_LINE_WORDS) return false;
  const capitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  const long = words.filter((w) => w.length > 3);
  if (long.length >= 3 && long.every(capitalised)) return true;
  // "German cardinal: liturgical ‘blessing’ for gay unions is ‘truly … sacrilegious’": a line in
  // sentence case that closes on no punctuation at all, above the body, is a headline too; a
  // sentence of the body would close on a stop.
  if (long.length >= 3 && !/[!?]["'”’)\]]*$/u.test(line)) return true;
  return words.length <= MAX_SLOGAN_WORDS && words.every(capitalised);
}

/**
 * Read a file with the size cap enforced while reading: a regular file's declared size is
 * checked first, and devices (`/dev/zero`), pipes and FIFOs, which declare none, are read in
 * chunks until the cap is passed.
 */
async function readLocalFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, "r");
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError("unreadable", "is a directory, not a file", path);
    if (info.isFile() && info.size > maxBytes) {
      throw new InputError(
        "too-large",
        `the file is ${info.size} bytes, over the ${maxBytes}-byte limit`,
        path,
      );
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      chunks.push(chunk.subarray(0, bytesRead));
      if (total > maxBytes)
        throw new InputError("too-large", `the input is over the ${maxBytes}-byte limit`, path);
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES"
          ? "permission denied"
          : code === "EISDIR"
            ? "is a directory, not a file"
            : `cannot be read (${code ?? "unknown error"})`;
    throw new InputError("unreadable", reason, path, { cause: error });
  } finally {
    await handle?.close();
  }
}

/** Bytes asked of the operating system per read (default of the file reader). */
const READ_CHUNK = 1 << 16;

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes)
      throw new InputError("too-large", `standard input is over the ${maxBytes}-byte limit`, "-");
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
