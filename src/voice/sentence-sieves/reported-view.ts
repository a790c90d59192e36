import { MentionFinder } from "../mentions.js";
import { relativeVerb } from "../relative-clause.js";
import type { Voice } from "../types.js";
import type { SentenceContext, SentenceSieve } from "./context.js";

// Most tokens of the phrase after a pronoun "that" ("learned that in early 1990 after …").
const PRONOUN_PHRASE = 4;
// Most tokens of the phrase naming where a participle of writing wrote ("in the Harbour Ledger").
const WRITING_PLACE = 8;
// Most tokens of a leading adverbial before its comma.
const LEAD_REACH = 32;
// Most tokens of a person's subject ("Senate Democrats", "the county's chief planner").
const PERSON_SUBJECT = 6;
// Most tokens of a finding's subject ("Exit polls from the spring vote, which the mayor won, …").
const FINDING_SUBJECT = 24;
// Most tokens of the subject of a tag between commas ("as Ada Lind of the Harbour Ledger observed").
const TAG_SUBJECT = 8;
// Fewest tokens of the clause a tag between commas reports, on its two sides together.
const TAG_CONTENT = 4;
// The head of a description that names people by what they do ("advisers", "a spokesman").
const PERSON_HEAD = /(?:er|or|ist|ian|ic|crat|man|woman|person)s?$/;

/**
 * The voice of a sentence whose main clause reports what someone else holds by a verb the cue
 * reading gives no voice (docs/voices.md, `reported-view`): evidence stating a finding ("Exit
 * polls from the spring vote showed that …": the polls', a document), someone's view or finding
 * with "that" ("Ines Varga suggested that …", "The judge determined that …", "Holm made it clear
 * that …": theirs), a belief with its clause ("Harbour aides believe if …"), speech whose subject
 * the cue reading missed, and a tag ("The plan, they concluded, never worked", "Of course, as
 * Lind observed, the quay …", "…, said Ada Lind, a planner."). A first-person subject, a negator
 * or modal before the verb, a view inside a subordinate clause ("After Varga suggested that …,
 * the mayor …") and a question leave the sentence to the next sieve.
 */
export function reportedView(ctx: SentenceContext, si: number): Voice | undefined {
  const { article } = ctx;
  const s = article.sentences[si];
  const text = article.text.slice(s.start, s.end);
  if (/[?:]\s*$/.test(text) || article.paragraphs[s.paragraph]?.kind === "heading") return undefined;
  return mainClauseView(ctx, si) ?? tagView(ctx, si) ?? writingParticiple(ctx, si);
}

/**
 * The writer's voice of a sentence whose participle of writing reports a clause after a comma
 * ("Holt, writing in the Ledger that the plan failed, called it …", "Lind hit back, writing on
 * Twitter that …"): the main clause's subject wrote it, when that subject opens the sentence and
 * is someone (a name or a person's pronoun). A participle in any other place ("…, a columnist
 * writing that …") is left alone.
 */
function writingParticiple(ctx: SentenceContext, si: number): Voice | undefined {
  const { article, lex } = ctx;
  const tokens = article.tokenStore;
  const s = article.sentences[si];
  const start = clauseStart(ctx, si);
  for (let v = start + 2; v < s.tokenEnd - 1; v++) {
    if (tokens.key(v) !== "writing" || tokens.key(v - 1) !== "," || !lowerCase(ctx, v)) continue;
    let t = v + 1;
    if (lex.tagClauseWords.has(tokens.keyAt(t) ?? "") && !lex.viewSubordinators.has(tokens.key(t)))
      while (
        t < Math.min(s.tokenEnd, v + 2 + WRITING_PLACE) &&
        tokens.kind(t) !== "punct" &&
        tokens.key(t) !== "that"
      )
        t++;
    if (!thatClause(ctx, t)) continue;
    // The subject: a person's pronoun, or the capitalised words (and titles) that open the clause.
    let end = start + 1;
    if (!lex.viewPersonPronouns.has(tokens.key(start)))
      while (end < v && (/^\p{Lu}/u.test(article.text[tokens.starts[end]] ?? "") || tokens.key(end) === "."))
        end++;
    if (end - start > PERSON_SUBJECT) return undefined;
    // Right before the comma ("Holt, writing …") or before the main clause's verb in lower case.
    if (
      end !== v - 1 &&
      !(tokens.kind(end) === "word" && /^\p{Ll}/u.test(article.text[tokens.starts[end]] ?? ""))
    )
      return undefined;
    const voice = personVoice(ctx, si, start, end, v);
    return voice?.kind === "speaker" && voice.name ? { kind: "document", name: voice.name } : voice;
  }
  return undefined;
}

