import type { Document } from "../text/document.js";
import type { VoiceLexicon } from "./lexicon.js";

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
  if (t >= s.tokenEnd || !lex.continuingSubjects.has(store.key(t))) return false;
  t++;
  if (t < s.tokenEnd && lex.continuingAdverbs.has(store.key(t))) t++;
  return lex.continuations.some((words) =>
    words.every((w, k) => t + k < s.tokenEnd && store.key(t + k) === w),
  );
}
