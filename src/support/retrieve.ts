import { stemmer } from "stemmer";
import { append } from "../collections.js";
import { loadData } from "../data.js";
import { stem } from "../text/stem.js";
import { Bm25Index } from "./bm25.js";
import { type SupportLexicon, supportLexicon } from "./lexicon.js";
import { boundTermCache, type Passage, termOf } from "./terms.js";

/** A passage retrieved for a claim, with its scores. */
export interface Candidate {
  passage: Passage;
  /** BM25+ score of the passage for the claim's terms (see {@link Bm25Index}). */
  bm25: number;
  /** Share of the claim's content terms the passage holds, or holds the opposite of. */
  coverage: number;
  /** Names and numbers of the claim the passage shares. */
  anchors: number;
}

/** Options of {@link PassageIndex.search}. */
export interface SearchOptions {
  /** How many passages to return (default: 5). */
  limit?: number;
  /** Passages never returned: the claim's own sentence (default: none). */
  exclude?: (p: Passage) => boolean;
}

const MAX_POSTINGS = 500;

/** Related-word classes of retrieval (`data/support-retrieval.json`). */
export interface RetrievalClasses {
  /** Word forms that speak of the same thing in other words ("worried" / "concerns"). */
  classes: string[][];
  /** Number words and the digits they stand for ("nine" / "9"). */
  numberWords: Record<string, string>;
  /** Pronouns that open a sentence continuing the one before it ("Its products are sold …"). */
  anaphors: string[];
}

let retrievalClasses: RetrievalClasses | undefined;

/** The related-word classes of retrieval, read once. */
export function retrievalData(): RetrievalClasses {
  retrievalClasses ??= loadData<RetrievalClasses>("support-retrieval.json");
  return retrievalClasses;
}

let anaphorSet: Set<string> | undefined;

/** The pronouns that point back (`anaphors` of data/support-retrieval.json: "it", "he", "they", …), read once. */
export function anaphors(): Set<string> {
  anaphorSet ??= new Set(retrievalData().anaphors);
  return anaphorSet;
}

/**
 * Terms that speak of the same thing: opposites ("rose" / "fell"), evaluations of opposite
 * polarity ("good" / "appalling"), and the related words of retrieval's classes ("worried" /
 * "concerns", "nine" / "9"). A passage saying burglaries fell speaks of the claim that they rose,
 * and one on "the loss of 46 parking spaces" of the claim that traders fear "losing 64 spaces";
 * counting only identical words would leave them unfound. The rating rules read each word as
 * written: a related word decides which passage is read, not what it says.
 */
export function counterparts(
  lex: SupportLexicon = supportLexicon(),
  related: RetrievalClasses = retrievalData(),
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const set = out.get(x) ?? new Set<string>();
      set.add(y);
      out.set(x, set);
    }
  };
  for (const [a, b] of lex.opposites) link(stem(a), stem(b));
  for (const a of lex.favourable) for (const b of lex.unfavourable) link(a, b);
  for (const words of related.classes) {
    const terms = [...new Set(words.map((w) => termOf(w, lex)))];
    for (const a of terms) for (const b of terms) link(a, b);
  }
  for (const [word, digits] of Object.entries(related.numberWords)) link(termOf(word, lex), digits);
  return out;
}
const MAX_HITS = 100;

/**
 * Most terms whose family is kept from one analysis to the next: a long-running server analyses
 * text after text, and a cache that only grows would hold every word it ever saw. The bound is
 * checked when an index is built ({@link PassageIndex}), not while an analysis runs: a long text
 * has more distinct terms than this (the 10 MB news pair about 390,000), and a cache started
 * again mid-analysis stemmed most of its words again at every rating that read them.
 */
export const FAMILY_CACHE_SIZE = 50_000;
const folds = new Map<string, string>();
/**
 * The derivational family of a term: Porter's stemmer (1980, all five steps) over the light
 * stem, so "approval" meets "approved" and "investment" meets "investing", which the light
 * stemmer of the rating rules keeps apart on purpose (they read each word as written).
 */
