import type { Finding } from "../report/finding.js";
import type { Document } from "../text/document.js";
import type { Coverage, Match } from "./types.js";

export type { Coverage, Edit, Match } from "./types.js";

/** What tracing an article against its sources found. */
export interface TraceResult {
  matches: Match[];
  coverage: Coverage[];
  findings: Finding[];
}

/** Align an article against its sources. The aligner lands with the trace layer. */
export function traceSources(_article: Document, sources: Document[]): TraceResult {
  return {
    matches: [],
    coverage: sources.map((s) => ({ source: s.id, verbatimChars: 0, editedChars: 0, paraphraseChars: 0, share: 0, sourceShare: 0 })),
    findings: [],
  };
}
