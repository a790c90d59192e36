import { lookup as dnsLookup } from "node:dns";
import type { IncomingMessage } from "node:http";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { InputError } from "./errors.js";

/** Limits for fetching a URL. */
export interface FetchOptions {
  /** Give up after this many milliseconds in all, name resolution included (default: 15000). */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes, after decompression (default: 20 MiB). */
  maxBytes?: number;
  /** Follow at most this many redirects (default: 5). */
  maxRedirects?: number;
  /** Allow loopback, private and other special-purpose addresses (default: false). */
  allowPrivate?: boolean;
  /** Resolve host names with this function (default: `dns.lookup`, the system resolver). */
  resolve?: (host: string) => Promise<string[]>;
}

/** A fetched response body. */
export interface Fetched {
  bytes: Uint8Array;
  /** The URL after redirects, without any user name or password. */
  url: string;
  contentType: string;
}

/**
 * Every special-purpose range of the IANA IPv4 and IPv6 registries that is not a public web
 * server's address: private, loopback, link-local, shared (CGNAT), documentation, benchmarking,
 * multicast, reserved; and every IPv6 form that carries an IPv4 address or tunnels to one
 * (IPv4-compatible, IPv4-mapped, IPv4-translated, NAT64, 6to4, Teredo), whose embedded address
 * would otherwise bypass the IPv4 ranges.
 */
const SPECIAL_RANGES: [string, number, "ipv4" | "ipv6"][] = [
  ["0.0.0.0", 8, "ipv4"], // "this network"
  ["10.0.0.0", 8, "ipv4"], // private
  ["100.64.0.0", 10, "ipv4"], // shared address space (CGNAT)
  ["127.0.0.0", 8, "ipv4"], // loopback
  ["169.254.0.0", 16, "ipv4"], // link-local, cloud metadata
  ["172.16.0.0", 12, "ipv4"], // private
  ["192.0.0.0", 24, "ipv4"], // IETF protocol assignments
  ["192.0.2.0", 24, "ipv4"], // documentation
  ["192.31.196.0", 24, "ipv4"], // AS112
  ["192.52.193.0", 24, "ipv4"], // AMT
  ["192.88.99.0", 24, "ipv4"], // 6to4 relay anycast
  ["192.168.0.0", 16, "ipv4"], // private
  ["192.175.48.0", 24, "ipv4"], // direct delegation AS112
  ["198.18.0.0", 15, "ipv4"], // benchmarking
  ["198.51.100.0", 24, "ipv4"], // documentation
  ["203.0.113.0", 24, "ipv4"], // documentation
  ["224.0.0.0", 4, "ipv4"], // multicast
  ["240.0.0.0", 4, "ipv4"], // reserved, broadcast
  ["::", 96, "ipv6"], // unspecified, loopback, IPv4-compatible
  ["::ffff:0:0", 96, "ipv6"], // IPv4-mapped
  ["::ffff:0:0:0", 96, "ipv6"], // IPv4-translated (SIIT)
  ["64:ff9b::", 96, "ipv6"], // NAT64
  ["64:ff9b:1::", 48, "ipv6"], // local-use NAT64
  ["100::", 64, "ipv6"], // discard-only
  ["2001::", 23, "ipv6"], // IETF protocol assignments, Teredo (2001::/32), benchmarking, ORCHID
  ["2001:db8::", 32, "ipv6"], // documentation
  ["2002::", 16, "ipv6"], // 6to4
  ["3fff::", 20, "ipv6"], // documentation
  ["5f00::", 16, "ipv6"], // segment routing
  ["fc00::", 7, "ipv6"], // unique local
  ["fe80::", 10, "ipv6"], // link-local
  ["fec0::", 10, "ipv6"], // site-local (deprecated)
  ["ff00::", 8, "ipv6"], // multicast
];

// One list per family: a BlockList matches IPv4 addresses against IPv6 rules too (as ::a.b.c.d),
// so ::/96 in a shared list would block every IPv4 address.
const BLOCKED = { ipv4: new BlockList(), ipv6: new BlockList() };
for (const [network, prefix, family] of SPECIAL_RANGES) BLOCKED[family].addSubnet(network, prefix, family);

