import { loadData } from "../data.js";
import type { TokenStore } from "./token-store.js";

/** The role of a block of text. */
export type BlockKind = "paragraph" | "heading" | "blockquote" | "list-item" | "elision" | "caption";

/** A paragraph-level block: `[start, end)` into the text. */
export interface Paragraph {
  start: number;
  end: number;
  kind: BlockKind;
  /**
   * Where a run of bold type that opens the paragraph ends (HTML `<strong>` / `<b>`; the
   * paragraph's `end` when all of it is bold): an interview's prompt is often set so.
   */
  strong?: number;
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
 * break unless the text is hard-wrapped there (see {@link isWrap}) or the next line opens in lower
 * case or when the line before ends on a title ("Dr.", {@link endsOnTitle}); a dated entry
 * ("March 2026: …") always opens a paragraph, and so does a labelled row under another
 * ({@link labelledRow}).
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
      } else if (
        current &&
        current.kind === "paragraph" &&
        !DATED_ENTRY.test(lineText) &&
        !labelledRow(lineText, text.slice(lines[i - 1].start, lines[i - 1].end)) &&
        (isWrap(text, lines[i - 1], line, width) ||
          LOWER_START.test(lineText) ||
          endsOnTitle(text.slice(lines[i - 1].start, lines[i - 1].end), lineText))
      ) {
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

// A line that opens on a lower-case word goes on with the sentence before it: no paragraph starts
// in lower case ("Dallas Police Dept.\nfires officer who …", a headline broken after an
// abbreviation). A brand in camel case ("iPhone") starts in lower case but is no word of prose.
const LOWER_START = /^\p{Ll}+(?:[\s,;:]|$)/u;

// A capitalised title abbreviation ending a line ("… and Dr.").
const TITLE_AT_END = /(?:^|[\s([\u201C"'])(\p{Lu}[\p{L}-]*)\.$/u;
const FIRST_WORD = /^[\p{L}'\u2019]+/u;

/**
 * Whether a line ending on a title runs on into the next: a title goes before a name, so the
 * break falls inside it ("… say Dr. Ada Lind and Dr.\nOle Brandt, who …", a text whose lines were
 * broken at every full stop), unless the next line opens on a usual sentence opener ("The"), as
 * a title ends a sentence only then ({@link isBoundary}).
 */
function endsOnTitle(line: string, next: string): boolean {
  const m = TITLE_AT_END.exec(line);
  if (m === null) return false;
  const lex = abbreviations();
  return (
    lex.titles.has(m[1].toLowerCase()) && !lex.openers.has((FIRST_WORD.exec(next)?.[0] ?? "").toLowerCase())
  );
}

// A line that opens on a short label holding a figure, then a colon or a dash ("March 2026:
// contractors appointed", "Feb. 14 – A man was arrested", "09:12 — The gauge read", "10:05
// UPDATE: …"), is an entry of a timeline or a live blog: its own paragraph, however short the
// lines around it, so two dated entries never run together into one sentence.
const DATED_ENTRY = /^(?=[^\n]{0,24}?\p{N})[\p{L}\p{N}.,:' ]{1,24}?(?::\s|\s[\u2013\u2014-]\s)/u;

// A line that opens on a short capitalised label and a colon ("Source: County report", "Note: …").
const LABELLED = /^\p{Lu}[\p{L}'\u2019-]*(?: [\p{L}\p{N}'\u2019-]+){0,3}:\s/u;

/**
 * A labelled line under a labelled or dated one is the next row of a fact box or a data list
 * ("Fares 2025: £3.20\nSource: County transport report"): its own paragraph, however short the
 * rows. A label alone after prose may be a wrapped sentence going on, so it is not enough.
 */
function labelledRow(line: string, previous: string): boolean {
  return LABELLED.test(line) && (LABELLED.test(previous) || DATED_ENTRY.test(previous));
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
// Most words of a headline written as a sentence ("President Proposes “Simple Plan”: All Must Go!").
const MAX_HEADLINE_WORDS = 16;

/**
 * Whether a line reads as a headline though it ends like a sentence: every word longer than
 * three letters capitalised (title case), at most {@link MAX_HEADLINE_WORDS} words, closing on
 * "!" or "?" or on no punctuation at all. A sentence in title case is a headline's style, never
 * an article's running text.
 */
export function headlineLine(line: string): boolean {
  const text = line.trim();
  if (text.includes("\n") || !/^["“‘']?[\p{Lu}\p{N}]/u.test(text)) return false;
  if (/[.:;,…]["'”’)\]]*$/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_HEADLINE_WORDS) return false;
  const long = words
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length > 3);
  return long.length >= 3 && long.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

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
 * a reporting verb ('"Why?" Jones asked.') and an ellipsis opening a sentence end nothing. A
 * bracketed citation ends at its "]" when a sentence starts after it ({@link citationEnd}).
 */
export function splitSentences(text: string, paragraphs: Paragraph[], store: TokenStore): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    while (t < store.length && store.starts[t] < para.start) t++;
    // The marker of a list item ("1.", "a.") is not a sentence of its own.
    const listMarker =
      para.kind === "list-item" &&
      t < store.length &&
      (store.kind(t) === "number" || store.ends[t] - store.starts[t] === 1)
        ? t + 1
        : -1;
    let first = t;
    let k = t;
    // Where the sentence's open square brackets stand, the innermost last.
    const squares: number[] = [];
    while (k < store.length && store.ends[k] <= para.end) {
      // Nor is an ellipsis opening a sentence ("… In the end, he left.").
      let boundary =
        k === listMarker || (k === first && store.key(k) === "...")
          ? -1
          : isBoundary(text, store, k, para.end);
      const raw = tokenText(text, store, k);
      if (raw === "[") squares.push(k);
      else if (raw === "]") {
        const opened = squares.pop();
        if (boundary < 0 && (opened === undefined || (opened === first && squares.length === 0)))
          boundary = citationEnd(text, store, k, para.end);
      }
      if (boundary >= 0) {
        sentences.push(make(store, first, boundary + 1, p));
        first = boundary + 1;
        k = boundary + 1;
        squares.length = 0;
      } else {
        k++;
      }
    }
    if (first < k) sentences.push(make(store, first, k, p));
    t = k;
  }
  return sentences;
}

function make(store: TokenStore, from: number, to: number, paragraph: number): Sentence {
  return { start: store.starts[from], end: store.ends[to - 1], paragraph, tokenStart: from, tokenEnd: to };
}

const tokenText = (text: string, store: TokenStore, i: number): string =>
  text.slice(store.starts[i], store.ends[i]);

/** If token `k` ends a sentence, the index of the sentence's last token; otherwise -1. */
function isBoundary(text: string, store: TokenStore, k: number, paraEnd: number): number {
  if (store.kind(k) !== "punct") return -1;
  const tokText = tokenText(text, store, k);
  const tokKey = store.key(k);
  if (DASH.test(tokText)) return interruptedQuote(text, store, k, paraEnd);
  if (!TERMINALS.has(tokKey === "..." ? "..." : tokText)) return -1;
  // Glue closing marks and further terminals written without a space ("?!", '."', ".)").
  let last = k;
  while (
    last + 1 < store.length &&
    store.ends[last + 1] <= paraEnd &&
    store.starts[last + 1] === store.ends[last] &&
    CLOSERS.has(tokenText(text, store, last + 1))
  ) {
    last++;
  }
  const next = last + 1;
  if (next >= store.length || store.starts[next] >= paraEnd) return -1; // the paragraph end closes the sentence anyway
  if (store.starts[next] === store.ends[last]) return -1; // "U.S", "3.5", "e.g"
  const nextText = tokenText(text, store, next);
  const nextKind = store.kind(next);
  const startsSentence =
    SENTENCE_INITIAL.test(nextText) || OPENERS.has(nextText) || elidedOpening(text, store, last + 1, paraEnd);
  if (!startsSentence) return -1;
  if (text[store.starts[k]] !== ".") {
    // '"Why?" Jones asked.': a question or exclamation closing a quote, then a name and a
    // reporting verb, is one sentence.
    if (
      tokKey !== "..." &&
      last > k &&
      QUOTE_CLOSERS.has(tokenText(text, store, last)) &&
      reportingClause(text, store, last + 1, paraEnd)
    ) {
      return -1;
    }
    return last; // "!", "?", ellipsis
  }
  if (store.ends[k] - store.starts[k] > 1) return last; // "..." typed as dots

  // A single period: look at what it follows.
  const abbrev = abbreviationBefore(text, store, k);
  if (abbrev === null) return last;
  const lex = abbreviations();
  const nextKey = nextKind === "word" ? store.key(next) : "";
  const opener = lex.openers.has(nextKey);
  const word = tokenText(text, store, k - 1);
  if (lex.final.has(abbrev)) return opener ? last : -1;
  if (lex.corporate.has(abbrev)) {
    return opener || (nextKind === "word" && CAPITALISED.test(nextText) && !ALL_CAPS.test(nextText))
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
  if (lex.numeric.has(abbrev)) return nextKind === "number" ? -1 : last;
  if (lex.places.has(abbrev) && followsPlaceName(text, store, k - 1)) return opener ? last : -1;
  if (lex.general.has(abbrev)) return -1;
  if (abbrev.includes(".")) return opener ? last : -1; // unknown dotted: "N.A.T.O."
  return last;
}

/**
 * A "]" at `k` that closes a bracket the sentence opens on, or one opened before the sentence (a
 * citation wrapped over two lines: "[U.S.\nImmigrant Population …, 2017] So the 77,000 …"), ends
 * the bracketed citation when a sentence starts after it: the index of `k`, or -1. A bracket
 * opened inside the sentence ("he told [the mayor] Smith …") ends nothing.
 */
function citationEnd(text: string, store: TokenStore, k: number, paraEnd: number): number {
  const next = k + 1;
  if (next >= store.length || store.starts[next] >= paraEnd || store.starts[next] === store.ends[k])
    return -1;
  return SENTENCE_INITIAL.test(tokenText(text, store, next)) ? k : -1;
}

// A sentence whose opening was cut, marked by an ellipsis: "… In the end, Google lost."
function elidedOpening(text: string, store: TokenStore, i: number, paraEnd: number): boolean {
  const after = i + 1;
  return (
    store.key(i) === "..." &&
    after < store.length &&
    store.ends[after] <= paraEnd &&
    SENTENCE_INITIAL.test(tokenText(text, store, after))
  );
}

/**
 * True when the tokens from `from` are one to three capitalised words (a name, with titles and
 * initials) followed by a reporting verb: "Jones asked", "Councillor Ines Barros said".
 */
function reportingClause(text: string, store: TokenStore, from: number, paraEnd: number): boolean {
  const { reporting } = abbreviations();
  let names = 0;
  for (let i = from; i < store.length && i < from + 8 && store.ends[i] <= paraEnd; i++) {
    const kind = store.kind(i);
    const key = store.key(i);
    if (kind === "word" && CAPITALISED.test(tokenText(text, store, i))) {
      if (++names > 3) return false;
    } else if (!(key === "." && names > 0 && store.ends[i - 1] === store.starts[i])) {
      // Not the period of a title or an initial ("Dr. Okafor said"): the verb, or no clause.
      return names > 0 && kind === "word" && reporting.has(key);
    }
  }
  return false;
}

/**
 * A dash glued to a closing quote and followed by a new quote breaks off one speaker's words
 * before another's ('"But you said—" "I know."'): the index of the closing quote, or -1.
 */
function interruptedQuote(text: string, store: TokenStore, k: number, paraEnd: number): number {
  const close = k + 1;
  const next = k + 2;
  if (next >= store.length || store.starts[next] >= paraEnd) return -1;
  if (store.starts[close] !== store.ends[k] || !QUOTE_CLOSERS.has(tokenText(text, store, close))) return -1;
  if (store.starts[next] === store.ends[close] || !QUOTE_OPENERS.has(tokenText(text, store, next))) return -1;
  return k + 1;
}

// A state or province abbreviation follows a place name and a comma: "Springfield, Ill."
function followsPlaceName(text: string, store: TokenStore, w: number): boolean {
  return (
    w >= 2 &&
    store.key(w - 1) === "," &&
    store.kind(w - 2) === "word" &&
    CAPITALISED.test(tokenText(text, store, w - 2))
  );
}

/**
 * The abbreviation a period at token `k` closes, folded ("u.s", "col"), or null when the period
 * follows something that is not a word glued to it, or a word glued to a number ("$4.5bn.").
 */
function abbreviationBefore(text: string, store: TokenStore, k: number): string | null {
  let i = k - 1;
  if (i < 0 || store.ends[i] !== store.starts[k] || store.kind(i) !== "word") return null;
  if (i > 0 && store.ends[i - 1] === store.starts[i] && store.kind(i - 1) === "number") return null;
  // Walk back over "U.S.A" style chains: single letters joined by periods with no spaces.
  let from = i;
  while (
    from >= 2 &&
    store.key(from - 1) === "." &&
    store.starts[from - 1] === store.ends[from - 2] &&
    store.starts[from] === store.ends[from - 1] &&
    store.kind(from - 2) === "word" &&
    store.ends[from - 2] - store.starts[from - 2] <= 2
  ) {
    from -= 2;
  }
  i = from;
  return text.slice(store.starts[i], store.ends[k - 1]).toLowerCase();
}
