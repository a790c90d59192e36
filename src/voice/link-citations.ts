import type { Document } from "../text/document.js";
import { foldKey } from "../text/fold.js";
import type { Citation } from "./types.js";

/** Characters at the head of a source searched for its title, authors and outlet. */
const HEAD = 600;
/** Share of a cited title's words that must open a source for the title to name it. */
const TITLE_SHARE = 0.7;

// Case, quote styles, apostrophes and dashes folded; punctuation dropped: "The Silt Contract:
// How…" and "The silt contract – how…" give the same words.
const words = (text: string): string[] =>
  foldKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

const significant = (ws: string[]): string[] => ws.filter((w) => w.length > 2);

interface SourceHead {
  id: string;
  title: Set<string>;
  head: string;
  headWords: Set<string>;
}

function describe(doc: Document): SourceHead {
  const head = [doc.meta.title, doc.meta.byline, doc.meta.siteName, doc.text.slice(0, HEAD)]
    .filter(Boolean)
    .join("\n");
  const ws = words(head);
  return {
    id: doc.id,
    title: new Set(doc.meta.title ? words(doc.meta.title) : []),
    head: ` ${ws.join(" ")} `,
    headWords: new Set(ws),
  };
}

// How well each test names a source: the title (share of its words at the source's head, or in
// its own title), else every author's surname, else the outlet's words in order.
function byTitle(c: Citation, s: SourceHead): number {
  const ws = significant(words(c.title ?? ""));
  if (ws.length === 0) return 0;
  const inTitle = ws.filter((w) => s.title.has(w)).length / ws.length;
  const inHead = ws.filter((w) => s.headWords.has(w)).length / ws.length;
  return Math.max(inTitle, inHead);
}

function byAuthors(c: Citation, s: SourceHead): boolean {
  const outlet = c.outlet ? foldKey(c.outlet) : "";
  // An "author" that is the outlet (an organisation) names nobody in particular.
  const people = c.authors.filter((a) => foldKey(a) !== outlet && words(a).length > 1);
  if (people.length === 0) return false;
  return people.every((a) => s.headWords.has(words(a).at(-1) ?? ""));
}

function byOutlet(c: Citation, s: SourceHead): boolean {
  const ws = words(c.outlet ?? "").filter((w) => w !== "the");
  return ws.length > 0 && s.head.includes(` ${ws.join(" ")} `);
}

/**
 * Link each citation to the given source it names, setting `citation.source`: by its title
 * (case, quote styles, apostrophes and dashes folded), else by its authors' surnames, else by its
 * outlet, each looked for in the source's title, byline, site name and opening text. A test that
 * fits more than one source links nothing: a wrong link would give one document another's words.
 */
export function linkCitations(citations: Citation[], sources: Document[]): void {
  if (sources.length === 0) return;
  const heads = sources.map(describe);
  for (const c of citations) {
    const titled = heads
      .map((s) => ({ s, score: byTitle(c, s) }))
      .filter((x) => x.score >= TITLE_SHARE)
      .sort((a, b) => b.score - a.score);
    if (titled.length > 0) {
      if (titled.length === 1 || titled[0].score > titled[1].score) c.source = titled[0].s.id;
      continue;
    }
    for (const test of [byAuthors, byOutlet]) {
      const hits = heads.filter((s) => test(c, s));
      if (hits.length === 1) c.source = hits[0].id;
      if (hits.length > 0) break;
    }
  }
}
