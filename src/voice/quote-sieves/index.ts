import type { Document } from "../../text/document.js";
import type { QuoteSpan } from "../../text/quotes.js";
import type { Cue } from "../cues.js";
import type { VoiceLexicon } from "../lexicon.js";
import type { NameRegistry } from "../names.js";
import { afterCloser } from "./after-closer.js";
import { beforeOpener } from "./before-opener.js";
import { clauseObject } from "./clause-object.js";
import { colonClause } from "./colon-clause.js";
import {
  type Attribution,
  type PreviousQuote,
  type QuoteSieve,
  QuoteSieveContext,
  type Speaker,
} from "./context.js";
import { continuation } from "./continuation.js";
import { paragraphCue } from "./paragraph-cue.js";
import { previousParagraph } from "./previous-paragraph.js";
import { turnTaking } from "./turn-taking.js";

export type { Attribution, QuoteSieve, QuoteSieveName, Speaker } from "./context.js";
export { ADJACENT_SIEVES, QuoteSieveContext } from "./context.js";

/**
 * The quote sieves in the order they run, most precise first (after Muzny et al. 2017, "A
 * Two-stage Sieve Approach for Quote Attribution", and CoreNLP's QuoteAttributionAnnotator): the
 * first sieve that names a speaker wins.
 */
export const QUOTE_SIEVES: readonly QuoteSieve[] = [
  afterCloser,
  beforeOpener,
  colonClause,
  clauseObject,
  turnTaking,
  continuation,
  previousParagraph,
  paragraphCue,
];

/** Attribute speech quotes, in text order, by running {@link QUOTE_SIEVES} over each. */
export function attributeQuotes(
  doc: Document,
  quotes: QuoteSpan[],
  cues: Cue[],
  cueSpeakers: (Speaker | undefined)[],
  names: NameRegistry,
  lex: VoiceLexicon,
  sieves: readonly QuoteSieve[] = QUOTE_SIEVES,
): (Attribution | undefined)[] {
  const ctx = new QuoteSieveContext(doc, cues, cueSpeakers, names, lex);
  const result: (Attribution | undefined)[] = [];
  let previous: PreviousQuote | undefined;
  for (const [index, q] of quotes.entries()) {
    let found: Attribution | undefined;
    for (const sieve of sieves) {
      found = sieve.attribute(q, ctx, previous, { index, next: quotes[index + 1] });
      if (found) break;
    }
    result.push(found);
    previous = { paragraph: q.lastParagraph, speaker: found };
  }
  return result;
}