/** The voice of a finding or view stated by the main clause of sentence si, after its subject. */
function mainClauseView(ctx: SentenceContext, si: number): Voice | undefined {
  const { article, lex } = ctx;
  const tokens = article.tokenStore;
  const s = article.sentences[si];
  const start = clauseStart(ctx, si);
  for (let v = start + 1; v < s.tokenEnd - 1; v++) {
    const key = tokens.key(v);
    if (key === "," && v - start > FINDING_SUBJECT) return undefined;
    // A finding: "<evidence> (seems to) showed that …".
    if (
      lex.findingVerbs.has(key) &&
      lowerCase(ctx, v) &&
      (thatClause(ctx, v + 1) || findingClause(ctx, v + 1))
    ) {
      const end = subjectEnd(ctx, start, v, true);
      if (end > start && !ctx.lex.viewSubordinators.has(tokens.key(start)) && findingHead(ctx, start, end)) {
        // Named by its words before any aside ("Exit polls from the vote, which …, showed") or
        // relative clause ("The report the council published found").
        let last = start;
        while (last + 1 < end && tokens.key(last + 1) !== "," && !opensRelative(ctx, last + 1, end)) last++;
        const name = article.text.slice(tokens.starts[start], tokens.ends[last]);
        // "Exit polls" and "A poll" lose the capital the sentence's start gave them; "FEC records"
        // and "New Hampshire polls" keep a name's.
        const first = tokens.key(start);
        const lower =
          /^\p{Lu}\p{Ll}*$/u.test(article.text.slice(tokens.starts[start], tokens.ends[start])) &&
          (lex.determiners.has(first) ||
            last === start ||
            /^\p{Ll}/u.test(article.text[tokens.starts[start + 1]] ?? ""));
        return { kind: "document", name: lower ? name.charAt(0).toLowerCase() + name.slice(1) : name };
      }
    }
    const len = viewVerbAt(ctx, v) || (speechVerb(ctx, v) ? 1 : 0);
    if (len === 0 || !(thatClause(ctx, v + len) || opensClause(ctx, v, len))) continue;
    const end = subjectEnd(ctx, start, v, false);
    if (end <= start || end - start > PERSON_SUBJECT) return undefined;
    // "While on the 32nd floor, he found that a door was jammed": what a pronoun's subject found
    // is most often the story's narration of what happened to them, not their report.
    if (lex.discoveryVerbs.has(key) && end - start === 1 && lex.viewPersonPronouns.has(tokens.key(start)))
      return undefined;
    return personVoice(ctx, si, start, end, v);
  }
  return undefined;
}

/**
 * Whether token t is a "that" opening a clause. "That" as a pronoun with a short phrase of time or
 * place after it, then the sentence's end or a subordinate clause ("learned that in 1990 after he
 * …", "found that at the port."), is the verb's object, and reports nothing; "found that in 1990
 * the quay …" and "found that in 2019, …" open clauses.
 */
function thatClause(ctx: SentenceContext, t: number): boolean {
  const { lex } = ctx;
  const tokens = ctx.article.tokenStore;
  if (tokens.keyAt(t) !== "that") return false;
  const preposition = tokens.keyAt(t + 1) ?? "";
  if (!lex.tagClauseWords.has(preposition) || lex.viewSubordinators.has(preposition)) return true;
  for (let k = t + 2; k < Math.min(tokens.length, t + 2 + PRONOUN_PHRASE); k++) {
    const key = tokens.key(k);
    if (key === "." || lex.subjectSubordinators.has(key)) return false;
    if (tokens.kind(k) === "punct") return true;
  }
  return true;
}

