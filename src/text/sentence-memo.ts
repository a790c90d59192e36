import type { Document } from "./document.js";

/**
 * How many sentences' values a memo keeps per document by default. The stages that ask read a
 * sentence's figures together and then move on, so a window of recent sentences answers nearly
 * every request; keeping every sentence's value held a document of 67,000 short lines at 340 MB
 * more than it needed, and one ten times longer ran out of memory.
 */
export const SENTENCE_MEMO_KEEP = 256;

/**
 * A store of one value per sentence of a document, made on first use: what several figures of one
 * sentence would otherwise read again each. It keeps the `keep` sentences used last and makes a
 * value again when a sentence comes back after that (values depend only on the document and the
 * sentence, so a remade one is the same).
 */
export function sentenceMemo<T>(
  keep = SENTENCE_MEMO_KEEP,
): (doc: Document, sentence: number, make: () => T) => T {
  const byDoc = new WeakMap<Document, Map<number, T>>();
  return (doc, sentence, make) => {
    let bySentence = byDoc.get(doc);
    if (!bySentence) {
      bySentence = new Map();
      byDoc.set(doc, bySentence);
    }
    let value = bySentence.get(sentence);
    if (value === undefined) {
      value = make();
      if (bySentence.size >= keep) bySentence.delete(bySentence.keys().next().value as number);
    } else bySentence.delete(sentence);
    // Set last: a Map iterates in insertion order, so its first key is the one used longest ago.
    bySentence.set(sentence, value);
    return value;
  };
}
