import type { Cue } from "../cues.js";
import { FRACTION } from "../mentions.js";
import type { Voice } from "../types.js";
import { cueDocument } from "../writer-quote.js";
import type { SentenceContext, SentenceSieve } from "./context.js";

// "I", "we", "we've": the author.
const FIRST_PERSON = /^(?:i|we)(?:['\u2019]\p{L}+)?$/iu;
// What stands before a pronoun that is its clause's subject in a tag: "…, he said", "“…!” she wrote".
const TAG_BEFORE = new Set([",", "\u201D", '"', "\u2019", "'"]);
// "An earlier entry said …", "A previous version of this story said …": the page's own earlier
// text, which a correction sets right in the author's voice; no one outside the page speaks.
// "An earlier report in a New Hampshire paper said …" is another outlet's.
const OWN_TEXT =
  /^(?:an?|the) (?:earlier|previous|original|prior) (?:entry|version|update|post|story|article|report|edition)$|\bof this (?:entry|post|story|article|report|page|blog|update)$/;

/**
 * The voice indirect speech gives sentence si ("Kovacs said police had …", "According to club
 * sources, …", "The reporters also found that …"), or nothing. Introducers ending in a colon,
 * headings and the sentence citing a document stay the author's.
 */
export function reportedVoice(ctx: SentenceContext, si: number): Voice | undefined {
  const { article, lex, cues, spans } = ctx;
  const { tokenStore: tokens, sentences, paragraphs } = article;
  if (/:\s*$/.test(article.text.slice(sentences[si].start, sentences[si].end))) return undefined;
  // "As Smith and Jones write," closing its paragraph introduces what follows: the author's line.
  const para = paragraphs[sentences[si].paragraph];
  if (sentences[si].end >= para.end - 1 && article.text[para.end - 1] === ",") return undefined;
  if (paragraphs[sentences[si].paragraph].kind === "heading") return undefined;
  // "And remember when the cardinal told the pope off …?", "So what does the Latin say?": a
  // question the author asks reports no one's statement, whatever its verb.
  if (/\?\s*$/.test(article.text.slice(sentences[si].start, sentences[si].end))) return undefined;
  // "According to the ministry: Between 2009 and 2014, …": a lead-in and a colon opening the
  // sentence hand all that follows to its source, whatever the passage holds (a quoted name taken
  // for a work's title makes no citation of the author's there).
  const lead = colonLead(ctx, si);
  if (lead) return lead;
  // "In the article entitled …, A and B describe …": the sentence that cites is the author's. A
  // title that only names where someone then spoke ("On the channel's “Morning Tide,” Mayor Varga
  // said …") is no citation of the author's: the speech cue after it reports the sentence.
  const work = accordingToWork(ctx, si);
  if (work) return work;
  if (ctx.citedIn.has(si) && !speaksAfterCitation(ctx, si)) return undefined;
  const view = viewOf(ctx, si);
  if (view) return view;
  // "The Labour Market Institute's “Working Hours Review 2026” found that …": the work speaks.
  for (const qi of ctx.titles.get(si) ?? []) {
    const opener = tokens.firstEndingAfter(spans[qi].start);
    const before = tokens.get(opener - 1);
    const subjectLike =
      opener <= sentences[si].tokenStart ||
      before.key === "," ||
      lex.determiners.has(before.key) ||
      /['\u2019]s$/.test(article.text.slice(before.start, before.end));
    const next = tokens.get(tokens.firstEndingAfter(spans[qi].end));
    if (subjectLike && next && (lex.writingVerbs.has(next.key) || lex.indirectVerbs.has(next.key))) {
      return {
        kind: "document",
        name: article.text.slice(spans[qi].contentStart, spans[qi].contentEnd).trim().replace(/[,.]$/, ""),
      };
    }
  }
  const documentVoice = (ref: { name: string; citation?: number }): Voice => ({
    kind: "document",
    name: ref.name,
    ...(ref.citation !== undefined ? { citation: ref.citation } : {}),
  });
  for (const i of ctx.bySentence[si]) {
    const c = cues[i];
    // "why the Kessel Ledger wrote": the word before the subject's article.
    const at = tokens.keyAt(c.subject.first - 1) === "the" ? c.subject.first - 2 : c.subject.first - 1;
    const before = tokens.keyAt(at) ?? "";
    // "As we've found before, …" is the author's own finding, and "As HarbourWatch reported, …"
    // under HarbourWatch's own dateline the outlet's own earlier work.
    const asClause =
      !c.inverted &&
      before === "as" &&
      !FIRST_PERSON.test(c.subject.text) &&
      !ctx.credits.some((cr) => cr.credited.toLowerCase() === c.subject.text.toLowerCase()) &&
      opensAsClause(ctx, si, at, c.last);
    if (!c.inverted && lex.reportBlockers.has(before) && !asClause) continue;
    // "a man who claims he served the mayor …": a cue inside a relative clause reports within that
    // clause; the sentence says something else ("… shows that …").
    // "the same woman who reportedly told …": past adverbs between the pronoun and the verb.
    let rel = c.first - 1;
    while (rel > sentences[si].tokenStart && /ly$/.test(tokens.key(rel)) && tokens.key(rel).length > 4) rel--;
    if (!c.inverted && lex.subjectRelatives.has(tokens.keyAt(rel) ?? "")) continue;
    if (lex.modals.has(tokens.keyAt(c.first - 1) ?? "")) continue;
    // "McMaster will go to Virginia and explain …": a modal of the future or of possibility right
    // after the subject governs the verbs coordinated after it, so the later cue reports nothing
    // yet ("would only say that …" is a past report, and stays one).
    if (!c.inverted && lex.unrealizedModals.has(tokens.keyAt(c.subject.last + 1) ?? "")) continue;
    if (c.subject.kind === "description" && OWN_TEXT.test(c.subject.text.toLowerCase())) continue;
    // "an article written by Ronan Farrow": a participle with its agent describes a noun and
    // reports nothing in the sentence.
    // "videos tweeted out by a politician": a particle may stand between.
    const agent = tokens.keyAt(c.last + 1) === "out" ? c.last + 2 : c.last + 1;
    if (!c.inverted && tokens.keyAt(agent) === "by" && /(?:ed|en)$/.test(c.key)) continue;
    // "Khashoggi wrote opinion columns for the Post": a person writing something is no document
    // speaking; "Khashoggi wrote that …" is.
    // "Carson wrote in his 1990 memoir that …": a phrase a preposition opens may stand before "that".
    const follows = writesThat(ctx, c) ? "that" : (tokens.keyAt(c.last + 1) ?? "");
    if (
      !c.inverted &&
      !asClause &&
      c.subject.kind === "name" &&
      /^writ|^wrote/.test(c.key) &&
      follows !== "that" &&
      follows !== "," &&
      follows !== ":" &&
      tokens.kindAt(c.last + 1) === "word"
    )
      continue;
    // "The reporters also found that …": a document's finding, whatever it reports after.
    const found = lex.writingVerbs.has(c.key) ? cueDocument(ctx, c, sentences[si].end) : undefined;
    if (found) return documentVoice(found);
    // "…, an investigation ordered by the principal has concluded.": a finding that closes the
    // sentence after a comma reports the clause before it, whoever made it (a verb of indirect
    // speech, "…, critics argue.", is read below as any other).
    if (
      !c.inverted &&
      lex.writingVerbs.has(c.key) &&
      !lex.indirectVerbs.has(c.key) &&
      closesSentence(ctx, si, c)
    ) {
      const sp = ctx.cueSpeakers[i];
      if (sp?.name) return { kind: "speaker", name: sp.name };
      if (sp?.description)
        return personHead(ctx, c)
          ? { kind: "speaker", description: sp.description }
          : { kind: "document", name: sp.description };
    }
    // "Rubio hit back, saying Christie was …": a participle of a strong speech verb after the
    // main clause's comma reports for that clause's subject, when it names someone.
    const participle = participleSpeaker(ctx, c, i);
    if (participle) return participle;
    // A participle of `participleVerbs` is a cue only there: its subject is the main clause's.
    if (lex.participleVerbs.has(c.key) && !lex.verbs.has(c.key)) continue;
    // "The agency called it the largest fine ever": a naming verb, a pronoun for what was done and
    // an article give the name the subject put on it, a statement of theirs ("called it quits" is not).
    const naming =
      !c.inverted &&
      lex.namingVerbs.has(c.key) &&
      lex.namedObjects.has(tokens.keyAt(c.last + 1) ?? "") &&
      lex.subjectArticles.has(tokens.keyAt(c.last + 2) ?? "");
    // "cited two officials as saying …": the cue reading kept a quoting verb only with "as saying".
    if (
      !(
        naming ||
        lex.indirectVerbs.has(c.key) ||
        lex.clauseVerbs.has(c.key) ||
        lex.thatVerbs.has(c.key) ||
        lex.particleVerbs.has(c.key) ||
        c.inverted ||
        lex.quotingVerbs.has(c.key)
      )
    )
      continue;
    // "before he wrote a word": writing reports only with "that", a colon or a comma after it;
    // "said it plainly", "tells it differently" report nothing.
    const next = tokens.keyAt(c.last + 1) ?? "";
    const after = tokens.get(c.last + 2);
    // "He also pointed to the rise in cases": such a verb reports only with its particle ("pointed
    // a torch at the door" reports nothing).
    if (!c.inverted && lex.particleVerbs.has(c.key) && !pointsSomeone(ctx, c, next)) continue;
    if (
      !c.inverted &&
      next === "it" &&
      (after === undefined || after.kind !== "word" || /ly$|^differently$|^well$|^again$/.test(after.key))
    )
      continue;
    // "has maintained a tight embargo", "claimed a seat": an object that is a thing, not a statement.
    if (
      !c.inverted &&
      lex.objectVerbs.has(c.key) &&
      (next === "a" || next === "an" || tokens.get(c.last + 1)?.kind === "number")
    )
      continue;
    // "declared war", "asserted responsibility", "emphasized her ties": a verb of `clauseVerbs`
    // with no clause after it states an act, not a statement.
    if (
      !c.inverted &&
      lex.clauseVerbs.has(c.key) &&
      !clauseFollows(ctx, c) &&
      !closesSentence(ctx, si, c) &&
      !afterQuote(ctx, c)
    )
      continue;
    // "… trust him when he asserts that …", "when he expressed concern that …": such a verb in a
    // subordinate clause reports inside it; "he prevailed …; was denounced …; and declared that …":
    // one coordinated past a semicolon reports in its own clause, not the sentence's.
    if (
      !c.inverted &&
      (lex.clauseVerbs.has(c.key) || lex.thatVerbs.has(c.key)) &&
      (lex.subjectSubordinators.has(tokens.keyAt(c.subject.first - 1) ?? "") ||
        semicolonBetween(ctx, c.subject.last, c.first))
    )
      continue;
    // "Parents have argued about phones for a decade": a topic or a partner, not a statement
    // ("said about 250 fighters had left", "says about half of its staff" are a figure's
    // approximation, and report).
    if (
      !c.inverted &&
      lex.topicPrepositions.has(next) &&
      after?.kind !== "number" &&
      !FRACTION.test(after?.key ?? "")
    )
      continue;
    const introduces = next === "that" || next === "," || next === ":" || asClause || writesThat(ctx, c);
    if (!c.inverted && lex.writingVerbs.has(c.key) && !lex.strongVerbs.has(c.key) && !introduces) continue;
    if (!c.inverted && /^writ|^wrote/.test(c.key) && !introduces) continue;
    const ref = cueDocument(ctx, c, sentences[si].end);
    if (ref) return documentVoice(ref);
    const sp = ctx.cueSpeakers[i];
    if (sp?.name) return { kind: "speaker", name: sp.name };
    if (sp?.description) return { kind: "speaker", description: sp.description };
    // "She said she had no plans …" with no woman named before it: someone speaks, though the
    // article gives no name we can trust, so the sentence is no claim of the author's. Only as the
    // main clause's subject ("…, he said"): "even after he criticized …" is the author's clause.
    const opensClause =
      c.subject.first === sentences[si].tokenStart || TAG_BEFORE.has(tokens.keyAt(c.subject.first - 1) ?? "");
    if (
      c.subject.kind === "pronoun" &&
      (c.subject.gender === "male" || c.subject.gender === "female") &&
      opensClause
    )
      return { kind: "speaker" };
  }
  return undefined;
}

// Conjunctions after a comma that go on with a clause of the author's after a tag.
const AUTHOR_GOES_ON = new Set(["and", "but", "or", "so", "yet", "while"]);

/**
 * Whether sentence si, which cites a work, has after the work's quoted title a cue of speech (not of
 * writing: "In “The Ferry”, Holm wrote …" is the work's) whose subject is a name the reading
 * resolved: the work names a programme or a paper where the speaker spoke.
 */
// Most tokens between "according to" and a work's quoted title: its author's name and initials,
// a possessive, an article ("according to P. J. Dorn's “The Keepers”").
const WORK_LEAD = 8;

/**
 * "According to P. J. Dorn's ''The Keepers'' and other sources, …", "…, according to “The
 * Keepers” by P. J. Dorn": "according to" a quoted title credits the clause to the work, a
 * document's voice named by its title, where any other cited title leaves the sentence the
 * author's.
 */
function accordingToWork(ctx: SentenceContext, si: number): Voice | undefined {
  const { article, cues, spans, citations } = ctx;
  const tokens = article.tokenStore;
  for (const i of ctx.bySentence[si]) {
    const c = cues[i];
    if (c.key !== "according") continue;
    for (const qi of ctx.titles.get(si) ?? []) {
      const opener = tokens.firstEndingAfter(spans[qi].start);
      if (opener <= c.last || opener - c.last > WORK_LEAD) continue;
      // Only the author's name, its initials' stops and a possessive or article stand between.
      let lead = true;
      for (let t = c.last + 1; t < opener; t++) {
        const key = tokens.key(t);
        const word = tokens.kind(t) === "word";
        if (
          word
            ? !/^\p{Lu}/u.test(article.text[tokens.starts[t]]) && key !== "the" && key !== "s"
            : !/^[.'\u2019]$/.test(key)
        )
          lead = false;
      }
      if (!lead) continue;
      const name = article.text
        .slice(spans[qi].contentStart, spans[qi].contentEnd)
        .trim()
        .replace(/[,.]$/, "");
      const citation = citations.findIndex((x) => x.start < spans[qi].end && x.end > spans[qi].start);
      return { kind: "document", name, ...(citation >= 0 ? { citation } : {}) };
    }
  }
  return undefined;
}

function speaksAfterCitation(ctx: SentenceContext, si: number): boolean {
  const { article, lex, cues, citations } = ctx;
  const s = article.sentences[si];
  const tokens = article.tokenStore;
  if (!citations.some((c) => c.start >= s.start && c.start < s.end)) return false;
  // Where the work's quoted title ends (the citation read may take in the whole sentence, and the
  // speaker for its author).
  // A quote opening the sentence is no programme's title but the words the tag after it reports
  // ("“Nusra is a front,” Kerry said."); the sentence is the speaker's unless the author's own
  // clause goes on after the tag ("“Follow us,” Lind said, and the boys trailed behind").
  let cited = -1;
  let opening = false;
  for (const qi of ctx.titles.get(si) ?? []) {
    if (ctx.spans[qi].start <= s.start) opening = true;
    cited = Math.max(cited, ctx.spans[qi].end);
  }
  if (cited < 0) return false;
  if (opening)
    for (let t = tokens.firstEndingAfter(cited); t < s.tokenEnd - 1; t++)
      if (tokens.key(t) === "," && AUTHOR_GOES_ON.has(tokens.key(t + 1))) return false;
  // The speaker opens the clause right after the title: only marks, titles and the words of the
  // name stand between ("“Morning Tide,” Rep. Ines Varga said"); "whose book “…” prompted a suit
  // after Varga announced …" reports nothing of the sentence.
  const first = tokens.firstEndingAfter(cited);
  const opensAfter = (k: number) => {
    for (let t = first; t < k; t++)
      if (
        tokens.kind(t) !== "punct" &&
        !lex.titles.has(tokens.key(t)) &&
        !/^\p{Lu}/u.test(article.text[tokens.starts[t]] ?? "")
      )
        return false;
    return true;
  };
  return ctx.bySentence[si].some((i) => {
    const c = cues[i];
    return (
      !c.inverted &&
      c.subject.kind === "name" &&
      lex.indirectVerbs.has(c.key) &&
      !lex.writingVerbs.has(c.key) &&
      tokens.starts[c.subject.first] >= cited &&
      opensAfter(c.subject.first) &&
      ctx.cueSpeakers[i]?.name !== undefined
    );
  });
}

// What follows a participle that reports nothing ("saying so", "saying nothing", "saying it
// again", "saying goodbye").
// A conjunction that may open a sentence before its subject ("But he lashed out …, saying").
const CLAUSE_CONJUNCTIONS = new Set(["but", "and", "so", "yet"]);
const DASHES = new Set(["\u2014", "\u2013", "--", "-"]);
const PARTICIPLE_EMPTY = new Set(["so", "nothing", "it", "goodbye", "hello", "grace", "little", "much"]);

/**
 * The voice a participle of a strong speech verb gives its sentence ("The mayor rejected the
 * plan on Monday, saying the harbour could not afford it": the mayor's): it follows a comma, the
 * cue reading gave it the subject of the clause it hangs on, and that subject names someone (a
 * name, a pronoun resolved to one, or a description headed by a word for people). "Farrakhan's
 * history of comments includes …, saying", "It goes on to fault …, saying" and an unresolved
 * "he" give nothing: a wrong speaker is worse than none.
 */
function participleSpeaker(ctx: SentenceContext, c: Cue, i: number): Voice | undefined {
  const { lex } = ctx;
  const tokens = ctx.article.tokenStore;
  if (c.inverted || !/ing$/.test(c.key)) return undefined;
  if (tokens.keyAt(c.first - 1) !== "," || c.subject.last >= c.first) return undefined;
  // "…, arguing that …", "…, noting he had …": a participle that is no strong verb reports only a
  // clause ("claiming 41 percent of the vote" states an act).
  if (
    !lex.strongVerbs.has(c.key) &&
    !(lex.participleVerbs.has(c.key) && (clauseFollows(ctx, c) || subjectAndVerbAhead(ctx, c.last + 1)))
  )
    return undefined;
  const next = tokens.keyAt(c.last + 1) ?? "";
  // "saying it plainly" says nothing reported; "saying it was childish" opens a clause.
  const clauseIt = next === "it" && clauseVerb(ctx, c.last + 2);
  if ((PARTICIPLE_EMPTY.has(next) && !clauseIt) || lex.topicPrepositions.has(next)) return undefined;
  // "…, saying …, CNN reported", "…, saying …, though Fiorina said …": a later cue of the sentence
  // reports it, or reports on, and is read instead.
  const s = ctx.article.sentences[c.sentence];
  // Cues inside what the participle reports ("saying … as Mrs. Clinton put it") are not.
  for (const o of ctx.bySentence[c.sentence])
    if (
      ctx.cues[o].first > c.last &&
      (ctx.cues[o].inverted || closesSentence(ctx, c.sentence, ctx.cues[o], true))
    )
      return undefined;
  // The subject must open its clause: at the sentence's start (past a title and a conjunction) or
  // after a comma ("In an interview, Trump …"). "The president left no doubt of his commitment to
  // helping Mrs. Clinton …, saying", "The case involves Cody Wilson, …, saying" name an object.
  let b = c.subject.first - 1;
  // Back over the rest of a name and its titles ("U.S. District Judge James C. Cacheris").
  while (
    b >= s.tokenStart &&
    (tokens.key(b) === "." ||
      lex.titles.has(tokens.key(b)) ||
      /\p{Lu}/u.test(ctx.article.text[tokens.starts[b]] ?? ""))
  )
    b--;
  if (b === s.tokenStart && CLAUSE_CONJUNCTIONS.has(tokens.key(b))) b--;
  if (b >= s.tokenStart && tokens.key(b) !== ",") return undefined;
  // "Washington (AFP) – Clinton has taken a swipe …, saying": a dateline or an aside between
  // dashes stands between, and the subject read may be the dateline's.
  // A hyphen inside a word ("54-person") is no dash.
  const text = ctx.article.text;
  for (let k = c.subject.last + 1; k < c.first; k++) {
    const t = tokens.get(k);
    if (DASHES.has(t.key) && (t.key !== "-" || /\s/.test(text[t.start - 1] ?? " "))) return undefined;
  }
  const sp = ctx.cueSpeakers[i];
  if (c.subject.kind === "name") {
    // "Other Republican candidates …", "The French minister …", "a U.S. District Court judge":
    // a capitalised modifier after a determiner is no name of the subject, but one its verb
    // follows is ("The Russians have used …", "Other Republicans echoed …"); "Farrakhan’s history
    // of comments …": a possessor is not the one who says.
    const last = tokens.get(c.subject.last);
    if (lex.determiners.has(tokens.keyAt(c.subject.first - 1) ?? "") && !verbAt(ctx, c.subject.last + 1))
      return undefined;
    if (/['\u2019]s?$/.test(ctx.article.text.slice(last.start, last.end))) return undefined;
    if (tokens.keyAt(c.subject.last + 1) === "'s" || tokens.keyAt(c.subject.last + 1) === "\u2019s")
      return undefined;
    // "Democrats see Sanders as …, arguing": the name read past lower-case words that are no
    // role ("Clinton campaign manager Robby Mook" is one mention) is an object.
    if (!lex.strongVerbs.has(c.key) && !rolesBeforeName(ctx, c)) return undefined;
    // "Sister T. continued": an initial alone names no one we can trust.
    return sp?.name && sp.name.replace(/[^\p{L}]/gu, "").length > 1
      ? { kind: "speaker", name: sp.name }
      : undefined;
  }
  if (c.subject.kind === "pronoun") return sp?.name ? { kind: "speaker", name: sp.name } : undefined;
  if (c.subject.kind === "description" && (personHead(ctx, c) || headBeforePhrase(ctx, c)) && sp?.description)
    return { kind: "speaker", description: sp.description };
  return undefined;
}

/**
 * Whether cue c's description is headed by a word for people before the phrase that completes it
 * ("A spokeswoman for the Harbour Board", "the head of a shipping firm"): its last word is the
 * body's, not the head's.
 */
function headBeforePhrase(ctx: SentenceContext, c: Cue): boolean {
  const tokens = ctx.article.tokenStore;
  for (let k = c.subject.first + 1; k <= c.subject.last; k++)
    if (ctx.lex.appositivePrepositions.has(tokens.key(k)))
      return personHead(ctx, { ...c, subject: { ...c.subject, last: k - 1 } });
  return false;
}

/**
 * Whether every lower-case word between the start of cue c's subject and the name it reads is a
 * title or a person's noun ("Clinton campaign manager Robby Mook"), so the mention is one.
 */
function rolesBeforeName(ctx: SentenceContext, c: Cue): boolean {
  const { lex } = ctx;
  const tokens = ctx.article.tokenStore;
  const text = ctx.article.text;
  const first = c.subject.text.split(" ")[0];
  for (let k = c.subject.first; k <= c.subject.last; k++) {
    if (text.startsWith(first, tokens.starts[k])) return true;
    const key = tokens.key(k);
    if (/^\p{Ll}/u.test(text[tokens.starts[k]] ?? "") && !lex.titles.has(key) && !lex.personHeads.has(key))
      return false;
  }
  return true;
}

// Most words of a clause's subject before its copula or modal ("such legislation could").
const CLAUSE_SUBJECT_WORDS = 4;

/**
 * Whether a clause opens at token k without "that": a few words and no punctuation, then a copula
 * or a modal ("arguing such legislation could expose …", "claiming the party's move would …").
 */
function subjectAndVerbAhead(ctx: SentenceContext, k: number): boolean {
  const tokens = ctx.article.tokenStore;
  for (let t = k + 1; t <= k + CLAUSE_SUBJECT_WORDS && t < tokens.length; t++) {
    if (tokens.kind(t - 1) !== "word") return false;
    if (clauseVerb(ctx, t)) return true;
  }
  return false;
}

/** Whether token k is a finite verb that a clause's subject may take: a copula or a modal ("it was", "it would"). */
function clauseVerb(ctx: SentenceContext, k: number): boolean {
  const key = ctx.article.tokenStore.keyAt(k) ?? "";
  return ctx.lex.copulas.has(key) || ctx.lex.modals.has(key);
}

// A verb in the past in -ed ("echoed", "intervened").
const PAST = /^\p{Ll}{2,}ed$/u;

/** Whether token k is a verb right after its subject: an auxiliary, a modal, a past form or one in -ed. */
function verbAt(ctx: SentenceContext, k: number): boolean {
  const { lex } = ctx;
  const key = ctx.article.tokenStore.keyAt(k) ?? "";
  return lex.verbSkips.has(key) || lex.modals.has(key) || lex.pastForms.has(key) || PAST.test(key);
}

// Most tokens of a phrase opened by a preposition between a verb and its "that" ("declared in an
// interview with the Ledger that").
const PHRASE_REACH = 8;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/** Whether a semicolon stands between tokens `from` and `to`. */
function semicolonBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.article.tokenStore.key(k) === ";") return true;
  return false;
}

/**
 * Whether cue c's subject comes right after a closing quotation mark inside its sentence, its comma
 * perhaps between ("“…,” Varga declared"); a mark opening the sentence is no closing one.
 */
function afterQuote(ctx: SentenceContext, c: Cue): boolean {
  const text = ctx.article.text;
  const tokens = ctx.article.tokenStore;
  let words = false;
  for (let k = ctx.article.sentences[c.sentence].tokenStart; k < c.subject.first; k++)
    if (tokens.kind(k) === "word") words = true;
  if (!words) return false;
  const at = tokens.starts[c.subject.first];
  return /[\u201D"\u2019'],?\s*$/u.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * Whether a verb of writing at cue c takes a "that" clause past a phrase a preposition of
 * `tagClauseWords` opens ("wrote in his 1990 memoir that …", "writes in the Ledger that …"):
 * what the writer wrote, as "wrote that …" is; "wrote in the margin." reports nothing.
 */
function writesThat(ctx: SentenceContext, c: Cue): boolean {
  const tokens = ctx.article.tokenStore;
  if (
    c.inverted ||
    !/^writ|^wrote/.test(c.key) ||
    !ctx.lex.tagClauseWords.has(tokens.keyAt(c.last + 1) ?? "")
  )
    return false;
  for (let t = c.last + 2; t < Math.min(tokens.length, c.last + 2 + PHRASE_REACH); t++) {
    if (tokens.key(t) === "that") return true;
    if (tokens.kind(t) === "punct") return false;
  }
  return false;
}

/**
 * Whether a clause follows cue c's verb: "that", a pronoun of a person, a comma or a colon, past
 * adverbs in -ly and a weekday ("emphasized Tuesday that"), or a phrase a preposition opens before
 * "that" ("declared in an interview with the Ledger that").
 */
function clauseFollows(ctx: SentenceContext, c: Cue): boolean {
  const { lex } = ctx;
  const tokens = ctx.article.tokenStore;
  let k = c.last + 1;
  while (/^\p{L}{3,}ly$/u.test(tokens.keyAt(k) ?? "") || WEEKDAY.test(tokens.keyAt(k) ?? "")) k++;
  const next = tokens.keyAt(k) ?? "";
  if (next === "that" || next === "," || next === ":" || lex.viewPersonPronouns.has(next)) return true;
  if (!lex.tagClauseWords.has(next)) return false;
  for (let t = k + 1; t < Math.min(tokens.length, k + 1 + PHRASE_REACH); t++) {
    if (tokens.key(t) === "that") return true;
    if (tokens.kind(t) === "punct") return false;
  }
  return false;
}

// Most tokens between a "what" and the subject of the clause it opens.
const WHAT_REACH = 8;

// The head of a description that names people by what they do ("lawyers", "critics", "a
// spokesman"), besides the listed person words.
const PERSON_HEAD = /(?:er|or|ist|ian|ic|crat|man|woman|person)s?$/;

/**
 * Whether a verb of `particleVerbs` reports ("He pointed to the cost", "Critics point out that
 * …"): its particle follows, its subject is someone (a name, "he", "she", "they", or a description
 * headed by a person word: "all signs point to", "success points to" and "12 percentage points
 * to" report nothing), and it is no subordinate clause's verb ("When the moderator pointed out
 * …, the candidate said …", "confirms what the founder pointed out").
 */
function pointsSomeone(ctx: SentenceContext, c: Cue, next: string): boolean {
  const { lex } = ctx;
  const tokens = ctx.article.tokenStore;
  if (!lex.reportingParticles.has(next)) return false;
  if (lex.subjectSubordinators.has(tokens.keyAt(c.subject.first - 1) ?? "")) return false;
  // "appears to confirm what the site's founder, Ada Lind, pointed out": the object of another
  // verb, "what" opening the clause of the subject.
  for (let k = c.subject.first - 1; k >= Math.max(0, c.subject.first - WHAT_REACH); k--) {
    const key = tokens.key(k);
    if (key === "what") return false;
    if (/^[.;:!?]$/.test(key)) break;
  }
  if (c.subject.kind === "name") return true;
  if (c.subject.kind === "pronoun") return c.subject.text.toLowerCase() !== "it";
  return personHead(ctx, c);
}

/**
 * Whether cue c's subject, a description, is headed by a word for people ("the lawyers", "a
 * spokesman", "police"), not a thing ("all signs", "an investigation", "records"), and opens on no
 * number ("12 percentage points").
 */
export function personHead(ctx: SentenceContext, c: Cue): boolean {
  const { lex } = ctx;
  const tokens = ctx.article.tokenStore;
  const head = tokens.key(c.subject.last);
  const one = head.replace(/s$/, "");
  return (
    lex.personHeads.has(one) ||
    lex.titles.has(one) ||
    lex.collectives.has(head) ||
    (PERSON_HEAD.test(head) && tokens.kindAt(c.subject.first) !== "number")
  );
}

/**
 * Whether cue c is a tag closing sentence si after a comma ("…, an inquiry ordered by the mayor
 * has concluded."): its subject follows a comma and nothing but the final punctuation follows it.
 */
function closesSentence(ctx: SentenceContext, si: number, c: Cue, article = false): boolean {
  const tokens = ctx.article.tokenStore;
  const s = ctx.article.sentences[si];
  // With `article`, "…, the Courier reported." too: the subject's name may stand after "the".
  const first =
    article && tokens.keyAt(c.subject.first - 1) === "the" ? c.subject.first - 1 : c.subject.first;
  if (tokens.keyAt(first - 1) !== "," || first <= s.tokenStart) return false;
  for (let k = c.last + 1; k < s.tokenEnd; k++) if (tokens.kindAt(k) !== "punct") return false;
  return true;
}

/**
 * The voice of a sentence that opens with a cue clause ending at a colon, with a passage after it
 * ("According to the DOJ: …", "The ministry said: …"): its source's, a document when the cue
 * names one.
 */
function colonLead(ctx: SentenceContext, si: number): Voice | undefined {
  const { article, lex, cues } = ctx;
  const tokens = article.tokenStore;
  const s = article.sentences[si];
  for (const i of ctx.bySentence[si]) {
    const c = cues[i];
    if (c.attributionOnly || Math.min(c.first, c.subject.first) !== s.tokenStart) continue;
    // "Small wonder: …" is no lead-in: only "according to" and a verb of indirect speech hand on a
    // passage.
    if (!c.inverted && !lex.indirectVerbs.has(c.key)) continue;
    const colon = Math.max(c.last, c.subject.last) + 1;
    if (tokens.keyAt(colon) !== ":" || colon + 1 >= s.tokenEnd - 1) continue;
    const ref = cueDocument(ctx, c, s.end);
    if (ref)
      return {
        kind: "document",
        name: ref.name,
        ...(ref.citation !== undefined ? { citation: ref.citation } : {}),
      };
    const sp = ctx.cueSpeakers[i];
    if (sp?.name) return { kind: "speaker", name: sp.name };
    if (sp?.description) return { kind: "speaker", description: sp.description };
  }
  return undefined;
}

// Most tokens between an opening "As X wrote" clause's verb and its comma ("for The Post").
const AS_CLAUSE_TAIL = 6;
// Fewest tokens of the main clause after an "As X wrote," clause for it to be what X wrote.
const AS_CLAUSE_CONTENT = 4;

/**
 * Whether the "as" at token `as` opens the sentence's first clause ("As Paul wrote for The
 * Post, the legal questions are …", "So, as the mayor said, …") and a main clause follows its
 * comma: the main clause is then what the clause's subject wrote or said, as PolNeAR reads "As X
 * wrote, …". Inside a sentence ("… as the mayor left") it stays a subordinate clause.
 */
function opensAsClause(ctx: SentenceContext, si: number, as: number, cueLast: number): boolean {
  const tokens = ctx.article.tokenStore;
  const s = ctx.article.sentences[si];
  const lead = tokens.keyAt(as - 1);
  if (as !== s.tokenStart && !(lead === "," && as - 2 === s.tokenStart)) return false;
  for (let k = cueLast + 1; k < Math.min(s.tokenEnd, cueLast + 2 + AS_CLAUSE_TAIL); k++) {
    // "As he explained, “I think …,” and …": a quote after the comma has its own speaker, and
    // what follows it is the author's again.
    if (tokens.key(k) === ",")
      return s.tokenEnd - (k + 1) >= AS_CLAUSE_CONTENT && !ctx.quotedAt(tokens.starts[k + 1]);
    if (tokens.kindAt(k) !== "word") return false;
  }
  return false;
}

// "For Faggioli, the implication is …", "For the mayor, this means …": the consequence as someone
// draws it, with no reporting verb.
const FOR_VIEW =
  /^For\s+(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3}),\s+(?:the\s+(?:implication|lesson|conclusion|upshot|takeaway|point)\s+(?:is|was)|(?:this|that|it)\s+(?:means|meant))\b/u;
// Sentences either side of a "For X, …" sentence in which X must be reported for it to be X's view.
const VIEW_REACH = 2;

/**
 * The voice of "For X, the implication is …" / "For X, this means …": X's, when the sentences
 * around it report X (a cue or a quote of theirs within {@link VIEW_REACH} sentences: "Faggioli
 * invoked …. For Faggioli, the implication is …. This, he says, is …"), since the sentence then
 * goes on giving X's reasoning; the author's otherwise ("For commuters, this means longer
 * waits": the author drawing a consequence for people no one quotes).
 */
function viewOf(ctx: SentenceContext, si: number): Voice | undefined {
  const { article, names, cues, cueSpeakers, attributions, spans } = ctx;
  const s = article.sentences[si];
  const m = FOR_VIEW.exec(article.text.slice(s.start, s.end));
  if (!m) return undefined;
  const name = names.canonical(m[1]);
  const from = Math.max(0, si - VIEW_REACH);
  const to = Math.min(article.sentences.length - 1, si + VIEW_REACH);
  for (let k = from; k <= to; k++) {
    if (k === si) continue;
    if (ctx.bySentence[k].some((ci) => cueSpeakers[ci]?.name === name && !cues[ci].attributionOnly))
      return { kind: "speaker", name };
  }
  const lo = article.sentences[from].start;
  const hi = article.sentences[to].end;
  for (const [qi, a] of attributions)
    if (a?.name === name && spans[qi].start >= lo && spans[qi].end <= hi) return { kind: "speaker", name };
  return undefined;
}

/** A sentence of indirect speech is its speaker's, or a document's when the cue names one. */
export const reportedSpeech: SentenceSieve = {
  name: "reported-speech",
  voice: (si, ctx) => reportedVoice(ctx, si),
};
