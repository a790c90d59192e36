import { auxiliaryQuestion, interrogative } from "../claims/assertions.js";
import { type ClaimUnit, claimUnits, predicateStart } from "../claims/clauses.js";
import { documentQuantities } from "../claims/quantities.js";
import { TokenView } from "../claims/tokens.js";
import type { Claim, Quantity } from "../claims/types.js";
import { append, overlapsAny, pushAll } from "../collections.js";
import { finding } from "../core/finding.js";
import type { Document } from "../text/document.js";
import { lowerBound } from "../text/search.js";
import type { Match } from "../trace/types.js";
import type { AttributionSpans } from "../voice/attributions.js";
import { type Credit, findCredits, findDatelines } from "../voice/credits.js";
import type { Quote, Voice } from "../voice/types.js";
import { currencyCarried } from "./carried-unit.js";
import { fallNamed, restatesChange } from "./change-back.js";
import { Disputes, disputed } from "./disputes.js";
import { fractionQuantities } from "./fractions.js";
import { confidenceOf, defaultSupportGate, type SupportGate } from "./gate.js";
import { hedgeReachesClaim } from "./hedge-reach.js";
import { type SupportLexicon, supportLexicon } from "./lexicon.js";
import {
  deniesOfSubject,
  differenceOf,
  disputedFigures,
  figureGiven,
  figuresAgree,
  figureUnstated,
  MIN_COVERAGE,
  MIN_SHARED,
  measuresOf,
  type PassageRating,
  ratePassage,
  relevant,
  zeroCounted,
  zeroInBoth,
} from "./rate.js";
import { anaphors, type Candidate, PassageIndex, sharedTerms, termsShared, topical } from "./retrieve.js";
import { ASSERTION_GAP, CONTRADICTED, OVERREACH, type SupportFinding } from "./rules.js";
import { type Passage, passageOf, passageOver, termOf } from "./terms.js";
import type { Support, SupportStatus, SupportUnit } from "./types.js";
import { undecidedAgainst } from "./undecided.js";
import { isWordFigure, wordFigures } from "./word-figures.js";

export type { Support, SupportStatus } from "./types.js";

/** How many passages are searched for one that counts a claim's incident as zero. */
const ZERO_COUNT_POOL = 20;

/** What the support layer needs to know of the article beside its sources. */
export interface SupportContext {
  /** Voice of each article sentence. */
  sentenceVoices: Voice[];
  quotes: Quote[];
  /** Direct and indirect attributions of the voice layer (with `learnedIn`, those the rules found). */
  attributions: AttributionSpans[];
  /**
   * The learned attributions of one article sentence, each inside it (`VoiceResult.learnedIn`),
   * asked only of a sentence the rules' attributions leave open (default: all are in `attributions`).
   */
  learnedIn?: (sentence: number) => readonly AttributionSpans[];
  /** Trace matches, each with `attributed` decided by the voice layer. */
  matches: Match[];
  sources: Document[];
  /** Paragraphs the voice layer reads as another text reproduced (`VoiceResult.reproduced`). */
  reproduced: readonly number[];
  /**
   * The trace's findings: a changed figure one of them already states is not said again as a
   * contradiction (default: the matches' edits alone decide, as if the trace reported each).
   */
  traceFindings?: readonly { ruleId: string; span?: { start: number; end: number } }[];
  /**
   * The article's wire datelines, as the voice layer's reading found them among its credits
   * (default: read here with `findDatelines`, the same reader).
   */
  datelines?: readonly Credit[];
}

/** The rating of one claim of a sentence that makes several, with the passage it was rated against. */
export interface UnitRating extends PassageRating {
  kind: ClaimUnit["kind"];
  /** `[start, end)` of the claim's own words in the article. */
  start: number;
  end: number;
  evidence?: Passage;
}

/**
 * One sentence's rating, with the passage it was rated against. A sentence that makes several
 * claims takes the most serious of their ratings, and lists them in `units`.
 */
export interface SentenceRating extends PassageRating {
  subject: Support["subject"];
  evidence?: Passage;
  units?: UnitRating[];
}

/** A claim's rating with the passage it was rated against. */
type Evidenced = PassageRating & { evidence?: Passage };
/** A claim's rating with the passages retrieved for it. */
type Rated = Evidenced & { candidates: Candidate[] };

function withoutCandidates<T extends { candidates?: Candidate[] }>(r: T): Omit<T, "candidates"> {
  const { candidates: _candidates, ...rest } = r;
  return rest;
}

/** How serious a rating is: a sentence takes the most serious of its claims'. */
const SEVERITY: Record<SupportStatus, number> = {
  supported: 0,
  "not-found": 1,
  overreach: 2,
  contradicted: 3,
};

/**
 * The evidence pool of an article and a rater over it. The pool holds every sentence of every
 * source and, from the article itself, the sentences that reproduce or quote another text
 * (document and speaker voices, but not the author's paraphrases of them): what the author shows
 * of a source is evidence of what it says, even when the source itself was not given.
 */
export class SupportRater {
  private readonly index: PassageIndex;
  private readonly quantities = new Map<string, Map<number, Quantity[]>>();
  private readonly paraphrases: Set<number>;
  private readonly unattributed: Set<number>;
  private readonly ratings = new Map<number, SentenceRating | undefined>();
  /** The article and the sources by id: a passage is read in its clauses. */
  private readonly docs = new Map<string, Document>();
  private readonly clauses = new Map<string, ClaimUnit[]>();
  /** Sentences the article quotes or reproduces, by index. */
  readonly reproduced: Set<number>;
  /** The quoted texts the author calls wrong: a claim against one disputes it. */
  private readonly disputes: Disputes;
  /** The pool's passages by document id and sentence: a passage's neighbours are looked up here. */
  private readonly pooled = new Map<string, Map<number, Passage>>();
  /**
   * The clauses of a passage as passages, by clause, made once: a passage is read against many
   * claims, and the words the rules read of a clause are worked out once per clause.
   */
  private readonly clausePassages = new WeakMap<Passage, Passage[]>();
  /** The figures of a pair of neighbouring sentences read as one passage ({@link neighbourWindow}). */
  private readonly windowFigures = new WeakMap<Passage, Quantity[]>();
  /** Where the wire dateline that opens an article sentence ends, by sentence ({@link datelineEnds}). */
  private readonly datelines: Map<number, number>;
  /**
   * The pool's source passages by their text: a sentence of the article that is one of them is
   * rated without a search ({@link sameWords}).
   */
  private readonly byText = new Map<string, Passage[]>();
  /** Article sentence to the pooled source sentence it was copied from ({@link copiedFrom}). */
  private copies?: Map<number, Passage>;
  /** The matches that hold each article sentence whole, by sentence ({@link copiedFrom}). */
  private readonly containing = new Map<number, Match[]>();
  /** The order of the sources, by id: the pool holds their sentences in that order. */
  private readonly sourceOrder = new Map<string, number>();

  constructor(
    readonly article: Document,
    readonly context: SupportContext,
  ) {
    this.paraphrases = attributedParaphrases(article, context);
    this.unattributed = unattributedReuse(article, context);
    for (const i of speakerWithoutWords(article, context)) this.unattributed.add(i);
    for (const i of republished(article, context)) this.unattributed.add(i);
    this.reproduced = new Set();
    const pool: Passage[] = [];
    context.sentenceVoices.forEach((v, i) => {
      if (
        (v.kind === "document" || v.kind === "speaker") &&
        !this.paraphrases.has(i) &&
        !this.unattributed.has(i)
      ) {
        this.reproduced.add(i);
        if (!statesNothing(article, i)) pool.push(passageOf(article, i));
      }
    });
    for (const source of context.sources) {
      source.sentences.forEach((s, i) => {
        // A headline only sums up what the body says; the body's sentence is the evidence.
        if (source.paragraphs[s.paragraph]?.kind !== "heading" && !statesNothing(source, i))
          pool.push(passageOf(source, i));
      });
    }
    this.index = new PassageIndex(pool);
    for (const d of [article, ...context.sources]) this.docs.set(d.id, d);
    for (const p of pool) {
      let bySentence = this.pooled.get(p.id);
      if (!bySentence) {
        bySentence = new Map();
        this.pooled.set(p.id, bySentence);
      }
      bySentence.set(p.sentence, p);
      if (p.id !== article.id) {
        const key = this.docs.get(p.id)?.text.slice(p.start, p.end);
        if (key !== undefined) append(this.byText, key, p);
      }
    }
    this.disputes = new Disputes(article, context.sentenceVoices, context.quotes);
    this.datelines = datelineEnds(article, context.datelines ?? findDatelines(article));
    this.quantities.set(article.id, figuresOf(article));
    for (const s of context.sources) this.quantities.set(s.id, figuresOf(s));
  }

  /**
   * The figures of article sentence `i`, but the date of a wire dateline that opens it ("SKELLAN,
   * 26 November (Northline) - …"): the day the story was filed is not the date of what it reports.
   */
  private claimFigures(i: number): Quantity[] {
    const figures = this.quantities.get(this.article.id)?.get(i) ?? [];
    const end = this.datelines.get(i);
    return end === undefined ? figures : figures.filter((q) => q.start >= end);
  }

  /** The figures of a passage: its sentence's, or both sentences' of a neighbour window. */
  private figuresIn(p: Passage): Quantity[] {
    return this.windowFigures.get(p) ?? this.quantities.get(p.id)?.get(p.sentence) ?? [];
  }

  private zeroCount(claim: Passage, i: number): Candidate | undefined {
    const candidates = this.index.search(claim, {
      limit: ZERO_COUNT_POOL,
      exclude: this.ownSentence(i),
    });
    return zeroCountIn(claim, candidates);
  }

  /** Whether a passage is article sentence `i` itself, which no search for its claims returns. */
  private ownSentence(i: number): (p: Passage) => boolean {
    const id = this.article.id;
    return (p) => p.sentence === i && p.id === id;
  }

  /** True when there is anything to rate against. */
  get hasEvidence(): boolean {
    return this.index.passages.length > 0;
  }

  /** Whose claim sentence `i` is, when it is one support rates: the author's, or the author's paraphrase of a source. */
  subjectOf(i: number): Support["subject"] | undefined {
    if (this.paraphrases.has(i)) return "attributed";
    return this.context.sentenceVoices[i]?.kind === "author" || this.unattributed.has(i)
      ? "author"
      : undefined;
  }

  /**
   * True when sentence `i` is one support rates and there is something to rate it against: the
   * claims layer reports it with its rating, "no passage" included. With no source and nothing
   * reproduced, every sentence would be "no source", which says nothing sentence by sentence.
   */
  rates(i: number): boolean {
    return this.hasEvidence && this.subjectOf(i) !== undefined;
  }

