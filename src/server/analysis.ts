import { analyze } from "../analyze.js";
import { documentFromBytes, InputError, type InputErrorCode } from "../ingest/index.js";
import { renderJson } from "../report/render-json.js";
import type { Document } from "../text/document.js";

/** How to read an input: `auto` lets the content (or a fetched page's content type) decide. */
export type InputFormat = "auto" | "text" | "html";

/** One input of an analysis, as bytes: pasted text (UTF-8), an uploaded file, or a fetched page. */
export interface InputBytes {
  id: string;
  bytes: Uint8Array;
  format: InputFormat;
  /** The URL it was fetched from; absent for pasted and uploaded inputs. */
  location?: string;
  /** The fetched page's Content-Type, a format hint as the CLI takes it. */
  contentType?: string;
}

/** An analysis to run: everything in it is plain data, so it crosses to a worker thread. */
export interface AnalysisTask {
  article: InputBytes;
  sources: InputBytes[];
  /** Refuse any input over this many bytes. */
  maxBytes: number;
  /** Also flag the rhetoric techniques below the precision gate (default: false). */
  experimentalRhetoric?: boolean;
}

/** What an analysis gives back: the report as the CLI's JSON, or why an input was refused. */
export type AnalysisResult =
  | { ok: true; json: string }
  | { ok: false; code: InputErrorCode; message: string };

/**
 * Run one analysis: the same ingest (`documentFromBytes`), `analyze` and JSON renderer as
 * `sourcetrace analyze --format json`, so the server's report equals the CLI's for the same
 * bytes. Bad input comes back as data, since this runs in a worker thread.
 */
export function runAnalysis(task: AnalysisTask): AnalysisResult {
  try {
    const article = toDocument(task.article, task.maxBytes);
    const sources = task.sources.map((s) => toDocument(s, task.maxBytes));
    const rhetoric = { experimental: task.experimentalRhetoric ?? false };
    return { ok: true, json: renderJson(analyze(article, { sources, rhetoric })) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

// The content-type hint is the one `readDocument` takes from a fetched page.
function toDocument(input: InputBytes, maxBytes: number): Document {
  let format: InputFormat | undefined = input.format;
  if (format === "auto" && input.contentType) {
    if (/html/i.test(input.contentType)) format = "html";
    else if (/text\/plain/i.test(input.contentType)) format = "text";
  }
  return documentFromBytes(input.bytes, { id: input.id, location: input.location, format, maxBytes });
}
