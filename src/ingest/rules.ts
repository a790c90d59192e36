import { defineRule, type FindingOf } from "../core/finding.js";
import { Type } from "../core/typebox.js";

export const NOT_ENGLISH = defineRule({
  id: "ingest/not-english",
  source: "ingest",
  severity: "warning",
  summary: "a document whose words are mostly not common English words",
  docs: "README.md#known-limits",
  data: Type.Object({
    document: Type.String({ description: "id of the document" }),
    englishShare: Type.Number({ minimum: 0, maximum: 1, description: "share of common English words" }),
  }),
});

export const INVALID_BYTES = defineRule({
  id: "ingest/invalid-bytes",
  source: "ingest",
  severity: "warning",
  summary: "a UTF-8 document with invalid byte sequences, each replaced by U+FFFD",
  docs: "README.md#the-report",
  data: Type.Object({
    document: Type.String({ description: "id of the document" }),
    replaced: Type.Integer({ minimum: 1, description: "invalid byte sequences replaced" }),
  }),
});

/** Every rule of the ingest stage. */
export const INGEST_RULES = [NOT_ENGLISH, INVALID_BYTES] as const;

/** A finding of the ingest stage. */
export type IngestFinding = FindingOf<(typeof INGEST_RULES)[number]>;
