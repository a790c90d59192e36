import { findPhrases, type Phrases, type SupportLexicon } from "./lexicon.js";
import type { Passage } from "./terms.js";

/** True when a phrase of `table` starts at key `i`. */
export function startsPhrase(keys: readonly string[], i: number, table: Phrases): boolean {
  return (table.get(keys[i]) ?? []).some((words) => words.every((w, k) => keys[i + k] === w));
}

/**
 * True when the words at `k` state a figure: digits, a number word ("three", "dozens"), a fraction
 * ("a third", "two-fifths", "half") or "a"/"an" before a number word ("a million").
 */
export function figureAt(keys: readonly string[], k: number, lex: SupportLexicon): boolean {
  const w = keys[k];
  if (w === undefined) return false;
  // "roughly $5.7 billion": the currency sign is a key of its own, and the figure follows it.
  if (/^\p{Sc}$/u.test(w)) return /^\d/.test(keys[k + 1] ?? "");
  if (/^\d/.test(w) || startsPhrase(keys, k, lex.counts) || lex.fractions.has(w)) return true;
  const parts = w.split("-");
  if (parts.length === 2 && lex.numerators.has(parts[0]) && lex.fractions.has(parts[1])) return true;
  const next = keys[k + 1];
  return (
    (w === "a" || w === "an" || w === "one") &&
    next !== undefined &&
    (lex.fractions.has(next) || lex.magnitudes.has(next) || startsPhrase(keys, k + 1, lex.counts))
  );
}

/**
 * The hedges of a sentence that only round or bound one of its figures, each with the figure's key:
 * an approximator or a figure-only hedge right before the figure ("up to 1,000 further jobs",
 * "roughly 8,000 tonnes"). They say how exact the figure is, not how sure the statement is.
 */
function figureBounds(keys: readonly string[], lex: SupportLexicon): { hedge: string; figure: string }[] {
  const bounds: { hedge: string; figure: string }[] = [];
  for (let i = 0; i < keys.length; i++) {
    // "about" is both an approximator and a figure-only hedge: one bound however many lists hold it.
    const words = [...(lex.approximators.get(keys[i]) ?? []), ...(lex.figureOnly.get(keys[i]) ?? [])].find(
      (phrase) => phrase.every((w, k) => keys[i + k] === w) && figureAt(keys, i + phrase.length, lex),
    );
    if (words) bounds.push({ hedge: words.join(" "), figure: keys[i + words.length] });
  }
  return bounds;
}

/**
 * The passage's modal of possibility that the claim drops when the claim's only hedges bound or
 * round a figure the passage gives too: "Up to 1,000 further jobs will be lost" against "the
 * closure could affect up to 1,000 further jobs" keeps the bound and states the loss as sure, where
 * the source leaves it open. A forecast or estimate of the figure ("is expected to add around 1,200
 * seats") speaks of the figure, which the claim's rounding keeps; only a modal of possibility
 * counts, and only against the same figure (a hedged 1,500 says nothing of a claim's 1,400).
 * `claimHedges` are the claim's hedges, `passageHedges` the passage's that bear on the claim.
 */
export function modalOverBound(
  claim: Passage,
  claimHedges: readonly string[],
  passage: Passage,
  passageHedges: readonly string[],
  lex: SupportLexicon,
): string | undefined {
  // "Firms can claim for up to two apprentices" against "each firm may claim for a maximum of two":
  // beside a claim's permission the passage's "may" is one too.
  if (findPhrases(claim.keys, lex.permissions).length > 0) return undefined;
  const bounds = figureBounds(claim.keys, lex);
  if (bounds.length === 0 || claimHedges.length !== bounds.length) return undefined;
  if (!claimHedges.every((h) => bounds.some((b) => b.hedge === h))) return undefined;
  if (!bounds.some((b) => passage.keys.includes(b.figure))) return undefined;
  return passageHedges.find((h) => lex.possibilityModals.has(h) && !claimHedges.includes(h));
}
