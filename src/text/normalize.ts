/**
 * Text normalization with an offset map back to the input.
 *
 * The normalized text keeps every visible character the author typed (curly quotes, dashes,
 * ellipses, non-breaking spaces stay as they are: comparison keys fold them, not the text),
 * and removes only what carries no meaning for analysis: carriage returns, invisible format
 * characters, runs of blanks, trailing blanks and runs of blank lines. Composed forms follow NFC.
 */

/** The result of {@link normalizeText}. */
export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /**
   * For each code unit of `text` (and one past the end), the offset of the code unit of the
   * input it came from. Monotonic non-decreasing.
   */
  origin: Int32Array;
}

// Zero-width and other invisible format characters that only hide or join text: soft hyphen,
// zero-width space/joiners, word joiner, BOM, bidi marks and embeddings.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;
// Blanks that collapse into one space. The non-breaking spaces (U+00A0, U+202F) stay as typed.
const BLANK = /[ \t\f\v\u1680\u2000-\u200A\u205F\u3000]/;
const COMBINING = /\p{M}/u;
// Combining marks start at U+0300: a character below it never joins the character before.
const FIRST_MARK = 0x300;

// Per UTF-16 code unit, learnt on first sight: 1 when it is a combining mark, 2 when not.
const MARK = new Uint8Array(0x10000);
const isMark = (code: number): boolean => {
  if (MARK[code] === 0) MARK[code] = COMBINING.test(String.fromCharCode(code)) ? 1 : 2;
  return MARK[code] === 1;
};

// Per UTF-16 code unit, learnt on first sight: 1 when, standing alone, it is copied as it is
// (printable, no blank, line break, invisible character or surrogate, its own NFC form), 2 not.
const PLAIN = new Uint8Array(0x10000);
const isPlain = (code: number): boolean => {
  if (PLAIN[code] === 0) {
    const ch = String.fromCharCode(code);
    const special =
      code <= 0x20 ||
      code === 0x7f ||
      code === 0x85 ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0xd800 && code <= 0xdfff) ||
      BLANK.test(ch) ||
      INVISIBLE.test(ch) ||
      ch.normalize("NFC") !== ch;
    PLAIN[code] = special ? 2 : 1;
  }
  return PLAIN[code] === 1;
};

// NFC of a lone BMP character is almost always itself; cache the answer per character.
const nfcCache = new Map<string, string>();
function nfc(ch: string): string {
  let out = nfcCache.get(ch);
  if (out === undefined) {
    out = ch.normalize("NFC");
    if (nfcCache.size < 4096) nfcCache.set(ch, out);
  }
  return out;
}

/** Output under construction: pieces of text and the input offset of each code unit. */
class Builder {
  parts: string[] = [];
  origin: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.origin = new Int32Array(capacity + 16);
  }
  private reserve(extra: number): void {
    if (this.length + extra < this.origin.length) return;
    const grown = new Int32Array(Math.max(this.origin.length * 2, this.length + extra + 16));
    grown.set(this.origin.subarray(0, this.length));
    this.origin = grown;
  }
  /** Copy `input[from, to)` unchanged. */
  copy(input: string, from: number, to: number): void {
    this.parts.push(input.slice(from, to));
    this.reserve(to - from);
    const origin = this.origin;
    let length = this.length;
    for (let k = from; k < to; k++) origin[length++] = k;
    this.length = length;
  }
  /** The result, with the final origin entry `end` (one past the end of the input). */
  finish(end: number): NormalizedText {
    this.reserve(1);
    this.origin[this.length] = end;
    const size = this.length + 1;
    // Keep the buffer when it is nearly full rather than copying it.
    const origin =
      size * 10 >= this.origin.length * 9 ? this.origin.subarray(0, size) : this.origin.slice(0, size);
    return { text: this.parts.join(""), origin };
  }
  /** Append `piece`, every code unit of it coming from input offset `at`. */
  put(piece: string, at: number): void {
    this.parts.push(piece);
    this.reserve(piece.length);
    for (let k = 0; k < piece.length; k++) this.origin[this.length++] = at;
  }
}