/**
 * Whether token t opens the clause a finding's verb takes without "that" ("A poll showed Varga
 * leading", "shows 68% of voters say"): a capitalised word, a pronoun of `beliefClauseOpeners` or a
 * number. A determiner opens an object as often ("the new report demonstrates the peril …", the
 * author's reading of it), and is left out.
 */
function findingClause(ctx: SentenceContext, t: number): boolean {
  const { article, lex } = ctx;
  const tokens = article.tokenStore;
  if (tokens.kindAt(t) === "number") return true;
  if (tokens.kindAt(t) !== "word") return false;
  const key = tokens.key(t);
  return lex.beliefClauseOpeners.has(key) || /^\p{Lu}/u.test(article.text[tokens.starts[t]] ?? "");
}

/**
 * Whether a verb of `clauseViewVerbs` at token v (of `len` tokens) has a clause right after it
 * with no "that": a determiner, a pronoun, "if" or a capitalised word opens it ("believes the
 * quay will close", "think if they can …", "believes Varga has …"); "thought so", "believe in",
 * "think about" report no clause.
 */
function opensClause(ctx: SentenceContext, v: number, len: number): boolean {
  const { article, lex } = ctx;
  const tokens = article.tokenStore;
  // "emphasize Austrian economics": a verb of `clauseVerbs` takes no clause without "that".
  const speech = speechVerb(ctx, v) && !lex.clauseVerbs.has(tokens.key(v));
  if (len !== 1 || !(lex.clauseViewVerbs.has(tokens.key(v)) || speech)) return false;
  const next = tokens.keyAt(v + 1) ?? "";
  if (tokens.kindAt(v + 1) !== "word") return false;
  return (
    ctx.lex.beliefClauseOpeners.has(next) ||
    lex.determiners.has(next) ||
    /^\p{Lu}/u.test(article.text[tokens.starts[v + 1]] ?? "")
  );
}

/**
 * The first token of sentence si's main clause: past its openers ("But", "Still,") and a leading
 * adverbial or subordinate clause closed by a comma ("In granting the appeal, …", "Although …,").
 */
function clauseStart(ctx: SentenceContext, si: number): number {
  const tokens = ctx.article.tokenStore;
  const s = ctx.article.sentences[si];
  let k = s.tokenStart;
  for (;;) {
    while (k < s.tokenEnd && (ctx.lex.viewOpeners.has(tokens.key(k)) || tokens.key(k) === ",")) k++;
    if (!ctx.lex.viewLeadOpeners.has(tokens.keyAt(k) ?? "")) return k;
    let c = k + 1;
    while (c < Math.min(s.tokenEnd, k + LEAD_REACH) && tokens.key(c) !== ",") c++;
    if (tokens.keyAt(c) !== ",") return k;
    k = c + 1;
  }
}

/**
 * Where the subject before verb v ends, past the words that may stand between ("has", "later",
 * adverbs in -ly; for a finding also "seems to", "continue to"); `from` when anything else stands
 * there (a negator, a modal, another verb).
 */
function subjectEnd(ctx: SentenceContext, from: number, v: number, finding: boolean): number {
  const { lex } = ctx;
  const tokens = ctx.article.tokenStore;
  let k = v - 1;
  if (finding && tokens.key(k) === "to" && lex.findingLinks.has(tokens.keyAt(k - 1) ?? "")) k -= 2;
  while (k >= from && (lex.viewBetween.has(tokens.key(k)) || /^\p{L}{3,}ly$/u.test(tokens.key(k)))) k--;
  // "An analysis was done in May which revealed that …": the verb of a relative clause, whose
  // sentence says something else first.
  if (k >= from && ctx.lex.viewRelatives.has(tokens.key(k))) return from;
  return k >= from ? k + 1 : from;
}

