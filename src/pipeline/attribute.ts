import type { Document } from "../text/document.js";
import { type TraceOptions, type TraceResult, traceSources } from "../trace/index.js";
import type { Credit } from "../voice/credits.js";
import { attributeVoices, readVoices, type VoiceResult } from "../voice/index.js";
import { refuseDuplicates } from "./inputs.js";

/** Reuse and voices of one article, from one reading of its quotation and attribution. */
export interface Attributed {
  /** What tracing found, with each match's `attributed` decided from the reading. */
  trace: TraceResult;
  /** Voices, and the findings of reuse nothing credits. */
  voices: VoiceResult;
  /** The credits the reading found (datelines, bylines, credit lines), for layers that read them too. */
  credits: Credit[];
}

/**
 * Read the article's quotes, cues and credits once ({@link readVoices}), trace it against its
 * sources with that reading telling where text is quoted or reproduced, then attribute voices
 * and decide which reuse the article credits from the same reading. Refuses the article as its
 * own source and a source given twice ({@link refuseDuplicates}). With `omissions` false the trace
 * finds no omissions, for a caller that reads them later with the support layer's help (default: true).
 */
export function traceAndAttribute(
  article: Document,
  sources: Document[],
  options: Partial<TraceOptions> = {},
  { omissions = true }: { omissions?: boolean } = {},
): Attributed {
  refuseDuplicates(article, sources);
  const reading = readVoices(article);
  const trace = traceSources(article, sources, options, reading.quotedAt, omissions);
  const voices = attributeVoices(article, { matches: trace.matches, sources, reading });
  return {
    trace: { ...trace, matches: voices.matches },
    voices,
    credits: reading.credits,
  };
}
