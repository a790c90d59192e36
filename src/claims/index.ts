import type { Finding } from "../report/finding.js";
import type { Document } from "../text/document.js";
import type { Match } from "../trace/types.js";
import type { Voice } from "../voice/types.js";
import type { Claim, Comparison, Quantity } from "./types.js";

export type { Claim, Comparison, Quantity } from "./types.js";

/** What claim and quantity extraction found. */
export interface ClaimsResult {
  claims: Claim[];
  quantities: Quantity[];
  comparisons: Comparison[];
  findings: Finding[];
}

/** Find check-worthy claims and quantities. Lands with the claims layer. */
export function extractClaims(
  _article: Document,
  _context: { sentenceVoices: Voice[]; sources: Document[]; matches: Match[] },
): ClaimsResult {
  return { claims: [], quantities: [], comparisons: [], findings: [] };
}