/**
 * Whether the head of the noun phrase opening tokens [from, to) is one of `findingNouns`. A comma
 * inside must open an aside ("Exit polls from the vote, which the mayor won, showed …"): after any
 * other ("Cross-referencing voting records, the researchers found …") the subject is not the
 * phrase before it.
 */
function findingHead(ctx: SentenceContext, from: number, to: number): boolean {
  const tokens = ctx.article.tokenStore;
  for (let c = from; c < to; c++)
    if (tokens.key(c) === "," && !ctx.lex.findingAsides.has(tokens.keyAt(c + 1) ?? "")) {
      // The aside's closing comma is the only other one allowed.
      let open = c - 1;
      while (open > from && tokens.key(open) !== ",") open--;
      if (open <= from || !ctx.lex.findingAsides.has(tokens.keyAt(open + 1) ?? "")) return false;
    }
  // The first word never ends the head ("Last year's statistics", "This research"); a relative
  // clause without its pronoun does ("The report the council published found").
  let k = from + 1;
  while (k < to && !ctx.lex.findingHeadEnds.has(tokens.key(k)) && !opensRelative(ctx, k, to)) k++;
  const head = k - 1;
  if (!ctx.lex.findingNouns.has(tokens.key(head))) return false;
  // "The debate took place as a new poll showed …", "Even an anti-Trump PAC revealed its polling
  // shows …": a subordinator or a verb of report before the head opens another clause, and the
  // finding is no statement of the sentence's.
  for (let c = from + 1; c < head; c++) {
    const key = tokens.key(c);
    if (
      (ctx.lex.viewSubordinators.has(key) && !ctx.lex.findingAsides.has(key)) ||
      ctx.lex.findingVerbs.has(key) ||
      ctx.lex.indirectVerbs.has(key)
    )
      return false;
  }
  return true;
}

/** Whether a relative clause opens at token k and ends before token `to` (src/voice/relative-clause.ts). */
function opensRelative(ctx: SentenceContext, k: number, to: number): boolean {
  const m = new MentionFinder(ctx.article.text, ctx.article.tokenStore, ctx.lex);
  return relativeVerb(m, k, to) >= 0;
}

/** The length of the verb of `viewVerbs` at token v ("suggested": 1, "made it clear": 3), or 0. */
function viewVerbAt(ctx: SentenceContext, v: number): number {
  const tokens = ctx.article.tokenStore;
  if (!lowerCase(ctx, v)) return 0;
  for (const words of ctx.lex.viewVerbs)
    if (words.every((w, i) => tokens.keyAt(v + i) === w)) return words.length;
  return 0;
}

/**
 * Whether token v is written in lower case outside quotation marks: a verb of the sentence is
 * ("Secretary of State", "the Baltic States" and a title's "How Lind Thinks About …" are no verbs).
 */
function lowerCase(ctx: SentenceContext, v: number): boolean {
  const at = ctx.article.tokenStore.starts[v];
  // A verb inside quotation marks is the quoted text's ("'Cycle lanes slowing ambulances, say
  // paramedics'", a headline the author quotes), not the sentence's.
  return /^\p{Ll}/u.test(ctx.article.text[at] ?? "") && !ctx.quotedAt(at);
}

/**
 * The voice of someone who is the subject [from, to) of a view's verb v: a pronoun other than the
 * author's, a name (capitalised words and titles), or a description headed by a word for people;
 * undefined for anything else ("the figures", "it", "I"). The cue reading's speaker of the verb
 * names them when it has one.
 */
