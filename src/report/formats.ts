import { terminalSafe } from "./escape.js";
import { renderClaimReview } from "./export-claimreview.js";
import { renderWebAnnotation } from "./export-web-annotation.js";
import type { FormatName } from "./format-names.js";
import { jsonChunks } from "./json-stream.js";
import { renderHtml } from "./render-html.js";
import { renderJson } from "./render-json.js";
import { renderMarkdown } from "./render-markdown.js";
import { renderText } from "./render-text.js";
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

/**
 * Render a report in one of {@link FORMATS} as pieces to write one after the other: JSON comes in
 * pieces of about 64 KB (see `jsonChunks`), so a very large report is never one string in memory;
 * the other formats as one piece.
 */
export function renderChunks(report: Report, format: string, options: RenderOptions = {}): Iterable<string> {
  if (format === "json") return jsonChunks(report);
  return [render(report, format, options)];
}
