import type { Voice } from "../types.js";
import type { SentenceContext, SentenceSieve } from "./context.js";
import { personHead } from "./reported-speech.js";

// Most tokens between a question's verb and the word that opens the question: its object ("asked
// Mayor Ines Varga whether", "asked several times whether").
const OBJECT_REACH = 4;

/**
 * The voice of a sentence whose main clause reports someone's question ("She asked whether the
 * council had ever audited the fund", "Then Vell wondered why nobody had been told"): the asker's,
 * since the clause after the question word is what they asked, not what the author claims. The
 * asker must be the main clause's subject, opening the sentence (past its openers and a leading
 * phrase closed by a comma) and someone: a name, a pronoun of a person ("he", "she"; "we" and "I"
 * are the author), or a description headed by a word for people. A passive ("was asked whether"),
 * a modal ("might wonder if"), a subordinate clause ("when a reporter asked if …, Vell said …") and
 * a non-person ("The survey asks where …") leave the sentence to the next sieve.
 */
export function reportedQuestion(ctx: SentenceContext, si: number): Voice | undefined {
  const { article, lex, cues } = ctx;
  const tokens = article.tokenStore;
  const s = article.sentences[si];
  if (article.paragraphs[s.paragraph]?.kind === "heading") return undefined;
  if (lex.viewSubordinators.has(tokens.key(s.tokenStart))) return undefined;
  for (const i of ctx.bySentence[si]) {
    const c = cues[i];
    if (c.inverted || !lex.questionVerbs.has(c.key) || c.subject.last >= c.first) continue;
    if (!opensSentence(ctx, si, c.subject.first)) continue;
    // Only adverbs and auxiliaries of the past between subject and verb ("has repeatedly asked").
    let ok = true;
    for (let k = c.subject.last + 1; k < c.first; k++) {
      const key = tokens.key(k);
      if (!(lex.viewBetween.has(key) || /^\p{L}{3,}ly$/u.test(key))) ok = false;
    }
    if (!ok) continue;
    let q = c.last + 1;
    while (q < Math.min(s.tokenEnd, c.last + 1 + OBJECT_REACH) && !lex.questionWords.has(tokens.key(q))) {
      if (tokens.kindAt(q) !== "word" && tokens.key(q) !== ".") break;
      q++;
    }
    if (!lex.questionWords.has(tokens.keyAt(q) ?? "") || q + 1 >= s.tokenEnd - 1) continue;
    const sp = ctx.cueSpeakers[i];
    if (c.subject.kind === "pronoun") {
      if (c.subject.gender !== "male" && c.subject.gender !== "female") continue;
      return sp?.name ? { kind: "speaker", name: sp.name } : { kind: "speaker" };
    }
    // "Others wonder how …": a quantifier standing for people, capitalised as the sentence's first.
    const word = c.subject.text.toLowerCase();
    if (lex.peopleQuantifiers.has(word)) return { kind: "speaker", description: word };
    if (c.subject.kind === "name" && sp?.name) return { kind: "speaker", name: sp.name };
    if (c.subject.kind === "description" && personHead(ctx, c) && sp?.description)
      return { kind: "speaker", description: sp.description };
  }
  return undefined;
}

/**
 * Whether the subject starting at token `first` opens sentence si's main clause: only openers
 * ("But", "Then") stand before it, or a leading phrase closed by a comma ("In an interview on
 * Monday, Vell asked …").
 */
function opensSentence(ctx: SentenceContext, si: number, first: number): boolean {
  const tokens = ctx.article.tokenStore;
  const s = ctx.article.sentences[si];
  let k = s.tokenStart;
  while (k < first && ctx.lex.viewOpeners.has(tokens.key(k))) k++;
  if (k === first) return true;
  if (tokens.keyAt(first - 1) !== ",") return false;
  // The leading phrase holds no other clause's verb of speech ("After Lind said …, Vell asked").
  return !ctx.bySentence[si].some((o) => ctx.cues[o].first >= k && ctx.cues[o].first < first);
}

/** A sentence reporting someone's question is the asker's. */
export const reportedQuestionSieve: SentenceSieve = {
  name: "reported-question",
  voice: (si, ctx) => reportedQuestion(ctx, si),
};