function personVoice(
  ctx: SentenceContext,
  si: number,
  from: number,
  to: number,
  v: number,
): Voice | undefined {
  const { article, lex } = ctx;
  const tokens = article.tokenStore;
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens.key(k));
  const cue = ctx.bySentence[si].find((i) => ctx.cues[i].first === v);
  const speaker = cue === undefined ? undefined : ctx.cueSpeakers[cue];
  const subject = article.text.slice(tokens.starts[from], tokens.ends[to - 1]);
  // "Twitter has made clear that …": a network speaks as its company.
  if (words.length === 1 && lex.platforms.has(words[0])) return { kind: "speaker", name: subject };
  if (words.length === 1 && ctx.lex.viewPersonPronouns.has(words[0]))
    return speaker?.name ? { kind: "speaker", name: speaker.name } : { kind: "speaker" };
  if (ctx.lex.viewSubordinators.has(words[0]) || lex.firstPersonPronouns.has(words[0])) return undefined;
  // "Some said they …", "Several have suggested that …": a quantifier standing for people.
  if (words.length === 1 && lex.peopleQuantifiers.has(words[0]))
    return { kind: "speaker", description: subject };
  // "…, official says, …", "…, analyst says.": a listed word for people alone (a headline's).
  if (words.length === 1 && /^\p{Ll}/u.test(subject) && listedPersonWord(ctx, words[0]))
    return { kind: "speaker", description: subject };
  // A name: capitalised words ("Ines Varga", "Mr. Vell"), and after them the body it is of ("Ada
  // Lind of the Harbour Ledger", named by its first part).
  const capitalised = (k: number) => /^\p{Lu}/u.test(article.text[tokens.starts[k]] ?? "");
  let nameEnd = from;
  while (nameEnd < to && (capitalised(nameEnd) || tokens.key(nameEnd) === ".")) nameEnd++;
  let rest = nameEnd;
  while (
    rest < to &&
    (capitalised(rest) || ctx.lex.viewNameJoins.has(tokens.key(rest)) || tokens.key(rest) === ".")
  )
    rest++;
  // "The Post found": a name after "the" is an organisation's, an outlet's perhaps the article's own.
  if (words[0] === "the" && capitalised(from + 1)) return undefined;
  // The name must be one the name reading took for a person's, not a word capitalised only as the
  // sentence's first ("Having", "Wednesday", "It", "Some"), nor a possessor ("Clinton's claim").
  if (nameEnd > from && rest === to && !ctx.lex.viewPersonPronouns.has(words[0])) {
    if (words.some((w) => /['\u2019]s$/.test(w)) || tokens.keyAt(nameEnd) === "'s") return undefined;
    // "…, said Minister of Finance John Smith": the name reading took the title, its "of" phrase
    // and the name for one mention of the person.
    const whole = ctx.names.namedIn(from, from + 1).find((m) => m.last === to - 1 && !m.weak);
    if (whole) return { kind: "speaker", name: whole.name };
    // A short form of a name the text gave in full ("Will" for "George Will", "Carter").
    const name = article.text.slice(tokens.starts[from], tokens.ends[nameEnd - 1]);
    const full = ctx.names.canonical(name);
    if (full !== name) return { kind: "speaker", name: full };
    // "Police believe …", "Scientists believe …": a group word for people capitalised as the
    // sentence's first is a description, not a name ("King said" and "Sister said" are titles left
    // for the name reading).
    const group = lex.collectives.has(words[0]) || /s$/.test(words[0]);
    if (words.length === 1 && group && personWord(ctx, words[0]))
      return { kind: "speaker", description: subject };
    if (speaker?.name) return { kind: "speaker", name: speaker.name };
    const named = ctx.names.namedIn(from, nameEnd).find((m) => !m.weak && m.last < nameEnd);
    return named ? { kind: "speaker", name: named.name } : undefined;
  }
  if (!personWord(ctx, words[words.length - 1]) || tokens.kindAt(from) === "number") return undefined;
  // "That is why critics say", "Few politicians would ever admit": a verb, a modal or a clause
  // opener inside is no subject of the view's verb.
  if (
    words.some(
      (w) =>
        lex.firstPersonPronouns.has(w) ||
        lex.modals.has(w) ||
        lex.copulas.has(w) ||
        ctx.lex.viewSubordinators.has(w),
    )
  )
    return undefined;
  // A description opens on a determiner or a capitalised word ("his advisers", "many strategists",
  // "Harbour aides"), or is a bare plural ("aides"); "like many other" is none.
  const head = words[words.length - 1];
  const opens = lex.determiners.has(words[0]) || capitalised(from) || (words.length === 1 && /s$/.test(head));
  if (!opens || lex.determiners.has(head)) return undefined;
  return { kind: "speaker", description: speaker?.description ?? subject };
}

/** Whether `word` is one of the listed words for people, in the singular or plural ("official", "police"). */
function listedPersonWord(ctx: SentenceContext, word: string): boolean {
  const { lex } = ctx;
  const one = word.replace(/s$/, "");
  return (
    lex.personHeads.has(one) || lex.viewHeads.has(one) || lex.titles.has(one) || lex.collectives.has(word)
  );
}

/** Whether `head` is a word for people ("aides", "a spokesman", "police", "Democrats"). */
function personWord(ctx: SentenceContext, head: string): boolean {
  const { lex } = ctx;
  const one = head.replace(/s$/, "");
  return (
    lex.personHeads.has(one) ||
    lex.viewHeads.has(one) ||
    lex.viewHeads.has(head) ||
    lex.titles.has(one) ||
    lex.collectives.has(head) ||
    PERSON_HEAD.test(head)
  );
}

/**
 * The voice a tag gives its sentence: one between commas ("The plan, they concluded, never
 * worked", "Of course, as Lind observed, the quay …"), one closing it ("…, they insist.") and one
 * inverted after a comma ("…, said Ada Lind, a planner at the institute.", "Any reading …, said
 * Vell, an expert on ports, would …"). The clause the tag stands in is what its subject said or
 * holds, when that subject is someone and the clause has words of its own.
 */
function tagView(ctx: SentenceContext, si: number): Voice | undefined {
  const tokens = ctx.article.tokenStore;
  const s = ctx.article.sentences[si];
  // The sentence's last token before its closing punctuation.
  let last = s.tokenEnd - 1;
  while (last > s.tokenStart && tokens.kindAt(last) === "punct") last--;
  for (let open = s.tokenStart + 1; open < last; open++) {
    if (tokens.key(open) !== ",") continue;
    const inverted = open - s.tokenStart >= TAG_CONTENT ? invertedTag(ctx, si, open + 1, last) : undefined;
    if (inverted) return inverted;
    let from = open + 1;
    if (tokens.keyAt(from) === "as") {
      // "as they say", "as you know": an idiom of the author's, no one's report.
      if (ctx.lex.asIdiomSubjects.has(tokens.keyAt(from + 1) ?? "")) continue;
      from++;
    }
    for (let v = from + 1; v <= Math.min(last, from + TAG_SUBJECT); v++) {
      const key = tokens.key(v);
      if (key === ",") break;
      const len = viewVerbAt(ctx, v) || (reportingVerb(ctx, v) ? 1 : 0);
      if (len === 0) continue;
      const after = ctx.lex.tagParticles.has(tokens.keyAt(v + len) ?? "") ? v + len + 1 : v + len;
      // Between commas with at least two words after, or closing the sentence.
      if (!(tokens.keyAt(after) === "," && last - after >= 2) && after !== last + 1) continue;
      // "“Follow us,” Lind said, and the boys trailed behind": the tag reports the quote before it,
      // and what follows is the author's.
      if (tokens.keyAt(after) === "," && quoteBefore(ctx, open)) continue;
      if (open - s.tokenStart + Math.max(0, last - after) < TAG_CONTENT) continue;
      const end = subjectEnd(ctx, from, v, false);
      if (end <= from) continue;
      const voice = personVoice(ctx, si, from, end, v);
      if (voice) return voice;
    }
  }
  return undefined;
}

/** Whether a quotation closes right before the comma at token `comma` ("“…,” Lind said"). */
function quoteBefore(ctx: SentenceContext, comma: number): boolean {
  const tokens = ctx.article.tokenStore;
  const at = tokens.starts[comma];
  // The first quote end at or after `at - 1`, by binary search: a look through every quote of
  // the document for each tag made a text of many tags and quotes quadratic.
  const ends = quoteEnds(ctx.spans);
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] < at - 1) lo = mid + 1;
    else hi = mid;
  }
  return (lo < ends.length && ends[lo] <= at + 2) || ctx.quotedAt(Math.max(0, at - 1));
}

