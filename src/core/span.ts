import { type Static, Type } from "./typebox.js";

/**
 * A half-open range `[start, end)` of UTF-16 code units into a document's normalized `text`.
 * `text.slice(start, end)` is the span's text.
 */
export const SpanSchema = Type.Object(
  {
    start: Type.Integer({ minimum: 0, description: "first code unit, inclusive" }),
    end: Type.Integer({ minimum: 0, description: "last code unit, exclusive" }),
  },
  { $id: "Span", description: "[start, end) in UTF-16 code units into the normalized text" },
);
export type Span = Static<typeof SpanSchema>;

/** A span into a source document, named by the source's id. */
export const SourceSpanSchema = Type.Object(
  {
    id: Type.String({ description: "id of the source document" }),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  { $id: "SourceSpan" },
);
export type SourceSpan = Static<typeof SourceSpanSchema>;

/** Length of a span in code units. */
export const spanLength = (span: Span): number => span.end - span.start;

/** True when the two spans share at least one code unit. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** True when `inner` lies within `outer`. */
export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/** Number of code units covered by the union of spans. */
export function unionLength(spans: Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -1;
  for (const s of sorted) {
    if (s.end <= end) continue;
    total += s.end - Math.max(s.start, end);
    end = s.end;
  }
  return total;
}
