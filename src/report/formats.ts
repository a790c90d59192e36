import { escapeJsonForHtml, terminalSafe } from "./escape.js";
import { claimReviews, renderClaimReview } from "./export-claimreview.js";
import { renderWebAnnotation, webAnnotationCollection } from "./export-web-annotation.js";
import type { FormatName } from "./format-names.js";
import { jsonChunks } from "./json-stream.js";
import { htmlPieces, renderHtml } from "./render-html.js";
import { renderJson } from "./render-json.js";
import { markdownPieces, renderMarkdown } from "./render-markdown.js";
import { renderText, textPieces } from "./render-text.js";
import { ansiStyle, plainStyle } from "./style.js";
import type { Report } from "./types.js";

/** Options every renderer may read. */
export interface RenderOptions {
  /** Use ANSI colours where the format has them (default: false). */
  color?: boolean;
}

const renderers: Record<FormatName, (report: Report, options: RenderOptions) => string> = {
  // Every string of the report passes the terminal escape before the text renderer adds colours.
  text: (r, o) => renderText(terminalSafe(r), { style: o.color ? ansiStyle : plainStyle }),
  json: (r) => renderJson(r),
  markdown: (r) => renderMarkdown(r),
  html: (r) => renderHtml(r),
  webannotation: (r) => renderWebAnnotation(r),
  claimreview: (r) => renderClaimReview(r),
};

/** The output formats, by the name `--format` takes (the names are in `format-names.ts`). */
export const FORMATS: Record<string, (report: Report, options: RenderOptions) => string> = renderers;

/** Render a report in one of {@link FORMATS}. */
export function render(report: Report, format: string, options: RenderOptions = {}): string {
  const renderer = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (!renderer) throw new RangeError(`unknown format "${format}"`);
  return renderer(report, options);
}

// Every format comes in pieces: a 50 MB article makes hundreds of megabytes of each.
const chunked: Record<FormatName, (report: Report, options: RenderOptions) => Iterable<string>> = {
  text: (r, o) => textPieces(terminalSafe(r), { style: o.color ? ansiStyle : plainStyle }),
  json: (r) => jsonChunks(r),
  markdown: (r) => markdownPieces(r),
  html: (r) => htmlPieces(r),
  webannotation: (r) => jsonChunks(webAnnotationCollection(r), undefined, escapeJsonForHtml),
  claimreview: (r) => jsonChunks(claimReviews(r), undefined, escapeJsonForHtml),
};

/**
 * Render a report in one of {@link FORMATS} as pieces of about 64 KB to write one after the
 * other (the JSON formats through `jsonChunks`, the others line by line or block by block), so a
 * very large report is never one string in memory.
 */
export function renderChunks(report: Report, format: string, options: RenderOptions = {}): Iterable<string> {
  const pieces = Object.hasOwn(chunked, format) ? chunked[format as FormatName] : undefined;
  if (!pieces) throw new RangeError(`unknown format "${format}"`);
  return pieces(report, options);
}
