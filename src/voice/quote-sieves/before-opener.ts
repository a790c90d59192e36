import type { QuoteSpan } from "../../text/quotes.js";
import { itemContaining } from "../../text/search.js";
import { type Attribution, type QuoteSieve, type QuoteSieveContext, speechVerb } from "./context.js";

// Most tokens between the end of a cue (or its subject) and the opening mark.
const REACH = 8;

/**
 * A cue right before the opening mark, in the quote's sentence or in the paragraph before it
 * when that one ends with a colon: X said: "…"; according to X, "…".
 */
export const beforeOpener: QuoteSieve = {
  name: "before-opener",
  attribute(q: QuoteSpan, ctx: QuoteSieveContext): Attribution | undefined {
    const { doc, cues, bySentence } = ctx;
    const { tokenStore: tokens } = doc;
    const opener = tokens.firstEndingAfter(q.start);
    let sentence = itemContaining(doc.sentences, q.start);
    const para = doc.paragraphs[q.firstParagraph];
    let colon = tokens.keyAt(opener - 1) === ":";
    if (q.start <= para.start + 1 && q.firstParagraph > 0) {
      const prev = doc.paragraphs[q.firstParagraph - 1];
      if (doc.text[prev.end - 1] === ":") {
        sentence = itemContaining(doc.sentences, prev.end - 1);
        colon = true;
      }
    }
    if (sentence < 0) return undefined;
    const s = doc.sentences[sentence];
    let best = -1;
    const candidates = [...bySentence[sentence]];
    for (let x = sentence + 1; x < doc.sentences.length && doc.sentences[x].start < q.start; x++)
      candidates.push(...bySentence[x]);
    for (const ci of candidates) {
      const c = cues[ci];
      const reach = Math.max(c.last, c.subject.last);
      if (reach >= opener || tokens.starts[c.first] < s.start) continue;
      if (opener - reach <= REACH && ctx.usable(ci, opener)) best = ci;
    }
    // "As Breitbart News reported, even on Friday the White House was refusing …:" — a sentence
    // that ends on the colon introducing the quote: its first speech cue, however far.
    if (best < 0 && colon) {
      for (const ci of candidates) {
        const c = cues[ci];
        if (tokens.starts[c.first] >= s.start && c.last < opener && c.strong && ctx.usable(ci)) {
          best = ci;
          break;
        }
      }
    }
    if (best >= 0) {
      // "She sent an email saying “…”", "Trump started out the debate saying “…”": a participle
      // whose subject is the object of the verb before it reports for the sentence's subject.
      const c = cues[best];
      const before = c.subject.first - 1;
      if (
        /ing$/.test(c.key) &&
        c.subject.kind === "description" &&
        c.subject.last === c.first - 1 &&
        before > s.tokenStart &&
        tokens.kindAt(before) === "word" &&
        !ctx.lex.notNames.has(tokens.key(before)) &&
        !ctx.finder.isCapWord(before)
      ) {
        const subject = ctx.sentenceSubject(sentence, before);
        return (
          subject && { ...subject, cue: ctx.span(c.first, c.last), sieve: "before-opener", cueIndex: best }
        );
      }
      return ctx.attribution(best, "before-opener");
    }
    const idiom = asPutIt(opener, s.tokenStart, ctx);
    if (idiom) return idiom;
    // "Ida Holm began by saying, “…”", "She went on to say: “…”", "…, writing “…”": a speech verb
    // right before the opener whose subject the cue finder could not reach is said by the person
    // the sentence opens with.
    let k = opener - 1;
    while (k > s.tokenStart && (tokens.key(k) === "," || tokens.key(k) === ":")) k--;
    if (k < s.tokenStart || opener - k > 3) return undefined;
    const verb = tokens.keyAt(k) ?? "";
    // A verb learned from quote tags ("chanted") is read like any past tense first.
    if (!speechVerb(verb, ctx.lex) || ctx.lex.quoteVerbs.has(verb)) {
      const tag = pastTenseTag(k, s.tokenStart, ctx);
      if (tag || !speechVerb(verb, ctx.lex)) return tag;
    }
    // "X was asked, “…”": the subject of a passive is spoken to.
    if (ctx.lex.beforeOpenerPassives.has(tokens.keyAt(k - 1) ?? "")) return undefined;
    const subject = ctx.sentenceSubject(sentence, k) ?? clauseSubject(k, s.tokenStart, ctx);
    return subject && { ...subject, sieve: "before-opener" };
  },
};

