import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import { KIND_CODE } from "../text/token-store.js";

/** A run of tokens `[from, to)`: indexes into the document's token store. */
export type TokenRange = readonly [from: number, to: number];

/**
 * One claim of a sentence: the sentence's main clause, a coordinated independent clause, a
 * clause about a named thing (a non-restrictive relative, a participial clause, an apposition), or
 * an adjunct: a trailing phrase that adds a figure or a date of its own to the clause before it
 * (", thirty miles away", ", up from 12 in 2022", "after storms in January 2023").
 */
export interface ClaimUnit {
  kind: "main" | "coordinate" | "relative" | "participial" | "apposition" | "adjunct";
  /** `[start, end)` of the unit's own words in the normalized text (a main clause with a clause inside it spans both). */
  start: number;
  end: number;
  /**
   * The tokens the unit is rated on, in text order: its own words and, for a clause about a named
   * thing, that thing ("Ronan Pellew" for "who owns 23 properties").
   */
  tokens: TokenRange[];
  /** The named thing a relative, participial or appositive clause is about, when it is rated with it. */
  about?: TokenRange;
  /**
   * An adjunct that states a difference from another figure ("roughly 2,300 more than a year
   * before"): its figure is the distance between two figures of the passage, not one of them.
   */
  difference?: true;
}

interface ClauseLexicon {
  coordinators: Set<string>;
  relativePronouns: Set<string>;
  apposition: Set<string>;
  auxiliaries: Set<string>;
  pastForms: Set<string>;
  notVerbs: Set<string>;
  subjectOpeners: Set<string>;
  reportingParticiples: Set<string>;
  /** Present-tense verbs that are rarely nouns ("says", "employ"): a predicate the "-ed" test cannot see. */
  presentVerbs: Set<string>;
  /** Words that may stand before a clause's subject ("only", "even", "nearly"): "…, and only firms in … are eligible". */
  focusWords: Set<string>;
  /** Conjunctions that open a subordinate clause of its own after a comma ("…, after talks broke down on Friday"). */
  subordinators: Set<string>;
  /** Verbs whose clause may follow with no "that" ("found the bank had given way"): an "and" after one joins inside that clause. */
  complementVerbs: Set<string>;
  functionWords: Set<string>;
  measureNouns: Set<string>;
  measureRelations: Set<string>;
  changeOpeners: Set<string>;
  /** Words after a change opener that make the phrase a change: ", up from 12", ", up by a quarter". */
  changeLinks: Set<string>;
  /** Prepositions that name a passive participle's agent: ", staffed by volunteers". */
  agentPrepositions: Set<string>;
  /** Prepositions that join a share or a partitive to its whole: "a third of its roll", "all of them". */
  partLinks: Set<string>;
  approximators: Set<string>;
  comparatives: Set<string>;
  datedPrepositions: Set<string>;
  /** Prepositions that may open a phrase naming a thing sized by a figure of its own ("along a six-mile stretch"). */
  sizedPrepositions: Set<string>;
  commentOpeners: Set<string>;
  absolutes: Set<string>;
  /** Words after "of" that take a part of what the clause counts ("all of them …"). */
  partitives: Set<string>;
  appositionOpeners: Set<string>;
  notParticiples: Set<string>;
  /** Articles between a sized preposition and its figure: "along a six-mile stretch". */
  sizedArticles: Set<string>;
  /** Subject openers that after a bare "and" join inside a phrase more often: "for up to a day and a half". */
  phraseArticles: Set<string>;
  /** Pronouns an auxiliary stands before in a question: "…, and was that not enough?". */
  questionPronouns: Set<string>;
  /** Auxiliaries that are no finite verb ("be", "been"): after "and" they go on the predicate before it. */
  nonFinite: Set<string>;
  /** Words other than a comma or semicolon at which an author's sentence may split: "after", "and", "from". */
  splitWords: Set<string>;
  /** Words that open a relative clause inside a phrase ("a gap that …"): the relative pronouns and "that". */
  relativeWords: Set<string>;
  /** Number words and the articles that count one ("thirty", "a"). */
  numberWords: Set<string>;
  months: Set<string>;
  /** Fraction words and "percent": with "of" after them, a figure names a share of a whole ("a third of its roll"). */
  shareWords: Set<string>;
  /** Words that bound a figure before it ("more than", "fewer than", "at least"). */
  figureBounds: Set<string>;
  /** Words after a comma that restate the clause's figure in other terms (", or roughly 150 tonnes a day"). */
  restatements: Set<string>;
  /** The number words that are articles: "a" counts one only before a measure or a fraction. */
  articles: Set<string>;
  /** Words after "of" that open a clause a share is taken of ("fewer than two-thirds of what was promised"). */
  freeRelatives: Set<string>;
}

interface NumberWords {
  units: Record<string, number>;
  tens: Record<string, number>;
  counts: Record<string, number>;
  articles: string[];
}

let lexicon: ClauseLexicon | undefined;

