import type { Claim } from "../claims/types.js";
import type { SourceSpan } from "../core/span.js";
import type { SupportConfidence, SupportStatus, SupportUnit } from "../support/types.js";

/**
 * The neutral textual rating of a claim's support, as the ClaimReview and Web Annotation exports
 * and the HTML report word it. It says how what the claim was rated against stands to it, never
 * whether the claim is true: with no source file that is only what the article itself quotes or
 * reproduces, and the wording says so rather than naming a source nobody gave. A tentative rating
 * (its kind not precise enough on text the rules were not tuned on, docs/support.md "The precision
 * gate") is a pointer to the passage, not a verdict.
 */
export function supportRatingText(
  support: { status: SupportStatus; rule: string; confidence?: SupportConfidence },
  sources: number,
): string {
  const against = sources === 0 ? "what the article quotes or reproduces" : "the cited source";
  const read = sources === 0 ? "Read the passage the article quotes" : "Read the cited passage";
  switch (support.status) {
    case "supported":
      return `Supported by ${against}`;
    case "contradicted":
      return support.confidence === "tentative"
        ? `${read}: it may say otherwise`
        : `Contradicted by ${against}`;
    case "overreach":
      return support.confidence === "tentative" ? `${read}: it may say less` : `Stronger than ${against}`;
    default:
      if (support.rule === "no-source") return "No cited source to check against";
      return sources === 0
        ? "Not supported by anything the article quotes or reproduces"
        : "Not supported by the cited source";
  }
}

/**
 * A rating as a report's tables show it: the status, or for a tentative one the status as a
 * question ("contradicted?"), which {@link TENTATIVE_NOTE} explains under the table.
 */
export function statusLabel(support: { status: SupportStatus; confidence?: SupportConfidence }): string {
  return support.confidence === "tentative" ? `${support.status}?` : support.status;
}

/** The line under a table of claims that holds a tentative rating. */
export const TENTATIVE_NOTE =
  'contradicted? and overreach?: tentative ratings, passages to read, not verdicts (docs/support.md, "The precision gate")';

/** Whether a claim or one of its units is rated tentatively. */
export function hasTentative(support: {
  confidence?: SupportConfidence;
  units?: { confidence?: SupportConfidence }[];
}): boolean {
  return (
    support.confidence === "tentative" || (support.units ?? []).some((u) => u.confidence === "tentative")
  );
}

/** Whether a rating says the source does not back the claim: a tentative one says only where to look. */
export function unsupported(support: { status: SupportStatus; confidence?: SupportConfidence }): boolean {
  return support.status !== "supported" && support.confidence !== "tentative";
}

/**
 * The claims of a sentence that makes several, when they are rated differently: a report shows
 * each one's rating then, since the sentence's (the most serious) would stand for the others too.
 * Undefined when the sentence makes one claim or all of its claims share a rating.
 */
export function differingUnits(support: NonNullable<Claim["support"]>): SupportUnit[] | undefined {
  const units = support.units;
  if (!units || units.every((u) => u.status === units[0].status && u.confidence === units[0].confidence))
    return undefined;
  return units;
}

/** One rated claim: a claim unit of a sentence that makes several, or the whole sentence. */
export interface RatedClaim {
  start: number;
  end: number;
  status: SupportStatus;
  reason: string;
  rule: string;
  /** For contradicted and overreach: firm (a finding) or tentative (a passage to read). */
  confidence?: SupportConfidence;
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
      ...(u.confidence ? { confidence: u.confidence } : {}),
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
      ...(s.confidence ? { confidence: s.confidence } : {}),
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
