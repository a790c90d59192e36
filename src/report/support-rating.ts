import type { Claim } from "../claims/types.js";
import type { SourceSpan } from "../core/span.js";
import type { SupportStatus, SupportUnit } from "../support/types.js";

/**
 * The neutral textual rating of a claim's support, as the ClaimReview and Web Annotation exports
 * and the HTML report word it. It says how what the claim was rated against stands to it, never
 * whether the claim is true: with no source file that is only what the article itself quotes or
 * reproduces, and the wording says so rather than naming a source nobody gave.
 */
export function supportRatingText(support: { status: SupportStatus; rule: string }, sources: number): string {
  const against = sources === 0 ? "what the article quotes or reproduces" : "the cited source";
  switch (support.status) {
    case "supported":
      return `Supported by ${against}`;
    case "contradicted":
      return `Contradicted by ${against}`;
    case "overreach":
      return `Stronger than ${against}`;
    default:
      if (support.rule === "no-source") return "No cited source to check against";
      return sources === 0
        ? "Not supported by anything the article quotes or reproduces"
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