function clauseLexicon(): ClauseLexicon {
  if (lexicon) return lexicon;
  const raw = loadData<Record<string, string[]>>("claims-clauses.json");
  const set = (k: string) => new Set(raw[k]);
  lexicon = {
    coordinators: set("coordinators"),
    relativePronouns: set("relativePronouns"),
    apposition: set("apposition"),
    auxiliaries: set("auxiliaries"),
    pastForms: set("pastForms"),
    notVerbs: set("notVerbs"),
    subjectOpeners: set("subjectOpeners"),
    reportingParticiples: set("reportingParticiples"),
    presentVerbs: set("presentVerbs"),
    focusWords: set("focusWords"),
    subordinators: set("subordinators"),
    complementVerbs: new Set([...raw.complementVerbs, ...raw.reportingParticiples]),
    functionWords: new Set(loadData<{ words: string[] }>("english-function-words.json").words),
    measureNouns: set("measureNouns"),
    measureRelations: set("measureRelations"),
    changeOpeners: set("changeOpeners"),
    changeLinks: set("changeLinks"),
    agentPrepositions: set("agentPrepositions"),
    partLinks: set("partLinks"),
    approximators: set("approximators"),
    comparatives: set("comparatives"),
    datedPrepositions: set("datedPrepositions"),
    sizedPrepositions: set("sizedPrepositions"),
    commentOpeners: set("commentOpeners"),
    absolutes: set("absolutes"),
    partitives: set("partitives"),
    appositionOpeners: set("appositionOpeners"),
    notParticiples: set("notParticiples"),
    sizedArticles: set("sizedArticles"),
    phraseArticles: set("phraseArticles"),
    questionPronouns: set("questionPronouns"),
    nonFinite: set("nonFinite"),
    shareWords: set("shareWords"),
    figureBounds: set("figureBounds"),
    restatements: set("restatements"),
    articles: set("articles"),
    freeRelatives: set("freeRelatives"),
    relativeWords: new Set([...raw.relativePronouns, "that"]),
    splitWords: new Set([...raw.datedPrepositions, "and", "from"]),
    numberWords: numberWords(loadData<NumberWords>("quantities-numbers.json")),
    // Full month names only: "mar" and "may" are words before they are dates.
    months: new Set(
      Object.keys(loadData<{ months: Record<string, number> }>("quantities-dates.json").months).filter(
        (m) => m.length > 3,
      ),
    ),
  };
  return lexicon;
}

function numberWords(n: NumberWords): Set<string> {
  return new Set([...Object.keys(n.units), ...Object.keys(n.tens), ...Object.keys(n.counts), ...n.articles]);
}

/** Most words before "of them" in a part of what a clause counts ("only a fifth of them"). */
const PART_WORDS = 4;
/** Fewest words a clause split off must hold; a shorter one stays with its sentence. */
const MIN_WORDS = 3;
/** A coordinated clause's predicate must come within this many words of its start (its subject before it). */
const SUBJECT_WORDS = 8;

const WORD = KIND_CODE.word;
const NUMBER = KIND_CODE.number;
const PUNCT = KIND_CODE.punct;
const NO_WORDS: ReadonlySet<string> = new Set();
const QUOTE_MARKS = new Set(['"', "“", "”", "«", "»", "„"]);
const CLOSING_QUOTES = new Set(["”", "»"]);

/** A view of one sentence's tokens with the tests the splitting rules ask. */
class SentenceTokens {
  readonly from: number;
  readonly to: number;
  /** True for a token inside quotation marks: nothing is split there. */
  private readonly quoted: boolean[] = [];

  constructor(
    readonly doc: Document,
    sentence: number,
    readonly lex: ClauseLexicon,
    /**
     * An author's sentence, split into every clause the author asserts; a source's passage is read
     * in the clauses it was before ({@link claimUnits}: it keeps its adjuncts too).
     */
    readonly wide = false,
  ) {
    const s = doc.sentences[sentence];
    this.from = s.tokenStart;
    this.to = s.tokenEnd;
    let open = false;
    for (let k = this.from; k < this.to; k++) {
      // Only punctuation can be a quotation mark: no other token's text is sliced.
      const raw = doc.tokenStore.kinds[k] === PUNCT ? this.raw(k) : "";
      if (QUOTE_MARKS.has(raw)) {
        open = raw === '"' ? !open : !CLOSING_QUOTES.has(raw);
        this.quoted.push(true);
      } else this.quoted.push(open);
    }
  }

  raw(k: number): string {
    return this.doc.text.slice(this.doc.tokenStore.starts[k], this.doc.tokenStore.ends[k]);
  }

  key(k: number): string {
    return k >= this.from && k < this.to ? this.doc.tokenStore.key(k) : "";
  }

  isWord(k: number): boolean {
    return this.doc.tokenStore.kinds[k] === WORD;
  }

  isQuoted(k: number): boolean {
    return this.quoted[k - this.from] ?? false;
  }

  /** A clause break: an unquoted comma or semicolon. */
  isBreak(k: number): boolean {
    const key = this.key(k);
    return (key === "," || key === ";") && !this.isQuoted(k);
  }

  /** True when the word at `k` is a predicate's verb or its auxiliary. */
  isVerb(k: number): boolean {
    if (!this.isWord(k)) return false;
    const key = this.key(k);
    const { lex } = this;
    if (lex.auxiliaries.has(key) || lex.pastForms.has(key)) return true;
    return key.length > 4 && key.endsWith("ed") && !lex.notVerbs.has(key);
  }