  /**
   * True when sentence `i` is one support rates and a passage speaks of it (rated anything but
   * not-found): such a sentence can be checked against its source.
   */
  speaksOf(i: number): boolean {
    const r = this.rate(i);
    if (!r) return false;
    return r.units ? r.units.some((u) => u.status !== "not-found") : r.status !== "not-found";
  }

  /**
   * The source sentences, by source id, that a sentence of the article is rated against with a
   * passage that speaks of it: the article carries them, however edited.
   */
  carried(): Map<string, Set<number>> {
    const out = new Map<string, Set<number>>();
    for (let i = 0; i < this.article.sentences.length; i++) {
      const r = this.rate(i);
      for (const u of r?.units ?? (r ? [r] : [])) {
        if (!u.evidence || u.status === "not-found" || u.evidence.id === this.article.id) continue;
        const set = out.get(u.evidence.id) ?? new Set<number>();
        set.add(u.evidence.sentence);
        out.set(u.evidence.id, set);
      }
    }
    return out;
  }

  /**
   * What retrieval has for the claim of article sentence `i` that holds offset `at` (the sentence
   * when it makes one claim): the claim as searched, its figures and its candidates, best first.
   * For measuring retrieval's misses (`measure/support/misses.ts`); rating does not call it.
   */
  retrieval(i: number, at: number): { claim: Passage; figures: Quantity[]; candidates: Candidate[] } {
    const figures = this.claimFigures(i);
    const units = this.clausesOf(this.article, i);
    const u = units.length < 2 ? undefined : units.find((x) => x.start <= at && at < x.end);
    const claim = u ? passageOver(this.article, i, u.tokens, u.start, u.end) : passageOf(this.article, i);
    const store = this.article.tokenStore;
    const own = u
      ? figures.filter((q) =>
          u.tokens.some(([a, b]) => store.starts[a] <= q.start && q.end <= store.ends[b - 1]),
        )
      : figures;
    const candidates = this.index.search(claim, {
      exclude: this.ownSentence(i),
    });
    return { claim, figures: own, candidates };
  }

  /**
   * How the rating rules read a claim against passage `p`, whatever its share of the claim's words:
   * what accepting a passage below the bar would rate. For measuring acceptance tests
   * (`measure/support/acceptance.ts`); rating does not call it.
   */
  ratingAgainst(claim: Passage, figures: Quantity[], p: Passage): PassageRating {
    return this.rateAgainst(claim, figures, p);
  }

  /** The pool's passage of sentence `sentence` of document `id`, and its figures; undefined when it is not in the pool. */
  pooledPassage(id: string, sentence: number): { passage: Passage; figures: Quantity[] } | undefined {
    const passage = this.pooled.get(id)?.get(sentence);
    return passage && { passage, figures: this.figuresIn(passage) };
  }

  /** Rate article sentence `i` against the pool; undefined for sentences in another voice. */
  rate(i: number): SentenceRating | undefined {
    if (!this.ratings.has(i)) this.ratings.set(i, this.rateUncached(i));
    return this.ratings.get(i);
  }

  private rateUncached(i: number): SentenceRating | undefined {
    const subject = this.subjectOf(i);
    if (!subject) return undefined;
    if (!this.hasEvidence)
      return {
        subject,
        status: "not-found",
        rule: "no-source",
        reason: "no passage: no source was given and the article quotes or reproduces none",
      };
    // "How was giving them billions not a betrayal?": a question asks, whatever it implies, and no
    // passage can say what it asks. One that only ends on a question ("…, and who can blame
    // them?") still states.
    if (asks(this.article, i))
      return {
        subject,
        status: "not-found",
        rule: "no-passage",
        reason: "no passage can say this: it is a question, which states nothing",
      };
    // "Protecting Domestic Violence Victims, including:" heads the list that follows it, which says
    // what it introduces; on its own it states nothing a passage could back (seen on a PTC train
    // article, supported by another item of the list).
    if (closesOn(this.article, i, ":"))
      return {
        subject,
        status: "not-found",
        rule: "no-passage",
        reason: "no passage can say this: it leads in to what follows it, and states nothing of its own",
      };
    const same = this.sameWords(i);
    if (same) return { subject, ...same };
    const figures = this.claimFigures(i);
    const units = this.clausesOf(this.article, i);
    if (units.length < 2) {
      const claim = passageOf(this.article, i);
      // A sentence the article copied with some words changed is read against the sentence it
      // was copied from, with no search: a search finds that sentence, or a copy of it elsewhere
      // (a line the source repeats), and the evidence is the one the article copied. Only a
      // `supported` reading is taken so: any other is read as every claim is, against all the
      // candidates a search finds (another may state the figure, or deny what the claim says).
      const copied = this.copiedSupports(claim, figures, i);
      const rating = withoutCandidates(copied ?? this.rateClaim(claim, figures, i));
      const change = rating.status === "not-found" ? restatesChange(claim, supportLexicon()) : undefined;
      if (change) {
        const difference = this.rateDifference(figures, this.ratedBefore(i), change === "fall");
        if (difference.status === "supported") return { subject, ...difference };
      }
      return { subject, ...rating };
    }
    // Each claim of the sentence on its own words and figures: the hedge or the wrong date of one
    // claim says nothing of the other. The sentence takes the most serious of their ratings.
    const store = this.article.tokenStore;
    // The clause an adjunct adds to comes before it: its rating and candidates are the adjunct's.
    let host: Rated | undefined;
    // Every passage retrieved for a claim of the sentence: the sentence read whole, if need be.
    const retrieved: Candidate[] = [];
    const rated: UnitRating[] = units.map((u) => {
      const within = (q: Quantity) =>
        u.tokens.some(([a, b]) => store.starts[a] <= q.start && q.end <= store.ends[b - 1]);
      const claim = passageOver(this.article, i, u.tokens, u.start, u.end);
      if (u.kind === "adjunct")
        return {
          kind: u.kind,
          start: u.start,
          end: u.end,
          ...(u.difference
            ? this.rateDifference(currencyCarried(figures.filter(within), figures), host, fallNamed(claim))
            : this.rateAdjunct(claim, figures.filter(within), host)),
        };
      let found =
        this.copiedSupports(claim, figures.filter(within), i) ??
        this.rateClaim(claim, figures.filter(within), i);
      // A clause rated with the subject it shares ("At least forty lorry drivers are to be hired,
      // starting in 2027") holds that subject's figure only to find its passage: the figure is the
      // other clause's claim, rated there, and a passage that gives another says nothing against
      // this clause's own words. So a figure outside the clause's span never decides it wrong.
      const own = figures.filter((q) => within(q) && u.start <= q.start && q.end <= u.end);
      if (
        found.status === "contradicted" &&
        found.rule === "quantity" &&
        own.length < figures.filter(within).length
      ) {
        const alone = this.rateClaim(claim, own, i);
        if (alone.status !== "contradicted" || alone.rule !== "quantity") found = alone;
      }
      pushAll(retrieved, found.candidates);
      const rating = this.ownWords(
        u,
        i,
        this.wordsShared(claim, withoutCandidates(found)),
        figures.filter(within),
      );
      if (u.kind === "main" || u.kind === "coordinate") host = { ...rating, candidates: found.candidates };
      return { kind: u.kind, start: u.start, end: u.end, ...rating };
    });
    // Split, the sentence's main clauses meet no passage and no claim of it is found wrong; whole,
    // it may meet one: the passage says what the sentence says with words from both halves ("went
    // over budget, costing 14.5 million pounds" against "cost 14.5 million pounds, below the budget
    // of 16 million pounds"), so the sentence is rated as one claim. Not when a coordinated clause
    // has a subject of its own and no word pointing back to the clause before it ("…, and outbreaks
    // have been reported in neighbouring counties"): it states a claim of its own, which a passage
    // on the other clause's words does not speak of; one that points back ("…, and he insists the
    // fee is as low as it can be"; "…; seven in ten backed it") may be read with it.
    const hosts = rated.filter((u) => u.kind === "main" || u.kind === "coordinate");
    const standsAlone = units.some(
      (u) => u.kind === "coordinate" && !u.about && !u.tokens.some(([a, b]) => pointsBack(store, a, b)),
    );
    if (
      !standsAlone &&
      hosts.every((u) => u.status === "not-found") &&
      rated.every((u) => u.status === "not-found" || u.status === "supported")
    ) {
      // Against the passages its claims met: a search of its own would find much the same ones.
      const whole = passageOf(this.article, i);
      const rating = this.rateCandidates(whole, figures, i, rescored(whole, retrieved));
      if (rating.status !== "not-found") return { subject, ...rating };
    } else if (
      !standsAlone &&
      hosts.length > 0 &&
      hosts.every((u) => u.status === "not-found") &&
      rated.some((u) => u.kind !== "main" && u.kind !== "coordinate" && u.rule === "quantity")
    ) {
      // "The bakery has been making cakes for more than four decades, turning out some 60 million
      // a month" against "The bakery, which opened in 1978, makes around 60 million cakes a year":
      // the main clause meets its passage only with the other clause's words, and that clause is
      // found wrong by its own figure. The main clause is read whole, as above, with its own
      // figures alone: the other clause's figure is rated in that clause.
      const whole = passageOf(this.article, i);
      for (const [n, u] of rated.entries()) {
        if (u.kind !== "main" && u.kind !== "coordinate") continue;
        const own = figures.filter((q) => u.start <= q.start && q.end <= u.end);
        const rating = this.rateCandidates(whole, own, i, rescored(whole, retrieved));
        if (rating.status === "supported") rated[n] = { ...u, ...rating };
      }
    }
    const worst = rated.reduce((a, b) => (SEVERITY[b.status] > SEVERITY[a.status] ? b : a));
    return {
      subject,
      status: worst.status,
      rule: worst.rule,
      reason: worst.reason,
      evidence: worst.evidence,
      units: rated,
    };
  }

  /**
   * The rating of article sentence `i` when a source sentence in the pool is the same text,
   * character for character (most of an article that reprints its source): that sentence is the
   * passage a search would rank first, sharing every word, and there is no difference between the
   * two for a rule to read, so the sentence and each of its claims are `supported` by it, with no
   * search and no rule run. Read in full, a rule could still find one in the passage's other
   * clause (a denial the claim's clause "leaves out", though the sentence has it), a false
   * contradiction of a sentence the source says word for word. A sentence with fewer content
   * words than a passage must share ({@link MIN_SHARED}: "Perhaps.", "1") is rated as any other:
   * the same words there say too little to be the same statement.
   */
  private sameWords(i: number): Omit<SentenceRating, "subject"> | undefined {
    const s = this.article.sentences[i];
    const text = this.article.text.slice(s.start, s.end);
    const same = this.byText.get(text);
    // Of a line the source repeats, the copy the trace aligned the sentence with: the others are
    // still the source's own to leave out (omissions read what is carried).
    const p = same && (same.length === 1 ? same[0] : this.aligned(i, same));
    if (!p || p.terms.size < MIN_SHARED) return undefined;
    const rating = {
      status: "supported",
      rule: "match",
      reason: "the source says it in the same words",
    } as const;
    const units = this.clausesOf(this.article, i);
    if (units.length < 2) return { ...rating, evidence: p };
    return {
      ...rating,
      evidence: p,
      units: units.map((u) => ({ kind: u.kind, start: u.start, end: u.end, ...rating, evidence: p })),
    };
  }

