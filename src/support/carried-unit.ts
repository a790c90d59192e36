import type { Quantity } from "../claims/types.js";

/**
 * A difference stated after two sums often leaves the currency to the clause before it: "from 312
 * million to 366 million euros, an overrun of more than 50 million" is 50 million euros, and only
 * so does it compare with the passage's two sums. A bare figure of `own` (no unit, nothing counted)
 * takes the currency of the last sum before it in its sentence (`sentence`); one with no sum
 * before it stays a count.
 */
export function currencyCarried(own: Quantity[], sentence: Quantity[]): Quantity[] {
  return own.map((q) => {
    if ((q.kind ?? "count") !== "count" || q.unit || q.counted) return q;
    const sum = sentence.filter((m) => m.kind === "money" && m.currency && m.end <= q.start).at(-1);
    return sum ? { ...q, kind: sum.kind, unit: sum.unit, currency: sum.currency } : q;
  });
}
