import { type Static, Type } from "@sinclair/typebox";
import { SourceSpanSchema, SpanSchema } from "../text/span.js";

/**
 * One finding of any analyzer, modelled on unified's VFileMessage: a rule id, the analyzer
 * that raised it, a severity, a one-line message, the span it is about, and evidence.
 */
export const FindingSchema = Type.Object(
  {
    ruleId: Type.String({
      description: "stable id: 'voice/unattributed-reuse', 'trace/changed-number'",
    }),
    source: Type.String({ description: "analyzer: ingest, trace, voice, claims, support, rhetoric" }),
    severity: Type.Union([Type.Literal("error"), Type.Literal("warning"), Type.Literal("info")]),
    message: Type.String(),
    span: Type.Optional(SpanSchema),
    evidence: Type.Optional(Type.Array(SourceSpanSchema)),
    actual: Type.Optional(Type.String()),
    expected: Type.Optional(Type.String()),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: "Finding" },
);
export type Finding = Static<typeof FindingSchema>;
