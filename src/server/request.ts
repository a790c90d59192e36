import type { InputFormat } from "./analysis.js";
import { HttpError } from "./errors.js";

/** One input of `POST /api/analyze`: exactly one of `text`, `base64` (an uploaded file) or `url`. */
export interface InputSpec {
  id: string;
  text?: string;
  base64?: string;
  url?: string;
  format: InputFormat;
}

/** A validated `POST /api/analyze` body. */
export interface AnalyzeRequest {
  article: InputSpec;
  sources: InputSpec[];
  /** Timeout for each URL input in ms, at most the server's own. */
  timeoutMs?: number;
  /**
   * Also flag the persuasion techniques below the precision gate, as the CLI's
   * `--experimental-rhetoric` does (default: false).
   */
  experimentalRhetoric: boolean;
}

/** Bounds on a request's shape (its size is bounded by the body limit). */
export interface RequestLimits {
  /** Sources per analysis (default: 20). */
  maxSources?: number;
}

const FORMATS: readonly InputFormat[] = ["auto", "text", "html"];
const INPUT_KEYS = new Set(["id", "text", "base64", "url", "format"]);
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
// Ids appear in the report and file names; they stay short, single-line text.
const ID = /^[^\u0000-\u001f\u007f]{1,200}$/;

/**
 * Check the shape of a `POST /api/analyze` body and give every input an id: `article` for the
 * article (as the CLI does), and for a source its URL's last path segment or `source-N`.
 * Throws an {@link HttpError} 400 naming the first problem.
 */
export function parseAnalyzeRequest(body: unknown, limits: RequestLimits = {}): AnalyzeRequest {
  const maxSources = limits.maxSources ?? 20;
  if (!isObject(body)) throw bad("the body must be a JSON object");
  unknownKeys(body, new Set(["article", "sources", "options"]), "the body");
  const options = body.options ?? {};
  if (!isObject(options)) throw bad("options must be an object");
  unknownKeys(options, new Set(["format", "timeoutMs", "experimentalRhetoric"]), "options");
  const format = options.format ?? "auto";
  if (!FORMATS.includes(format as InputFormat))
    throw bad(`options.format must be one of ${FORMATS.join(", ")}`);
  const timeoutMs = options.timeoutMs;
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && (timeoutMs as number) > 0))
    throw bad("options.timeoutMs must be a positive integer");
  const experimentalRhetoric = options.experimentalRhetoric ?? false;
  if (typeof experimentalRhetoric !== "boolean")
    throw bad("options.experimentalRhetoric must be true or false");

  if (body.article === undefined) throw bad("article is required");
  const article = parseInput(body.article, "article", "article", format as InputFormat);
  const rawSources = body.sources ?? [];
  if (!Array.isArray(rawSources)) throw bad("sources must be an array");
  if (rawSources.length > maxSources) throw bad(`at most ${maxSources} sources per analysis`);
  const sources = rawSources.map((s, i) =>
    parseInput(s, `sources[${i}]`, defaultSourceId(s, i), format as InputFormat),
  );
  const given = rawSources.map((s) => isObject(s) && s.id !== undefined);
  // Ids name the documents that spans point into, so the article's is taken too.
  const seen = new Set<string>([article.id]);
  sources.forEach((s, i) => {
    if (seen.has(s.id)) {
      if (given[i])
        throw bad(
          s.id === article.id
            ? `sources[${i}] has the article's id "${s.id}"; give it its own id`
            : `two sources share the id "${s.id}"; give each its own id`,
        );
      // A derived id that clashes (two pages named index.html) is told apart by position.
      s.id = `${s.id}#${i + 1}`;
    }
    seen.add(s.id);
  });
  return { article, sources, timeoutMs: timeoutMs as number | undefined, experimentalRhetoric };
}

function parseInput(value: unknown, where: string, fallbackId: string, format: InputFormat): InputSpec {
  if (!isObject(value)) throw bad(`${where} must be an object with text, base64 or url`);
  unknownKeys(value, INPUT_KEYS, where);
  const given = (["text", "base64", "url"] as const).filter((k) => value[k] !== undefined);
  if (given.length !== 1) throw bad(`${where} needs exactly one of text, base64 or url`);
  const kind = given[0];
  if (typeof value[kind] !== "string") throw bad(`${where}.${kind} must be a string`);
  const spec: InputSpec = { id: fallbackId, format, [kind]: value[kind] };
  if (kind === "base64" && !BASE64.test(value.base64 as string)) throw bad(`${where}.base64 is not base64`);
  if (kind === "url") checkUrl(value.url as string, where);
  if (value.id !== undefined) {
    if (typeof value.id !== "string" || !ID.test(value.id))
      throw bad(`${where}.id must be 1 to 200 characters on one line`);
    spec.id = value.id;
  }
  if (value.format !== undefined) {
    if (!FORMATS.includes(value.format as InputFormat))
      throw bad(`${where}.format must be one of ${FORMATS.join(", ")}`);
    spec.format = value.format as InputFormat;
  }
  return spec;
}

function checkUrl(url: string, where: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw bad(`${where}.url is not a valid URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw bad(`${where}.url must be an http or https URL`);
}

function defaultSourceId(value: unknown, index: number): string {
  if (isObject(value) && typeof value.url === "string") {
    try {
      const url = new URL(value.url);
      const last = url.pathname.split("/").filter(Boolean).pop();
      return last ? decodeURIComponentSafe(last).slice(0, 200) : url.hostname;
    } catch {
      // Reported as a bad URL by parseInput.
    }
  }
  return `source-${index + 1}`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function unknownKeys(value: Record<string, unknown>, allowed: Set<string>, where: string): void {
  const extra = Object.keys(value).find((k) => !allowed.has(k));
  if (extra !== undefined)
    throw bad(`${where} has an unknown field "${extra}" (allowed: ${[...allowed].join(", ")})`);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const bad = (message: string) => new HttpError(400, message);
