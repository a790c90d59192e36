import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";

const OPENERS = new Set(["“", "‘", '"']);
const CLOSERS = new Set(["”", "’", '"']);
/** What a closing mark follows when it ends a quotation rather than a word ("dogs’ bowls"). */
const BEFORE_CLOSE = /[.!?,;:…—–-]/;

/**
 * Quotations whose marks fall in different paragraphs, which a pairing of marks within a
 * paragraph misses: a quoted tweet or letter laid out on several lines, its opening mark on the
 * first (`‘The council lied.`) and its closing mark on the last (`Shameful!’`). A paragraph's
 * text from an opening mark that nothing closes in it to its end is quoted, and so is its text
 * from its start to a closing mark that follows punctuation and that nothing opened in it. Only
 * ever more text counted as quoted, so the rhetoric stage can only flag less.
 */
export function unpairedQuotes(doc: Document): Span[] {
  const out: Span[] = [];
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    // Pair the marks in order; what is left is a close that nothing opened, or an open that
    // nothing closes. An opening mark starts a word (not "‘90s"); a closing mark ends one. With
    // no quotation open, a closing mark counts only after punctuation: else it is an apostrophe
    // ("the dogs’ bowls").
    let depth = 0;
    let firstUnclosed = -1;
    let lastUnopened = -1;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      const prev = text[i - 1] ?? " ";
      const next = text[i + 1] ?? " ";
      if (OPENERS.has(ch) && /[\s([]/.test(prev) && /[^\s\d]/.test(next)) {
        if (depth === 0) firstUnclosed = i;
        depth++;
      } else if (CLOSERS.has(ch) && /\S/.test(prev) && /[\s.,;:!?)\]…—–-]/.test(next)) {
        if (depth > 0) {
          depth--;
          if (depth === 0) firstUnclosed = -1;
        } else if (BEFORE_CLOSE.test(prev)) lastUnopened = i;
      }
    }
    if (lastUnopened >= 0) out.push({ start: p.start, end: p.start + lastUnopened + 1 });
    if (depth > 0) out.push({ start: p.start + firstUnclosed, end: p.end });
  }
  return out;
}
