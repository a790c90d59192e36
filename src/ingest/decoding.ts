import type { Finding } from "../report/finding.js";
import type { Document } from "../text/document.js";

/**
 * Warn when the decoder replaced invalid bytes of a document with U+FFFD: the text around them
 * is read as it was written, but a character or two is lost at each replacement.
 */
export function decodingFindings(doc: Document): Finding[] {
  const replaced = doc.meta.replacedBytes ?? 0;
  if (replaced === 0) return [];
  return [
    {
      ruleId: "ingest/invalid-bytes",
      source: "ingest",
      severity: "warning",
      message: `${doc.id} is UTF-8 with ${replaced} invalid byte sequence${replaced === 1 ? "" : "s"}, each replaced by U+FFFD (�)`,
      data: { document: doc.id, replaced },
    },
  ];
}
