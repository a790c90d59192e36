import { InputError } from "../ingest/index.js";
import { PoolError } from "./pool.js";

/** An error with the HTTP status it is answered with; its message is the one-line `error`. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 415 | 422 | 500 | 502 | 503 | 504,
    message: string,
    /** Seconds for a Retry-After header (503 only). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/**
 * The HTTP answer to an error of the library or the pool: a refused address is 403, a source
 * that did not answer in time 504, one that failed otherwise 502, an input over a size limit
 * 413, any other refused input 422, and a full or stopping pool 503. Anything else is a bug: 500
 * with a generic message (the details go to the server's log, never to the client).
 */
export function toHttpError(error: unknown, retryAfter: () => number): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof InputError) {
    switch (error.code) {
      case "blocked-address":
        return new HttpError(403, error.message);
      case "fetch-failed":
        return isTimeout(error) ? new HttpError(504, error.message) : new HttpError(502, error.message);
      case "too-large":
        return new HttpError(413, error.message);
      default:
        return new HttpError(422, error.message);
    }
  }
  if (error instanceof PoolError) {
    if (error.reason === "crashed") return new HttpError(500, error.message);
    return new HttpError(503, error.message, retryAfter());
  }
  return new HttpError(500, "internal error");
}

// The fetcher wraps the AbortSignal's TimeoutError as the cause of its InputError.
function isTimeout(error: InputError): boolean {
  for (let e: unknown = error.cause; e; e = (e as Error).cause) {
    if ((e as Error).name === "TimeoutError") return true;
  }
  return false;
}

/** A message as one line of plain text: user-supplied names may hold line breaks. */
export const oneLine = (message: string): string =>
  message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
