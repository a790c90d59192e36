import { InputError } from "./errors.js";

/** Text decoded from bytes and the encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: string;
}

/**
 * Decode input bytes: a UTF-8 or UTF-16 byte-order mark wins; then strict UTF-8; then a
 * declared `<meta charset>` for HTML; then UTF-16 without a mark (NUL bytes at every other
 * position); then Windows-1252, the superset of Latin-1 that mislabelled web pages use.
 * Binary content (NUL bytes, many control characters, known file signatures) is refused.
 */
export function decodeBytes(bytes: Uint8Array, location?: string): Decoded {
  if (bytes.length === 0) throw new InputError("empty", "the input is empty", location);
  const bom = bomEncoding(bytes);
  if (bom) return { text: strictDecode(bytes, bom, location), encoding: bom };
  const signature = binarySignature(bytes);
  if (signature)
    throw new InputError("binary", `this is a binary file (${signature}), not text or HTML`, location);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: strictDecode(bytes, utf16, location), encoding: utf16 };
  if (hasNul(bytes))
    throw new InputError(
      "binary",
      "this is a binary file (it contains NUL bytes), not text or HTML",
      location,
    );

  let text: string;
  let encoding = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    encoding = declaredCharset(bytes) ?? "windows-1252";
    try {
      text = new TextDecoder(encoding).decode(bytes);
    } catch {
      encoding = "windows-1252";
      text = new TextDecoder(encoding).decode(bytes);
    }
  }
  if (controlShare(text) > 0.05) {
    throw new InputError(
      "binary",
      "this looks like a binary file (too many control characters), not text",
      location,
    );
  }
  return { text, encoding };
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return undefined;
}

function strictDecode(bytes: Uint8Array, encoding: string, location?: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(
      "not-decodable",
      `the input says it is ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}`,
      location,
    );
  }
}

const SIGNATURES: [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["ZIP archive or Office document", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
];

function binarySignature(b: Uint8Array): string | undefined {
  for (const [name, sig] of SIGNATURES) {
    if (b.length >= sig.length && sig.every((x, i) => b[i] === x)) return name;
  }
  return undefined;
}

function hasNul(b: Uint8Array): boolean {
  const n = Math.min(b.length, 65536);
  for (let i = 0; i < n; i++) if (b[i] === 0) return true;
  return false;
}

// UTF-16 text of a Latin-script language has a NUL in every other byte.
function utf16WithoutBom(b: Uint8Array): string | undefined {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul === 0) return "utf-16le";
  if (evenNul > pairs * 0.4 && oddNul === 0) return "utf-16be";
  return undefined;
}

function declaredCharset(b: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(b.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : undefined;
}

function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return sample.length === 0 ? 0 : bad / sample.length;
}
