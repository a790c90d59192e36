import { append } from "../collections.js";
import type { Document } from "../text/document.js";
import { coveredBy, documentQuotes, type QuoteSpan, quotedAt } from "../text/quotes.js";
import { itemContaining } from "../text/search.js";
import { classifyQuote } from "./classify.js";
import { type Credit, findCredits } from "./credits.js";
import { type Cue, cuesBySentence, findCues } from "./cues.js";
import {
  type BlockVoice,
  type DocumentTitle,
  findBlocks,
  findCitations,
  findDocumentTitles,
} from "./documents.js";
import { type VoiceLexicon, voiceLexicon } from "./lexicon.js";
import { NameRegistry } from "./names.js";
import { type Attribution, attributeQuotes, type Speaker } from "./quote-sieves/index.js";
import { resolveCueSpeakers, unnamedPerson } from "./speakers.js";
import type { Citation, QuoteKind } from "./types.js";

/**
 * The document's one reading of quotation and attribution, computed once, before any source is
 * traced: its quotes and their kinds, its reporting cues and who they name, the speaker of each
 * speech quote, the documents it cites or names. Sentence voices, attributions and the decision
 * whether a reuse is credited all read it.
 */
export interface VoiceReading {
  article: Document;
  lex: VoiceLexicon;
  /** Every pair of quotation marks, top-level and nested. */
  spans: QuoteSpan[];
  kinds: QuoteKind[];
  /** Speech cues outside quotes. */
  cues: Cue[];
  cueSpeakers: (Speaker | undefined)[];
  /** Cue indexes of each sentence. */
  bySentence: number[][];
  /** Belief and stance cues ("voters believe"): PARC attributions, but no voice. */
  stanceCues: Cue[];
  /** Speaker of each speech quote, by index into `spans`. */
  attributions: Map<number, Attribution | undefined>;
  names: NameRegistry;
  citations: Citation[];
  /** Capitalised document names ("the Annual Report on Prison Conditions"). */
  docTitles: DocumentTitle[];
  /** 1 for each token inside a top-level quote. */
  inQuote: Uint8Array;
  /** Credits for republished text: datelines, bylines, credit lines, inline credits. */
  credits: Credit[];
  /** The blocks introducers and blockquotes open, read without trace coverage ({@link findBlocks}). */
  blocks: (BlockVoice | undefined)[];
  /**
   * Whether the article presents the text at `pos` as quoted or reproduced: inside quotation
   * marks, a block quote, or a block an introducer opens (read without sources).
   */
  quotedAt(pos: number): boolean;
}

