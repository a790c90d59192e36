import { SpanSchema } from "../core/span.js";
import { type Static, Type } from "../core/typebox.js";

export { type Voice, type VoiceKind, VoiceKindSchema, VoiceSchema } from "../core/voice.js";

export const QuoteKindSchema = Type.Union([
  Type.Literal("speech"),
  Type.Literal("scare"),
  Type.Literal("title"),
  Type.Literal("term"),
]);
export type QuoteKind = Static<typeof QuoteKindSchema>;

/** A quotation: marks included in `[start, end)`, the words inside in `content`. */
export const QuoteSchema = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    content: SpanSchema,
    kind: QuoteKindSchema,
    speaker: Type.Optional(
      Type.Object({
        name: Type.Optional(Type.String()),
        description: Type.Optional(Type.String()),
        mention: Type.Optional(SpanSchema),
        cue: Type.Optional(SpanSchema),
      }),
    ),
  },
  { $id: "Quote" },
);
export type Quote = Static<typeof QuoteSchema>;

/** A document the article names as its source. */
export const CitationSchema = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    title: Type.Optional(Type.String()),
    authors: Type.Array(Type.String()),
    outlet: Type.Optional(Type.String()),
    source: Type.Optional(
      Type.String({ description: "id of the given source document it names, when matched" }),
    ),
  },
  { $id: "Citation" },
);
export type Citation = Static<typeof CitationSchema>;
