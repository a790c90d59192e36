import type { Claim } from "../claims/types.js";
import type { SupportUnit } from "../support/types.js";

/**
 * The neutral textual rating of a claim's support, as the ClaimReview and Web Annotation exports
 * and the HTML report word it. It says how the cited source stands to the claim, never whether
 * the claim is true.
 */
export function supportRatingText(support: NonNullable<Claim["support"]>): string {
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