/**
 * Normalize `input` into analysis text.
 *
 * Line endings become `\n`; U+2028/U+2029 become `\n` and `\n\n`; blank runs inside a line
 * collapse to one space; lines are trimmed; three or more line breaks become a paragraph break
 * (`\n\n`); leading and trailing whitespace of the whole text is dropped.
 */
export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  // The output is made of verbatim slices of the input (runs of printable ASCII with single
  // spaces and line breaks, the common case) and of pieces emitted one by one.
  const out = new Builder(n);
  let pendingSpace = -1; // input offset of a blank run not yet emitted
  let pendingBreaks = 0;
  let breakAt = -1;
  let runStart = -1; // input offset where the current verbatim run started

  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    // A plain character not followed by a combining mark: extend the verbatim run.
    if (
      ((code > 0x20 && code < 0x7f) || (code > 0x7f && isPlain(code))) &&
      !(i + 1 < n && input.charCodeAt(i + 1) >= FIRST_MARK && isMark(input.charCodeAt(i + 1)))
    ) {
      if (runStart < 0) {
        // Emit the pending line breaks or space before new visible text.
        if (pendingBreaks > 0 && out.length > 0) out.put(pendingBreaks >= 2 ? "\n\n" : "\n", breakAt);
        else if (pendingSpace >= 0 && out.length > 0) out.put(" ", pendingSpace);
        pendingBreaks = 0;
        pendingSpace = -1;
        runStart = i;
      }
      i++;
      continue;
    }
    // A single space or line break between plain characters is kept as it is: stay in the run.
    if ((code === 0x20 || code === 0x0a) && runStart >= 0 && i + 1 < n) {
      const next = input.charCodeAt(i + 1);
      if ((next > 0x20 && next < 0x7f) || (next > 0x7f && isPlain(next))) {
        i++;
        continue;
      }
    }
    if (runStart >= 0) {
      out.copy(input, runStart, i);
      runStart = -1;
    }
    const ch = input[i];
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85) {
      const isCrLf = code === 0x0d && input.charCodeAt(i + 1) === 0x0a;
      if (pendingBreaks === 0) breakAt = i;
      pendingBreaks += code === 0x2029 ? 2 : 1;
      pendingSpace = -1;
      i += isCrLf ? 2 : 1;
      continue;
    }
    if (code === 0x20 || code === 0x09 || (code > 0x7f && BLANK.test(ch)) || code === 0x0b || code === 0x0c) {
      if (pendingSpace < 0 && pendingBreaks === 0) pendingSpace = i;
      i++;
      continue;
    }
    if (code > 0x7f && INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    // A cluster: one base character (a surrogate pair counts as one) and its combining marks,
    // composed together so offsets stay attached to the base character.
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    let composite = false;
    while (j < n && input.charCodeAt(j) >= FIRST_MARK && isMark(input.charCodeAt(j))) {
      composite = true;
      j++;
    }
    const cluster = j === i + 1 ? ch : input.slice(i, j);
    if (pendingBreaks > 0 && out.length > 0) out.put(pendingBreaks >= 2 ? "\n\n" : "\n", breakAt);
    else if (pendingSpace >= 0 && out.length > 0) out.put(" ", pendingSpace);
    pendingBreaks = 0;
    pendingSpace = -1;
    out.put(composite ? cluster.normalize("NFC") : code > 0x7f ? nfc(cluster) : cluster, i);
    i = j;
  }
  if (runStart >= 0) out.copy(input, runStart, n);
  return out.finish(n);
}

/** Map an offset into normalized text back to the input it was made from. */
export function toOriginalOffset(normalized: NormalizedText, offset: number): number {
  if (offset < 0 || offset >= normalized.origin.length) {
    throw new RangeError(`offset ${offset} is outside the text (0..${normalized.text.length})`);
  }
  return normalized.origin[offset];
}
