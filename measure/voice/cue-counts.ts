import { stem } from "../../dist/text/stem.js";
import { readVoices } from "../../dist/voice/index.js";
import { type PolnearText, polnearDocument } from "./polnear.js";

const ADVERB = /^\p{L}{3,}ly$/u;

export type Counts = Record<string, { seen: number; cue: number }>;

/** Fewest occurrences for a word's or a stem's rate to be kept. */
export const MIN_COUNT = 5;
/** Words kept in the cue file: those below the lowest candidate threshold of the rules' cue set. */
export const WORD_FLOOR = 0.3;
/**
 * Stems kept in the cue file: much lower than the words', since the stem rate is a feature of
 * the cue model, not a cue set ("want" is a cue in a fraction of its uses, and that fraction is
 * what the model weighs with the words around it).
 */
export const STEM_FLOOR = 0.02;

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

/** The counts of words summed by stem (src/text/stem.ts). */
export function stemCounts(words: Counts): Counts {
  const out: Counts = {};
  for (const [w, c] of Object.entries(words)) {
    const key = stem(w);
    out[key] ??= { seen: 0, cue: 0 };
    const s = out[key];
    s.seen += c.seen;
    s.cue += c.cue;
  }
  return out;
}

/** The entries seen at least `MIN_COUNT` times whose rate reaches `floor`, sorted by key. */
export function kept(counts: Counts, floor: number): Counts {
  const out: Counts = {};
  for (const k of Object.keys(counts).sort()) {
    const c = counts[k];
    if (c.seen >= MIN_COUNT && c.cue / c.seen >= floor) out[k] = c;
  }
  return out;
}
