import { Type } from "@sinclair/typebox";
import { defineRule, type FindingOf } from "../core/finding.js";

export const UNATTRIBUTED_REPRODUCTION = defineRule({
  id: "voice/unattributed-reproduction",
  source: "voice",
  severity: "warning",
  summary: "text reproduced from a source with no introducer, citation or quotation attributing it",
  docs: "docs/voices.md#algorithm",
  data: Type.Object({ source: Type.String({ description: "id of the source document" }) }),
});

/** Every rule of the voice stage. */
export const VOICE_RULES = [UNATTRIBUTED_REPRODUCTION] as const;

/** A finding of the voice stage. */
export type VoiceFinding = FindingOf<(typeof VOICE_RULES)[number]>;