// The end of every quote of a document in ascending order (nested quotes end before the quotes
// around them, so the spans, in order of their starts, are not in order of their ends), made once
// per reading.
const endsOf = new WeakMap<readonly { end: number }[], Float64Array>();
function quoteEnds(spans: readonly { end: number }[]): Float64Array {
  let ends = endsOf.get(spans);
  if (!ends) {
    ends = Float64Array.from(spans, (q) => q.end).sort();
    endsOf.set(spans, ends);
  }
  return ends;
}

/**
 * The voice of an inverted tag whose verb is token v, after a comma: "said Ada Lind" (a name,
 * not a day: "…, said Tuesday") or "said the harbour master", followed by the sentence's end or
 * a comma (an appositive or the rest of the clause).
 */
function invertedTag(ctx: SentenceContext, si: number, v: number, last: number): Voice | undefined {
  const { lex } = ctx;
  const tokens = ctx.article.tokenStore;
  if (!(lex.indirectVerbs.has(tokens.key(v)) || lex.writingVerbs.has(tokens.key(v))) || !lowerCase(ctx, v))
    return undefined;
  let end = v + 1;
  while (end <= last && tokens.key(end) !== ",") end++;
  if (end === v + 1 || end - (v + 1) > PERSON_SUBJECT) return undefined;
  const first = tokens.key(v + 1);
  if (lex.days.has(first) || lex.months.has(first) || tokens.kindAt(v + 1) === "number") return undefined;
  return appositiveName(ctx, v + 1, end, last) ?? personVoice(ctx, si, v + 1, end, v);
}

