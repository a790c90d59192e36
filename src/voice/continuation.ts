import type { Document } from "../text/document.js";
import type { VoiceLexicon } from "./lexicon.js";

/** Pronouns that, as a sentence's subject, go on with the document or authors of the text before. */
const CONTINUING_SUBJECTS = new Set(["it", "they"]);
/** Adverbs that may stand between the pronoun and its verb ("It then adds"). */
const ADVERBS = new Set(["then", "also", "later"]);

/**
 * Whether sentence `si` opens by going on quoting what the text before quoted: "It goes on:",
 * "They continue," (`continuations` in data/voice-documents.json). The pronoun names the document
 * or its authors; the caller decides, from the sentence before, which.
 */
export function continuesQuoting(doc: Document, lex: VoiceLexicon, si: number): boolean {
  const s = doc.sentences[si];
  if (!s) return false;
  const store = doc.tokenStore;
  let t = s.tokenStart;
  while (t < s.tokenEnd && store.kind(t) !== "word") t++;
  if (t >= s.tokenEnd || !CONTINUING_SUBJECTS.has(store.key(t))) return false;
  t++;
  if (t < s.tokenEnd && ADVERBS.has(store.key(t))) t++;
  return lex.continuations.some((words) =>
    words.every((w, k) => t + k < s.tokenEnd && store.key(t + k) === w),
  );
}