  hasVerb(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.isVerb(k)) return true;
    return false;
  }

  /**
   * True when the word at `k` is a predicate's verb: as {@link isVerb}, and in an author's sentence
   * a present-tense verb that is rarely a noun ("says", "employ"), which the "-ed" test cannot see.
   */
  isPredicate(k: number): boolean {
    return this.isVerb(k) || (this.wide && this.isWord(k) && this.lex.presentVerbs.has(this.key(k)));
  }

  hasPredicate(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.isPredicate(k)) return true;
    return false;
  }

  /** The last predicate's verb in `[from, to)`, or -1. */
  lastPredicate(from: number, to: number): number {
    for (let k = to - 1; k >= from; k--) if (this.isPredicate(k)) return k;
    return -1;
  }

  words(from: number, to: number): number {
    let n = 0;
    for (let k = from; k < to; k++) if (this.isWord(k) || this.doc.tokenStore.kinds[k] === NUMBER) n++;
    return n;
  }

  /** True when no token of `[from, to)` is quoted: a quotation is never split. */
  unquoted(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.isQuoted(k)) return false;
    return true;
  }

  /**
   * True when `[from, to)` is an independent clause: a subject opens it (a determiner, pronoun,
   * number, name or content word, not a verb or an adverb) and a predicate follows within
   * {@link SUBJECT_WORDS} words.
   */
  independent(from: number, to: number, strict = false): boolean {
    if (this.words(from, to) < MIN_WORDS) return false;
    // "…, and only firms in clean energy are eligible", "…, yet nearly one in ten call-outs took
    // longer": a focus word may stand before an author's subject.
    let at = from;
    while (this.wide && at + 1 < to && this.lex.focusWords.has(this.key(at))) at++;
    const first = this.key(at);
    const kind = this.doc.tokenStore.kinds[at];
    if (kind !== WORD && kind !== NUMBER) return false;
    if (kind === WORD) {
      if (this.isPredicate(at) || first.endsWith("ly")) return false;
      // A number word counts the subject ("…, and two academies have signed up").
      const opener = this.lex.subjectOpeners.has(first) || (this.wide && this.lex.numberWords.has(first));
      const name = this.raw(at)[0] !== first[0];
      if (!opener && !name && (strict || this.lex.functionWords.has(first))) return false;
    }
    for (let k = at + 1; k < Math.min(to, at + SUBJECT_WORDS + 1); k++) if (this.isPredicate(k)) return true;
    return false;
  }

  /**
   * True when `[from, to)` is a verb phrase with a "that" clause of its own ("found that calls had
   * been downgraded"): it shares the subject of the clause before it but states a claim of its own.
   */
  reportsThat(from: number, to: number): boolean {
    return (
      this.words(from, to) >= MIN_WORDS &&
      this.isVerb(from) &&
      !this.lex.auxiliaries.has(this.key(from)) &&
      this.key(from + 1) === "that"
    );
  }

  /**
   * True when the "and" at `k` opens a second predicate of the subject of `[from, k)`: a finite
   * auxiliary follows it ("… and will keep their current doctor"; not "be", "been", "being" or
   * "having", nor one before a pronoun, which asks: "and was that enough?"), the words before hold a
   * predicate and do not end on one ("has been and will remain the largest employer" shares what
   * follows), and no relative pronoun stands among them ("those who have paid and will pay again":
   * the second predicate may be the relative clause's).
   */
  finiteAfter(from: number, k: number): boolean {
    const { lex } = this;
    const aux = this.key(k + 1);
    if (!lex.auxiliaries.has(aux) || lex.nonFinite.has(aux) || lex.questionPronouns.has(this.key(k + 2)))
      return false;
    if (this.isPredicate(lastWord(this, from, k))) return false;
    for (let j = from; j < k; j++) if (lex.relativePronouns.has(this.key(j))) return false;
    return this.hasPredicate(from, k);
  }

  /** True when the token at `k` is a figure: a number, or a number word ("thirty", "a"). */
  isFigure(k: number): boolean {
    const kind = this.doc.tokenStore.kinds[k];
    return kind === NUMBER || (kind === WORD && this.lex.numberWords.has(this.key(k)));
  }

  /** True when a number joined by a hyphen to a measure noun starts at `k` ({@link sizeAt}). */
  sizeAt(k: number): boolean {
    return k < this.to && sizeAt(this.doc, this.lex, k, this.to);
  }

  /** True when the token at `k` dates something: a year, or a month's name written as one ("January", not "may"). */
  isDate(k: number): boolean {
    const kind = this.doc.tokenStore.kinds[k];
    if (kind === NUMBER) return /^(1[89]|20)\d\d$/.test(this.key(k));
    return kind === WORD && this.lex.months.has(this.key(k)) && this.raw(k)[0] !== this.key(k)[0];
  }

  /**
   * True when `[from, to)` states a measure or the other end of a change: a figure, a measure
   * noun and a relation ("thirty miles away", "a year after the council approved it", "two weeks
   * later"), "up from" / "down from" and a figure ("up from 12 in 2022"), a difference, a change by
   * an amount ("up by a quarter"), the clause's figure restated ("or roughly 150 tonnes a day") or a
   * duration after a dated preposition ("after more than four hours of debate").
   */
  measurePhrase(from: number, to: number): boolean {
    const { lex } = this;
    if (
      from + 2 < to &&
      this.isFigure(from) &&
      lex.measureNouns.has(this.key(from + 1)) &&
      lex.measureRelations.has(this.key(from + 2))
    )
      return true;
    if (this.difference(from, to)) return true;
    const opener = this.key(from);
    // ", or roughly 150 tonnes a day": the clause's figure said again in other terms, which a
    // passage may give or not apart from the clause's own.
    if (lex.restatements.has(opener)) {
      let k = from + 1;
      while (k < to && lex.approximators.has(this.key(k))) k++;
      // Not another thing offered ("…, or one chosen by the mayor"; "…, or 700-word updates"): a
      // figure joined by a hyphen sizes a thing, and a phrase with a predicate is no figure restated.
      return k + 1 < to && this.isCount(k) && this.key(k + 1) !== "-" && !this.hasPredicate(k, to);
    }
    // ", after more than four hours of debate": how long something took is a figure of its own.
    if (lex.datedPrepositions.has(opener)) {
      const k = this.pastBounds(from + 1, to);
      return k + 1 < to && this.isFigure(k) && lex.measureNouns.has(this.key(k + 1));
    }
    if (!lex.changeOpeners.has(opener)) return false;
    // ", up by a quarter in five years" as ", up from 12 in 2022": the change is the adjunct's claim.
    if (!lex.changeLinks.has(this.key(from + 1))) return false;
    for (let k = from + 2; k < to; k++) if (this.isFigure(k)) return true;
    return false;
  }

  /**
   * True when `[from, to)` is a share of a whole after the clause's predicate: any bound, then a
   * share ({@link share}). One opening on "a" (", a third of those on digital screens") is a
   * comment on the clause, rated on its own words ({@link trailingClaim}).
   */
  sharePhrase(from: number, to: number): boolean {
    const k = this.pastBounds(from, to);
    return (k > from || !this.lex.articles.has(this.key(from))) && this.share(k, to);
  }

  /** The first token at or after `k` that is no word bounding a figure ("more than", "almost"). */
  pastBounds(k: number, to: number): number {
    while (k < to && (this.lex.figureBounds.has(this.key(k)) || this.lex.approximators.has(this.key(k)))) k++;
    return k;
  }

  /** True when a figure at `k` counts something: a number or a number word, not the article "a". */
  isCount(k: number): boolean {
    return this.isFigure(k) && !this.lex.articles.has(this.key(k));
  }

  /**
   * True when a share of a whole opens at `k`: a figure and a fraction word, or a fraction written
   * as one word, then "of" (", more than a third of its roll", ", fewer than two-thirds of what was
   * promised", ", 40 percent of the total"). The share is a claim of its own: a passage may give
   * the clause's figure and not the whole it is a part of.
   */
  share(k: number, to: number): boolean {
    const { lex } = this;
    const key = this.key(k);
    const cut = key.lastIndexOf("-");
    let of = -1;
    if (cut > 0 && this.isWord(k)) {
      if (lex.numberWords.has(key.slice(0, cut)) && lex.shareWords.has(key.slice(cut + 1))) of = k + 1;
    } else if (k + 1 < to && this.isFigure(k) && lex.shareWords.has(this.key(k + 1))) of = k + 2;
    // ", only a fifth of them affordable" is a part of what the clause counts, read with the clause.
    if (of < 0 || of + 1 >= to || !lex.partLinks.has(this.key(of)) || lex.partitives.has(this.key(of + 1)))
      return false;
    // "…, 46 percent of voters said yes" is a clause whose subject is a share, not a phrase: a
    // predicate may stand only in a clause the "of" takes ("of what was promised").
    return lex.freeRelatives.has(this.key(of + 1)) || !this.hasPredicate(of + 1, to);
  }

  /**
   * True when `[from, to)` states a difference: a figure, after an approximator or bound, then a comparative
   * and "than" within three words ("roughly 2,300 more than a year before", "almost three minutes
   * longer than the standard allows").
   */
  difference(from: number, to: number): boolean {
    // "more than a third less than the £52 parents pay": a bound before the figure, as an approximator.
    const k = this.pastBounds(from, to);
    if (k >= to || !this.isFigure(k)) return false;
    for (let j = k + 1; j <= k + 3 && j + 1 < to; j++)
      if (this.lex.comparatives.has(this.key(j)) && this.key(j + 1) === "than") return true;
    return false;
  }

  /** True when the word at `k` is a present participle ("using", "cutting"), not a preposition or noun in "-ing". */
  isParticiple(k: number): boolean {
    const key = this.key(k);
    return this.isWord(k) && key.length >= 5 && key.endsWith("ing") && !this.lex.notParticiples.has(key);
  }

  /** True when `[from, to)` holds a figure. */
  holdsFigure(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.isFigure(k)) return true;
    return false;
  }

  /**
   * True when `[from, to)`, after a comma that follows the clause's predicate, adds a claim of its
   * own: a comment on the clause (", a gap that will surprise nobody"), a participle phrase
   * (", using drones at 64 fixed points") or an absolute phrase with a figure (", with around
   * 220,000 adults treated").
   */
  trailingClaim(from: number, to: number): ClaimUnit["kind"] | undefined {
    // A phrase, not a clause: no auxiliary before a relative word ("a gap that will surprise
    // nobody"); ", metering will cut water use" is a clause whose subject ends in "-ing".
    for (let k = from + 1; k < to && !this.lex.relativeWords.has(this.key(k)); k++)
      if (this.lex.auxiliaries.has(this.key(k))) return undefined;
    const opener = this.key(from);
    if (this.lex.commentOpeners.has(opener) || this.partOf(from, to)) return "apposition";
    if (this.isParticiple(from)) return "participial";
    // ", staffed by volunteers three days a week": a passive participle with its agent and a
    // figure of its own says how the clause's subject is done, a claim its passage may state apart.
    if (
      this.key(from).endsWith("ed") &&
      this.lex.agentPrepositions.has(this.key(from + 1)) &&
      this.holdsFigure(from + 2, to)
    )
      return "participial";
    if (this.lex.absolutes.has(opener) && this.holdsFigure(from + 1, to)) return "participial";
    return undefined;
  }

  /**
   * True when `[from, to)` states a part of what the clause counts, with "of" and a partitive word
   * within its first words (", all of them beyond the statutory limit", ", only a fifth of them
   * affordable"): how many of the things have some property is a claim of its own, which the clause's
   * quantifier or figure must not be read against.
   */
  partOf(from: number, to: number): boolean {
    for (let j = from + 1; j <= from + PART_WORDS && j + 1 < to; j++)
      if (this.lex.partLinks.has(this.key(j)) && this.lex.partitives.has(this.key(j + 1))) return true;
    return false;
  }

  /**
   * True when an auxiliary in `[from, to)` stands right before a comma: the predicate goes on after
   * a parenthesis ("The bridge is, in fact, a listed building"), so what follows it is no phrase
   * of its own.
   */
  interrupted(from: number, to: number): boolean {
    for (let k = from; k < to; k++)
      if (this.lex.auxiliaries.has(this.key(k)) && this.isBreak(k + 1)) return true;
    return false;
  }

  /** The words before the clause's first verb: the subject a coordinated verb phrase shares. */
  subject(from: number, to: number): TokenRange | undefined {
    for (let k = from; k < to; k++) if (this.isPredicate(k)) return k > from ? [from, k] : undefined;
    return undefined;
  }

  /** The capitalised words right before `k`: the name a clause after them is about, if any. */
  nameBefore(k: number): TokenRange | undefined {
    let i = k;
    while (i - 1 >= this.from && this.isWord(i - 1) && this.raw(i - 1)[0] !== this.key(i - 1)[0]) i--;
    return i < k && i > this.from ? [i, k] : undefined;
  }
}

