import type { Document } from "../../text/document.js";
import { itemContaining } from "../../text/search.js";
import type { BlockVoice } from "../documents.js";
import type { Attribution } from "../quote-sieves/index.js";
import type { VoiceReading } from "../reading.js";
import type { quoteShares, traceCoverage } from "../shares.js";
import type { Voice } from "../types.js";
import { cueDocument } from "../writer-quote.js";

/** A transcript label's span and the voice it gives ("Q." the author, "A." the interviewee). */
export interface LabelVoice {
  start: number;
  end: number;
  voice: Voice;
}

/** The name of each sentence sieve, in the order {@link SENTENCE_SIEVES} runs them. */
export type SentenceSieveName =
  | "editorial-note"
  | "credit-line"
  | "headline"
  | "transcript-label"
  | "quotation"
  | "reproduced-block"
  | "traced-source"
  | "reported-speech"
  | "reported-question"
  | "reported-view"
  | "credited-body"
  | "stray-closer";

/**
 * What every sentence sieve reads: the document's voice reading, what tracing found, the
 * reproduced blocks and transcript labels.
 */
export interface SentenceContext extends VoiceReading {
  sources: Document[];
  traced: ReturnType<typeof traceCoverage>;
  blocks: (BlockVoice | undefined)[];
  labels: LabelVoice[];
  speechShare: ReturnType<typeof quoteShares>;
  nestedShare: ReturnType<typeof quoteShares>;
  titles: Map<number, number[]>;
  /** Sentences that cite a document. */
  citedIn: Set<number>;
}

/** One rule of sentence voice: the voice of sentence `si`, or nothing so that the next sieve tries. */
export interface SentenceSieve {
  name: SentenceSieveName;
  voice(si: number, ctx: SentenceContext): Voice | undefined;
}

/** A traced source is named by the citation that matches it, else by its own title. */
export function sourceName(ctx: SentenceContext, id: string): { name: string; citation?: number } {
  const c = ctx.citations.findIndex((x) => x.source === id);
  if (c >= 0) return { name: ctx.citations[c].title ?? id, citation: c };
  const src = ctx.sources.find((d) => d.id === id);
  const heading =
    src?.paragraphs[0]?.kind === "heading"
      ? src.text.slice(src.paragraphs[0].start, src.paragraphs[0].end)
      : undefined;
  return { name: src?.meta.title ?? heading ?? id };
}

/** The voice of speech quote `i`: its speaker, or a document when its cue names one ("As the report puts it: '…'"). */
export function quoteVoice(ctx: VoiceReading, i: number): Voice {
  const a = ctx.attributions.get(i);
  const ci = a?.cueIndex;
  if (ci !== undefined) {
    const c = ctx.cues[ci];
    const ref = cueDocument(ctx, c, ctx.spans[i].start);
    if (ref)
      return {
        kind: "document",
        name: ref.name,
        ...(ref.citation !== undefined ? { citation: ref.citation } : {}),
      };
  }
  const v: Voice = { kind: "speaker" };
  if (a?.name) v.name = a.name;
  else if (a?.description) v.description = a.description;
  return v;
}

/** The voice a reproduced block gives its sentences. */
export function blockVoice(b: BlockVoice): Voice {
  const v: Voice = { kind: b.kind };
  if (b.name) v.name = b.name;
  if (b.description) v.description = b.description;
  if (b.citation !== undefined) v.citation = b.citation;
  return v;
}

/** Whether sentence si has a speech cue before the one that attributes its quote. */
export function otherCue(ctx: SentenceContext, si: number, a: Attribution | undefined): boolean {
  const { cues, lex, inQuote } = ctx;
  const { tokenStore: tokens } = ctx.article;
  return ctx.bySentence[si].some((ci) => {
    const c = cues[ci];
    return (
      c.strong &&
      lex.indirectVerbs.has(c.key) &&
      tokens.starts[c.first] < (a?.cue?.start ?? 0) &&
      !inQuote[c.first]
    );
  });
}

/** The transcript label covering sentence si, if any. */
export function labelOf(ctx: SentenceContext, si: number): Voice | undefined {
  const s = ctx.article.sentences[si];
  return ctx.labels[itemContaining(ctx.labels, (s.start + s.end) >> 1)]?.voice;
}

/** The token right after the closing mark of quote i. */
export function tokenAfter(ctx: VoiceReading, i: number): number {
  return ctx.article.tokenStore.firstEndingAfter(ctx.spans[i].end);
}