export function familyOf(term: string): string {
  let f = folds.get(term);
  if (f === undefined) {
    f = /^\d/.test(term) ? term : stemmer(term);
    folds.set(term, f);
  }
  return f;
}

/** How many terms the family cache holds now (for tests of its bound). */
export function familyCacheSize(): number {
  return folds.size;
}

const passageFamilies = new WeakMap<Passage, Set<string>>();
function familiesOf(passage: Passage): Set<string> {
  let fs = passageFamilies.get(passage);
  if (!fs) {
    fs = new Set([...passage.terms].map(familyOf));
    passageFamilies.set(passage, fs);
  }
  return fs;
}

/**
 * How many of `terms` the passage holds, holds the opposite or a related word of, or holds a word
 * of the same family of (as a candidate's coverage counts them).
 */
export function sharedTerms(terms: ReadonlySet<string>, passage: Passage): number {
  return termsShared(terms, passage).length;
}

/** The terms of `terms` the passage holds, as {@link sharedTerms} counts them. */
export function termsShared(terms: ReadonlySet<string>, passage: Passage): string[] {
  const counter = counterpartsOf(supportLexicon());
  const out: string[] = [];
  const families = familiesOf(passage);
  for (const t of terms) {
    if (passage.terms.has(t) || families.has(familyOf(t))) out.push(t);
    else
      for (const u of counter.get(t) ?? [])
        if (passage.terms.has(u)) {
          out.push(t);
          break;
        }
  }
  return out;
}

/**
 * Lexical retrieval over sentence passages: BM25+ on the passages' content terms,
 * re-ranked with the overlap of names and numbers, which BM25 weighs like any other word though a
 * shared name or figure is the surest sign that two sentences speak of the same thing.
 */
export class PassageIndex {
  private readonly bm25: Bm25Index;
  // Passages holding each term, by term id. A term in more than MAX_POSTINGS passages is not
  // queried (passim caps n-gram document frequency the same way): it says little about which
  // passage a claim draws on, and querying it for every claim would cost the square of the
  // text's length.
  private readonly postings: Int32Array;
  private readonly counter = counterpartsOf(supportLexicon());
  // The passages' terms by family ({@link familyOf}): a claim's term meets every word of its family.
  private readonly family = new Map<string, string[]>();
  private readonly standing = new Map<string, string[]>();
  // Each passage's terms as small integers (`passageTerms` from `termStart[p]` to
  // `termStart[p + 1]`), so that the terms a hit shares with a claim are counted by array reads,
  // not by a string look-up for every term of the claim at every hit.
  private readonly termIds = new Map<string, number>();
  private readonly termStart: Int32Array;
  private readonly passageTerms: Int32Array;
  // For the search under way (where `slotStamp` is its number): which list of `owners` a term id
  // opens, i.e. which of the claim's terms the id stands for (itself or a counterpart).
  private readonly slotStamp: Int32Array;
  private readonly slot: Int32Array;
  // Each passage's names and numbers as small integers (`passageAnchors` from `anchorStart[p]` to
  // `anchorStart[p + 1]`; names and numbers get ids from one count, so they never meet), and the
  // number of the search whose claim holds each: a hit's anchors are counted by array reads, not
  // by iterating two sets per hit.
  private readonly nameIds = new Map<string, number>();
  private readonly numberIds = new Map<string, number>();
  private readonly anchorStart: Int32Array;
  private readonly passageAnchors: Int32Array;
  private readonly anchorStamp: Int32Array;
  private searches = 0;

