import type { Document } from "./document.js";

/**
 * A store of one value per sentence of a document, made on first use and dropped with the
 * document: what several figures of one sentence would otherwise read again each.
 */
export function sentenceMemo<T>(): (doc: Document, sentence: number, make: () => T) => T {
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
      bySentence.set(sentence, value);
    }
    return value;
  };
}
