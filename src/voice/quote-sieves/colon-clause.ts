import { functionWords } from "../../text/function-words.js";
import type { QuoteSpan } from "../../text/quotes.js";
import { itemContaining } from "../../text/search.js";
import { personPhrase } from "../speakers.js";
import { pageLabel } from "../transcript.js";
import type { Attribution, QuoteSieve, QuoteSieveContext } from "./context.js";

// Most tokens looked back from the colon for the person the clause is about.
const REACH = 30;

// Most words of the possessed noun phrase ("Obama’s first five questioners").
const POSSESSED_WORDS = 4;

/**
 * "Winner’s mother had a blunt reply:": the possessive phrase from token `first`, its nouns from
 * token `from` up to the verb, as an unnamed speaker; none when it denotes no person.
 */
function possessedPerson(first: number, from: number, ctx: QuoteSieveContext): Attribution | undefined {
  const { tokenStore: tokens } = ctx.doc;
  let last = -1;
  for (let j = from; j < from + POSSESSED_WORDS && tokens.kindAt(j) === "word"; j++) {
    const key = tokens.key(j);
    if (
      ctx.finder.isCapWord(j) ||
      ctx.lex.verbs.has(key) ||
      ctx.lex.copulas.has(key) ||
      (functionWords().has(key) && !ctx.lex.determiners.has(key)) ||
      /(?:ed|ly)$/.test(key)
    )
      break;
    last = j;
  }
  if (last < 0) return undefined;
  const description = ctx.finder.spanText(first, last);
  return personPhrase(description, ctx.lex)
    ? { description, mention: ctx.span(first, last), sieve: "colon-clause" }
    : undefined;
}

/**
 * A quote after a colon with no cue: "…, he was blunter: “…”" → the person the clause is about:
 * a person named in full (or already a speaker) opening the sentence ("Mitch McConnell delivered
 * a message to Trump: “…”"), else the nearest person before the colon that no preposition makes
 * an object. A quote opening the paragraph after one that ends with a colon ("Ida Holm issued
 * the following statement:") takes that sentence's opening person only.
 */
export const colonClause: QuoteSieve = {
  name: "colon-clause",
  attribute(q: QuoteSpan, ctx: QuoteSieveContext): Attribution | undefined {
    const { doc, finder, names, lex } = ctx;
    const { tokenStore: tokens } = doc;
    const opener = tokens.firstEndingAfter(q.start);
    // "Ida Holm issued the following statement:" closing the paragraph before the quote's.
    const para = doc.paragraphs[q.firstParagraph];
    const prev = doc.paragraphs[q.firstParagraph - 1];
    if (q.start <= para.start + 1 && prev && doc.text[prev.end - 1] === ":")
      return ctx.sentenceSubject(
        itemContaining(doc.sentences, prev.end - 1),
        tokens.firstEndingAfter(prev.end),
      );
    if (tokens.keyAt(opener - 1) !== ":") return undefined;
    // "CLAIM: “…”", "Editor's note: “…”": a label of the page's own parts names no speaker.
    const own = doc.paragraphs[itemContaining(doc.paragraphs, q.start)];
    if (own && pageLabel(doc.text.slice(own.start, tokens.ends[opener - 1]))) return undefined;
    const si = itemContaining(doc.sentences, q.start);
    const floor = si >= 0 ? doc.sentences[si].tokenStart : opener - 10;
    const subject = si >= 0 ? ctx.sentenceSubject(si, opener - 1) : undefined;
    if (subject) return subject;
    for (let k = opener - 2; k >= Math.max(floor, opener - REACH); k--) {
      const p = finder.pronoun(k);
      if (p && (p.gender === "male" || p.gender === "female")) {
        const ref = names.referent(k, p.gender);
        return { ...ref, mention: ctx.span(k, k), sieve: "colon-clause" };
      }
      const n = finder.nameBackward(k, floor);
      if (!n) continue;
      const before = tokens.keyAt(n.first - 1) ?? "";
      // "Winner’s mother had a blunt reply:": a possessor of a person is not the one who speaks;
      // of words it is ("Benning’s answer was shorter:", "Varga’s statement reads:").
      const apostrophe = /^['\u2019]$/.test(tokens.keyAt(n.last + 1) ?? "");
      const owned = tokens.keyAt(n.last + (apostrophe ? 2 : 1)) ?? "";
      const possessor =
        (apostrophe || /['\u2019]s$/.test(tokens.key(n.last))) &&
        !lex.verbs.has(owned) &&
        !lex.evidenceNouns.has(owned) &&
        !lex.selfReference.has(owned);
      if (possessor) return possessedPerson(n.first, n.last + (apostrophe ? 2 : 1), ctx);
      // "On Vantor:", "On the Kessel people:": the quote after is on that topic, and whoever
      // speaks it is named elsewhere, if at all.
      const det = lex.determiners.has(before) ? 1 : 0;
      if (lex.colonTopicMarkers.has(tokens.keyAt(n.first - 1 - det) ?? "")) return undefined;
      if (lex.colonObjectMarkers.has(before) || lex.locatives.has(before)) {
        k = n.first;
        continue;
      }
      if (!lex.notNames.has(tokens.key(n.first)))
        return { name: names.canonical(n.text), mention: ctx.span(n.first, n.last), sieve: "colon-clause" };
    }
    return undefined;
  },
};
