import { readVoices } from "../../dist/voice/index.js";
import { type PolnearText, polnearDocument } from "./polnear.js";

const ADVERB = /^\p{L}{3,}ly$/u;

export type Counts = Record<string, { seen: number; cue: number }>;

/** Occurrences of each word outside quotes, and those inside a gold cue span. */
export function countCues(texts: PolnearText[]): Counts {
  const counts: Counts = {};
  for (const t of texts) {
    const { doc } = polnearDocument(t);
    const { inQuote } = readVoices(doc);
    const inCue = new Uint8Array(t.text.length + 1);
    for (const s of t.spans.values()) if (s.type === "Cue") inCue.fill(1, s.start, s.end);
    doc.tokens.forEach((tok, k) => {
      if (tok.kind !== "word" || inQuote[k] === 1 || !/^\p{L}/u.test(tok.key)) return;
      // An adverb inside a cue ("repeatedly said") is skipped on the way to the verb's subject
      // (src/voice/cues.ts), so it is never the word that opens a cue.
      if (ADVERB.test(tok.key)) return;
      counts[tok.key] ??= { seen: 0, cue: 0 };
      const c = counts[tok.key];
      c.seen++;
      if (inCue[doc.origin[tok.start]] === 1) c.cue++;
    });
  }
  return counts;
}