  /**
   * A claim of article sentence `i`, when the article copied that sentence with some words changed,
   * read against the sentence it was copied from, with no search: a search finds that sentence, or
   * a copy of it elsewhere (a line the source repeats), and the evidence is the one the article
   * copied. Each claim of a sentence that makes several is read so too. Only a `supported` reading
   * is taken: any other is read as every claim is, against all the candidates a search finds
   * (another may state the figure, or deny what the claim says). Undefined when not so supported.
   */
  private copiedSupports(claim: Passage, figures: Quantity[], i: number): Rated | undefined {
    const copied = this.copiedFrom(i);
    if (!copied || claim.terms.size === 0) return undefined;
    const only: Candidate = {
      passage: copied,
      bm25: 0,
      coverage: sharedTerms(claim.terms, copied) / claim.terms.size,
      anchors: anchorsShared(claim, copied),
    };
    const rating = this.rateCandidates(claim, figures, i, [only]);
    return rating.status === "supported" ? { ...rating, candidates: [only] } : undefined;
  }

  /**
   * The pooled source sentence the trace aligned article sentence `i` with, when the whole
   * sentence lies in one verbatim or edited match and both its ends fall in that one source
   * sentence; worked out for every sentence at the first call, one pass over the matches.
   */
  private copiedFrom(i: number): Passage | undefined {
    if (!this.copies) {
      this.copies = new Map();
      const sentences = this.article.sentences;
      for (const m of this.context.matches) {
        for (let k = lowerBound(sentences, m.article.start); k < sentences.length; k++) {
          if (sentences[k].end > m.article.end) break;
          append(this.containing, k, m);
        }
        if (m.kind === "paraphrase") continue;
        const source = this.docs.get(m.source.id);
        const pooled = this.pooled.get(m.source.id);
        if (!source || !pooled) continue;
        const edits = m.edits
          .filter((e) => e.article && e.source)
          .sort((a, b) => (a.article?.start ?? 0) - (b.article?.start ?? 0));
        // Where article offset `x` of the passage falls in the source: the text between edits is
        // the same. Offsets are asked in increasing order, so the edits are passed once per match
        // (a long match with many edits would otherwise be read from its start for each sentence).
        let next = 0;
        let delta = 0;
        const toSource = (x: number) => {
          for (; next < edits.length && (edits[next].article?.end ?? 0) <= x; next++) {
            const e = edits[next];
            if (e.article && e.source)
              delta += e.source.end - e.source.start - (e.article.end - e.article.start);
          }
          return m.source.start + (x - m.article.start) + delta;
        };
        for (let k = lowerBound(sentences, m.article.start); k < sentences.length; k++) {
          if (sentences[k].end > m.article.end) break;
          const a = sourceSentenceAt(source, toSource(sentences[k].start));
          const b = sourceSentenceAt(source, toSource(sentences[k].end - 1));
          const p = a === b && a >= 0 ? pooled.get(a) : undefined;
          if (p) this.copies.set(k, p);
        }
      }
    }
    return this.copies.get(i);
  }

