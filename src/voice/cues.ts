import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import { KIND_CODE, type TokenStore } from "../text/token-store.js";
import type { Token } from "../text/tokenize.js";
import { editorialNotes } from "./editorial.js";
import type { VoiceLexicon } from "./lexicon.js";
import { FRACTION, type Mention, MentionFinder } from "./mentions.js";
import { pastVerb, relativeHead } from "./relative-clause.js";
import { titleLine } from "./transcript.js";

/** A reporting cue: a verb or phrase ("said", "according to") with the subject it names. */
export interface Cue {
  /** Token range of the cue, inclusive. */
  first: number;
  last: number;
  /** Folded cue word ("said", "according"). */
  key: string;
  /** Sentence index of the cue. */
  sentence: number;
  /** Whether the verb is usually a speech verb (not "found", "called", "put"). */
  strong: boolean;
  subject: Mention;
  /** The subject follows the cue ("said Varga", "according to Varga"). */
  inverted: boolean;
  /** A cue of belief, wish or stance ("voters believe"): an attribution, not a voice. */
  attributionOnly?: boolean;
}

// Days named relative to the article's own: they never close a noun phrase ("the poll today").
const RELATIVE_DAYS = new Set(["today", "yesterday", "tomorrow"]);
// How far back, in tokens, an appositive between a subject and its verb may reach ("Bob Friedman,
// a talk show host and operations manager at the oldest black-owned station in Alabama, said").
const APPOSITIVE_REACH = 24;
const CLOSERS = new Set(['"', "\u201D", "\u2019", "'", "\u00BB"]);

/**
 * Find every reporting cue of the document and its subject, sentence by sentence, skipping words
 * inside quotes (`inQuote(tokenIndex)`). One pass over the tokens of the sentences `read` keeps
 * (default: all). A sentence's cues depend on its own tokens only.
 */
