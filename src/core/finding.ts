import { type SourceSpan, SourceSpanSchema, type Span, SpanSchema } from "./span.js";
import { type Static, type TObject, type TSchema, Type } from "./typebox.js";

/** How much a finding matters, as in unified's VFileMessage: error, warning or info. */
export const SeveritySchema = Type.Union([
  Type.Literal("error"),
  Type.Literal("warning"),
  Type.Literal("info"),
]);
export type Severity = Static<typeof SeveritySchema>;

/**
 * One rule of an analyzer: its stable id, the analyzer that raises it, its usual severity, a
 * one-line summary, where it is documented, and the schema of the `data` its findings carry.
 * Each stage declares its rules in its own `rules.ts`; `src/rules.ts` lists them all.
 */
export interface Rule<Id extends string = string, Data extends TSchema = TSchema> {
  /** Stable id, `<analyzer>/<name>`: "trace/unattributed-reuse". */
  id: Id;
  /** The analyzer: ingest, trace, voice, claims, … */
  source: string;
  /** Severity of its findings unless a finding says otherwise. */
  severity: Severity;
  /** What the rule reports, in one line. */
  summary: string;
  /** Documentation of the rule, relative to the repository root: "docs/trace.md#findings". */
  docs: string;
  /** Schema of the finding's `data`. */
  data: Data;
}

/** Declare a rule; the literal id and the data schema stay in the type. */
export function defineRule<const Id extends string, Data extends TObject>(
  rule: Rule<Id, Data>,
): Rule<Id, Data> {
  return rule;
}

/**
 * A finding of rule `R`, modelled on unified's VFileMessage: the rule id, the analyzer that
 * raised it, a severity, a one-line message, the span it is about, evidence in the sources, what
 * the text has (`actual`) against what the source has (`expected`), and the rule's typed data.
 * Distributes over a union of rules, so a union of findings narrows on `ruleId`.
 */
export type FindingOf<R extends Rule> =
  R extends Rule<infer Id, infer Data>
    ? {
        ruleId: Id;
        source: string;
        severity: Severity;
        message: string;
        span?: Span;
        evidence?: SourceSpan[];
        actual?: string;
        expected?: string;
        data: Static<Data>;
      }
    : never;

/** Any finding, whatever its rule: what renderers and summaries read. */
export type AnyFinding = FindingOf<Rule<string, TObject>>;

/** The fields a stage supplies for one finding of a rule. */
export interface FindingFields<R extends Rule> {
  message: string;
  span?: Span;
  evidence?: SourceSpan[];
  actual?: string;
  expected?: string;
  data: Static<R["data"]>;
  /** Overrides the rule's severity for this finding. */
  severity?: Severity;
}

/** Make a finding of `rule`: id, analyzer and default severity come from the rule. */
export function finding<R extends Rule>(rule: R, fields: FindingFields<R>): FindingOf<R> {
  const out: Record<string, unknown> = {
    ruleId: rule.id,
    source: rule.source,
    severity: fields.severity ?? rule.severity,
    message: fields.message,
  };
  // Keys in the same order as the schema, absent ones left out (not `undefined`).
  for (const key of ["span", "evidence", "actual", "expected", "data"] as const) {
    if (fields[key] !== undefined) out[key] = fields[key];
  }
  return out as FindingOf<R>;
}

/**
 * The JSON Schema of a finding of any of `rules`: one alternative per rule, told apart by the
 * literal `ruleId`, each with its own `data` schema.
 */
export function findingSchema(rules: readonly Rule[]): TSchema {
  return Type.Union(
    rules.map((r) =>
      Type.Object(
        {
          ruleId: Type.Literal(r.id),
          source: Type.Literal(r.source, { description: "the analyzer that raised the finding" }),
          severity: SeveritySchema,
          message: Type.String({ description: "one line, for people" }),
          span: Type.Optional(SpanSchema),
          evidence: Type.Optional(Type.Array(SourceSpanSchema)),
          actual: Type.Optional(Type.String()),
          expected: Type.Optional(Type.String()),
          data: r.data,
        },
        { description: `${r.summary} (${r.docs})` },
      ),
    ),
    { $id: "Finding" },
  );
}