/**
 * True for an address no fetch should reach unless asked to: any special-purpose IPv4 or IPv6
 * address (see the ranges above), and anything that is not an IP address at all.
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return family === 4 ? BLOCKED.ipv4.check(address, "ipv4") : BLOCKED.ipv6.check(address, "ipv6");
}

/** `url` as it may be shown: without a user name or password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.href;
  } catch {
    return url.replace(/\/\/[^/?#]*@/, "//");
  }
}

const systemResolve = (host: string): Promise<string[]> =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((a) => a.address)),
    ),
  );

/**
 * Fetch a URL with limits: http(s) only, one timeout over everything (name resolution, connection,
 * redirects, body), a body size cap counted after decompression, a bounded number of redirects.
 * Unless `allowPrivate` is set, every hop's host is resolved once, every address it resolves to
 * is checked, and the connection goes to the checked address: the resolver is not asked again,
 * so a name that answers differently the second time (DNS rebinding) cannot redirect the fetch.
 * No error message shows a URL's user name or password.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs = 15000, maxBytes = 20 * 1024 * 1024, maxRedirects = 5, allowPrivate = false } = options;
  const resolve = options.resolve ?? systemResolve;
  const shown = redactUrl(url);
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const parsed = parseUrl(current, shown);
      const host = parsed.hostname.replace(/^\[|\]$/g, "");
      if (isIP(host) && !allowPrivate) assertPublic(host, host, shown);
      const lookup: LookupFunction = (hostname, opts, callback) => {
        const answer = within(resolve(hostname), signal).then((addresses) => {
          if (addresses.length === 0)
            throw new InputError("fetch-failed", `${hostname} has no address`, shown);
          if (!allowPrivate) for (const a of addresses) assertPublic(hostname, a, shown);
          return addresses;
        });
        answer.then(
          (addresses) => {
            const all = addresses.map((address) => ({ address, family: isIP(address) }));
            if (opts.all) callback(null, all);
            else callback(null, all[0].address, all[0].family);
          },
          (error) => callback(error as NodeJS.ErrnoException, ""),
        );
      };
      const response = await get(parsed, lookup, signal);
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.destroy();
        if (hop >= maxRedirects)
          throw new InputError("fetch-failed", `more than ${maxRedirects} redirects`, shown);
        current = new URL(location, parsed).href;
        continue;
      }
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new InputError(
          "fetch-failed",
          `the server answered ${status} ${response.statusMessage ?? ""}`.trim(),
          shown,
        );
      }
      const declared = Number(response.headers["content-length"] ?? "0");
      if (declared > maxBytes) {
        response.destroy();
        throw new InputError(
          "too-large",
          `the page is ${declared} bytes, over the ${maxBytes}-byte limit`,
          shown,
        );
      }
      const bytes = await readCapped(decoded(response), maxBytes, shown, signal);
      return {
        bytes,
        url: redactUrl(parsed.href),
        contentType: String(response.headers["content-type"] ?? ""),
      };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    // The cause is the signal's TimeoutError when time ran out, so callers can tell the two apart.
    if (signal.aborted)
      throw new InputError("fetch-failed", `no complete answer within ${timeoutMs} ms`, shown, {
        cause: signal.reason,
      });
    throw new InputError("fetch-failed", `could not fetch (${describe(error)})`, shown, { cause: error });
  }
}

function assertPublic(host: string, address: string, shown: string): void {
  if (isPrivateAddress(address)) {
    const what = host === address ? address : `${host} resolves to ${address}, which`;
    throw new InputError(
      "blocked-address",
      `${what} is a private or loopback address, or another special-purpose one; pass --allow-private to fetch it`,
      shown,
    );
  }
}

// A promise that rejects when the signal aborts, so a resolver that never answers is timed out.
function within<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

function get(url: URL, lookup: LookupFunction, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, {
      method: "GET",
      lookup,
      signal,
      agent: false,
      headers: {
        "user-agent": "sourcetrace (+offline-first article tracer)",
        accept: "text/html,text/plain;q=0.9,*/*;q=0.5",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    request.once("response", resolve);
    request.once("error", reject);
    request.end();
  });
}

// The body with its content coding undone; the size cap counts the decompressed bytes, so a
// small compressed bomb is stopped at the cap.
function decoded(response: IncomingMessage): Readable {
  const coding = String(response.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const decoder =
    coding === "gzip" || coding === "x-gzip"
      ? createGunzip()
      : coding === "deflate"
        ? createInflate()
        : coding === "br"
          ? createBrotliDecompress()
          : undefined;
  if (!decoder) return response;
  response.on("error", (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

async function readCapped(
  body: Readable,
  maxBytes: number,
  shown: string,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  const abort = () => body.destroy(signal.reason);
  signal.addEventListener("abort", abort, { once: true });
  try {
    for await (const chunk of body) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        body.destroy();
        throw new InputError("too-large", `the page is over the ${maxBytes}-byte limit`, shown);
      }
      chunks.push(chunk as Buffer);
    }
  } finally {
    signal.removeEventListener("abort", abort);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function parseUrl(value: string, shown: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new InputError("unreadable", "not a valid URL", shown);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InputError(
      "unreadable",
      `only http and https URLs can be fetched, not ${parsed.protocol}`,
      shown,
    );
  }
  return parsed;
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { cause?: { code?: string; message?: string } };
  return e.code ?? e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}
