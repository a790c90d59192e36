import type { Claim } from "../claims/types.js";
import type { SourceSpan } from "../core/span.js";
import type { SupportStatus, SupportUnit } from "../support/types.js";

/**
 * The neutral textual rating of a claim's support, as the ClaimReview and Web Annotation exports
 * and the HTML report word it. It says how the cited source stands to the claim, never whether
 * the claim is true.
 */
export function supportRatingText(support: { status: SupportStatus; rule: string }): string {
  switch (support.status) {
    case "supported":
      return "Supported by the cited source";
    case "contradicted":
      return "Contradicted by the cited source";
    case "overreach":
      return "Stronger than the cited source";
    default:
      return support.rule === "no-source"
        ? "No cited source to check against"
        : "Not supported by the cited source";
  }
}

/**
 * The claims of a sentence that makes several, when they are rated differently: a report shows
 * each one's rating then, since the sentence's (the most serious) would stand for the others too.
 * Undefined when the sentence makes one claim or all of its claims share a rating.
 */
export function differingUnits(support: NonNullable<Claim["support"]>): SupportUnit[] | undefined {
  const units = support.units;
  if (!units || units.every((u) => u.status === units[0].status)) return undefined;
  return units;
}

/** One rated claim: a claim unit of a sentence that makes several, or the whole sentence. */
export interface RatedClaim {
  start: number;
  end: number;
  status: SupportStatus;
  reason: string;
  rule: string;
  /** What the sentence's unit is ("coordinate", "relative", …); absent for a whole sentence. */
  unit?: SupportUnit["kind"];
  /**
   * The passage the claim was rated against. Empty for `not-found`: the closest passage a report
   * keeps then speaks only of the claim's topic, and is no evidence of anything.
   */
  evidence: SourceSpan[];
}

/**
 * Every claim a rated sentence makes, each with its own span, rating, reason and evidence: the
 * units when the sentence makes several (so a supported clause and a contradicted one are two
 * items, not one flattened to the more serious), else the sentence. Empty for an unrated claim.
 */
export function ratedClaims(claim: Claim): RatedClaim[] {
  const s = claim.support;
  if (!s) return [];
  const evidence = (status: SupportStatus, e: SourceSpan[]) => (status === "not-found" ? [] : e);
  if (s.units)
    return s.units.map((u) => ({
      start: u.start,
      end: u.end,
      status: u.status,
      reason: u.reason,
      rule: u.rule,
      unit: u.kind,
      evidence: evidence(u.status, u.evidence),
    }));
  return [
    {
      start: claim.start,
      end: claim.end,
      status: s.status,
      reason: s.reason,
      rule: s.rule,
      evidence: evidence(s.status, s.evidence),
    },
  ];
}

/**
 * What the claims of a report were rated against, in words: the source given, the sources given,
 * or, with no source file, what the article itself quotes or reproduces, the only evidence then.
 */
export function ratedAgainst(sources: number): string {
  if (sources === 0) return "what the article quotes or reproduces";
  return sources === 1 ? "the source given" : `the ${sources} sources given`;
}
