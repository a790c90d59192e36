import { loadData } from "../data.js";
import type { Token } from "./tokenize.js";

/** The role of a block of text. */
export type BlockKind = "paragraph" | "heading" | "blockquote" | "list-item" | "elision";

/** A paragraph-level block: `[start, end)` into the text. */
export interface Paragraph {
  start: number;
  end: number;
  kind: BlockKind;
}

/** A sentence: `[start, end)` into the text, and the range of its tokens. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  /** Index of its first token in the document's token list. */
  tokenStart: number;
  /** Index one past its last token. */
  tokenEnd: number;
}

interface Abbreviations {
  titles: string[];
  general: string[];
  final: string[];
  openers: string[];
}

let lexicon: { titles: Set<string>; general: Set<string>; final: Set<string>; openers: Set<string> } | undefined;
function abbreviations() {
  if (!lexicon) {
    const data = loadData<Abbreviations>("abbreviations.json");
    lexicon = {
      titles: new Set(data.titles),
      general: new Set(data.general),
      final: new Set(data.final),
      openers: new Set(data.openers),
    };
  }
  return lexicon;
}

const LIST_ITEM = /^(?:[-*•‣▪–—]|\d{1,3}[.)]|[a-z][.)])\s+\S/;
const ELISION = /^(?:\[\s*(?:\.\s*){3,}\]|\[…\]|\(…\)|…|(?:\.\s*){3,}|\*\s*\*\s*\*)$/;
const TERMINAL_END = /[.!?:;,…"”’')\]]$/;

/**
 * Split plain text into blocks. Blank lines separate blocks; inside a block, list items are
 * blocks of their own, a short unpunctuated first line is a heading, and a line holding only an
 * elision marker ("[...]", ". . . .", "…") is an elision block.
 */
export function splitBlocks(text: string): Paragraph[] {
  const blocks: Paragraph[] = [];
  const blockRe = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = blockRe.exec(text); m !== null; m = blockRe.exec(text)) {
    const lines: Paragraph[] = [];
    let at = m.index;
    for (const line of m[0].split("\n")) {
      lines.push({ start: at, end: at + line.length, kind: classifyLine(line) });
      at += line.length + 1;
    }
    let current: Paragraph | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const lineText = text.slice(line.start, line.end);
      // A short unpunctuated line opening a block is a heading: a title, a byline, a crosshead.
      const isHeading =
        i === 0 &&
        line.kind === "paragraph" &&
        looksLikeHeading(lineText, lines.length > 1 ? text.slice(lines[1].start, lines[1].end) : undefined);
      if (line.kind !== "paragraph" || isHeading) {
        if (current) blocks.push(current);
        blocks.push(isHeading ? { ...line, kind: "heading" } : line);
        current = undefined;
      } else if (current && current.kind === "paragraph") {
        current.end = line.end;
      } else {
        if (current) blocks.push(current);
        current = { ...line };
      }
    }
    if (current) blocks.push(current);
  }
  return blocks;
}

function classifyLine(line: string): BlockKind {
  if (ELISION.test(line)) return "elision";
  if (LIST_ITEM.test(line)) return "list-item";
  return "paragraph";
}

// A short unpunctuated capitalised line is a heading when it stands alone, or when the next
// line starts a sentence and this one is in title case or much shorter (hard-wrapped prose has
// lines of similar length that run on).
function looksLikeHeading(line: string, next: string | undefined): boolean {
  if (TERMINAL_END.test(line)) return false;
  const words = line.split(" ");
  if (words.length > 12 || !/^\p{Lu}/u.test(line)) return false;
  if (next === undefined) return true;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(next)) return false;
  const long = words.filter((w) => w.length > 3);
  const titleCase = long.length > 0 && long.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  return titleCase || line.length < next.length * 0.6;
}

const TERMINALS = new Set([".", "!", "?", "...", "…"]);
const CLOSERS = new Set(['"', "'", "\u201D", "\u2019", "\u00BB", "\u203A", ")", "]", "}", "!", "?", ".", "…", "..."]);
const OPENERS = new Set(['"', "'", "\u201C", "\u2018", "\u00AB", "\u2039", "(", "[", "\u201E"]);

