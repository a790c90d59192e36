import type { Span } from "../../core/span.js";
import type { Document } from "../../text/document.js";
import type { QuoteSpan } from "../../text/quotes.js";
import { itemContaining } from "../../text/search.js";
import { type Cue, capitalisedTagVerb, cuesBySentence, cuesOfParagraph } from "../cues.js";
import type { VoiceLexicon } from "../lexicon.js";
import { type Mention, MentionFinder } from "../mentions.js";
import type { NameRegistry } from "../names.js";
import { personPhrase } from "../speakers.js";

// Tokens before an opening mark where a speech verb is the quote's tag ("Read said: “…”").
const TAG_SLOT = 4;
// How many speech cues back "it" or "they" may find its antecedent.
const THING_CUES = 3;
// Most words from the relative pronoun to the verb ("who once called").
const RELATIVE_GAP = 3;
// Most tokens of an adverbial phrase before a sentence's subject ("Later on Sunday, …").
const ADVERBIAL_REACH = 10;

// Closing quotation marks, after which a clause of its own may open.
const QUOTE_CLOSERS = new Set(['"', "\u201D", "\u2019", "'", "\u00BB"]);
/**
 * A speech verb, one learned from the tags of direct quotes ("chanted"), or the participle of one
 * ("writing" of "write", "tweeting" of "tweet").
 */
export function speechVerb(key: string, lex: VoiceLexicon): boolean {
  if (lex.verbs.has(key) || lex.quoteVerbs.has(key)) return true;
  if (!key.endsWith("ing")) return false;
  const stem = key.slice(0, -3);
  return lex.verbs.has(stem) || lex.verbs.has(`${stem}e`);
}

/** Who speaks: a normalized name or an unnamed description. */
export interface Speaker {
  name?: string;
  description?: string;
}

/** The name of each quote sieve, in the order {@link QUOTE_SIEVES} runs them. */
export type QuoteSieveName =
  | "after-closer"
  | "before-opener"
  | "colon-clause"
  | "turn-taking"
  | "continuation"
  | "previous-paragraph"
  | "paragraph-cue"
  | "clause-object";

/** A speaker found for a quote, with the mention and cue that named them. */
export interface Attribution extends Speaker {
  mention?: Span;
  cue?: Span;
  /** Which sieve attributed it. */
  sieve: QuoteSieveName;
  /** Index of the cue that named the speaker, when a cue did. */
  cueIndex?: number;
  /** In an exchange ("X asked", "Y replied"), the other person, who speaks next. */
  addressee?: string;
}

/** Sieves whose evidence sits right at the quote (a cue or a name next to its marks). */
export const ADJACENT_SIEVES: ReadonlySet<QuoteSieveName> = new Set([
  "after-closer",
  "before-opener",
  "colon-clause",
]);

/** The quote attributed just before the one a sieve looks at. */
export interface PreviousQuote {
  /** Paragraph the previous quote closed in. */
  paragraph: number;
  speaker: Attribution | undefined;
}

/** Where a quote stands among the quotes being attributed: its index and the next quote. */
export interface QuotePlace {
  index: number;
  next: QuoteSpan | undefined;
}

/**
 * One rule of quote attribution: given a quote, return its speaker or nothing, so that the next
 * sieve tries. Sieves read the document through {@link QuoteSieveContext} and never mutate it.
 */
export interface QuoteSieve {
  name: QuoteSieveName;
  attribute(
    q: QuoteSpan,
    ctx: QuoteSieveContext,
    previous: PreviousQuote | undefined,
    place: QuotePlace,
  ): Attribution | undefined;
}

/** What every quote sieve reads: the document, its cues with their resolved speakers, names. */
export class QuoteSieveContext {
  readonly finder: MentionFinder;
  /** Cue index by the token index the cue starts at. */
  readonly byFirst = new Map<number, number>();
  /** Cue indexes of each sentence. */
  readonly bySentence: number[][];

  constructor(
    readonly doc: Document,
    readonly cues: Cue[],
    readonly cueSpeakers: (Speaker | undefined)[],
    readonly names: NameRegistry,
    readonly lex: VoiceLexicon,
  ) {
    this.finder = new MentionFinder(doc.text, doc.tokenStore, lex);
    cues.forEach((c, i) => {
      this.byFirst.set(c.first, i);
    });
    this.bySentence = cuesBySentence(cues, doc.sentences.length);
  }