  constructor(readonly passages: Passage[]) {
    // A new index is a new analysis: the families the last one left are dropped past the bound.
    if (folds.size >= FAMILY_CACHE_SIZE) folds.clear();
    boundTermCache();
    this.bm25 = new Bm25Index(passages.map((p) => p.terms));
    this.termStart = new Int32Array(passages.length + 1);
    let total = 0;
    passages.forEach((p, i) => {
      this.termStart[i] = total;
      total += p.terms.size;
    });
    this.termStart[passages.length] = total;
    this.passageTerms = new Int32Array(total);
    let at = 0;
    for (const p of passages)
      for (const t of p.terms) {
        let id = this.termIds.get(t);
        if (id === undefined) {
          id = this.termIds.size;
          this.termIds.set(t, id);
        }
        this.passageTerms[at++] = id;
      }
    for (const t of this.termIds.keys()) append(this.family, familyOf(t), t);
    this.postings = new Int32Array(this.termIds.size);
    for (let x = 0; x < total; x++) this.postings[this.passageTerms[x]]++;
    this.slotStamp = new Int32Array(this.termIds.size);
    this.slot = new Int32Array(this.termIds.size);
    this.anchorStart = new Int32Array(passages.length + 1);
    const anchors: number[] = [];
    let anchorCount = 0;
    const intern = (ids: Map<string, number>, x: string) => {
      let id = ids.get(x);
      if (id === undefined) {
        id = anchorCount++;
        ids.set(x, id);
      }
      anchors.push(id);
    };
    passages.forEach((p, i) => {
      this.anchorStart[i] = anchors.length;
      for (const name of p.names) intern(this.nameIds, name);
      for (const number of p.numbers) intern(this.numberIds, number);
    });
    this.anchorStart[passages.length] = anchors.length;
    this.passageAnchors = Int32Array.from(anchors);
    this.anchorStamp = new Int32Array(anchorCount);
  }

  /**
   * `t` and the terms that count as it when shared: its counterparts and the passages' words of
   * its family; made once per term, as the claims of a long text ask for the same words again.
   */
  private standsFor(t: string): readonly string[] {
    let out = this.standing.get(t);
    if (out === undefined) {
      out = [t, ...(this.counter.get(t) ?? [])];
      for (const u of this.family.get(familyOf(t)) ?? []) if (u !== t) out.push(u);
      this.standing.set(t, out);
    }
    return out;
  }

  /** The passages most likely to speak of `claim`, best first. */
  search(claim: Passage, options: SearchOptions = {}): Candidate[] {
    const limit = options.limit ?? 5;
    if (claim.terms.size === 0 || this.passages.length === 0) return [];
    // Each claim term with the terms that count as it, looked up once for the query and the owners.
    const standsFor = [...claim.terms].map((t) => this.standsFor(t));
    const asked = new Set(claim.terms);
    for (const terms of standsFor) for (const u of terms) asked.add(u);
    const query = [...asked].filter((t) => {
      const id = this.termIds.get(t);
      return id === undefined || this.postings[id] <= MAX_POSTINGS;
    });
    if (query.length === 0) return [];
    // Only the first MAX_HITS hits, best BM25 first, are re-ranked, so a claim whose words are in
    // thousands of passages costs no more than one whose words are rare.
    const hits = this.bm25.topIds(this.bm25.queryIds(query), MAX_HITS);
    const top = hits.length > 0 ? hits[0].score : 1;
    // The claim's terms by the id of each term that stands for them (the term or a counterpart);
    // a term not in any passage is shared by none.
    const stamp = ++this.searches;
    const owners: number[][] = [];
    let k = 0;
    for (const terms of standsFor) {
      for (const u of terms) {
        const id = this.termIds.get(u);
        if (id === undefined) continue;
        if (this.slotStamp[id] !== stamp) {
          this.slotStamp[id] = stamp;
          this.slot[id] = owners.length;
          owners.push([]);
        }
        owners[this.slot[id]].push(k);
      }
      k++;
    }
    // The claim's names and numbers that some passage holds; the others are shared by none.
    for (const name of claim.names) {
      const id = this.nameIds.get(name);
      if (id !== undefined) this.anchorStamp[id] = stamp;
    }
    for (const number of claim.numbers) {
      const id = this.numberIds.get(number);
      if (id !== undefined) this.anchorStamp[id] = stamp;
    }
    // Hit number (from 1) at which each of the claim's terms was last counted.
    const counted = new Int32Array(claim.terms.size);
    let hitNumber = 0;
    // The best `limit` so far, best first, in the order of a stable sort by rank and then by start
    // (an equal one stays after those kept before it): a hit that does not enter is never made an
    // object. Hits come best BM25 first, so once a hit could not reach the last of them even
    // sharing every term and anchor, no later hit can either.
    const kept: (Candidate & { rank: number })[] = [];
    const anchorsAtMost = claim.names.size + claim.numbers.size;
    for (const hit of hits) {
      if (
        kept.length === limit &&
        limit > 0 &&
        hit.score / top + 1 + 0.25 * anchorsAtMost < kept[limit - 1].rank
      )
        break;
      const passage = this.passages[hit.doc];
      if (options.exclude?.(passage)) continue;
      hitNumber++;
      let shared = 0;
      for (let x = this.termStart[hit.doc]; x < this.termStart[hit.doc + 1]; x++) {
        const id = this.passageTerms[x];
        if (this.slotStamp[id] !== stamp) continue;
        for (const owner of owners[this.slot[id]])
          if (counted[owner] !== hitNumber) {
            counted[owner] = hitNumber;
            shared++;
          }
      }
      let anchors = 0;
      for (let x = this.anchorStart[hit.doc]; x < this.anchorStart[hit.doc + 1]; x++)
        if (this.anchorStamp[this.passageAnchors[x]] === stamp) anchors++;
      const coverage = shared / claim.terms.size;
      const rank = hit.score / top + coverage + 0.25 * anchors;
      let at = kept.length;
      while (at > 0 && (kept[at - 1].rank - rank || passage.start - kept[at - 1].passage.start) < 0) at--;
      if (at < limit) {
        kept.splice(at, 0, { passage, bm25: hit.score, coverage, anchors, rank });
        if (kept.length > limit) kept.pop();
      }
    }
    return kept.map(({ rank: _rank, ...c }) => c);
  }
}

