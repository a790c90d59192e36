import type { QuoteSpan } from "../../text/quotes.js";
import { itemContaining } from "../../text/search.js";
import type { Attribution, QuoteSieve, QuoteSieveContext } from "./context.js";

// Most tokens from the sentence's subject to the opening mark: the verb and its object.
const REACH = 25;
// Endings of a participle after a passive auxiliary: the subject is acted on ("Trump was asked “…”").
const PARTICIPLE = /(?:ed|en|wn|told|said|heard|taught|sent)$/;
const QUOTE_MARK = /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB]$/;

/**
 * A quote standing as the object of its sentence's verb, with no speech tag of its own: "Moore
 * thanked him for “stepping up”", "Merkel condemned “such a murderous attack”", "Trump called
 * the plan “an absolute disgrace”" → the person the sentence opens with, as PolNeAR and PARC
 * annotate the subject of the verb whose object the quote is. Only when that person is the
 * sentence's only subject before the quote: no cue naming someone else, no clause of its own in
 * between, no earlier quote, no passive ("Trump was asked “…”"), the quote not a fragment inside
 * a longer clause of someone else's.
 */
export const clauseObject: QuoteSieve = {
  name: "clause-object",
  attribute(q: QuoteSpan, ctx: QuoteSieveContext): Attribution | undefined {
    const { doc, cues, bySentence, lex, finder } = ctx;
    const { tokenStore: tokens } = doc;
    const si = itemContaining(doc.sentences, q.start);
    if (si < 0 || q.depth > 0 || q.firstParagraph !== q.lastParagraph) return undefined;
    const s = doc.sentences[si];
    const opener = tokens.firstEndingAfter(q.start);
    if (opener - s.tokenStart < 2 || opener - s.tokenStart > REACH + 12) return undefined;
    const subject = ctx.sentenceSubject(si, opener, true);
    if (!subject?.mention) return undefined;
    const first = tokens.firstEndingAfter(subject.mention.start);
    const last = tokens.firstEndingAfter(subject.mention.end - 1);
    if (opener - last > REACH) return undefined;
    // "Orban's words are reminiscent of …": a possessor is no subject.
    if (
      /['\u2019]s?$/.test(doc.text.slice(subject.mention.start, subject.mention.end)) ||
      tokens.keyAt(last + 1) === "'s"
    )
      return undefined;
    // The subject is followed by its verb, in lower case ("Moore thanked"), or by an appositive.
    let v = last + 1;
    // "Angela Merkel of Germany condemned": a place after "of" completes the name.
    if (tokens.keyAt(v) === "of") {
      const place = finder.nameForward(v + 1, opener);
      if (place) v = place.last + 1;
    }
    while (v < opener && lex.verbSkips.has(tokens.key(v))) v++;
    const next = tokens.key(v);
    if (
      next !== "," &&
      (tokens.kindAt(v) !== "word" ||
        finder.isCapWord(v) ||
        lex.clauseObjectNotVerbs.has(next) ||
        lex.locatives.has(next))
    )
      return undefined;
    // "Weinandy is a “man of the Council”": a quote after a copula describes the subject in the
    // author's words; no one is said to have spoken it.
    if (lex.clauseObjectCopulas.has(next) && !/(?:ed|en|ing)$/.test(tokens.keyAt(v + 1) ?? ""))
      return undefined;
    for (let k = v; k < opener; k++) {
      const key = tokens.key(k);
      if (lex.clauseObjectBreaks.has(key) || lex.clauseObjectSubjects.has(key) || QUOTE_MARK.test(key))
        return undefined;
      if (lex.clauseObjectPassives.has(key) && PARTICIPLE.test(tokens.keyAt(k + 1) ?? "")) return undefined;
    }
    // A cue of the sentence whose subject is someone else speaks before the quote.
    for (const ci of bySentence[si]) {
      const c = cues[ci];
      if (c.first >= opener) continue;
      if (c.subject.first > last || c.subject.last < first) return undefined;
    }
    return { ...subject, sieve: "clause-object" };
  },
};
