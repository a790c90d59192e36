import { lastStartingBefore } from "../collections.js";
import { isFurnitureParagraph } from "../ingest/boilerplate.js";
import { formWidgets } from "../ingest/form-widgets.js";
import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import { escapeRegExp } from "../text/regexp.js";
import { firstEndingAfter, itemContaining, lowerBound } from "../text/search.js";
import type { Sentence } from "../text/segment.js";
import type { Credit } from "./credits.js";
import { type Cue, cuesBySentence } from "./cues.js";
import type { VoiceLexicon } from "./lexicon.js";
import { type Mention, MentionFinder } from "./mentions.js";
import type { NameRegistry } from "./names.js";
import type { Speaker } from "./quote-sieves/context.js";
import { repostHeader } from "./repost-header.js";
import { signedBlocks } from "./signed-blocks.js";
import { findSpeeches } from "./speeches.js";
import { titleLine } from "./transcript.js";
import type { Citation } from "./types.js";

/** The voice a block of paragraphs or a sentence is given by an introducer or a blockquote. */
export interface BlockVoice {
  kind: "document" | "speaker";
  name?: string;
  description?: string;
  citation?: number;
  /** The article attributes this text: an introducer, a citation or a blockquote with a cue. */
  attributed: boolean;
  /** Opened by a credit (a dateline, byline or credit line), not an introducer: speech inside it keeps its speaker. */
  credit?: boolean;
}

/** A document the article refers to by a cue subject: a citation's authors or outlet, or "the report". */
export interface DocumentRef {
  citation?: number;
  name: string;
}

/**
 * Find the article's citations of documents: a quoted title of a work with, in the same sentence,
 * its authors (names joined by "and") and outlet (a name after "of", "in", "for", "from", "at",
 * or a possessive before the work's noun): "In the article entitled '…', A and B of The Ledger
 * detail …".
 */
