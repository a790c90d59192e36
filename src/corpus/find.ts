import { createHash } from "node:crypto";
import type { Document } from "../text/document.js";
import { readVoices } from "../voice/index.js";
import { authorKey, surname, titleKey, titleWords } from "./meta-words.js";
import { hashedWords, SHINGLE_DEFAULTS, type ShingleOptions, shingleSequence, winnow } from "./shingles.js";
import type { CorpusDocument, CorpusStore, DocumentMeta } from "./types.js";

/**
 * Finding an article's likely sources in the corpus: the stored documents sharing the most of
 * its kept shingles (frequency-capped), each then checked shingle by shingle to measure the
 * passages it really shares; and the documents the article cites by title and authors.
 */

/** Options of {@link findSources}. */
export interface FindOptions {
  /** Candidates returned (default: 10). */
  limit?: number;
  /** Stored documents checked passage by passage, best by shared hashes first (default: 50). */
  pool?: number;
  /**
   * Hashes held by more documents than this are ignored: stock phrases and boilerplate
   * (default: 100, passim's default maximum document frequency).
   */
  dfCap?: number;
  /**
   * Words a candidate must share with the article, in passages of at least n words (default: 8:
   * a passage that long is the shortest winnowing guarantees to find; fewer is a stock phrase).
   */
  minSharedWords?: number;
  /** Must be the options the corpus was built with (default: {@link SHINGLE_DEFAULTS}). */
  shingles?: ShingleOptions;
  /** Also look up the documents the article cites by title and authors (default: true). */
  citations?: boolean;
}

/** A passage the article shares with a candidate: `[start, end)` into each text. */
export interface SharedPassage {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  words: number;
}

/** A stored document that may be a source of the article. */
export interface SourceCandidate {
  id: string;
  location: string;
  title?: string;
  date?: string;
  outlet?: string;
  authors?: string[];
  /** The stored (normalized) text: passages' source offsets point into it. */
  text: string;
  /** Share of the article's words inside passages shared with this document (0 to 1). */
  score: number;
  /** Article words inside those passages. */
  sharedWords: number;
  passages: SharedPassage[];
  /** The article cites this document: the text of the citation (its title, else its authors). */
  cited?: string;
}

const FIND_DEFAULTS = { limit: 10, pool: 50, dfCap: 100, minSharedWords: 8, citations: true };

/**
 * The passages two texts share: maximal runs of the article's n-grams (every one, not only the
 * kept ones) that the source also holds, each placed in the source at the first occurrence of its
 * first n-gram.
 */
export function sharedPassages(article: string, source: string, n = SHINGLE_DEFAULTS.n): SharedPassage[] {
  const aw = hashedWords(article);
  const sw = hashedWords(source);
  if (aw.length < n || sw.length < n) return [];
  const as = shingleSequence(aw, n);
  const ss = shingleSequence(sw, n);
  const where = new Map<number, number>();
  for (let j = 0; j < ss.length; j++) if (!where.has(ss[j])) where.set(ss[j], j);
  const out: SharedPassage[] = [];
  let i = 0;
  while (i < as.length) {
    const j = where.get(as[i]);
    if (j === undefined) {
      i++;
      continue;
    }
    // Extend while the next n-gram follows in the source too, else while the article's next
    // n-gram is held anywhere in the source (a run edited on the way stays one passage).
    let end = i;
    let jEnd = j;
    while (end + 1 < as.length) {
      const next = ss[jEnd + 1] === as[end + 1] ? jEnd + 1 : where.get(as[end + 1]);
      if (next === undefined) break;
      end++;
      jEnd = next;
    }
    const lastWord = end + n - 1;
    out.push({
      start: aw[i].start,
      end: aw[lastWord].end,
      sourceStart: sw[j].start,
      sourceEnd: sw[Math.max(j, jEnd) + n - 1].end,
      words: lastWord - i + 1,
    });
    i = end + 1;
  }
  return out;
}

/** Share of a cited title's words (over two letters) that open a stored document's title. */
function titleShare(cited: string[], stored: string | undefined): number {
  if (!stored || cited.length === 0) return 0;
  const words = new Set(titleWords(stored));
  return cited.filter((w) => words.has(w)).length / cited.length;
}

/**
 * The fewest distinct words of `cited` a title must hold to hold `share` of its words (repeats
 * counted): the most repeated words first.
 */
function fewestWords(cited: string[], share: number): number {
  const counts = new Map<string, number>();
  for (const w of cited) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => b - a);
  let held = 0;
  for (let i = 0; i < sorted.length; i++) {
    held += sorted[i];
    if (held >= share * cited.length) return i + 1;
  }
  return sorted.length;
}

/** Share of a cited title's words a stored title must hold, as the voice layer links a given source. */
const TITLE_SHARE = 0.7;

