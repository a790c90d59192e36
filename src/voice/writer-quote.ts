import type { Cue } from "./cues.js";
import { type DocumentRef, documentRef } from "./documents.js";
import type { VoiceReading } from "./reading.js";

// Most tokens between a writing verb (or its inverted subject) and the colon that opens the
// quotation it introduces ("wrote in an email to supporters on Sunday:").
const COLON_REACH = 10;

/**
 * The document cue c names, as {@link documentRef} reads it, except for a named person whose
 * writing verb introduces a quotation with a colon ("Writes Fr. Aldo Corvin: “…”", "Corvin
 * wrote in an email: “…”") while the last work cited is not theirs (no author with their surname,
 * no outlet ending with their name): the words are that person's writing, named by them, not the
 * last work the article cited, which someone else wrote. `before` is where the reading stands.
 */
export function cueDocument(ctx: VoiceReading, c: Cue, before: number): DocumentRef | undefined {
  const { citations, lex, docTitles, names } = ctx;
  const ref = documentRef(c.subject, c.key, citations, lex, before, docTitles, names);
  if (ref?.citation === undefined || c.subject.kind !== "name" || !/^writ|^wrote/.test(c.key)) return ref;
  if (!introducesQuote(ctx, c)) return ref;
  const cited = citations[ref.citation];
  const writers = [c.subject.text, ...(c.subject.others ?? [])];
  const theirs = writers.some((w) => {
    const surname = w.split(" ").at(-1) ?? w;
    return cited.authors.some((a) => a.split(" ").at(-1) === surname) || cited.outlet?.endsWith(w) === true;
  });
  if (theirs) return ref;
  return { name: writers.map((w) => names.canonical(w)).join(" and ") };
}

// Whether a colon follows cue c (and its subject, when inverted) within its sentence, right
// before an opening quotation mark or the end of its paragraph.
function introducesQuote(ctx: VoiceReading, c: Cue): boolean {
  const { article } = ctx;
  const tokens = article.tokenStore;
  const s = article.sentences[c.sentence];
  const from = Math.max(c.last, c.subject.last) + 1;
  for (let k = from; k < Math.min(s.tokenEnd, from + COLON_REACH); k++) {
    const key = tokens.key(k);
    if (key === ":") {
      const next = tokens.get(k + 1);
      return next === undefined || k + 1 >= s.tokenEnd || ctx.quotedAt(next.start);
    }
    if (/^[.;!?]$/.test(key) || ctx.quotedAt(tokens.starts[k])) return false;
  }
  return false;
}