/** Options of {@link claimUnits}. */
export interface ClaimUnitOptions {
  /**
   * Split off trailing phrases that add a figure or date of their own (default: true). A source's
   * passage is read whole with them: its date belongs to the statement it closes.
   */
  adjuncts?: boolean;
}

/**
 * Split sentence `index` of `doc` into the claims it makes: coordinated independent clauses
 * ("…, and the regulator has launched an investigation"), and non-restrictive relative and
 * participial clauses and "X, now Y" appositions about a named thing ("The scheme, introduced in
 * 2019, now covers 3,200 homes"). Nothing inside a quotation is split, and a clause with no
 * predicate of its own ("…, with rainfall 40 percent below normal") stays with its sentence. A
 * sentence that makes one claim is one unit.
 */
export function claimUnits(doc: Document, index: number, options: ClaimUnitOptions = {}): ClaimUnit[] {
  const s = doc.sentences[index];
  // Every split is at a comma or semicolon, or at a dated preposition, an "and" or a "from": a
  // sentence with none is one claim.
  const lex = clauseLexicon();
  const adjuncts = options.adjuncts ?? true;
  if (
    !maySplit(doc, s.tokenStart, s.tokenEnd, adjuncts ? lex.splitWords : NO_WORDS, adjuncts ? lex : undefined)
  )
    return [{ kind: "main", start: s.start, end: s.end, tokens: [[s.tokenStart, s.tokenEnd]] }];
  const t = new SentenceTokens(doc, index, lex, adjuncts);
  const units: ClaimUnit[] = [];
  for (const [lead, from, to, kind, subject] of conjuncts(t, adjuncts))
    units.push(...clausesOf(t, lead, from, to, kind, adjuncts, subject));
  return units;
}