/** Read a document's quotes, cues, speakers and citations once. */
export function readVoices(article: Document): VoiceReading {
  const lex = voiceLexicon();
  const { tokenStore: tokens, sentences } = article;
  const spans = documentQuotes(article);
  const tokensOf = (keep: (q: QuoteSpan) => boolean): Uint8Array => {
    const marks = new Uint8Array(tokens.length);
    for (const q of spans) {
      if (!keep(q)) continue;
      for (
        let k = tokens.firstEndingAfter(q.contentStart);
        k < tokens.length && tokens.starts[k] < q.contentEnd;
        k++
      )
        marks[k] = 1;
    }
    return marks;
  };
  const inQuote = tokensOf((q) => q.depth === 0);
  const allCues = findCues(article, lex, (k) => inQuote[k] === 1);
  const cues = allCues.filter((c) => !c.attributionOnly);
  const stanceCues = allCues.filter((c) => c.attributionOnly);
  // Cues inside top-level quotes attribute the quotes nested in them ("‘One of them shouted “…”’").
  const inNested = tokensOf((q) => q.depth > 0);
  // A sentence whose words both readings skip alike has the same cues in both: only the sentences
  // with quoted words are read again (in the 1 MB news pair's article, about a third).
  const redone = new Uint8Array(sentences.length);
  sentences.forEach((s, si) => {
    for (let k = s.tokenStart; k < s.tokenEnd && !redone[si]; k++)
      if (inQuote[k] !== inNested[k]) redone[si] = 1;
  });
  const redo = (si: number) => redone[si] === 1;
  const nestedCues = spans.some((q) => q.depth > 0)
    ? bySentenceOrder(
        allCues,
        findCues(article, lex, (k) => inNested[k] === 1, redo),
        redo,
      ).filter((c) => !c.attributionOnly)
    : [];
  const speechCues = (list: Cue[]) =>
    new Set(list.filter((c) => c.strong || c.subject.kind !== "description").map((c) => c.sentence));
  const cueSentences = speechCues(cues);
  const nestedCueSentences = speechCues(nestedCues);
  const bySentence = cuesBySentence(cues, sentences.length);
  const nestedBySentence = cuesBySentence(nestedCues, sentences.length);
  const kinds: QuoteKind[] = spans.map((q) =>
    q.depth === 0
      ? classifyQuote(article, q, lex, cueSentences, cues, bySentence)
      : classifyQuote(article, q, lex, nestedCueSentences, nestedCues, nestedBySentence),
  );

  const names = new NameRegistry(article, lex, (k) => inQuote[k] === 1);
  for (const c of cues) {
    const u = unnamedPerson(c.subject, lex);
    if (u) names.addUnnamed(c.subject.first, u.description, u.gender);
  }
  // Pronouns outside quotes, in text order, teach the names their genders ("since she was seventeen").
  // Each key's gender is looked up once (0 not yet, 1 none, 2 male, 3 female), not once per token.
  const genderOfKey = new Uint8Array(tokens.keyTable.size);
  for (let k = 0; k < tokens.length; k++) {
    if (inQuote[k]) continue;
    const id = tokens.keyIds[k];
    if (genderOfKey[id] === 0) {
      const g = lex.pronouns.get(tokens.key(k));
      genderOfKey[id] = g === "male" ? 2 : g === "female" ? 3 : 1;
    }
    if (genderOfKey[id] > 1) names.resolvePronoun(k, genderOfKey[id] === 2 ? "male" : "female");
  }
  const cueSpeakers = resolveCueSpeakers(cues, names, lex, tokens);
  const attributions = new Map<number, Attribution | undefined>();
  const speech = (depth: (d: number) => boolean) =>
    spans.map((_, i) => i).filter((i) => kinds[i] === "speech" && depth(spans[i].depth));
  const speechIdx = speech((d) => d === 0);
  attributeQuotes(
    article,
    speechIdx.map((i) => spans[i]),
    cues,
    cueSpeakers,
    names,
    lex,
  ).forEach((a, k) => {
    attributions.set(speechIdx[k], a);
  });
  const nestedIdx = speech((d) => d > 0);
  if (nestedIdx.length > 0) {
    const nestedSpeakers = resolveCueSpeakers(nestedCues, names, lex, tokens);
    attributeQuotes(
      article,
      nestedIdx.map((i) => spans[i]),
      nestedCues,
      nestedSpeakers,
      names,
      lex,
    ).forEach((a, k) => {
      // Only a cue right at the nested quote counts; the paragraph-level sieves belong to the outer one.
      if (a && a.sieve !== "previous-paragraph" && a.sieve !== "paragraph-cue") {
        const { cueIndex: _nestedCue, ...rest } = a;
        attributions.set(nestedIdx[k], rest);
      }
    });
  }
  const citations = findCitations(
    article,
    spans.filter((_, i) => kinds[i] === "title"),
    lex,
  );
  const docTitles = findDocumentTitles(article, lex);
  const credits = findCredits(article);
  const blocks = findBlocks(
    article,
    blockContext({ lex, cues, cueSpeakers, citations, docTitles, names, credits }),
  );
  const marked = quotedAt(article);
  const introduced = coveredBy(
    article.paragraphs.filter((_, i) => blocks[i]).map((p) => ({ start: p.start, end: p.end })),
  );
  return {
    article,
    lex,
    spans,
    kinds,
    cues,
    cueSpeakers,
    bySentence,
    stanceCues,
    attributions,
    names,
    citations,
    docTitles,
    inQuote,
    credits,
    blocks,
    quotedAt: (pos) => marked(pos) || introduced(pos),
  };
}

/** What {@link findBlocks} reads of a voice reading (the trace coverage, when there is one, is added to it). */
export function blockContext(
  r: Pick<VoiceReading, "lex" | "cues" | "cueSpeakers" | "citations" | "docTitles" | "names" | "credits">,
): Parameters<typeof findBlocks>[1] {
  const { lex, cues, cueSpeakers, citations, docTitles, names, credits } = r;
  return { lex, cues, cueSpeakers, citations, titles: docTitles, names, credits };
}

/** Index of the sentence holding each quoted title, by sentence. */
export function titlesBySentence(r: VoiceReading): Map<number, number[]> {
  const out = new Map<number, number[]>();
  r.spans.forEach((q, i) => {
    if (r.kinds[i] !== "title") return;
    const si = itemContaining(r.article.sentences, q.start);
    if (si >= 0) append(out, si, i);
  });
  return out;
}

// The cues of `kept` in the sentences not `redone`, and those of `again` (found in the redone
// sentences only), in sentence order: both lists come in sentence order.
function bySentenceOrder(kept: Cue[], again: Cue[], redone: (sentence: number) => boolean): Cue[] {
  const out: Cue[] = [];
  let j = 0;
  for (const c of kept) {
    while (j < again.length && again[j].sentence < c.sentence) out.push(again[j++]);
    if (!redone(c.sentence)) out.push(c);
  }
  while (j < again.length) out.push(again[j++]);
  return out;
}
