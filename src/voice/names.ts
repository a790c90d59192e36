import { append } from "../collections.js";
import type { Document } from "../text/document.js";
import { itemContaining } from "../text/search.js";
import { captionParagraph } from "./caption.js";
import type { VoiceLexicon } from "./lexicon.js";
import { type Mention, MentionFinder } from "./mentions.js";
import { titleLine } from "./transcript.js";

/** A mention of a person: its tokens `token..last` and the canonical name. */
export interface NamedMention {
  token: number;
  last: number;
  name: string;
  /**
   * A single word whose capital letter proves nothing: it opens its sentence or stands in a
   * headline ("Flood wall opens"), so no pronoun may fall back on it.
   */
  weak?: boolean;
  /**
   * A short form read before the article names its full form ("Tamsin voters" long before
   * "Tamsin Forward"): news names a person in full first, so this is no mention of that name and
   * no pronoun may fall back on it.
   */
  early?: boolean;
  /** Named with a title ("Secretary of State Tillerson"): a person, though a single word. */
  titled?: boolean;
  /** A possessor before a noun ("Gilani's cousin"): inside a phrase whose head is someone else. */
  possessor?: boolean;
  /**
   * A single word that names a person by its form or place: a listed given name ("Ivana"), or a
   * word right after a noun for a person ("her son Tomo").
   */
  personal?: boolean;
}

