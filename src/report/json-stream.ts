// Containers down to this depth are written member by member; anything deeper (one sentence, one
// match, one finding) is small and goes through JSON.stringify whole.
const SPLIT_DEPTH = 3;

/**
 * `value` as pretty-printed JSON, exactly `JSON.stringify(value, null, 2)` and a newline (for a
 * report, `renderJson(report)`), in pieces of about `size` characters, so that a large report
 * (hundreds of megabytes for a 50 MB article) is written without ever being one string in
 * memory. A single member larger than `size` (the article's text) is one piece. `rewrite`, when
 * given, rewrites each piece (it must map characters one by one, as the HTML-safe JSON escape does).
 */
export function* jsonChunks(
  value: unknown,
  size = 1 << 16,
  rewrite: (piece: string) => string = (piece) => piece,
): Generator<string> {
  let buffer = "";
  for (const piece of pieces(value, 0, size)) {
    buffer += piece;
    if (buffer.length >= size) {
      yield rewrite(buffer);
      buffer = "";
    }
  }
  yield `${rewrite(buffer)}\n`;
}

function* pieces(value: unknown, depth: number, size: number): Generator<string> {
  const indent = "  ".repeat(depth);
  if (depth < SPLIT_DEPTH && Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    yield "[";
    // Members per run, from the length of the last run, so that a run is about half a piece long.
    let per = 1;
    for (let i = 0; i < value.length; ) {
      // A run of members that are small, or that would be written whole anyway, is written by one
      // JSON.stringify of the run: one call per member (per field of a sentence) cost three times
      // the report's whole JSON.stringify.
      let end = i;
      while (end < value.length && end - i < per && (depth + 1 >= SPLIT_DEPTH || small(value[end], size)))
        end++;
      if (end > i) {
        // The run wrapped in `depth` arrays is written indented as this array's members are: its
        // members are what lies between the first depth + 1 opening lines, "[\n", "  [\n", …, and
        // as many closing ones, (depth + 1)(depth + 2) characters each way.
        let wrapped: unknown = value.slice(i, end);
        for (let d = 0; d < depth; d++) wrapped = [wrapped];
        const edge = (depth + 1) * (depth + 2);
        const run = `${i ? "," : ""}\n${(JSON.stringify(wrapped, null, 2) as string).slice(edge, -edge)}`;
        yield run;
        per = Math.max(1, Math.min(MAX_RUN, Math.floor((size * (end - i)) / (2 * run.length))));
        i = end;
        continue;
      }
      yield `${i ? "," : ""}\n${indent}  `;
      // As in JSON.stringify, a missing array member is written as null.
      const member = value[i];
      yield* pieces(member === undefined || typeof member === "function" ? null : member, depth + 1, size);
      i++;
    }
    return yield `\n${indent}]`;
  }
  if (depth < SPLIT_DEPTH && isPlainObject(value)) {
    let first = true;
    for (const [key, member] of Object.entries(value)) {
      if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
      yield `${first ? "{" : ","}\n${indent}  ${JSON.stringify(key)}: `;
      first = false;
      yield* pieces(member, depth + 1, size);
    }
    return yield first ? "{}" : `\n${indent}}`;
  }
  const json = JSON.stringify(value, null, 2) ?? "null";
  yield depth > 0 && json.includes("\n") ? json.replaceAll("\n", `\n${indent}`) : json;
}

// Most members of an array written in one run.
const MAX_RUN = 256;

/**
 * Whether an array member may be written in a run: it holds no text longer than a sixteenth of
 * a piece and no list longer than a 128th (at the usual 64 KB, 4,096 characters and 512 members),
 * so a source, with its whole text and paragraphs, is still written field by field.
 */
function small(value: unknown, size: number): boolean {
  if (typeof value === "string") return value.length <= size / 16;
  if (typeof value !== "object" || value === null) return true;
  for (const member of Object.values(value))
    if (
      typeof member === "string"
        ? member.length > size / 16
        : Array.isArray(member) && member.length > size / 128
    )
      return false;
  return true;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { toJSON?: unknown }).toJSON !== "function" &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);
