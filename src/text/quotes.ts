import type { Document } from "./document.js";
import { itemContaining, lowerBound } from "./search.js";
import type { Paragraph } from "./segment.js";

/** A pair of quotation marks found in the text, before classification. */
export interface QuoteSpan {
  /** `[start, end)`: marks included (or the paragraph start when the opening mark was lost). */
  start: number;
  end: number;
  /** The words between the marks. */
  contentStart: number;
  contentEnd: number;
  /** 0 for a top-level quote, 1 for a quote inside another. */
  depth: number;
  /** The opening mark was lost: the quote runs from the paragraph start to its closing mark. */
  openMissing: boolean;
  /** No closing mark: the quote runs to the end of its paragraph. */
  closeMissing: boolean;
  /** Index of the paragraph the quote opens in and of the one it closes in. */
  firstParagraph: number;
  lastParagraph: number;
}

type Family = "double" | "single";
// "spaced": a straight double mark with spaces on both sides after punctuation ('…this, " Trump
// said'), which can only close an open quote.
type Role = "open" | "close" | "ambiguous" | "spaced";

interface OpenMark {
  pos: number;
  /** 1, or 2 for a double mark typed as two apostrophes (''). */
  width: number;
  family: Family;
  paragraph: number;
}

const DOUBLE_OPEN = new Set(["\u201C", "\u201E", "\u00AB"]);
const DOUBLE_CLOSE = new Set(["\u201D", "\u00BB"]);
const SINGLE_OPEN = new Set(["\u2018", "\u201A", "\u2039"]);
const SINGLE_CLOSE = new Set(["\u2019", "\u203A"]);
const MARKS = new Set([
  '"',
  "'",
  "\u201C",
  "\u201D",
  "\u201E",
  "\u00AB",
  "\u00BB",
  "\u2018",
  "\u2019",
  "\u201A",
  "\u2039",
  "\u203A",
]);
// The codes of MARKS.
const isMarkCode = (c: number): boolean =>
  c === 0x22 ||
  c === 0x27 ||
  c === 0xab ||
  c === 0xbb ||
  (c >= 0x2018 && c <= 0x201e && c !== 0x201b) ||
  c === 0x2039 ||
  c === 0x203a;
