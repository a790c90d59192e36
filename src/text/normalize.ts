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

/**
 * Normalize `input` into analysis text.
 *
 * Line endings become `\n`; U+2028/U+2029 become `\n` and `\n\n`; blank runs inside a line
 * collapse to one space; lines are trimmed; three or more line breaks become a paragraph break
 * (`\n\n`); leading and trailing whitespace of the whole text is dropped.
 */
export function normalizeText(input: string): NormalizedText {
  const out: string[] = [];
  const origin: number[] = [];
  let pendingSpace = -1; // input offset of a blank run not yet emitted
  let pendingBreaks = 0;
  let breakAt = -1;

  const emit = (chunk: string, at: number): void => {
    if (pendingBreaks > 0 && out.length > 0) {
      const n = Math.min(pendingBreaks, 2);
      for (let k = 0; k < n; k++) {
        out.push("\n");
        origin.push(breakAt);
      }
    } else if (pendingSpace >= 0 && out.length > 0) {
      out.push(" ");
      origin.push(pendingSpace);
    }
    pendingBreaks = 0;
    pendingSpace = -1;
    for (let k = 0; k < chunk.length; k++) {
      out.push(chunk[k]);
      origin.push(at);
    }
  };

  const n = input.length;
  let i = 0;
  while (i < n) {
    const ch = input[i];
    if (ch === "\r" || ch === "\n" || ch === "\u2028" || ch === "\u2029" || ch === "\u0085") {
      const isCrLf = ch === "\r" && input[i + 1] === "\n";
      if (pendingBreaks === 0) breakAt = i;
      pendingBreaks += ch === "\u2029" ? 2 : 1;
      pendingSpace = -1;
      i += isCrLf ? 2 : 1;
      continue;
    }
    if (BLANK.test(ch)) {
      if (pendingSpace < 0 && pendingBreaks === 0) pendingSpace = i;
      i++;
      continue;
    }
    if (INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    // A cluster: one base character (a surrogate pair counts as one) and its combining marks,
    // composed together so offsets stay attached to the base character.
    let j = i + 1;
    const code = input.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    let composite = false;
    while (j < n && COMBINING.test(input[j])) {
      composite = true;
      j++;
    }
    const cluster = input.slice(i, j);
    emit(composite || code > 0x7f ? cluster.normalize("NFC") : cluster, i);
    i = j;
  }
  origin.push(n);
  return { text: out.join(""), origin: Int32Array.from(origin) };
}

/** Map an offset into normalized text back to the input it was made from. */
export function toOriginalOffset(normalized: NormalizedText, offset: number): number {
  if (offset < 0 || offset >= normalized.origin.length) {
    throw new RangeError(`offset ${offset} is outside the text (0..${normalized.text.length})`);
  }
  return normalized.origin[offset];
}
