export { type AnalyzeOptions, analyze, describeDocument } from "./analyze.js";
export {
  type Claim,
  type ClaimsResult,
  type Comparison,
  extractClaims,
  type Quantity,
} from "./claims/index.js";
export { extractQuantities } from "./claims/quantities.js";
export type { SourceSpan, Span } from "./core/span.js";
export {
  documentFromBytes,
  documentFromString,
  type FetchOptions,
  fetchUrl,
  type IngestOptions,
  InputError,
  type InputErrorCode,
  isPrivateAddress,
  readDocument,
} from "./ingest/index.js";
export { type ClaimReviewStub, claimReviews } from "./report/export-claimreview.js";
export {
  type AnnotationCollection,
  type WebAnnotation,
  webAnnotationCollection,
} from "./report/export-web-annotation.js";
export { FORMATS, type RenderOptions, render } from "./report/formats.js";
export { renderHtml } from "./report/render-html.js";
export { renderJson } from "./report/render-json.js";
export { renderMarkdown } from "./report/render-markdown.js";
export { renderText } from "./report/render-text.js";
export { renderTrace } from "./report/render-trace.js";
export { reportJsonSchema } from "./report/schema.js";
export {
  type DocumentInfo,
  REPORT_SCHEMA,
  type Report,
  type ReportSentence,
  type Summary,
} from "./report/types.js";
export type { Finding } from "./rules.js";
export type { SupportGate, SupportGateKind } from "./support/gate.js";
export {
  type Block,
  type CreateDocumentOptions,
  createDocument,
  type Document,
  type DocumentMeta,
} from "./text/document.js";
export { foldKey } from "./text/fold.js";
export { type NormalizedText, normalizeText, toOriginalOffset } from "./text/normalize.js";
export type { BlockKind, Paragraph, Sentence } from "./text/segment.js";
export { type Token, type TokenKind, tokenize } from "./text/tokenize.js";
export {
  type Coverage,
  type Edit,
  type Match,
  type TraceOptions,
  type TraceResult,
  traceSources,
} from "./trace/index.js";
export { VERSION } from "./version.js";
export {
  attributeVoices,
  type Citation,
  type Quote,
  type Voice,
  type VoiceKind,
  type VoiceResult,
} from "./voice/index.js";
