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
  numeric: string[];
  places: string[];
  corporate: string[];
  final: string[];
  openers: string[];
  reporting: string[];
}

type Lexicon = { [K in keyof Abbreviations]: Set<string> };

let lexicon: Lexicon | undefined;
function abbreviations(): Lexicon {
  if (!lexicon) {
    const data = loadData<Abbreviations>("abbreviations.json");
    lexicon = {
      titles: new Set(data.titles),
      general: new Set(data.general),
      numeric: new Set(data.numeric),
      places: new Set(data.places),
      corporate: new Set(data.corporate),
      final: new Set(data.final),
      openers: new Set(data.openers),
      reporting: new Set(data.reporting),
    };
  }
  return lexicon;
}

const LIST_ITEM = /^(?:[-*•‣▪–—]|\d{1,3}[.)]|[a-z][.)])\s+\S/;
const ELISION = /^(?:\[\s*(?:\.\s*){3,}\]|\[…\]|\(…\)|…|(?:\.\s*){3,}|\*\s*\*\s*\*)$/;
const TERMINAL_END = /[.!?:;,…"”’')\]]$/;

// Hard-wrapped text is wrapped at 60 to 80 characters, rarely beyond this width.
const MAX_WRAP_WIDTH = 100;

/**
 * Split plain text into blocks. Blank lines separate blocks; inside a block, list items are
 * blocks of their own, a short unpunctuated first line is a heading, a line holding only an
 * elision marker ("[...]", ". . . .", "…") is an elision block, and a line break is a paragraph
 * break unless the text is hard-wrapped there (see {@link isWrap}).
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
    let width = 0;
    for (const line of lines) width = Math.max(width, line.end - line.start);
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
      } else if (current && current.kind === "paragraph" && isWrap(text, lines[i - 1], line, width)) {
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

/**
 * True when the break between two lines of a block is a soft wrap, not the end of a paragraph:
 * the block is no wider than hard-wrapped text is, and the next line's first word would not
 * have fitted on the previous line (the test a reflowing mail reader makes).
 */
function isWrap(text: string, previous: Paragraph, line: Paragraph, width: number): boolean {
  if (width > MAX_WRAP_WIDTH) return false;
  let firstWord = line.start;
  while (firstWord < line.end && text.charCodeAt(firstWord) !== 0x20) firstWord++;
  return previous.end - previous.start + 1 + (firstWord - line.start) > width;
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
const CLOSERS = new Set([
  '"',
  "'",
  "\u201D",
  "\u2019",
  "\u00BB",
  "\u203A",
  ")",
  "]",
  "}",
  "!",
  "?",
  ".",
  "…",
  "...",
]);
// Marks that open a sentence: quotes, brackets, and the "@" and "#" of handles and hashtags.
const OPENERS = new Set(['"', "'", "\u201C", "\u2018", "\u00AB", "\u2039", "(", "[", "\u201E", "@", "#"]);
const QUOTE_CLOSERS = new Set(['"', "'", "\u201D", "\u2019", "\u00BB", "\u203A"]);
const QUOTE_OPENERS = new Set(['"', "'", "\u201C", "\u2018", "\u00AB", "\u2039", "\u201E"]);
const DASH = /^(?:[\u2013\u2014\u2015]|--+)$/;
// Words that start a sentence: a capital, a digit, or a lower-case brand written in camel case
// ("eBay", "iPhone").
const SENTENCE_INITIAL = /^(?:[\p{Lu}\p{Lt}\p{N}]|\p{Ll}{1,2}\p{Lu})/u;
const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;

/**
 * Split each paragraph into sentences. Linear in the number of tokens.
 *
 * A sentence ends at ".", "!", "?" or an ellipsis (with any closing quotes and brackets glued
 * to it) followed by whitespace and a capital, a digit, a camel-case brand ("eBay") or an
 * opening quote, and at a dash that breaks off a quote when a new quote follows ('—" "').
 * A period does not end a sentence after a title ("Col.", "Dr."), an initial ("J."), a general
 * abbreviation ("vs.", "e.g."), an abbreviation used before numbers ("No. 10", "Jan. 5") when
 * a number follows, or a list number opening a list item ("1. Leave"); after an abbreviation
 * that often ends sentences ("U.S.", "a.m.") it ends one only when the next word is a usual
 * sentence opener ("The", "He", "But"), and after a company suffix ("Inc.", "Co.") when the next
 * word is capitalised and not an acronym. A "?" or "!" closing a quote and followed by a name and
 * a reporting verb ('"Why?" Jones asked.') and an ellipsis opening a sentence end nothing.
 */
export function splitSentences(text: string, paragraphs: Paragraph[], tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    while (t < tokens.length && tokens[t].start < para.start) t++;
    // The marker of a list item ("1.", "a.") is not a sentence of its own.
    const listMarker =
      para.kind === "list-item" &&
      t < tokens.length &&
      (tokens[t].kind === "number" || tokens[t].end - tokens[t].start === 1)
        ? t + 1
        : -1;
    let first = t;
    let k = t;
    while (k < tokens.length && tokens[k].end <= para.end) {
      // Nor is an ellipsis opening a sentence ("… In the end, he left.").
      const boundary =
        k === listMarker || (k === first && tokens[k].key === "...")
          ? -1
          : isBoundary(text, tokens, k, para.end);
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

const tokenText = (text: string, tok: Token): string => text.slice(tok.start, tok.end);

/** If token `k` ends a sentence, the index of the sentence's last token; otherwise -1. */
function isBoundary(text: string, tokens: Token[], k: number, paraEnd: number): number {
  const tok = tokens[k];
  if (tok.kind !== "punct") return -1;
  const tokText = tokenText(text, tok);
  if (DASH.test(tokText)) return interruptedQuote(text, tokens, k, paraEnd);
  if (!TERMINALS.has(tok.key === "..." ? "..." : tokText)) return -1;
  // Glue closing marks and further terminals written without a space ("?!", '."', ".)").
  let last = k;
  while (
    last + 1 < tokens.length &&
    tokens[last + 1].end <= paraEnd &&
    tokens[last + 1].start === tokens[last].end &&
    CLOSERS.has(tokenText(text, tokens[last + 1]))
  ) {
    last++;
  }
  const next = tokens[last + 1];
  if (!next || next.start >= paraEnd) return -1; // the paragraph end closes the sentence anyway
  if (next.start === tokens[last].end) return -1; // "U.S", "3.5", "e.g"
  const nextText = tokenText(text, next);
  const startsSentence =
    SENTENCE_INITIAL.test(nextText) ||
    OPENERS.has(nextText) ||
    elidedOpening(text, tokens, last + 1, paraEnd);
  if (!startsSentence) return -1;
  if (text[tok.start] !== ".") {
    // '"Why?" Jones asked.': a question or exclamation closing a quote, then a name and a
    // reporting verb, is one sentence.
    if (
      tok.key !== "..." &&
      last > k &&
      QUOTE_CLOSERS.has(tokenText(text, tokens[last])) &&
      reportingClause(text, tokens, last + 1, paraEnd)
    ) {
      return -1;
    }
    return last; // "!", "?", ellipsis
  }
  if (tok.end - tok.start > 1) return last; // "..." typed as dots

  // A single period: look at what it follows.
  const abbrev = abbreviationBefore(text, tokens, k);
  if (abbrev === null) return last;
  const lex = abbreviations();
  const nextKey = next.kind === "word" ? next.key : "";
  const opener = lex.openers.has(nextKey);
  const word = tokenText(text, tokens[k - 1]);
  if (lex.final.has(abbrev)) return opener ? last : -1;
  if (lex.corporate.has(abbrev)) {
    return opener || (next.kind === "word" && CAPITALISED.test(nextText) && !ALL_CAPS.test(nextText))
      ? last
      : -1;
  }
  // Titles are capitalised ("Gen. Ames"); "in general." is a word. A title precedes a name,
  // not a usual sentence opener: "on Main St. The house".
  if (lex.titles.has(abbrev) && CAPITALISED.test(word))
    return opener && nextKey !== "a" && nextKey !== "i" ? last : -1;
  if (/^\p{L}$/u.test(abbrev) && /^\p{Lu}$/u.test(word)) {
    return opener && nextKey !== "a" && nextKey !== "i" ? last : -1; // an initial: "J. Smith"
  }
  if (lex.numeric.has(abbrev)) return next.kind === "number" ? -1 : last;
  if (lex.places.has(abbrev) && followsPlaceName(text, tokens, k - 1)) return opener ? last : -1;
  if (lex.general.has(abbrev)) return -1;
  if (abbrev.includes(".")) return opener ? last : -1; // unknown dotted: "N.A.T.O."
  return last;
}

// A sentence whose opening was cut, marked by an ellipsis: "… In the end, Google lost."
function elidedOpening(text: string, tokens: Token[], i: number, paraEnd: number): boolean {
  const after = tokens[i + 1];
  return (
    tokens[i].key === "..." &&
    after !== undefined &&
    after.end <= paraEnd &&
    SENTENCE_INITIAL.test(tokenText(text, after))
  );
}

/**
 * True when the tokens from `from` are one to three capitalised words (a name, with titles and
 * initials) followed by a reporting verb: "Jones asked", "Councillor Ines Barros said".
 */
function reportingClause(text: string, tokens: Token[], from: number, paraEnd: number): boolean {
  const { reporting } = abbreviations();
  let names = 0;
  for (let i = from; i < tokens.length && i < from + 8 && tokens[i].end <= paraEnd; i++) {
    const tok = tokens[i];
    if (tok.kind === "word" && CAPITALISED.test(tokenText(text, tok))) {
      if (++names > 3) return false;
    } else if (!(tok.key === "." && names > 0 && tokens[i - 1].end === tok.start)) {
      // Not the period of a title or an initial ("Dr. Okafor said"): the verb, or no clause.
      return names > 0 && tok.kind === "word" && reporting.has(tok.key);
    }
  }
  return false;
}

/**
 * A dash glued to a closing quote and followed by a new quote breaks off one speaker's words
 * before another's ('"But you said—" "I know."'): the index of the closing quote, or -1.
 */
function interruptedQuote(text: string, tokens: Token[], k: number, paraEnd: number): number {
  const close = tokens[k + 1];
  const next = tokens[k + 2];
  if (!close || !next || next.start >= paraEnd) return -1;
  if (close.start !== tokens[k].end || !QUOTE_CLOSERS.has(tokenText(text, close))) return -1;
  if (next.start === close.end || !QUOTE_OPENERS.has(tokenText(text, next))) return -1;
  return k + 1;
}

// A state or province abbreviation follows a place name and a comma: "Springfield, Ill."
function followsPlaceName(text: string, tokens: Token[], w: number): boolean {
  return (
    w >= 2 &&
    tokens[w - 1].key === "," &&
    tokens[w - 2].kind === "word" &&
    CAPITALISED.test(tokenText(text, tokens[w - 2]))
  );
}

/**
 * The abbreviation a period at token `k` closes, folded ("u.s", "col"), or null when the period
 * follows something that is not a word glued to it, or a word glued to a number ("$4.5bn.").
 */
function abbreviationBefore(text: string, tokens: Token[], k: number): string | null {
  let i = k - 1;
  if (i < 0 || tokens[i].end !== tokens[k].start || tokens[i].kind !== "word") return null;
  if (i > 0 && tokens[i - 1].end === tokens[i].start && tokens[i - 1].kind === "number") return null;
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
