import type { Document } from "../text/document.js";
import { itemContaining } from "../text/search.js";
import type { Match } from "../trace/types.js";
import { type AttributionSpans, collectAttributions } from "./attributions.js";
import { creditReuse } from "./credit.js";
import { learnedAttributions } from "./cue-model.js";
import { findBlocks } from "./documents.js";
import { linkCitations } from "./link-citations.js";
import { blockContext, readVoices, titlesBySentence, type VoiceReading } from "./reading.js";
import type { VoiceFinding } from "./rules.js";
import { quoteVoice } from "./sentence-sieves/context.js";
import { type LabelVoice, type SentenceContext, sentenceVoice } from "./sentence-sieves/index.js";
import { quoteShares, traceCoverage } from "./shares.js";
import { chooseRuleSources, quotedSpeakers } from "./source-model.js";
import { resolveCueSpeakers } from "./speakers.js";
import { findLabels, findUnlabelledAnswers, writersQuestions } from "./transcript.js";
import type { Citation, Quote, Voice } from "./types.js";

export type { AttributionSpans } from "./attributions.js";
export { QUOTE_SIEVES } from "./quote-sieves/index.js";
export { readVoices, type VoiceReading } from "./reading.js";
export { SENTENCE_SIEVES } from "./sentence-sieves/index.js";
export type { Citation, Quote, Voice, VoiceKind } from "./types.js";

/** What voice attribution found. */
export interface VoiceResult {
  /** One voice per sentence of the article, in order. */
  sentenceVoices: Voice[];
  quotes: Quote[];
  citations: Citation[];
  findings: VoiceFinding[];
  /**
   * Source–cue–content attributions, direct (quotes) and indirect (reported speech): those the
   * rules found and the learned cue model's, read in full when first asked.
   */
  readonly attributions: AttributionSpans[];
  /** The attributions the rules found, with their sources chosen. */
  ruledAttributions: AttributionSpans[];
  /**
   * The learned cue model's attributions of one sentence, each inside that sentence, read when
   * the sentence is first asked for: a caller that needs some sentences' only (the support layer
   * asks of sentences the rules leave open) reads no others.
   */
  learnedIn: (sentence: number) => AttributionSpans[];
  /** The trace matches given, each with `attributed` decided by {@link creditReuse}. */
  matches: Match[];
  /**
   * Paragraphs the article sets out as another text reproduced: a blockquote, a block an
   * introducer opens ("As the reporters write:") or a credit marks. Text the trace alone finds in
   * a source is not among them: the author may have rewritten it as their own.
   */
  reproduced: number[];
}

/**
 * Everything the sentence sieves read for one article: its voice reading, the trace coverage,
 * reproduced blocks and transcript labels.
 */
export function sentenceContext(
  article: Document,
  context: { matches: Match[]; sources: Document[]; reading?: VoiceReading },
): SentenceContext {
  const reading = context.reading ?? readVoices(article);
  const { spans, kinds, names, citations, attributions } = reading;
  const { sentences } = article;
  linkCitations(citations, context.sources);

  const traced = traceCoverage(article, context.matches);
  const matched =
    context.sources.length > 0 && context.matches.length > 0 ? traced.paragraphShare : undefined;
  // Without trace coverage the blocks are those the reading found with the same options.
  const blocks = matched ? findBlocks(article, { ...blockContext(reading), matched }) : reading.blocks;

  const labels: LabelVoice[] = [];
  const found = findLabels(article, names);
  const turns =
    found.length === 0 ? findUnlabelledAnswers(article) : writersQuestions(article, found) ? [] : found;
  for (const l of turns) {
    if (l.role === "question") labels.push({ ...l, voice: { kind: "author" } });
    else {
      const name = l.name ?? names.firstMentioned() ?? names.mostMentioned();
      labels.push({ ...l, voice: name ? { kind: "speaker", name } : { kind: "speaker" } });
    }
  }
  return {
    ...reading,
    sources: context.sources,
    traced,
    blocks,
    labels,
    speechShare: quoteShares(article, spans, (i) => kinds[i] === "speech" && spans[i].depth === 0),
    nestedShare: quoteShares(
      article,
      spans,
      (i) => kinds[i] === "speech" && spans[i].depth > 0 && attributions.get(i) !== undefined,
    ),
    titles: titlesBySentence(reading),
    citedIn: new Set(citations.map((c) => itemContaining(sentences, c.start))),
  };
}

