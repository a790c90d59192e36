import { type Static, Type } from "../core/typebox.js";
import { VoiceSchema } from "../core/voice.js";
import { SupportSchema } from "../support/types.js";

/** A quantity normalized into an interval. */
export const QuantitySchema = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    text: Type.String(),
    low: Type.Union([Type.Number(), Type.Null()]),
    high: Type.Union([Type.Number(), Type.Null()]),
    approx: Type.Boolean({ description: "hedged: around, almost, some" }),
    vague: Type.Boolean({
      description: "a vague amount (a few dozen, hundreds of) turned into a documented interval",
    }),
    kind: Type.Optional(
      Type.String({
        description:
          "count, money, percent, distance, duration, mass, area, speed, volume, temperature, date, time",
      }),
    ),
    unit: Type.Optional(
      Type.String({ description: "canonical unit: %, km, day, money, date, time; absent for plain counts" }),
    ),
    currency: Type.Optional(Type.String({ description: "ISO 4217 code" })),
    counted: Type.Optional(Type.String({ description: "what is counted: people, fighters, trucks" })),
    date: Type.Optional(Type.String({ description: "ISO 8601 date or interval for dates and times" })),
    equivalent: Type.Optional(
      Type.Integer({
        minimum: 0,
        description: "index into `quantities` of the amount this one restates: '$4,000 (£3,000)'",
      }),
    ),
    sentence: Type.Integer({ minimum: 0, description: "index of the sentence in its document" }),
    voice: Type.Optional(VoiceSchema),
    source: Type.Optional(Type.String({ description: "id of the source document, when found in a source" })),
  },
  { $id: "Quantity" },
);
export type Quantity = Static<typeof QuantitySchema>;

/** A check-worthy claim. */
export const ClaimSchema = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    sentence: Type.Integer({ minimum: 0 }),
    score: Type.Number({ minimum: 0, maximum: 1 }),
    checkworthy: Type.Boolean(),
    features: Type.Array(Type.String(), {
      description:
        "why: quantity, entity, date, causal, sweeping, comparison; sourced: a source passage speaks of it; statement: an author statement support rates, below the check-worthiness threshold",
    }),
    voice: VoiceSchema,
    entities: Type.Array(
      Type.Object({
        start: Type.Integer(),
        end: Type.Integer(),
        text: Type.String(),
        type: Type.Optional(Type.String()),
      }),
    ),
    quantities: Type.Array(Type.Integer({ minimum: 0 }), { description: "indexes into `quantities`" }),
    support: Type.Optional(SupportSchema),
  },
  { $id: "Claim" },
);
export type Claim = Static<typeof ClaimSchema>;

/** One figure of a comparison: who gives it (a voice of the article, or a source) and its interval. */
export const ComparisonMemberSchema = Type.Object(
  {
    voice: Type.Optional(VoiceSchema),
    source: Type.Optional(Type.String({ description: "id of the source document that gives this figure" })),
    quantities: Type.Array(Type.Integer({ minimum: 0 }), {
      description: "indexes into `quantities`, summed when several",
    }),
    low: Type.Union([Type.Number(), Type.Null()]),
    high: Type.Union([Type.Number(), Type.Null()]),
  },
  { $id: "ComparisonMember" },
);
export type ComparisonMember = Static<typeof ComparisonMemberSchema>;

/** Quantities about the same counted thing, lined up across voices. */
export const ComparisonSchema = Type.Object(
  {
    topic: Type.String({ description: "what is counted, in words" }),
    why: Type.Optional(
      Type.String({
        description:
          "why the figures belong together: the group they count, the event, the words that say so",
      }),
    ),
    quantities: Type.Array(Type.Integer({ minimum: 0 }), { description: "indexes into `quantities`" }),
    agree: Type.Boolean({ description: "all intervals overlap" }),
    spread: Type.Optional(Type.Array(Type.Number(), { description: "[lowest low, highest high]" })),
    note: Type.Optional(Type.String()),
    members: Type.Optional(
      Type.Array(ComparisonMemberSchema, {
        description:
          "one figure per voice or source: several counts in one sentence joined by 'and' are summed",
      }),
    ),
  },
  { $id: "Comparison" },
);
export type Comparison = Static<typeof ComparisonSchema>;
