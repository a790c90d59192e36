import type { Claim } from "../claims/types.js";

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