function maySplit(
  doc: Document,
  from: number,
  to: number,
  prepositions: ReadonlySet<string>,
  sized?: ClauseLexicon,
): boolean {
  const store = doc.tokenStore;
  // A sized phrase ("along a six-mile stretch") splits at a preposition as common as "to", which
  // alone does not make the sentence worth reading clause by clause: it is looked for from its
  // size, a rarer token, back to the article and the preposition.
  const sizedAfter = (j: number) =>
    sized !== undefined &&
    j - 2 >= from &&
    sized.sizedArticles.has(store.key(j - 1)) &&
    sized.sizedPrepositions.has(store.key(j - 2)) &&
    sizeAt(doc, sized, j, to);
  for (let k = from; k < to; k++) {
    const kind = store.kinds[k];
    if (kind === PUNCT) {
      const key = store.key(k);
      if (key === "," || key === ";") return true;
      if (key === "-" && store.kinds[k - 1] === NUMBER && sizedAfter(k - 1)) return true;
    } else if (kind === WORD) {
      const key = store.key(k);
      if (prepositions.has(key) || (key.includes("-") && sizedAfter(k))) return true;
    }
  }
  return false;
}

/**
 * True when a number joined by a hyphen to a measure noun starts at token `k` (before `to`):
 * "six-mile" (one word), "32-hour" (a number, a hyphen and the noun).
 */
function sizeAt(doc: Document, lex: ClauseLexicon, k: number, to: number): boolean {
  const store = doc.tokenStore;
  const key = store.key(k);
  const cut = key.lastIndexOf("-");
  if (cut > 0 && store.kinds[k] === WORD)
    return lex.numberWords.has(key.slice(0, cut)) && lex.measureNouns.has(key.slice(cut + 1));
  return (
    store.kinds[k] === NUMBER &&
    k + 2 < to &&
    store.key(k + 1) === "-" &&
    lex.measureNouns.has(store.key(k + 2))
  );
}

/** A coordinated clause as `[lead, from, to, kind, subject]`: the subject a verb phrase shares, if any. */
type Conjunct = [lead: number, from: number, to: number, kind: ClaimUnit["kind"], subject?: TokenRange];

/**
 * The sentence's coordinated independent clauses, as `[lead, from, to, kind, subject]`: a clause's
 * span starts at its conjunction (`lead`, "while burglaries … fell"), its words at `from`. With
 * `phrases`, a verb phrase coordinated with no comma ("broke its own rules and checked fewer than
 * one holding in thirty") is a clause of its own, sharing the subject of the clause before it.
 */