  /**
   * Of the source sentences that are the text of article sentence `i` (`same`, in pool order), the
   * one the trace aligned it with: a line a source repeats ("Sign up for our newsletter.") is
   * carried at the place the article copied it from, and the others are still the source's own
   * to leave out. The one nearest where a match holding the sentence puts it; the first when no
   * match holds it. By binary search: a text of one sentence repeated has thousands of copies.
   */
  private aligned(i: number, same: Passage[]): Passage {
    this.copiedFrom(i);
    if (this.sourceOrder.size === 0)
      for (const [k, d] of this.context.sources.entries()) this.sourceOrder.set(d.id, k);
    const order = (id: string) => this.sourceOrder.get(id) ?? -1;
    const s = this.article.sentences[i];
    let best = same[0];
    let distance = Number.POSITIVE_INFINITY;
    for (const m of this.containing.get(i) ?? []) {
      const at = m.source.start + (s.start - m.article.start);
      const o = order(m.source.id);
      let lo = 0;
      let hi = same.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const q = same[mid];
        if (order(q.id) < o || (order(q.id) === o && q.start < at)) lo = mid + 1;
        else hi = mid;
      }
      for (const p of [same[lo - 1], same[lo]]) {
        if (!p || p.id !== m.source.id || p.start < m.source.start || p.end > m.source.end) continue;
        if (Math.abs(p.start - at) < distance) {
          best = p;
          distance = Math.abs(p.start - at);
        }
      }
    }
    return best;
  }

  /**
   * An adjunct (", thirty miles away", "after storms in January 2023") states a figure or a date
   * of the clause before it, and shares too few words to be searched for on its own: it is read
   * against the passage its clause is rated against, and only its own words and figures are
   * compared, so "three miles away" contradicts the distance and not the clause. A passage that
   * gives no figure of the adjunct's kind does not say it; another of the clause's candidates
   * that states the adjunct's figure and shares one of its words is no contradiction.
   */
  private rateAdjunct(claim: Passage, figures: Quantity[], host: Rated | undefined): Evidenced {
    const p = host && host.status !== "not-found" ? host.evidence : undefined;
    if (!host || !p)
      return {
        status: "not-found",
        rule: "no-passage",
        reason: "no passage says this: no passage speaks of the clause it adds to",
      };
    const figuresIn = (x: Passage) => this.figuresIn(x);
    const rating = this.rateAgainst(claim, figures, p);
    if (rating.status === "contradicted" && rating.rule === "quantity") {
      const agreeing = host.candidates.find(
        (c) =>
          c.passage !== p &&
          sharedTerms(claim.terms, c.passage) > 0 &&
          figuresAgree(figures, figuresIn(c.passage)),
      );
      if (agreeing)
        return { ...this.rateAgainst(claim, figures, agreeing.passage), evidence: agreeing.passage };
    }
    // A bare figure takes its unit from the clause ("up from 48,000" after "61,000 hours"): the
    // passage that writes the same numbers gives it.
    const written = claim.numbers.size > 0 && [...claim.numbers].every((n) => p.numbers.has(n));
    if (rating.status === "supported" && !written && !figuresAgree(figures, figuresIn(p)))
      return {
        status: "not-found",
        rule: "no-passage",
        reason: "no passage says this: the passage on the clause it adds to gives no such figure",
        evidence: p,
      };
    return { ...rating, evidence: p };
  }

  /**
   * An adjunct that states a difference from another figure ("roughly 2,300 more than a year
   * before", "almost three minutes longer than the standard allows") says how far apart two figures
   * are: it is `supported` when two comparable figures of its clause's passage are that far apart,
   * and otherwise `not-found`, never contradicted, since which two figures it measures cannot be read.
   */
  private rateDifference(figures: Quantity[], host: Rated | undefined, falls = false): Evidenced {
    const p = host && host.status !== "not-found" ? host.evidence : undefined;
    if (!p)
      return {
        status: "not-found",
        rule: "no-passage",
        reason: "no passage says this: no passage speaks of the clause it adds to",
      };
    const apart = (given: Quantity[]) =>
      figures.length > 0 && differences(given).some((d) => figuresAgree(figures, [d]));
    const supportedBy = (evidence: Passage, beside = ""): Evidenced => ({
      status: "supported",
      rule: "match",
      reason: `the source's figures are that far apart${beside}`,
      evidence,
    });
    if (apart(this.figuresIn(p))) return supportedBy(p);
    // "around 7 percent more than a year ago" against "The force had 612 officers …, 40 more than a
    // year earlier": a change given as a share agrees with the passage's change over where it
    // started, two levels' or a level's and the difference the passage marks (40 of 572), issue
    // #17 after held-out 17.
    if (figures.length > 0 && figuresAgree(figures, relativeChanges(this.figuresIn(p), p, falls)))
      return supportedBy(p);
    // "…in all 18 of the city's wards …. Last summer clubs ran in 11 wards." for "seven more than
    // this year": the two figures may stand in the passage and a sentence beside it in its
    // paragraph, or both in another passage retrieved for the clause (a second source that gives
    // the earlier figure too), issue #17 after held-out 16.
    if (apart(this.nearbyFigures(p))) return supportedBy(p, " (in the passage and the sentence beside it)");
    const other = host?.candidates.find((c) => c.passage !== p && apart(this.figuresIn(c.passage)));
    if (other) return supportedBy(other.passage);
    return {
      status: "not-found",
      rule: "no-passage",
      reason:
        "no passage says this: the passage on the clause it adds to gives no two figures that far apart",
      evidence: p,
    };
  }

  /**
   * The rating of the article sentence before `i`, in its paragraph, as the clause a restated
   * change adds to ({@link restatesChange}): its last claim a passage speaks of.
   */
  private ratedBefore(i: number): Rated | undefined {
    const sentences = this.article.sentences;
    if (i === 0 || sentences[i - 1].paragraph !== sentences[i].paragraph) return undefined;
    const r = this.rate(i - 1);
    const found = (r?.units ?? (r ? [r] : [])).filter((u) => u.status !== "not-found" && u.evidence);
    const last = found.at(-1);
    return (
      last && {
        status: last.status,
        rule: last.rule,
        reason: last.reason,
        evidence: last.evidence,
        candidates: [],
      }
    );
  }

  /**
   * A clause has fewer words than its sentence, so a passage reaches its share of them with fewer:
   * "The gallery opened in 1904" meets "The gallery will stay closed until Monday" through one
   * name and an opposite. A passage speaks of a clause only if it holds {@link MIN_SHARED} of the
   * clause's words themselves, opposites aside; a passage that counts the clause's incident as
   * zero ("Nobody was injured") is the exception, as for a sentence, whether the clause counts it
   * as some or as none.
   */
  private wordsShared(claim: Passage, rating: Evidenced): Evidenced {
    const e = rating.evidence;
    if (
      !e ||
      rating.status === "not-found" ||
      zeroCounted(claim, e) !== undefined ||
      zeroInBoth(claim, e) !== undefined
    )
      return rating;
    let same = 0;
    for (const t of claim.terms) if (e.terms.has(t)) same++;
    if (same >= MIN_SHARED) return rating;
    return {
      status: "not-found" as const,
      rule: "no-passage",
      reason: `no passage says this: the closest shares ${same === 0 ? "no word" : "one word"} of this clause, opposites aside`,
      evidence: e,
    };
  }

  /**
   * A clause about a named thing is rated with that thing's words, which alone may find a passage
   * about it ("Moira Dunleavy apologised" for "Moira Dunleavy, who has led the council since
   * 2019"): the passage speaks of the clause only if it holds at least half of the clause's own
   * words ({@link MIN_COVERAGE}) or states its figure, else no passage says it and the passage
   * is only the closest.
   */
  private ownWords(u: ClaimUnit, i: number, rating: Evidenced, figures: Quantity[]): Evidenced {
    if (!u.about || !rating.evidence || rating.status === "not-found") return rating;
    // A passage that states the clause's figure (a count, amount or share) is tied to it by the
    // figure, as a sentence is ({@link statesFigure}): "with fewer than three in four of its trains
    // running on time" and "Just 71.3 percent of … services arrived within five minutes of
    // schedule". Only its support: a difference there may lie in the words of the thing the
    // clause is about, which are not the clause's ("triple" in the head of "now 42 strong").
    const measures = measuresOf(figures);
    if (
      rating.status === "supported" &&
      measures.length > 0 &&
      figuresAgree(measures, this.figuresIn(rating.evidence))
    )
      return rating;
    const own = passageOver(
      this.article,
      i,
      u.tokens.filter((r) => r !== u.about),
      u.start,
      u.end,
    ).terms;
    const shared = sharedTerms(own, rating.evidence);
    if (own.size === 0 || shared / own.size >= MIN_COVERAGE) return rating;
    return {
      status: "not-found" as const,
      rule: "no-passage",
      reason: `no passage says this: the closest speaks of what the clause is about, not of the clause (${shared} of its ${own.size} words)`,
      evidence: rating.evidence,
    };
  }

  /**
   * The claims of a sentence of the article or a source, worked out once: many claims meet one
   * passage. A passage keeps its adjuncts: the date that closes a source's statement is the date
   * of that statement.
   */
  private clausesOf(doc: Document, sentence: number, passage = false): ClaimUnit[] {
    // A passage and an article sentence of one document are split apart (a passage keeps its adjuncts).
    const key = `${passage ? "p" : "a"} ${sentence} ${doc.id}`;
    let units = this.clauses.get(key);
    if (!units) {
      units = claimUnits(doc, sentence, { adjuncts: !passage });
      this.clauses.set(key, units);
    }
    return units;
  }

  /**
   * Rate a claim against passage `p`, read in the one clause of it that holds every word of the
   * claim the passage holds, when there is one: "Pellew, who owns 23 properties, denied acting
   * deliberately" supports "who owns 23 properties" in its relative clause, and its denial is of
   * another claim. A claim that draws on two clauses of the passage is read against all of it, and
   * so is a passage of coordinated clauses.
   */
  private rateAgainst(claim: Passage, figures: Quantity[], p: Passage): PassageRating {
    const all = this.figuresIn(p);
    // Read once, and only when a figure of the claim gets as far as asking for it.
    let near: Quantity[] | undefined;
    const nearby = () => (near ??= this.nearbyFigures(p));
    // A window of two sentences is read whole: its clauses are those of two passages.
    if (this.windowFigures.has(p)) return ratePassage(claim, figures, p, all, undefined, nearby);
    const doc = this.docs.get(p.id);
    const units = doc ? this.clausesOf(doc, p.sentence, true) : [];
    // A coordinated clause of a source often speaks of the clause before it ("…, but the
    // difference was not statistically significant"): only a clause about a named thing is read apart.
    if (units.length < 2 || !doc || units.some((u) => u.kind === "coordinate"))
      return ratePassage(claim, figures, p, all, undefined, nearby);
    const whole = sharedTerms(claim.terms, p);
    const store = doc.tokenStore;
    let clauses = this.clausePassages.get(p);
    if (!clauses) {
      clauses = [];
      this.clausePassages.set(p, clauses);
    }
    for (let k = 0; k < units.length; k++) {
      const u = units[k];
      clauses[k] ??= passageOver(doc, p.sentence, u.tokens, u.start, u.end, p.id);
      const clause = clauses[k];
      if (sharedTerms(claim.terms, clause) < whole) continue;
      const within = (q: Quantity) =>
        u.tokens.some(([a, b]) => store.starts[a] <= q.start && q.end <= store.ends[b - 1]);
      return ratePassage(claim, figures, clause, all.filter(within), undefined, nearby);
    }
    return ratePassage(claim, figures, p, all, undefined, nearby);
  }

  /**
   * The figures of a passage's sentence and of the pooled sentences beside it in its paragraph: a
   * writer may add up a figure of one and one of the next ({@link ratePassage}).
   */
  private nearbyFigures(p: Passage): Quantity[] {
    const doc = this.docs.get(p.id);
    const figures = this.quantities.get(p.id);
    const pooled = this.pooled.get(p.id);
    const paragraph = doc?.sentences[p.sentence]?.paragraph;
    if (!doc || !figures || !pooled || paragraph === undefined) return [];
    const out: Quantity[] = [];
    for (const k of [p.sentence - 1, p.sentence, p.sentence + 1])
      if (doc.sentences[k]?.paragraph === paragraph && (k === p.sentence || pooled.has(k)))
        out.push(...(figures.get(k) ?? []));
    return out;
  }

  /**
   * A source may split what a claim says over two sentences, the second taking its subject from the
   * first through a pronoun ("Founded in 2021, Tessline makes soil sensors. Its products are sold
   * in four countries." for "Tessline sells its sensors in five countries"), so neither alone
   * reaches the bar. When no passage speaks of the claim, a retrieved passage is read with its
   * neighbour in its paragraph when the later of the two opens on such a pronoun (`anaphors` in
   * `data/support-retrieval.json`): a sentence that does not point back stands on its own, and
   * joining it to the next would read one statement's negation or figure into another. The pair
   * speaks of the claim if together they reach the bar of one passage ({@link relevant}), each
   * holds a word of the claim the other lacks, and neither alone reaches it. The window is rated
   * whole, and its evidence spans both sentences. With two windows equally close it is unclear
   * which, so neither.
   */
  private neighbourWindow(claim: Passage, candidates: Candidate[]): Candidate | undefined {
    const size = claim.terms.size;
    const alone = (c: Candidate, p: Passage) =>
      relevant(claim, {
        ...c,
        passage: p,
        coverage: sharedTerms(claim.terms, p) / size,
        anchors: anchorsShared(claim, p),
      });
    let best: { candidate: Candidate; sentences: [number, number] } | undefined;
    let tied = false;
    for (const c of candidates) {
      const p = c.passage;
      const doc = this.docs.get(p.id);
      const pooled = this.pooled.get(p.id);
      if (!doc || !pooled) continue;
      for (const first of [p.sentence - 1, p.sentence]) {
        const before = pooled.get(first);
        const after = pooled.get(first + 1);
        if (!before || !after || doc.sentences[first].paragraph !== doc.sentences[first + 1].paragraph)
          continue;
        if (!opensOnAnaphor(after) || alone(c, before) || alone(c, after)) continue;
        const own = sharedTerms(claim.terms, before);
        const other = sharedTerms(claim.terms, after);
        const window = joined(before, after, own > other ? before : after);
        const shared = sharedTerms(claim.terms, window);
        if (shared <= Math.max(own, other)) continue;
        const candidate = {
          ...c,
          passage: window,
          coverage: shared / size,
          anchors: anchorsShared(claim, window),
        };
        if (!relevant(claim, candidate)) continue;
        if (best && best.candidate.passage.id === window.id && best.candidate.passage.start === window.start)
          continue;
        if (!best || candidate.coverage > best.candidate.coverage) {
          best = { candidate, sentences: [first, first + 1] };
          tied = false;
        } else if (candidate.coverage === best.candidate.coverage) tied = true;
      }
    }
    if (!best || tied) return undefined;
    const figures = this.quantities.get(best.candidate.passage.id);
    this.windowFigures.set(
      best.candidate.passage,
      best.sentences.flatMap((k) => figures?.get(k) ?? []),
    );
    return best.candidate;
  }

  /** Rate one claim of article sentence `i` (the sentence, or one of its clauses) against the pool. */
  private rateClaim(claim: Passage, figures: Quantity[], i: number): Rated {
    const candidates = this.index.search(claim, {
      exclude: this.ownSentence(i),
    });
    return { ...this.rateCandidates(claim, figures, i, candidates), candidates };
  }

  /**
   * The passage a claim with a figure is rated against: the one sharing most of its words, unless
   * that one gives no figure agreeing with the claim's and another candidate states it
   * ({@link statesFigure}): "with fewer than three in four of its trains running on time" is about
   * "Just 71.3 percent of Coastline Rail services arrived within five minutes", not about the
   * sentence that names the operator and its ranking with more of the claim's words.
   */
  private statingFigure(
    claim: Passage,
    figures: Quantity[],
    candidates: Candidate[],
    best: Candidate | undefined,
  ): Candidate | undefined {
    if (!best) return undefined;
    // A vague count ("several", "a few") is a range any count may fall in: it states no figure.
    const measures = measuresOf(figures).filter((q) => q.low === null || q.high === null || q.low === q.high);
    if (measures.length === 0 || figuresAgree(measures, this.figuresIn(best.passage))) return best;
    // Where the closest passage gives another value of a figure, only a passage stating that figure
    // answers it: one that states another of the claim's figures speaks of something else.
    const disputed = disputedFigures(measures, this.figuresIn(best.passage));
    const figuresIn = (p: Passage) => this.figuresIn(p);
    return (
      statesFigure(claim, disputed.length > 0 ? disputed : figures, candidates, figuresIn) ??
      // "roughly one playground in six is now closed": the closest passage ("A further six
      // playgrounds remain open") gives no figure of the share's kind, and another makes it of two
      // counts ("closed four of its 23 public playgrounds"), which {@link statesFigure} does not read.
      (disputed.length === 0 ? derivedFigure(claim, figures, candidates, figuresIn) : undefined) ??
      best
    );
  }

  /** Rate one claim against the passages retrieved for it. */
  private rateCandidates(claim: Passage, figures: Quantity[], i: number, candidates: Candidate[]): Evidenced {
    const rating = this.rateRetrieved(claim, figures, i, candidates);
    if (rating.status !== "not-found") return rating;
    const pending = undecidedIn(claim, candidates);
    return pending ? disputed(claim, pending, this.disputes) : rating;
  }

  /** Rate one claim against the passages retrieved for it, before the decisions left to come are read. */
  private rateRetrieved(claim: Passage, figures: Quantity[], i: number, candidates: Candidate[]): Evidenced {
    const figuresIn = (p: Passage) => this.figuresIn(p);
    const best =
      this.statingFigure(claim, figures, candidates, bestRelevant(claim, candidates)) ??
      statesFigure(claim, figures, candidates, figuresIn) ??
      this.zeroCount(claim, i) ??
      onlyFigure(figures, candidates, figuresIn) ??
      this.neighbourWindow(claim, candidates) ??
      derivedFigure(claim, figures, candidates, figuresIn);
    if (!best) {
      // A reworded claim may still lean on a passage that speaks of its topic: a hedge there is
      // the overreach ("may have contributed" for "caused"). Nothing else is read off a passage
      // that shares only the topic: it may be about another act of the same actors, so a negation
      // or another figure there contradicts nothing, and no word of it supports the claim. It is
      // shown beside the "no passage" rating as the closest the sources come.
      const near = topical(claim, candidates);
      if (near) {
        const rating = this.rateAgainst(claim, figures, near.passage);
        // Only a hedge, and one that weakens what the claim says, not another thing said of the
        // same topic ("Haig is likely a cut-out" beside "Haig sold the rounds"). Within one
        // article every sentence shares the topic of the quotes around it: the author's own claim
        // is weaker than a quote of that article only where it shares more than the topic, while
        // the author's paraphrase of a speaker is weighed against that speaker's quote.
        if (
          rating.status === "overreach" &&
          rating.rule === "hedge" &&
          !(near.passage.id === this.article.id && this.subjectOf(i) === "author") &&
          hedgeReachesClaim(claim, near.passage)
        )
          return disputed(claim, { ...rating, evidence: near.passage }, this.disputes);
        return {
          status: "not-found",
          rule: "no-passage",
          reason: `no passage says this: the closest speaks only of its topic (${Math.round(100 * near.coverage)}% of the claim's words)`,
          evidence: near.passage,
        };
      }
      return {
        status: "not-found",
        rule: "no-passage",
        reason: candidates.length
          ? `no passage: the closest shares ${Math.round(100 * candidates[0].coverage)}% of the claim's words`
          : "no passage shares a word with the claim",
      };
    }
    let p = best.passage;
    let rating = this.rateAgainst(claim, figures, p);
    if (rating.rule === "quantity") {
      // The closest passage may give another figure of the same thing ("2.1 million removed")
      // while the next states the claim's ("the difference, about 1.3 million"): a figure a
      // source does state is no contradiction.
      // The agreeing figure is itself the anchor, so the passage needs only a few shared words.
      // It must be the figure in dispute: "a two-year pilot" elsewhere says nothing of "86 miles".
      const disputed = disputedFigures(figures, figuresIn(p));
      const agreeing = candidates.find(
        (c) =>
          c !== best &&
          Math.round(c.coverage * claim.terms.size) >= MIN_SHARED &&
          figuresAgree(disputed.length > 0 ? disputed : figures, figuresIn(c.passage)),
      );
      if (agreeing) {
        p = agreeing.passage;
        rating = this.rateAgainst(claim, figures, p);
      }
    }
    if (rating.rule === "superlative") {
      // "called this its largest share offer yet": the closest passage names the offer, and
      // another, sharing fewer words, gives its ranking ("the biggest share offer we have ever
      // run"). The ranking is itself the anchor, as an agreeing figure is.
      const lex = supportLexicon();
      const ranks = [...claim.terms].filter((t) => rankTerms(lex).has(t));
      const ranking = candidates.find(
        (c) =>
          c !== best &&
          Math.round(c.coverage * claim.terms.size) >= MIN_SHARED &&
          ranksClaimThing(c.passage, ranks, claim),
      );
      if (ranking) {
        const again = this.rateAgainst(claim, figures, ranking.passage);
        if (again.rule !== "superlative") {
          p = ranking.passage;
          rating = again;
        }
      }
    }
    if (rating.status === "overreach") {
      // "The council has already decided to sell the site" against "is consulting on a proposal"
      // (a stage the claim goes past) and "The council has not decided what would happen to the
      // site": a passage that denies what the claim says of the claim's own subject says more than
      // the weaker passage does. One whose negation has another subject may deny another statement
      // of the topic ("Lights near hospitals were not switched off" beside "the switch-off has
      // driven burglaries up"; "demolition is not required" beside "the council is required to
      // fit sensors"), so it is not read.
      const denying = candidates.find((c) => {
        if (c === best || Math.round(c.coverage * claim.terms.size) < MIN_SHARED) return false;
        if (!deniesOfSubject(claim, c.passage, supportLexicon())) return false;
        const r = this.rateAgainst(claim, figures, c.passage);
        return r.status === "contradicted" && (r.rule === "negation" || r.rule === "denial");
      });
      if (denying) {
        p = denying.passage;
        rating = this.rateAgainst(claim, figures, p);
      }
    }
    // A difference the rules read on a shared word ("not affected") is read; that the passage says
    // the same needs more than a name and one word in common.
    if (
      rating.status === "supported" &&
      nameAndOneWord(claim, p) &&
      !figuresAgree(figures, figuresIn(p), claim, p)
    )
      return {
        status: "not-found",
        rule: "no-passage",
        reason: "no passage says this: the closest shares only names, or a name and one word, with it",
        evidence: p,
      };
    // "This is the ninth outbreak in Congo, after two cases were confirmed" against a quote that
    // speaks of the outbreak and counts nothing: what the claim counts is the claim's alone. Another
    // candidate that states the claim's figure ("completed 14,210 repairs in the period" beside a
    // lead on "figures for the six months") is tied to it by the figure, and is read instead.
    let unstated =
      rating.status === "supported" ? figureUnstated(figures, figuresIn(p), claim, p) : undefined;
    if (unstated) {
      const stating = candidates.find(
        (c) =>
          c !== best &&
          Math.round(c.coverage * claim.terms.size) >= MIN_SHARED &&
          figuresAgree(figures, figuresIn(c.passage)),
      );
      if (stating) {
        p = stating.passage;
        rating = this.rateAgainst(claim, figures, p);
        unstated = undefined;
      }
    }
    if (unstated)
      return {
        status: "not-found",
        rule: "no-passage",
        reason: `no passage says this: the closest speaks of the same thing but gives no figure like "${unstated.text}"`,
        evidence: p,
      };
    // Within one article every sentence names the actors of the quotes around it ("Penkoski also
    // shared the packets with the Courier" / "Each religion, including Christianity, received fair
    // treatment, Branch told the Courier"): the names that anchor a passage of a source anchor
    // nothing here, so a quote of the article says what a claim says only when it holds half of
    // the claim's words, or gives its figure; so for the author's paraphrase of a speaker too
    // ("Her daughter said the class spent less time on Judaism" / "He pointed out that the
    // exercises on Judaism were shorter").
    const shared =
      candidates.find((c) => c.passage === p)?.coverage ?? sharedTerms(claim.terms, p) / claim.terms.size;
    if (
      rating.status === "supported" &&
      p.id === this.article.id &&
      shared < MIN_COVERAGE &&
      !figureGiven(figures, figuresIn(p), claim, p)
    )
      return {
        status: "not-found",
        rule: "no-passage",
        reason:
          "no passage says this: the closest is a quote of the article that shares its names and under half of its words",
        evidence: p,
      };
    // A passage that names the claim's subject and says nothing of its predicate ("The new
    // harbour master will have sweeping powers" / "The board named Corra as the new harbour
    // master") speaks of the same actor, not of what the claim says of it.
    if (
      rating.status === "supported" &&
      onlySubject(claim, p) &&
      !figuresAgree(figures, figuresIn(p), claim, p)
    )
      return {
        status: "not-found",
        rule: "no-passage",
        reason: "no passage says this: the closest names what the claim is about but not what it says of it",
        evidence: p,
      };
    return disputed(claim, { ...rating, evidence: p }, this.disputes);
  }
}

