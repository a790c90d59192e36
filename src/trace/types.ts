import { SourceSpanSchema, SpanSchema } from "../core/span.js";
import { type Static, Type } from "../core/typebox.js";

/** One word-level change between a source passage and the article's copy of it. */
export const EditSchema = Type.Object(
  {
    op: Type.Union([Type.Literal("insert"), Type.Literal("delete"), Type.Literal("replace")]),
    article: Type.Optional(SpanSchema),
    source: Type.Optional(SpanSchema),
    note: Type.Optional(
      Type.String({ description: "what kind of change: number, negation, bracket, elision, word" }),
    ),
  },
  { $id: "Edit" },
);
export type Edit = Static<typeof EditSchema>;

/** A passage of the article reused from a source. */
export const MatchSchema = Type.Object(
  {
    article: SpanSchema,
    source: SourceSpanSchema,
    kind: Type.Union([Type.Literal("verbatim"), Type.Literal("edited"), Type.Literal("paraphrase")]),
    similarity: Type.Number({ minimum: 0, maximum: 1 }),
    edits: Type.Array(EditSchema),
    attributed: Type.Optional(
      Type.Boolean({ description: "the article attributes this passage to a source" }),
    ),
  },
  { $id: "Match" },
);
export type Match = Static<typeof MatchSchema>;

/** How much of the article one source supplied. */
export const CoverageSchema = Type.Object(
  {
    source: Type.String(),
    verbatimChars: Type.Integer({ minimum: 0 }),
    editedChars: Type.Integer({ minimum: 0 }),
    paraphraseChars: Type.Integer({ minimum: 0 }),
    share: Type.Number({
      minimum: 0,
      maximum: 1,
      description: "share of the article's characters reused from it",
    }),
    sourceShare: Type.Number({
      minimum: 0,
      maximum: 1,
      description: "share of the source's characters reused",
    }),
  },
  { $id: "Coverage" },
);
export type Coverage = Static<typeof CoverageSchema>;
