import { type Static, Type } from "./typebox.js";

/** Whose voice a sentence is in. */
export const VoiceKindSchema = Type.Union(
  [
    Type.Literal("author"),
    Type.Literal("document"),
    Type.Literal("speaker"),
    Type.Literal("credit"),
    Type.Literal("unknown"),
  ],
  {
    description:
      "author: the article's own words; document: a reproduced or quoted text; speaker: a quoted person; credit: a figure caption or photo credit, no one's claim",
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

/** A voice in a few words: "author", "speaker: Col Ryan Dillon", "document: 'The Last Convoy'". */
export function voiceLabel(voice: Voice): string {
  const who = voice.name ?? voice.description;
  let label: string = voice.kind;
  if (who) label += `: ${who}`;
  if (voice.document && voice.document !== who) label += ` (in ${voice.document})`;
  return label;
}

/**
 * Who gives a figure: the source document it was found in, else its voice in the article
 * ("source report-1", "speaker: Tomas Berek", "article").
 */
export function whoLabel(x: { voice?: Voice; source?: string }): string {
  if (x.source) return `source ${x.source}`;
  return x.voice ? voiceLabel(x.voice) : "article";
}