function conjuncts(t: SentenceTokens, phrases: boolean): Conjunct[] {
  // How a clause is joined to the one before it: after a comma and a coordinator or a semicolon
  // ("clause"); with phrases, a verb phrase with no comma ("phrase"), a clause with a subject of
  // its own after "and" with no comma ("and"), a subordinate clause after a comma ("subordinate")
  // or a verb phrase after ", then" ("then").
  type Join = "clause" | "phrase" | "and" | "subordinate" | "then";
  const starts: [open: number, body: number, join: Join][] = [[t.from, t.from, "clause"]];
  let lastBreak = t.from;
  for (let k = t.from + 1; k < t.to - 1; k++) {
    if (phrases && t.key(k) === "and" && !t.isQuoted(k) && t.hasPredicate(lastBreak, k)) {
      // "The department broke its own rules and checked …": a simple clause (no comma before the
      // "and" since the clause began) and a verb right after it that is not an auxiliary.
      if (t.isPredicate(k + 1) && !t.lex.auxiliaries.has(t.key(k + 1))) {
        starts.push([k, k + 1, "phrase"]);
        continue;
      }
      // "Patients will not have to re-register and will keep their current doctor": a finite
      // auxiliary after "and" opens a second predicate of the same subject, when the clause before
      // it has one of its own and does not end on it ("has been and will remain …" shares its
      // complement), and no relative word stands before it ("those who have paid and will …").
      if (t.finiteAfter(lastBreak, k)) {
        starts.push([k, k + 1, "phrase"]);
        continue;
      }
      // "… went home to their owners and most of the rest were put down": a subject of its own
      // after "and". Not inside a clause that a verb such as "found" or "said" takes with no
      // "that" ("said the mayor and the council had agreed": the mayor has no predicate), nor
      // after "and a", which joins more often inside a phrase ("for up to a day and a half").
      const verb = t.lastPredicate(lastBreak, k);
      const opener = t.key(k + 1);
      if (
        t.lex.subjectOpeners.has(opener) &&
        !t.lex.phraseArticles.has(opener) &&
        !t.lex.complementVerbs.has(t.key(verb))
      ) {
        starts.push([k, k + 1, "and"]);
        continue;
      }
    }
    if (!t.isBreak(k)) continue;
    lastBreak = k;
    if (t.key(k) === ";") {
      starts.push([k, k + 1, "clause"]);
      continue;
    }
    let c = k + 1;
    // ", even though …"; ", even as sales climbed …" (a subordinator after a focus word opens a
    // clause of its own as it does alone).
    if (
      phrases &&
      t.lex.focusWords.has(t.key(c)) &&
      (t.lex.coordinators.has(t.key(c + 1)) || t.lex.subordinators.has(t.key(c + 1)))
    )
      c++;
    const word = t.key(c);
    if (t.lex.coordinators.has(word)) starts.push([k, c + 1, "clause"]);
    else if (phrases && t.lex.subordinators.has(word)) starts.push([k, c + 1, "subordinate"]);
    else if (phrases && word === "then") starts.push([k, c + 1, "then"]);
  }
  const out: Conjunct[] = [];
  let lead = t.from;
  let current = t.from;
  let subject: TokenRange | undefined;
  for (let n = 1; n < starts.length; n++) {
    const [open, body, join] = starts[n];
    const end = n + 1 < starts.length ? starts[n + 1][0] : t.to;
    // Both sides must be clauses: "X rose, and then fell" shares its subject, and "…, but not
    // yet" has no predicate; a verb that takes a "that" clause of its own ("…, and found that
    // calls had been downgraded") shares the subject but states a second claim.
    let clause = false;
    let shares = false;
    if (join === "phrase") {
      clause = t.words(body, end) >= MIN_WORDS && !hasBreak(t, current, open);
      shares = true;
    } else if (join === "and") clause = t.independent(body, end, true);
    else if (join === "subordinate")
      // "…, as the county has had no other landfill since 2023"; not a clause that ends on its
      // verb ("…, as the council expected"), which compares or credits rather than states. After
      // "as" the subject must open on a determiner, pronoun, number or name: "…, as well as …".
      clause = t.independent(body, end, t.key(open + 1) === "as") && !t.isPredicate(lastWord(t, body, end));
    else if (join === "then") {
      clause = t.isPredicate(body) && t.words(body, end) >= MIN_WORDS;
      shares = true;
    } else if (t.independent(body, end) || (!semicolon(t, open) && t.reportsThat(body, end))) clause = true;
    else if (
      phrases &&
      !semicolon(t, open) &&
      t.isPredicate(body) &&
      t.words(body, end) >= MIN_WORDS &&
      (t.key(open + 1) === "and" || t.key(open + 1) === "but") &&
      !(t.lex.auxiliaries.has(t.key(body)) && t.lex.questionPronouns.has(t.key(body + 1)))
    ) {
      // "…, and has found that it under-reported spills", "…, and blamed the winter for the
      // overshoot": a verb phrase after a comma states a claim of its own about the same subject.
      // An auxiliary before a pronoun asks ("…, and was that not enough?").
      clause = true;
      shares = true;
    }
    // "The council's own officers blame storm overflows …, but the council would rather …": a
    // clause after ", but" with a subject and a predicate of its own sets itself against the
    // statement before it, whose verb the rules may not see ("blame"): that side need only open on
    // a subject with no comma since. Not after "and", which also closes lists of nouns.
    const contrasted =
      phrases &&
      join === "clause" &&
      t.key(open + 1) === "but" &&
      t.lex.subjectOpeners.has(t.key(current)) &&
      !hasBreak(t, current, open) &&
      t.independent(body, end, true);
    if (clause && (t.hasPredicate(current, open) || contrasted) && t.words(current, open) >= MIN_WORDS) {
      out.push([lead, current, open, out.length ? "coordinate" : "main", subject]);
      subject = shares ? (t.subject(current, open) ?? subject) : undefined;
      lead = open + 1;
      current = body;
    }
  }
  out.push([lead, current, t.to, out.length ? "coordinate" : "main", subject]);
  return out;
}