/**
 * Attribute every sentence to a voice: the author, a document the article reproduces, or a
 * quoted speaker (nested in a document when the document quotes them). The document is read once
 * ({@link readVoices}: quotes, cues, speakers by the {@link QUOTE_SIEVES}, citations); reproduced
 * blocks are found from introducers and blockquotes; then each sentence takes the voice of the
 * first of the {@link SENTENCE_SIEVES} that gives one. Trace matches, when given, mark
 * reproduced text as a document's voice and override weaker cues.
 */
export function attributeVoices(
  article: Document,
  context: { matches: Match[]; sources: Document[]; reading?: VoiceReading },
): VoiceResult {
  const ctx = sentenceContext(article, context);
  const { lex, spans, kinds, cues, cueSpeakers, names, citations, attributions } = ctx;
  const { sentences } = article;
  const sentenceVoices: Voice[] = sentences.map((_, si) => sentenceVoice(si, ctx));
  const credit = creditReuse(ctx, context.matches, context.sources);

  const quotes: Quote[] = spans.map((q, i) => {
    const quote: Quote = {
      start: q.start,
      end: q.end,
      content: { start: q.contentStart, end: q.contentEnd },
      kind: kinds[i],
    };
    const a = attributions.get(i);
    // An attribution with neither name nor description is a "he" or "she" with no compatible
    // person before it: the quote keeps its mention and cue, unnamed.
    if (a) {
      const v = quoteVoice(ctx, i);
      quote.speaker = {
        ...(v.kind === "document"
          ? { name: v.name }
          : a.name
            ? { name: a.name }
            : a.description
              ? { description: a.description }
              : {}),
        ...(a.mention ? { mention: a.mention } : {}),
        ...(a.cue ? { cue: a.cue } : {}),
      };
    }
    return quote;
  });
  const ruled = collectAttributions(
    article,
    quotes,
    [...cues, ...ctx.stanceCues],
    [...cueSpeakers, ...resolveCueSpeakers(ctx.stanceCues, names, lex)],
    lex,
  );
  // Both models read who the text quotes directly; worked out once for the two.
  const quoted = quotedSpeakers(article, ruled);
  const nest = nestQuoteAttributions(quotes);
  const ruledAttributions = nest(chooseRuleSources(article, lex, ruled, lex.sourceModel, quoted));
  const learned = learnedAttributions(article, lex, quotes, ruled, lex.cueModel, lex.sourceModel, quoted);
  const learnedBySentence = new Map<number, AttributionSpans[]>();
  const learnedIn = (si: number): AttributionSpans[] => {
    let found = learnedBySentence.get(si);
    if (!found) {
      found = nest(learned(si));
      learnedBySentence.set(si, found);
    }
    return found;
  };
  let all: AttributionSpans[] | undefined;
  return {
    sentenceVoices,
    quotes,
    citations,
    findings: credit.findings,
    get attributions() {
      all ??= [...ruledAttributions, ...article.sentences.flatMap((_, si) => learnedIn(si))].sort(
        (a, b) => a.content.start - b.content.start,
      );
      return all;
    },
    ruledAttributions,
    learnedIn,
    matches: credit.matches,
    reproduced: ctx.blocks.flatMap((b, p) => (b ? [p] : [])),
  };
}

/**
 * What marks as direct the attributions that report a quote of `quotes` together with its own
 * tag: in "“…,” Walker said, according to an AP account", the account attributes the quote and
 * Walker's saying it (an outer source, as PARC and PolNeAR read nesting), while the quote keeps
 * Walker as its speaker.
 * Only an attribution whose content holds a quote's whole span and the cue that names its speaker,
 * and whose own cue follows that tag, is nested: in "Obama said “it gets me mad” every time he
 * thinks …" the cue before the quote is the quote's own, whatever the sieves made of "he thinks".
 * Each attribution is marked on its own, so those of each sentence may be marked apart.
 */
function nestQuoteAttributions(quotes: Quote[]): (found: AttributionSpans[]) => AttributionSpans[] {
  const byStart = new Map<number, Quote>();
  for (const q of quotes) if (q.kind === "speech" && q.speaker?.cue) byStart.set(q.start, q);
  return (found) =>
    found.map((a) => {
      if (a.direct || !a.source) return a;
      const inner = byStart.get(a.content.start);
      const cue = inner?.speaker?.cue;
      const nested =
        inner !== undefined &&
        cue !== undefined &&
        inner.end <= a.content.end &&
        cue.start >= inner.end &&
        cue.end <= a.content.end &&
        a.cue !== undefined &&
        a.cue.start >= cue.end;
      return nested ? { ...a, direct: true } : a;
    });
}