/**
 * Split each paragraph into sentences. Linear in the number of tokens.
 *
 * A sentence ends at ".", "!", "?" or an ellipsis (with any closing quotes and brackets glued
 * to it) followed by whitespace and a capital, a digit or an opening quote. A period does not end
 * a sentence after a title ("Col.", "Dr."), an initial ("J."), or a general abbreviation
 * ("Jan.", "No."); after an abbreviation that often ends sentences ("U.S.", "a.m.", "Inc.") it
 * ends one only when the next word is a usual sentence opener ("The", "He", "But").
 */
export function splitSentences(text: string, paragraphs: Paragraph[], tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    while (t < tokens.length && tokens[t].start < para.start) t++;
    let first = t;
    let k = t;
    while (k < tokens.length && tokens[k].end <= para.end) {
      const boundary = isBoundary(text, tokens, k, para.end);
      if (boundary >= 0) {
        sentences.push(make(tokens, first, boundary + 1, p));
        first = boundary + 1;
        k = boundary + 1;
      } else {
        k++;
      }
    }
    if (first < k) sentences.push(make(tokens, first, k, p));
    t = k;
  }
  return sentences;
}

function make(tokens: Token[], from: number, to: number, paragraph: number): Sentence {
  return { start: tokens[from].start, end: tokens[to - 1].end, paragraph, tokenStart: from, tokenEnd: to };
}

/** If token `k` ends a sentence, the index of the sentence's last token; otherwise -1. */
function isBoundary(text: string, tokens: Token[], k: number, paraEnd: number): number {
  const tok = tokens[k];
  if (tok.kind !== "punct" || !TERMINALS.has(tok.key === "..." ? "..." : text.slice(tok.start, tok.end))) {
    return -1;
  }
  // Glue closing marks and further terminals written without a space ("?!", '."', ".)").
  let last = k;
  while (
    last + 1 < tokens.length &&
    tokens[last + 1].end <= paraEnd &&
    tokens[last + 1].start === tokens[last].end &&
    CLOSERS.has(text.slice(tokens[last + 1].start, tokens[last + 1].end))
  ) {
    last++;
  }
  const next = tokens[last + 1];
  if (!next || next.start >= paraEnd) return -1; // the paragraph end closes the sentence anyway
  if (next.start === tokens[last].end) return -1; // "U.S", "3.5", "e.g"
  const nextText = text.slice(next.start, next.end);
  const startsSentence =
    /^[\p{Lu}\p{Lt}\p{N}]/u.test(nextText) ||
    OPENERS.has(nextText) ||
    (next.kind === "punct" && nextText === "[");
  if (!startsSentence) return -1;
  if (text[tok.start] !== ".") return last; // "!", "?", ellipsis
  if (tok.end - tok.start > 1) return last; // "..." typed as dots

  // A single period: look at what it follows.
  const abbrev = abbreviationBefore(text, tokens, k);
  if (abbrev === null) return last;
  const { titles, general, final, openers } = abbreviations();
  const nextKey = next.kind === "word" ? next.key : "";
  if (final.has(abbrev)) return openers.has(nextKey) ? last : -1;
  if (titles.has(abbrev) || general.has(abbrev)) return -1;
  if (/^\p{L}$/u.test(abbrev) && /^\p{Lu}$/u.test(text.slice(tokens[k - 1].start, tokens[k - 1].end))) {
    return openers.has(nextKey) && nextKey !== "a" && nextKey !== "i" ? last : -1; // an initial: "J. Smith"
  }
  if (abbrev.includes(".")) return openers.has(nextKey) ? last : -1; // unknown dotted: "N.A.T.O."
  return last;
}

/**
 * The abbreviation a period at token `k` closes, folded ("u.s", "col"), or null when the period
 * follows something that is not a word glued to it.
 */
function abbreviationBefore(text: string, tokens: Token[], k: number): string | null {
  let i = k - 1;
  if (i < 0 || tokens[i].end !== tokens[k].start || tokens[i].kind !== "word") return null;
  // Walk back over "U.S.A" style chains: single letters joined by periods with no spaces.
  let from = i;
  while (
    from >= 2 &&
    tokens[from - 1].key === "." &&
    tokens[from - 1].start === tokens[from - 2].end &&
    tokens[from].start === tokens[from - 1].end &&
    tokens[from - 2].kind === "word" &&
    tokens[from - 2].end - tokens[from - 2].start <= 2
  ) {
    from -= 2;
  }
  i = from;
  return text.slice(tokens[i].start, tokens[k - 1].end).toLowerCase();
}