export function findCues(
  doc: Document,
  lex: VoiceLexicon,
  inQuote: (token: number) => boolean,
  read: (sentence: number) => boolean = () => true,
): Cue[] {
  const m = new MentionFinder(doc.text, doc.tokenStore, lex);
  const cues: Cue[] = [];
  const phraseStarts = new Set(lex.phrases.map((p) => p[0]));
  // "(Italics added.)": no one adds the italics but the author.
  const notes = editorialNotes(doc.text, lex);
  // A loop, not `notes.some(…)`: asked of every word, a closure per call was a tenth of this pass's allocation.
  const inNote = (k: number) => {
    const at = doc.tokenStore.starts[k];
    for (const n of notes) if (n.start <= at && at < n.end) return true;
    return false;
  };
  // Whether a word's key can open a cue at all, by key id (0 not asked yet, 1 no, 2 yes): most
  // words of a text are in none of the cue lists and no past form, which their key alone decides,
  // and a long text asks the same few thousand keys again.
  const opens = new Uint8Array(doc.tokenStore.keyTable.size);
  const mayOpen = (key: string) =>
    phraseStarts.has(key) ||
    lex.quotingVerbs.has(key) ||
    lex.verbs.has(key) ||
    lex.thatVerbs.has(key) ||
    lex.attributionVerbs.has(key) ||
    // A past form may be a speech tag's verb ("“Go back,” Trump barked"; see quoteSlotVerb).
    key.endsWith("ed");
  doc.sentences.forEach((s, si) => {
    if (!read(si)) return;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      // Asked of every token: the store is read, and no token object made.
      if (doc.tokenStore.kinds[k] !== KIND_CODE.word || inQuote(k)) continue;
      const id = doc.tokenStore.keyIds[k];
      if (opens[id] === 0) opens[id] = mayOpen(doc.tokenStore.key(k)) ? 2 : 1;
      if (opens[id] === 1) continue;
      if (notes.length > 0 && inNote(k)) continue;
      const key = doc.tokenStore.key(k);
      const phrase = phraseStarts.has(key)
        ? lex.phrases.find((p) => p.every((w, o) => doc.tokenStore.keyAt(k + o) === w))
        : undefined;
      if (phrase) {
        const at = k + phrase.length;
        let subject =
          m.forward(at, s.tokenEnd) ?? m.bareForward(at, s.tokenEnd) ?? m.phraseForward(at, s.tokenEnd);
        // "According to the results, Clinton leads": the name after the comma opens the content,
        // it is no appositive of the source.
        if (subject && doc.tokenStore.slice(subject.first, subject.last + 1).some((u) => u.key === ","))
          subject = m.phraseForward(at, s.tokenEnd);
        // "according to “Quiet Harbour, a Memoir” by …": a quoted title, its commas included.
        subject ??= m.quotedForward(at, s.tokenEnd);
        if (subject)
          cues.push({
            first: k,
            last: k + phrase.length - 1,
            key,
            sentence: si,
            strong: true,
            subject,
            inverted: true,
          });
        k += phrase.length - 1;
        continue;
      }
      const quoting = lex.quotingVerbs.has(key)
        ? quotingCue(m, lex, k, si, s.tokenStart, s.tokenEnd)
        : undefined;
      if (quoting) {
        cues.push(quoting);
        continue;
      }
      // "notified Congress that …": a verb of `thatVerbs` is a cue with its "that" clause only;
      // "…, arguing that …": a participle of `participleVerbs` is one after a comma.
      const participleOnly =
        !lex.verbs.has(key) && lex.participleVerbs.has(key) && doc.tokenStore.keyAt(k - 1) === ",";
      const speech =
        lex.verbs.has(key) || (lex.thatVerbs.has(key) && thatFollows(doc, k, s.tokenEnd)) || participleOnly;
      if (!speech && !lex.attributionVerbs.has(key)) {
        // "“Go back,” Trump barked", "“Fantastic!” beamed Ada Lind": any past-tense verb in the
        // slot a speech verb takes after a quote that breaks off on a comma, "!" or "?".
        const adjacent = quoteSlotVerb(m, k, s.tokenStart, s.tokenEnd);
        if (adjacent) cues.push({ first: k, last: k, key, sentence: si, strong: true, ...adjacent });
        continue;
      }
      // "an interview with the Washington Post": a capitalised word that goes on a capitalised
      // name inside a sentence is part of the name, not a verb (unless it closes a tag).
      if (
        k > s.tokenStart &&
        m.isCapWord(k) &&
        m.isCapWord(k - 1) &&
        m.sameLine(k - 1) &&
        doc.paragraphs[s.paragraph]?.kind !== "heading" &&
        !titleLine(doc, s.paragraph) &&
        !capitalisedTagVerb(doc, k, lex)
      )
        continue;
      // "four reports", "the report", "a claim": a noun, not a cue.
      const before = doc.tokenStore.get(k - 1);
      if (
        before &&
        k > s.tokenStart &&
        // "Six in 10 say", "half said": a proportion of respondents is the subject, not a count.
        ((before.kind === "number" && doc.tokenStore.keyAt(k - 2) !== "in") ||
          (lex.determiners.has(before.key) && !FRACTION.test(before.key)) ||
          /['\u2019]s$/.test(doc.text.slice(before.start, before.end)))
      )
        continue;
      // "business failures and alleged fraudulent schemes": an adjective before its noun.
      if (lex.adjectiveParticiples.has(key) && adjectiveUse(doc, lex, k)) continue;
      // "The full report is available": a noun that is the subject of another verb.
      if (lex.copulas.has(doc.tokenStore.keyAt(k + 1) ?? "")) continue;
      // "adding to his victories": a participle of addition, not of speech.
      if (key === "adding" && doc.tokenStore.keyAt(k + 1) === "to") continue;
      // "admitted the preacher into the country": letting in, not speech.
      if (lex.entryVerbs.has(key) && intoFollows(doc, k, s.tokenEnd)) continue;
      // "Vell reported daily to the studio chief": a line of command, nothing said.
      if (lex.lineVerbs.has(key) && reportsToSomeone(doc, k, s.tokenEnd)) continue;
      // "Christie said, adding that …": a participle after a comma continues the sentence's cue.
      const earlier = cues[cues.length - 1];
      const participle = doc.tokenStore.keyAt(k - 1) === "," && /ing$/.test(key);
      const shared =
        (participle || doc.tokenStore.keyAt(k - 1) === "and") &&
        earlier?.sentence === si &&
        !earlier.inverted;
      // "Pompeo spoke hours after Trump had mounted a defence, saying …": a participle hangs on
      // the nearest clause, so a subordinate clause with a subject of its own after the earlier
      // cue gives the participle its subject.
      const clause = participle
        ? subordinateClause(m, shared ? earlier.last + 1 : s.tokenStart, k - 1)
        : undefined;
      const found = clause
        ? clause.subject
          ? { subject: clause.subject, inverted: false }
          : undefined
        : shared
          ? { subject: earlier.subject, inverted: false }
          : subjectOf(m, k, s.tokenStart, s.tokenEnd);
      // "A plain note.", "The annual report.": a description and a verb ending the sentence with
      // nothing reported is a noun phrase.
      if (
        found &&
        found.subject.kind === "description" &&
        found.subject.last === k - 1 &&
        found.subject.first === s.tokenStart &&
        /^[.!?]$/.test(doc.tokenStore.keyAt(k + 1) ?? "")
      )
        continue;
      // "… in its opposition to Donald Trump, arguing he is …": such a participle speaks for the
      // subject opening the sentence or a clause after a comma, never for an object.
      const opening = found !== undefined && subjectOpensClause(m, found.subject.first, s.tokenStart);
      if (found)
        cues.push({
          first: k,
          last: k,
          key,
          sentence: si,
          strong: lex.strongVerbs.has(key),
          ...found,
          ...(speech && (opening || !participleOnly) ? {} : { attributionOnly: true }),
        });
    }
  });
  return cues;
}

/** Whether any word of a mention is capitalised. */
function capitalised(m: MentionFinder, mention: Mention): boolean {
  for (let k = mention.first; k <= mention.last; k++) if (m.isCapWord(k)) return true;
  return false;
}

// Most tokens of a place's name after a comma ("Iowa", "N.H.", "Tex.").
const PLACE_TOKENS = 4;

/**
 * Where the main clause starts before token `j`: past a phrase opened by a word of
 * `leadingAdverbials` and its comma ("On Tuesday, Mr. Lind …"), and past any further such phrase or
 * the state of a place named in one ("At a rally in Ames, Iowa, on Sunday, Mrs. Lind …").
 */
function mainClauseStart(m: MentionFinder, floor: number, j: number): number {
  const tokens = m.tokens;
  const commaAfter = (from: number) => {
    let comma = from + 1;
    while (comma < j && tokens.key(comma) !== ",") comma++;
    return comma;
  };
  if (!m.lex.leadingAdverbials.has(tokens.key(floor))) return floor;
  let comma = commaAfter(floor);
  if (comma + 1 >= j) return floor;
  for (;;) {
    const start = comma + 1;
    const next = commaAfter(start);
    if (next + 1 >= j) return start;
    if (!m.lex.leadingAdverbials.has(tokens.key(start)) && !stateOfPlace(m, start, next)) return start;
    comma = next;
  }
}

/**
 * Whether the tokens `[start, comma)` are a state or country after a place named after a
 * preposition of place ("in Ames, Iowa,", "at Kessel Hospital in Tyne, Ark.,"): capitalised words
 * and abbreviation points only, the comma before them closing "in" and a capitalised name.
 */
function stateOfPlace(m: MentionFinder, start: number, comma: number): boolean {
  const tokens = m.tokens;
  if (comma - start > PLACE_TOKENS) return false;
  for (let k = start; k < comma; k++) if (!m.isCapWord(k) && tokens.key(k) !== ".") return false;
  let b = start - 2;
  while (b >= 0 && m.isCapWord(b)) b--;
  return b < start - 2 && m.lex.locatives.has(tokens.key(b));
}

// Conjunctions that may open a sentence before its subject ("But Orbán remains …").
const OPENING_CONJUNCTIONS = new Set(["but", "and", "so", "yet"]);

/**
 * Whether a subject whose first token is `first` opens its sentence or a clause after a comma,
 * read back over what may stand before a name in it: an article or other determiner, a
 * possessive, capitalised words, titles ("In 2015, the Second Amendment Foundation …", "But
 * Orbán …", "Campos's co-worker Liliana Rodriguez …"); "opposition to Donald Trump" does not.
 */
function subjectOpensClause(m: MentionFinder, first: number, floor: number): boolean {
  const tokens = m.tokens;
  let b = first - 1;
  while (
    b >= floor &&
    (m.isCapWord(b) ||
      m.lex.determiners.has(tokens.key(b)) ||
      m.lex.titles.has(tokens.key(b)) ||
      m.lex.personHeads.has(tokens.key(b)) ||
      /^['\u2019]s$|^\.$/.test(tokens.key(b)))
  )
    b--;
  if (b === floor && OPENING_CONJUNCTIONS.has(tokens.key(b))) b--;
  return b < floor || tokens.key(b) === ",";
}

// How far, in tokens, "as saying" may follow a quoting verb: past its object and an appositive
// ("quoted Ann Moss, a farmer near the river, as saying").
const QUOTED_OBJECT_REACH = 16;

/**
 * "The Gazette cited two officials as saying …", "Reed is quoted as saying …": a quoting verb
 * whose "as" and speech verb follow reports another's words. Active, its subject reports them
 * (PolNeAR's source is the one who quotes, with "two officials as saying …" the content);
 * passive, the one quoted says them. Without "as" and a speech verb ("cited a study") it
 * reports nothing.
 */
function quotingCue(
  m: MentionFinder,
  lex: VoiceLexicon,
  k: number,
  si: number,
  floor: number,
  limit: number,
): Cue | undefined {
  const tokens = m.tokens;
  let as = -1;
  for (let j = k + 1; j < Math.min(limit - 1, k + QUOTED_OBJECT_REACH); j++) {
    const key = tokens.key(j);
    if (CLOSERS.has(key) || key === "\u201C" || /^[.;:!?]$/.test(key)) break;
    if (key === "as" && lex.verbs.has(tokens.key(j + 1)) && tokens.key(j + 1).endsWith("ing")) {
      as = j;
      break;
    }
  }
  if (as < 0) return undefined;
  let j = k - 1;
  while (j >= floor && (lex.verbSkips.has(tokens.key(j)) || m.verbAdverb(j))) j--;
  if (j >= floor && lex.cuePassives.has(tokens.key(j))) {
    // Passive: "Reed is quoted as saying" needs nothing between the verb and "as".
    if (as !== k + 1) return undefined;
    const subject = m.backward(j - 1, floor);
    return subject
      ? { first: k, last: k, key: tokens.key(k), sentence: si, strong: true, subject, inverted: false }
      : undefined;
  }
  if (as === k + 1) return undefined;
  const found = subjectOf(m, k, floor, limit);
  return found ? { first: k, last: k, key: tokens.key(k), sentence: si, strong: true, ...found } : undefined;
}

// How far, in tokens, the "that" of a passive report may follow its agent: past an appositive
// ("were told by Ada Lind, the department's director of communications, that").
const AGENT_THAT_REACH = 16;

/**
 * The agent of a passive speech verb at k that reports a clause: "reporters were told by Ada
 * Lind, the port's spokeswoman, that …", "he had been told by his handlers that …" (the agent
 * says what follows, inverted after the verb as in "said X"). The "that" must follow the agent
 * at once or after its appositive between commas; "what they are told by the elites" and "was
 * warned by its engineers" with no clause report no one's words.
 */
function passiveAgent(
  m: MentionFinder,
  k: number,
  limit: number,
): { subject: Mention; inverted: boolean } | undefined {
  const tokens = m.tokens;
  if (tokens.keyAt(k + 1) !== "by") return undefined;
  // "was told by police that": a bare plural or collective is an agent too.
  const agent = m.forward(k + 2, limit) ?? m.bareForward(k + 2, limit);
  if (!agent) return undefined;
  let j = agent.last + 1;
  if (tokens.keyAt(j) === ",") {
    const end = Math.min(limit, j + AGENT_THAT_REACH);
    let close = j + 1;
    while (close < end && tokens.key(close) !== "," && !/^[.;:!?]$/.test(tokens.key(close))) close++;
    if (tokens.keyAt(close) !== ",") return undefined;
    j = close + 1;
  }
  return tokens.keyAt(j) === "that" ? { subject: agent, inverted: true } : undefined;
}

/**
 * The last subordinate clause opening in tokens `[from, to)` ("as the mayor left", "after
 * President Donald Trump had mounted …"): a subordinator, then a mention and a lower-case word
 * (its verb). Its `subject` is that mention when it can be a speaker (a name, a pronoun of
 * someone, a description); none when the clause's subject is "it" or "they" or unreadable.
 * "after a long meeting," (no verb after the phrase) is no clause.
 */
function subordinateClause(m: MentionFinder, from: number, to: number): { subject?: Mention } | undefined {
  const tokens = m.tokens;
  for (let c = to - 1; c >= from; c--) {
    if (!m.lex.subordinateClauseOpeners.has(tokens.key(c))) continue;
    let subject = m.forward(c + 1, to);
    if (!subject) continue;
    // "as the mayor left,": a description read up to the comma ends on the clause's past verb.
    if (
      subject.kind === "description" &&
      subject.last === to - 1 &&
      subject.last > subject.first + 1 &&
      (m.lex.pastForms.has(tokens.key(to - 1)) || PAST.test(tokens.key(to - 1)))
    ) {
      const head = subject.last - 1;
      subject = {
        ...subject,
        last: head,
        text: m.text.slice(tokens.starts[subject.first], tokens.ends[head]),
      };
      return { subject };
    }
    let v = subject.last + 1;
    while (v < to && m.lex.verbSkips.has(tokens.key(v))) v++;
    if (v >= to || tokens.kind(v) !== "word" || m.isCapWord(v) || tokens.key(v) === "of") continue;
    const person = subject.kind !== "pronoun" || subject.gender === "male" || subject.gender === "female";
    return person ? { subject } : {};
  }
  return undefined;
}

/** Indexes of the cues of each sentence, so that look-ups stay linear. */
export function cuesBySentence(cues: Cue[], sentences: number): number[][] {
  const out: number[][] = Array.from({ length: sentences }, () => []);
  cues.forEach((c, i) => {
    out[c.sentence].push(i);
  });
  return out;
}

/** Indexes of the cues of the sentences of paragraph `p`, in text order. */
export function cuesOfParagraph(doc: Document, bySentence: number[][], p: number): number[] {
  const para = doc.paragraphs[p];
  const out: number[] = [];
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].end <= para.start) lo = mid + 1;
    else hi = mid;
  }
  for (let si = lo; si < doc.sentences.length && doc.sentences[si].start < para.end; si++)
    out.push(...bySentence[si]);
  return out;
}

