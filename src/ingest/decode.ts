import { InputError } from "./errors.js";

/** Text decoded from bytes and the encoding it was read as. */
export interface Decoded {
  text: string;
  encoding: string;
  /** Invalid byte sequences replaced with U+FFFD (only for UTF-8 with a few bad bytes). */
  replaced?: number;
}

/**
 * Decode input bytes: a UTF-8 or UTF-16 byte-order mark wins; then UTF-8; then UTF-16 without
 * a mark (NUL bytes at every other position for Latin scripts; for other scripts, a strict
 * decode that reads as letters with separators); then a declared `<meta charset>` for HTML;
 * then Windows-1252, the superset of Latin-1 that mislabelled web pages use. UTF-8 with a few
 * invalid bytes among valid multi-byte characters stays UTF-8, the bad bytes replaced by U+FFFD
 * and counted in `replaced`. Binary content (NUL bytes, many control characters, known file
 * signatures) is refused.
 */
export function decodeBytes(bytes: Uint8Array, location?: string): Decoded {
  if (bytes.length === 0) throw new InputError("empty", "the input is empty", location);
  const bom = bomEncoding(bytes);
  if (bom) return { text: strictDecode(bytes, bom, location), encoding: bom };
  const signature = binarySignature(bytes);
  if (signature)
    throw new InputError("binary", `this is a binary file (${signature}), not text or HTML`, location);
  const utf16 = utf16WithoutBom(bytes) ?? utf16OtherScript(bytes);
  if (utf16) return { text: strictDecode(bytes, utf16, location), encoding: utf16 };
  if (hasNul(bytes))
    throw new InputError(
      "binary",
      "this is a binary file (it contains NUL bytes), not text or HTML",
      location,
    );

  // One lenient pass; only when it had to replace something is the input looked at again.
  let text = new TextDecoder("utf-8").decode(bytes);
  let encoding = "utf-8";
  let replaced = 0;
  const replacements = countChar(text, 0xfffd) - countReplacementChars(bytes);
  if (replacements > 0) {
    const declared = declaredCharset(bytes);
    if (declared && declared !== "utf-8" && declared !== "utf8") {
      encoding = declared;
    } else if (nonAscii(text) - countChar(text, 0xfffd) > replacements) {
      // Mostly valid multi-byte UTF-8: a few corrupted bytes, not a legacy encoding.
      replaced = replacements;
    } else {
      encoding = "windows-1252";
    }
    if (encoding !== "utf-8") {
      try {
        text = legacyDecode(bytes, encoding);
      } catch {
        encoding = "windows-1252";
        text = legacyDecode(bytes, encoding);
      }
    }
  }
  if (controlShare(text) > 0.05) {
    throw new InputError(
      "binary",
      "this looks like a binary file (too many control characters), not text",
      location,
    );
  }
  return replaced > 0 ? { text, encoding, replaced } : { text, encoding };
}

// Windows-1252's characters at 0x80-0x9F (curly quotes, dashes, the euro sign, …), by byte;
// the five bytes it leaves undefined stay as their C1 code points, as the WHATWG table says.
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Decode with a legacy single-byte encoding. Node 20's decoder for "windows-1252" (and for the
 * labels that mean it: latin1, iso-8859-1, ascii) decodes 0x80-0x9F as C1 controls, as
 * ISO-8859-1 does, which loses every curly quote and dash; those bytes are mapped here.
 */
function legacyDecode(bytes: Uint8Array, encoding: string): string {
  const decoder = new TextDecoder(encoding);
  const text = decoder.decode(bytes);
  if (decoder.encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function countChar(text: string, code: number): number {
  const ch = String.fromCharCode(code);
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

// U+FFFD written in the input itself (EF BF BD) is text, not a replacement.
function countReplacementChars(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needle = Buffer.from([0xef, 0xbf, 0xbd]);
  let n = 0;
  for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + 3)) n++;
  return n;
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
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

// Separators of text in scripts without Latin letters: ASCII blanks (whose UTF-16 has a NUL
// byte) or ideographic punctuation (、。，！？「」 and the ideographic space). Bytes of ASCII or
// Windows-1252 text misread as UTF-16 cannot form any of them.
const SEPARATOR = /[\t\n\r \u3000\u3001\u3002\u300c\u300d\uff01\uff0c\uff1f]/gu;
const LETTER = /[\p{L}\p{M}]/gu;
const UNLIKELY = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}\ufffd]/gu;

/**
 * UTF-16 without a byte-order mark in a script other than Latin (Cyrillic, Greek, Chinese, …):
 * no NUL at every other byte, so the byte order whose strict decode of the first 4 KiB reads
 * as text (at least half letters, at least 1% separators, under 1% control, unassigned,
 * private-use or surrogate code points) wins.
 */
function utf16OtherScript(b: Uint8Array): string | undefined {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 8 || b.length % 2 !== 0) return undefined;
  let best: string | undefined;
  let bestLetters = 0;
  for (const encoding of ["utf-16le", "utf-16be"]) {
    // Lenient: a pair cut at the end of the sample is one U+FFFD, counted as unlikely.
    const sample = new TextDecoder(encoding, { ignoreBOM: true }).decode(b.subarray(0, n));
    const units = sample.length;
    const letters = (sample.match(LETTER)?.length ?? 0) / units;
    const separators = (sample.match(SEPARATOR)?.length ?? 0) / units;
    const unlikely = (sample.match(UNLIKELY)?.length ?? 0) - (sample.match(/[\t\n\r\f]/g)?.length ?? 0);
    if (letters >= 0.5 && separators >= 0.01 && unlikely / units < 0.01 && letters > bestLetters) {
      best = encoding;
      bestLetters = letters;
    }
  }
  return best;
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
