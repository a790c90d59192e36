import { SourceSpanSchema } from "../core/span.js";
import { type Static, Type } from "../core/typebox.js";

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

/**
 * How far a `contradicted` or `overreach` rating can be trusted: firm when its kind (status and
 * rule) has been precise on text the rules were not tuned on (data/support-gate.json), tentative
 * otherwise.
 */
export const SupportConfidenceSchema = Type.Union([Type.Literal("firm"), Type.Literal("tentative")], {
  description:
    "contradicted and overreach only. firm: ratings of this kind (status and rule) were right at least 90% of the time over at least 15 made blind, on text the rules were not tuned on; a warning finding. tentative: a kind less precise or measured too rarely, or rated only against the article's own quote: the passage to read, not a verdict, and no finding",
});
export type SupportConfidence = Static<typeof SupportConfidenceSchema>;

/** The rating of one claim of a sentence that makes several ("The scheme, introduced in 2019, now covers 3,200 homes"). */
export const SupportUnitSchema = Type.Object(
  {
    kind: Type.Union(
      [
        Type.Literal("main"),
        Type.Literal("coordinate"),
        Type.Literal("relative"),
        Type.Literal("participial"),
        Type.Literal("apposition"),
        Type.Literal("adjunct"),
      ],
      {
        description:
          "main: the sentence's main clause; coordinate: an independent clause joined to it ('…, and the regulator has launched …'); relative, participial, apposition: a clause about a named thing ('who owns 23 properties', 'introduced in 2019', 'now the largest employer'); adjunct: a trailing phrase that adds a figure or date of its own to the clause before it (', thirty miles away', ', up from 12 in 2022', 'after storms in January 2023')",
      },
    ),
    start: Type.Integer({
      minimum: 0,
      description: "first code unit of the claim's own words in the article",
    }),
    end: Type.Integer({
      minimum: 0,
      description: "last code unit, exclusive (a main clause with a clause inside it spans both)",
    }),
    status: SupportStatusSchema,
    reason: Type.String(),
    rule: Type.String(),
    confidence: Type.Optional(SupportConfidenceSchema),
    evidence: Type.Array(SourceSpanSchema, { description: "the passage this claim was rated against" }),
  },
  { $id: "SupportUnit" },
);
export type SupportUnit = Static<typeof SupportUnitSchema>;

/** The support rating of a claim: status, the evidence passage, and why. */
export const SupportSchema = Type.Object(
  {
    status: SupportStatusSchema,
    reason: Type.String({ description: "one line: why this status, or why no passage was found" }),
    rule: Type.String({
      description:
        "what decided: quantity, negation, denial, direction, hedge, quantifier, causation, match, no-passage, no-source",
    }),
    confidence: Type.Optional(SupportConfidenceSchema),
    subject: Type.Union([Type.Literal("author"), Type.Literal("attributed")], {
      description:
        "author: the author's own claim; attributed: the author's paraphrase of a source ('the study found that …')",
    }),
    assertion: Type.Optional(
      Type.Boolean({
        description: "a causal, concluding or sweeping claim: not-found makes it the assertion gap",
      }),
    ),
    units: Type.Optional(
      Type.Array(SupportUnitSchema, {
        minItems: 2,
        description:
          "the claims a sentence makes, each rated on its own words, when it makes more than one; the sentence's status, rule, confidence, reason and evidence are those of the most serious (contradicted, then overreach, then not-found, then supported)",
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