/**
 * The first token of a phrase of time that ends at token j between a cue's subject and its verb
 * ("Susan Gill last week told", "the mayor earlier this month said", "Spicer on Thursday evening
 * said", "Varga at the time said"), or j when there is none. After a participle or a form in -ing the phrase closes the
 * subject's own phrase ("a statement released last week says", "voters polled this month say"),
 * and so is a phrase after an agent or a place ("released by the board last week said").
 */
function timePhraseStart(m: MentionFinder, j: number, floor: number): number {
  const { tokens, lex } = m;
  const key = (k: number) => tokens.keyAt(k) ?? "";
  let s = j;
  if (lex.dayParts.has(key(j)) && lex.days.has(key(j - 1))) {
    s = j - 1;
    if (key(s - 1) === "on") s--;
  } else if (lex.cueTimeUnits.has(key(j)) && lex.cueTimeDeterminers.has(key(j - 1))) {
    s = j - 1;
    if (lex.cueTimeLeads.has(key(s - 1))) s--;
  } else {
    const fixed = lex.cueTimePhrases.find((p) => p.every((w, o) => key(j - p.length + 1 + o) === w));
    if (fixed) s = j - fixed.length + 1;
  }
  if (s === j || s - 1 < floor) return j;
  if (tokens.kindAt(s - 1) !== "word" || pastVerb(m, s - 1) || /ing$/.test(key(s - 1))) return j;
  // "a report released by the Brookings Institution last year estimated", "a poll in The Times
  // last year said": the phrase closes an agent's or a place's phrase, not the cue's subject.
  const before = m.backward(s - 1, floor);
  const opener = before ? key(before.first - 1) : "";
  if (lex.participleAgents.has(opener) || lex.peopleLinks.has(opener)) return j;
  return s;
}

