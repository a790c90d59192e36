import type { Quantity } from "../claims/types.js";
import type { SupportLexicon } from "./lexicon.js";
import type { Passage } from "./terms.js";

/** Keys a span may stand after the end of the figure it spreads: "£640 per property for a five-year licence". */
const SPAN_REACH = 5;

/**
 * The passage's figure `p` read as a rate over the claim's period `period`, when the passage gives
 * it over a span of time instead (issue #17, after held-outs 11, 19 and 21): "a pay rise of 4.5
 * percent over two years" is 2.25 percent a year, so "4.5 percent a year" says otherwise, and "7.2
 * million euros over four years" is what "1.8 million euros a year" says. The span is a duration in
 * units a year holds a fixed number of, in `p`'s clause within {@link SPAN_REACH} keys after it,
 * right after one of `spanWords` ("over two years"), or written as one word after a determiner and
 * one of `spanAttributives` ("for a five-year licence"). `locate` gives a figure's first and last
 * key in `passage` (-1 when not found). A figure with a period of its own ("£2 million a year over
 * five years") is not the caller's to pass. Otherwise undefined.
 */
export function spreadOver(
  p: Quantity,
  figures: readonly Quantity[],
  passage: Passage,
  period: string,
  lex: SupportLexicon,
  locate: (q: Quantity) => [number, number],
): Quantity | undefined {
  const perYear = lex.periodsPerYear.get(period);
  if (perYear === undefined || p.low === null) return undefined;
  const end = locate(p)[1];
  if (end < 0) return undefined;
  for (const d of figures) {
    if (d.kind !== "duration" || d.low === null || d.low !== d.high || d.unit === undefined) continue;
    const spanPerYear = lex.periodsPerYear.get(d.unit);
    if (spanPerYear === undefined) continue;
    const at = locate(d)[0];
    if (at <= end || at - end > SPAN_REACH || !spanLead(passage.keys, at, d, lex)) continue;
    if (passage.keys.slice(end + 1, at).some((k) => lex.clauseEnds.has(k))) continue;
    // How many of the claim's periods the span holds: two years are 24 months.
    const periods = (d.low * perYear) / spanPerYear;
    if (periods <= 1) continue;
    return {
      ...p,
      low: p.low / periods,
      high: p.high === null ? null : p.high / periods,
      // A share over several periods compounds, so its rate per period is only near the quotient.
      approx: p.approx || p.kind === "percent",
    };
  }
  return undefined;
}

/** True when the span `d` at key `at` is one a figure is spread over: "over two years", "for a five-year licence". */
function spanLead(keys: readonly string[], at: number, d: Quantity, lex: SupportLexicon): boolean {
  if (lex.spanWords.has(keys[at - 1] ?? "")) return true;
  return (
    d.text.includes("-") &&
    lex.determiners.has(keys[at - 1] ?? "") &&
    lex.spanAttributives.has(keys[at - 2] ?? "")
  );
}
