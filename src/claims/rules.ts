import { defineRule, type FindingOf } from "../core/finding.js";
import { Type } from "../core/typebox.js";
import { ComparisonMemberSchema } from "./types.js";

export const QUANTITY_DISAGREEMENT = defineRule({
  id: "claims/quantity-disagreement",
  source: "claims",
  severity: "warning",
  summary: "figures about the same counted thing that do not overlap, one of them the article's",
  docs: "docs/claims.md#comparison",
  data: Type.Object({
    topic: Type.String({ description: "what is counted, in words" }),
    why: Type.Optional(Type.String({ description: "why the figures belong together" })),
    spread: Type.Optional(Type.Array(Type.Number(), { description: "[lowest low, highest high]" })),
    members: Type.Optional(Type.Array(ComparisonMemberSchema)),
  }),
});

/** Every rule of the claims stage. */
export const CLAIMS_RULES = [QUANTITY_DISAGREEMENT] as const;

/** A finding of the claims stage. */
export type ClaimsFinding = FindingOf<(typeof CLAIMS_RULES)[number]>;