/**
 * Whether a participle of `adjectiveParticiples` at token k is an adjective before its noun: after
 * "and"/"or" or a hyphenated adjective, where no subject ends ("failures and alleged fraudulent
 * schemes", "a 36-year-old alleged attack"), and before a lower-case word that is no function
 * word ("alleged that …", "and alleged the …" stay cues).
 */
function adjectiveUse(doc: Document, lex: VoiceLexicon, k: number): boolean {
  const tokens = doc.tokenStore;
  const before = tokens.keyAt(k - 1) ?? "";
  const hyphened =
    tokens.kindAt(k - 1) === "word" && before.includes("-") && before === tokens.text(doc.text, k - 1);
  if (!lex.adjectiveLeads.has(before) && !hyphened) return false;
  const after = tokens.keyAt(k + 1);
  return (
    after !== undefined &&
    tokens.kindAt(k + 1) === "word" &&
    after === tokens.text(doc.text, k + 1) &&
    !functionWords().has(after)
  );
}

/**
 * The subject of the verb at token k, within the sentence's tokens `[floor, limit)`: the mention
 * just before it (skipping auxiliaries and adverbs, and an appositive between commas), or, after
 * a quote or at a clause start, the mention just after it ("…," said Varga).
 */
export function subjectOf(
  m: MentionFinder,
  k: number,
  floor: number,
  limit: number,
): { subject: Mention; inverted: boolean } | undefined {
  const tokens = m.tokens;
  let j = k - 1;
  const skippable = (i: number) => m.lex.verbSkips.has(tokens.key(i)) || m.verbAdverb(i);
  while (j >= floor && skippable(j)) j--;
  const time = timePhraseStart(m, j, floor);
  if (time < j) {
    j = time - 1;
    while (j >= floor && skippable(j)) j--;
  }
  // "The harbour chief on Wednesday said", "Varga later Thursday told", "Varga yesterday told":
  // the day between the subject and its verb is no subject. A bare weekday may close the
  // subject's own phrase instead ("a statement released Tuesday says", "voters going to the
  // polls Tuesday say"), so it is skipped only after "on" or an adverb of time.
  if (j > floor && m.lex.days.has(tokens.key(j))) {
    const before = tokens.key(j - 1);
    const weekday = !RELATIVE_DAYS.has(tokens.key(j));
    if (!weekday || before === "on" || m.lex.verbSkips.has(before)) {
      j -= before === "on" ? 2 : 1;
      while (j >= floor && skippable(j)) j--;
    }
  }
  // "Aksel Moen used to say": the habit, not the infinitive, takes the subject.
  if (tokens.keyAt(j) === "to" && tokens.keyAt(j - 1) === "used") j -= 2;
  // "Asked if the comments had rattled them, Ryan said …": the main clause's subject asks nothing,
  // but PARC counts it the source of the answer that follows.
  if (j < floor && tokens.key(k) === "asked") {
    let comma = k + 1;
    while (comma < limit && tokens.key(comma) !== ",") comma++;
    const after = comma + 1 < limit ? m.forward(comma + 1, limit) : undefined;
    return after ? { subject: after, inverted: false } : undefined;
  }
  // Nothing before the verb in its sentence: no subject to read backwards.
  const prev: Token | undefined = j >= floor ? tokens.get(j) : undefined;
  // A negated verb reports nothing: "never said", "WON'T say" (a folded key, whatever the case).
  if (prev && (prev.key === "not" || prev.key === "never" || prev.key.endsWith("n't"))) return undefined;
  // "was warned by its engineers": a passive verb's subject is not the one reporting; its agent
  // is, when a "that" clause follows ("she was told by the firm's lawyers that …").
  // "after being warned by the embassy that …", "to be told by …": a non-finite passive hangs on
  // another clause and reports nothing of the sentence's.
  if (prev && m.lex.cuePassives.has(prev.key))
    return prev.key === "being" || prev.key === "be" ? undefined : passiveAgent(m, k, limit);
  // "Rep. Gwen Moore (D-Wis.) said": look past a parenthesis after the name.
  if (prev?.key === ")") {
    for (let c = j - 1; c >= Math.max(floor, j - 10); c--) {
      if (tokens.key(c) === "(") {
        const before = m.backward(c - 1, floor);
        if (!before) return undefined;
        // "Peter Salma, head of emergency response at the World Health Organization (WHO) said":
        // an organisation after a preposition closes the speaker's appositive; the head speaks.
        let p = before.first - 1;
        if (tokens.keyAt(p) === "the") p--;
        if (m.lex.appositivePrepositions.has(tokens.keyAt(p) ?? "")) {
          for (let d = p - 1; d >= Math.max(floor, p - APPOSITIVE_REACH); d--) {
            if (tokens.key(d) !== ",") continue;
            const head = m.backward(d - 1, floor);
            if (head?.kind === "name" || head?.kind === "description")
              return { subject: head, inverted: false };
            break;
          }
        }
        return { subject: before, inverted: false };
      }
    }
  }
  // "…, saying “…”": a participle reports for the subject that opens the sentence, or for the
  // subject of a subordinate clause before it ("as the mayor left, saying").
  if (prev?.key === "," && /ing$/.test(tokens.key(k))) {
    const clause = subordinateClause(m, floor + 1, j);
    if (clause) return clause.subject ? { subject: clause.subject, inverted: false } : undefined;
    // "After criticism from several Jewish groups, Boudreau issued a clarification, saying …": the
    // main clause's subject, past the phrases that open the sentence.
    const start = mainClauseStart(m, floor, j);
    // "Shortly after the vote, the families of the founders had mobilized, warning that …": a
    // description in lower case opens the main clause ("the Harbour Trust" is read as a name below).
    if (start > floor && m.lex.determiners.has(tokens.key(start))) {
      const opening = m.forward(start, j);
      if (opening?.kind === "description" && opening.first === start && !capitalised(m, opening))
        return { subject: opening, inverted: false };
    }
    for (let c = start; c < j; c++) {
      // "Local survivors of abuse greeted …, saying": a word capitalised only as the sentence's
      // first, before a plural in lower case, opens a bare plural, no name.
      const plural = c === floor ? openingPlural(m, c, j) : undefined;
      if (plural) return { subject: plural, inverted: false };
      const s =
        m.pronoun(c) ??
        // "Speaking at a town hall, Trump …": an opening participle or adverb names no one.
        (m.isCapWord(c) && !m.lex.notNames.has(tokens.key(c)) && !/(ing|ly)$/.test(tokens.key(c))
          ? m.nameForward(c, j)
          : undefined);
      if (s) return { subject: s, inverted: false };
    }
  }
  // "Graham called both “crazy” and said …", "The judge rubbed his chin, and then said": a verb
  // coordinated with an earlier one shares its subject, the sentence's first mention (past an
  // opening adverbial: "In an interview Thursday, the Wisconsin Republican …").
  if (prev?.key === "and" || prev?.key === "but") {
    let comma = floor + 1;
    while (comma < j && tokens.key(comma) !== ",") comma++;
    for (const start of [floor, comma + 1, floor + 1]) {
      const s =
        start < j
          ? ((start === floor ? openingPlural(m, start, j) : undefined) ?? m.forward(start, j))
          : undefined;
      if (s) return { subject: s, inverted: false };
    }
    return undefined;
  }
  const afterQuote =
    prev !== undefined &&
    ((CLOSERS.has(prev.key) && !nounQuote(tokens, j)) ||
      (prev.key === "," && CLOSERS.has(tokens.keyAt(j - 1) ?? "")));
  if (
    afterQuote ||
    (prev && (prev.key === ":" || prev.key === "(" || prev.key === "—" || prev.key === "-"))
  ) {
    const after = m.forward(k + 1, limit);
    if (after) return { subject: after, inverted: true };
  }
  // "Says harbour minister Tomas Brandt, “…”": a speech verb opening its sentence, inverted
  // before the speaker and the comma or colon that introduces the words.
  if (j < floor && k === floor && m.isCapWord(k) && m.lex.strongVerbs.has(tokens.key(k))) {
    const after = m.forward(k + 1, limit);
    const next = after ? tokens.keyAt(after.last + 1) : undefined;
    if (after && (next === "," || next === ":")) return { subject: after, inverted: true };
  }
  if (j < floor || !prev) return undefined;
  if (prev.key === ",") {
    // "Its director, Elias Nyberg, said": the name in the appositive.
    const appositive = m.nameBackward(j - 1, floor);
    if (appositive && tokens.keyAt(appositive.first - 1) === ",")
      return { subject: appositive, inverted: false };
    // "Brandt, who grows apples near Lessing, said": look past the appositive. "Scott Pruitt, the
    // attorney general of Oklahoma, one of the states suing the EPA, said": the head of the chain
    // of appositives speaks, not a place or organisation inside one, so the leftmost mention that
    // opens its clause wins.
    let nearest: Mention | undefined;
    let head: Mention | undefined;
    for (let c = j - 1; c >= Math.max(floor, j - APPOSITIVE_REACH); c--) {
      // "Woodrow Benford, 58, who lives outside Minneapolis, says": try each comma in turn.
      if (tokens.key(c) === ",") {
        // "Rep. Elijah Cummings (D-Md.), chair of the committee, said": past the parenthesis.
        let end = c - 1;
        if (tokens.keyAt(end) === ")") while (end > floor && end > c - 10 && tokens.key(end) !== "(") end--;
        const before = m.backward(tokens.keyAt(end) === "(" ? end - 1 : c - 1, floor);
        if (before?.kind === "name" || before?.kind === "description") {
          nearest ??= before;
          if (opensClause(m, before.first, floor)) head = before;
        }
      }
      if (CLOSERS.has(tokens.key(c)) && !possessive(tokens, c)) break;
    }
    const subject = head ?? nearest;
    return subject ? { subject, inverted: false } : undefined;
  }
  if (prev.kind !== "word" && prev.kind !== "number") return undefined;
  // "a single unnamed paramedic, who says": the relative pronoun's antecedent.
  if (prev.key === "who") {
    const antecedent = m.backward(tokens.keyAt(j - 1) === "," ? j - 2 : j - 1, floor);
    return antecedent ? { subject: antecedent, inverted: false } : undefined;
  }
  // "The agreement the two mayors signed said": the head before a relative clause speaks.
  const head = relativeHead(m, j, floor);
  if (head) return { subject: head, inverted: false };
  const before = m.backward(j, floor);
  if (!before) return undefined;
  // "Bishop Davies spoke at his Chrism Mass said …": a name after a preposition of place and a
  // possessive is an event or work someone holds, never who speaks; the clause's subject is not
  // read past it (the sentence may be garbled), so the cue has none.
  if (
    before.kind === "name" &&
    m.lex.possessiveDeterminers.has(tokens.keyAt(before.first - 1) ?? "") &&
    m.lex.locatives.has(tokens.keyAt(before.first - 2) ?? "")
  )
    return undefined;
  return { subject: madeBy(m, before, floor) ?? findingBy(m, before, floor) ?? before, inverted: false };
}

