import { quantityLexicon } from "../claims/lexicon.js";
import type { Quantity } from "../claims/types.js";
import type { Document } from "../text/document.js";
import { KIND_CODE } from "../text/token-store.js";
import { boundBefore } from "./fractions.js";
import { findPhrases, type SupportLexicon, supportLexicon } from "./lexicon.js";

/**
 * Figures written as words the claims layer does not read, so a claim with one had nothing to
 * compare against a source's figure:
 * - a multiplier verb as the percent change it states ("almost tripled" is up about 200 percent,
 *   and no rise of 72 percent; "halved" is down 50 percent), bounded by the claims layer's own
 *   bound words ("more than doubled" is at least 100 percent);
 * - a span of time in words: "a decade" (ten years, no "nine years"), "half a year" (six months),
 *   "a year and a half" (18 months). "A year" alone is left to be a rate's period ("£640 a year");
 *   so is "a fortnight" after a figure or "once".
 * Every figure in words is round, so the multiples are approximate; a span is as exact as "ten
 * years".
 */
export function wordFigures(doc: Document, lex: SupportLexicon = supportLexicon()): Quantity[] {
  const out: Quantity[] = [];
  const { tokenStore: tokens } = doc;
  const { units } = quantityLexicon();
  doc.sentences.forEach((s, sentence) => {
    const word = (k: number) =>
      k >= s.tokenStart && k < s.tokenEnd && tokens.kinds[k] === KIND_CODE.word ? tokens.key(k) : undefined;
    const push = (
      first: number,
      last: number,
      q: Omit<Quantity, "start" | "end" | "text" | "sentence" | "vague">,
    ) => {
      const start = tokens.starts[first];
      const end = tokens.get(last).end;
      out.push({ start, end, text: doc.text.slice(start, end), vague: false, sentence, ...q });
    };
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const key = word(k);
      if (key === undefined) continue;
      const change = lex.multipleChanges.get(key);
      if (change !== undefined) {
        let first = k;
        const lead = word(k - 1);
        if (lead !== undefined && findPhrases([lead], lex.approximators).length > 0) first = k - 1;
        const bound = boundBefore(doc, k, s.tokenStart);
        if (bound) first = bound.at;
        push(first, k, {
          low: bound?.effect === "atMost" ? null : change,
          high: bound?.effect === "atLeast" ? null : change,
          approx: true,
          kind: "percent",
          unit: "%",
        });
        continue;
      }
      const unit = units.get(key);
      if (unit?.kind !== "duration") continue;
      const article = word(k - 1) === "a" || word(k - 1) === "an";
      if (!article) continue;
      const size = unit.factor ?? 1;
      const halfBefore = word(k - 2) === "half";
      const halfAfter = !halfBefore && word(k + 1) === "and" && word(k + 2) === "a" && word(k + 3) === "half";
      if (!halfBefore && !halfAfter && (!lex.wholeSpans.has(key) || rateLead(doc, k - 2, s.tokenStart, lex)))
        continue;
      const value = halfBefore ? size / 2 : halfAfter ? size * 1.5 : size;
      push(halfBefore ? k - 2 : k - 1, halfAfter ? k + 3 : k, {
        low: value,
        high: value,
        approx: false,
        kind: "duration",
        unit: unit.unit,
      });
      if (halfAfter) k += 3;
    }
  });
  return out;
}

/** True when token `k`, before "a fortnight", makes it a rate's period: "once", "every", a figure. */
function rateLead(doc: Document, k: number, sentenceStart: number, lex: SupportLexicon): boolean {
  if (k < sentenceStart) return false;
  const { tokenStore: tokens } = doc;
  return tokens.kinds[k] === KIND_CODE.number || lex.spanRateLeads.has(tokens.key(k));
}

/**
 * True when `q` is a figure read here from words: a multiplier verb as a percent change ("more than
 * doubled") or a span in words ("a decade", "half a year").
 */
export function isWordFigure(q: Quantity, lex: SupportLexicon = supportLexicon()): boolean {
  if (q.kind === "duration") return /^(?:an?|half)\s/i.test(q.text);
  if (q.kind !== "percent") return false;
  const last = /[a-z]+$/i.exec(q.text)?.[0].toLowerCase();
  return last !== undefined && lex.multipleChanges.has(last);
}
