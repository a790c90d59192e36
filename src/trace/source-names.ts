import type { Span } from "../core/span.js";
import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";

/** How an article may name a source: its title, and the names in its byline or outlet. */
export interface SourceNames {
  title?: string;
  names: string[];
  /** The source's own title and byline paragraphs: an article repeating them cites, not reuses. */
  heading: Span[];
}

// Full month names ("May", "June"), the longest spelling of each month in the date data; the
// abbreviations there ("Jan", "Mar") are names as often as months.
let months: ReadonlySet<string> | undefined;
const isMonthName = (w: string): boolean => {
  if (!months) {
    const longest = new Map<number, string>();
    for (const [word, n] of Object.entries(
      loadData<{ months: Record<string, number> }>("quantities-dates.json").months,
    ))
      if (word.length > (longest.get(n)?.length ?? 0)) longest.set(n, word);
    months = new Set(longest.values());
  }
  // Capitalised as in running text: "May", not "MAY".
  return w.slice(1) === w.slice(1).toLowerCase() && months.has(w.toLowerCase());
};
const isFunctionWord = (w: string): boolean => functionWords().has(w.toLowerCase());

/**
 * The title and the author/outlet names of a source: from the page's metadata when it had any,
 * else from a short first line (the title) and a "By …" line among the first three paragraphs.
 */
export function sourceNames(doc: Document): SourceNames {
  const paragraph = (i: number) =>
    doc.paragraphs[i] ? doc.text.slice(doc.paragraphs[i].start, doc.paragraphs[i].end) : "";
  const heading: Span[] = [];
  let title = doc.meta.title;
  const first = paragraph(0).trim();
  if (first.length > 0 && first.length < 200 && !/[.!?]["”’)]?$/.test(first)) {
    title ??= first;
    heading.push(doc.paragraphs[0]);
  }
  const lines = [doc.meta.byline ?? "", doc.meta.siteName ?? ""];
  for (let i = 0; i < 3; i++) {
    if (/^\s*by\s/i.test(paragraph(i)) && paragraph(i).length < 200) {
      lines.push(paragraph(i));
      heading.push(doc.paragraphs[i]);
    }
  }
  const names = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(/\p{Lu}[\p{L}'’-]{2,}/gu)) {
      if (m[0] !== "By" && !isMonthName(m[0]) && !isFunctionWord(m[0])) names.add(m[0]);
    }
  }
  return { title, names: [...names], heading: heading.map((p) => ({ start: p.start, end: p.end })) };
}