/** The last word or number of `[from, to)`, or -1. */
function lastWord(t: SentenceTokens, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (t.words(k, k + 1) > 0) return k;
  return -1;
}

function hasBreak(t: SentenceTokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t.isBreak(k)) return true;
  return false;
}

const semicolon = (t: SentenceTokens, k: number): boolean => t.key(k) === ";";

/**
 * The clause `[from, to)` with the clauses about a named thing inside it split off: the clause's
 * own unit (its words without them) and one unit for each.
 */
function clausesOf(
  t: SentenceTokens,
  lead: number,
  from: number,
  to: number,
  kind: ClaimUnit["kind"],
  adjuncts: boolean,
  subject?: TokenRange,
): ClaimUnit[] {
  const store = t.doc.tokenStore;
  const inner: ClaimUnit[] = [];
  const removed: TokenRange[] = [];
  for (let k = from + 1; k < to - 1; k++) {
    if (t.key(k) !== ",") continue;
    if (t.isQuoted(k)) continue;
    const opener = t.key(k + 1);
    let end = k + 2;
    while (end < to && !t.isBreak(end)) end++;
    const closed = end < to;
    const body: TokenRange = [k + 1, end];
    if (!t.unquoted(body[0], body[1]) || t.words(body[0], body[1]) < MIN_WORDS) continue;
    // The thing the clause is about: the noun phrase that opens the clause when the clause closes
    // on a comma and nothing before it is a predicate ("The licensing scheme, introduced in 2019,
    // …"), else a name right before the comma ("… met Jane Okafor, who runs …").
    const opensClause = closed && !t.hasVerb(from, k) && t.words(from, k) > 0;
    const head: TokenRange | undefined = opensClause ? [from, k] : t.nameBefore(k);
    let unitKind: ClaimUnit["kind"] | undefined;
    let trailing = false;
    if (t.lex.relativePronouns.has(opener)) {
      // "…, which is true of almost every orchestra": about the clause before it, rated on its own words.
      unitKind = "relative";
    } else if (
      opensClause &&
      (t.lex.pastForms.has(opener) || (t.isVerb(k + 1) && !t.lex.auxiliaries.has(opener))) &&
      !t.lex.reportingParticiples.has(opener)
    ) {
      unitKind = "participial";
    } else if (
      opensClause &&
      !t.hasVerb(body[0], body[1]) &&
      (t.lex.apposition.has(opener) || (t.lex.appositionOpeners.has(opener) && t.isVerb(end + 1)))
    ) {
      // "The plant, now the region's largest employer, …"; "Hollins Lane, the smallest of the
      // four, will stop …": with the predicate right after it, the phrase between the commas
      // describes the subject, not an item of a list ("Ash, the elm, and oak").
      unitKind = "apposition";
    } else if (
      adjuncts &&
      t.sharePhrase(body[0], body[1]) &&
      t.hasVerb(from, k) &&
      t.subject(from, k) &&
      !hasBreak(t, from, k)
    ) {
      // ", more than a third of its roll" after a clause that opens on its subject: after a phrase
      // put first ("Asked if …, 46 percent of voters said yes") the share is the subject of a clause.
      unitKind = "adjunct";
    } else if (adjuncts && t.hasVerb(from, k) && t.measurePhrase(body[0], body[1])) {
      // ", thirty miles away" after the clause's predicate: a figure of its own, about the clause.
      unitKind = "adjunct";
    } else if (adjuncts && !closed && t.subject(from, k) && t.hasVerb(from, k) && !t.interrupted(from, k)) {
      // ", a gap that will surprise nobody", ", using drones at 64 fixed points" at the end of a
      // clause with a subject and a predicate ("Rolled out across the region, …" has none).
      unitKind = t.trailingClaim(body[0], body[1]);
      trailing = true;
    }
    if (!unitKind) continue;
    // The rest of the clause must still make a claim of its own.
    const restWords = t.words(from, k) + t.words(closed ? end + 1 : to, to);
    if (restWords < MIN_WORDS) continue;
    // A trailing participle or absolute phrase ("using drones", "with its trains running late") is
    // about the clause's subject; a part of what the clause counts ("all of them for repairs") is
    // read with the clause, whose words say what "them" are; a comment on the clause ("a gap that
    // …") on its own words.
    const about: TokenRange | undefined =
      unitKind === "adjunct"
        ? undefined
        : trailing
          ? unitKind === "participial"
            ? t.subject(from, k)
            : t.partOf(body[0], body[1])
              ? [from, k]
              : undefined
          : head;
    const tokens: TokenRange[] = about ? [about, body] : [body];
    const unit: ClaimUnit = {
      kind: unitKind,
      start: store.starts[body[0]],
      end: store.ends[body[1] - 1],
      tokens,
    };
    if (about) unit.about = about;
    if (unitKind === "adjunct" && t.difference(body[0], body[1])) unit.difference = true;
    inner.push(unit);
    removed.push([k, closed ? end + 1 : end]);
    k = end - 1;
  }
  const dated = adjuncts
    ? (datedPhrase(t, from, to, removed) ??
      otherEnd(t, from, to, removed) ??
      sizedPhrase(t, from, to, removed))
    : undefined;
  if (dated) {
    inner.push({
      kind: "adjunct",
      start: store.starts[dated[0]],
      end: store.ends[dated[1] - 1],
      tokens: [dated],
    });
    removed.push(dated);
    removed.sort((a, b) => a[0] - b[0]);
    inner.sort((a, b) => a.start - b.start);
  }
  const own: TokenRange[] = [];
  let at = from;
  for (const [a, b] of removed) {
    if (a > at) own.push([at, a]);
    at = b;
  }
  if (at < to) own.push([at, to]);
  const main: ClaimUnit = {
    kind,
    start: store.starts[Math.min(lead, own[0][0])],
    end: store.ends[own[own.length - 1][1] - 1],
    tokens: subject ? [subject, ...own] : own,
  };
  // A verb phrase coordinated with no comma is rated with the subject it shares.
  if (subject) main.about = subject;
  return [main, ...inner];
}

