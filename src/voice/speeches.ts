import type { Document } from "../text/document.js";
import { lowerBound } from "../text/search.js";
import type { BlockVoice } from "./documents.js";
import type { VoiceLexicon } from "./lexicon.js";
import type { NameRegistry } from "./names.js";

// Most words of a salutation line ("My dear brothers and sisters in Christ" is longer than any
// list of audiences an author's sentence opens with).
const SALUTATION_WORDS = 8;

/**
 * Speeches reproduced without quotation marks: a line that only addresses an audience ("Ladies
 * and Gentlemen:", "My dear friends,") opens one, and it runs to a whole closing line ("I thank
 * you for your attention."), every paragraph of it the speaker's, however it reads (a speech says
 * "I" and "you" and asks questions, as an author does). With no closing line before a heading or
 * the end, nothing shows where the speech ends, and no block is made. The speaker
 * is the person the text names with a speech noun before the salutation ("X's address", "X
 * delivered a sermon", "a speech by X"), else the speech is unnamed. A paragraph already read
 * (a block an introducer opened) keeps its voice.
 */
export function findSpeeches(
  doc: Document,
  lex: VoiceLexicon,
  names: NameRegistry,
): Map<number, { end: number; voice: BlockVoice }> {
  const { paragraphs } = doc;
  const out = new Map<number, { end: number; voice: BlockVoice }>();
  const salutations = paragraphs.flatMap((_, q) => (salutation(doc, q, lex) ? [q] : []));
  if (salutations.length === 0) return out;
  // For each paragraph, the closing line at or after it with no heading before that closes
  // nothing (-1 when none): one pass from the end, so that a text of many salutations and no
  // closing line is read once, not once per salutation.
  const closingAt = new Int32Array(paragraphs.length + 1).fill(-1);
  for (let q = paragraphs.length - 1; q >= 0; q--) {
    if (closing(doc, q, lex)) closingAt[q] = q;
    else closingAt[q] = paragraphs[q].kind === "heading" ? -1 : closingAt[q + 1];
  }
  let after = 0;
  for (const p of salutations) {
    if (p < after) continue;
    const end = closingAt[p + 1];
    if (end < 0) continue;
    const speaker = speakerBefore(doc, p, lex, names);
    out.set(p, { end, voice: { kind: "speaker", ...(speaker ? { name: speaker } : {}), attributed: true } });
    after = end + 1;
  }
  return out;
}

// The words of paragraph q, lower case, without punctuation.
function words(doc: Document, q: number): string[] {
  const para = doc.paragraphs[q];
  return doc.text
    .slice(para.start, para.end)
    .toLowerCase()
    .replace(/[^\p{L}\s']/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

// Whether paragraph q is a salutation: a short line of audience words ending with a colon, a
// comma or an exclamation mark.
function salutation(doc: Document, q: number, lex: VoiceLexicon): boolean {
  const para = doc.paragraphs[q];
  if (para.kind !== "paragraph" && para.kind !== "heading") return false;
  const text = doc.text.slice(para.start, para.end).trim();
  if (!/[:,!]$/.test(text)) return false;
  const ws = words(doc, q);
  const { salutationWords, audiences } = lex.speeches;
  return (
    ws.length > 0 &&
    ws.length <= SALUTATION_WORDS &&
    ws.some((w) => audiences.has(w)) &&
    ws.every((w) => audiences.has(w) || salutationWords.has(w))
  );
}

// The length of the longest closing line of a lexicon, found once per lexicon.
const longestClosing = new WeakMap<ReadonlySet<string>, number>();

// Whether paragraph q is a speech's whole closing line ("Thank you.", "God bless you all!").
function closing(doc: Document, q: number, lex: VoiceLexicon): boolean {
  const para = doc.paragraphs[q];
  const { closings } = lex.speeches;
  let longest = longestClosing.get(closings);
  if (longest === undefined) {
    longest = Math.max(0, ...[...closings].map((c) => c.length));
    longestClosing.set(closings, longest);
  }
  // Asked of every paragraph: a paragraph's words, joined, are at least as long as its ASCII
  // letters, so one with more letters than the longest closing line is none, and its words are
  // not cut out and lower-cased.
  if (moreLettersThan(doc.text, para.start, para.end, longest)) return false;
  const text = doc.text.slice(para.start, para.end).trim();
  if (!/[.!]$/.test(text)) return false;
  return closings.has(words(doc, q).join(" "));
}

// Whether text[start, end) holds more than n ASCII letters; stops at the first past n.
function moreLettersThan(text: string, start: number, end: number, n: number): boolean {
  let count = 0;
  for (let i = start; i < end; i++) {
    // A–Z and a–z alike: setting bit 5 folds the capitals, and moves no other code into a–z.
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122 && ++count > n) return true;
  }
  return false;
}

// How far before a salutation its speaker is looked for: an introduction names the speech within
// a few paragraphs, and a bound keeps a text of many salutations linear.
const SPEAKER_SENTENCES_BACK = 40;

/**
 * The person named with a speech noun nearest before paragraph p: in the last sentence of the
 * SPEAKER_SENTENCES_BACK before it that holds a speech noun and names a person, the person named
 * before the noun ("Archbishop Mara Ilves's address", "Ilves delivered the sermon") or right
 * after it with "by" ("a speech by Ilves").
 */
function speakerBefore(doc: Document, p: number, lex: VoiceLexicon, names: NameRegistry): string | undefined {
  const { tokenStore: tokens, sentences } = doc;
  const start = doc.paragraphs[p].start;
  let si = lowerBound(sentences, start) - 1;
  for (const stop = si - SPEAKER_SENTENCES_BACK; si >= 0 && si > stop; si--) {
    const s = sentences[si];
    const people = names.namedIn(s.tokenStart, s.tokenEnd);
    if (people.length === 0) continue;
    for (let k = s.tokenEnd - 1; k >= s.tokenStart; k--) {
      if (!lex.speeches.speechNouns.has(tokens.key(k))) continue;
      const before = people.filter((m) => m.last < k).at(-1);
      if (before) return names.canonical(before.name);
      if (tokens.keyAt(k + 1) === "by") {
        const after = people.find((m) => m.token === k + 2);
        if (after) return names.canonical(after.name);
      }
    }
  }
  return undefined;
}