  /**
   * "…,” God laid down that “whoever …”": a quote opened right after "that", whose verb's subject
   * (a mention ending up to three lower-case words before "that") opens a clause of its own
   * after the previous quote's closer or at its sentence start. That clause's subject, not the
   * previous quote's speaker, says what the quote holds.
   */
  ownClause(q: QuoteSpan): boolean {
    const { tokenStore: tokens, sentences } = this.doc;
    const opener = tokens.firstEndingAfter(q.start);
    if (tokens.keyAt(opener - 1) !== "that") return false;
    const floor = sentences[itemContaining(sentences, q.start)]?.tokenStart ?? 0;
    for (let k = opener - 2; k >= Math.max(floor, opener - 5); k--) {
      const subject = this.finder.backward(k, floor);
      if (subject) {
        const before = tokens.keyAt(subject.first - 1) ?? "";
        return subject.first === floor || before === "," || QUOTE_CLOSERS.has(before);
      }
      if (tokens.kind(k) !== "word" || this.finder.isCapWord(k)) return false;
    }
    return false;
  }

  /** The attribution cue `ci` gives, when its subject resolved to a speaker. */
  attribution(ci: number, sieve: QuoteSieveName): Attribution | undefined {
    const c = this.cues[ci];
    const pronoun = c.subject.kind === "pronoun" ? this.doc.tokenStore.key(c.subject.first) : "";
    const speaker =
      this.cueSpeakers[ci] ??
      (pronoun === "they" || pronoun === "it" ? this.thingSpeaker(c.subject.first) : undefined);
    if (!speaker) return undefined;
    return {
      ...speaker,
      mention: this.span(c.subject.first, this.relativeEnd(c)),
      cue: this.span(c.first, c.last),
      sieve,
      cueIndex: ci,
    };
  }

  /**
   * The last token of a cue's subject mention, through the relative pronoun that is the verb's
   * own subject ("Mike Lee, who declared"): PolNeAR and PARC mark the pronoun as the source, the
   * name is its antecedent, and the mention spans both.
   */
  private relativeEnd(c: Cue): number {
    const { tokenStore: tokens } = this.doc;
    let k = c.subject.last + 1;
    if (tokens.keyAt(k) === ",") k++;
    if (k >= c.first || !this.lex.subjectRelatives.has(tokens.keyAt(k) ?? "")) return c.subject.last;
    for (let j = k + 1; j < c.first; j++) if (tokens.kindAt(j) !== "word") return c.subject.last;
    return c.first - k <= RELATIVE_GAP ? k : c.subject.last;
  }

  /**
   * The speaker a mention read by a sieve stands for: a personal pronoun's antecedent, a name, or
   * a phrase that denotes a person (the name the article gave that description, when it did).
   */
  speakerOf(m: Mention, sieve: QuoteSieveName): Attribution | undefined {
    const mention = this.span(m.first, m.last);
    if (m.kind === "pronoun") {
      if (m.gender !== "male" && m.gender !== "female") return undefined;
      const ref = this.names.referent(m.first, m.gender);
      // No compatible person named before: the pronoun still speaks, unnamed rather than guessed.
      return { ...ref, mention, sieve };
    }
    if (m.kind === "name") return { name: this.names.canonical(m.text), mention, sieve };
    if (!personPhrase(m.text, this.lex)) return undefined;
    const description = m.text.charAt(0).toLowerCase() + m.text.slice(1);
    const name = this.names.byDescription(description, m.last);
    return name ? { name, mention, sieve } : { description, mention, sieve };
  }

