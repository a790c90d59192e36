import { type Static, Type } from "@sinclair/typebox";
import { SourceSpanSchema } from "../core/span.js";

/** How the sources stand to a claim. */
export const SupportStatusSchema = Type.Union(
  [
    Type.Literal("supported"),
    Type.Literal("contradicted"),
    Type.Literal("overreach"),
    Type.Literal("not-found"),
  ],
  {
    description:
      "supported: a passage says it; contradicted: a passage says otherwise; overreach: a passage says something weaker; not-found: no passage speaks of it",
  },
);

/** The support rating of a claim: status, the evidence passage, and why. */
export const SupportSchema = Type.Object(
  {
    status: SupportStatusSchema,
    reason: Type.String({ description: "one line: why this status, or why no passage was found" }),
    rule: Type.String({
      description:
        "what decided: quantity, negation, denial, direction, hedge, quantifier, causation, match, no-passage, no-source",
    }),
    subject: Type.Union([Type.Literal("author"), Type.Literal("attributed")], {
      description:
        "author: the author's own claim; attributed: the author's paraphrase of a source ('the study found that …')",
    }),
    assertion: Type.Optional(
      Type.Boolean({
        description: "a causal, concluding or sweeping claim: not-found makes it the assertion gap",
      }),
    ),
    evidence: Type.Array(SourceSpanSchema, {
      description:
        "the passage rated against: a source sentence, or (id of the article) text the article reproduces or quotes; for not-found, the closest passage, which speaks only of the claim's topic, when there is one",
    }),
  },
  { $id: "Support" },
);
export type Support = Static<typeof SupportSchema>;
export type SupportStatus = Static<typeof SupportStatusSchema>;
