import { loadData } from "../data.js";
import type { Document } from "../text/document.js";

/**
 * Republication notices: a short paragraph of its own by which a text says it was published
 * elsewhere first ("This article was originally published on …", "Reprinted with permission").
 * The phrases are data (`data/corpus-republication.json`).
 */

// Longest paragraph read as a notice: longer ones are prose that may merely mention one.
const NOTICE_CHARS = 300;

let openings: string[] | undefined;

/** The paragraphs of `doc` that are republication notices, as their text. */
export function republicationNotices(doc: Document): string[] {
  openings ??= loadData<{ notices: string[] }>("corpus-republication.json").notices;
  const found: string[] = [];
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end).trim();
    if (text.length > NOTICE_CHARS) continue;
    const lower = text.toLowerCase();
    // The phrase must end at a word's end: "first postedited" is no notice.
    if (openings.some((o) => lower.startsWith(o) && !/[\p{L}\p{N}]/u.test(lower.charAt(o.length))))
      found.push(text);
  }
  return found;
}
