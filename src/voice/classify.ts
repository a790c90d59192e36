import type { Document } from "../text/document.js";
import type { QuoteSpan } from "../text/quotes.js";
import { itemContaining } from "../text/search.js";
import type { Cue } from "./cues.js";
import type { VoiceLexicon } from "./lexicon.js";
import { repostHeader } from "./repost-header.js";
import type { QuoteKind } from "./types.js";

const TERMINAL = /[.!?,;:…]["'\u201D\u2019]?$/u;
const UPPER = /^[\p{Lu}\p{N}]/u;

/**
 * Classify a quote as speech or as a non-speech quote (Muzny et al. 2017 filter these before
 * attribution): a quoted title of a work (after "entitled", "the book", or in title case), a
 * quoted term ("known as …"), or scare quotes (a word or three inside a sentence with no
 * reporting cue). `cueSentences` holds the sentences that have a reporting cue.
 */
export function classifyQuote(
  doc: Document,
  q: QuoteSpan,
  lex: VoiceLexicon,
  cueSentences: Set<number>,
  cues: Cue[],
  bySentence: number[][],
): QuoteKind {
  const { tokenStore: tokens, text } = doc;
  const firstTok = tokens.firstEndingAfter(q.contentStart);
  let words = 0;
  let longWords = 0;
  let capitalised = 0;
  let k = firstTok;
  for (; k < tokens.length && tokens.starts[k] < q.contentEnd; k++) {
    const t = tokens.get(k);
    if (t.kind !== "word" && t.kind !== "number") continue;
    words++;
    if (t.end - t.start > 3) {
      longWords++;
      if (UPPER.test(text[t.start])) capitalised++;
    }
  }
  const content = text.slice(q.contentStart, q.contentEnd).trim();
  if (words === 0) return "scare";
  // A trailing comma inside a word or three ("“Arrogant,” ...") is punctuation of the host sentence.
  const terminal = words <= 3 ? /[.!?…]["'\u201D\u2019]?$/u.test(content) : TERMINAL.test(content);
  const before = precedingWords(doc, firstTok - 1, 6);
  const si = itemContaining(doc.sentences, q.start);
  const sentence = si >= 0 ? doc.sentences[si] : undefined;
  const sentenceLen = sentence ? sentence.end - sentence.start : q.end - q.start;
  const wholeSentence = q.end - q.start >= 0.6 * sentenceLen || q.firstParagraph !== q.lastParagraph;
  const titleCase = UPPER.test(content) && longWords > 0 && capitalised === longWords;

  if (before.slice(0, 2).some((w) => lex.scareCues.has(w)) && words <= 6) return "scare";
  if (before.some((w) => lex.strongTitleCues.has(w)) && words <= 15) return "title";
  if (
    before.slice(0, 3).some((w) => lex.titleCues.has(w)) &&
    UPPER.test(content) &&
    !terminal &&
    (titleCase || words >= 2)
  )
    return "title";
  // A sentence's full stop or comma inside the marks is speech ("a post by Varga, “We stay.”").
  if (
    UPPER.test(content) &&
    words <= 25 &&
    !/[.,;:]$/.test(content) &&
    (worksAuthors(doc, firstTok - 1, lex) || inTitleThenAuthors(doc, q, firstTok))
  )
    return "title";
  // "“Christian Parent Furious After School Instructs Children,” by Ada Morrow, The Ledger": a
  // quote in title case right before "by" and a name is the title of the work that name wrote.
  if (titleCase && words <= 25 && bylineAfter(doc, q)) return "title";
  // "“Fees to double at the harbour,” by Ada Morrow, The Ledger, May 3, 2026:": the headline of a
  // reposted piece in its header, in any case.
  if (repostHeadline(doc, q)) return "title";
  if (q.depth === 0 && (q.openMissing || q.closeMissing)) return "speech";
  // A quote in title case ending with no sentence punctuation names a work even after a cue.
  if (titleCase && words >= 2 && words <= 12 && !/[.!?]["'\u201D\u2019]?$/.test(content) && !wholeSentence)
    return "title";
  // "Meteorologists call that feedback a “blocking pattern.”", "The word is “work.”": a term,
  // unless a named person or a pronoun is the one calling it so ("Varga called it “reckless”").
  const personCue = si >= 0 && bySentence[si].some((ci) => cues[ci].subject.kind !== "description");
  // "call" makes a term only for a generic subject ("Meteorologists call it a “…”"); "the council
  // calls the cuts an “…”" quotes the council.
  const calling = /^call/;
  const genericCall =
    si >= 0 &&
    bySentence[si].some(
      (ci) =>
        calling.test(cues[ci].key) && !lex.determiners.has(cues[ci].subject.text.split(" ")[0].toLowerCase()),
    );
  const termCue =
    before.slice(0, 3).some((w) => lex.termCues.has(w) && !calling.test(w)) ||
    ((before[0] === "a" || before[0] === "an") &&
      genericCall &&
      before.slice(0, 4).some((w) => calling.test(w)));
  if (words <= 3 && !wholeSentence && termCue && !personCue) return "term";
  if (words <= 3 && !terminal && !wholeSentence) {
    if (si >= 0 && cueSentences.has(si)) return "speech";
    // "The council calls the cuts “savings”": a specific speaker's naming verb quotes them.
    const naming = (ci: number) =>
      lex.namingStems.some((stem) => cues[ci].key.startsWith(stem)) &&
      lex.determiners.has(cues[ci].subject.text.split(" ")[0].toLowerCase());
    if (si >= 0 && bySentence[si].some(naming)) return "speech";
    if (titleCase && words >= 2) return "title";
    return "scare";
  }
  return "speech";
}

/**
 * Whether the tokens before a quote (from token i back) are a work's noun and who wrote or
 * published it: "a piece by Lena Okafor and Piet Lindqvist, “…”", "a report in the Northern
 * Review, “…”", "a column by Ada Morrow for the Ledger, “…”". Then the quote is the work's title,
 * even with a question mark ("Did the Saint Predict It?").
 */
function worksAuthors(doc: Document, i: number, lex: VoiceLexicon): boolean {
  let names = 0;
  for (let k = i, seen = 0; k >= 0 && seen < 16; k--, seen++) {
    const t = doc.tokenStore.get(k);
    if (t.kind !== "word") {
      if (t.key === "," || /^["'\u201C\u2018]$/.test(doc.text.slice(t.start, t.end))) continue;
      return false;
    }
    if (lex.workPrepositions.has(t.key)) {
      const before = doc.tokenStore.get(k - 1);
      if (names === 0 || before?.kind !== "word") return false;
      if (lex.titleCues.has(before.key)) return true;
      // "by Ada Morrow for the Ledger": another name before the preposition, keep walking.
      if (!UPPER.test(doc.text[before.start])) return false;
      names = 0;
      continue;
    }
    if (t.key === "and" || t.key === "the" || lex.particles.has(t.key)) continue;
    if (!UPPER.test(doc.text[t.start])) return false;
    names++;
  }
  return false;
}

/**
 * "In “Wait!”, Lena Okafor and Piet Lindqvist …": a quote right after the sentence's opening "In"
 * and followed by a comma and a name is the title of the work those people wrote.
 */
function inTitleThenAuthors(doc: Document, q: QuoteSpan, firstTok: number): boolean {
  const { tokenStore: tokens, text } = doc;
  let k = firstTok - 1;
  while (k >= 0 && tokens.kind(k) !== "word" && tokens.starts[k] >= q.start) k--;
  if (k < 0 || tokens.key(k) !== "in") return false;
  const sentence = doc.sentences[itemContaining(doc.sentences, tokens.starts[k])];
  if (sentence?.tokenStart !== k) return false;
  const after = tokens.firstEndingAfter(q.end);
  const comma = tokens.get(after);
  const name = tokens.get(after + 1);
  return comma?.key === "," && name !== undefined && name.kind === "word" && UPPER.test(text[name.start]);
}

/** The quote is followed, after its closing mark and a comma at most, by "by" and a capitalised word. */
function bylineAfter(doc: Document, q: QuoteSpan): boolean {
  const { tokenStore: tokens, text } = doc;
  let k = tokens.firstEndingAfter(q.end);
  if (tokens.keyAt(k) === ",") k++;
  if (tokens.keyAt(k) !== "by" || tokens.starts[k] - q.end > 2) return false;
  const name = k + 1 < tokens.length ? tokens.get(k + 1) : undefined;
  return name !== undefined && name.kind === "word" && UPPER.test(text[name.start]);
}

// Whether quote q opens a paragraph that is a reposted piece's header (see repost-header.ts).
function repostHeadline(doc: Document, q: QuoteSpan): boolean {
  const para = doc.paragraphs[q.firstParagraph];
  if (!para || doc.text.slice(para.start, q.start).trim() !== "") return false;
  return repostHeader(doc.text.slice(para.start, para.end)) !== undefined;
}

// Up to n folded words before token i (nearest first), stopping at sentence punctuation.
function precedingWords(doc: Document, i: number, n: number): string[] {
  const out: string[] = [];
  for (let k = i; k >= 0 && out.length < n; k--) {
    const t = doc.tokenStore.get(k);
    if (t.kind === "word") out.push(t.key);
    else if (t.key === "." || t.key === "!" || t.key === "?") break;
  }
  return out;
}