/** Fewest of a claim's terms one conjunct of a passage must hold to speak of the claim's topic. */
export const TOPIC_SHARED = 2;

/**
 * The closest passage that speaks of a claim's topic, for a claim no passage speaks of outright: a
 * reworded conclusion ("Late buses caused the collapse") shares under half of its words with the
 * passage it leans on ("Late-running buses may have contributed to the decline"). Words scattered
 * over a passage ("two branches, …, could share a building") are chance; {@link TOPIC_SHARED} of
 * the claim's terms inside one conjunct of the passage (sizes, times and other generic words aside)
 * name the same thing doing something. Of those, the one holding the largest share of the claim.
 */
export function topical(
  claim: Passage,
  candidates: Candidate[],
  lex: SupportLexicon = supportLexicon(),
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates)
    if (sharedInConjunct(claim, c.passage, lex) >= TOPIC_SHARED && (!best || c.coverage > best.coverage))
      best = c;
  return best;
}

/** The most of the claim's terms (or their counterparts) one conjunct of the passage holds. */
function sharedInConjunct(claim: Passage, p: Passage, lex: SupportLexicon): number {
  const counter = counterpartsOf(lex);
  let most = 0;
  let seen = new Set<string>();
  for (let k = 0; k <= p.keys.length; k++) {
    const key = p.keys[k];
    if (k === p.keys.length || lex.conjunctEnds.has(key)) {
      most = Math.max(most, seen.size);
      seen = new Set();
      continue;
    }
    if (lex.generic.has(key) || /^\d/.test(key)) continue;
    for (const t of conjunctTerms(key, lex)) {
      if (claim.terms.has(t)) seen.add(t);
      for (const u of counter.get(t) ?? []) if (claim.terms.has(u)) seen.add(u);
    }
  }
  return most;
}

/** The terms a word of a passage stands for: its own and, for a compound, its parts' ("late-running"). */
function conjunctTerms(key: string, lex: SupportLexicon): string[] {
  const out = [termOf(key, lex)];
  if (key.includes("-"))
    for (const part of key.split("-"))
      if (part.length > 2 && !lex.functionWords.has(part)) out.push(termOf(part, lex));
  return out;
}

const counterpartCache = new WeakMap<SupportLexicon, Map<string, Set<string>>>();
/** {@link counterparts} of a lexicon, worked out once per lexicon. */
export function counterpartsOf(lex: SupportLexicon): Map<string, Set<string>> {
  let m = counterpartCache.get(lex);
  if (!m) {
    m = counterparts(lex);
    counterpartCache.set(lex, m);
  }
  return m;
}
