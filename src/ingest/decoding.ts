import { finding } from "../core/finding.js";
import type { Document } from "../text/document.js";
import { INVALID_BYTES, type IngestFinding } from "./rules.js";

/**
 * Warn when the decoder replaced invalid bytes of a document with U+FFFD: the text around them
 * is read as it was written, but a character or two is lost at each replacement.
 */
export function decodingFindings(doc: Document): IngestFinding[] {
  const replaced = doc.meta.replacedBytes ?? 0;
  if (replaced === 0) return [];
  return [
    finding(INVALID_BYTES, {
      message: `${doc.id} is UTF-8 with ${replaced} invalid byte sequence${replaced === 1 ? "" : "s"}, each replaced by U+FFFD (\uFFFD)`,
      data: { document: doc.id, replaced },
    }),
  ];
}
