import { finding } from "../core/finding.js";
import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import { type IngestFinding, NOT_ENGLISH } from "./rules.js";

/**
 * Warn when a document does not look like English: the analyzers' lexicons and rules are
 * English, so their results on other languages are unreliable. The test is the share of words
 * that are common English function words, well above 0.12 in any English prose of length.
 */
export function languageFindings(doc: Document): IngestFinding[] {
  const common = functionWords();
  let total = 0;
  let hits = 0;
  const store = doc.tokenStore;
  for (let i = 0; i < store.length; i++) {
    if (store.kind(i) !== "word") continue;
    total++;
    if (common.has(store.key(i))) hits++;
    if (total >= 5000) break;
  }
  if (total < 20) return [];
  const share = hits / total;
  if (share >= 0.12) return [];
  const declared = doc.meta.lang ? ` (the page declares "${doc.meta.lang}")` : "";
  return [
    finding(NOT_ENGLISH, {
      message: `${doc.id} does not look like English${declared}: only ${Math.round(share * 100)}% of its words are common English words; voices, claims and rhetoric are tuned for English`,
      data: { document: doc.id, englishShare: share },
    }),
  ];
}
