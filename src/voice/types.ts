import { type Static, Type } from "@sinclair/typebox";
import { SpanSchema } from "../text/span.js";

/** Whose voice a sentence is in. */
export const VoiceKindSchema = Type.Union(
  [Type.Literal("author"), Type.Literal("document"), Type.Literal("speaker"), Type.Literal("unknown")],
  {
    description:
      "author: the article's own words; document: a reproduced or quoted text; speaker: a quoted person",
  },
);
export type VoiceKind = Static<typeof VoiceKindSchema>;

export const VoiceSchema = Type.Object(
  {
    kind: VoiceKindSchema,
    name: Type.Optional(Type.String({ description: "speaker's normalized name, or the document's title" })),
    description: Type.Optional(
      Type.String({ description: "an unnamed speaker's description: 'one lorry driver'" }),
    ),
    document: Type.Optional(
      Type.String({ description: "the reproduced document this voice speaks inside, when nested" }),
    ),
    citation: Type.Optional(
      Type.Integer({ minimum: 0, description: "index into `citations` of the document" }),
    ),
    source: Type.Optional(
      Type.String({ description: "id of the source document whose text this is, when traced" }),
    ),
  },
  { $id: "Voice" },
);
export type Voice = Static<typeof VoiceSchema>;

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
