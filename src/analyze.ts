import { type ClaimsOptions, extractClaims } from "./claims/index.js";
import { decodingFindings } from "./ingest/decoding.js";
import { languageFindings } from "./ingest/language.js";
import { traceAndAttribute } from "./pipeline/attribute.js";
import { asDocument } from "./pipeline/inputs.js";
import { summarize } from "./report/summary.js";
import { type DocumentInfo, REPORT_SCHEMA, type Report } from "./report/types.js";
import { type RhetoricOptions, rhetoricChecks, rhetoricFindings } from "./rhetoric/index.js";
import type { Finding } from "./rules.js";
import type { SupportGate } from "./support/gate.js";
import { rateClaims, SupportRater } from "./support/index.js";
import type { Document } from "./text/document.js";
import { KIND_CODE } from "./text/token-store.js";
import { omissionsWithCarried, type TraceOptions } from "./trace/index.js";
import { VERSION } from "./version.js";

/**
 * Options of {@link analyze}: the sources, and the knobs of each layer, passed through as they
 * are (each layer documents its own defaults). The voice layer has none; support takes only its
 * precision gate, programmatically (the command line has no knob for it).
 */
export interface AnalyzeOptions {
  /**
   * Source documents the article may draw on, as documents or as plain text or HTML strings
   * (ids `source-1`, `source-2`, …) (default: none).
   */
  sources?: (Document | string)[];
  /** The aligner's tuning (default: `TRACE_DEFAULTS`, src/trace/index.ts). */
  trace?: Partial<TraceOptions>;
  /** The claims layer's tuning (default: `CLAIMS_DEFAULTS`, src/claims/index.ts). */
  claims?: Partial<ClaimsOptions>;
  /** The rhetoric layer's options (default: `RHETORIC_DEFAULTS`, src/rhetoric/index.ts). */
  rhetoric?: Partial<RhetoricOptions>;
  /**
   * The support ratings' precision gate: which kinds of contradicted and overreach rating are
   * firm, and warnings (default: `data/support-gate.json`, measured blind; docs/support.md).
   */
  supportGate?: SupportGate;
}

/**
 * Analyse an article: trace it against its sources, attribute every sentence to a voice, find
 * claims and quantities, and gather the findings into a report. Pure: same input, same report.
 * The article may be a {@link Document} or a string of plain text or HTML (id `article`).
 * Throws an `InputError` when a source is the article itself or is given twice, and a
 * `TypeError` for an input that is neither a string nor a document.
 */
export function analyze(input: Document | string, options: AnalyzeOptions = {}): Report {
  const article = asDocument(input, "article", "the article");
  const sources = (options.sources ?? []).map((s, i) => asDocument(s, `source-${i + 1}`, `source ${i + 1}`));
  // The omissions are read once, after support rating, which knows what the article carries in
  // other words: a first reading from the aligned passages alone would only be replaced.
  const { trace, voices, credits } = traceAndAttribute(article, sources, options.trace, { omissions: false });
  const matches = trace.matches;
  const supportContext = {
    sentenceVoices: voices.sentenceVoices,
    quotes: voices.quotes,
    // The rules' attributions, and the learned ones of a sentence only when support asks.
    attributions: voices.ruledAttributions,
    learnedIn: voices.learnedIn,
    reproduced: voices.reproduced,
    matches,
    sources,
    traceFindings: trace.findings,
    datelines: credits.filter((c) => c.kind === "dateline"),
  };
  // One rater for both: the claims layer asks which sentences a source speaks of, support rates them.
  const rater = new SupportRater(article, supportContext);
  const claims = extractClaims(
    article,
    {
      sentenceVoices: voices.sentenceVoices,
      sources,
      matches,
      sourced: (i) => rater.speaksOf(i),
      rated: (i) => rater.rates(i),
    },
    options.claims,
  );
  const support = rateClaims(article, claims.claims, supportContext, rater, options.supportGate);
  // The omissions, with the source sentences the article carries in other words.
  const traceFindings = [
    ...trace.findings,
    ...omissionsWithCarried(article, sources, matches, rater.carried(), options.trace),
  ];

  const sentences = article.sentences.map((s, i) => ({
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    voice: voices.sentenceVoices[i] ?? { kind: "unknown" as const },
  }));
  const findings: Finding[] = [
    ...decodingFindings(article),
    ...sources.flatMap(decodingFindings),
    ...languageFindings(article),
    ...sources.flatMap(languageFindings),
    ...traceFindings,
    ...voices.findings,
    ...claims.findings,
    ...support.findings,
    ...rhetoricFindings(article, voices, options.rhetoric),
  ].sort(byPosition);

  return {
    schema: REPORT_SCHEMA,
    generator: { name: "sourcetrace", version: VERSION },
    article: describeDocument(article),
    sources: sources.map(describeDocument),
    sentences,
    quotes: voices.quotes,
    citations: voices.citations,
    matches,
    claims: support.claims,
    quantities: claims.quantities,
    comparisons: claims.comparisons,
    findings,
    rhetoric: rhetoricChecks(options.rhetoric),
    summary: summarize({
      text: article.text,
      words: countWords(article),
      sentences,
      matches,
      coverage: trace.coverage,
      findings,
      // The rated claims: the summary counts those the sources do not support.
      claims: support.claims,
      sources: sources.length,
    }),
  };
}

function byPosition(a: Finding, b: Finding): number {
  return (a.span?.start ?? -1) - (b.span?.start ?? -1) || (a.span?.end ?? -1) - (b.span?.end ?? -1);
}

function countWords(doc: Document): number {
  let n = 0;
  const { kinds, length } = doc.tokenStore;
  for (let i = 0; i < length; i++) if (kinds[i] === KIND_CODE.word || kinds[i] === KIND_CODE.number) n++;
  return n;
}

/** The report's view of a document. */
export function describeDocument(doc: Document): DocumentInfo {
  const { meta } = doc;
  const info: DocumentInfo = {
    id: doc.id,
    format: meta.format,
    sha256: doc.sha256,
    text: doc.text,
    paragraphs: doc.paragraphs.map((p) => ({ start: p.start, end: p.end, kind: p.kind })),
    words: countWords(doc),
  };
  for (const key of ["location", "encoding", "title", "byline", "date", "siteName", "lang"] as const) {
    if (meta[key]) info[key] = meta[key];
  }
  return info;
}