// Most tokens from "it" of "put it" to the opening mark ("put it in his memo to staff, “…”").
const IDIOM_REACH = 10;
// Most tokens from "as" to "put" ("As Ada Lind, professor of law at Kessel and author of …, put").
const IDIOM_SUBJECT = 30;

/**
 * "As Ada Lind, professor of law at Kessel, put it, “…”": the person after "as" in the idiom, however
 * long the appositive that keeps the cue finder from reading them as the subject of "put".
 */
function asPutIt(opener: number, floor: number, ctx: QuoteSieveContext): Attribution | undefined {
  const { doc, finder } = ctx;
  const { tokenStore: tokens } = doc;
  let it = -1;
  for (let k = opener - 1; k >= Math.max(floor + 2, opener - IDIOM_REACH); k--) {
    if (QUOTE_MARK.test(tokens.key(k))) return undefined;
    if (tokens.key(k) === "it" && /^puts?$/.test(tokens.key(k - 1))) {
      it = k;
      break;
    }
  }
  // The idiom's clause closes with a comma or colon right before the opener.
  if (it < 0 || !/^[,:]$/.test(tokens.keyAt(opener - 1) ?? "")) return undefined;
  for (let k = it - 2; k >= Math.max(floor, it - IDIOM_SUBJECT); k--) {
    if (tokens.key(k) !== "as") continue;
    const m = finder.forward(k + 1, it - 1);
    if (!m || m.first !== k + 1 || m.last >= it - 1) return undefined;
    return ctx.speakerOf(m, "before-opener");
  }
  return undefined;
}

// A past tense that is no participle of a noun phrase: "cracked", "chanted", not "red" or "bed".
const PAST = /^\p{Ll}{2,}ed$/u;

/**
 * "…, Hilde Varga cracked, “…”", "…, the protesters chanted “…”", "…, Brandt shot back: “…”": a
 * past tense outside the speech lexicon right before the opener, right after the person who opens
 * its clause (at the sentence start or after a comma), is the quote's tag.
 */
function pastTenseTag(k: number, floor: number, ctx: QuoteSieveContext): Attribution | undefined {
  const { doc, finder, lex } = ctx;
  const { tokenStore: tokens } = doc;
  // "shot back", "fired back": an irregular past before the particle.
  const verb = tokens.key(k) === "back" && k > floor ? k - 1 : k;
  const key = tokens.key(verb);
  if ((verb === k && !PAST.test(key)) || finder.isCapWord(verb) || lex.notNames.has(key)) return undefined;
  const m = finder.backward(verb - 1, floor);
  if (!m || m.last !== verb - 1 || (m.first > floor && tokens.keyAt(m.first - 1) !== ",")) return undefined;
  return ctx.speakerOf(m, "before-opener");
}

const QUOTE_MARK = /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB]$/;
// Most tokens looked back from the speech verb for the subject of its clause.
const CLAUSE_REACH = 30;

/**
 * "…, Mr. Trump was prompted to say, “…”", "In the spring, Clinton proclaimed at a press
 * conference, “…”": the nearest name or he / she before the speech verb at `k` that opens a
 * clause and is followed by its verb (a word in lower case, no function word).
 */
function clauseSubject(k: number, floor: number, ctx: QuoteSieveContext): Attribution | undefined {
  const { doc, finder, names, lex } = ctx;
  const { tokenStore: tokens } = doc;
  for (let j = k - 1; j >= Math.max(floor, k - CLAUSE_REACH); j--) {
    // Words inside an earlier quote are someone's speech, not the clause's.
    if (QUOTE_MARK.test(tokens.key(j))) return undefined;
    if (j > floor && !lex.beforeOpenerClauseStarts.has(tokens.key(j - 1))) continue;
    const m = finder.pronoun(j) ?? finder.nameForward(j, k);
    if (!m || m.first !== j || m.last >= k - 1) continue;
    const next = m.last + 1;
    const key = tokens.key(next);
    if (
      tokens.kindAt(next) !== "word" ||
      finder.isCapWord(next) ||
      lex.beforeOpenerNotVerbs.has(key) ||
      lex.locatives.has(key)
    )
      continue;
    const mention = ctx.span(m.first, m.last);
    if (m.kind === "pronoun") {
      if (m.gender !== "male" && m.gender !== "female") return undefined;
      const ref = names.referent(m.first, m.gender);
      return { ...ref, mention, sieve: "before-opener" };
    }
    if (lex.notNames.has(tokens.key(m.first))) continue;
    return { name: names.canonical(m.text), mention, sieve: "before-opener" };
  }
  return undefined;
}
