import { ClaimSchema, ComparisonSchema, QuantitySchema } from "../claims/types.js";
import { type Static, Type } from "../core/typebox.js";
import { VoiceSchema } from "../core/voice.js";
import { FindingSchema } from "../rules.js";
import { CoverageSchema, MatchSchema } from "../trace/types.js";
import { CitationSchema, QuoteSchema } from "../voice/types.js";

/** The report format this version writes. */
export const REPORT_SCHEMA = "sourcetrace/report@1";

const BlockSchema = Type.Object({
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
  kind: Type.Union([
    Type.Literal("paragraph"),
    Type.Literal("heading"),
    Type.Literal("blockquote"),
    Type.Literal("list-item"),
    Type.Literal("elision"),
    Type.Literal("caption"),
  ]),
});

/** A document as the report shows it: its normalized text and metadata. */
export const DocumentInfoSchema = Type.Object(
  {
    id: Type.String(),
    location: Type.Optional(Type.String()),
    format: Type.Union([Type.Literal("text"), Type.Literal("html")]),
    encoding: Type.Optional(Type.String()),
    sha256: Type.String({ description: "SHA-256 of the input as given" }),
    title: Type.Optional(Type.String()),
    byline: Type.Optional(Type.String()),
    date: Type.Optional(Type.String()),
    siteName: Type.Optional(Type.String()),
    lang: Type.Optional(Type.String()),
    text: Type.String({ description: "the normalized text all offsets refer to" }),
    paragraphs: Type.Array(BlockSchema),
    words: Type.Integer({ minimum: 0 }),
  },
  { $id: "DocumentInfo" },
);
export type DocumentInfo = Static<typeof DocumentInfoSchema>;

export const SentenceSchema = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    paragraph: Type.Integer({ minimum: 0 }),
    voice: VoiceSchema,
  },
  { $id: "ReportSentence" },
);
export type ReportSentence = Static<typeof SentenceSchema>;

const ShareSchema = Type.Number({ minimum: 0, maximum: 1 });

/** One line of the summary: a finding, or a group of findings of one kind, ranked. */
export const KeyFindingSchema = Type.Object(
  {
    kind: Type.String({ description: "kind id from data/report-summary.json" }),
    label: Type.String({ description: "a few words naming the kind: 'Figure changed'" }),
    section: Type.String({
      description: "what it answers: changed, edited, gap, uncredited, omitted, figures, other",
    }),
    rank: Type.Integer({ description: "lower comes first" }),
    title: Type.String({
      description: "the finding's message, or the group's ('17 passages reproduced without credit')",
    }),
    why: Type.String({ description: "one line on why it matters to a reader" }),
    count: Type.Integer({ minimum: 1 }),
    grouped: Type.Boolean({ description: "one line for every finding of its kind, listed in `findings`" }),
    findings: Type.Array(Type.Integer({ minimum: 0 }), { description: "indexes into `findings`" }),
  },
  { $id: "KeyFinding" },
);
export type KeyFinding = Static<typeof KeyFindingSchema>;

export const SummarySchema = Type.Object(
  {
    sentences: Type.Integer({ minimum: 0 }),
    words: Type.Integer({ minimum: 0 }),
    characters: Type.Integer({ minimum: 0 }),
    voices: Type.Object(
      {
        author: ShareSchema,
        document: ShareSchema,
        speaker: ShareSchema,
        // Optional: reports written before captions had a voice of their own have no such share.
        credit: Type.Optional(ShareSchema),
        unknown: ShareSchema,
      },
      { description: "share of the article's sentence characters in each voice" },
    ),
    reused: ShareSchema,
    unattributedReused: ShareSchema,
    coverage: Type.Array(CoverageSchema),
    findings: Type.Record(Type.String(), Type.Integer({ minimum: 0 }), { description: "count per rule id" }),
    edits: Type.Integer({ minimum: 0, description: "word-level edits in all reused passages" }),
    meaningChanges: Type.Integer({
      minimum: 0,
      description:
        "edits that change what a source says: a figure, a negation, a quantifier, an elided denial",
    }),
    authorClaims: Type.Integer({ minimum: 0, description: "check-worthy claims in the author's own voice" }),
    unsupportedClaims: Type.Integer({
      minimum: 0,
      description:
        "of those, claims rated and not supported by a source (not-found, or a firm contradicted or overreach rating)",
    }),
    tentativeClaims: Type.Integer({
      minimum: 0,
      description:
        "of the author's check-worthy claims, those rated contradicted or overreach tentatively: a passage to read, not a verdict",
    }),
    key: Type.Array(KeyFindingSchema, { description: "findings ranked by what they change for a reader" }),
    headline: Type.Array(Type.String(), { description: "the few lines a reader should see first" }),
  },
  { $id: "Summary" },
);
export type Summary = Static<typeof SummarySchema>;

/** Sources taken from a corpus (`analyze --corpus`): which stored documents, and why. */
export const CorpusSourcesSchema = Type.Object(
  {
    candidates: Type.Array(
      Type.Object({
        id: Type.String({ description: "the source's id in this report" }),
        corpusId: Type.String({ description: "the document's id in the corpus" }),
        score: Type.Number({ description: "share of the article's words in passages shared with it" }),
        sharedWords: Type.Integer({ minimum: 0 }),
        cited: Type.Optional(Type.String({ description: "the citation of the article that names it" })),
      }),
    ),
  },
  { $id: "CorpusSources" },
);
export type CorpusSources = Static<typeof CorpusSourcesSchema>;

/** Which persuasion techniques the author's voice was checked for (src/rhetoric). */
export const RhetoricChecksSchema = Type.Object(
  {
    checked: Type.Array(Type.String(), {
      description: "rule ids of the techniques checked by default: they cleared the precision gate",
    }),
    experimental: Type.Array(Type.String(), {
      description: "rule ids of the techniques below the gate this report checked too, on request",
    }),
  },
  { $id: "RhetoricChecks" },
);

/** A sourcetrace report. Every span is `[start, end)` into `article.text` unless it names a source id. */
export const ReportSchema = Type.Object(
  {
    schema: Type.Literal(REPORT_SCHEMA),
    generator: Type.Object({ name: Type.Literal("sourcetrace"), version: Type.String() }),
    article: DocumentInfoSchema,
    sources: Type.Array(DocumentInfoSchema),
    corpus: Type.Optional(CorpusSourcesSchema),
    sentences: Type.Array(SentenceSchema),
    quotes: Type.Array(QuoteSchema),
    citations: Type.Array(CitationSchema),
    matches: Type.Array(MatchSchema),
    claims: Type.Array(ClaimSchema),
    quantities: Type.Array(QuantitySchema),
    comparisons: Type.Array(ComparisonSchema),
    findings: Type.Array(FindingSchema),
    rhetoric: Type.Optional(RhetoricChecksSchema),
    summary: SummarySchema,
  },
  {
    $id: "https://sourcetrace.dev/schema/report-1.json",
    title: "sourcetrace report, version 1",
  },
);
export type Report = Static<typeof ReportSchema>;
