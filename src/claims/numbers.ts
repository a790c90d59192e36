import { quantityLexicon } from "./lexicon.js";
import type { TokenView } from "./tokens.js";

/** A number read from tokens: its value and the index of the token after it. */
export interface ParsedNumber {
  value: number;
  next: number;
  /** True when written with a scale word or abbreviation ("1.2 million", "5bn", "six hundred"). */
  scaled: boolean;
  /** The largest scale word applied (1 when none): 1e6 for "1.2 million". */
  scale: number;
}

/** Value of a numeral token as written: "4,000" → 4000, "3.5" → 3.5; null for times ("3:30"). */
export function numeralValue(raw: string): number | null {
  if (raw.includes(":")) return null;
  const clean = raw.replace(/[\u00A0\u202F]/g, ",");
  // A comma followed by exactly three digits groups thousands; otherwise it is not one number.
  if (/,/.test(clean) && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(clean)) return null;
  const value = Number(clean.replace(/,/g, ""));
  return Number.isFinite(value) ? value : null;
}

/**
 * Read a number at token `i`: digits with an optional scale ("4,000", "1.2 million", "$5bn"),
 * or number words ("six", "twenty-one", "two hundred and fifty", "a dozen", "half a million").
 */
export function parseNumber(v: TokenView, i: number): ParsedNumber | null {
  return v.kind(i) === "number" ? parseDigits(v, i) : parseWords(v, i);
}

function parseDigits(v: TokenView, i: number): ParsedNumber | null {
  const value = numeralValue(v.raw(i));
  if (value === null) return null;
  return applyScale(v, i + 1, value, 1);
}

// "1.2 million", "1.2m", "5bn", "two dozen".
function applyScale(v: TokenView, next: number, value: number, scale: number): ParsedNumber {
  const lex = quantityLexicon().numbers;
  const k = v.key(next);
  const factor = lex.scales[k] ?? lex.counts[k];
  if (factor !== undefined && k !== "couple" && k !== "pair") {
    return applyScale(v, next + 1, value * factor, Math.max(scale, factor));
  }
  const abbr = lex.scaleAbbreviations[perPeriod(k) ?? k];
  if (abbr !== undefined && v.glued(next - 1))
    return { value: value * abbr, next: next + 1, scaled: true, scale: Math.max(scale, abbr) };
  return { value, next, scaled: scale > 1, scale };
}

/**
 * The scale abbreviation of a rate written as one word with it ("£2m-a-year", "5bn-a-year"): the
 * amount is the £2m, as in "£2m a year", where the period is no part of the figure either.
 */
function perPeriod(key: string): string | undefined {
  const m = /^([a-z]+)-(?:a|an|per)-([a-z]+)$/.exec(key);
  return m && quantityLexicon().units.get(m[2])?.kind === "duration" ? m[1] : undefined;
}

/** The value of one number word ("six", "twenty-one"), or undefined. */
export function wordValue(key: string): number | undefined {
  const lex = quantityLexicon().numbers;
  const direct = lex.units[key] ?? lex.tens[key];
  if (direct !== undefined) return direct;
  // "twenty-one", "forty-five"; asked of most words, so a word with no hyphen is not split.
  if (!key.includes("-")) return undefined;
  const parts = key.split("-");
  if (
    parts.length === 2 &&
    lex.tens[parts[0]] !== undefined &&
    lex.units[parts[1]] !== undefined &&
    lex.units[parts[1]] < 10
  ) {
    return lex.tens[parts[0]] + lex.units[parts[1]];
  }
  return undefined;
}

function parseWords(v: TokenView, i: number): ParsedNumber | null {
  const lex = quantityLexicon().numbers;
  const k = v.key(i);
  // "half a million", "a quarter of a million"
  const fraction = lex.fractions[k === "a" || k === "an" ? v.key(i + 1) : k];
  if (fraction !== undefined) {
    let j = k === "a" || k === "an" ? i + 2 : i + 1;
    if (v.key(j) === "of") j++;
    if (v.key(j) === "a" || v.key(j) === "an") j++;
    const scale = lex.scales[v.key(j)] ?? lex.counts[v.key(j)];
    if (scale !== undefined && v.key(j) !== "couple")
      return { value: fraction * scale, next: j + 1, scaled: true, scale };
    return null;
  }
  // "a dozen", "a hundred", "a million"; "a hundred and fifty", "a thousand and one" go on as
  // number words with "a" standing for one.
  if (k === "a" || k === "an") {
    const next = v.key(i + 1);
    const scale = lex.scales[next] ?? (next === "dozen" ? 12 : undefined);
    if (scale === undefined) return null;
    if (scale >= 100 && v.key(i + 2) === "and" && wordValue(v.key(i + 3)) !== undefined)
      return numberWords(v, i + 1, 1);
    return applyScale(v, i + 2, scale, scale);
  }
  return numberWords(v, i, 0);
}

// Number words from token `i` ("two hundred and fifty", "twenty-one thousand"), `current`
// already counted (1 after "a" in "a hundred and fifty").
function numberWords(v: TokenView, i: number, start: number): ParsedNumber | null {
  const lex = quantityLexicon().numbers;
  let total = 0;
  let current = start;
  let j = i;
  let seen = start > 0;
  let maxScale = 1;
  while (j < v.to) {
    const key = v.key(j);
    const w = wordValue(key);
    if (w !== undefined) {
      // "twenty one" adds; "one two" is not one number
      if (seen && current % 100 !== 0 && !(current % 10 === 0 && current % 100 >= 20 && w < 10)) break;
      current += w;
      seen = true;
      j++;
      continue;
    }
    if (!seen) return null;
    if (key === "hundred") {
      current = (current || 1) * 100;
      maxScale = Math.max(maxScale, 100);
      j++;
      if (v.key(j) === "and" && wordValue(v.key(j + 1)) !== undefined) j++;
      continue;
    }
    const scale = lex.scales[key];
    if (scale !== undefined && scale >= 1000) {
      total += (current || 1) * scale;
      current = 0;
      maxScale = Math.max(maxScale, scale);
      j++;
      if (v.key(j) === "and" && wordValue(v.key(j + 1)) !== undefined) j++;
      continue;
    }
    if (key === "dozen") {
      current *= 12;
      maxScale = Math.max(maxScale, 12);
      j++;
      continue;
    }
    break;
  }
  if (!seen) return null;
  return { value: total + current, next: j, scaled: maxScale > 1, scale: maxScale };
}
