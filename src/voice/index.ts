import type { Finding } from "../report/finding.js";
import type { Document } from "../text/document.js";
import type { Match } from "../trace/types.js";
import type { Citation, Quote, Voice } from "./types.js";

export type { Citation, Quote, Voice, VoiceKind } from "./types.js";

/** What voice attribution found. */
export interface VoiceResult {
  /** One voice per sentence of the article, in order. */
  sentenceVoices: Voice[];
  quotes: Quote[];
  citations: Citation[];
  findings: Finding[];
}

/** Attribute every sentence to a voice. Quote and speaker attribution land with the voice layer. */
export function attributeVoices(article: Document, _context: { matches: Match[]; sources: Document[] }): VoiceResult {
  return { sentenceVoices: article.sentences.map(() => ({ kind: "unknown" })), quotes: [], citations: [], findings: [] };
}