  /**
   * "“…,” it added", "“…,” they argued": the organisation, document or group a previous speech cue
   * named, as the speaker of the pronoun at token `k`. The antecedent is the subject of one of the
   * last {@link THING_CUES} cues before the pronoun, in its paragraph or the one before, that
   * agrees with it: for "it", a name or description ending in the word for an institution, a
   * publisher, a document or a body ("the company", "the Coastal Courier", "the memo", "police");
   * for "they", a plural description or names joined by "and"; no person named between them.
   * None, no speaker.
   */
  thingSpeaker(k: number): Speaker | undefined {
    const { tokenStore: tokens, sentences } = this.doc;
    const plural = tokens.key(k) === "they";
    const paragraph = sentences[itemContaining(sentences, tokens.starts[k])]?.paragraph ?? -1;
    let ci = this.cueBefore(k);
    for (let seen = 0; ci >= 0 && seen < THING_CUES; ci--, seen++) {
      const c = this.cues[ci];
      if ((sentences[c.sentence]?.paragraph ?? -1) < paragraph - 1) break;
      const speaker = this.cueSpeakers[ci];
      if (!speaker || c.subject.kind === "pronoun") continue;
      const head = tokens.key(c.subject.last).replace(/['\u2019]s$/, "");
      const agrees = plural
        ? c.subject.others !== undefined ||
          (c.subject.kind === "description" && /s$/.test(head) && !this.lex.placeHeads.has(head))
        : c.subject.others === undefined &&
          (this.lex.placeHeads.has(head) ||
            this.lex.publisherHeads.has(head) ||
            this.lex.selfReference.has(head) ||
            this.lex.collectives.has(head));
      const person = speaker.name !== undefined && this.names.genderOf(speaker.name) !== undefined;
      // A person named since the antecedent may be who the pronoun means: no speaker then.
      if (this.names.namedIn(c.subject.last + 1, k).length > 0) return undefined;
      if (agrees && !(person && !plural)) return speaker;
    }
    return undefined;
  }

  // Index of the last cue that starts before token k, or -1 (cues come in text order).
  private cueBefore(k: number): number {
    let lo = 0;
    let hi = this.cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cues[mid].first < k) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** `[start, end)` of the tokens `first..last`. */
  span(first: number, last: number): Span {
    return { start: this.doc.tokenStore.starts[first], end: this.doc.tokenStore.ends[last] };
  }

  /**
   * Whether cue `ci` can attribute a quote: "his mother said" can, "his mother laughs" cannot,
   * "the company calls the train “…”" can with the weaker verb right before the quote (`opener`).
   */
  usable(ci: number, opener = -1): boolean {
    const c = this.cues[ci];
    if (this.inName(ci)) return false;
    return (
      c.strong ||
      c.subject.kind !== "description" ||
      // "As the report puts it: '…'": a document's words, whatever the verb.
      c.subject.text
        .toLowerCase()
        .split(" ")
        .some((w) => this.lex.selfReference.has(w)) ||
      (opener >= 0 && opener - c.last <= 4 && !c.inverted && this.lex.namingVerbs.has(c.key))
    );
  }

  /**
   * Whether cue `ci`'s verb is a capitalised word inside a name ("the United States responds",
   * "told The Washington Post"): a verb in mid-sentence is in lower case, except in a headline's
   * title case ("Mayor Says Ferry Will Run").
   */
  inName(ci: number): boolean {
    const { tokenStore: tokens, sentences, paragraphs } = this.doc;
    const c = this.cues[ci];
    const k = c.inverted ? c.first : c.last;
    const s = sentences[c.sentence];
    if (!s || s.paragraph === 0 || paragraphs[s.paragraph]?.kind === "heading") return false;
    return (
      k > s.tokenStart &&
      /^\p{Lu}/u.test(this.doc.text.slice(tokens.starts[k], tokens.starts[k] + 1)) &&
      /^\p{Lu}/u.test(this.doc.text.slice(tokens.starts[k - 1], tokens.starts[k - 1] + 1)) &&
      !capitalisedTagVerb(this.doc, k, this.lex)
    );
  }

  /**
   * Whether a cue stands in the quote's own sentences (before it, between its parts, or right
   * after a closing mark that ends a sentence: "“…!” the audience screamed back"), resolved or
   * not: such a quote has a tag of its own, and whoever spoke the quote before it is no evidence.
   * `before: false` looks only after the closer; `except` is a cue not to count (the tag of the
   * quote's first part, in a split quote).
   */
  tagged(q: QuoteSpan, { before = true, except }: { before?: boolean; except?: Span } = {}): boolean {
    const { sentences, tokenStore: tokens } = this.doc;
    const first = itemContaining(sentences, q.start);
    let last = itemContaining(sentences, Math.max(q.start, q.end - 1));
    if (first < 0 || last < 0) return false;
    // A tag in lower case right after the closer is the end of the quote's sentence.
    const next = sentences[last + 1];
    if (
      next &&
      next.start - q.end <= 2 &&
      q.lastParagraph === itemContaining(this.doc.paragraphs, next.start) &&
      /^\p{Ll}/u.test(this.doc.text.slice(tokens.starts[next.tokenStart] ?? next.start))
    )
      last++;
    for (let si = first; si <= last; si++) {
      for (const ci of this.bySentence[si]) {
        const at = tokens.starts[this.cues[ci].first];
        if (at === except?.start || (!before && at < q.start)) continue;
        return true;
      }
    }
    // A speech verb whose subject the cue finder could not read, after the closer ("…,” Read
    // said; "…,” like the markets, said Richard Curtin, the …) or in the slot before the opener.
    const closer = tokens.firstEndingAfter(q.end);
    const end = sentences[last].tokenEnd;
    const opener = tokens.firstEndingAfter(q.start);
    const start = before ? Math.max(sentences[first].tokenStart, opener - TAG_SLOT) : closer;
    for (let k = start; k < end; k++) {
      if (k >= opener && k < closer) continue;
      const t = tokens.get(k);
      if (t.start !== except?.start && this.lex.verbs.has(t.key)) return true;
    }
    return false;
  }

  /**
   * The person a sentence opens with, as its subject: a name in full ("Mitch McConnell delivered
   * …"), a name already a speaker, or he / she resolved to a person, also right after a leading
   * adverbial phrase ("On Tuesday, Mr. Lind deflected …", "After the vote, she …"); none when the
   * sentence opens otherwise (a headline in capitals, "Likewise, …", "The report …").
   */
  sentenceSubject(si: number, before: number, surname = false): Attribution | undefined {
    const s = this.doc.sentences[si];
    if (!s) return undefined;
    const { tokenStore: tokens } = this.doc;
    const subject = this.subjectAt(s.tokenStart, before, surname);
    // "In response to …, Ida Holm …", "When Vell died in 1998, Ida Holm released …": past an
    // opening adverbial or subordinate clause, the main clause's subject after its comma.
    const opening = tokens.key(s.tokenStart);
    if (subject || !(this.lex.leadingAdverbials.has(opening) || this.lex.subjectSubordinators.has(opening)))
      return subject;
    const limit = Math.min(before, s.tokenStart + ADVERBIAL_REACH);
    let comma = s.tokenStart + 1;
    while (comma < limit && tokens.key(comma) !== ",") comma++;
    if (comma >= limit) return undefined;
    const after = this.subjectAt(comma + 1, before, surname);
    // The subject is followed by its verb, in lower case: "In Hudson, New Hampshire Monday, the
    // …" has a place after the comma.
    const next = after?.mention ? tokens.firstEndingAfter(after.mention.end) : -1;
    return next >= 0 && tokens.kindAt(next) === "word" && /^\p{Ll}/u.test(tokens.text(this.doc.text, next))
      ? after
      : undefined;
  }

  // The person whose mention opens at token `floor`, before token `before`; with `surname`, also a
  // single word the article named in full before ("Moore" after "Michael Moore").
  private subjectAt(floor: number, before: number, surname: boolean): Attribution | undefined {
    if (floor >= before) return undefined;
    const p = this.finder.pronoun(floor);
    if (p) {
      if (p.gender !== "male" && p.gender !== "female") return undefined;
      const ref = this.names.referent(floor, p.gender);
      return { ...ref, mention: this.span(floor, floor), sieve: "colon-clause" };
    }
    const found = this.finder.nameForward(floor, before);
    if (!found || found.first !== floor || /^[^\p{Ll}]+$/u.test(found.text)) return undefined;
    const n = this.appositiveName(found, before) ?? found;
    const name = this.names.canonical(n.text);
    // "President Clinton": a title before one word names a person as a full name does.
    const titled = this.lex.titles.has(this.doc.tokenStore.key(n.first).replace(/\.$/, ""));
    if (
      !n.text.includes(" ") &&
      !titled &&
      !this.names.isSpeaker(name) &&
      !(surname && name.endsWith(` ${n.text}`))
    )
      return undefined;
    return { name, mention: this.span(n.first, n.last), sieve: "colon-clause" };
  }

  /**
   * "Maury Ferry Director of Services, Ida Holm, defended …": a capitalised run that ends in a role
   * (a title or a noun for one person), with its "of" phrase, names the office; the name between
   * the commas after it is the person.
   */
  private appositiveName(run: Mention, before: number): Mention | undefined {
    const { tokenStore: tokens } = this.doc;
    const role = tokens.key(run.last);
    if (!this.lex.titles.has(role) && !this.lex.titleHeads.has(role) && !this.lex.personHeads.has(role))
      return undefined;
    let k = run.last + 1;
    if (tokens.keyAt(k) === "of") {
      k++;
      if (tokens.keyAt(k) === "the") k++;
      while (k < before && this.finder.isCapWord(k)) k++;
    }
    if (tokens.keyAt(k) !== ",") return undefined;
    const person = this.finder.nameForward(k + 1, before);
    if (!person || person.first !== k + 1 || !person.text.includes(" ")) return undefined;
    return tokens.keyAt(person.last + 1) === "," ? person : undefined;
  }

  /** Whether paragraph `p` holds a speech cue of its own. */
  paragraphHasCue(p: number): boolean {
    return cuesOfParagraph(this.doc, this.bySentence, p).some((ci) => this.cues[ci].strong);
  }
}
