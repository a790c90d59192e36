import { defineRule, type FindingOf } from "../core/finding.js";
import { Type } from "../core/typebox.js";

const RatingData = Type.Object({
  status: Type.String({ description: "the claim's support status" }),
  rule: Type.String({
    description:
      "what decided: quantity, negation, denial, roles, direction, comparison, hedge, quantifier, causation, no-passage, disputes",
  }),
  subject: Type.Union([Type.Literal("author"), Type.Literal("attributed")], {
    description: "the author's own claim, or the author's paraphrase of a source",
  }),
});

export const ASSERTION_GAP = defineRule({
  id: "support/assertion-gap",
  source: "support",
  severity: "warning",
  summary: "a causal, concluding or sweeping claim of the author's that no passage of the sources speaks of",
  docs: "docs/support.md#assertion-gap",
  data: RatingData,
});

export const CONTRADICTED = defineRule({
  id: "support/contradicted",
  source: "support",
  severity: "warning",
  summary:
    "an author's claim that the passage speaking of it says otherwise: figures, negation, a denial, roles, direction",
  docs: "docs/support.md#ratings",
  data: RatingData,
});

export const OVERREACH = defineRule({
  id: "support/overreach",
  source: "support",
  severity: "warning",
  summary:
    "an author's claim stronger than its passage: a hedge dropped, 'some' made 'all', a correlation made a cause",
  docs: "docs/support.md#ratings",
  data: RatingData,
});

/** Every rule of the support stage. */
export const SUPPORT_RULES = [ASSERTION_GAP, CONTRADICTED, OVERREACH] as const;

/** A finding of the support stage. */
export type SupportFinding = FindingOf<(typeof SUPPORT_RULES)[number]>;
