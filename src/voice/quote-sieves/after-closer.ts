import type { QuoteSpan } from "../../text/quotes.js";
import { itemContaining } from "../../text/search.js";
import type { TokenStore } from "../../text/token-store.js";
import { personPhrase } from "../speakers.js";
import { type Attribution, type QuoteSieve, type QuoteSieveContext, speechVerb } from "./context.js";

// Most tokens from the closing mark to a cue whose subject follows it: a name and a chain of
// appositives ("…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said).
const REACH = 32;

// "…” He added, “…”": a cue followed by a comma or colon and an opening mark introduces the
// next quote, not the one that closed its sentence before it.
function introducesQuote(tokens: TokenStore, last: number): boolean {
  const next = tokens.keyAt(last + 1);
  return (next === "," || next === ":") && /^["\u201C\u2018'\u00AB]$/.test(tokens.keyAt(last + 2) ?? "");
}

// Whether a usable cue ends right before the quote's opening mark, in its sentence ("said “",
// "saying, “", "declared: “").
function introducedBefore(q: QuoteSpan, ctx: QuoteSieveContext): boolean {
  const { tokenStore: tokens, sentences } = ctx.doc;
  const opener = tokens.firstEndingAfter(q.start);
  const si = itemContaining(sentences, q.start);
  if (si < 0) return false;
  return ctx.bySentence[si].some((ci) => {
    const last = ctx.cues[ci].last;
    return last < opener && opener - last <= 2 && ctx.usable(ci, opener);
  });
}

// Whether a strong speech cue other than "according to", usable for the quote, stands before the
// quote's opening mark in its sentence.
function spokenBefore(q: QuoteSpan, ctx: QuoteSieveContext): boolean {
  const { tokenStore: tokens, sentences } = ctx.doc;
  const opener = tokens.firstEndingAfter(q.start);
  const si = itemContaining(sentences, q.start);
  if (si < 0) return false;
  return ctx.bySentence[si].some((ci) => {
    const c = ctx.cues[ci];
    return c.key !== "according" && c.strong && c.last < opener && ctx.usable(ci, opener);
  });
}

// A colon, or a speech verb or its participle ("saying, “", "writing “"), right before the opening
// mark.
function tagBeforeOpener(q: QuoteSpan, ctx: QuoteSieveContext): boolean {
  const { tokenStore: tokens } = ctx.doc;
  let k = tokens.firstEndingAfter(q.start) - 1;
  if (k < 0) return false;
  if (tokens.key(k) === ":") return true;
  if (tokens.key(k) === ",") k--;
  return k >= 0 && speechVerb(tokens.keyAt(k) ?? "", ctx.lex);
}

// The person named right after the speech verb at token k ("…, said Ines Varga, the …").
function invertedTag(k: number, ctx: QuoteSieveContext): Attribution | undefined {
  const { tokenStore: tokens } = ctx.doc;
  const m = ctx.finder.forward(k + 1, tokens.length);
  if (!m || m.first !== k + 1 || m.kind === "pronoun") return undefined;
  if (m.kind === "description" && !personPhrase(m.text, ctx.lex)) return undefined;
  const mention = ctx.span(m.first, m.last);
  if (m.kind === "name") return { name: ctx.names.canonical(m.text), mention, sieve: "after-closer" };
  return { description: m.text.charAt(0).toLowerCase() + m.text.slice(1), mention, sieve: "after-closer" };
}

// Whether an opening mark stands after token `last` in the sentence.
function quoteLaterIn(
  doc: QuoteSieveContext["doc"],
  last: number,
  sentence: { end: number } | undefined,
): boolean {
  const from = doc.tokenStore.ends[last];
  const to = sentence?.end ?? doc.text.length;
  return /["\u201C\u2018]/.test(doc.text.slice(from, to));
}

// Most words of a plain subject read right after the closer ("one harbour employee").
const SUBJECT_WORDS = 6;

/**
 * "“…,” federal prosecutors wrote in a filing", "“…,” one P&G employee told the radio": the
 * subject the cue finder could not read, opening right after the closer's comma and followed at
 * once by a speech verb in lower case (past the auxiliaries and adverbs of `verbSkips`).
 */
function plainTag(a: number, ctx: QuoteSieveContext): Attribution | undefined {
  const { doc, finder, lex } = ctx;
  const { tokenStore: tokens } = doc;
  const limit = Math.min(tokens.length, a + SUBJECT_WORDS + 1);
  const key = tokens.key(a);
  if (key === "it" || key === "they") {
    let v = a + 1;
    while (v < a + 4 && lex.verbSkips.has(tokens.keyAt(v) ?? "")) v++;
    const verb = tokens.keyAt(v) ?? "";
    const speaker =
      tokens.kindAt(v) === "word" && speechVerb(verb, lex) && !/ing$/.test(verb)
        ? ctx.thingSpeaker(a)
        : undefined;
    return speaker && { ...speaker, mention: ctx.span(a, a), sieve: "after-closer" };
  }
  const found = finder.pronoun(a) ?? finder.forward(a, limit) ?? finder.bareForward(a, limit);
  if (!found || found.first !== a) return undefined;
  // "some protesters chanted.": a description read forwards runs on over a verb it does not know
  // as strong; it ends before a speech verb that ends its clause ("…, the note says."), not one
  // with an object ("her critics cited it", "a website linked to a group called the …").
  let m = found;
  if (m.kind === "description")
    for (let j = m.first + 1; j <= m.last; j++)
      if (
        speechVerb(tokens.key(j), lex) &&
        !/ing$/.test(tokens.key(j)) &&
        (tokens.kindAt(j + 1) === "punct" || lex.tagClauseWords.has(tokens.keyAt(j + 1) ?? ""))
      ) {
        m = { ...m, last: j - 1, text: finder.spanText(m.first, j - 1) };
        break;
      }
  let v = m.last + 1;
  while (v < limit + 3 && lex.verbSkips.has(tokens.keyAt(v) ?? "")) v++;
  // "“…,” Trump shot back": a learned verb and its particle.
  const phrase = lex.quoteVerbs.has(`${tokens.key(v)} ${tokens.keyAt(v + 1) ?? ""}`);
  if (tokens.kindAt(v) !== "word" || finder.isCapWord(v) || !(phrase || speechVerb(tokens.key(v), lex)))
    return undefined;
  // "…,” officials were told": the subject of a passive is spoken to.
  if (/ing$/.test(tokens.key(v))) return undefined;
  if (m.kind === "name" && lex.notNames.has(tokens.key(m.first))) return undefined;
  return ctx.speakerOf(m, "after-closer");
}

/**
 * A cue right after the closing mark: "…," says X; "…," X said; "…," Rovers coach Dominik Sauer
 * told reporters; or a dash and a name signing the quote ("“…” ― Pamela Padilla"), and in a
 * headline a colon.
 */
export const afterCloser: QuoteSieve = {
  name: "after-closer",
  attribute(q: QuoteSpan, ctx: QuoteSieveContext): Attribution | undefined {
    const { doc, cues, byFirst } = ctx;
    const { tokenStore: tokens } = doc;
    let a = tokens.firstEndingAfter(q.end);
    // "''… 'old-school,''' said X": a nested quote's closer left right after the outer one's.
    if (tokens.starts[a] === q.end && /^['\u2019"\u201D]$/.test(tokens.keyAt(a) ?? "")) a++;
    if (tokens.keyAt(a) === ",") a++;
    const para = doc.paragraphs[q.lastParagraph];
    if (!tokens.get(a) || tokens.starts[a] >= para.end) return undefined;
    const ci = byFirst.get(a);
    // "… he told an audience that “…,” according to the Examiner": a quote that a speech cue
    // earlier in its sentence reports is that speaker's; "according to" after it names where the
    // report comes from.
    if (ci !== undefined && cues[ci].key === "according" && spokenBefore(q, ctx)) return undefined;
    if (ci !== undefined && cues[ci].inverted && ctx.usable(ci)) return ctx.attribution(ci, "after-closer");
    const headline =
      (q.lastParagraph === 0 || doc.paragraphs[q.lastParagraph].kind === "heading") &&
      tokens.keyAt(a) === ":";
    if (
      headline ||
      /^[\u2014\u2015\u2013-]$/.test(tokens.keyAt(a) ?? "") ||
      /^--+$/.test(tokens.keyAt(a) ?? "")
    ) {
      const n = ctx.finder.nameForward(a + 1, tokens.length);
      if (n && doc.text.slice(tokens.ends[a], tokens.starts[n.first]).indexOf("\n") < 0) {
        return {
          name: ctx.names.canonical(n.text),
          mention: ctx.span(n.first, n.last),
          sieve: "after-closer",
        };
      }
    }
    // The first cue whose subject follows the closer. After a quote that ends its sentence
    // ("….” A spokesman said …", "''Be nice.'' And later he said …", with doubled closing marks)
    // only an adjacent cue counts. A question or exclamation mark is no such end: "“Why now?”
    // Mills asked", "“Not us!” Murphy, the head of the fund, wrote".
    const closesSentence = /[.]["'\u201D\u2019]*$/.test(doc.text.slice(q.contentStart, q.end));
    const sentence = doc.sentences[itemContaining(doc.sentences, tokens.starts[a])];
    const reach = closesSentence ? 3 : REACH;
    // "Obama said “it gets me mad” every time he thinks …": a quote its own cue introduces right
    // before the opener, and running text after the closer, is that cue's; a cue later in the
    // sentence speaks of something else.
    const introduced = introducedBefore(q, ctx);
    // "Osuna told the paper: “…” He added that …", "…, saying, “….” He also said …": a quote that
    // ends its sentence after a colon or a speech verb before its opener has its tag there; the
    // next sentence's cue reports something else.
    if (closesSentence && (introduced || tagBeforeOpener(q, ctx))) return undefined;
    for (let k = a; k < Math.min(tokens.length, a + reach) && tokens.starts[k] < para.end; k++) {
      const key = tokens.key(k);
      // "Mr. Obama", "Rep. Gwen Moore (D-Wis.) said": a full stop that ends no sentence.
      const ends = sentence === undefined || tokens.ends[k] >= sentence.end - 1;
      if (
        (key === "." && ends) ||
        key === "!" ||
        key === "?" ||
        key === '"' ||
        (tokens.kind(k) === "punct" && /[“‘]/.test(key))
      )
        break;
      const c = byFirst.get(k);
      // "“…” if the ice holds, said X, the harbour master": an inverted tag after a comma closing
      // the sentence the quote opened (the cue finder reads no subject before that comma).
      if (k > a && tokens.key(k - 1) === "," && ctx.lex.verbs.has(key)) {
        if (c !== undefined && cues[c].inverted && ctx.usable(c)) return ctx.attribution(c, "after-closer");
        const found = c === undefined ? invertedTag(k, ctx) : undefined;
        if (found) return found;
      }
      // "Erdogan has branded it a “terror army,” and President Assad has called them “traitors.”":
      // a clause joined after the closer whose cue has a quote of its own later in the sentence
      // tags that quote, not this one.
      if (
        c !== undefined &&
        ctx.lex.clauseConjunctions.has(tokens.key(a)) &&
        quoteLaterIn(doc, cues[c].last, sentence)
      )
        break;
      if (c !== undefined && cues[c].key === "according" && spokenBefore(q, ctx)) break;
      if (
        c !== undefined &&
        !cues[c].inverted &&
        cues[c].subject.first >= a &&
        !(introduced && cues[c].subject.first > a) &&
        ctx.usable(c) &&
        !(closesSentence && introducesQuote(tokens, cues[c].last))
      )
        return ctx.attribution(c, "after-closer");
    }
    // A quote that ends its sentence has no tag after it; one that ends in a comma, a question or
    // an exclamation may ("“…?” the 43-year-old asked").
    const open =
      tokens.keyAt(a - 1) === "," || /[,?!]["'\u201D\u2019]*$/.test(doc.text.slice(q.contentStart, q.end));
    return closesSentence || !open ? undefined : plainTag(a, ctx);
  },
};
