import { extractClaims } from "./claims/index.js";
import { InputError } from "./ingest/errors.js";
import { documentFromString } from "./ingest/index.js";
import { languageFindings } from "./ingest/language.js";
import { reconcileAttribution } from "./pipeline/reconcile.js";
import type { Finding } from "./report/finding.js";
import { summarize } from "./report/summary.js";
import { type DocumentInfo, REPORT_SCHEMA, type Report } from "./report/types.js";
import type { Document } from "./text/document.js";
import { type TraceResult, traceSources } from "./trace/index.js";
import { VERSION } from "./version.js";
import { attributeVoices } from "./voice/index.js";

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /**
   * Source documents the article may draw on, as documents or as plain text or HTML strings
   * (ids `source-1`, `source-2`, …) (default: none).
   */
  sources?: (Document | string)[];
}

/**
 * Analyse an article: trace it against its sources, attribute every sentence to a voice, find
 * claims and quantities, and gather the findings into a report. Pure: same input, same report.
 * The article may be a {@link Document} or a string of plain text or HTML (id `article`).
 * Throws an {@link InputError} when a source is the article itself or is given twice.
 */
export function analyze(input: Document | string, options: AnalyzeOptions = {}): Report {
  const article = asDocument(input, "article", "the article");
  const sources = (options.sources ?? []).map((s, i) => asDocument(s, `source-${i + 1}`, `source ${i + 1}`));
  refuseDuplicates(article, sources);
  const { trace, voices, attribution } = traceAndAttribute(article, sources);
  const matches = attribution.matches;
  const claims = extractClaims(article, { sentenceVoices: voices.sentenceVoices, sources, matches });

  const sentences = article.sentences.map((s, i) => ({
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    voice: voices.sentenceVoices[i] ?? { kind: "unknown" as const },
  }));
  const findings: Finding[] = [
    ...languageFindings(article),
    ...sources.flatMap(languageFindings),
    ...attribution.findings,
    ...claims.findings,
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
    claims: claims.claims,
    quantities: claims.quantities,
    comparisons: claims.comparisons,
    findings,
    summary: summarize({
      text: article.text,
      words: countWords(article),
      sentences,
      matches,
      coverage: trace.coverage,
      findings,
      claims: claims.claims,
    }),
  };
}

function traceAndAttribute(article: Document, sources: Document[]) {
  const trace = traceSources(article, sources);
  const voices = attributeVoices(article, { matches: trace.matches, sources });
  const attribution = reconcileAttribution(article.sentences, trace.matches, voices.attributedSentences, [
    ...trace.findings,
    ...voices.findings,
  ]);
  return { trace, voices, attribution };
}

/**
 * The trace layer alone, with each passage's attribution decided as {@link analyze} decides it
 * (trace's name test and the voices' introducers, citations and quotations), so the `trace`
 * command and the report never disagree on whether a passage is credited. Refuses the same
 * inputs as {@link analyze}.
 */
export function traceAttributed(article: Document, sources: Document[]): TraceResult {
  refuseDuplicates(article, sources);
  const { trace, attribution } = traceAndAttribute(article, sources);
  return {
    ...trace,
    matches: attribution.matches,
    findings: attribution.findings.filter((f) => f.source === "trace"),
  };
}

function asDocument(input: unknown, id: string, what: string): Document {
  if (typeof input === "string") return documentFromString(input, { id });
  const doc = input as Document | null;
  if (doc && typeof doc.text === "string" && Array.isArray(doc.tokens) && Array.isArray(doc.sentences))
    return doc;
  throw new TypeError(
    `${what} must be a string or a Document (from readDocument or documentFromString), not ${describe(input)}`,
  );
}

const describe = (x: unknown): string =>
  x === null ? "null" : Array.isArray(x) ? "an array" : typeof x === "object" ? "another object" : typeof x;

// A source that is the article itself makes every sentence "reused"; the same source twice makes
// each passage's attribution ambiguous and changes the shares. Both are input mistakes: say so.
function refuseDuplicates(article: Document, sources: Document[]): void {
  const name = (d: Document) => d.meta.location ?? d.id;
  const bySha = new Map<string, Document>();
  const byText = new Map<string, Document>();
  const ids = new Set<string>();
  for (const s of sources) {
    if (s.sha256 === article.sha256 || s.text === article.text)
      throw new InputError("duplicate-source", "this source is the article itself", name(s));
    const twin = bySha.get(s.sha256) ?? byText.get(s.text);
    if (twin)
      throw new InputError(
        "duplicate-source",
        `the same source is given twice (also as ${name(twin)})`,
        name(s),
      );
    if (ids.has(s.id)) throw new InputError("duplicate-source", `two sources have the id "${s.id}"`, name(s));
    bySha.set(s.sha256, s);
    byText.set(s.text, s);
    ids.add(s.id);
  }
}

function byPosition(a: Finding, b: Finding): number {
  return (a.span?.start ?? -1) - (b.span?.start ?? -1) || (a.span?.end ?? -1) - (b.span?.end ?? -1);
}

function countWords(doc: Document): number {
  let n = 0;
  for (const t of doc.tokens) if (t.kind === "word" || t.kind === "number") n++;
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
