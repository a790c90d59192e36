import type { Document } from "../text/document.js";
import { itemContaining } from "../text/search.js";

/** True when `pos` lies inside quotation marks opened earlier in its paragraph, or in a block quote. */
export function insideQuotes(doc: Document, pos: number): boolean {
  const para = doc.paragraphs[itemContaining(doc.paragraphs, pos)];
  if (!para) return false;
  if (para.kind === "blockquote") return true;
  let open = false;
  // Quotations longer than 2,000 characters are rare; the bound keeps huge paragraphs linear.
  for (let i = Math.max(para.start, pos - 2000); i < pos; i++) {
    const c = doc.text[i];
    if (c === "\u201C") open = true;
    else if (c === "\u201D") open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
