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
  for (const piece of pieces(value, 0)) {
    buffer += piece;
    if (buffer.length >= size) {
      yield rewrite(buffer);
      buffer = "";
    }
  }
  yield `${rewrite(buffer)}\n`;
}

function* pieces(value: unknown, depth: number): Generator<string> {
  const indent = "  ".repeat(depth);
  if (depth < SPLIT_DEPTH && Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i ? "," : ""}\n${indent}  `;
      // As in JSON.stringify, a missing array member is written as null.
      const member = value[i];
      yield* pieces(member === undefined || typeof member === "function" ? null : member, depth + 1);
    }
    return yield `\n${indent}]`;
  }
  if (depth < SPLIT_DEPTH && isPlainObject(value)) {
    let first = true;
    for (const [key, member] of Object.entries(value)) {
      if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
      yield `${first ? "{" : ","}\n${indent}  ${JSON.stringify(key)}: `;
      first = false;
      yield* pieces(member, depth + 1);
    }
    return yield first ? "{}" : `\n${indent}}`;
  }
  const json = JSON.stringify(value, null, 2) ?? "null";
  yield depth > 0 && json.includes("\n") ? json.replaceAll("\n", `\n${indent}`) : json;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { toJSON?: unknown }).toJSON !== "function" &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);