// Prepositions that carry a bare plural subject on ("survivors of abuse", "officials in Kessel").
const SUBJECT_PREPOSITIONS = new Set(["of", "in", "at", "from", "on", "with"]);

/**
 * Whether the word at k goes on after a plural that is a subject ("survivors of abuse greeted",
 * "officials eventually caught", "officials were"), not after a verb in -s taking its object
 * ("Clinton supports “…”", "Putin chides Turkey").
 */
function goesOnAsSubject(m: MentionFinder, k: number): boolean {
  const key = m.tokens.keyAt(k) ?? "";
  return (
    m.tokens.kindAt(k) === "word" &&
    !m.isCapWord(k) &&
    (SUBJECT_PREPOSITIONS.has(key) ||
      m.lex.verbSkips.has(key) ||
      m.lex.copulas.has(key) ||
      m.lex.verbs.has(key) ||
      /(?:ed|ly)$/.test(key))
  );
}

/**
 * "Local survivors of abuse": a capitalised word opening the sentence right before a plural in
 * lower case (at most two words on) is an adjective, and the phrase up to the plural a bare
 * plural subject when the clause goes on as a subject's would ({@link goesOnAsSubject});
 * undefined otherwise.
 */
function openingPlural(m: MentionFinder, c: number, limit: number): Mention | undefined {
  const tokens = m.tokens;
  const noun = (k: number) => {
    const key = tokens.key(k);
    return (
      tokens.kind(k) === "word" &&
      !functionWords().has(key) &&
      !m.lex.verbs.has(key) &&
      !m.lex.verbSkips.has(key) &&
      !m.lex.notNames.has(key) &&
      !/(?:ing|ly)$/.test(key)
    );
  };
  if (!m.isCapWord(c) || !noun(c) || m.isCapWord(c + 1)) return undefined;
  for (let k = c + 1; k < Math.min(limit, c + 3); k++) {
    if (!noun(k) || m.isCapWord(k)) return undefined;
    if (/[^s]s$/.test(tokens.key(k)))
      return goesOnAsSubject(m, k + 1)
        ? { kind: "description", first: c, last: k, text: m.spanText(c, k) }
        : undefined;
  }
  return undefined;
}

