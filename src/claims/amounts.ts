import { quantityLexicon } from "./lexicon.js";
import type { Quantity } from "./types.js";

/**
 * How far apart two figures in different units may be and still be one amount restated: a
 * conversion is rounded by whoever writes it ("3.2 kilometres" is 1.99 miles, written "two
 * miles"; "40 kilometres" is 24.9 miles, written "25 miles").
 */
export const CONVERTED = 0.05;

/** The size of a canonical unit ("km", "day") in the base unit of its kind, when it has a fixed one. */
export const unitSize = (unit: string): number | undefined => quantityLexicon().unitSizes.get(unit);

const mid = (q: Quantity): number | undefined =>
  q.low === null ? (q.high ?? undefined) : q.high === null ? q.low : (q.low + q.high) / 2;

/**
 * True when two figures measure one kind of thing in units one converts into the other: "six
 * miles" and "six kilometres", "a fortnight" and "ten days". Money in different currencies, and
 * units whose size is not fixed (gallons, degrees), do not convert.
 */
export function convertible(a: Quantity, b: Quantity): boolean {
  if ((a.kind ?? "count") !== (b.kind ?? "count") || !a.unit || !b.unit || a.unit === b.unit) return false;
  return unitSize(a.unit) !== undefined && unitSize(b.unit) !== undefined;
}

/**
 * The figure `q` stated in `unit` (see {@link convertible}), its ends widened by the rounding a
 * conversion is written with ({@link CONVERTED}): "two miles" in kilometres is 3.06 to 3.38, which
 * holds "3.2 kilometres" and not "six kilometres".
 */
export function inUnit(q: Quantity, unit: string): Quantity {
  const from = q.unit ? unitSize(q.unit) : undefined;
  const to = unitSize(unit);
  if (from === undefined || to === undefined || q.unit === unit) return q;
  const f = from / to;
  return {
    ...q,
    unit,
    low: q.low === null ? null : q.low * f * (1 - CONVERTED),
    high: q.high === null ? null : q.high * f * (1 + CONVERTED),
  };
}

/**
 * True when two quantities state one amount, written differently: the same value in the same
 * unit ("£1.2m" and "1.2 million pounds", "a fortnight" and "14 days"), or in units of one kind
 * converted ("3.2 kilometres" and "two miles", within the rounding of a conversion). Amounts in
 * different currencies, dates and bounds against points are never the same.
 */
export function sameAmount(a: Quantity, b: Quantity): boolean {
  if ((a.kind ?? "count") !== (b.kind ?? "count")) return false;
  if (a.kind === "date" || a.kind === "time") return false;
  if ((a.currency ?? "") !== (b.currency ?? "")) return false;
  if ((a.low === null) !== (b.low === null) || (a.high === null) !== (b.high === null)) return false;
  const x = mid(a);
  const y = mid(b);
  if (x === undefined || y === undefined) return false;
  if ((a.unit ?? "") === (b.unit ?? "")) return a.low === b.low && a.high === b.high;
  const sa = a.unit ? unitSize(a.unit) : undefined;
  const sb = b.unit ? unitSize(b.unit) : undefined;
  if (sa === undefined || sb === undefined) return false;
  const [u, v] = [x * sa, y * sb];
  return Math.abs(u - v) <= CONVERTED * Math.max(Math.abs(u), Math.abs(v));
}

/** A figure's amount in the base unit of its kind (metres, seconds; a count or money as it is), for sorting amounts; none for dates. */
export function baseSize(q: Quantity): number | undefined {
  if (q.kind === "date" || q.kind === "time") return undefined;
  const m = mid(q);
  if (m === undefined) return undefined;
  const size = q.unit ? (unitSize(q.unit) ?? 1) : 1;
  return Math.abs(m * size);
}

/**
 * True when `below` stops short of a value ("almost 300", "under 300": no lower end, or an
 * approximate range under it) and `above` passes one as great or greater ("more than 300": no
 * upper end): the same digits, the amounts on either side of them. The trace calls such a change a
 * changed number; support, when both bounds leave their value out, a contradiction.
 */
export function boundsApart(below: Quantity, above: Quantity): boolean {
  if (below.high === null || above.low === null || above.high !== null) return false;
  const short = below.low === null || (below.approx && below.low < below.high);
  return short && above.low >= below.high;
}
