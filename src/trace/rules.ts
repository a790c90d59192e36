import { defineRule, type FindingOf } from "../core/finding.js";
import { Type } from "../core/typebox.js";

/** What an omitted passage can hold, most serious first. */
export const OMISSION_KINDS = ["denial", "figure", "hedge", "quote", "caveat", "context"] as const;

const DOCS = "docs/trace.md#findings-source-trace";
const match = Type.Integer({ minimum: 0, description: "index into `matches`" });
const editData = Type.Object({
  match,
  op: Type.Union([Type.Literal("insert"), Type.Literal("delete"), Type.Literal("replace")]),
  note: Type.Optional(Type.String({ description: "number, negation, bracket, elision, word" })),
});

export const DROPPED_NEGATION = defineRule({
  id: "trace/dropped-negation",
  source: "trace",
  severity: "warning",
  summary: "an edit with fewer negations on the article side",
  docs: DOCS,
  data: editData,
});

export const ADDED_NEGATION = defineRule({
  id: "trace/added-negation",
  source: "trace",
  severity: "warning",
  summary: "an edit with more negations on the article side",
  docs: DOCS,
  data: editData,
});

export const ELIDED_NEGATION = defineRule({
  id: "trace/elided-negation",
  source: "trace",
  severity: "warning",
  summary: "an elision mark in the article standing for source words that held a negation (a denial cut)",
  docs: DOCS,
  data: editData,
});

export const CHANGED_NUMBER = defineRule({
  id: "trace/changed-number",
  source: "trace",
  severity: "warning",
  summary:
    "a replacement whose source side has a number the article side lacks, or the same number bounded the other way",
  docs: DOCS,
  data: editData,
});

export const CHANGED_QUANTIFIER = defineRule({
  id: "trace/changed-quantifier",
  source: "trace",
  severity: "warning",
  summary: "an unmarked edit that changes a quantifier of the source ('only three' became 'all')",
  docs: DOCS,
  data: editData,
});

export const ALTERED_QUOTE = defineRule({
  id: "trace/altered-quote",
  source: "trace",
  severity: "warning",
  summary: "any other edit inside quotation marks, a block quote or an attributed match (info when marked)",
  docs: DOCS,
  data: editData,
});

export const OMISSION = defineRule({
  id: "trace/omission",
  source: "trace",
  severity: "info",
  summary: "source sentences the article leaves out, ranked by what they hold",
  docs: DOCS,
  data: Type.Object({
    sentences: Type.Integer({ minimum: 1, description: "source sentences left out" }),
    words: Type.Integer({ minimum: 0, description: "words left out" }),
    kinds: Type.Array(Type.Union(OMISSION_KINDS.map((k) => Type.Literal(k))), {
      description:
        "what the passage holds, most serious first: denial, figure, hedge, quote, caveat, context",
    }),
    weight: Type.Number({ description: "weight of the most serious kind (data/omission-cues.json)" }),
    beside: Type.Boolean({ description: "the passage lies right beside reused text" }),
  }),
});

/** Every rule of the trace stage. */
export const TRACE_RULES = [
  CHANGED_NUMBER,
  CHANGED_QUANTIFIER,
  DROPPED_NEGATION,
  ADDED_NEGATION,
  ELIDED_NEGATION,
  ALTERED_QUOTE,
  OMISSION,
] as const;

/** A finding of the trace stage. */
export type TraceFinding = FindingOf<(typeof TRACE_RULES)[number]>;