/** Whether token `k` lies in one of the ranges already taken out of the clause. */
function inRanges(ranges: readonly TokenRange[], k: number): boolean {
  return ranges.some(([a, b]) => a <= k && k < b);
}

/** The end of a phrase opened at `k`: the next clause break or taken-out range, or `to`. */
function phraseEnd(t: SentenceTokens, k: number, to: number, removed: readonly TokenRange[]): number {
  let end = k + 1;
  while (end < to && !t.isBreak(end) && !inRanges(removed, end)) end++;
  return end;
}

/**
 * A phrase with no predicate that dates something of its own after the clause's predicate, with
 * no comma before it: "… moved back nine metres in one winter after storms in January 2023". It
 * runs from a dated preposition ("after", "following") to the next clause break; the clause
 * before it and the phrase each keep at least {@link MIN_WORDS} words.
 */
function datedPhrase(
  t: SentenceTokens,
  from: number,
  to: number,
  removed: readonly TokenRange[],
): TokenRange | undefined {
  for (let k = from + 1; k < to; k++) {
    if (!t.lex.datedPrepositions.has(t.key(k)) || t.isQuoted(k) || inRanges(removed, k)) continue;
    if (!t.hasVerb(from, k)) continue;
    const end = phraseEnd(t, k, to, removed);
    if (t.hasVerb(k + 1, end) || t.words(k, end) < MIN_WORDS) continue;
    let date = false;
    for (let j = k + 1; j < end && !date; j++) date = t.isDate(j);
    if (!date) continue;
    const rest = t.words(from, to) - t.words(k, end) - removed.reduce((n, [a, b]) => n + t.words(a, b), 0);
    if (rest < MIN_WORDS) continue;
    return [k, end];
  }
  return undefined;
}

/**
 * A phrase with no predicate, after the clause's predicate and with no comma before it, that names
 * a thing sized by a figure of its own: "… killed 3,000 fish along a six-mile stretch of the
 * river", "… beat four rival bidders to the ten-year deal". The size is a claim the writer adds
 * about the thing, and the clause's own figures are compared without it. It runs from the
 * preposition to the next clause break; the clause before it and the phrase each keep at least
 * {@link MIN_WORDS} words.
 */
function sizedPhrase(
  t: SentenceTokens,
  from: number,
  to: number,
  removed: readonly TokenRange[],
): TokenRange | undefined {
  for (let k = from + 1; k + 2 < to; k++) {
    if (!t.lex.sizedPrepositions.has(t.key(k)) || t.isQuoted(k) || inRanges(removed, k)) continue;
    if (!t.lex.sizedArticles.has(t.key(k + 1)) || !t.sizeAt(k + 2) || !t.hasVerb(from, k)) continue;
    const end = phraseEnd(t, k, to, removed);
    if (t.hasVerb(k + 1, end) || t.words(k, end) < MIN_WORDS) continue;
    const rest = t.words(from, to) - t.words(k, end) - removed.reduce((n, [a, b]) => n + t.words(a, b), 0);
    if (rest < MIN_WORDS) continue;
    return [k, end];
  }
  return undefined;
}

/**
 * The other end of a change written after its new level with no comma: "Cancellations fell to 3.2
 * percent of services from 4.9 percent a year earlier". It runs from "from" (a figure right after
 * it, past an approximator) to the next clause break, after a predicate and a "to" with a figure;
 * the clause before it and the phrase each keep at least {@link MIN_WORDS} words.
 */
function otherEnd(
  t: SentenceTokens,
  from: number,
  to: number,
  removed: readonly TokenRange[],
): TokenRange | undefined {
  let level = false;
  for (let k = from + 1; k < to; k++) {
    if (t.isBreak(k) || inRanges(removed, k) || t.isQuoted(k)) break;
    if (t.key(k) === "to" && t.isFigure(k + 1) && t.hasVerb(from, k)) level = true;
    if (!level || t.key(k) !== "from") continue;
    let figure = k + 1;
    while (figure < to && t.lex.approximators.has(t.key(figure))) figure++;
    if (!t.isFigure(figure)) continue;
    const end = phraseEnd(t, k, to, removed);
    if (t.hasVerb(k + 1, end) || t.words(k, end) < MIN_WORDS || t.words(from, k) < MIN_WORDS)
      return undefined;
    return [k, end];
  }
  return undefined;
}

/**
 * Where the predicate of a claim written as `keys` starts: the first verb or auxiliary (as the
 * splitting rules read one: an auxiliary, an irregular past form or a word in "-ed") after at
 * least one word of subject, or -1 when there is none ("Rolled out across the region" opens on
 * its verb; "Fares rise" has no verb the rules can see).
 */
export function predicateStart(keys: readonly string[]): number {
  const lex = clauseLexicon();
  let words = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (!/\p{L}|\p{N}/u.test(key)) continue;
    const verb =
      lex.auxiliaries.has(key) ||
      lex.pastForms.has(key) ||
      (key.length > 4 && key.endsWith("ed") && !lex.notVerbs.has(key));
    if (verb) return words > 0 ? k : -1;
    words++;
  }
  return -1;
}