// Most words between a participle and the preposition of its maker ("made public this week by").
const MADE_BY_GAP = 3;

// "an investigation ordered by the principal has concluded", "a statement of facts filed with his
// plea agreement said", "a report made public this week by …": a past participle after the
// subject's head brings in who made it; the head is what reports, not its maker.
function madeBy(m: MentionFinder, maker: Mention, floor: number): Mention | undefined {
  const tokens = m.tokens;
  // "by the board's minutes": the maker's mention may start past its article.
  const prep = maker.first - (tokens.keyAt(maker.first - 1) === "the" ? 2 : 1);
  if (!m.lex.participleAgents.has(tokens.keyAt(prep) ?? "")) return undefined;
  const isParticiple = (k: number) =>
    PAST.test(tokens.key(k)) || m.lex.irregularParticiples.has(tokens.key(k));
  // "made public this week by": a few lower-case words (a complement, a time) may stand between.
  let participle = prep - 1;
  for (let gap = 0; gap < MADE_BY_GAP && participle > floor && !isParticiple(participle); gap++) {
    if (tokens.kindAt(participle) !== "word" || m.isCapWord(participle)) return undefined;
    participle--;
  }
  if (participle <= floor || !isParticiple(participle)) return undefined;
  const head = m.backward(participle - 1, floor);
  return head?.kind === "description" && head.last === participle - 1 ? head : undefined;
}

