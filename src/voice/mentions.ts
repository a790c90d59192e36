import { functionWords } from "../text/function-words.js";
import type { TokenStore } from "../text/token-store.js";
import type { VoiceLexicon } from "./lexicon.js";
import { relativeVerb } from "./relative-clause.js";

/** Who a reporting cue or quote points at: a name, a pronoun or an unnamed description. */
export interface Mention {
  kind: "name" | "pronoun" | "description";
  /** Token range `[first, last]` of the mention, inclusive. */
  first: number;
  last: number;
  /** The name without titles or possessive ("Ryan Dillon"), the pronoun, or the description. */
  text: string;
  /** Gender implied by a title or the pronoun, when any. */
  gender?: "male" | "female" | "plural";
  /** Further names joined by "and" ("Okafor and Lindqvist"), for co-authors. */
  others?: string[];
  /** Title words before the name ("minister" for "Finance Minister Oren Castell"). */
  titles?: string[];
}

const UPPER = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}$/u;
// A word in capitals of two letters or more: "NOT", "WILL".
const CAPITALS = /^\p{Lu}[\p{Lu}'\u2019]+$/u;
// An initial and the space before the next initial ("H. R." in "H. R. Castellan").
const SPACED_INITIALS = /(?<!\p{L})(\p{Lu}\.) (?=\p{Lu}\.)/gu;
/** Fractions that speak for a poll's respondents on their own ("half said"). */
export const FRACTION = /^(?:half|majority|majorities|(?:one|two|three)-(?:thirds?|quarters?))$/;
// How far back the first of two absolute clauses joined by "and" may open ("with some members
// reappointed and …").
const ABSOLUTE_REACH = 8;
// Most words between "of" and an institution's description after a person's name ("of the county").
const BODY_WORDS = 3;
const POSSESSIVE = /['\u2019]s$/;
// The longest capitalised run after a title and "of" read as a body and a name.
const BODY_TOKENS = 8;
// Most capitalised words (a title, a given name) between a preposition and the possessive name that
// opens its object ("from Judge Ortland's time").
const NAME_BETWEEN = 3;
// The longest quoted title read as the source of "according to" ("according to “…” by …").
const QUOTED_TITLE_TOKENS = 24;
// A name is at most this many tokens, titles included ("Lt. Gen. Juan Carlos de la Vega"), so
// the scans forwards and backwards stay bounded on a run of capitalised words or of "Mr. Mr. …".
const MAX_NAME_TOKENS = 10;
// "Hillary Clinton aggressively prosecuted Sen. Bernie Sanders": an adverb or a past verb is no
// role noun between a name and the next ("Rovers coach Dominik Sauer").
const ADVERB_OR_PAST = /(?:ly|ed)$/;
// The most words a participle's agent is read on for past the phrase's word limit ("by White
// House Press Secretary Sarah Sanders").
const AGENT_WORDS = 8;
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?$/;

/** Token helpers over one document's text and tokens. */
export class MentionFinder {
  constructor(
    readonly text: string,
    readonly tokens: TokenStore,
    readonly lex: VoiceLexicon,
  ) {}

  /** The token's text. */
  word(i: number): string {
    return i >= 0 && i < this.tokens.length ? this.tokens.text(this.text, i) : "";
  }

  /** True when token `i` is a capitalised word that can be part of a name. */
  isCapWord(i: number): boolean {
    if (this.tokens.kindAt(i) !== "word") return false;
    // Asked of every token: an ASCII first letter is decided without cutting the word out.
    const c = this.text.charCodeAt(this.tokens.starts[i]);
    return c < 128 ? c >= 65 && c <= 90 : UPPER.test(this.word(i));
  }

  // Whether token j is the full stop of a middle initial (token `last`, one capital letter) with
  // the rest of the name after it on the same line.
  private initialStop(j: number, last: number): boolean {
    return (
      last >= 0 &&
      j === last + 1 &&
      this.tokens.keyAt(j) === "." &&
      INITIAL.test(this.word(last)) &&
      this.sameLine(j) &&
      this.isCapWord(j + 1) &&
      !this.breaksName(j + 1)
    );
  }

  /**
   * Whether token `i` is an adverb in -ly that may stand between a subject and its verb
   * ("reportedly", "later"): five letters or more and in lower case, for "Kelly", "Jolly" and
   * "Schlafly" before "said" are the subject's last name.
   */
  verbAdverb(i: number): boolean {
    const key = this.tokens.keyAt(i) ?? "";
    return this.tokens.kindAt(i) === "word" && key.length > 4 && key.endsWith("ly") && !this.isCapWord(i);
  }

  /**
   * True when token `i` is a word no name holds: "That", "He", "Into", "Isn't", and in capitals
   * a modal or a reporting verb ("WILL", "MAY", "SAYS"), which only a headline's shouting writes
   * so ("Will" and "May" in title case may be names).
   */
  breaksName(i: number): boolean {
    const key = this.tokens.key(i);
    if (this.lex.inNameBreaks.has(key) || key.endsWith("n't") || key.endsWith("n\u2019t")) return true;
    return (
      (this.lex.modals.has(key) || this.lex.verbs.has(key) || this.lex.strongVerbs.has(key)) &&
      CAPITALS.test(this.word(i))
    );
  }

  /**
   * Whether token j is a full stop inside a dotted abbreviation of single letters ("U.S.",
   * "U.N.", "D.C."), its last included: a description reads on past it ("a U.S. official"),
   * where any other punctuation ends the phrase.
   */
  abbreviationDot(j: number): boolean {
    const { starts, ends } = this.tokens;
    if (this.tokens.keyAt(j) !== "." || j < 1 || starts[j] !== ends[j - 1]) return false;
    const letter = (k: number) => this.tokens.kindAt(k) === "word" && ends[k] - starts[k] === 1;
    if (!letter(j - 1)) return false;
    const glued = (a: number, b: number) => b < this.tokens.length && starts[b] === ends[a];
    return (glued(j, j + 1) && letter(j + 1)) || (this.tokens.keyAt(j - 2) === "." && glued(j - 2, j - 1));
  }

  /**
   * True when the gap between tokens `i` and `i + 1` has no line break, or only one right after
   * a title's full stop ("the Rev.\nDavid Dockery"): a title goes before a name, so the name goes
   * on past a line broken there.
   */
  sameLine(i: number): boolean {
    const { starts, ends, length } = this.tokens;
    if (i < 0 || i + 1 >= length) return false;
    for (let at = ends[i]; at < starts[i + 1]; at++)
      if (this.text.charCodeAt(at) === 10) return this.afterTitle(i);
    return true;
  }

  // Whether token i is the full stop of a capitalised title glued to it ("Rev.", "Dr.").
  private afterTitle(i: number): boolean {
    return (
      i > 0 &&
      this.tokens.keyAt(i) === "." &&
      this.tokens.starts[i] === this.tokens.ends[i - 1] &&
      this.isCapWord(i - 1) &&
      this.lex.titles.has(this.tokens.key(i - 1))
    );
  }

  /**
   * Where the name starts in a capitalised run from `first` to `last`: after the last noun for one
   * person that two words or more still follow ("Parent Ada Lind", "Journalist Ivo Maren", an
   * organisation and a role before it: "Harbour Watch Senior Investigator Ivo Maren"). The noun
   * describes the person and is no part of the name.
   */
  private afterRoleNoun(first: number, last: number): number {
    for (let t = last - 2; t >= first; t--) if (this.lex.personHeads.has(this.tokens.key(t))) return t + 1;
    return first;
  }

  /** A name that starts at token `i` (titles allowed), reading forwards; undefined if none. */
  nameForward(i: number, limit: number): Mention | undefined {
    let j = i;
    let gender: Mention["gender"];
    // A role noun may come between an organisation and the name, so the whole mention gets twice
    // the room of one name; the recursion below only ever narrows it.
    limit = Math.min(limit, i + 2 * MAX_NAME_TOKENS);
    const end = Math.min(limit, i + MAX_NAME_TOKENS);
    // "Ann Moss" of "… ambassador to the United Nations Ann Moss": the body a lower-case title
    // names before the person is no part of the person's name.
    const body = this.titleBodyBefore(i);
    if (body >= 0) {
      const split = this.bodySplit(i, limit);
      if (split > i) {
        const person = this.nameForward(split, limit);
        if (person) return { ...person, first: i };
      }
    }
    // "Former Secretary of State …", "Acting Deputy Chief Constable …": a modifier before the
    // title words belongs to the title.
    while (j < end && this.isCapWord(j) && this.lex.titleModifiers.has(this.tokens.key(j))) j++;
    const modifiers = j;
    while (j < end && this.isCapWord(j) && this.lex.titles.has(this.tokens.key(j).replace(/\.$/, ""))) {
      gender ??= this.titleGender(j);
      j++;
      if (this.tokens.keyAt(j) === ".") j++;
    }
    if (j === modifiers) j = i;
    if (j > i) j = this.afterPortfolio(j, end, limit);
    const first = j;
    let last = -1;
    while (
      j < end &&
      (this.isCapWord(j) ||
        (last >= 0 && this.lex.particles.has(this.tokens.key(j)) && this.isCapWord(j + 1)) ||
        this.initialStop(j, last))
    ) {
      // "Michael R. Pompeo", "Brian D. Ray": a middle initial's full stop stays inside the name.
      if (this.initialStop(j, last)) {
        j++;
        continue;
      }
      // "Paper's Claim That He Isn't Into Vell": a title-case headline is no name; a name holds no
      // pronoun, conjunction or negated verb past its first word.
      // "A. B. Quist": a capital with a full stop before a name is an initial, not the article.
      const initial = this.initialStop(j + 1, j);
      if (
        (j === first && !initial && this.lex.notNames.has(this.tokens.key(j))) ||
        (!initial && this.breaksName(j))
      )
        break;
      last = j;
      if (POSSESSIVE.test(this.word(j)) || !this.sameLine(j)) break;
      j++;
    }
    if (last < 0) return undefined;
    let nameFirst = this.afterRoleNoun(first, last);
    const titles: string[] = [];
    for (let t = i; t < last; t++) {
      if (this.lex.titles.has(this.tokens.key(t))) {
        gender ??= this.titleGender(t);
        titles.push(this.tokens.key(t));
        if (t >= first) nameFirst = t + 1;
      }
    }
    // "Civic Party secretary Liv Andersen", "Rovers coach Dominik Sauer": a role noun, then the name.
    for (let r = last + 1; r <= last + 2 && r < limit; r++) {
      const t = this.tokens.get(r);
      if (
        t.kind !== "word" ||
        UPPER.test(this.word(r)) ||
        this.lex.verbs.has(t.key) ||
        this.lex.notNames.has(t.key) ||
        ADVERB_OR_PAST.test(t.key) ||
        this.lex.pastForms.has(t.key) ||
        !this.sameLine(r - 1)
      )
        break;
      if (this.isCapWord(r + 1) && !this.lex.notNames.has(this.tokens.key(r + 1))) {
        const person = this.nameForward(r + 1, limit);
        if (person) return { ...person, first: i, gender: gender ?? person.gender };
      }
    }
    // "Tarnholm Chamber of Commerce president Ines Varga": a run that goes on past "of" into a
    // body, then a role noun or a title before a name, is the person's organisation, no name.
    if (this.tokens.keyAt(last + 1) === "of" && last + 2 < limit && this.isCapWord(last + 2)) {
      const person = this.nameForward(last + 2, limit);
      if (person && person.text !== this.nameText(last + 2, person.last)) return { ...person, first: i };
    }
    // "the Justice Department", "Chancellor Court": a title word before an institution's head
    // is a word of the institution's name, not a person's title.
    if (this.lex.placeHeads.has(this.tokens.key(last)))
      return { kind: "name", first: i, last, text: this.nameText(i, last) };
    return {
      kind: "name",
      first: i,
      last,
      text: this.nameText(nameFirst, last),
      gender,
      ...(titles.length ? { titles } : {}),
    };
  }

  /**
   * "Secretary of State Jane Doe", "Minister of Foreign Affairs Ana Lopes": the first token after
   * the "of" and the capitalised portfolio words that follow title words ending at token `j`,
   * or `j` when no "of" follows them. A name must remain after the portfolio.
   */
  private afterPortfolio(j: number, end: number, limit: number): number {
    const key = this.tokens.keyAt(j);
    if (key !== "of" && key !== "to") return j;
    let k = j + 1;
    while (key === "of" && k < end && this.isCapWord(k) && this.lex.portfolios.has(this.tokens.key(k))) k++;
    if (k > j + 1) return this.isCapWord(k) ? k : j;
    if (this.tokens.keyAt(k) === "the") k++;
    const split = this.isCapWord(k) ? this.bodySplit(k, limit) : -1;
    return split > k ? split : j;
  }

  /**
   * Whether the capitalised run starting at token `i` follows a title and "of" or "to" ("Chief
   * Constable of Westshire", "ambassador to the United Nations"): the token of the title, or -1.
   */
  private titleBodyBefore(i: number): number {
    let k = i - 1;
    if (this.tokens.keyAt(k) === "the") k--;
    const link = this.tokens.keyAt(k);
    if (link !== "of" && link !== "to") return -1;
    const title = this.tokens.keyAt(k - 1) ?? "";
    return this.lex.titles.has(title) || this.lex.titleHeads.has(title) ? k - 1 : -1;
  }

  /**
   * Where the person's name starts inside a capitalised run that opens at token `k` after a
   * title and "of"/"to": "Westshire Ann Moss", "United Nations Nikki Haley". The first listed
   * given name after the run's first word, else the last two words (three with a middle initial:
   * "Operations Mara R. Ostrowe") of a run of four or more, or of three after a title written
   * before a name ({@link preposedTitle}: "Director of Operations Mara Ostrowe"), unless a plural
   * would open the name; -1 otherwise,
   * or when the run ends with an institution's head word or goes on past a conjunction (then it
   * is the body alone: "the Governor of New York said", "secretary of the Harris County Green
   * Party").
   */
  private bodySplit(k: number, limit: number): number {
    const run: number[] = [];
    for (let j = k; j < limit && run.length < BODY_TOKENS; j++) {
      if (this.isCapWord(j) && !this.breaksName(j)) run.push(j);
      else if (this.initialStop(j, run[run.length - 1] ?? -1)) continue;
      else if (!(this.lex.particles.has(this.tokens.key(j)) && this.isCapWord(j + 1))) break;
      if (POSSESSIVE.test(this.word(j)) || !this.sameLine(j)) break;
    }
    // "secretary of the Harris County Green Party", "director of the National Korean American
    // Service and Education Consortium": the run is the body alone.
    const end = run[run.length - 1];
    if (
      run.length < 3 ||
      this.lex.placeHeads.has(this.tokens.key(end)) ||
      (this.lex.bodyJoins.has(this.tokens.keyAt(end + 1) ?? "") && this.isCapWord(end + 2))
    )
      return -1;
    for (let r = 1; r < run.length - 1; r++)
      if (this.lex.givenNames.has(this.tokens.key(run[r]))) return run[r];
    // With no given name listed, two words of a body and two of a name at least: "executive
    // director of National Nurses United" is all body. A plural opens no name ("Executive
    // Director of National Nurses United said").
    if (run.length < 4 && !this.preposedTitle(k)) return -1;
    const initial = INITIAL.test(this.word(run[run.length - 2]));
    const split = run.length >= (initial ? 4 : 3) ? run[run.length - (initial ? 3 : 2)] : -1;
    return split < 0 || this.tokens.key(split).endsWith("s") ? -1 : split;
  }

  /**
   * Whether the title before the "of" or "to" that opens a body at token `k` is written
   * capitalised before a person's name, as AP style writes a formal title ("Director of
   * Operations Mara Ostrowe"): no article before the title nor after its "of" ("the Director of
   * National Intelligence", "Chair of the Federal Reserve Board").
   */
  private preposedTitle(k: number): boolean {
    const link = this.tokens.keyAt(k - 1);
    if (link !== "of" && link !== "to") return false;
    const title = this.tokens.keyAt(k - 2) === "." ? k - 3 : k - 2;
    return this.isCapWord(title) && !this.lex.determiners.has(this.tokens.keyAt(title - 1) ?? "");
  }

  /** A name that ends at token `i`, reading backwards (titles included); undefined if none. */
  nameBackward(i: number, floor: number): Mention | undefined {
    // "White House WON'T say": a name ends in no word that breaks one.
    if (!this.isCapWord(i) || this.breaksName(i)) return undefined;
    let j = i;
    floor = Math.max(floor, i - MAX_NAME_TOKENS);
    while (
      j - 1 >= floor &&
      this.sameLine(j - 1) &&
      (this.isCapWord(j - 1) || (this.lex.particles.has(this.tokens.key(j - 1)) && this.isCapWord(j - 2)))
    ) {
      if (POSSESSIVE.test(this.word(j - 1)) || this.breaksName(j - 1)) break;
      j--;
    }
    // Drop sentence openers ("But Varga said") and titles from the front.
    let first = j;
    while (first <= i && this.lex.notNames.has(this.tokens.key(first))) first++;
    let gender: Mention["gender"];
    let nameStart = this.afterRoleNoun(first, i);
    // "Finance Minister Oren Castell": the name starts after the last title word.
    for (let t = first; t < i; t++) {
      if (this.lex.titles.has(this.tokens.key(t))) {
        gender ??= this.titleGender(t);
        nameStart = t + 1;
      }
    }
    // "Chief Constable of Westshire Ann Moss said": the body after a title and "of" or "to" is
    // the title's.
    if (nameStart === first && this.titleBodyBefore(first) >= 0) {
      const split = this.bodySplit(first, i + 1);
      if (split > first) nameStart = split;
    }
    // "Secretary of State Michael R. Pompeo said": the portfolio after a title and "of" is the title's.
    if (nameStart === first && this.tokens.keyAt(first - 1) === "of") {
      const title = first - 2;
      if (this.lex.titles.has(this.tokens.keyAt(title) ?? "")) {
        gender ??= this.titleGender(title);
        while (nameStart < i && this.lex.portfolios.has(this.tokens.key(nameStart))) nameStart++;
      }
    }
    if (first > i) return undefined;
    // A title word ends no name ("the Prince said"), unless a title comes before it ("Mr.
    // Prince") or a listed given name does ("Michelle King", "Steve King": a surname).
    if (
      this.lex.titles.has(this.tokens.key(i)) &&
      !(first < i && this.lex.givenNames.has(this.tokens.key(i - 1)))
    ) {
      const before = this.tokens.keyAt(first - 1) === "." ? first - 2 : first - 1;
      if (first < i || !this.lex.titles.has(this.tokens.keyAt(before) ?? "")) return undefined;
      return {
        kind: "name",
        first: before,
        last: i,
        text: this.nameText(i, i),
        gender: this.titleGender(before),
      };
    }
    return { kind: "name", first, last: i, text: this.nameText(nameStart, i), gender };
  }

  /** An unnamed description ending at token `i` ("one lorry driver"): a determiner and up to 5 words. */
  descriptionBackward(i: number, floor: number): Mention | undefined {
    let found = -1;
    let bare = -1;
    for (let j = i; j >= Math.max(floor, i - 6); j--) {
      const t = this.tokens.get(j);
      // "10:58 The weather service warns": a live blog's time stamp is no quantity.
      if (t.kind === "number" && /^\d{1,2}[:.]\d\d$/.test(t.key) && j < i) break;
      // "47 percent said", "Sixty-six percent said": a number opens the description.
      if (t.kind === "number" || NUMBER_WORD.test(t.key)) {
        if (j < i) found = j;
        // "Six in 10 said", "more than 4 in 10 say": a proportion of a poll's respondents.
        else if (this.tokens.keyAt(j - 1) === "in" && j - 2 >= floor) {
          const n = this.tokens.get(j - 2);
          if (n.kind === "number" || NUMBER_WORD.test(n.key)) found = j - 2;
        }
        break;
      }
      // "Nearly half said", "three-quarters said": a fraction alone speaks for a poll's respondents.
      if (j === i && FRACTION.test(t.key) && !this.tokens.keyAt(i + 1)?.startsWith("of")) {
        return { kind: "description", first: i, last: i, text: this.spanText(i, i) };
      }
      // "O’Malley’s campaign says", "Sanders’ aides say": a possessive opens it.
      if (
        j < i &&
        (POSSESSIVE.test(this.word(j)) ||
          (t.kind === "punct" && /['\u2019]/.test(t.key) && /s$/.test(this.tokens.keyAt(j - 1) ?? "")))
      ) {
        found = t.kind === "punct" ? j - 1 : j;
        break;
      }
      // "the 43-year-old said": a number joined to the head by a hyphen opens the description.
      if (j < i && this.hyphenJoined(j) && this.tokens.kindAt(j - 1) === "number") {
        found = this.lex.determiners.has(this.tokens.keyAt(j - 2) ?? "") ? j - 2 : j - 1;
        break;
      }
      // "the first time senior officials have admitted": a noun of time opening a clause without
      // "that" is no speaker; the clause's subject after it is.
      if (
        j < i &&
        j - 1 >= floor &&
        this.lex.clauseTimeNouns.has(t.key) &&
        this.lex.clauseTimeLeads.has(this.tokens.key(j - 1))
      )
        return { kind: "description", first: j + 1, last: i, text: this.spanText(j + 1, i) };
      // "a U.S. official said": the full stops of a dotted abbreviation are inside the phrase.
      if (j < i && this.abbreviationDot(j)) continue;
      if (t.kind !== "word" || (j < i && !this.sameLine(j))) break;
      // "a State Department official said": a capitalised word inside the phrase is part of a
      // name, not a speech verb ("State", "Report") ending the description.
      if (this.lex.verbs.has(t.key) && j !== i && !(j > floor && this.isCapWord(j))) break;
      if (this.lex.determiners.has(t.key)) found = j;
      // "52 percent of registered voters", "a majority of Republicans": a partitive goes on, and
      // so does whom a spokesman speaks for ("a spokeswoman for the company").
      else if ((t.key === "of" || t.key === "for") && j < i) continue;
      else if (this.lex.notNames.has(t.key)) break;
      // "Grain traders said", "…, sources said", "…, police said": a bare plural or collective noun
      // phrase opening a clause.
      const opensClause = j === floor || this.lex.barePluralClauseOpeners.has(this.tokens.keyAt(j - 1) ?? "");
      if (
        opensClause &&
        found < 0 &&
        bare < 0 &&
        (/s$/.test(this.tokens.key(i)) || this.lex.collectives.has(this.tokens.key(i))) &&
        i - j <= 2 &&
        !this.lex.notNames.has(t.key)
      )
        bare = j;
    }
    if (found >= 0 && found < i) {
      if (this.verbAfterPartitive(found, i)) return undefined;
      const first = this.peopleAt(found, floor);
      return { kind: "description", first, last: i, text: this.spanText(first, i) };
    }
    if (bare >= 0) return { kind: "description", first: bare, last: i, text: this.spanText(bare, i) };
    return undefined;
  }

  /**
   * "Korvath’s history of hostile comments includes": after an "of" phrase ending in a plural, a
   * word in -s is the clause's verb agreeing with the phrase's head, not a second head noun, so
   * the words up to it are the subject of another verb, no one who speaks.
   */
  private verbAfterPartitive(found: number, i: number): boolean {
    const plural = (k: number) => this.tokens.kind(k) === "word" && /[^s'\u2019]s$/.test(this.tokens.key(k));
    if (!plural(i) || !plural(i - 1) || this.isCapWord(i)) return false;
    for (let k = found + 1; k < i - 1; k++) if (this.tokens.key(k) === "of") return true;
    return false;
  }

  /**
   * "envoys at the Kessland Embassy reported": the people at a place speak, not the place. The
   * first token of the phrase whose determiner is at `found`: a bare plural (with its own
   * determiner, if any) and a place preposition before it, opening its clause, else `found`.
   */
  private peopleAt(found: number, floor: number): number {
    const head = found - 2;
    if (head < floor || !this.lex.peopleLinks.has(this.tokens.keyAt(found - 1) ?? "")) return found;
    const key = this.tokens.key(head);
    if (
      this.tokens.kind(head) !== "word" ||
      !/s$/.test(key) ||
      this.lex.notNames.has(key) ||
      this.lex.verbs.has(key) ||
      functionWords().has(key) ||
      (this.isCapWord(head) && head !== floor)
    )
      return found;
    const before = this.tokens.keyAt(head - 1) ?? "";
    if (this.lex.determiners.has(before) && head - 1 >= floor) return head - 1;
    const opens = (k: number) =>
      k === floor ||
      this.tokens.kindAt(k - 1) !== "word" ||
      this.lex.barePluralClauseOpeners.has(this.tokens.keyAt(k - 1) ?? "") ||
      this.lex.subjectSubordinators.has(this.tokens.keyAt(k - 1) ?? "");
    if (opens(head)) return head;
    // "Boat owners on the quay say": a noun before the plural head, opening the clause, is part
    // of the phrase.
    const modifier = head - 1;
    if (
      modifier >= floor &&
      this.tokens.kindAt(modifier) === "word" &&
      !functionWords().has(before) &&
      !this.lex.verbs.has(before) &&
      !this.lex.notNames.has(before) &&
      opens(modifier)
    )
      return modifier;
    return found;
  }

  /** An unnamed description starting at token `i`: a determiner and words up to punctuation. */
  descriptionForward(i: number, limit: number): Mention | undefined {
    const t = this.tokens.get(i);
    if (t?.kind !== "word" || !this.lex.determiners.has(t.key)) return undefined;
    let last = i;
    for (let j = i + 1; j < Math.min(limit, i + 7); j++) {
      const u = this.tokens.get(j);
      // "the 43-year-old": a number and the word it is hyphenated to.
      if ((u.kind === "number" && this.hyphenJoined(j + 1)) || this.hyphenJoined(j)) continue;
      // "a U.S. official": the full stops of a dotted abbreviation.
      if (this.abbreviationDot(j)) continue;
      // "one of the protesters", "the woman behind the counter": any words up to punctuation,
      // a verb or a relative pronoun; an auxiliary is the clause's verb ("The family has disputed
      // her account and said": the family, not the rest of the clause).
      if (
        u.kind !== "word" ||
        u.key === "who" ||
        u.key === "which" ||
        u.key === "that" ||
        this.lex.strongVerbs.has(u.key) ||
        this.lex.copulas.has(u.key) ||
        this.lex.modals.has(u.key) ||
        /n['\u2019]t$/.test(u.key)
      )
        break;
      // "an interview his brother gave to the station": a relative clause without its pronoun
      // closes the phrase at its head; the words up to the clause's verb are no description.
      if (j > i + 1 && relativeVerb(this, j, limit) >= 0) break;
      last = j;
    }
    last = this.throughCutAgent(i, last, limit);
    return last > i ? { kind: "description", first: i, last, text: this.spanText(i, last) } : undefined;
  }

  /**
   * "a court document filed by state attorney Dave Aronberg", "a copy of the document obtained by
   * The Times": a phrase that the word limit cuts at a participle or inside its agent reads on to
   * the agent's end, so that it never ends on a verb or half a name (PolNeAR's source is the
   * agent); with no agent to read it ends before the participle. A phrase whose agent is whole is
   * kept ("a survey conducted by WBUR radio"). `last` is the phrase's end.
   */
  private throughCutAgent(i: number, last: number, limit: number): number {
    if (last + 1 >= limit || this.tokens.kindAt(last + 1) !== "word") return last;
    for (let p = i + 2; p <= last; p++) {
      const key = this.tokens.key(p);
      if (this.tokens.keyAt(p + 1) !== "by" || this.isCapWord(p)) continue;
      if (!/^\p{Ll}{2,}ed$/u.test(key) && !this.lex.irregularParticiples.has(key)) continue;
      let end = p + 1;
      for (let a = p + 2; a < Math.min(limit, p + 2 + AGENT_WORDS); a++) {
        const t = this.tokens.get(a);
        if (this.abbreviationDot(a)) continue;
        if (
          t.kind !== "word" ||
          (functionWords().has(t.key) && !(a === p + 2 && this.lex.determiners.has(t.key)))
        )
          break;
        if (this.lex.strongVerbs.has(t.key) || !this.sameLine(a - 1)) break;
        end = a;
      }
      // "a poll conducted by voters in Saturday's primary": an agent the phrase holds whole keeps it.
      if (end > p + 1) return Math.max(end, last);
      // "the timeline recently updated by …": the participle's adverb goes with it.
      end = p - 1;
      while (end > i + 1 && /ly$/.test(this.tokens.key(end))) end--;
      return end;
    }
    return last;
  }

  /** A bare plural noun phrase starting at token `i` ("club sources", "officials"). */
  bareForward(i: number, limit: number): Mention | undefined {
    let last = -1;
    for (let j = i; j < Math.min(limit, i + 4); j++) {
      const u = this.tokens.get(j);
      if (u.kind !== "word" || this.lex.notNames.has(u.key) || this.lex.verbs.has(u.key)) break;
      last = j;
    }
    if (last < 0 || !/s$/.test(this.tokens.key(last))) return undefined;
    return { kind: "description", first: i, last, text: this.spanText(i, last) };
  }

  /**
   * The words after a cue phrase up to punctuation, at most eight ("according to exit polling
   * data"): whatever "according to" names is the source.
   */
  phraseForward(i: number, limit: number): Mention | undefined {
    let last = -1;
    for (let j = i; j < Math.min(limit, i + 8); j++) {
      const u = this.tokens.get(j);
      if (this.abbreviationDot(j)) continue;
      if (u.kind !== "word" && u.kind !== "number") break;
      last = j;
    }
    return last < 0 ? undefined : { kind: "description", first: i, last, text: this.spanText(i, last) };
  }

  /**
   * "according to “Quiet Harbour” by Tom Vell": a quoted title right after a cue phrase, marks
   * included, when it closes within {@link QUOTED_TITLE_TOKENS} tokens: the work is the source.
   */
  quotedForward(i: number, limit: number): Mention | undefined {
    const opener = this.tokens.keyAt(i);
    const doubled = opener === "'" && this.tokens.keyAt(i + 1) === "'";
    if (opener !== "\u201C" && opener !== '"' && !doubled) return undefined;
    const from = doubled ? i + 2 : i + 1;
    for (let j = from + 1; j < Math.min(limit, from + QUOTED_TITLE_TOKENS); j++) {
      const key = this.tokens.key(j);
      const closes = doubled
        ? key === "'" && this.tokens.keyAt(j + 1) === "'"
        : key === "\u201D" || key === '"';
      if (!closes) continue;
      const last = doubled ? j + 1 : j;
      return { kind: "description", first: i, last, text: this.spanText(i, last) };
    }
    return undefined;
  }

  /** "helmsman Rhiannon Pascoe", "prosecutor Hilde Sandvik": a role word or two, then the name. */
  roleName(i: number, limit: number): Mention | undefined {
    for (let r = i; r < Math.min(limit, i + 2); r++) {
      const t = this.tokens.get(r);
      if (
        t.kind !== "word" ||
        UPPER.test(this.word(r)) ||
        this.lex.notNames.has(t.key) ||
        this.lex.verbs.has(t.key) ||
        this.lex.determiners.has(t.key)
      )
        return undefined;
      if (this.isCapWord(r + 1) && !this.lex.notNames.has(this.tokens.key(r + 1))) {
        const n = this.nameForward(r + 1, limit);
        return n ? { ...n, first: i } : undefined;
      }
    }
    return undefined;
  }

  /** A subject pronoun at token `i`. */
  pronoun(i: number): Mention | undefined {
    const t = this.tokens.get(i);
    if (t?.kind !== "word") return undefined;
    // "I've", "we'd", "she'll": a subject pronoun with its auxiliary clipped on is still the pronoun.
    const g = this.lex.pronouns.get(t.key.replace(/['\u2019](?:ve|m|d|ll|re|s)$/, ""));
    if (!g) return undefined;
    const gender = g === "male" || g === "female" || g === "plural" ? g : undefined;
    return { kind: "pronoun", first: i, last: i, text: t.key, gender };
  }

  /** Any mention reading forwards from token `i`. */
  forward(i: number, limit: number): Mention | undefined {
    const m =
      this.pronoun(i) ??
      this.nameForward(i, limit) ??
      this.roleName(i, limit) ??
      this.theTitled(i, limit) ??
      this.descriptionForward(i, limit);
    if (m?.kind === "name")
      return this.possessor(m.last) ? this.possessed(m, limit) : this.joinForward(m, limit);
    // "said the Sanders’ campaign manager, Ola Berg": the possessor is not the person.
    if (m?.kind === "description" && this.possessor(m.last)) return this.possessed(m, limit);
    // "says the woman behind the counter, Ada Lindqvist": the appositive names her.
    if (m?.kind === "description" && this.tokens.keyAt(m.last + 1) === ",") {
      const n = this.nameForward(m.last + 2, limit);
      if (n && !this.lex.notNames.has(this.tokens.key(n.first))) return { ...n, first: m.first };
    }
    return m;
  }

  /** "said the Rev. David Dockery": an article before a title and a name opens the name, not a description. */
  private theTitled(i: number, limit: number): Mention | undefined {
    if (
      this.tokens.keyAt(i) !== "the" ||
      !this.isCapWord(i + 1) ||
      !this.lex.titles.has(this.tokens.key(i + 1))
    )
      return undefined;
    const n = this.nameForward(i + 1, limit);
    return n && n.last > i + 2 ? n : undefined;
  }

  /** Any mention ending at token `i`, reading backwards. */
  backward(i: number, floor: number): Mention | undefined {
    const p = this.pronoun(i);
    if (p) return p;
    const n = this.nameBackward(i, floor);
    if (n) {
      // "The mayor of Brennholt promised": the name only completes a description.
      const article = this.tokens.keyAt(n.first - 1) === "the" ? 1 : 0;
      const link = this.tokens.keyAt(n.first - 1 - article);
      // "Citrus County Supervisor of Elections Susan Gill said": a name read apart from the body
      // of a title before it is the person; the words before the title are the title's.
      const titled = this.titleBodyBefore(n.first) >= 0 && n.text !== this.nameText(n.first, n.last);
      if (
        !titled &&
        (link === "of" || link === "in" || link === "at" || link === "from" || link === "for") &&
        n.first - 2 - article >= floor
      ) {
        const d = this.descriptionBackward(n.first - 2 - article, floor);
        if (d) return this.headBefore({ ...d, last: n.last, text: this.spanText(d.first, n.last) }, floor);
        // "Dr. Oskar Lind of Action Against Hunger said": the person, not the body after "of".
        // Only a full name or a titled one: "Bank of England" is one organisation's name.
        const person = link === "of" ? this.nameBackward(n.first - 2 - article, floor) : undefined;
        if (
          person &&
          (person.text.includes(" ") || person.gender) &&
          !this.lex.notNames.has(this.tokens.key(person.first))
        )
          return { ...person, last: n.last };
      }
      return this.joinBackward(n, floor);
    }
    const d = this.descriptionBackward(i, floor);
    if (!d || this.absoluteObject(d)) return undefined;
    return this.personOfBody(d, floor) ?? this.headBefore(d, floor);
  }

  /**
   * "a former classmate from Judge Ortland's time at Yale accused": a description read back to a
   * preposition of `subjectHeadLinks` is that preposition's object; the description before it is
   * the subject's head, and the whole phrase is the subject. A title or name may stand between
   * the preposition and the object's possessive ("from Judge Ortland's time").
   */
  private headBefore(m: Mention, floor: number): Mention {
    let p = m.first - 1;
    while (p > floor && p >= m.first - NAME_BETWEEN && this.isCapWord(p) && this.sameLine(p)) p--;
    if (p - 1 < floor || !this.lex.subjectHeadLinks.has(this.tokens.key(p))) return m;
    const head = this.descriptionBackward(p - 1, floor);
    if (!head || this.lex.subjectHeadLinks.has(this.tokens.keyAt(head.first - 1) ?? "")) return m;
    // "78 percent of voters in a recent poll said": a share of respondents, the poll's finding.
    const opener = this.tokens.get(head.first);
    if (opener.kind === "number" || NUMBER_WORD.test(opener.key)) return m;
    return { ...head, last: m.last, text: this.spanText(head.first, m.last) };
  }

  /**
   * "Tilda Marr of the county prosecutor's office told": a full or titled name before "of" and a
   * description headed by an institution (`placeHeads`: office, department, ministry) is the
   * person who speaks, as with a body's name after "of" ("Dr. Oskar Lind of Action Against
   * Hunger"). Up to {@link BODY_WORDS} words may stand between the "of" and the description.
   */
  private personOfBody(d: Mention, floor: number): Mention | undefined {
    if (!this.lex.placeHeads.has(this.tokens.key(d.last))) return undefined;
    let of = d.first - 1;
    while (
      of > d.first - 1 - BODY_WORDS &&
      of > floor &&
      this.tokens.kindAt(of) === "word" &&
      this.tokens.key(of) !== "of"
    )
      of--;
    if (this.tokens.keyAt(of) !== "of" || of - 1 < floor) return undefined;
    const person = this.nameBackward(of - 1, floor);
    if (
      !person ||
      !(person.text.includes(" ") || person.gender) ||
      this.lex.notNames.has(this.tokens.key(person.first))
    )
      return undefined;
    return { ...person, last: d.last };
  }

  /**
   * "… spread to other countries with over 200 illnesses reported": a noun phrase after "with" and
   * before a past participle is an absolute clause's passive subject, what was reported, not who
   * reports.
   */
  private absoluteObject(d: Mention): boolean {
    if (!/ed$/.test(this.tokens.keyAt(d.last + 1) ?? "")) return false;
    let j = d.first - 1;
    while (j >= 0 && this.lex.quantityModifiers.has(this.tokens.key(j))) j--;
    const w = this.tokens.keyAt(j);
    if (w === "with" || w === "without") return true;
    // "with some members reappointed and nine new members added": the second of two absolute
    // clauses joined by "and", with no punctuation back to the "with".
    if (w !== "and") return false;
    for (let k = j - 1; k >= Math.max(0, j - ABSOLUTE_REACH); k--) {
      const key = this.tokens.key(k);
      if (key === "with" || key === "without") return true;
      if (this.tokens.kind(k) !== "word") return false;
    }
    return false;
  }

  /** Whether token `j` is a hyphen with no space on either side ("43-year-old"). */
  private hyphenJoined(j: number): boolean {
    const { starts, ends } = this.tokens;
    return (
      j > 0 &&
      j + 1 < this.tokens.length &&
      this.tokens.key(j) === "-" &&
      ends[j - 1] === starts[j] &&
      ends[j] === starts[j + 1]
    );
  }

  /** Whether token `i` ends a possessive: "Verant’s", or "Sanders" before its apostrophe. */
  private possessor(i: number): boolean {
    if (POSSESSIVE.test(this.word(i))) return true;
    const next = i + 1;
    return (
      /s$/.test(this.tokens.key(i)) &&
      /^['\u2019]$/.test(this.tokens.keyAt(next) ?? "") &&
      this.tokens.ends[i] === this.tokens.starts[next]
    );
  }

  /**
   * "said Verant’s chief executive, Lena Fors": a possessor is not the person. The speaker is the
   * name in the appositive after the possessed noun, else the possessive phrase as a description
   * ("Verant’s chief executive"); a possessor with no noun after it names no one.
   */
  private possessed(owner: Mention, limit: number): Mention | undefined {
    const start = POSSESSIVE.test(this.word(owner.last)) ? owner.last + 1 : owner.last + 2;
    let last = -1;
    for (let j = start; j < Math.min(limit, start + 4); j++) {
      const t = this.tokens.get(j);
      if (
        t.kind !== "word" ||
        UPPER.test(this.word(j)) ||
        this.lex.verbs.has(t.key) ||
        this.lex.notNames.has(t.key) ||
        this.lex.determiners.has(t.key) ||
        functionWords().has(t.key) ||
        !this.sameLine(j - 1)
      )
        break;
      last = j;
    }
    if (last < 0) {
      // "said Verant’s Chief Executive Lena Fors": capitalised titles, then the name.
      const n = this.isCapWord(start) ? this.nameForward(start, limit) : undefined;
      return n && !this.possessor(n.last) ? { ...n, first: owner.first } : undefined;
    }
    if (this.tokens.keyAt(last + 1) === ",") {
      const n = this.nameForward(last + 2, limit);
      if (n && !this.possessor(n.last) && !this.lex.notNames.has(this.tokens.key(n.first)))
        return { ...n, first: owner.first };
    }
    return { kind: "description", first: owner.first, last, text: this.spanText(owner.first, last) };
  }

  private joinForward(m: Mention, limit: number): Mention {
    if (this.tokens.keyAt(m.last + 1) !== "and") return m;
    const other = this.nameForward(m.last + 2, limit);
    if (!other) return m;
    return { ...m, last: other.last, others: [other.text] };
  }

  private joinBackward(m: Mention, floor: number): Mention {
    const and = m.first - 1;
    if (and <= floor || this.tokens.keyAt(and) !== "and") return m;
    const other = this.nameBackward(and - 1, floor);
    if (!other) return m;
    // "Minister of Foreign Affairs and Trade Péter Szijjártó": names after "of" complete a title
    // or an organisation, they are no second speaker.
    const before = this.tokens.keyAt(other.first - 1) === "the" ? other.first - 2 : other.first - 1;
    if (this.tokens.keyAt(before) === "of") return m;
    return { ...other, last: m.last, others: [m.text], gender: "plural" };
  }

  private titleGender(i: number): Mention["gender"] {
    const k = this.tokens.key(i).replace(/\.$/, "");
    if (this.lex.maleTitles.has(k)) return "male";
    if (this.lex.femaleTitles.has(k)) return "female";
    return undefined;
  }

  // "H. R. Castellan" and "H.R. Castellan" are one name: initials are written without spaces.
  private nameText(first: number, last: number): string {
    return this.spanText(first, last).replace(POSSESSIVE, "").replace(SPACED_INITIALS, "$1");
  }

  /** Text from the start of token `first` to the end of token `last`, blanks collapsed. */
  spanText(first: number, last: number): string {
    return this.text.slice(this.tokens.starts[first], this.tokens.ends[last]).replace(/\s+/g, " ");
  }
}
