import type { Voice } from "../types.js";
import type { SentenceContext, SentenceSieve } from "./context.js";
import { creditLine } from "./credit-line.js";
import { creditedBody } from "./credited-body.js";
import { editorialNote } from "./editorial-note.js";
import { headline } from "./headline.js";
import { quotation } from "./quotation.js";
import { reportedQuestionSieve } from "./reported-question.js";
import { reportedSpeech } from "./reported-speech.js";
import { reportedViewSieve } from "./reported-view.js";
import { reproducedBlock } from "./reproduced-block.js";
import { strayCloser } from "./stray-closer.js";
import { tracedSource } from "./traced-source.js";
import { transcriptLabel } from "./transcript-label.js";

export type { LabelVoice, SentenceContext, SentenceSieve, SentenceSieveName } from "./context.js";
export { MATCH_SHARE } from "./traced-source.js";

/**
 * The sentence sieves in the order they run: the first that gives a voice wins, and a sentence
 * no sieve claims is the author's. An editorial note in brackets ("(Italics added.)") first, the
 * author's whatever is around it; captions and photo credits next, then the headline (the
 * outlet's line, a speaker's only by its own speech verb), then explicit structure
 * (transcript labels, quotation marks),
 * then blocks an introducer or a credit opens, then text traced to a source, then indirect speech,
 * then a finding or view the main clause reports ("Exit polls showed that …", "Varga suggested
 * that …"), then the words before a closing mark whose opening mark was lost (no one's known voice).
 */
export const SENTENCE_SIEVES: readonly SentenceSieve[] = [
  editorialNote,
  creditLine,
  headline,
  transcriptLabel,
  quotation,
  reproducedBlock,
  creditedBody,
  tracedSource,
  reportedSpeech,
  reportedQuestionSieve,
  reportedViewSieve,
  strayCloser,
];

/** The voice of sentence si: the first of `sieves` that gives one, else the author. */
export function sentenceVoice(si: number, ctx: SentenceContext, sieves = SENTENCE_SIEVES): Voice {
  for (const sieve of sieves) {
    const v = sieve.voice(si, ctx);
    if (v) return v;
  }
  return { kind: "author" };
}
