import { defineRule, type FindingOf } from "../core/finding.js";
import { Type } from "../core/typebox.js";

export const UNATTRIBUTED_REUSE = defineRule({
  id: "voice/unattributed-reuse",
  source: "voice",
  severity: "warning",
  summary:
    "text reused from a source that nothing in the article credits: no introducer, block quote, citation, dateline, byline, credit line, or the source's name near it",
  docs: "docs/voices.md#algorithm",
  data: Type.Object({
    match: Type.Integer({ minimum: 0, description: "index into `matches`" }),
    source: Type.String({ description: "id of the source document" }),
    kind: Type.Union([Type.Literal("verbatim"), Type.Literal("edited"), Type.Literal("paraphrase")]),
    similarity: Type.Number({ minimum: 0, maximum: 1 }),
    lookedFor: Type.Array(Type.String(), { description: "the credits looked for and not found" }),
  }),
});

/** Every rule of the voice stage. */
export const VOICE_RULES = [UNATTRIBUTED_REUSE] as const;

/** A finding of the voice stage. */
export type VoiceFinding = FindingOf<(typeof VOICE_RULES)[number]>;
