import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { InputError } from "./errors.js";

/** Limits for fetching a URL. */
export interface FetchOptions {
  /** Give up after this many milliseconds in all (default: 15000). */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes (default: 20 MiB). */
  maxBytes?: number;
  /** Follow at most this many redirects (default: 5). */
  maxRedirects?: number;
  /** Allow loopback, private and link-local addresses (default: false). */
  allowPrivate?: boolean;
}

/** A fetched response body. */
export interface Fetched {
  bytes: Uint8Array;
  /** The URL after redirects. */
  url: string;
  contentType: string;
}

/**
 * Fetch a URL with limits: http(s) only, a total timeout, a body size cap, a bounded number of
 * redirects, and every hop's host checked so that private, loopback and link-local addresses are
 * refused unless `allowPrivate` is set.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs = 15000, maxBytes = 20 * 1024 * 1024, maxRedirects = 5, allowPrivate = false } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const parsed = parseUrl(current, url);
      if (!allowPrivate) await assertPublic(parsed, url);
      const response = await fetch(parsed, {
        redirect: "manual",
        signal,
        headers: {
          "user-agent": "sourcetrace (+offline-first article tracer)",
          accept: "text/html,text/plain;q=0.9,*/*;q=0.5",
        },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.get("location")) {
        await response.body?.cancel();
        if (hop >= maxRedirects)
          throw new InputError("fetch-failed", `more than ${maxRedirects} redirects`, url);
        current = new URL(response.headers.get("location") as string, parsed).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new InputError(
          "fetch-failed",
          `the server answered ${response.status} ${response.statusText}`.trim(),
          url,
        );
      }
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new InputError(
          "too-large",
          `the page is ${declared} bytes, over the ${maxBytes}-byte limit`,
          url,
        );
      }
      const bytes = await readCapped(response, maxBytes, url);
      return { bytes, url: parsed.href, contentType: response.headers.get("content-type") ?? "" };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason =
      (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError"
        ? `no complete answer within ${timeoutMs} ms`
        : `could not fetch (${describe(error)})`;
    throw new InputError("fetch-failed", reason, url, { cause: error });
  }
}

function parseUrl(value: string, original: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new InputError("unreadable", "not a valid URL", original);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InputError(
      "unreadable",
      `only http and https URLs can be fetched, not ${parsed.protocol}`,
      original,
    );
  }
  return parsed;
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InputError("too-large", `the page is over the ${maxBytes}-byte limit`, url);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

async function assertPublic(url: URL, original: string): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  for (const address of addresses) {
    if (isPrivateAddress(address)) {
      throw new InputError(
        "blocked-address",
        `${host} resolves to ${address}, a private or loopback address; pass --allow-private to fetch it`,
        original,
      );
    }
  }
}

/** True for loopback, private, link-local, unique-local, CGNAT, multicast and unspecified addresses. */
export function isPrivateAddress(address: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      a >= 224 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 198 && (b === 18 || b === 19))
    );
  }
  const v6 = address.toLowerCase();
  return (
    v6 === "::" ||
    v6 === "::1" ||
    v6.startsWith("fc") ||
    v6.startsWith("fd") ||
    v6.startsWith("fe8") ||
    v6.startsWith("fe9") ||
    v6.startsWith("fea") ||
    v6.startsWith("feb") ||
    v6.startsWith("ff") ||
    v6.startsWith("::ffff:")
  );
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
