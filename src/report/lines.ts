/** About how many characters a piece of a rendered report holds (64 KB, as the JSON pieces). */
export const PIECE_CHARS = 1 << 16;

/**
 * Lines of a report gathered and handed out in pieces of about {@link PIECE_CHARS} characters,
 * each line ended by "\n": the line renderers yield a piece whenever one is full, so a report of
 * a very long article is written without ever being one string.
 */
export class LineBuffer {
  private lines: string[] = [];
  private chars = 0;

  /** Append lines (a handful at a time; a long list goes through {@link pushAll}). */
  push(...lines: string[]): void {
    this.pushAll(lines);
  }

  /** Append every line of `lines`, in place. */
  pushAll(lines: Iterable<string>): void {
    for (const line of lines) {
      this.lines.push(line);
      this.chars += line.length + 1;
    }
  }

  /**
   * The lines gathered so far, each ended by "\n", once they fill a piece (or `min` characters):
   * the piece ends at the first line that fills it, and the lines after it (a block pushed at once)
   * wait for the next piece.
   */
  take(min = PIECE_CHARS): string | undefined {
    if (this.lines.length === 0 || this.chars < min) return undefined;
    let n = 0;
    let chars = 0;
    while (n < this.lines.length && (chars < min || min === 0)) chars += this.lines[n++].length + 1;
    const piece = `${this.lines.slice(0, n).join("\n")}\n`;
    this.lines = this.lines.slice(n);
    this.chars -= chars;
    return piece;
  }

  /** Whatever is left, as the last piece. */
  rest(): string | undefined {
    return this.take(0);
  }
}

/** `pieces` joined into pieces of at least {@link PIECE_CHARS} characters (the last may be shorter). */
export function* coalesce(pieces: Iterable<string>, size = PIECE_CHARS): Generator<string> {
  let parts: string[] = [];
  let chars = 0;
  for (const piece of pieces) {
    parts.push(piece);
    chars += piece.length;
    if (chars >= size) {
      yield parts.join("");
      parts = [];
      chars = 0;
    }
  }
  if (parts.length > 0) yield parts.join("");
}