// Sentences after a description in which cataphora may name the person ("its chair said. …").
const CATAPHORA_SENTENCES = 2;
// Tokens that may stand between a name and its title in apposition: a comma, an article, a
// possessor ("the trust's", "its").
const APPOSITION = /^(?:,|the|its|their|[\p{L}-]+['\u2019]s)$/u;
const MAX_APPOSITION = 4;

/**
 * Names of people across an article: every mention maps to the longest form the article uses
 * ("Dillon" and "Col Dillon" → "Ryan Dillon"), and each name keeps the gender its titles or
 * resolved pronouns showed.
 */
export class NameRegistry {
  private readonly known = new Set<string>();
  // Full names by their last word and (two-word names) by their first, so look-ups stay linear.
  private readonly byLast = new Map<string, string[]>();
  private readonly byFirst = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();
  // Whether each name asked of is an institution's ({@link institution}): every pronoun asks it
  // of the dozen names before it, and a long text's pronouns ask the same names again.
  private readonly institutions = new Map<string, boolean>();
  /** Token range and canonical form of every person-like name mention outside quotes, in order. */
  private readonly mentions: NamedMention[] = [];
  private readonly genders = new Map<string, "male" | "female" | "plural">();
  private readonly speakers = new Set<string>();
  private readonly byTitle = new Map<string, Set<string>>();
  // Single words the article writes as places ("in Damascus", "to Velmora"): a capital that
  // "declared" something is its government speaking, never what a "he" or "she" refers to.
  private readonly places = new Set<string>();
  private readonly doc: Document;
  private readonly lex: VoiceLexicon;
  // The sentence of each mention, for the pronoun search's order.
  private readonly sentenceOf: number[] = [];
  // Unnamed single people who speak ("one diplomat described …"), by token, in text order.
  private readonly unnamed: {
    token: number;
    sentence: number;
    description: string;
    gender?: "male" | "female";
  }[] = [];

  // Singular descriptions of one person opening a sentence as its subject ("The accuser had
  // refused …"), by sentence, in text order: in Hobbs's order they come before any name further
  // back, so a later "she" is theirs.
  private readonly subjects: { sentence: number; description: string; gender?: "male" | "female" }[] = [];

  /** Collect the article's multi-word capitalised names (titles dropped) in one pass. */
  constructor(doc: Document, lex: VoiceLexicon, inQuote: (token: number) => boolean = () => false) {
    this.doc = doc;
    this.lex = lex;
    const m = new MentionFinder(doc.text, doc.tokenStore, lex);
    const found: {
      token: number;
      last: number;
      text: string;
      titles?: string[];
      gender?: Mention["gender"];
    }[] = [];
    // The first token of each full name's own occurrence, for the first-reference rule.
    const firstFull = new Map<string, number>();
    // "Photo: Mara Ilves": a caption's credit names no one the article quotes. Decided once per
    // paragraph (0 not asked, 1 caption, 2 not), not once per name: a paragraph has many names.
    const caption = new Uint8Array(doc.paragraphs.length);
    const captionAt = (token: number): boolean => {
      const p = itemContaining(doc.paragraphs, doc.tokenStore.starts[token]);
      if (p < 0 || p >= caption.length) return captionParagraph(doc, p);
      if (caption[p] === 0) caption[p] = captionParagraph(doc, p) ? 1 : 2;
      return caption[p] === 1;
    };
    // The article's first line when it is one sentence over more paragraphs: a title, or a lede
    // whose names the body names again.
    const leadLine =
      doc.paragraphs.length > 1 &&
      doc.sentences.length > 1 &&
      doc.sentences[1].paragraph > 0 &&
      doc.paragraphs[0].kind !== "blockquote";
    const deferred: { text: string; token: number }[] = [];
    for (let i = 0; i < doc.tokenStore.length; i++) {
      if (!m.isCapWord(i)) continue;
      const name = m.nameForward(i, doc.tokenStore.length);
      if (!name) continue;
      // "the Northern Review", "The Harbour Ledger": an organisation, not a person.
      const org = doc.tokenStore.keyAt(i - 1) === "the" || doc.tokenStore.key(i) === "the";
      // "in Port Ellis", "at Kessel Hospital": a place, which no pronoun refers to.
      // "St Aurel's hospital": a name whose possessive a place noun follows names the place.
      const place =
        lex.locatives.has(doc.tokenStore.keyAt(i - 1) ?? "") ||
        lex.placeHeads.has(doc.tokenStore.key(name.last)) ||
        (/['\u2019]s$/.test(doc.tokenStore.key(name.last)) &&
          lex.placeHeads.has(doc.tokenStore.keyAt(name.last + 1) ?? ""));
      // "PORT ELLIS -", "CHARLESTON, S.C.": a dateline or a label in capitals names no person.
      const capitals = !/\p{Ll}/u.test(name.text);
      if (
        lex.placePrepositions.has(doc.tokenStore.keyAt(i - 1) ?? "") &&
        !name.text.includes(" ") &&
        !/['\u2019]s$/.test(doc.tokenStore.key(name.last))
      )
        this.places.add(name.text);
      if (!org && !place && !capitals && !captionAt(i) && !inQuote(i) && name.text.split(" ").length <= 3)
        found.push({ token: i, last: name.last, text: name.text, titles: name.titles, gender: name.gender });
      // "Muslim Crime Stopper Sofian Zakkout's New Crush": a headline's run of capitalised words
      // longer than a name is no full form of the name it ends with.
      const words = name.text.split(" ").length;
      const paragraph = itemContaining(doc.paragraphs, doc.tokenStore.starts[i]);
      if (paragraph === 0 && leadLine) deferred.push({ text: name.text, token: i });
      else if (words <= 3 || !this.headline(paragraph)) {
        this.add(name.text);
        if (!firstFull.has(name.text)) firstFull.set(name.text, i);
      }
      i = name.last;
    }
    // "Understated Perez raises political profile", "Celebrating Hillary Clinton's Speech": a
    // title line's capitals run on past a name, so its forms yield to the body's ("Labor
    // Secretary Thomas Perez") and stand only for a name the body gives no full form of.
    // A run with a given name in it is that name from there ("Awkward Things Ilse Varga" is "Ilse
    // Varga").
    for (const d of deferred) {
      const words = d.text.split(" ");
      let k = words.length - 2;
      while (k >= 0 && !lex.givenNames.has(words[k].toLowerCase())) k--;
      if (k < 0 && words.length > 3) continue;
      const text = k < 0 ? d.text : words.slice(k).join(" ");
      if (this.byLast.has(words[words.length - 1])) continue;
      this.add(text);
      if (!firstFull.has(text)) firstFull.set(text, d.token);
    }
    for (const f of found) {
      const name = this.canonical(f.text);
      // A listed given name is a person's wherever it stands ("Jeff begins the interview …").
      const weak =
        !name.includes(" ") &&
        !f.titles?.length &&
        !lex.givenNames.has(name.toLowerCase()) &&
        this.unproven(f.token);
      // A title shows a person whatever comes first ("Mrs. Clinton" before "Hillary Clinton").
      const early = name !== f.text && !f.titles?.length && (firstFull.get(name) ?? f.token) > f.token;
      const possessor =
        /['\u2019]s?$/.test(doc.text.slice(doc.tokenStore.starts[f.last], doc.tokenStore.ends[f.last])) &&
        doc.tokenStore.kindAt(f.last + 1) === "word";
      const personal =
        !name.includes(" ") &&
        (lex.givenNames.has(name.toLowerCase()) || this.personHead(doc.tokenStore.keyAt(f.token - 1) ?? ""));
      this.mentions.push({
        token: f.token,
        last: f.last,
        name,
        ...(weak ? { weak } : {}),
        ...(early ? { early } : {}),
        ...(f.titles?.length ? { titled: true } : {}),
        ...(possessor ? { possessor } : {}),
        ...(personal ? { personal } : {}),
      });
      this.sentenceOf.push(itemContaining(doc.sentences, doc.tokenStore.starts[f.token]));
      // "Mr Tomas Brandt": a gendered title is evidence a later "she" is someone else.
      if (f.gender !== "plural") this.setGender(name, f.gender);
      for (const t of f.titles ?? []) this.byTitle.set(t, (this.byTitle.get(t) ?? new Set()).add(name));
    }
    // "Tomas Brandt … she said": a given name shows the gender before any pronoun is resolved, so
    // a wrong resolution cannot record the wrong one. After the titles, which outweigh it.
    for (const { name } of this.mentions) {
      const space = name.indexOf(" ");
      if (space > 0) this.setGender(name, lex.givenNames.get(name.slice(0, space).toLowerCase()));
    }
    doc.sentences.forEach((s, si) => {
      if (!inQuote(s.tokenStart)) {
        const d = this.subjectDescription(s.tokenStart, s.tokenEnd);
        if (d) this.subjects.push({ sentence: si, ...d });
      }
    });
  }

  /**
   * "The accuser had refused …", "A witness told police …": a sentence opening with an article
   * and up to three words whose last is a noun for one person (a title or `personHeads`, or a
   * word ending in "man", "woman" or "person"), followed by a verb (not a name in apposition,
   * "The accuser Jane Roe", an "of" or a possessive, "The accuser's lawyer", nor a noun the
   * title word modifies, "The chief concern").
   */
  private subjectDescription(
    from: number,
    to: number,
  ): { description: string; gender?: "male" | "female" } | undefined {
    const { tokenStore: tokens, text } = this.doc;
    if (!this.lex.subjectArticles.has(tokens.key(from))) return undefined;
    for (let h = from + 1; h <= from + 3 && h + 1 < to; h++) {
      if (tokens.kindAt(h) !== "word") return undefined;
      const head = tokens.key(h);
      // "The major problem was …", "The chief concern is …": a title word before a noun is an
      // adjective; the person's head is followed by the clause's verb.
      if (!this.personHead(head) || !this.verbForm(tokens.keyAt(h + 1) ?? "")) continue;
      const description = text.slice(tokens.starts[from], tokens.ends[h]);
      const lower = description.charAt(0).toLowerCase() + description.slice(1);
      if (/woman$/.test(head) || this.lex.femaleTitles.has(head))
        return { description: lower, gender: "female" };
      if (/man$/.test(head) || this.lex.maleTitles.has(head)) return { description: lower, gender: "male" };
      return { description: lower };
    }
    return undefined;
  }

  // Whether a word is a verb that may follow a subject: an auxiliary or modal, a reporting verb,
  // a regular or irregular past ("had", "would", "told", "refused", "left").
  private verbForm(word: string): boolean {
    return (
      this.lex.subjectAuxiliaries.has(word) ||
      this.lex.modals.has(word) ||
      this.lex.verbs.has(word) ||
      this.lex.pastForms.has(word) ||
      /^\p{Ll}{2,}ed$/u.test(word)
    );
  }

  // Whether a word heads a description of one person: "accuser", "spokeswoman", "judge".
  private personHead(word: string): boolean {
    return this.lex.personHeads.has(word) || this.lex.titles.has(word) || /(?:man|woman|person)$/.test(word);
  }

  /**
   * Whether a name is an institution's or a place's, or its members' ("Saudi Consulate", "Senate
   * Democrats", "Harbour Post"): a word of it heads names of places, institutions or publishers,
   * so no "he" or "she" refers to it.
   */
  private institution(name: string): boolean {
    let is = this.institutions.get(name);
    if (is === undefined) {
      is = name
        .toLowerCase()
        .split(" ")
        .some((w) => this.lex.placeHeads.has(w) || this.lex.publisherHeads.has(w));
      this.institutions.set(name, is);
    }
    return is;
  }

  /** The mentions of people in tokens `[from, to)`, in order. */
  namedIn(from: number, to: number): NamedMention[] {
    const out: NamedMention[] = [];
    for (let k = this.lowerBound(from); k < this.mentions.length && this.mentions[k].token < to; k++)
      out.push(this.mentions[k]);
    return out;
  }

  /**
   * The nearest person named before token `before` whose gender is compatible with the
   * pronoun's (Muzny et al. 2017's pronoun sieve); records the pronoun's gender on the name.
   */
  resolvePronoun(before: number, gender: "male" | "female", after = -1): string | undefined {
    const r = this.referent(before, gender, after);
    return r && "name" in r ? r.name : undefined;
  }

  /**
   * What the pronoun at token `before` refers to: the person {@link resolvePronoun} finds, or the
   * unnamed person who spoke between that name and the pronoun ("one diplomat described … he
   * told doctors": the diplomat), by their description.
   */
  referent(
    before: number,
    gender: "male" | "female",
    after = -1,
  ): { name: string } | { description: string } | undefined {
    const lo = this.lowerBound(before);
    const bound = this.boundLater(before);
    // Hobbs's search order (Hobbs 1978, "Resolving pronoun references"): the sentences from the
    // nearest back, each read from its start, so a subject comes before the object or the
    // appositive after it ("Ines Varga, the mayor of Port Ellis, answered Tomas Brandt. … she").
    const order: number[] = [];
    for (let k = lo - 1; k >= Math.max(0, lo - 12) && this.mentions[k].token > after; k--) order.push(k);
    // A possessor is embedded in a phrase whose head is another ("Gilani's cousin, Syed Ahmed,
    // told …"): Hobbs's walk meets the head first, so possessors come after the sentence's others.
    const embedded = (k: number) => (this.mentions[k].possessor ? 1 : 0);
    order.sort((a, b) => this.sentenceOf[b] - this.sentenceOf[a] || embedded(a) - embedded(b) || a - b);
    // First full names and known speakers; a single word only when no full name fits, and only
    // one that names a person ("Ivana", "her son Tomo"): on PolNeAR train the other single words
    // a pronoun fell back on were nearly all places, months and titles ("America", "Salem",
    // "Bible"), and no referent is better than a guessed one.
    for (const strict of [true, false]) {
      for (const k of order) {
        const { name, weak, early, titled, personal, token } = this.mentions[k];
        if (this.places.has(name) || this.institution(name)) continue;
        // A person's single name opening a sentence is its subject, which Hobbs's order prefers
        // to any name further back ("… a man by the name of Jeff … Jeff begins …; “…,” he said").
        const subject = personal && token === this.doc.sentences[this.sentenceOf[k]]?.tokenStart;
        if (!name.includes(" ") && !titled && !this.speakers.has(name) && (strict ? !subject : !personal))
          continue;
        if (bound.has(name) || ((weak || early) && !this.speakers.has(name))) continue;
        const g = this.genders.get(name);
        if (g === undefined || g === gender) {
          // "… one diplomat described being jolted awake. … he told doctors": the unnamed person
          // comes first in the search, so the pronoun is theirs, not the name further back.
          const unnamed = this.unnamedFirst(before, after, k, gender);
          if (unnamed !== undefined) return { description: unnamed };
          this.setGender(name, gender);
          return { name };
        }
      }
    }
    return undefined;
  }

  /**
   * Record an unnamed single person who speaks at token `token` ("one diplomat", "a witness"),
   * with the gender its words show ("a spokeswoman"). Called in text order.
   */
  addUnnamed(token: number, description: string, gender?: "male" | "female"): void {
    const sentence = itemContaining(this.doc.sentences, this.doc.tokenStore.starts[token]);
    this.unnamed.push({ token, sentence, description, ...(gender ? { gender } : {}) });
  }

  // The unnamed person of a compatible gender who speaks, or opens a sentence as its subject, in
  // the sentence nearest the pronoun at token `before` between mention k's and the pronoun's
  // (both sentences excluded: "A reporter asked Sanders …" leaves Sanders the one who replies),
  // after token `after`.
  private unnamedFirst(
    before: number,
    after: number,
    k: number,
    gender: "male" | "female",
  ): string | undefined {
    const sk = this.sentenceOf[k];
    const sp = itemContaining(this.doc.sentences, this.doc.tokenStore.starts[before]);
    // A sentence opened by a description of one person, between the name's and the pronoun's:
    // "The accuser had refused … She waited …" is the accuser, never the judge named before. A
    // description the article gives a name ("the judge", one person titled Judge) leaves the
    // search to the names.
    let subject: { sentence: number; description: string } | undefined;
    for (let u = this.subjects.length - 1; u >= 0 && !subject; u--) {
      const x = this.subjects[u];
      if (x.sentence >= sp) continue;
      if (x.sentence <= sk || this.doc.sentences[x.sentence].tokenStart <= after) break;
      if ((x.gender === undefined || x.gender === gender) && this.byDescription(x.description) === undefined)
        subject = x;
    }
    for (let u = this.unnamed.length - 1; u >= 0; u--) {
      const x = this.unnamed[u];
      if (x.sentence >= sp) continue;
      if (x.sentence <= sk || x.token <= after) break;
      if (x.gender === undefined || x.gender === gender)
        return subject && subject.sentence > x.sentence ? subject.description : x.description;
    }
    return subject?.description;
  }

  /**
   * The names a subject pronoun at token `at` cannot stand for: those named after it in its
   * sentence ("she tweeted to Brandt", "he said Brandt was wrong": binding theory's Principle C,
   * a name is never bound by a pronoun that commands it), unless a subordinate clause opened
   * before the pronoun ("When he arrived, Brandt said …").
   */
  private boundLater(at: number): Set<string> {
    const out = new Set<string>();
    const { sentences, tokenStore } = this.doc;
    const s = sentences[itemContaining(sentences, tokenStore.starts[at])];
    if (!s) return out;
    for (let k = s.tokenStart; k < at; k++) if (this.lex.cataphoraOpeners.has(tokenStore.key(k))) return out;
    for (const m of this.namedIn(at + 1, s.tokenEnd)) out.add(m.name);
    return out;
  }

  // Whether a single-word name at token `token` opens its sentence or stands in a headline.
  private unproven(token: number): boolean {
    const { sentences, paragraphs, tokenStore } = this.doc;
    const si = itemContaining(sentences, tokenStore.starts[token]);
    if (si >= 0 && sentences[si].tokenStart === token) return true;
    const p = itemContaining(paragraphs, tokenStore.starts[token]);
    return this.headline(p);
  }

  // Whether paragraph `p` is a heading or the plain-text title.
  private headline(p: number): boolean {
    return this.doc.paragraphs[p]?.kind === "heading" || titleLine(this.doc, p);
  }

  // Index of the first mention at or after token `token`.
  private lowerBound(token: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].token < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // Register a full name so that shorter mentions map to it.
  private add(name: string): void {
    if (!name.includes(" ") || this.known.has(name)) return;
    this.known.add(name);
    const words = name.split(" ");
    const last = words[words.length - 1];
    append(this.byLast, last, name);
    if (words.length === 2) append(this.byFirst, words[0], name);
    this.cache.clear();
  }

  /** The normalized form of a name: the longest known name ending (or starting) with it. */
  canonical(name: string): string {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    const words = name.split(" ");
    let best = name;
    // "Twitter" is the network, not "Wilayat Twitter": a network's one word ends no longer name.
    if (words.length === 1 && this.lex.platforms.has(name.toLowerCase())) {
      this.cache.set(name, name);
      return name;
    }
    // A surname first ("Hallen" is Sigurd Hallen, not Hallen Aggregates), then a first name alone.
    for (const f of this.byLast.get(words[words.length - 1]) ?? []) {
      const fw = f.split(" ");
      if (f.length > best.length && fw.slice(fw.length - words.length).join(" ") === name) best = f;
    }
    if (best === name && words.length === 1) {
      for (const f of this.byFirst.get(name) ?? []) if (f.length > best.length) best = f;
    }
    this.cache.set(name, best);
    return best;
  }

  /** Record that a name is a cue's subject: a speaker, even with a single-word name. */
  markSpeaker(name: string): void {
    this.speakers.add(name);
  }

  /**
   * The one person the article gives a title, for a description naming that title: "the
   * minister" is Finance Minister Oren Castell when no one else is a minister.
   */
  byDescription(description: string, at?: number): string | undefined {
    const words = description.toLowerCase().split(" ");
    if (words.length < 2) return undefined;
    if (words[0] === "the") {
      const people = this.byTitle.get(words[1]);
      if (people && people.size === 1) return [...people][0];
    }
    if (
      at === undefined ||
      words.length !== 2 ||
      !this.lex.titleOwners.has(words[0]) ||
      !this.lex.titles.has(words[1])
    )
      return undefined;
    return this.titledAfter(at, words[1]);
  }

  /**
   * "“…,” its chair said. Ada Lindqvist, the trust's chair since 2019, …": a release names the
   * holder of the title right after the description that quotes them (cataphora). The first
   * full name of a person standing next to the title word (a comma, "the" or a possessor
   * between) after token `at`, in its sentence and the next {@link CATAPHORA_SENTENCES}.
   */
  private titledAfter(at: number, title: string): string | undefined {
    const { sentences, tokenStore } = this.doc;
    const si = itemContaining(sentences, tokenStore.starts[at]);
    const last = sentences[Math.min(sentences.length - 1, si + CATAPHORA_SENTENCES)];
    if (si < 0 || !last) return undefined;
    const named = this.namedIn(at + 1, last.tokenEnd).filter((m) => m.name.includes(" "));
    for (let k = at + 1; k < last.tokenEnd; k++) {
      if (tokenStore.key(k) !== title) continue;
      for (const m of named) {
        // "Chair Ada Lindqvist", "the trust's chair, Ada Lindqvist", "Ada Lindqvist, its chair".
        if (m.token <= k && k <= m.last) return m.name;
        const [from, to] = m.last < k ? [m.last + 1, k] : [k + 1, m.token];
        if (to < from || to - from > MAX_APPOSITION) continue;
        // A name before its title stands in apposition, after a comma: "Marlow Trust's chair" is
        // the trust's.
        if (m.last < k && tokenStore.key(m.last + 1) !== ",") continue;
        let gap = true;
        for (let g = from; g < to; g++) gap &&= APPOSITION.test(tokenStore.key(g));
        if (gap) return m.name;
      }
    }
    return undefined;
  }

  /** Whether a name was a cue's subject. */
  isSpeaker(name: string): boolean {
    return this.speakers.has(name);
  }

  /** The first full name the article mentions (outside quotes), if any. */
  firstMentioned(): string | undefined {
    return this.mentions.find((m) => m.name.includes(" "))?.name;
  }

  /** The full name the article mentions most often (the first of equals), if any. */
  mostMentioned(): string | undefined {
    const counts = new Map<string, number>();
    for (const m of this.mentions)
      if (m.name.includes(" ")) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    let best: string | undefined;
    for (const [name, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = name;
    return best;
  }

  /** The gender a name’s titles or resolved pronouns showed, if any. */
  genderOf(name: string): "male" | "female" | "plural" | undefined {
    return this.genders.get(name);
  }

  /** Record a gender for a (canonical) name, unless one is known. */
  setGender(name: string, gender: "male" | "female" | "plural" | undefined): void {
    if (gender && !this.genders.has(name)) this.genders.set(name, gender);
  }
}
