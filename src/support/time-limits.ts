import { monthNames } from "../claims/dates.js";
import type { SupportLexicon } from "./lexicon.js";

/** Keys a date may stand after its limit word: "before the spring of 2029". */
const DATE_REACH = 3;

/** A year as written: "before 2029" (a bare count, "until 50 have left", is no date). */
const YEAR = /^(1[89]|20)\d\d$/;

let months: ReadonlySet<string> | undefined;

/**
 * True when the negator at key `i` sets the earliest time of the act it negates: its clause goes on
 * to a limit word (`timeLimits`: "before", "until") and a date: a year, a month's name or a season's
 * (`seasons`). "The extension will not open before spring 2029" says it opens in spring
 * 2029 or later, not that it never opens: it denies nothing of "is expected to open in spring
 * 2029". A limit on an event ("will not return to talks until Brindle makes a new offer") is left
 * to the negation rules, since whether that event came is no date the rules can compare.
 */
export function timeLimited(keys: readonly string[], i: number, lex: SupportLexicon): boolean {
  months ??= new Set(monthNames());
  for (let k = i + 1; k < keys.length && !lex.clauseEnds.has(keys[k]); k++) {
    if (!lex.timeLimits.has(keys[k])) continue;
    for (let j = k + 1; j <= k + DATE_REACH && j < keys.length; j++) {
      const key = keys[j];
      if (YEAR.test(key) || months.has(key) || lex.seasons.has(key)) return true;
      if (lex.clauseEnds.has(key)) return false;
    }
    return false;
  }
  return false;
}