// "…, a survey by Kelso Polling has found.", "a study by the institute found that …": the maker
// after "by" of a body of evidence (`findingNouns`) made the finding, but the work reports it.
function findingBy(m: MentionFinder, maker: Mention, floor: number): Mention | undefined {
  const tokens = m.tokens;
  const prep = maker.first - (tokens.keyAt(maker.first - 1) === "the" ? 2 : 1);
  if (tokens.keyAt(prep) !== "by") return undefined;
  const head = m.backward(prep - 1, floor);
  if (
    head?.kind !== "description" ||
    head.last !== prep - 1 ||
    !m.lex.findingNouns.has(tokens.key(head.last))
  )
    return undefined;
  // "A 2019 report by …": the article before a figure, which the head's reading left out.
  const first = m.lex.subjectArticles.has(tokens.keyAt(head.first - 1) ?? "") ? head.first - 1 : head.first;
  return { kind: "description", first, last: maker.last, text: m.spanText(first, maker.last) };
}

/**
 * Whether the capitalised word at k after a name is a tag's verb in the past tense that ends its
 * clause ("“…,” Loomer Tweeted."): the writer capitalised the verb; a name's last word ("the
 * Washington Post") is no past tense closing a clause.
 */
export function capitalisedTagVerb(doc: Document, k: number, lex: VoiceLexicon): boolean {
  const key = doc.tokenStore.key(k);
  return PAST.test(key) && lex.verbs.has(key) && lex.tagEnds.has(doc.tokenStore.keyAt(k + 1) ?? ".");
}

// How far, in tokens, the "that" of a verb of `thatVerbs` may follow it, past its object and a
// time, inside its clause ("notified the Senate Foreign Relations Committee on Tuesday that").
const THAT_REACH = 12;

/** Whether a "that" follows the verb at k within {@link THAT_REACH} tokens, before any comma. */
function thatFollows(doc: Document, k: number, limit: number): boolean {
  for (let j = k + 1; j < Math.min(limit, k + 1 + THAT_REACH); j++) {
    const key = doc.tokenStore.key(j);
    if (key === "that") return true;
    // "when the hotel notified police of the shooting, the firm issued a statement that …": the
    // "that" of another clause.
    if (/^[.,;:!?]$/.test(key)) return false;
  }
  return false;
}