/** True when sentence `i` of `doc` is a question by its form ({@link interrogative}, {@link auxiliaryQuestion}). */
function asks(doc: Document, i: number): boolean {
  const s = doc.sentences[i];
  const store = doc.tokenStore;
  // "And what of the shopkeepers who said …?": a question may open on a conjunction; "You're a
  // liar, aren't you?" asks for assent to what it says, which is not said as a statement either.
  const asking = (from: number) => {
    const v = new TokenView(doc.text, store, from, s.tokenEnd);
    return interrogative(v) || auxiliaryQuestion(v);
  };
  return (
    asking(s.tokenStart) ||
    (supportLexicon().questionOpeners.has(store.key(s.tokenStart)) && asking(s.tokenStart + 1)) ||
    TAG_QUESTION.test(doc.text.slice(s.start, s.end)) ||
    shortQuestion(doc.text.slice(s.start, s.end))
  );
}

// Most words of a sentence asked by its mark alone, with no question word ("That's 'far right'?").
const SHORT_QUESTION_WORDS = 4;

/**
 * "That's 'far right'?", "Coincidence?": a sentence of a few words asked by its mark alone echoes
 * what was said to doubt it, and states nothing (seen on a PTC train article, supported by the
 * quote it echoes).
 */
function shortQuestion(text: string): boolean {
  if (!/\?["'”’)\]]*\s*$/u.test(text)) return false;
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length <= SHORT_QUESTION_WORDS;
}

/**
 * A sentence that is no passage: a lead-in that ends on a colon, whose statement is the text it
 * introduces, or a question, which asks ("How many ovens would you need …?" supported a claim
 * that gives its figure, seen on a PTC train article).
 */
function statesNothing(doc: Document, i: number): boolean {
  return closesOn(doc, i, ":") || asks(doc, i);
}

/** A question tag closing a sentence: ", aren't you?", ", didn't they?", ", is it?", ", do you know?". */
const TAG_QUESTION =
  /,\s*(?:(?:\p{L}+n['’]t|is|are|was|were|do|does|did|can|could|will|would|has|have|had)\s+(?:i|you|he|she|it|we|they|there)|(?:do\s+)?you\s+(?:know|see|agree))\s*\?["'”’)\]]*\s*$/iu;

/**
 * True when sentence `i` of `doc` ends on `mark`, closing quotes and brackets aside ("Over the past
 * 12 months (May 2017 to May 2018):").
 */
function closesOn(doc: Document, i: number, mark: string): boolean {
  const s = doc.sentences[i];
  return (
    doc.text
      .slice(s.start, s.end)
      .trimEnd()
      .replace(/["'”’)\]]+$/u, "")
      .at(-1) === mark
  );
}

/**
 * True when the passage gives one of the claim's rankings to a thing the claim names: a word of
 * the claim within three words after the superlative ("the biggest share offer we have ever run").
 * "The Mill Lane depot, the network's largest, handled …" ranks the depot, so it says nothing of
 * "the valley's largest food bank network" (seen on an invented press-release rewrite).
 */
function ranksClaimThing(p: Passage, ranks: string[], claim: Passage): boolean {
  const keys = p.keys;
  for (let j = 0; j < keys.length; j++) {
    if (!ranks.includes(termOf(keys[j]))) continue;
    for (let k = j + 1; k <= j + 3 && k < keys.length && /^\p{L}/u.test(keys[k]); k++)
      if (claim.terms.has(termOf(keys[k]))) return true;
  }
  return false;
}

/** The terms of the superlatives ("biggest" and "largest" are one term), worked out once per lexicon. */
const rankTermsOf = new WeakMap<SupportLexicon, Set<string>>();
function rankTerms(lex: SupportLexicon): Set<string> {
  let known = rankTermsOf.get(lex);
  if (!known) {
    known = new Set([...lex.superlatives.keys()].map((w) => termOf(w, lex)));
    rankTermsOf.set(lex, known);
  }
  return known;
}

/**
 * Short claims that count incidents ("Three firefighters were injured") share few words with the
 * passage that rules them out ("Nobody was injured"); the one passage that counts the same
 * incident as zero speaks of the claim. With two such passages it is unclear which, so none.
 */
function zeroCountIn(claim: Passage, candidates: Candidate[]): Candidate | undefined {
  const found = candidates.filter(
    (c) => zeroCounted(claim, c.passage) !== undefined || zeroInBoth(claim, c.passage) !== undefined,
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The figures that tie a claim to the passage that states them: counts, amounts and shares, not a
 * vague count ("several of which …" met "an attorney who represents several victims" on a PTC
 * article), which any sentence may hold of anything, nor a figure read from words
 * (`src/support/word-figures.ts`): a multiplier verb is the claim's predicate, and a passage that
 * gives the claim's other figure ("almost tripled in two years" / "risen by 72 percent over two
 * years") is where its change is stated, right or wrong; "a decade" or "a century" is a round span
 * many sentences give ("10 years ago" of a house bought, "perhaps a century" of a prophecy).
 */
function anchoring(figures: Quantity[]): Quantity[] {
  return measuresOf(figures).filter((q) => !q.vague && !isWordFigure(q));
}

/**
 * A short rewording shares few words with its passage ("almost a fifth of all treated water leaks
 * away" / "about 19 percent of treated water is lost to leaks"): a passage that states the claim's
 * figure (a count, amount or share, not a date, which many sentences give) is itself the anchor,
 * so it speaks of the claim from {@link MIN_SHARED} shared words. The one with most shared words.
 */
function statesFigure(
  claim: Passage,
  figures: Quantity[],
  candidates: Candidate[],
  figuresIn: (p: Passage) => Quantity[],
): Candidate | undefined {
  const measures = anchoring(figures);
  if (measures.length === 0) return undefined;
  let best: Candidate | undefined;
  for (const c of candidates)
    if (
      Math.round(c.coverage * claim.terms.size) >= MIN_SHARED &&
      figuresAgree(
        measures,
        figuresIn(c.passage).filter((q) => !isWordFigure(q)),
      ) &&
      (!best || c.coverage > best.coverage)
    )
      best = c;
  return best;
}

/**
 * A share or count restated in other words may share one word with its passage and nothing else
 * ("Almost nine in ten pupils took the meals" / "Uptake of the meals was 87 percent"): when no
 * passage shares two words, the one passage of the candidates that states the claim's figure (a
 * count, amount or share, not a date) and shares a word with it speaks of the claim. With two such
 * passages it is unclear which, so neither.
 */
function onlyFigure(
  figures: Quantity[],
  candidates: Candidate[],
  figuresIn: (p: Passage) => Quantity[],
): Candidate | undefined {
  const measures = anchoring(figures);
  if (measures.length === 0) return undefined;
  const agreeing = candidates.filter(
    (c) =>
      c.coverage > 0 &&
      figuresAgree(
        measures,
        figuresIn(c.passage).filter((q) => !isWordFigure(q)),
      ),
  );
  return agreeing.length === 1 ? agreeing[0] : undefined;
}

/**
 * A writer often gives what two figures of the source make together instead of either: "nearly
 * nine in ten applications were approved" for "4,120 applications, of which 3,610 were approved",
 * "almost 50 recruits short of its target" for "212 recruits against a target of 260". When no
 * passage speaks of the claim, the one candidate that shares {@link MIN_SHARED} of its words and
 * whose two figures make the claim's (a share of one count in another, for a claim's share; their
 * distance, for a figure the claim marks as a difference) speaks of it. Two figures make many
 * others, so one a claim merely happens to hit is not enough: the claim's words and the figure's
 * reading must both point there, and with two such passages it is unclear which, so neither.
 */
function derivedFigure(
  claim: Passage,
  figures: Quantity[],
  candidates: Candidate[],
  figuresIn: (p: Passage) => Quantity[],
): Candidate | undefined {
  const shares = measuresOf(figures).filter((q) => q.kind === "percent");
  const gaps = measuresOf(figures).filter((q) => q.kind !== "percent" && differenceOf(q, claim));
  if (shares.length === 0 && gaps.length === 0) return undefined;
  const found = candidates.filter((c) => {
    if (Math.round(c.coverage * claim.terms.size) < MIN_SHARED) return false;
    const given = figuresIn(c.passage);
    // A passage that states a share of its own is read by the figure rules as it is.
    if (given.some((q) => q.kind === "percent")) return false;
    return (
      (shares.length > 0 && figuresAgree(shares, sharesOf(given))) ||
      (gaps.length > 0 && figuresAgree(gaps, differences(given)))
    );
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The share, as a percentage, each exact count of a passage is of a larger one: "3,610" of "4,120". */
function sharesOf(given: Quantity[]): Quantity[] {
  const counts = given.filter(
    (q) => (q.kind ?? "count") === "count" && q.low !== null && q.low === q.high && q.low > 0,
  );
  const out: Quantity[] = [];
  for (const part of counts)
    for (const whole of counts) {
      const [a, b] = [part.low as number, whole.low as number];
      if (a >= b) continue;
      const share = (100 * a) / b;
      out.push({
        ...whole,
        kind: "percent",
        unit: "%",
        counted: undefined,
        low: share,
        high: share,
        approx: part.approx || whole.approx,
        text: `${share}%`,
      });
    }
  return out;
}

/** True when the passage's first word is a pronoun that points to the sentence before it. */
function opensOnAnaphor(p: Passage): boolean {
  const first = p.keys.find((k) => /\p{L}|\p{N}/u.test(k));
  return first !== undefined && anaphors().has(first);
}

/** True when tokens `[a, b)` hold a pronoun that points back (`anaphors`: "it", "he", "they", …). */
function pointsBack(store: Document["tokenStore"], a: number, b: number): boolean {
  const set = anaphors();
  for (let k = a; k < b; k++) if (set.has(store.key(k))) return true;
  return false;
}

/**
 * The passages retrieved for parts of a claim, each once, as candidates for the whole claim: its
 * share of the claim's terms and the names and numbers it shares, best share first.
 */
function rescored(claim: Passage, retrieved: Candidate[]): Candidate[] {
  const seen = new Set<Passage>();
  const out: Candidate[] = [];
  for (const c of retrieved) {
    if (seen.has(c.passage)) continue;
    seen.add(c.passage);
    out.push({
      ...c,
      coverage: claim.terms.size ? sharedTerms(claim.terms, c.passage) / claim.terms.size : 0,
      anchors: anchorsShared(claim, c.passage),
    });
  }
  return out.sort((a, b) => b.coverage - a.coverage);
}

/** The names and numbers of `claim` that passage `p` holds. */
function anchorsShared(claim: Passage, p: Passage): number {
  let n = 0;
  for (const name of claim.names) if (p.names.has(name)) n++;
  for (const number of claim.numbers) if (p.numbers.has(number)) n++;
  return n;
}

/**
 * Two neighbouring sentences of one document as one passage, `first` before `second`; its
 * `sentence` is `main`'s, the one that holds more of the claim (the evidence a reader looks at first).
 */
function joined(first: Passage, second: Passage, main: Passage): Passage {
  return {
    id: first.id,
    start: first.start,
    end: second.end,
    sentence: main.sentence,
    keys: [...first.keys, ...second.keys],
    terms: new Set([...first.terms, ...second.terms]),
    names: new Set([...first.names, ...second.names]),
    numbers: new Set([...first.numbers, ...second.numbers]),
  };
}

function bestRelevant(claim: Passage, candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (relevant(claim, c) && (!best || c.coverage > best.coverage)) best = c;
  return best;
}

/**
 * True when all the passage shares with a claim is a name and one other word, or two names ("Rents in Marwood
 * have doubled" / "A tribunal in Marwood ordered a landlord to repay rent"): half of a short claim,
 * but a name is the subject of half the sentences of its source, so the two need say nothing of
 * each other. A third word, or a figure or date the two agree on ("Talks collapsed in late April" /
 * "Talks broke down on 28 April"), is needed before the passage says what the claim says. A name
 * of two words ("Grey Lantern") is more than one; a name is a capitalised word of the claim that
 * does not open it.
 */
function nameAndOneWord(claim: Passage, p: Passage): boolean {
  const shared = termsShared(claim.terms, p);
  const names = new Set([...claim.names].map((n) => termOf(n)));
  const named = shared.filter((t) => names.has(t));
  if (shared.length === MIN_SHARED && named.length === 1) return true;
  // Names and nothing else ("the U.S. military will stand behind the BSF" / "This U.S. plan to
  // create a BSF …") name the same actors and say nothing of what either does (seen on a PTC
  // article); the words of one name ("Moor Lane") are a name and the word it shares. In a headline
  // whose every word is capitalised ("Evidence of Bribery, Extortion, …") the names are its words:
  // every word but its first.
  if ([...claim.terms].filter((t) => !names.has(t)).length <= 1) return false;
  return (
    shared.length >= MIN_SHARED && named.length === shared.length && nameRuns(claim.keys, new Set(named)) > 1
  );
}

/** How many names the claim's words `named` make: words with no other word between them are one. */
function nameRuns(keys: readonly string[], named: Set<string>): number {
  let runs = 0;
  let wordSince = true;
  for (const k of keys) {
    if (named.has(termOf(k))) {
      if (wordSince) runs++;
      wordSince = false;
    } else if (/[\p{L}\d]/u.test(k)) wordSince = true;
  }
  return runs;
}

/**
 * True when the passage holds none of the content terms of the claim's predicate (its words from
 * its first verb on, {@link predicateStart}) while that predicate has some: what it shares with
 * the claim is the subject alone. A claim with no predicate the splitting rules can see, or one
 * whose predicate is only an auxiliary or reporting verb, is not judged; nor is a negated
 * predicate, whose sense is in its negation and often said with another verb ("did not go off" /
 * "failed to sound"), which the rating rules read.
 */
function onlySubject(claim: Passage, p: Passage): boolean {
  const at = predicateStart(claim.keys);
  if (at < 0) return false;
  const { negators } = supportLexicon();
  if (claim.keys.slice(at).some((k) => negators.has(k))) return false;
  const predicate = new Set<string>();
  for (const key of claim.keys.slice(at)) {
    const term = /^\d/.test(key) ? key : termOf(key);
    if (claim.terms.has(term)) predicate.add(term);
    // A compound's parts are terms of the claim too ("late-running": "late").
    if (key.includes("-"))
      for (const part of key.split("-")) if (claim.terms.has(termOf(part))) predicate.add(termOf(part));
  }
  return predicate.size > 0 && sharedTerms(predicate, p) === 0;
}

/**
 * The distance between each two comparable figures of a passage, as a figure of theirs: "9 minutes"
 * and "7 minutes" give "2 minutes". Two figures are comparable when the first, moved to the
 * second's value, agrees with it (same kind, unit and counted noun).
 */
function differences(given: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const a of given)
    for (const b of given) {
      if (a === b || a.low === null || b.low === null || a.low !== a.high || b.low !== b.high) continue;
      if (b.low <= a.low || !figuresAgree([{ ...a, low: b.low, high: b.high, approx: false }], [b])) continue;
      const d = b.low - a.low;
      out.push({ ...b, low: d, high: d, approx: a.approx || b.approx, text: String(d) });
    }
  return out;
}

/**
 * The changes two exact counts of a passage make, each as a share of where it started: from the
 * smaller to the larger ((b − a) / a), and, when the passage marks the smaller as a difference ("40
 * more than a year earlier"), that difference over the larger less it (40 of 612 − 40).
 */
function relativeChanges(given: Quantity[], p: Passage, falls = false): Quantity[] {
  const out: Quantity[] = [];
  const share = (q: Quantity, x: number): Quantity => {
    const v = Math.round(1000 * x) / 10;
    return {
      ...q,
      kind: "percent",
      unit: "%",
      counted: undefined,
      currency: undefined,
      low: v,
      high: v,
      // Worked out here, to a tenth of a percent: only the claim's own rounding is slack, so
      // "more than a third" does not pass for 29.3 percent (41 to 29 weeks).
      approx: false,
      text: `${v}%`,
    };
  };
  for (const a of given)
    for (const b of given) {
      if (a === b || a.low === null || b.low === null || a.low !== a.high || b.low !== b.high) continue;
      if (a.low <= 0 || b.low <= a.low || a.kind === "percent" || b.kind === "percent") continue;
      if (!figuresAgree([{ ...a, low: b.low, high: b.high, approx: false }], [b])) continue;
      // A fall is a share of where it started, the larger figure: 41 to 29 weeks is a cut of 29
      // percent, not the 41 percent a rise from 29 would be.
      out.push(share(b, (b.low - a.low) / (falls ? b.low : a.low)));
      if (differenceOf(a, p)) out.push(share(b, a.low / (falls ? b.low + a.low : b.low - a.low)));
    }
  return out;
}

const PAGE_BEFORE = /\b(?:pp?\.|pages?)\s*$/i;
/** One chapter-and-verse reference: "Quran 4.89", "1 Kings 18:18", "8.7-11" after a first one. */
const VERSE = String.raw`(?:(?:[1-3]\s*)?[A-Z][a-z]+\.?\s+)?\d+\s*[.:]\s*\d+(?:\s*[-–]\s*\d+)?`;
/** Brackets holding only references whose first names its book: "(Quran 4.89, 8.7-11)", "(see 1 Jn 2.22)". */
const CITATION = new RegExp(
  String.raw`\((?:(?:see|cf\.)\s+)?(?:[1-3]\s*)?[A-Z][a-z]+\.?\s+\d+\s*[.:]\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*[,;]\s*${VERSE})*\s*\)`,
  "g",
);
/** "all but three", "all except two": what follows is what the whole leaves out. */
const EXCEPTIVE_BEFORE = /\ball\s+(?:but|except)\s+$/i;
/** Between an exception and its whole: "all but three of the company's 14 regions". */
const OF_WHOLE = /^\s+of\s+(?:(?:the|its|their|his|her|our|these|those|[\p{L}-]+['’]s)\s+){0,3}$/u;

/**
 * A figure after "all but" counts what is left out of a whole: "all but three of the 14 regions" is
 * 11 regions, so it becomes the whole less the exception, and with no whole in its sentence it says
 * nothing of any count (seen on an invented wire rewrite: "all but three" was contradicted by "11").
 */
function exceptionsResolved(text: string, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of found) {
    if (!EXCEPTIVE_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start))) {
      out.push(q);
      continue;
    }
    const whole = found.find(
      (w) => w.sentence === q.sentence && w.start > q.end && OF_WHOLE.test(text.slice(q.end, w.start)),
    );
    if (!whole || whole.low === null || whole.high === null || q.low === null || q.high === null) continue;
    if (whole.kind !== q.kind || whole.unit !== q.unit) continue;
    const { counted } = whole;
    out.push({ ...q, low: whole.low - q.high, high: whole.high - q.low, ...(counted ? { counted } : {}) });
  }
  return out;
}

/** The figures of a document by sentence: the claims layer's quantities and the fractions it leaves. */
function figuresOf(doc: Document): Map<number, Quantity[]> {
  // "(p. 126)" cites a page, "(Quran 4.89)" a verse: two sentences citing one page or verse say
  // nothing alike, and a figure anchors a passage from two shared words (seen on PTC train
  // articles, a book review and a letter quoting scripture).
  const citations = [...doc.text.matchAll(CITATION)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const cited = overlapsAny(citations);
  const found = exceptionsResolved(
    doc.text,
    documentQuantities(doc).filter(
      (q) => !PAGE_BEFORE.test(doc.text.slice(Math.max(0, q.start - 8), q.start)) && !cited(q.start, q.end),
    ),
  );
  const all = [...fractionQuantities(doc), ...wordFigures(doc)];
  // "less than two thirds": the claims layer reads the numerator as a count ("less than two"),
  // which the fraction holds whole; the fraction is the figure.
  const numerators = all.length ? found.filter((q) => all.some((f) => numeratorOf(q, f))) : [];
  const kept = numerators.length ? found.filter((q) => !numerators.includes(q)) : found;
  // An index over the quantities: a scan of every quantity for every fraction made a long text quadratic.
  const overlapsFound = overlapsAny(kept);
  const fractions = all.filter((f) => !overlapsFound(f.start, f.end));
  return bySentence(fractions.length ? [...kept, ...fractions] : kept);
}

/** True when `q` is a count that a fraction `f` holds from its start and goes on past ("less than two" of "less than two thirds"). */
function numeratorOf(q: Quantity, f: Quantity): boolean {
  return q.sentence === f.sentence && f.start <= q.start && q.end < f.end && q.kind !== "percent";
}

function bySentence(qs: Quantity[]): Map<number, Quantity[]> {
  const out = new Map<number, Quantity[]>();
  for (const q of qs) append(out, q.sentence, q);
  return out;
}

/**
 * True when a learned attribution of article sentence `i` (`context.learnedIn`), an indirect one
 * when `indirect`, holds words of the sentence `s`.
 */
function learnedOver(
  context: SupportContext,
  i: number,
  s: { start: number; end: number },
  indirect: boolean,
): boolean {
  const learned = context.learnedIn?.(i);
  if (!learned) return false;
  return learned.some((a) => (!indirect || !a.direct) && a.content.start < s.end && s.start < a.content.end);
}

/**
 * Sentences in which the author reports in their own words what a source said ("The audit found
 * that …", "She says demand rose"): a sentence in a document or speaker voice that an indirect
 * attribution covers, with no speech quote in it and outside block quotes.
 */
function attributedParaphrases(article: Document, context: SupportContext): Set<number> {
  const out = new Set<number>();
  const reproduced = new Set(context.reproduced);
  // Overlap tests by binary search: a text with thousands of sentences and quotes stays linear.
  const inSpeech = overlapsAny(context.quotes.filter((q) => q.kind === "speech"));
  const inIndirect = overlapsAny(context.attributions.filter((a) => !a.direct).map((a) => a.content));
  article.sentences.forEach((s, i) => {
    const v = context.sentenceVoices[i];
    if (!v || (v.kind !== "document" && v.kind !== "speaker")) return;
    if (insideReproduction(article, context.sentenceVoices, reproduced, i)) return;
    if (article.paragraphs[s.paragraph]?.kind === "blockquote") return;
    if (inSpeech(s.start, s.end)) return;
    // "The bird study found the turbines …": a sentence that names its own source is the author
    // reporting it, whether or not the attribution layer marked the reporting cue.
    if (
      inIndirect(s.start, s.end) ||
      namesItsSource(article.text.slice(s.start, s.end), v.name) ||
      learnedOver(context, i, s, true)
    )
      out.add(i);
  });
  return out;
}

/**
 * A speaker reported inside a reproduced document is reported by that document's authors, not by
 * the author of the article: "Marstrand said the audit had not been referred", in a paragraph of
 * the investigation the post reproduces, is not the author's paraphrase of Marstrand. The voice
 * layer also nests a speaker whose words the trace found in a source; that alone does not put the
 * sentence inside a reproduction (an article that rewrites a press release paragraph by paragraph
 * still reports "Mayor Renfrew said …" itself), so the article must set the paragraph out as
 * reproduced, the paragraph must hold no sentence of the author's and a neighbouring sentence
 * must be of the same document.
 */
function insideReproduction(
  article: Document,
  voices: Voice[],
  reproduced: ReadonlySet<number>,
  i: number,
): boolean {
  const v = voices[i];
  if (!v?.document || v.document === v.name) return false;
  const { sentences } = article;
  const paragraph = sentences[i].paragraph;
  if (!reproduced.has(paragraph)) return false;
  // Sentences are in text order: the paragraph's are the run around i.
  for (let k = i - 1; k >= 0 && sentences[k].paragraph === paragraph; k--)
    if (voices[k]?.kind === "author") return false;
  for (let k = i + 1; k < sentences.length && sentences[k].paragraph === paragraph; k++)
    if (voices[k]?.kind === "author") return false;
  return [i - 1, i + 1].some((k) => {
    const n = voices[k];
    return n !== undefined && n.kind !== "author" && (n.name === v.document || n.document === v.document);
  });
}

function namesItsSource(sentence: string, name: string | undefined): boolean {
  return name !== undefined && name.length > 2 && sentence.toLowerCase().includes(name.toLowerCase());
}

// A closing line that says where the whole article first appeared, not whose text it carries
// ("Source: …", "via …").
const FIRST_APPEARED =
  /^\s*(?:this (?:article|story|report) (?:was )?)?(?:(?:originally|first) (?:published|appeared)|reprinted|republished)\b/i;

/**
 * Sentences the voice layer gives to the outlet a closing line names as where the article first
 * appeared ("Reprinted with permission from The Harbour Ledger", "This article originally appeared
 * in …"): the line credits the whole article, so the paragraphs before it are the author's own text,
 * not a source the author shows (seen on a PTC train article whose last paragraph "supported" five
 * of its author's claims). They are rated as the author's and are no evidence.
 */
function republished(article: Document, context: SupportContext): number[] {
  const whole = new Set(
    findCredits(article)
      .filter((c) => c.kind === "line" && FIRST_APPEARED.test(article.text.slice(c.span.start, c.span.end)))
      .map((c) => c.credited),
  );
  if (whole.size === 0) return [];
  return context.sentenceVoices.flatMap((v, i) =>
    v.kind === "document" && v.name !== undefined && whole.has(v.name) ? [i] : [],
  );
}

/**
 * Sentences the voice layer gives to a source document only because the trace found its text
 * there, with nothing in the article attributing it: the author states the source's words as
 * their own, so the claim is the author's. A reuse the article credits only by naming the source
 * nearby ("The Ledger found that the owners cut staff. Brightwater put its residents at risk.")
 * is not plagiarism, but a sentence with no cue or quote of its own, in a paragraph where the
 * author writes in their own voice, is still the author's statement; a paragraph that holds no
 * sentence of the author's is the source's text reproduced when the article sets it out as such
 * (after "As the reporters write:", in a blockquote), and the author's own statement when the
 * author has only rewritten the source there.
 */
function unattributedReuse(article: Document, context: SupportContext): Set<number> {
  const out = new Set<number>();
  // Overlap tests by binary search: a long text has thousands of sentences, matches and quotes.
  const reused = overlapsAny(context.matches.map((m) => m.article));
  const attributed = overlapsAny(context.matches.filter((m) => m.attributed !== false).map((m) => m.article));
  const inSpeech = overlapsAny(context.quotes.filter((q) => q.kind === "speech"));
  const inAttribution = overlapsAny(context.attributions.map((a) => a.content));
  const reproduced = new Set(context.reproduced);
  // Paragraphs holding a sentence in the author's voice, gathered once: asked per sentence, a long
  // text's scan of every sentence would be quadratic.
  const authorsParagraphs = new Set<number>();
  article.sentences.forEach((s, k) => {
    if (context.sentenceVoices[k]?.kind === "author") authorsParagraphs.add(s.paragraph);
  });
  article.sentences.forEach((s, i) => {
    const v = context.sentenceVoices[i];
    if (v?.kind !== "document" || !v.source) return;
    if (!reused(s.start, s.end)) return;
    if (attributed(s.start, s.end) && !authorsParagraphs.has(s.paragraph) && reproduced.has(s.paragraph))
      return;
    if (article.paragraphs[s.paragraph]?.kind === "blockquote") return;
    if (inSpeech(s.start, s.end)) return;
    if (inAttribution(s.start, s.end) || learnedOver(context, i, s, false)) return;
    out.add(i);
  });
  return out;
}

/**
 * Sentences the voice layer gives to a speaker though they carry none of the speaker's words: no
 * quote of any kind, no attributed content, no block quote ("The company admitted the offence",
 * where "admitted" takes an object, not a statement). The author reports an act of the speaker's,
 * so the claim is the author's; it is not evidence of what the speaker said.
 */
function speakerWithoutWords(article: Document, context: SupportContext): number[] {
  const reproduced = new Set(context.reproduced);
  const quoted = overlapsAny(context.quotes);
  const attributed = overlapsAny(context.attributions.map((a) => a.content));
  const out: number[] = [];
  article.sentences.forEach((s, i) => {
    if (context.sentenceVoices[i]?.kind !== "speaker") return;
    if (article.paragraphs[s.paragraph]?.kind === "blockquote") return;
    if (insideReproduction(article, context.sentenceVoices, reproduced, i)) return;
    if (quoted(s.start, s.end) || attributed(s.start, s.end) || learnedOver(context, i, s, false)) return;
    out.push(i);
  });
  return out;
}

const STATUS_RULE = {
  contradicted: { rule: CONTRADICTED, lead: "Contradicted by" },
  overreach: { rule: OVERREACH, lead: "Stronger than" },
} as const;

/**
 * Rate every claim in the author's voice, and every paraphrase the author attributes to a source,
 * against the sources and what the article reproduces of them. Claims in other voices (a quoted
 * speaker, a reproduced document) are left unrated: they are not the author's. Returns the claims
 * with `support` set and the findings: contradicted and overreaching claims, and the assertion gap
 * (a causal, concluding or sweeping author claim that no passage speaks of).
 */
export function rateClaims(
  article: Document,
  claims: Claim[],
  context: SupportContext,
  rater: SupportRater = new SupportRater(article, context),
  gate: SupportGate = defaultSupportGate(),
): { claims: Claim[]; findings: SupportFinding[] } {
  const name = (id: string) => (id === article.id ? "the text the article quotes" : id);
  const nothingIn = nothingInSources(context.sources.map((s) => s.id));
  const findings: SupportFinding[] = [];
  // What a sentence's rating and each of its claim units carry, the gate's confidence included.
  const ratingOf = (r: {
    status: SupportStatus;
    reason: string;
    rule: string;
    evidence?: { id: string; start: number; end: number };
  }) => {
    const confidence = confidenceOf(r, article.id, gate);
    return {
      status: r.status,
      reason: r.reason,
      rule: r.rule,
      evidence: r.evidence ? [{ id: r.evidence.id, start: r.evidence.start, end: r.evidence.end }] : [],
      ...(confidence ? { confidence } : {}),
    };
  };
  const rated = claims.map((claim) => {
    const r = rater.rate(claim.sentence);
    if (!r) return claim;
    const assertion = claim.features.some((f) => f.startsWith("assertion:"));
    const { status, reason, rule, ...evidence } = ratingOf(r);
    const support: Support = { status, reason, rule, subject: r.subject, ...evidence };
    if (assertion) support.assertion = true;
    if (r.units)
      support.units = r.units.map(
        (u): SupportUnit => ({ kind: u.kind, start: u.start, end: u.end, ...ratingOf(u) }),
      );
    // Each firm contradicted or overreaching claim of the sentence is a finding on its own words;
    // a tentative one stays the claim's rating, a passage to read, and warns of nothing.
    for (const u of r.units ?? [{ ...r, start: claim.start, end: claim.end }]) {
      const kind =
        u.status === "contradicted" || u.status === "overreach" ? STATUS_RULE[u.status] : undefined;
      const span = { start: u.start, end: u.end };
      if (!kind || !u.evidence || (u.rule === "quantity" && traceShowsChangedFigure(context, span))) continue;
      if (confidenceOf(u, article.id, gate) !== "firm") continue;
      findings.push(
        finding(kind.rule, {
          message: `${kind.lead} ${name(u.evidence.id)}: ${u.reason}`,
          span,
          evidence: [{ id: u.evidence.id, start: u.evidence.start, end: u.evidence.end }],
          data: { status: u.status, rule: u.rule, subject: r.subject },
        }),
      );
    }
    // The gap: no passage speaks of any claim of the sentence.
    if (
      r.status === "not-found" &&
      !rater.speaksOf(claim.sentence) &&
      assertion &&
      r.subject === "author" &&
      rater.hasEvidence
    )
      findings.push(
        finding(ASSERTION_GAP, {
          message: `${nothingIn} backs this ${assertionKinds(claim.features)} claim of the author's (${r.reason})`,
          span: { start: claim.start, end: claim.end },
          data: { status: r.status, rule: r.rule, subject: r.subject },
        }),
      );
    return { ...claim, support };
  });
  return { claims: rated, findings };
}

/**
 * What a gap's message says was searched: the sources by name (up to two), else how many; with no
 * source file, only what the article quotes or reproduces, which is then the only evidence.
 */
function nothingInSources(ids: readonly string[]): string {
  if (ids.length === 0) return "Nothing the article quotes or reproduces";
  if (ids.length <= 2) return `Nothing in ${ids.join(" or ")}`;
  return `Nothing in the ${ids.length} sources given`;
}

const ASSERTION_ADJECTIVE: Record<string, string> = { conclusion: "concluding" };

/** "sweeping, concluding and causal" from the claim's assertion features. */
function assertionKinds(features: readonly string[]): string {
  const kinds = features
    .filter((f) => f.startsWith("assertion:"))
    .map((f) => f.slice("assertion:".length))
    .map((k) => ASSERTION_ADJECTIVE[k] ?? k);
  if (kinds.length < 2) return kinds[0] ?? "";
  return `${kinds.slice(0, -1).join(", ")} and ${kinds[kinds.length - 1]}`;
}

/**
 * A changed figure inside text the article reuses is already a trace finding with its edit; a
 * second "contradicted" finding for the same figure would say one thing twice. An edit the trace
 * notes but reports no finding for ("about a fifth" → "a third", number words) is left to support.
 */
function traceShowsChangedFigure(context: SupportContext, span: { start: number; end: number }): boolean {
  const overlaps = (x: { start: number; end: number }) => x.start < span.end && span.start < x.end;
  const edited = context.matches.some(
    (m) =>
      overlaps(m.article) &&
      m.edits.some((e) => (e.note === "number" || e.note === "bracket") && e.article && overlaps(e.article)),
  );
  if (!edited || !context.traceFindings) return edited;
  return context.traceFindings.some(
    (f) =>
      f.span &&
      overlaps(f.span) &&
      (f.ruleId === "trace/changed-number" || f.ruleId === "trace/altered-quote"),
  );
}

/**
 * For each sentence of `doc` that a wire dateline opens ("SKELLAN, 26 November (Northline) - The
 * port's plan …"), the offset where the dateline ends.
 */
function datelineEnds(doc: Document, datelines: readonly Credit[]): Map<number, number> {
  const out = new Map<number, number>();
  // Credits come in text order, so one walk over the sentences finds each dateline's.
  let i = 0;
  for (const c of datelines) {
    while (i < doc.sentences.length && doc.sentences[i].end <= c.span.start) i++;
    const s = doc.sentences[i];
    if (s && s.start <= c.span.start) out.set(i, c.span.end);
  }
  return out;
}

/** Index of the sentence of `doc` that holds offset `at`, or -1 when it falls between sentences. */
function sourceSentenceAt(doc: Document, at: number): number {
  const k = lowerBound(doc.sentences, at + 1) - 1;
  return k >= 0 && at < doc.sentences[k].end ? k : -1;
}

/**
 * "The committee has already approved it" against "The planning committee will decide the
 * application on 15 December": a passage that leaves the claim's decision to come shares few of
 * its words ("it" for "the application"), so no passage says the claim, and the one that says
 * otherwise is found by the decision it leaves open ({@link undecidedAgainst}), the closest first.
 */
function undecidedIn(claim: Passage, candidates: Candidate[]): Evidenced | undefined {
  const u = undecidedAgainst(
    claim,
    candidates.map((c) => c.passage),
  );
  return u
    ? {
        status: "contradicted",
        rule: "stage",
        reason: `the claim says "${u.decided}" where the source says "${u.pending}": the decision is still to come`,
        evidence: u.passage,
      }
    : undefined;
}
