/**
 * One escaping function per output syntax, for every piece of text that came from an input
 * (article and source text, titles, bylines, file names, URLs, ids derived from them). Renderers
 * call these where such text is emitted; nothing else in a report needs escaping.
 */

export { esc as escapeHtml } from "./html/escape.js";

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embeddings,
// overrides and isolates that reorder what a reader sees ("Trojan Source").
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe for a terminal: every control character but tab and line feed (escape
 * sequences that retitle the window, clear the screen or write the clipboard; bidirectional
 * overrides) becomes U+FFFD, one code unit for one, so every offset into the text still holds.
 * The renderer's own colours are added after this, and are the only escape sequences left.
 */
export const escapeTerminal = (text: string): string => text.replace(CONTROL, "\ufffd");

/**
 * A copy of `value` with every string in it passed through {@link escapeTerminal}: arrays and
 * plain objects are copied, typed arrays and other values kept. Since the escape keeps lengths,
 * spans into the copied texts stay valid.
 */
export function terminalSafe<T>(value: T): T {
  if (typeof value === "string") return escapeTerminal(value) as T;
  if (Array.isArray(value)) return value.map(terminalSafe) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = terminalSafe(v);
    return out as T;
  }
  return value;
}

/**
 * Text for Markdown inline content (a paragraph, a list item, a table cell, a block quote line):
 * every character CommonMark or GitHub gives a meaning (emphasis, links, images, code, raw
 * HTML, entities, table pipes, strikethrough) is backslash-escaped, runs of white space become
 * one space so no line can start a new block, and control characters are made visible.
 */
export const escapeMarkdown = (text: string): string =>
  escapeTerminal(text)
    .replace(/[\\`*_{}[\]()<>#!|~&]/g, "\\$&")
    .replace(/\s+/g, " ");

/**
 * Text as a Markdown code span: fenced by one more backtick than its longest run of backticks,
 * and padded with a space when it starts or ends with one, as CommonMark specifies; white
 * space runs become one space.
 */
export function markdownCode(text: string): string {
  const flat = escapeTerminal(text).replace(/\s+/g, " ");
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

const JSON_IN_HTML: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON text that can be embedded in an HTML `<script type="application/ld+json">` block: `<`,
 * `>` and `&` are written as `\u` escapes, so no `</script>` or `<!--` can end or change the
 * block, and the line and paragraph separators too. It parses to the same value.
 */
export const escapeJsonForHtml = (json: string): string =>
  json.replace(/[<>&\u2028\u2029]/g, (c) => JSON_IN_HTML[c]);
