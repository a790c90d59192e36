import type { Document } from "../text/document.js";
import { stem } from "../text/stem.js";
import { type KeyTable, KIND_CODE } from "../text/token-store.js";
import { type SupportLexicon, supportLexicon } from "./lexicon.js";

/** A sentence-sized passage of a document, seen as the terms support rating compares. */
export interface Passage {
  /** Id of the document the passage is in: a source's id, or the article's own. */
  id: string;
  start: number;
  end: number;
  /** Index of the sentence in its document. */
  sentence: number;
  /** Token keys, in order (words, numbers and punctuation). */
  keys: string[];
  /** Content terms: stemmed, synonyms merged, without function and reporting words. */
  terms: Set<string>;
  /** Capitalised words that are not sentence-initial: the names the passage mentions. */
  names: Set<string>;
  /** Numbers as written, digits only. */
  numbers: Set<string>;
}

const NUMBER = KIND_CODE.number;
const WORD = KIND_CODE.word;

// Terms by key, per lexicon: a long text has a few thousand distinct keys and every passage and
// rating asks for the term of each of its words again.
const termsOf = new WeakMap<SupportLexicon, Map<string, string>>();
// The last lexicon asked for and its terms: the rating rules ask for a term of every word they
// read, nearly always of the one lexicon, and the weak map's look-up cost more than the term's.
let lastLex: SupportLexicon | undefined;
let lastTerms = new Map<string, string>();

/**
 * Most terms kept from one analysis to the next, as with the family cache (`FAMILY_CACHE_SIZE` in
 * retrieve.ts): a server analyses text after text, and a cache that only grows would hold every
 * word it ever rated. Checked when a passage index is built, between analyses, never while one runs.
 */
export const TERM_CACHE_SIZE = 50_000;

/** Drop the terms the last analyses left once they pass the bound (called as an index is built). */
export function boundTermCache(): void {
  if (lastTerms.size >= TERM_CACHE_SIZE) lastTerms.clear();
}

/** How many terms the cache of the lexicon last asked for holds now (for tests of its bound). */
export function termCacheSize(): number {
  return lastTerms.size;
}

/** The comparison term of a word key: its synonym group's head, stemmed. */
export function termOf(key: string, lex: SupportLexicon = supportLexicon()): string {
  let terms = lex === lastLex ? lastTerms : termsOf.get(lex);
  if (!terms) {
    terms = new Map();
    termsOf.set(lex, terms);
  }
  lastLex = lex;
  lastTerms = terms;
  let term = terms.get(key);
  if (term === undefined) {
    term = stem(lex.canonical.get(key) ?? key);
    terms.set(key, term);
  }
  return term;
}

const NO_TERMS: readonly string[] = [];

// The content terms each word key adds to a passage, by key id of a token store, per lexicon:
// every passage of a long text asks the same few thousand keys again, and the answer (four set
// look-ups, the term, the parts of a compound) depends on the key alone.
const keyTermsOf = new WeakMap<KeyTable, { lex: SupportLexicon; terms: (readonly string[] | undefined)[] }>();

/** The content terms of a word key: none for function, reporting, negating and privative words. */
function wordTerms(key: string, lex: SupportLexicon): readonly string[] {
  if (
    lex.functionWords.has(key) ||
    lex.reporting.has(key) ||
    lex.negators.has(key) ||
    lex.privatives.has(key)
  )
    return NO_TERMS;
  const out = [termOf(key, lex)];
  // The parts of a compound meet the same words written apart: "late-running" and "late".
  if (key.includes("-"))
    for (const part of key.split("-"))
      if (part.length > 2 && !lex.functionWords.has(part)) out.push(termOf(part, lex));
  return out;
}

/** Build the passage view of sentence `index` of `doc`. */
export function passageOf(doc: Document, index: number, id: string = doc.id): Passage {
  const s = doc.sentences[index];
  return passageOver(doc, index, [[s.tokenStart, s.tokenEnd]], s.start, s.end, id);
}

/**
 * Build the passage view of one claim of sentence `index`: its tokens (`[from, to)` runs in text
 * order) and its span `[start, end)`, so a claim is rated on its own words, not on the hedges,
 * negations and figures of another claim of its sentence.
 */
export function passageOver(
  doc: Document,
  index: number,
  ranges: readonly (readonly [number, number])[],
  start: number,
  end: number,
  id: string = doc.id,
): Passage {
  const lex = supportLexicon();
  const s = doc.sentences[index];
  const keys: string[] = [];
  const terms = new Set<string>();
  const names = new Set<string>();
  const numbers = new Set<string>();
  const store = doc.tokenStore;
  // The sentence's first word is capitalised as a sentence's first word, not as a name.
  let opening = s.tokenStart;
  while (opening < s.tokenEnd && store.kinds[opening] !== NUMBER && store.kinds[opening] !== WORD) opening++;
  let cache = keyTermsOf.get(store.keyTable);
  if (cache?.lex !== lex || cache.terms.length < store.keyTable.size) {
    // As long as the key table at once: indexes written in any order would turn a growing array
    // into a slow dictionary.
    cache = { lex, terms: new Array<readonly string[] | undefined>(store.keyTable.size).fill(undefined) };
    keyTermsOf.set(store.keyTable, cache);
  }
  const byKey = cache.terms;
  for (let r = 0; r < ranges.length; r++)
    for (let k = ranges[r][0], to = ranges[r][1]; k < to; k++) {
      const key = store.key(k);
      const kind = store.kinds[k];
      const at = store.starts[k];
      // "May" inside a sentence is the month, not the hedge.
      keys.push(
        k !== opening && store.ends[k] - at === 3 && doc.text.startsWith("May", at) ? "may:month" : key,
      );
      if (kind === NUMBER) {
        numbers.add(key.replace(/[^0-9.]/g, ""));
        terms.add(key);
      } else if (kind === WORD) {
        if (k !== opening && isUpper(doc.text[at])) names.add(key);
        const keyId = store.keyIds[k];
        let add = byKey[keyId];
        if (add === undefined) {
          add = wordTerms(key, lex);
          byKey[keyId] = add;
        }
        // Indexed: a loop of this kind runs for every word of every sentence of both texts, and
        // an iterator is an object per word until the function is optimized.
        for (let n = 0; n < add.length; n++) terms.add(add[n]);
      }
    }
  return { id, start, end, sentence: index, keys, terms, names, numbers };
}

// True when the character changes under lower-casing: a capital. ASCII is read from its code, as
// nearly every word of English text starts with it, without a lower-cased copy per word.
const isUpper = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase();
};