const BEFORE_OPENER = /[\s([{\u2014\u2013\-/:\u201C\u2018"'\u00AB]/;
const WORDISH = /[\p{L}\p{N}]/u;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

// The role a mark can play given its neighbours: an opener follows a space or bracket and precedes
// a non-space; a closer follows a non-space and precedes a space, punctuation or the end.
function markRole(
  text: string,
  i: number,
  from: number,
  to: number,
): { family: Family; role: Role; width: number } | undefined {
  // Asked of every character of the text: one that is no quotation mark is turned away by its code.
  if (!isMarkCode(text.charCodeAt(i))) return undefined;
  const found = markKind(text, i, from, to);
  return found && { ...found, width: text[i] === "'" && text[i + 1] === "'" ? 2 : 1 };
}

function markKind(
  text: string,
  i: number,
  from: number,
  to: number,
): { family: Family; role: Role } | undefined {
  // Two apostrophes ('') stand for a double mark in some newspaper archives.
  const twin = text[i] === "'" && i + 1 < to && text[i + 1] === "'";
  const c = twin ? '"' : text[i];
  if (!MARKS.has(c)) return undefined;
  const prev = i > from ? text[i - 1] : undefined;
  const after = twin ? i + 2 : i + 1;
  // Markup that leaked into the text (author="x") quotes attribute values, not words.
  if (prev === "=" || (after < to && text[after] === "=")) return undefined;
  const next = after < to ? text[after] : undefined;
  const openCtx = (prev === undefined || BEFORE_OPENER.test(prev)) && !isSpace(next);
  const closeCtx = !isSpace(prev) && (next === undefined || !WORDISH.test(next));
  if (DOUBLE_OPEN.has(c)) return { family: "double", role: "open" };
  if (DOUBLE_CLOSE.has(c)) return { family: "double", role: "close" };
  if (c === '"') {
    if (openCtx && !closeCtx) return { family: "double", role: "open" };
    if (closeCtx && !openCtx) return { family: "double", role: "close" };
    if (openCtx || closeCtx) return { family: "double", role: "ambiguous" };
    return isSpace(prev) && isSpace(next) && /[,.;!?'\u2019]/.test(text[i - 2] ?? "")
      ? { family: "double", role: "spaced" }
      : undefined;
  }
  if (SINGLE_OPEN.has(c)) return openCtx ? { family: "single", role: "open" } : undefined;
  if (SINGLE_CLOSE.has(c) || c === "'") {
    // An apostrophe inside a word ("don't", "O’Neill") is not a mark.
    if (prev !== undefined && next !== undefined && WORDISH.test(prev) && WORDISH.test(next))
      return undefined;
    if (c === "'" && openCtx && next !== undefined && WORDISH.test(next))
      return { family: "single", role: "open" };
    return closeCtx ? { family: "single", role: "close" } : undefined;
  }
  return undefined;
}

// Whether the next straight double mark from `from` in the paragraph [start, end) can only close.
function nextStraightCloses(text: string, from: number, start: number, end: number): boolean {
  for (let j = from; j < end; j++)
    if (text.charCodeAt(j) === 0x22) return markRole(text, j, start, end)?.role === "close";
  return false;
}

/**
 * Find quotations by pairing marks with a stack, paragraph by paragraph, in one pass over the
 * text. Curly and straight marks are both read; straight marks take their role from their
 * neighbours. A quote left open at a paragraph end continues when the next paragraph opens with a
 * mark of the same family (the convention for multi-paragraph quotes), or when a later paragraph
 * closes it before any other mark of its family opens ({@link lateClose}), and is otherwise closed
 * at the paragraph end. A closing double mark with no opener is a quote whose opening mark was lost:
 * it runs from the start of its sentence (or the end of the previous quote in it), unless it ends
 * its paragraph with no tag after it: a stray mark, no quote.
 */
export function findQuotes(
  text: string,
  paragraphs: Paragraph[],
  sentences: { start: number; end: number }[] = [],
): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let stack: OpenMark[] = [];
  // The last paragraph a quote left open is carried to: the one holding its closing mark.
  let carryUntil = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    let lastEnd = para.start;
    if (stack.length > 0) {
      const first = markRole(text, para.start, para.start, para.end);
      const bottom = stack[0];
      if (first && first.role !== "close" && first.family === bottom.family && para.kind !== "heading") {
        i = para.start + first.width; // continuation mark of a multi-paragraph quote
        stack = [bottom];
      } else {
        // A quote laid over several paragraphs with no continuation marks is carried to its close.
        if (p > carryUntil) carryUntil = lateClose(text, paragraphs, p, bottom);
        if (p <= carryUntil) stack = [bottom];
        else {
          closeAtParagraphEnd(stack, paragraphs, p - 1, quotes);
          stack = [];
        }
      }
    }
    for (; i < para.end; i++) {
      // Most characters are no mark: turned away here, before a call.
      if (!isMarkCode(text.charCodeAt(i))) continue;
      const mark = markRole(text, i, para.start, para.end);
      if (!mark) continue;
      const at = i;
      i += mark.width - 1;
      const openAt = findOpen(stack, mark.family);
      const closes =
        mark.role === "close" || ((mark.role === "ambiguous" || mark.role === "spaced") && openAt >= 0);
      if (!closes) {
        // 'Says Governor Marsh, " We will …."': a spaced mark with nothing open opens the quote
        // when the next straight double mark of the paragraph can only close one.
        const opensSpaced = mark.role === "spaced" && nextStraightCloses(text, i + 1, para.start, para.end);
        if (
          (mark.role === "ambiguous" && mark.family === "single") ||
          (mark.role === "spaced" && !opensSpaced)
        )
          continue;
        stack.push({ pos: at, width: mark.width, family: mark.family, paragraph: p });
        continue;
      }
      if (openAt >= 0) {
        const open = stack[openAt];
        stack = stack.slice(0, openAt);
        quotes.push({
          start: open.pos,
          end: i + 1,
          contentStart: open.pos + open.width,
          contentEnd: at,
          depth: stack.length,
          openMissing: false,
          closeMissing: false,
          firstParagraph: open.paragraph,
          lastParagraph: p,
        });
        lastEnd = i + 1;
      } else if (mark.family === "double" && stack.length === 0 && !endsParagraph(text, i + 1, para.end)) {
        // The lost opening mark most likely began the sentence the closing mark ends. A closing
        // mark ending its paragraph with no tag after it ("Critics disagreed, calling it
        // reckless.”") is a stray mark: nothing shows where a quote would begin or who says it.
        const si = itemContaining(sentences, at);
        let start = Math.max(lastEnd, si >= 0 ? sentences[si].start : para.start);
        while (start < at && /\s/.test(text[start])) start++;
        if (start < at) {
          quotes.push({
            start,
            end: i + 1,
            contentStart: start,
            contentEnd: at,
            depth: 0,
            openMissing: true,
            closeMissing: false,
            firstParagraph: p,
            lastParagraph: p,
          });
        }
        lastEnd = i + 1;
      }
    }
    // Single marks never span paragraphs unless they opened the quote; drop inner leftovers.
    if (stack.length > 0) stack = [stack[0]];
  }
  if (stack.length > 0) closeAtParagraphEnd(stack, paragraphs, paragraphs.length - 1, quotes);
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

// Whether only white space stands in `text` from `from` to `end`.
function endsParagraph(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!/\s/.test(text[k])) return false;
  return true;
}

/** How many paragraphs after its own a quote with no continuation marks may still close in. */
const LATE_CLOSE_PARAGRAPHS = 8;
const BEFORE_LATE_CLOSE = /[.!?,;:\u2026\u2014\u2013-]/;

/**
 * The paragraph, from `p` on, holding the closing mark of the quote `open` left open at the end of
 * the paragraph before `p` — a quoted letter or post laid out over several paragraphs, its opening
 * mark on the first and its closing mark on the last — or -1. The first mark of the quote's family
 * met must close, within {@link LATE_CLOSE_PARAGRAPHS} paragraphs and before a heading; a single
 * closing mark must follow punctuation, else it is an apostrophe ("the dogs’ bowls"), and a single
 * opening mark before a digit is an elided year ("‘90s"), never carried.
 */
function lateClose(text: string, paragraphs: Paragraph[], p: number, open: OpenMark): number {
  if (open.family === "single" && /\d/.test(text[open.pos + open.width] ?? "")) return -1;
  const last = Math.min(paragraphs.length, p + LATE_CLOSE_PARAGRAPHS);
  for (let q = p; q < last; q++) {
    const para = paragraphs[q];
    if (para.kind === "heading") return -1;
    for (let i = para.start; i < para.end; i++) {
      if (!isMarkCode(text.charCodeAt(i))) continue;
      const mark = markRole(text, i, para.start, para.end);
      if (!mark || mark.family !== open.family) continue;
      const closes = mark.role === "close" || (mark.role === "spaced" && open.family === "double");
      if (!closes) return -1;
      return open.family === "double" || BEFORE_LATE_CLOSE.test(text[i - 1] ?? "") ? q : -1;
    }
  }
  return -1;
}

function findOpen(stack: OpenMark[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
  return -1;
}

// An unclosed double quote becomes a quote to the end of its last paragraph; an unclosed single
// mark is more likely a stray apostrophe and is dropped.
function closeAtParagraphEnd(
  stack: OpenMark[],
  paragraphs: Paragraph[],
  p: number,
  quotes: QuoteSpan[],
): void {
  const open = stack[0];
  if (open.family !== "double" || p < 0) return;
  const end = paragraphs[p].end;
  if (end <= open.pos + open.width) return;
  quotes.push({
    start: open.pos,
    end,
    contentStart: open.pos + open.width,
    contentEnd: end,
    depth: 0,
    openMissing: false,
    closeMissing: true,
    firstParagraph: open.paragraph,
    lastParagraph: p,
  });
}

const quotedCache = new WeakMap<Document, (pos: number) => boolean>();

/**
 * The document's quotations, found once per document ({@link findQuotes}) and shared by every
 * layer that asks.
 */
export function documentQuotes(doc: Document): QuoteSpan[] {
  let spans = spansCache.get(doc);
  if (!spans) {
    spans = findQuotes(doc.text, doc.paragraphs, doc.sentences);
    spansCache.set(doc, spans);
  }
  return spans;
}
const spansCache = new WeakMap<Document, QuoteSpan[]>();

/**
 * Whether `pos` lies inside a top-level quotation or a block quote of the document: the text
 * the article itself marks as someone else's words. Built once per document; O(log n) per call.
 */
export function quotedAt(doc: Document): (pos: number) => boolean {
  let test = quotedCache.get(doc);
  if (!test) {
    const spans: { start: number; end: number }[] = [];
    for (const q of documentQuotes(doc)) if (q.depth === 0) spans.push({ start: q.start, end: q.end });
    for (const p of doc.paragraphs) if (p.kind === "blockquote") spans.push({ start: p.start, end: p.end });
    test = coveredBy(spans);
    quotedCache.set(doc, test);
  }
  return test;
}

/** A test of whether a position lies inside one of `spans`, in O(log n) per call. */
export function coveredBy(spans: { start: number; end: number }[]): (pos: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Ends that only grow, so that a binary search on starts finds every span covering a position.
  const reach = sorted.map((r) => r.end);
  for (let i = 1; i < reach.length; i++) reach[i] = Math.max(reach[i], reach[i - 1]);
  return (pos) => {
    const i = lowerBound(sorted, pos + 1) - 1;
    return i >= 0 && reach[i] > pos;
  };
}