/**
 * Stored documents the article cites ("In 'The Silt Contract', Ann Lee and Bo Chan of the Ledger
 * …"): a title holding at least 70% of the cited title's words and, when the citation names
 * people, the stored authors holding each surname. A citation several stored documents fit equally
 * is resolved by the shared text later; none fits, nothing is returned.
 */
export async function citedDocuments(
  store: CorpusStore,
  article: Document,
): Promise<Map<string, { meta: DocumentMeta; citation: string }[]>> {
  const citations = readVoices(article).citations.filter((c) => c.title || c.authors.length > 0);
  const found = new Map<string, { meta: DocumentMeta; citation: string }[]>();
  if (citations.length === 0) return found;
  const wanted = citations.map((c) => ({
    text: c.title ?? c.authors.join(", "),
    title: titleWords(c.title ?? ""),
    surnames: c.authors.filter((a) => titleWords(a).length > 1).map(surname),
  }));
  for (const w of wanted) {
    // The index gives the documents that can fit; the rules below decide which do.
    const fits =
      w.title.length > 0
        ? await store.metaMatches(w.title.map(titleKey), fewestWords(w.title, TITLE_SHARE))
        : await store.metaMatches(w.surnames.map(authorKey), new Set(w.surnames).size);
    for (const meta of fits) {
      const byTitle = w.title.length > 0 && titleShare(w.title, meta.title) >= TITLE_SHARE;
      const authors = new Set((meta.authors ?? []).map(surname));
      const byAuthors = w.surnames.length > 0 && w.surnames.every((s) => authors.has(s));
      // A title alone names a document; authors alone only when no title was cited.
      if (
        (byTitle && (w.surnames.length === 0 || authors.size === 0 || byAuthors)) ||
        (w.title.length === 0 && byAuthors)
      ) {
        const list = found.get(w.text) ?? [];
        list.push({ meta, citation: w.text });
        found.set(w.text, list);
      }
    }
  }
  return found;
}

/**
 * The stored documents that are the likely sources of `article`, best first: ranked by the
 * article words they share in passages of at least n words, then by id. A stored text identical
 * to the article is not its source and is left out. Documents the article cites by title and
 * authors come too, marked `cited`, even when they share no passage with it.
 */
export async function findSources(
  store: CorpusStore,
  article: Document,
  options: FindOptions = {},
): Promise<SourceCandidate[]> {
  const { limit, pool, dfCap, minSharedWords, citations } = { ...FIND_DEFAULTS, ...options };
  const { n, window } = { ...SHINGLE_DEFAULTS, ...options.shingles };
  const words = hashedWords(article.text, article.tokens);
  const hashes = winnow(shingleSequence(words, n), window);
  const ownHash = createHash("sha256").update(article.text).digest("hex");
  const hits = await store.candidates(hashes, { dfCap, limit: pool });
  const candidates = new Map<string, SourceCandidate>();
  const docs = new Map<string, CorpusDocument>();
  const measure = async (id: string): Promise<SourceCandidate | undefined> => {
    const doc = await store.get(id);
    if (!doc || doc.contentHash === ownHash) return undefined;
    docs.set(id, doc);
    const passages = sharedPassages(article.text, doc.text, n).filter((p) => p.words >= n);
    const sharedWords = passages.reduce((sum, p) => sum + p.words, 0);
    const candidate: SourceCandidate = {
      id,
      location: doc.location,
      text: doc.text,
      score: words.length === 0 ? 0 : Math.round((sharedWords / words.length) * 1000) / 1000,
      sharedWords,
      passages,
    };
    if (doc.title) candidate.title = doc.title;
    if (doc.date) candidate.date = doc.date;
    if (doc.outlet) candidate.outlet = doc.outlet;
    if (doc.authors) candidate.authors = doc.authors;
    return candidate;
  };
  for (const hit of hits) {
    const c = await measure(hit.id);
    if (c && c.sharedWords >= minSharedWords) candidates.set(c.id, c);
  }
  const ranked = [...candidates.values()]
    .sort((a, b) => b.sharedWords - a.sharedWords || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
  if (!citations) return ranked;
  for (const [citation, fits] of await citedDocuments(store, article)) {
    // Among several documents a citation fits (copies of one story share its title), the one
    // sharing most text with the article; with no text to decide, none.
    const measured: SourceCandidate[] = [];
    for (const { meta } of fits) {
      const c = candidates.get(meta.id) ?? (await measure(meta.id));
      if (c) measured.push(c);
    }
    measured.sort((a, b) => b.sharedWords - a.sharedWords);
    if (measured.length === 0 || (measured.length > 1 && measured[0].sharedWords === measured[1].sharedWords))
      continue;
    const best = measured[0];
    best.cited ??= citation;
    if (!ranked.includes(best)) ranked.push(best);
  }
  return ranked;
}
