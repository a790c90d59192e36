import type { Quantity } from "../claims/types.js";
import type { SupportLexicon } from "./lexicon.js";
import { type Passage, termOf } from "./terms.js";

/**
 * The share a claim's only figure `q` can be read against when the passage gives an amount and the
 * part of it one named party pays (issue #17, after held-out 18): "will cost £19.5 million, of which
 * £4 million would come from member shares" makes member shares 20.5 percent, so "Member shares
 * would cover about a third" says otherwise. The claim gives no other figure than the whole, and the
 * passage states no share and exactly two exact
 * amounts in one currency, the whole first and the part right after one of `sumParts` ("of which");
 * the claim names what pays the part: a word of the part's clause that the passage does not hold
 * before the part ("member shares", not "the project"), since a claim of another party's share
 * ("Grants would cover a third") is one the passage does not give. `locate` gives a figure's first
 * and last key in `passageText` (-1 when not found). Otherwise undefined.
 */
export function shareOfSum(
  q: Quantity,
  claim: readonly Quantity[],
  passage: readonly Quantity[],
  claimText: Passage,
  passageText: Passage,
  lex: SupportLexicon,
  locate: (f: Quantity) => [number, number],
): { figures: Quantity[]; share: Quantity } | undefined {
  if (q.kind !== "percent" || passage.length !== 2) return undefined;
  const [whole, part] = passage[0].start < passage[1].start ? passage : [passage[1], passage[0]];
  if (!amount(whole) || !amount(part) || whole.currency !== part.currency || whole.unit !== part.unit)
    return undefined;
  // "about a third of the £19.5 million cost": the claim may name the whole as well.
  if (!claim.every((c) => c === q || (amount(c) && c.low === whole.low && c.currency === whole.currency)))
    return undefined;
  if ((part.low as number) >= (whole.low as number)) return undefined;
  const wholeEnd = locate(whole)[1];
  const [partAt, partEnd] = locate(part);
  if (wholeEnd < 0 || partAt <= wholeEnd || partEnd < partAt) return undefined;
  const between = passageText.keys.slice(wholeEnd + 1, partAt).filter((k) => /^\p{L}/u.test(k));
  if (!lex.sumParts.has(between.join(" "))) return undefined;
  const before = new Set(passageText.keys.slice(0, partAt).map((k) => termOf(k, lex)));
  let payer = false;
  for (let k = partEnd + 1; k < passageText.keys.length && !lex.clauseEnds.has(passageText.keys[k]); k++) {
    const t = termOf(passageText.keys[k], lex);
    if (claimText.terms.has(t) && !before.has(t)) payer = true;
  }
  if (!payer) return undefined;
  const value = Math.round((1000 * (part.low as number)) / (whole.low as number)) / 10;
  return {
    figures: [whole, part],
    share: { ...q, low: value, high: value, approx: true, text: `${value}%` },
  };
}

/** An exact sum of money above zero: what a whole and its part are given in. */
const amount = (f: Quantity) => f.kind === "money" && f.low !== null && f.low === f.high && f.low > 0;