export function findCitations(
  doc: Document,
  titles: { start: number; end: number; contentStart: number; contentEnd: number }[],
  lex: VoiceLexicon,
): Citation[] {
  const m = new MentionFinder(doc.text, doc.tokenStore, lex);
  const out: Citation[] = [];
  for (const q of titles) {
    const si = firstEndingAfter(doc.sentences, q.start);
    const s = doc.sentences[si];
    if (!s) continue;
    // A title-case headline capitalises every word: its words name no authors or outlet.
    const headline = doc.paragraphs[s.paragraph]?.kind === "heading" || titleLine(doc, s.paragraph);
    const authors: string[] = [];
    let outlet: string | undefined;
    for (let k = s.tokenStart; k < s.tokenEnd && !headline; k++) {
      const t = doc.tokenStore.get(k);
      if (t.start >= q.start && t.start < q.end) continue;
      if (!m.isCapWord(k) || (lex.notNames.has(t.key) && t.key !== "the")) continue;
      let first = k;
      if (t.key === "the") first = k + 1;
      const name = m.nameForward(first, s.tokenEnd);
      if (!name || (doc.tokenStore.starts[name.last] >= q.start && doc.tokenStore.starts[name.first] < q.end))
        continue;
      // "of the Dunmere Gazette": the preposition before an article.
      const prev =
        (doc.tokenStore.keyAt(k - 1) === "the" ? doc.tokenStore.keyAt(k - 2) : doc.tokenStore.keyAt(k - 1)) ??
        "";
      const possessive = /['\u2019]s$/.test(m.word(name.last));
      const the = t.key === "the" || doc.tokenStore.keyAt(k - 1) === "the";
      const full = t.key === "the" ? `The ${name.text}` : name.text;
      // "against the Muslim invasion", "the Trump administration": a capitalised word before a
      // lower-case noun modifies it, and names no publisher.
      const after = name.last + 1 < doc.tokenStore.length ? doc.tokenStore.get(name.last + 1) : undefined;
      const modifier =
        !possessive &&
        after?.kind === "word" &&
        /^\p{Ll}/u.test(doc.text[after.start]) &&
        !lex.verbs.has(after.key);
      if (["of", "in", "for", "from", "at"].includes(prev) || possessive || the) {
        if (isOutlet(name.text, the && !modifier, lex)) outlet ??= full;
      } else if (isPerson(name.text, prev, lex)) authors.push(name.text);
      k = name.last;
    }
    out.push({
      start: s.start,
      end: s.end,
      title: doc.text.slice(q.contentStart, q.contentEnd).trim().replace(/[,.]$/, ""),
      authors,
      ...(outlet ? { outlet } : {}),
    });
  }
  return out;
}

// A quotation mark that may open a work's title.
const OPENING_MARK = /^["\u201C\u2018'\u00AB]$/;

const lastWord = (name: string): string =>
  (name.split(/\s+/).at(-1) ?? "").toLowerCase().replace(/['\u2019]s$/, "");
// "KDF", "BBC": an acronym.
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u;

/**
 * Whether a capitalised name in a citing sentence is a publisher: a name ending with a publisher's
 * word ("The Harbour Ledger", "Northern Press Agency"), an acronym ("of the BBC"), or any "the …"
 * name that does not end like a place ("the United States", "the Kessel Valley").
 */
function isOutlet(name: string, the: boolean, lex: VoiceLexicon): boolean {
  const head = lastWord(name);
  if (lex.publisherHeads.has(head)) return true;
  if (lex.placeWords.has(head)) return false;
  return ACRONYM.test(name) || the;
}

/**
 * Whether a capitalised name in a citing sentence is a person, by its shape: two to four words,
 * each a capital then lower case ("Mara Ilves", "Ana de la Cruz", "Jean-Luc O'Neill"), not after a
 * preposition of place, not ending like a place or an organisation. "KDF", "ISIS-held",
 * "Rivertown" and "United States" are not authors.
 */
function isPerson(name: string, prev: string, lex: VoiceLexicon): boolean {
  if (lex.locatives.has(prev)) return false;
  const ws = name.split(/\s+/);
  if (ws.length < 2 || ws.length > 4) return false;
  const head = lastWord(name);
  if (lex.placeHeads.has(head) || lex.placeWords.has(head) || lex.publisherHeads.has(head)) return false;
  return ws.every(
    (w) =>
      lex.particles.has(w) ||
      w.split(/[-\u2010]/).every((part) => /^(?:\p{Lu}['\u2019])?\p{Lu}\p{Ll}+(?:['\u2019]s)?$/u.test(part)),
  );
}

/** A document named in the text without quotation marks: "the Annual Report on Prison Conditions". */
export interface DocumentTitle {
  start: number;
  name: string;
}

/**
 * Find capitalised names of documents: runs of capitalised words (with "of", "on", "and" … between
 * them) that hold a document noun ("Report", "Survey", "Review"). One pass over the tokens.
 */
export function findDocumentTitles(doc: Document, lex: VoiceLexicon): DocumentTitle[] {
  const m = new MentionFinder(doc.text, doc.tokenStore, lex);
  const out: DocumentTitle[] = [];
  // A headline in title case capitalises every word: "Receipt Shows Paddock Had …" names no document.
  const headline = (k: number) => {
    const p = itemContaining(doc.paragraphs, doc.tokenStore.starts[k]);
    return doc.paragraphs[p]?.kind === "heading" || titleLine(doc, p);
  };
  for (let i = 0; i < doc.tokenStore.length; i++) {
    if (m.isCapWord(i) && headline(i)) continue;
    if (!m.isCapWord(i) || (lex.notNames.has(doc.tokenStore.key(i)) && doc.tokenStore.key(i) !== "the"))
      continue;
    let last = i;
    let caps = 1;
    let noun = lex.selfReference.has(doc.tokenStore.key(i));
    for (let j = i + 1; j < doc.tokenStore.length && m.sameLine(j - 1); j++) {
      if (m.isCapWord(j)) {
        last = j;
        caps++;
        noun ||= lex.selfReference.has(doc.tokenStore.key(j));
      } else if (
        !(lex.titleConnectors.has(doc.tokenStore.key(j)) && m.isCapWord(j + 1)) &&
        doc.tokenStore.kind(j) !== "number"
      )
        break;
      else if (doc.tokenStore.kind(j) === "number") last = j;
    }
    const first = doc.tokenStore.key(i) === "the" ? i + 1 : i;
    const shouting =
      doc.text.slice(doc.tokenStore.starts[first], doc.tokenStore.ends[last]) ===
      doc.text.slice(doc.tokenStore.starts[first], doc.tokenStore.ends[last]).toUpperCase();
    // "The Harbour Post", "the Kessel Review": a publisher's name, no document, when its one
    // document noun is the head a publisher's name ends with and "the" stands before it.
    const publisher =
      (doc.tokenStore.key(i) === "the" || doc.tokenStore.keyAt(i - 1) === "the") &&
      lex.publisherHeads.has(doc.tokenStore.key(last)) &&
      !documentNounIn(doc, lex, first, last);
    if (noun && caps >= 2 && last > first && !shouting && !publisher)
      out.push({ start: doc.tokenStore.starts[first], name: m.spanText(first, last) });
    i = last;
  }
  return out;
}

// Whether tokens [first, last) hold a document noun.
function documentNounIn(doc: Document, lex: VoiceLexicon, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (lex.selfReference.has(doc.tokenStore.key(k))) return true;
  return false;
}

/** Does a cue subject name a document: a citation's authors or outlet, or "the report"? */
/**
 * Whether a description's words (lower case) name a written instrument of `documentTerms` by its
 * head: the last word before the first function word after its determiners ("the lawsuit", "Lazar's
 * plea agreement"), or one right before a participle ("a lawsuit filed in Manhattan"). A term
 * inside another noun's phrase is no head ("the rules committee", "law enforcement officials").
 */
function documentTerm(words: string[], lex: VoiceLexicon): boolean {
  let k = 0;
  while (k < words.length && functionWords().has(words[k])) k++;
  for (; k < words.length && !functionWords().has(words[k]); k++) {
    if (!lex.documentTerms.has(words[k])) continue;
    const next = words[k + 1];
    return next === undefined || functionWords().has(next) || /ed$/.test(next);
  }
  return false;
}

export function documentRef(
  subject: Mention,
  verb: string,
  citations: Citation[],
  lex: VoiceLexicon,
  before: number,
  titles: DocumentTitle[] = [],
  registry?: NameRegistry,
): DocumentRef | undefined {
  const last = lastCitation(citations, before);
  const words = subject.text.toLowerCase().split(/\s+/);
  if (subject.kind === "description") {
    const names = words.some((w) => lex.selfReference.has(w.replace(/['\u2019]s$/, "")));
    const term = !names && documentTerm(words, lex);
    // "the inspectors write:": whoever writes is a document's author.
    if (!names && !term && !/^writ|^wrote/.test(verb)) return undefined;
    // "the Hungarian Government's website", "a UN estimate": a document named with its owner is
    // that document, not the work cited last.
    const owned = subject.text
      .split(/\s+/)
      .some((w, i) => (i > 0 && /^\p{Lu}/u.test(w)) || /['\u2019]s$/.test(w));
    // "the lawsuit says": an instrument names itself, never the work cited last.
    if (owned || term) return { name: subject.text.charAt(0).toLowerCase() + subject.text.slice(1) };
    if (last >= 0) return { citation: last, name: citations[last].title ?? subject.text };
    const title = lastTitle(titles, before);
    return { name: title ?? subject.text.charAt(0).toLowerCase() + subject.text.slice(1) };
  }
  if (subject.kind === "pronoun") {
    // "In the week since we first noted …": the author writing of their own work cites nothing.
    if (last < 0 || !lex.writingVerbs.has(verb) || lex.firstPersonPronouns.has(words[0])) return undefined;
    return { citation: last, name: citations[last].title ?? citations[last].authors.join(" and ") };
  }
  if (!lex.writingVerbs.has(verb)) return undefined;
  const names = [subject.text, ...(subject.others ?? [])];
  // A citation whose authors' surnames hold a name's last word, or whose outlet ends with the name:
  // the last such before the cue, else the first after it ("As Holm writes" takes Holm's work cited
  // above, not another of Holm's works listed further down).
  const index = citationIndex(citations);
  const named: number[] = [];
  for (const n of names)
    named.push(
      ...(index.bySurname.get(n.split(" ").at(-1) ?? "") ?? []),
      ...(index.byOutletEnding.get(n) ?? []),
    );
  const c = nearestBefore(citations, named, before);
  if (c >= 0) {
    const cit = citations[c];
    return { citation: c, name: cit.title ?? cit.outlet ?? subject.text };
  }
  // "As Okafor and Lindqvist write": what people write is a document even when not cited, named
  // by its writers' full names ("As Varga writes" after "Ines Varga": Ines Varga's). The work
  // cited last is theirs only when it names no authors: "McVay wrote in a letter" after a piece
  // by Matt Dixon is McVay's letter.
  if (/^writ|^wrote/.test(verb)) {
    const last = lastCitation(citations, before);
    const writers = names.map((n) => registry?.canonical(n) ?? n).join(" and ");
    return last >= 0 && citations[last].authors.length === 0
      ? { citation: last, name: citations[last].title ?? writers }
      : { name: writers };
  }
  return undefined;
}

/**
 * An introducer whose subject is an organisation that publishes ("As the Coastal Courier reported
 * on Monday:", "The Harbour Authority states,"): what follows is the organisation's text, a
 * document, not a person's speech. Organisations are told by the head word of their name
 * (`placeHeads`, `publisherHeads`: "Courier", "Review", "Agency", "Council").
 */
export function outletRef(subject: Mention, verb: string, lex: VoiceLexicon): DocumentRef | undefined {
  if (subject.kind !== "name" || !lex.writingVerbs.has(verb)) return undefined;
  const head =
    subject.text
      .split(/\s+/)
      .at(-1)
      ?.toLowerCase()
      .replace(/['\u2019]s$/, "") ?? "";
  return lex.placeHeads.has(head) || lex.publisherHeads.has(head) ? { name: subject.text } : undefined;
}

// The last document noun of paragraph p with what qualifies it: "letter from the chief executive".
function documentNoun(doc: Document, p: number, lex: VoiceLexicon): string | undefined {
  // The introducing paragraph first, then up to three before it.
  for (let back = p; back >= Math.max(0, p - 3); back--) {
    const noun = paragraphDocumentNoun(doc, back, lex);
    if (noun) return noun;
  }
  return undefined;
}

function paragraphDocumentNoun(doc: Document, p: number, lex: VoiceLexicon): string | undefined {
  const para = doc.paragraphs[p];
  let found = -1;
  const first = doc.tokenStore.firstEndingAfter(para.start);
  let end = first;
  for (let k = first; k < doc.tokenStore.length && doc.tokenStore.starts[k] < para.end; k++) {
    // "The Valley Post": a capitalised publisher's head names the publisher, not a document.
    const publisher =
      lex.publisherHeads.has(doc.tokenStore.key(k)) && /^\p{Lu}/u.test(doc.text[doc.tokenStore.starts[k]]);
    if (lex.selfReference.has(doc.tokenStore.key(k)) && doc.tokenStore.kind(k) === "word" && !publisher)
      found = k;
    end = k;
  }
  if (found < 0) return undefined;
  // Its modifiers back to the determiner: "the regulator's annual report".
  let start = found;
  const modifier = (k: number) => {
    const t = doc.tokenStore.get(k);
    return (
      t.kind === "word" &&
      !lex.determiners.has(t.key) &&
      !lex.notNames.has(t.key) &&
      !/^\p{Lu}/u.test(doc.text[t.start])
    );
  };
  while (start - 1 >= first && modifier(start - 1) && found - start < 3) start--;
  let last = found;
  if (["to", "from", "for", "of", "on", "about"].includes(doc.tokenStore.keyAt(found + 1) ?? "")) {
    for (let k = found + 2; k <= Math.min(end, found + 4) && doc.tokenStore.kind(k) === "word"; k++) last = k;
    while (last > found + 1 && lex.notNames.has(doc.tokenStore.key(last))) last--;
    // "a letter to all of its customers": a preposition left with nothing after it qualifies nothing.
    if (last === found + 1) last = found;
  }
  return doc.text.slice(doc.tokenStore.starts[start], doc.tokenStore.ends[last]);
}

// The look-ups below are built once per list and kept beside it: asked for every cue and every
// paragraph, a scan of every citation or title made a long text with many of them quadratic.
const titleIndexes = new WeakMap<DocumentTitle[], (before: number) => number>();

/** The name of the last title (in the list's order) that starts before `before`. */
function lastTitle(titles: DocumentTitle[], before: number): string | undefined {
  let last = titleIndexes.get(titles);
  if (!last) {
    last = lastStartingBefore(titles);
    titleIndexes.set(titles, last);
  }
  const i = last(before);
  return i >= 0 ? titles[i].name : undefined;
}

interface CitationIndex {
  /** The last citation (in the list's order) that starts before a position, or -1. */
  lastBefore: (before: number) => number;
  /** The citations with an author of that surname (an author's last word), by surname. */
  bySurname: Map<string, number[]>;
  /** The citations whose outlet ends with the string, by every ending of every outlet. */
  byOutletEnding: Map<string, number[]>;
  /** Starts of the citations that name their authors, sorted, with their titles. */
  authoredStarts: { start: number; title: string }[];
}
const citationIndexes = new WeakMap<Citation[], CitationIndex>();

function citationIndex(citations: Citation[]): CitationIndex {
  let index = citationIndexes.get(citations);
  if (index) return index;
  index = {
    lastBefore: lastStartingBefore(citations),
    bySurname: new Map(),
    byOutletEnding: new Map(),
    authoredStarts: citations
      .filter((c) => c.authors.length > 0)
      .map((c) => ({ start: c.start, title: c.title ?? "" }))
      .sort((a, b) => a.start - b.start),
  };
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  citations.forEach((c, i) => {
    for (const a of c.authors) add(index.bySurname, a.split(" ").at(-1) ?? "", i);
    if (c.outlet !== undefined)
      for (let from = 0; from <= c.outlet.length; from++) add(index.byOutletEnding, c.outlet.slice(from), i);
  });
  citationIndexes.set(citations, index);
  return index;
}

/** Of the citations `among`, the last that starts before `before`, else the first after it; -1 when none. */
function nearestBefore(citations: Citation[], among: number[], before: number): number {
  let best = -1;
  let after = -1;
  for (const i of among) {
    const start = citations[i].start;
    if (start < before) {
      if (best < 0 || start > citations[best].start || (start === citations[best].start && i > best))
        best = i;
    } else if (after < 0 || start < citations[after].start) after = i;
  }
  return best >= 0 ? best : after;
}

function lastCitation(citations: Citation[], before: number): number {
  return citationIndex(citations).lastBefore(before);
}

// Whether a sentence holds a capitalised publisher's name ("The Washington Times has more:").
function namesPublisher(doc: Document, s: Sentence | undefined, lex: VoiceLexicon): boolean {
  if (!s) return false;
  const { tokenStore: tokens, text } = doc;
  for (let k = s.tokenStart; k < s.tokenEnd; k++)
    if (
      lex.publisherHeads.has(tokens.key(k)) &&
      /^\p{Lu}/u.test(text.slice(tokens.starts[k], tokens.ends[k]))
    )
      return true;
  return false;
}

/**
 * Give paragraphs the voice of a document or speaker that an introducer or a blockquote opens:
 * a paragraph ending with a colon (with its cue: "As A and B write:", "The article reads:",
 * "Varga said:"), or a run of `blockquote` paragraphs. A colon block runs over the following
 * plain paragraphs until one refers to the document or its authors in the third person, or
 * reads as the author's commentary (first/second person, a question, a connective opener), or,
 * when `matched` is given, has no text traced to a source.
 */
export function findBlocks(
  doc: Document,
  ctx: {
    lex: VoiceLexicon;
    cues: Cue[];
    cueSpeakers: (Speaker | undefined)[];
    citations: Citation[];
    /** Capitalised document names found in the text ({@link findDocumentTitles}). */
    titles: DocumentTitle[];
    names: NameRegistry;
    /** Share of each paragraph's characters traced to a source, when sources are given. */
    matched?: number[];
    /** The article's credits ({@link findCredits}): a dateline, byline or credit line opens a block too. */
    credits?: Credit[];
  },
): (BlockVoice | undefined)[] {
  const { lex, cues, citations } = ctx;
  const voices: (BlockVoice | undefined)[] = doc.paragraphs.map(() => undefined);
  const bySentence = cuesBySentence(cues, doc.sentences.length);

  // The voice an introducing paragraph's last cue gives to what follows it.
  const introduced = (p: number): BlockVoice | undefined => {
    const lastSentence = firstEndingAfter(doc.sentences, doc.paragraphs[p].end - 1);
    const list = bySentence[lastSentence] ?? [];
    for (let k = list.length - 1; k >= 0; k--) {
      const c = cues[list[k]];
      const ref =
        documentRef(c.subject, c.key, citations, lex, doc.paragraphs[p].end, ctx.titles, ctx.names) ??
        outletRef(c.subject, c.key, lex);
      if (ref) return { kind: "document", name: ref.name, citation: ref.citation, attributed: true };
      // "WaPo reports:": what a named subject reports before a colon is its written report, a
      // document that runs over paragraphs, not one paragraph of speech.
      if (c.subject.kind === "name" && REPORTS.test(c.key) && doc.text[doc.paragraphs[p].end - 1] === ":")
        return { kind: "document", name: c.subject.text, attributed: true };
      const sp = ctx.cueSpeakers[list[k]];
      if (sp && c.strong) return { kind: "speaker", ...sp, attributed: true };
    }
    // "“Harbour fees to double,” by Ada Lind, Valley Wire, May 3, 2026:": a reposted piece's header.
    const header = repostHeader(doc.text.slice(doc.paragraphs[p].start, doc.paragraphs[p].end));
    if (header) return { kind: "document", name: header.outlet ?? header.writer, attributed: true };
    // "dunestreet42 wrote:": a reader's handle, which the cue reading takes for no name.
    const handle = handleLead(doc, p, lex);
    if (handle && doc.text[doc.paragraphs[p].end - 1] === ":")
      return { kind: "document", name: handle.name, attributed: true };
    return undefined;
  };
  // Whether paragraph p introduces a block: it ends with a colon, or with a comma right after a
  // cue that names a document ("As Smith and Jones write,", "The article reads,", "The report
  // said,", "According to the article,").
  const opens = (p: number): boolean => {
    const para = doc.paragraphs[p];
    const last = doc.text[para.end - 1];
    if (last === ":") return true;
    if (last !== ",") return false;
    const comma = doc.tokenStore.firstEndingAfter(para.end - 1);
    const lastSentence = firstEndingAfter(doc.sentences, para.end - 1);
    return (bySentence[lastSentence] ?? []).some((ci) => {
      const c = cues[ci];
      if (Math.max(c.last, c.subject.last) !== comma - 1) return false;
      return (
        (documentRef(c.subject, c.key, citations, lex, para.end, ctx.titles) ??
          outletRef(c.subject, c.key, lex)) !== undefined
      );
    });
  };
  // "The authority said the channel had silted up …" after "The harbour authority published its
  // review. The review reads:": a paragraph that opens by reporting what the document, or the body
  // the introducer names as its owner ("its review", "the authority's review"), said is the
  // author's account of it, in the author's words (backshifted, condensed), whatever of the
  // document's words it reuses; the block has ended. Right after an elision mark the quoted text
  // goes on, and may itself report the body.
  const reportsOwner = (q: number, intro: number): boolean => {
    if (doc.paragraphs[q - 1]?.kind === "elision") return false;
    const si = firstEndingAfter(doc.sentences, doc.paragraphs[q].start);
    const s = doc.sentences[si];
    if (!s) return false;
    for (const ci of bySentence[si] ?? []) {
      const c = cues[ci];
      if (c.inverted || c.subject.kind !== "description" || !lex.indirectVerbs.has(c.key)) continue;
      if (c.subject.first !== s.tokenStart || c.subject.last - c.subject.first !== 1) continue;
      if (doc.tokenStore.keyAt(c.subject.first) !== "the") continue;
      const head = doc.tokenStore.key(c.subject.last);
      if (lex.selfReference.has(head) || ownsDocument(intro, head)) return true;
    }
    return false;
  };
  // Whether the introducing paragraph, or the one before it, gives a document to the body named by
  // `head`: "The harbour authority published its dredging review", "the authority's review".
  const ownsDocument = (intro: number, head: string): boolean => {
    const { tokenStore: store } = doc;
    const from = store.firstEndingAfter(doc.paragraphs[Math.max(0, intro - 1)].start);
    const to = doc.paragraphs[intro].end;
    for (let k = from; k < store.length && store.starts[k] < to; k++) {
      const key = store.key(k);
      if (key !== head && key !== `${head}'s`) continue;
      let owner = key !== head;
      for (let j = k + 1; j < Math.min(store.length, k + OWNER_REACH) && store.starts[j] < to; j++) {
        const w = store.key(j);
        if (w === "." || w === ";") break;
        owner ||= w === "its" || w === "their";
        if (owner && lex.selfReference.has(w)) return true;
      }
    }
    return false;
  };
  // Whether the last sentence of paragraph p opens on a work it cites with its authors ("In
  // “Title”, A and B of the Ledger set out …"): the work is what the sentence is about. A title
  // met further on names a show, a segment, a memo or a song in the author's narration ("… in a
  // segment entitled “…”", "a memo titled “…”", "on CBS's “Face the Nation”"), and the paragraphs
  // after it go on with that narration.
  const citesLast = (p: number): boolean => {
    const para = doc.paragraphs[p];
    const last = doc.sentences[firstEndingAfter(doc.sentences, para.end - 1)];
    const { authoredStarts } = citationIndex(citations);
    const store = doc.tokenStore;
    // "In" and the title open the sentence. A title opening it alone is as often a headline, a
    // nickname or a law's name ("“Dirty Bomber” Jose Padilla was …").
    const mark = last.tokenStart + 1;
    if (store.key(last.tokenStart) !== "in" || mark >= last.tokenEnd || !OPENING_MARK.test(store.key(mark)))
      return false;
    const opening = store.starts[mark + 1];
    for (let i = lowerBound(authoredStarts, last.start); i < authoredStarts.length; i++) {
      if (authoredStarts[i].start >= para.end) break;
      if (authoredStarts[i].title && doc.text.startsWith(authoredStarts[i].title, opening)) return true;
    }
    return false;
  };
  // "According to the department: The company paid …" or "The ministry said: …" opening a
  // paragraph: a short lead-in ending with a colon, its cue and subject before the colon, then the
  // text itself in the same paragraph. What follows a document's or an organisation's lead-in is
  // its statement, a block that runs on as a colon block does; a person's ("Varga said: …") is
  // speech, left to the sentence's cue, as a speaker's block is one paragraph. Not before a
  // quotation (it carries its own voice), nor when the paragraph itself reads as the author's.
  const leadIn = (p: number): BlockVoice | undefined => {
    const para = doc.paragraphs[p];
    if (para.kind !== "paragraph" || voices[p] !== undefined) return undefined;
    const si = firstEndingAfter(doc.sentences, para.start);
    const s = doc.sentences[si];
    if (!s || s.paragraph !== p) return undefined;
    const store = doc.tokenStore;
    let colon = -1;
    for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + LEAD_IN_TOKENS); k++)
      if (store.key(k) === ":") {
        colon = k;
        break;
      }
    if (colon < 0 || colon + 1 >= store.length || store.starts[colon + 1] >= para.end) return undefined;
    if (/["\u201C\u2018'\u00AB]/.test(doc.text[store.starts[colon + 1]])) return undefined;
    let words = 0;
    for (let k = colon + 1; k < store.length && store.starts[k] < para.end; k++)
      if (store.kind(k) === "word") words++;
    if (words < REPORT_SENTENCE_WORDS) return undefined;
    // "dunestreet42 wrote: The buses …": a reader's comment opened by its handle is its writer's,
    // however it reads (a comment argues in the first person as an author does).
    const handle = handleLead(doc, p, lex);
    if (handle?.colon === colon) return { kind: "document", name: handle.name, attributed: true };
    for (const ci of bySentence[si] ?? []) {
      const c = cues[ci];
      if (c.attributionOnly || c.first < s.tokenStart || Math.max(c.last, c.subject.last) >= colon) continue;
      const ref =
        documentRef(c.subject, c.key, citations, lex, store.starts[colon], ctx.titles, ctx.names) ??
        outletRef(c.subject, c.key, lex);
      const voice: BlockVoice | undefined = ref
        ? { kind: "document", name: ref.name, citation: ref.citation, attributed: true }
        : organisation(doc, c.subject, lex)
          ? { kind: "document", name: c.subject.text, attributed: true }
          : undefined;
      if (!voice) continue;
      // The lead-in makes the paragraph's own text the statement; only the author's plain voice
      // (a first or second person, a question) or, with sources, no trace undoes it.
      const author = ctx.matched ? ctx.matched[p] < 0.3 : commentary(doc, p, lex);
      return author ? undefined : voice;
    }
    return undefined;
  };
  // With no cue naming it: the last cited document, the document of the last block, the last
  // titled one, or the document noun phrase of the introducing paragraph ("received a letter
  // from the chief executive").
  let lastBlock: BlockVoice | undefined;
  // A reposted post that quotes a document of its own ("WaPo reports:") goes on in its writer's
  // voice after that nested block: the post, and the test that ends it.
  let outer: { voice: BlockVoice; ends: (q: number) => boolean } | undefined;
  const fallback = (p: number): BlockVoice => {
    const c = lastCitation(citations, doc.paragraphs[p].start);
    if (c >= 0) return { kind: "document", name: citations[c].title, citation: c, attributed: true };
    const name =
      (lastBlock?.kind === "document" ? lastBlock.name : undefined) ??
      lastTitle(ctx.titles, doc.paragraphs[p].start) ??
      (p > 0 ? documentNoun(doc, p - 1, lex) : undefined);
    return name ? { kind: "document", name, attributed: false } : { kind: "document", attributed: false };
  };

  // An annotated document comes back in several blockquotes: without a new introducer, a
  // blockquote continues the last block's document.
  // Speeches set out by their salutation line ({@link findSpeeches}) are read first: their lines
  // open no block of their own, and a block before one ends where it begins.
  const speeches = findSpeeches(doc, lex, ctx.names);
  const widgets = widgetParagraphs(doc);
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    const speech = speeches.get(p);
    if (speech) {
      for (let q = p; q <= speech.end; q++) voices[q] = speech.voice;
      outer = undefined;
      p = speech.end;
      continue;
    }
    if (para.kind === "blockquote") {
      const intro = p > 0 && doc.paragraphs[p - 1].kind !== "blockquote" ? introduced(p - 1) : undefined;
      let voice =
        intro ??
        (p > 0 ? voices[p - 1] : undefined) ??
        (lastBlock?.kind === "document" ? lastBlock : undefined) ??
        fallback(p);
      if (voice.kind === "document" && !voice.attributed && p > 0 && opens(p - 1))
        voice = { ...voice, attributed: true };
      voices[p] = voice;
      lastBlock = voice;
      continue;
    }
    if (p + 1 >= doc.paragraphs.length || doc.paragraphs[p + 1].kind === "blockquote") continue;
    // "In “Title”, A and B of the Ledger set out what happened.": a paragraph that ends by citing a
    // work with its authors, and no colon, opens a block only when the next paragraph is the
    // work's by the evidence: traced to a source, or, without sources, no sign of the author and
    // no quotation of its own.
    const cited =
      !opens(p) &&
      citesLast(p) &&
      (ctx.matched ? ctx.matched[p + 1] >= 0.3 : authorEvidence(doc, p + 1, lex, citations) === undefined);
    if (!opens(p) && !cited) {
      // "According to the department: The company paid …": a lead-in inside the paragraph.
      const lead = leadIn(p);
      if (!lead) continue;
      voices[p] = lead;
      lastBlock = lead;
      let q = p + 1;
      while (q < doc.paragraphs.length) {
        const next = doc.paragraphs[q];
        if (
          next.kind === "heading" ||
          next.kind === "blockquote" ||
          noteLine(doc, q, lex) ||
          speeches.has(q) ||
          pagePart(doc, q, lex)
        )
          break;
        if ((reportsOwner(q, p) || endsBlock(doc, q, lex, citations, ctx.matched)) && !cutAhead(doc, q, lex))
          break;
        voices[q] = lead;
        if (opens(q)) break;
        q++;
      }
      outer = undefined;
      p = q - 1;
      continue;
    }
    // "CORRECTION:", "2:10 p.m.:": the page's own label or a live blog's time stamp opens no block.
    if (furniture(doc, p, lex) || timeStamp(doc, p)) continue;
    const intro = introduced(p);
    // "He said this:" followed by a quotation: the quote carries the voice, not a block. After
    // "As the Ledger reported:" a paragraph that opens with a quote is the document quoting someone.
    if (
      (cited || intro?.kind !== "document") &&
      /["\u201C\u2018']/.test(doc.text[doc.paragraphs[p + 1].start])
    )
      continue;
    const named = cited && intro?.kind !== "document" ? undefined : intro;
    const fallen = named ? undefined : fallback(p + 1);
    // "The arrests include:" before a list: an introducer with no reporting cue ("So I read this
    // in the Evening News:" has one) that names no document, no publisher ("The Washington Times
    // has more:") and follows nothing cited introduces the author's own lines.
    const introSentence = firstEndingAfter(doc.sentences, doc.paragraphs[p].end - 1);
    const uncued = !named && !cited && (bySentence[introSentence] ?? []).length === 0;
    if (
      uncued &&
      fallen?.name === undefined &&
      fallen?.citation === undefined &&
      !namesPublisher(doc, doc.sentences[introSentence], lex)
    )
      continue;
    // "The headlines:" before bullets: a list after an introducer with no cue, which itself names
    // no document, cites nothing and names no publisher, is the author's own summary, even when a
    // report was mentioned a paragraph earlier (a reproduced list would be introduced as the
    // report's: "The review lists:").
    if (
      uncued &&
      listItem(doc, p + 1) &&
      paragraphDocumentNoun(doc, p, lex) === undefined &&
      !citesIn(citations, doc.paragraphs[p]) &&
      !namesPublisher(doc, doc.sentences[introSentence], lex)
    )
      continue;
    const voice = named ?? { ...(fallen as BlockVoice), attributed: true };
    // "William Jacobson explains …:" then "October 13, 2017, Legal Insurrection": a person's post
    // reposted under its header. It speaks in its writer's first person, asks and exclaims as an
    // author does, so none of that ends it; it ends where it is named in the third person (its
    // writer's surname, "the post"), or, with sources, where the trace leaves it.
    // A piece reposted under its header ("“…,” by Ada Lind, Valley Wire, May 3, 2026:") is read
    // the same way: a news piece reports speech and sums up as the author of the post does.
    const header =
      named?.kind === "document" ? repostHeader(doc.text.slice(para.start, para.end)) : undefined;
    const post =
      header !== undefined ||
      (voice.kind === "speaker" && voice.name !== undefined && postHeader(doc, p + 1, lex));
    const writer = header?.writer ?? voice.name ?? "";
    const ends = (q: number): boolean =>
      post
        ? ctx.matched
          ? ctx.matched[q] < 0.3
          : namesDocument(doc, q, lex, citations) || namesWriter(doc, q, writer)
        : voice.kind === "speaker" || reportsOwner(q, p) || endsBlock(doc, q, lex, citations, ctx.matched);
    // The header is the piece's own headline and credit line.
    if (header) voices[p] = voice;
    let q = p + 1;
    while (q < doc.paragraphs.length) {
      const next = doc.paragraphs[q];
      // "take our poll - story continues below": the site's poll box inside the piece is no part
      // of it, and the piece goes on after it.
      if (widgets.has(q)) {
        q++;
        continue;
      }
      if ((next.kind === "heading" && !(post && q === p + 1)) || next.kind === "blockquote") break;
      // "[emphasis added]" on its own line closes the quotation it follows.
      if (noteLine(doc, q, lex) || speeches.has(q) || pagePart(doc, q, lex)) break;
      if (q > p + 1 && ends(q) && !cutAhead(doc, q, lex)) break;
      if (q === p + 1 && ctx.matched && ctx.matched[q] === 0 && commentary(doc, q, lex)) break;
      voices[q] = voice;
      lastBlock = voice;
      if (opens(q)) break;
      q++;
    }
    const nested = outer !== undefined && voices[p] === outer.voice;
    if (post && q < doc.paragraphs.length && voices[q] === voice) outer = { voice, ends };
    else if (nested && outer && q < doc.paragraphs.length && voices[q] === undefined) {
      const resumed = outer;
      outer = undefined;
      while (q < doc.paragraphs.length) {
        const next = doc.paragraphs[q];
        if (next.kind === "heading" || next.kind === "blockquote" || pagePart(doc, q, lex) || resumed.ends(q))
          break;
        voices[q] = resumed.voice;
        if (opens(q)) {
          outer = resumed;
          break;
        }
        q++;
      }
    } else if (!nested) outer = undefined;
    p = q - 1;
  }
  commentBlocks(doc, voices, lex);
  signedBlocks(doc, voices, lex);
  tweetBlocks(doc, voices);
  creditBlocks(doc, ctx.credits ?? [], voices, (q) => endsBlock(doc, q, lex, citations, ctx.matched));
  return voices;
}

// A word, a verb and a colon opening a paragraph, and the most characters they take.
const HANDLE_LEAD = /^\s*(\S+)\s+(\p{L}+)\s*:/u;
const HANDLE_LEAD_CHARS = 60;
// A reader's handle: one word opening in lower case with a digit or an underscore in it
// ("dunestreet42", "pine_cone"), or any word after "@".
const READER_HANDLE = /^(?:@\w{1,30}|(?=[\p{Ll}\d_.]*[\d_])\p{Ll}[\p{Ll}\d_.]{2,29})$/u;

/**
 * The handle that opens paragraph p before a verb of writing or speech and a colon ("dunestreet42
 * wrote:", "@pine_cone says:"), with the colon's token; a capitalised name is the cue reading's.
 * Read on the text: the tokenizer parts a handle at "@" and "_".
 */
function handleLead(
  doc: Document,
  p: number,
  lex: VoiceLexicon,
): { name: string; colon: number } | undefined {
  const para = doc.paragraphs[p];
  const lead = HANDLE_LEAD.exec(
    doc.text.slice(para.start, Math.min(para.end, para.start + HANDLE_LEAD_CHARS)),
  );
  if (!lead || !READER_HANDLE.test(lead[1])) return undefined;
  const verb = lead[2].toLowerCase();
  if (!lex.writingVerbs.has(verb) && !lex.indirectVerbs.has(verb)) return undefined;
  return { name: lead[1], colon: doc.tokenStore.firstEndingAfter(para.start + lead[0].length - 1) };
}

// Most words in a comment header's name part ("Ana Ruiz to Robert Vance").
const COMMENT_NAME_WORDS = 7;

// Most characters of a comment header line: longer paragraphs are not searched for a separator.
const COMMENT_HEADER_CHARS = 160;

/** The patterns of a comment header line, built once per lexicon (an analysis reads many documents). */
const commentPatternsOf = new WeakMap<VoiceLexicon, CommentPatterns>();
interface CommentPatterns {
  separator: RegExp;
  relative: RegExp;
  clock: RegExp;
  byline: RegExp;
}
function commentPatterns(lex: VoiceLexicon): CommentPatterns {
  const known = commentPatternsOf.get(lex);
  if (known) return known;
  const h = lex.commentHeaders;
  const units = h.timeUnits.map(escapeRegExp).join("|");
  const made: CommentPatterns = {
    separator: new RegExp(`\\s(?:${h.separators.map(escapeRegExp).join("|")})\\s`, "gu"),
    relative: new RegExp(
      `^(?:\\d+|an?)\\s+(?:${units})s?\\s+ago$|^(?:${h.timeWords.map(escapeRegExp).join("|")})$`,
      "u",
    ),
    clock: /\bat\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?$/u,
    byline: new RegExp(`^(?:${h.bylineOpeners.map(escapeRegExp).join("|")})(?:\\s|$)`, "u"),
  };
  commentPatternsOf.set(lex, made);
  return made;
}

/**
 * Readers' comments reposted under an article ("Robert Vance • 13 hours ago" on a line of its
 * own, then the comment): each is its writer's text, however it reads (a comment argues in the
 * first person as an author does), up to the next header, a heading or the page's own furniture
 * ("Editor's note: …"). A block already read inside a comment (a text the comment quotes) keeps
 * its voice.
 */
function commentBlocks(doc: Document, voices: (BlockVoice | undefined)[], lex: VoiceLexicon): void {
  const { separator, relative, clock, byline } = commentPatterns(lex);
  // The writer of a header line, or undefined when the line is no comment's header.
  const writer = (q: number): string | undefined => {
    const para = doc.paragraphs[q];
    if (para.kind !== "paragraph" && para.kind !== "heading") return undefined;
    if (para.end - para.start > COMMENT_HEADER_CHARS) return undefined;
    const text = doc.text.slice(para.start, para.end).trim();
    const cut = [...text.matchAll(separator)].at(-1);
    if (cut?.index === undefined) return undefined;
    const names = text.slice(0, cut.index).trim();
    const time = text
      .slice(cut.index + cut[0].length)
      .trim()
      .toLowerCase();
    if (byline.test(names.toLowerCase())) return undefined;
    const absolute =
      clock.test(time) &&
      /\b(?:1[89]|20)\d\d\b/.test(time) &&
      time.split(/[\s,]+/).some((w) => lex.months.has(w));
    if (!relative.test(time) && !absolute) return undefined;
    // "Ana Ruiz to Robert Vance": a reply names its writer first.
    const words = names.split(/\s+/);
    const to = words.indexOf("to");
    const own = to > 0 ? words.slice(0, to) : words;
    if (words.length > COMMENT_NAME_WORDS) return undefined;
    const name =
      own.every((w) => /^\p{Lu}/u.test(w)) || (own.length === 1 && /^@?[\p{L}\d_.-]+$/u.test(own[0]));
    return name ? own.join(" ") : undefined;
  };
  let comment: BlockVoice | undefined;
  let next = writer(0);
  for (let q = 0; q < doc.paragraphs.length; q++) {
    const name = next;
    next = q + 1 < doc.paragraphs.length ? writer(q + 1) : undefined;
    if (name !== undefined) {
      comment = { kind: "document", name, attributed: true };
      continue;
    }
    if (!comment) continue;
    if (
      doc.paragraphs[q].kind === "heading" ||
      furniture(doc, q, lex) ||
      (next !== undefined && sectionLine(doc, q))
    ) {
      comment = undefined;
      continue;
    }
    voices[q] ??= comment;
  }
}

// "pic.twitter.com/x1 — Ada Lind (@adalind) May 3, 2018": the last line of a post embedded from
// Twitter, its writer's name between the dash and the handle.
const TWEET_SIGNATURE =
  /(?:(?:^|\s)(?:pic\.twitter\.com|https?:\/\/t\.co)\/\S+[ \t]*|(?:^|\n)[ \t]*)[-\u2013\u2014][ \t]*(\p{Lu}[^\n()]{0,60}?)[ \t]*\(@\w{1,15}\)[ \t]*\p{L}+[ \t]+\d{1,2},[ \t]*\d{4}[ \t]*$/u;

/**
 * Posts embedded from Twitter and flattened to text: the signature line ("— Ada Lind (@adalind)
 * May 3, 2018") follows the post's text, which is its writer's, not the author's. The text is the
 * signature paragraph's own lines before it, else the one paragraph right before (a post is
 * short; a longer thread is not guessed at). A paragraph already read keeps its voice.
 */
function tweetBlocks(doc: Document, voices: (BlockVoice | undefined)[]): void {
  for (let q = 0; q < doc.paragraphs.length; q++) {
    const para = doc.paragraphs[q];
    const text = doc.text.slice(para.start, para.end).trimEnd();
    const signed = TWEET_SIGNATURE.exec(text);
    if (!signed) continue;
    const post: BlockVoice = { kind: "document", name: signed[1].trim(), attributed: true };
    if (signed.index > 0 && text.slice(0, signed.index).trim().length > 0) {
      voices[q] ??= post;
      continue;
    }
    const before = doc.paragraphs[q - 1];
    if (!before || before.kind === "heading" || voices[q - 1] !== undefined) continue;
    if (TWEET_SIGNATURE.test(doc.text.slice(before.start, before.end).trimEnd())) continue;
    voices[q - 1] = post;
  }
}

// Most words of a line read as the page's own section line between comment threads.
const SECTION_LINE_WORDS = 16;

/**
 * Whether paragraph `q`, right before a comment header, is the page's line that opens the next
 * thread ("Vance's exchange with Ruiz concerning “The Harbour Question”"): a short line whose
 * words outside quotation marks make no sentence (no full stop, question or exclamation mark of
 * their own), as a heading's do not. A comment's last line is a sentence ("Thanks again.").
 */
function sectionLine(doc: Document, q: number): boolean {
  const text = doc.text.slice(doc.paragraphs[q].start, doc.paragraphs[q].end).trim();
  if (text.split(/\s+/).length > SECTION_LINE_WORDS) return false;
  const own = text.replace(/[\u201C"][^\u201D"]*[\u201D"]/g, " ").trim();
  return own.length > 0 && !/[.!?]/.test(own);
}

// Most paragraphs between a block's apparent end and an elision mark that keeps them in it.
const CUT_AHEAD = 4;
// The same for a note on emphasis on a line of its own ("[all emphasis in original]"), which
// closes a longer quotation: a testimony's answer of several paragraphs.
const NOTE_AHEAD = 8;

// Whether an elision mark ("[…]" on its own line) comes within CUT_AHEAD plain paragraphs from q,
// or a note on emphasis or "[sic]" alone on its line (`editorialNotes`) within NOTE_AHEAD: a
// quoter marks the cuts and the emphasis in the text quoted, never in their own, so what stands
// between the block and its next mark is still the quoted text, however it reads ("But parents
// can bless their children." inside a reproduced answer, "I answered him …" in a testimony).
function cutAhead(doc: Document, q: number, lex: VoiceLexicon): boolean {
  for (let r = q; r < Math.min(doc.paragraphs.length, q + NOTE_AHEAD + 1); r++) {
    const para = doc.paragraphs[r];
    if (para.kind === "elision") return r > q && r <= q + CUT_AHEAD;
    if (para.kind !== "paragraph" || doc.text[para.end - 1] === ":") return false;
    if (noteLine(doc, r, lex)) return r > q;
  }
  return false;
}

// Whether paragraph q is only an editorial note in brackets: "[emphasis added]", "(italics mine)".
function noteLine(doc: Document, q: number, lex: VoiceLexicon): boolean {
  const para = doc.paragraphs[q];
  if (para.end - para.start > NOTE_CHARS) return false;
  const text = doc.text.slice(para.start, para.end).trim();
  const m = lex.editorialNote.exec(text);
  return m !== null && m.index === 0 && m[0].length === text.length;
}
// Longest editorial note line, in characters.
const NOTE_CHARS = 40;

// Whether paragraph q is, or opens with, a part of the page itself (`commentHeaders.furniture`):
// "Editor's note: …", "CORRECTION:", "SHORT READS:", "Notes:". The outlet speaks there, so no
// block runs into it and none opens on it.
function furniture(doc: Document, q: number, lex: VoiceLexicon): boolean {
  const text = doc.text.slice(doc.paragraphs[q].start, doc.paragraphs[q].end).trim().toLowerCase();
  return lex.commentHeaders.furniture.some((f) => text === f || text.startsWith(`${f}:`));
}

// A live blog's time stamp on a line of its own ("2:10 p.m.:", "11:45 a.m.") or the line that opens
// a live blog ("… (all times Eastern Standard Time):"): what follows is the blog's next item, in
// its author's voice, not a reproduced text.
const TIME_STAMP = /^\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?\s*:?$/iu;
const LIVE_BLOG = /\(all times [^)]{1,40}\)\s*:$/iu;
function timeStamp(doc: Document, q: number): boolean {
  const text = doc.text.slice(doc.paragraphs[q].start, doc.paragraphs[q].end).trim();
  return TIME_STAMP.test(text) || LIVE_BLOG.test(text);
}

// A line of a list of links, one or two sentences: it ends with a web address ("…," by Variety's
// Gordon Cox: http://…"), or opens with a dash and ends with its outlet in brackets ("-Nate Cohn
// explains … [NYT.]"). The author sums up what others wrote and points to it; that is no
// reproduced text going on. A longer paragraph before its link is an excerpt; a post's own short
// link (t.co, twitter.com) closes the post, which is its writer's.
const LINK_END = /https?:\/\/(?!t\.co\/|(?:www\.|pic\.)?twitter\.com\/)\S+$/u;
const BRACKETED_OUTLET = /^[-\u2013\u2014][\s\S]*\[[^\]]{1,40}\]$/u;
const LINK_LINE_SENTENCES = 2;
function linkLine(doc: Document, q: number): boolean {
  const para = doc.paragraphs[q];
  const text = doc.text.slice(para.start, para.end).trim();
  if (!LINK_END.test(text) && !BRACKETED_OUTLET.test(text)) return false;
  const first = firstEndingAfter(doc.sentences, para.start);
  const last = firstEndingAfter(doc.sentences, para.end - 1);
  return last - first < LINK_LINE_SENTENCES;
}

// Whether paragraph q shows the block before it has ended, whatever its words: the page's own
// part, a live blog's next time stamp, a line of a list of links, a furniture paragraph ("Related: …",
// "©2026 The Ledger", "Article posted with permission from …").
function pagePart(doc: Document, q: number, lex: VoiceLexicon): boolean {
  return (
    furniture(doc, q, lex) ||
    timeStamp(doc, q) ||
    linkLine(doc, q) ||
    isFurnitureParagraph(doc.text.slice(doc.paragraphs[q].start, doc.paragraphs[q].end))
  );
}

// The paragraphs that lie inside a poll or sign-up box a site sets in its story ({@link formWidgets}).
function widgetParagraphs(doc: Document): Set<number> {
  const out = new Set<number>();
  for (const [start, end] of formWidgets(doc.text, doc.paragraphs)) {
    for (let q = itemContaining(doc.paragraphs, start); q >= 0 && q < doc.paragraphs.length; q++) {
      const para = doc.paragraphs[q];
      if (para.start >= end) break;
      if (para.start >= start && para.end <= end) out.add(q);
    }
  }
  return out;
}

// Whether paragraph q is a list item: an HTML one, or a plain-text line opening with a bullet.
function listItem(doc: Document, q: number): boolean {
  const para = doc.paragraphs[q];
  if (!para) return false;
  return (
    para.kind === "list-item" || /^[-*\u2022\u2013\u2014]\s/u.test(doc.text.slice(para.start, para.start + 2))
  );
}

// Whether a citation starts inside the span.
function citesIn(citations: Citation[], span: { start: number; end: number }): boolean {
  const i = lowerBound(citations, span.start);
  return i < citations.length && citations[i].start < span.end;
}

// Tokens after a body's name within which "its" and a document noun make the document its own.
const OWNER_REACH = 8;

// The forms of "report" as a cue.
const REPORTS = /^report(?:s|ed|ing)?$/;

// Longest header line of a reposted post, in words ("October 13, 2017, Legal Insurrection").
const POST_HEADER_WORDS = 10;

// Whether paragraph q is a post's header: a short line with a month and a year and no sentence
// end ("October 13, 2017, Legal Insurrection", "Posted 3 May 2026 by the Harbour Blog").
function postHeader(doc: Document, q: number, lex: VoiceLexicon): boolean {
  const para = doc.paragraphs[q];
  // In plain text a short line without a full stop reads as a heading.
  if (!para || (para.kind !== "paragraph" && para.kind !== "heading")) return false;
  const text = doc.text.slice(para.start, para.end).trim();
  if (/[.!?:;]["\u201D\u2019]?$/.test(text)) return false;
  const words = text.split(/\s+/);
  return (
    words.length <= POST_HEADER_WORDS &&
    /\b(?:1[89]|20)\d\d\b/.test(text) &&
    words.some((w) => /^\p{Lu}/u.test(w) && lex.months.has(w.toLowerCase().replace(/[.,]$/, "")))
  );
}

// Whether paragraph q names a post's writer by surname, in the third person ("Jacobson notes").
function namesWriter(doc: Document, q: number, writer: string): boolean {
  const surname = writer.split(" ").at(-1)?.toLowerCase();
  if (!surname) return false;
  const para = doc.paragraphs[q];
  for (
    let k = doc.tokenStore.firstEndingAfter(para.start);
    k < doc.tokenStore.length && doc.tokenStore.starts[k] < para.end;
    k++
  )
    if (doc.tokenStore.key(k).replace(/['\u2019]s$/, "") === surname) return true;
  return false;
}

// Most paragraphs a closing credit line looks back over for the body it credits.
const CREDIT_LOOK_BACK = 40;

/**
 * Blocks a credit opens where no introducer did: a wire dateline's paragraph and the ones after it
 * ("PORT ELLIS, 3 May (Northern Press Agency) - …"), the paragraphs after a byline with an agency
 * or an inline credit ("The story was first reported by the Ledger."), each run until the
 * author's voice returns (`ends`); and, before a closing credit line ("Source: the Ledger"), the
 * last run of paragraphs that shows no sign of the author, past the author's closing lines.
 */
function creditBlocks(
  doc: Document,
  credits: Credit[],
  voices: (BlockVoice | undefined)[],
  ends: (q: number) => boolean,
): void {
  const { paragraphs } = doc;
  let previous = -1;
  const free = (q: number) =>
    voices[q] === undefined && paragraphs[q].kind !== "heading" && paragraphs[q].kind !== "blockquote";
  const publisher = doc.meta.siteName ? folded(doc.meta.siteName) : undefined;
  const ownTests = new Map<string, OwnTest | undefined>();
  for (const c of credits) {
    // "CHAIR (Cllr Doreen Achterberg): …" has a dateline's shape but is a transcript's speaker label.
    if (c.kind === "dateline" && doc.text[c.span.end - 1] === ":") continue;
    // An agency's story on the agency's own site credits itself: the text is the author's.
    if (publisher !== undefined && folded(c.credited) === publisher) continue;
    if (c.kind === "dateline" && speaksAsItself(doc, c, ownTests)) continue;
    const voice: BlockVoice = { kind: "document", name: c.credited, attributed: true, credit: true };
    if (c.kind === "line") {
      // Bounded look-back, stopping at the paragraph of the credit before: many credit lines
      // between commentary must not make the walk quadratic.
      const floor = Math.max(0, c.paragraph - CREDIT_LOOK_BACK, previous + 1);
      previous = c.paragraph;
      let q = c.paragraph - 1;
      // The author's closing lines between the body and its credit line.
      while (q > floor && free(q) && ends(q)) q--;
      const last = q;
      while (q > floor && free(q) && !ends(q)) q--;
      if (q === floor && q > 0 && free(q) && !ends(q)) q--;
      // The article's title is no part of the body.
      for (let k = q + 1; k <= last; k++) voices[k] = voice;
      continue;
    }
    previous = c.paragraph;
    const from = c.kind === "dateline" ? c.paragraph : c.paragraph + 1;
    for (let q = from; q < paragraphs.length && free(q); q++) {
      if (q > from && ends(q)) break;
      voices[q] = voice;
    }
  }
}

// Most tokens before the colon of a lead-in ("According to the Justice Department:").
const LEAD_IN_TOKENS = 8;

// Whether a cue's subject names an organisation, not a person: an acronym ("the DOJ") or a name
// or description headed by an institution's word ("the ministry", "the Harbour Authority").
function organisation(doc: Document, m: Mention, lex: VoiceLexicon): boolean {
  if (m.kind === "pronoun") return false;
  const head = doc.text.slice(doc.tokenStore.starts[m.last], doc.tokenStore.ends[m.last]);
  if (ACRONYM.test(head)) return true;
  return lex.placeHeads.has(head.toLowerCase());
}

// Most characters a name the dateline credits may have to be looked for in the body as the
// outlet's own: an agency or a site, not a sentence.
const OUTLET_CHARS = 40;

/**
 * Whether the outlet a dateline credits ("LAS VEGAS (INTELLIHUB) — …") speaks of itself in the
 * article as the one doing the reporting: its staff by its name ("Intellihub's founder"), its own
 * earlier work ("As Intellihub reported", "an Intellihub article", "Intellihub has learned"). The
 * story is then the outlet's own on its own site, and the author's text, as with a site name the
 * page declares. A repost keeps the credit, since a wire story rarely names its agency so.
 */
function speaksAsItself(doc: Document, c: Credit, tests: Map<string, OwnTest | undefined>): boolean {
  const name = c.credited.trim();
  if (!tests.has(name)) tests.set(name, ownTest(doc.text, name));
  const own = tests.get(name);
  if (!own) return false;
  // The text around the dateline, each side apart, as one match must not run through it.
  const before = doc.text.slice(0, c.span.start);
  const after = doc.text.slice(c.span.end);
  const at = (text: string, i: number) => {
    own.pattern.lastIndex = i;
    return own.pattern.test(text);
  };
  for (const i of own.starts) {
    if (i < c.span.start && at(before, i)) return true;
    if (i >= c.span.end && at(after, i - c.span.end)) return true;
  }
  return false;
}

/** The pattern of an outlet speaking of itself, and every place in the text a match of it can start. */
interface OwnTest {
  pattern: RegExp;
  starts: number[];
}

// Every match holds the name, at its start or after "as"/"a"/"an" and spaces, so the name's
// occurrences give each place a match can start: a dateline's two sides are tested there alone,
// not read whole for each of an article's many datelines (a long text has hundreds).
function ownTest(text: string, name: string): OwnTest | undefined {
  if (name.length < 3 || name.length > OUTLET_CHARS) return undefined;
  const n = escapeRegExp(name);
  const pattern = new RegExp(
    `(?:\\b(?:as|an?)\\s+${n}\\s+(?:article|report|story|investigation|previously|earlier|first|reported|has|had)\\b|\\b${n}['\u2019]s\\s+[\\p{L}]|\\b${n}\\s+(?:has|had)?\\s*(?:previously\\s+|first\\s+)?(?:reported|learned|confirmed|revealed)\\b)`,
    "iuy",
  );
  const occurrence = new RegExp(n, "giu");
  const starts: number[] = [];
  for (let m = occurrence.exec(text); m; m = occurrence.exec(text)) {
    const p = m.index;
    let q = p;
    while (q > 0 && /\s/u.test(text[q - 1])) q--;
    if (q < p) starts.push(q - 2, q - 1);
    starts.push(p);
    // The next character, not the next code unit: inside a surrogate pair the search steps back.
    occurrence.lastIndex = p + ((text.codePointAt(p) ?? 0) > 0xffff ? 2 : 1);
  }
  return { pattern, starts: starts.filter((i) => i >= 0) };
}

// A publisher's name as credits and page metadata may both write it: "The Harbour Ledger" is "harbour ledger".
function folded(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Whether paragraph q returns to the author's voice. With sources, trace decides: a paragraph
// with little text traced to one is the author's. Without, the block runs on until evidence of
// the author's voice: the evidence rules of {@link authorEvidence}.
function endsBlock(
  doc: Document,
  q: number,
  lex: VoiceLexicon,
  citations: Citation[],
  matched: number[] | undefined,
): boolean {
  if (matched) return matched[q] < 0.3;
  return authorEvidence(doc, q, lex, citations) !== undefined;
}

/** The kinds of evidence that the author's own voice returns after a reproduced block. */
export type AuthorEvidence = "commentary" | "names-document" | "register";

/**
 * The first evidence that paragraph q, after a reproduced block, is the author's again, or nothing when it reads as more of the block. Marks of quotation (an
 * elision "[…]", "…", an editor's bracket, in this paragraph or just before it) keep it in the
 * block. Otherwise, in order: `commentary` (a first- or second-person word, a question or
 * exclamation, a connective opener: `personWords`, `commentaryOpeners`), `names-document` (the
 * document or its authors in the third person: "the article", "the journalists then detail", a
 * cited author's surname: `selfReference`, `documentPeople`), `register` (a sentence shorter than
 * a report's, or an evaluative or normative word: `evaluative`).
 */
export function authorEvidence(
  doc: Document,
  q: number,
  lex: VoiceLexicon,
  citations: Citation[],
): AuthorEvidence | undefined {
  const para = doc.paragraphs[q];
  const before = doc.paragraphs[q - 1];
  const quoting = /\[[^\]]*\]|\u2026|\.\s?\.\s?\./;
  if (para.kind === "elision" || quoting.test(doc.text.slice(para.start, para.end))) return undefined;
  // Right after a cut the quoted text goes on, unless the author's own voice is plain: "[…]" then
  // "But now concerning the question of …" is the quoter taking up their own thread.
  if (commentary(doc, q, lex)) return "commentary";
  if (before?.kind === "elision") return undefined;
  if (namesDocument(doc, q, lex, citations)) return "names-document";
  if (!sameRegister(doc, q, lex)) return "register";
  return undefined;
}

// The document or its authors named in the third person: "the article", "this report", "the
// journalists", or a cited author's surname.
function namesDocument(doc: Document, q: number, lex: VoiceLexicon, citations: Citation[]): boolean {
  const para = doc.paragraphs[q];
  const refs = citedSurnames(citations);
  const first = doc.tokenStore.firstEndingAfter(para.start);
  for (let k = first; k < doc.tokenStore.length && doc.tokenStore.starts[k] < para.end; k++) {
    const whole = doc.tokenStore.key(k);
    const key = whole.endsWith("'s") ? whole.slice(0, -2) : whole;
    if (refs.has(key)) return true;
    const prev = doc.tokenStore.keyAt(k - 1);
    if (
      (lex.selfReference.has(key) || lex.documentPeople.has(key)) &&
      (prev === "the" || prev === "this" || prev === "that")
    )
      return true;
  }
  return false;
}

// The cited authors' surnames, lower-cased, gathered once per list of citations: asked for every
// paragraph after a block, they made a long text with many citations quadratic.
const surnames = new WeakMap<Citation[], Set<string>>();
function citedSurnames(citations: Citation[]): Set<string> {
  let refs = surnames.get(citations);
  if (!refs) {
    refs = new Set<string>();
    for (const c of citations) {
      for (const a of c.authors) refs.add(a.split(" ").at(-1)?.toLowerCase() ?? "");
    }
    surnames.set(citations, refs);
  }
  return refs;
}

// First/second person, a question or exclamation, or a connective opener: the author speaking.
function commentary(doc: Document, q: number, lex: VoiceLexicon): boolean {
  const para = doc.paragraphs[q];
  const first = doc.tokenStore.firstEndingAfter(para.start);
  const opener = doc.tokenStore.keyAt(first) ?? "";
  // "This is absurd" is the author pointing; "This six-minute gap relayed by …" is a report's
  // demonstrative before its noun.
  const demonstrative =
    lex.demonstratives.has(opener) && !lex.copulas.has(doc.tokenStore.keyAt(first + 1) ?? "");
  if (lex.commentaryOpeners.has(opener) && !demonstrative) return true;
  let inQuote = false;
  for (let k = first; k < doc.tokenStore.length && doc.tokenStore.starts[k] < para.end; k++) {
    const t = doc.tokenStore.get(k);
    if (t.key === '"') inQuote = !inQuote;
    if (inQuote) continue;
    if (t.key === "?" || t.key === "!") return true;
    if (lex.personWords.has(t.key) || spoken(t.key, lex)) return true;
  }
  return false;
}

// "it's the world's only hope": a pronoun run into "is" is the spoken register of the author's
// aside, which a reproduced report does not write outside its quotes.
function spoken(key: string, lex: VoiceLexicon): boolean {
  return (key.endsWith("'s") || key.endsWith("\u2019s")) && lex.spokenContractions.has(key.slice(0, -2));
}

// Shortest sentence, in words, of a reproduced report's paragraph: asides ("Twenty-three days.")
// are shorter.
const REPORT_SENTENCE_WORDS = 10;

// An evaluative or normative word, or its adverb: "astonishingly", "shockingly", "incredibly".
function evaluative(key: string, lex: VoiceLexicon): boolean {
  if (lex.evaluative.has(key)) return true;
  if (!key.endsWith("ly")) return false;
  const stem = key.slice(0, -2);
  return lex.evaluative.has(stem) || (/[ai]b$/.test(stem) && lex.evaluative.has(`${stem}le`));
}

// Whether paragraph q keeps the register of a reproduced report: every sentence (as the segmenter
// cuts them, so that "9:59 p.m." ends none) at least REPORT_SENTENCE_WORDS words and no evaluative
// or normative word, nor its adverb.
function sameRegister(doc: Document, q: number, lex: VoiceLexicon): boolean {
  const para = doc.paragraphs[q];
  for (let si = firstEndingAfter(doc.sentences, para.start); si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (s.start >= para.end) break;
    let words = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokenStore.get(k);
      if (evaluative(t.key, lex)) return false;
      if (t.kind === "word" || t.kind === "number") words++;
    }
    if (words < REPORT_SENTENCE_WORDS) return false;
  }
  return true;
}
