import type { Span } from "../core/span.js";
import type { VoiceLexicon } from "./lexicon.js";

/**
 * The author's notes in brackets in `text` ("(Italics added.)", "(emphasis mine)", "[sic]"):
 * the author speaks in them, so no word of theirs is a cue or names a speaker.
 */
export function editorialNotes(text: string, lex: VoiceLexicon): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(new RegExp(lex.editorialNote.source, "giu")))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether `text` is one editorial note and nothing else: a sentence that is the author's aside. */
export function onlyEditorialNote(text: string, lex: VoiceLexicon): boolean {
  const t = text.trim();
  const m = lex.editorialNote.exec(t);
  return m !== null && m.index === 0 && m[0].length === t.length;
}
