import { createHash, randomBytes } from "node:crypto";

/** A fresh nonce for one response's inline style and script. */
export const newNonce = (): string => randomBytes(16).toString("base64");

/** The policy of every response that is not a page: nothing may load, nothing may frame it. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The policy of a page: its own inline style and script by nonce, fetches to this server only,
 * and no framing. The report's share bars set widths in `style` attributes; those exact
 * declarations are allowed by hash ('unsafe-hashes' covers attributes whose hash is listed, never
 * any other), so the page needs no 'unsafe-inline'.
 */
export function pagePolicy(nonce: string, html: string): string {
  const attributeHashes = new Set<string>();
  for (const m of html.matchAll(/\sstyle="([^"]*)"/g)) {
    attributeHashes.add(`'sha256-${createHash("sha256").update(unescapeAttribute(m[1])).digest("base64")}'`);
  }
  const styleAttr = attributeHashes.size > 0 ? `'unsafe-hashes' ${[...attributeHashes].join(" ")}` : "'none'";
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src-elem 'nonce-${nonce}'`,
    `style-src-attr ${styleAttr}`,
    "img-src data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const unescapeAttribute = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