/**
 * "…, said the Secretary of State, John Smith.", "…, said the harbour master, Ada Lind.": a
 * description of a post or a person (an article, then a head that names one: before its "of"
 * phrase, if any) and a full name in apposition after the comma at `comma`, closing the clause,
 * is the named person's voice.
 */
function appositiveName(ctx: SentenceContext, from: number, comma: number, last: number): Voice | undefined {
  const { lex } = ctx;
  const tokens = ctx.article.tokenStore;
  if (tokens.keyAt(comma) !== "," || !lex.determiners.has(tokens.key(from))) return undefined;
  let head = from + 1;
  while (head < comma - 1 && tokens.key(head + 1) !== "of") head++;
  if (!personWord(ctx, tokens.key(head)) && !lex.titleHeads.has(tokens.key(head))) return undefined;
  const named = ctx.names
    .namedIn(comma + 1, comma + 2)
    .find((m) => !m.weak && m.name.includes(" ") && (m.last === last || tokens.keyAt(m.last + 1) === ","));
  return named ? { kind: "speaker", name: named.name } : undefined;
}

/**
 * Whether token v is a verb of indirect speech whose clause follows it at once ("officials said
 * they …"), one the cue reading left without a subject ("American law enforcement officials
 * said …"): read here as a view's verb, with the same subject.
 */
function speechVerb(ctx: SentenceContext, v: number): boolean {
  const { lex } = ctx;
  const key = ctx.article.tokenStore.key(v);
  // "maintains a lead", "claimed a victory": verbs whose object is often a thing are left out.
  return (
    lowerCase(ctx, v) &&
    (lex.indirectVerbs.has(key) || lex.clauseVerbs.has(key)) &&
    !lex.writingVerbs.has(key) &&
    !lex.objectVerbs.has(key)
  );
}

/**
 * Whether token v is a verb that reports what its subject says or writes ("said", "concluded",
 * "points" before "out"); not a verb of manner alone ("laughed", "yelled"), which reports no clause.
 */
function reportingVerb(ctx: SentenceContext, v: number): boolean {
  const { lex } = ctx;
  const key = ctx.article.tokenStore.key(v);
  return (
    lowerCase(ctx, v) &&
    (lex.indirectVerbs.has(key) || lex.writingVerbs.has(key) || lex.particleVerbs.has(key))
  );
}

/** A sentence whose main clause reports a finding or someone's view is theirs. */
export const reportedViewSieve: SentenceSieve = {
  name: "reported-view",
  voice: (si, ctx) => reportedView(ctx, si),
};