// How far, in tokens, the "into" of a verb of `entryVerbs` may follow it, past its object
// ("admitted Shaykh Ada Lind into").
const INTO_REACH = 8;

/** Whether an "into" follows the verb at k within {@link INTO_REACH} tokens, before any "that" or punctuation. */
function intoFollows(doc: Document, k: number, limit: number): boolean {
  for (let j = k + 1; j < Math.min(limit, k + 1 + INTO_REACH); j++) {
    const key = doc.tokenStore.key(j);
    if (key === "into") return true;
    if (key === "that" || doc.tokenStore.kindAt(j) !== "word") return false;
  }
  return false;
}

// Words of an opening quote or a lead-in: after whom a verb of `lineVerbs` reports to, what they said.
const SAID_AFTER = new Set(["that", ":", "\u201C", '"', "''"]);

/**
 * Whether the verb at k, past adverbs in -ly ("reported daily to"), takes "to" and whom, with
 * nothing said after: no "that", colon or quote before the clause ends ("reported to police that
 * …" is speech; "reported to be" is hearsay, read elsewhere).
 */
function reportsToSomeone(doc: Document, k: number, limit: number): boolean {
  const tokens = doc.tokenStore;
  let j = k + 1;
  while (j < limit && tokens.kind(j) === "word" && /ly$/.test(tokens.key(j)) && tokens.key(j).length > 4) j++;
  if (tokens.keyAt(j) !== "to" || tokens.keyAt(j + 1) === "be" || tokens.keyAt(j + 1) === "have")
    return false;
  for (let t = j + 1; t < limit; t++) {
    const key = tokens.key(t);
    if (SAID_AFTER.has(key)) return false;
    if (key === "," || key === ";" || key === "." || key === ")") return true;
  }
  return true;
}

// A past tense that is no participle of a noun phrase: "barked", "beamed", not "red" or "bed".
const PAST = /^\p{Ll}{2,}ed$/u;
const BREAKS = new Set([",", "!", "?"]);

// The verb at k in the speech-tag slot right after a closing mark whose quote breaks off on a
// comma, "!" or "?": "“…,” NAME verbed" or "“…,” verbed NAME", the tag ending there.
function quoteSlotVerb(
  m: MentionFinder,
  k: number,
  floor: number,
  limit: number,
): { subject: Mention; inverted: boolean } | undefined {
  const tokens = m.tokens;
  // Asked of most words of a text: the cheap test of the ending first.
  const key = tokens.key(k);
  if (!key.endsWith("ed") || !PAST.test(key) || m.lex.notNames.has(key)) return undefined;
  const closes = (c: number) =>
    c > floor && CLOSERS.has(tokens.keyAt(c) ?? "") && BREAKS.has(tokens.keyAt(c - 1) ?? "");
  if (closes(k - 1)) {
    const after = m.nameForward(k + 1, limit);
    // "beamed Donald Hartley of Madison", "snapped Ada Lind, who …".
    const next = tokens.keyAt((after?.last ?? k) + 1) ?? ".";
    if (after && (m.lex.tagEnds.has(next) || next === "of")) return { subject: after, inverted: true };
    return undefined;
  }
  if (!m.lex.tagEnds.has(tokens.keyAt(k + 1) ?? ".")) return undefined;
  // Names and pronouns only: "“Enough,” the gate closed" is no speech tag.
  const before = m.pronoun(k - 1) ?? m.nameBackward(k - 1, floor);
  if (before && closes(before.first - 1)) return { subject: before, inverted: false };
  return undefined;
}

// Whether the mention starting at token `first` opens its clause: the sentence start, or right
// after a comma, a colon, a dash or a closing quotation mark.
function opensClause(m: MentionFinder, first: number, floor: number): boolean {
  const tokens = m.tokens;
  // "Col. Aksel Moen": the clause opens before the title the name dropped.
  let k = first;
  while (k > floor && (tokens.key(k - 1) === "." || m.lex.titles.has(tokens.key(k - 1)))) k--;
  if (k <= floor) return true;
  const key = tokens.key(k - 1);
  return key === "," || key === ":" || key === "\u2014" || key === "--" || CLOSERS.has(key);
}

// "veterans' families": an apostrophe closing a plural possessive, not a quotation.
function possessive(tokens: TokenStore, k: number): boolean {
  const prev = tokens.get(k - 1);
  return prev !== undefined && prev.end === tokens.starts[k] && /s$/i.test(prev.key) && tokens.key(k) !== '"';
}

// Most words of a quoted noun phrase that is the subject of the verb after it.
const NOUN_QUOTE_WORDS = 3;

// "The so-called “experts” said the bridge was safe": a short quote closed on a word, with no
// comma or stop inside its marks, right before the verb is the verb's subject (a scare-quoted
// noun), not speech whose speaker follows.
function nounQuote(tokens: TokenStore, closer: number): boolean {
  let words = 0;
  for (let k = closer - 1; k >= 0 && k >= closer - NOUN_QUOTE_WORDS - 1; k--) {
    const t = tokens.get(k);
    if (t.kind === "punct")
      return words > 0 && words <= NOUN_QUOTE_WORDS && /^["\u201C\u2018'\u00AB]$/.test(t.key);
    words++;
  }
  return false;
}
