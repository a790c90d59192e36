import { quantityLexicon } from "../claims/lexicon.js";
import type { Quantity } from "../claims/types.js";
import type { Document } from "../text/document.js";
import { KIND_CODE } from "../text/token-store.js";
import { findPhrases, type SupportLexicon, supportLexicon } from "./lexicon.js";

/**
 * The fractions of a document as percentages: "a third" 33.3 %, "about a fifth" 20 %, "two-fifths"
 * 40 %, "half of" 50 %. The claims layer does not read them, so a claim that a share fell "by a
 * third" against a source's "about a fifth" would otherwise have no figure to compare, and the
 * source's "about" would pass for a dropped hedge. A fraction in news is a round figure, so every
 * one is approximate. "A third party", "a third time" (a fraction word followed by another noun)
 * are ordinals, not shares, and are skipped. A bound before the fraction ("fewer than half", "more
 * than a third") makes it one end of an interval, read with the claims layer's own bound words, as
 * "fewer than 40 percent" is: "fewer than half" is no half, and agrees with 41 percent.
 */
export function fractionQuantities(doc: Document, lex: SupportLexicon = supportLexicon()): Quantity[] {
  const out: Quantity[] = [];
  const { tokenStore: tokens } = doc;
  doc.sentences.forEach((s, sentence) => {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      // Asked of every token: the store is read, and a token object made only of a fraction.
      if (tokens.kinds[k] !== KIND_CODE.word) continue;
      // Most words are neither a fraction nor hyphenated: skip them before splitting.
      const key = tokens.key(k);
      const hyphen = key.indexOf("-");
      if (hyphen < 0 && !lex.fractions.has(key)) continue;
      const t = tokens.token(k);
      let numerator: number | undefined;
      let denominator: number | undefined;
      let first = k;
      const parts = hyphen < 0 ? [t.key] : t.key.split("-");
      if (parts.length === 2 && lex.numerators.has(parts[0]) && lex.fractions.has(parts[1])) {
        // "two-fifths"
        numerator = lex.numerators.get(parts[0]);
        denominator = lex.fractions.get(parts[1]);
      } else if (lex.fractions.has(t.key)) {
        const before = k > s.tokenStart ? tokens.get(k - 1) : undefined;
        if (before?.kind === "word" && lex.numerators.has(before.key)) {
          numerator = lex.numerators.get(before.key);
          first = k - 1;
        } else if (t.key === "half") numerator = 1;
        denominator = lex.fractions.get(t.key);
      }
      if (numerator === undefined || denominator === undefined) continue;
      // A plural fraction needs a numerator above one ("two thirds"); "a thirds" is no share.
      if (numerator >= denominator) continue;
      const next = k + 1 < s.tokenEnd ? tokens.get(k + 1) : undefined;
      if (next?.kind === "word" && !lex.shareFollowers.has(next.key)) continue;
      if (next?.kind === "number") continue;
      let start = tokens.starts[first];
      // "about a fifth", "almost two-fifths": an approximator before the fraction is part of it.
      const lead = first > s.tokenStart ? tokens.get(first - 1) : undefined;
      if (lead && findPhrases([lead.key], lex.approximators).length > 0) start = lead.start;
      const bound = boundBefore(doc, first, s.tokenStart);
      if (bound) start = tokens.starts[bound.at];
      const value = Math.round((1000 * numerator) / denominator) / 10;
      out.push({
        start,
        end: t.end,
        text: doc.text.slice(start, t.end),
        low: bound?.effect === "atMost" ? null : value,
        high: bound?.effect === "atLeast" ? null : value,
        approx: true,
        vague: false,
        kind: "percent",
        unit: "%",
        sentence,
      });
    }
  });
  return out;
}

/** The claims layer's bound ("more than", "fewer than", "up to") that ends right before token `k`. */
export function boundBefore(
  doc: Document,
  k: number,
  sentenceStart: number,
): { at: number; effect: "atLeast" | "atMost" } | undefined {
  const { tokenStore: tokens } = doc;
  for (const h of quantityLexicon().hedges) {
    if (h.effect !== "atLeast" && h.effect !== "atMost") continue;
    const at = k - h.words.length;
    if (at < sentenceStart) continue;
    if (h.words.every((w, i) => tokens.key(at + i) === w)) return { at, effect: h.effect };
  }
  return undefined;
}
