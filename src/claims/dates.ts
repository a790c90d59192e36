import { loadData } from "../data.js";
import { quantityLexicon } from "./lexicon.js";
import type { TokenView } from "./tokens.js";

interface DatesFile {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  relative: Record<string, number>;
  monthCues: string[];
  yearCues: string[];
  relativePeriods: Record<string, number>;
}

/** A date or time read from tokens. */
export interface ParsedDate {
  next: number;
  kind: "date" | "time";
  /** ISO 8601: "2017-10-12", "2017-10", "2017", "--10-12" (no year known), "T15:30"; absent when unresolvable. */
  date?: string;
}

let lex: (DatesFile & { monthCueSet: Set<string>; yearCueSet: Set<string> }) | undefined;
function dates() {
  if (!lex) {
    const d = loadData<DatesFile>("quantities-dates.json");
    lex = { ...d, monthCueSet: new Set(d.monthCues), yearCueSet: new Set(d.yearCues) };
  }
  return lex;
}

/** The months' full names ("january", not "jan"): of each month's keys, the longest. */
export function monthNames(): string[] {
  const full = new Map<number, string>();
  for (const [name, month] of Object.entries(dates().months))
    if (name.length > (full.get(month)?.length ?? 0)) full.set(month, name);
  return [...full.values()];
}

/** The word a decade opens with ("the 1990s"), and only before its number. */
export const DECADE_OPENER = "the";

/** Words a date can start with: month, weekday and relative-day names, and {@link DECADE_OPENER}. */
export function dateStarters(): string[] {
  const d = dates();
  return [
    ...Object.keys(d.months),
    ...Object.keys(d.weekdays),
    ...Object.keys(d.relative),
    ...Object.keys(d.relativePeriods),
    DECADE_OPENER,
  ];
}

const pad = (n: number) => String(n).padStart(2, "0");
const ORDINAL = new Set(["st", "nd", "rd", "th"]);
const MS_PER_DAY = 86_400_000;

// "last year", "this month", "next year" relative to the article date.
function shiftPeriod(ref: Date, unit: string, offset: number): string {
  if (unit === "year") return String(ref.getUTCFullYear() + offset);
  const m = ref.getUTCFullYear() * 12 + ref.getUTCMonth() + offset;
  return `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
}

/** The article's date as a UTC day, when `iso` starts with YYYY-MM-DD. */
export function articleDay(iso: string | undefined): Date | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

// A year-less date takes the year that puts it closest to the article date: "12 December" in a
// January article is last December, "7 November" in a September article is this November.
function closestYear(month: number, day: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - ref.getTime());
  return [y - 1, y, y + 1].reduce((best, c) => (distance(c) < distance(best) ? c : best), y);
}

function resolveDay(month: number, day: number, year: number | undefined, ref: Date | undefined): string {
  if (year !== undefined) return `${year}-${pad(month)}-${pad(day)}`;
  if (!ref) return `--${pad(month)}-${pad(day)}`;
  return `${closestYear(month, day, ref)}-${pad(month)}-${pad(day)}`;
}

function resolveMonth(month: number, year: number | undefined, ref: Date | undefined): string {
  if (year !== undefined) return `${year}-${pad(month)}`;
  if (!ref) return `--${pad(month)}`;
  return `${closestYear(month, 15, ref)}-${pad(month)}`;
}

function dayAt(v: TokenView, i: number): { day: number; next: number } | null {
  if (v.kind(i) !== "number" || !/^\d{1,2}$/.test(v.raw(i))) return null;
  const day = Number(v.raw(i));
  if (day < 1 || day > 31) return null;
  const next = v.glued(i) && ORDINAL.has(v.key(i + 1)) ? i + 2 : i + 1;
  return { day, next };
}

function yearAt(v: TokenView, i: number): number | undefined {
  if (v.kind(i) !== "number" || !/^\d{4}$/.test(v.raw(i))) return undefined;
  const y = Number(v.raw(i));
  return y >= 1000 && y <= 2100 ? y : undefined;
}

function monthAt(v: TokenView, i: number): number | undefined {
  return v.kind(i) === "word" && v.capitalized(i) ? dates().months[v.key(i)] : undefined;
}

// ", 2017", " 2017" or " of 2017" after a day or month.
function optionalYear(v: TokenView, i: number): { year?: number; next: number } {
  const j = v.key(i) === "," || v.key(i) === "of" ? i + 1 : i;
  const year = yearAt(v, j);
  return year === undefined ? { next: i } : { year, next: j + 1 };
}

/**
 * Read a date or time at token `i`: "12 October", "October 12, 2017", "10 October 2017",
 * "in May", "May 2017", "on Monday", "yesterday", "in 2017", "3:30pm", "10 a.m.". Year-less and
 * relative dates resolve against `ref`, the article's date, when it is known.
 */
export function parseDate(v: TokenView, i: number, ref: Date | undefined): ParsedDate | null {
  const d = dates();
  const key = v.key(i);
  const weekday = v.capitalized(i) ? d.weekdays[key] : undefined;
  if (weekday !== undefined) {
    // "Monday 12 October" is the explicit date.
    const explicit = parseDate(v, v.key(i + 1) === "," ? i + 2 : i + 1, ref);
    if (explicit && explicit.kind === "date" && explicit.date && /-\d{2}-\d{2}$/.test(explicit.date))
      return explicit;
    if (!ref) return { next: i + 1, kind: "date" };
    // The most recent such weekday on or before the article date.
    const back = (ref.getUTCDay() - weekday + 7) % 7;
    return { next: i + 1, kind: "date", date: isoDay(new Date(ref.getTime() - back * MS_PER_DAY)) };
  }
  const offset = d.relative[key];
  if (offset !== undefined) {
    return ref
      ? { next: i + 1, kind: "date", date: isoDay(new Date(ref.getTime() + offset * MS_PER_DAY)) }
      : { next: i + 1, kind: "date" };
  }
  const period = d.relativePeriods[key];
  if (period !== undefined && (v.key(i + 1) === "year" || v.key(i + 1) === "month")) {
    return { next: i + 2, kind: "date", date: ref ? shiftPeriod(ref, v.key(i + 1), period) : undefined };
  }
  // "the 1990s": a decade, ISO 8601 reduced precision "199".
  if (
    key === DECADE_OPENER &&
    v.kind(i + 1) === "number" &&
    /^1[89]\d0$|^20\d0$/.test(v.raw(i + 1)) &&
    v.glued(i + 1) &&
    v.key(i + 2) === "s"
  ) {
    return { next: i + 3, kind: "date", date: v.raw(i + 1).slice(0, 3) };
  }
  const day = dayAt(v, i);
  if (day) {
    const m = v.key(day.next) === "of" ? day.next + 1 : day.next;
    const month = monthAt(v, m);
    if (month !== undefined) {
      const y = optionalYear(v, m + 1);
      return { next: y.next, kind: "date", date: resolveDay(month, day.day, y.year, ref) };
    }
  }
  const month = monthAt(v, i);
  if (month !== undefined) {
    // "Oct. 1": an abbreviated month's full stop sits between month and day.
    const abbreviated = v.key(i + 1) === "." && v.glued(i) && dayAt(v, i + 2) !== null;
    if (abbreviated) i++;
    const after = dayAt(v, i + 1);
    if (after && yearAt(v, i + 1) === undefined) {
      const y = optionalYear(v, after.next);
      return { next: y.next, kind: "date", date: resolveDay(month, after.day, y.year, ref) };
    }
    const y = optionalYear(v, i + 1);
    if (y.year !== undefined) return { next: y.next, kind: "date", date: resolveMonth(month, y.year, ref) };
    // A lone month name needs a cue: "in May" (not "may"), "since March".
    if (d.monthCueSet.has(v.key(i - 1)) && (key !== "may" || v.raw(i) === "May")) {
      return { next: i + 1, kind: "date", date: resolveMonth(month, undefined, ref) };
    }
    return null;
  }
  const time = parseTime(v, i);
  if (time) return time;
  const seasonEnd = yearSpanEnd(v, i);
  if (seasonEnd !== undefined) return { next: seasonEnd, kind: "date" };
  const year = yearAt(v, i);
  if (year !== undefined && d.yearCueSet.has(v.key(i - 1)) && !countsSomething(v, i + 1)) {
    return { next: i + 1, kind: "date", date: String(year) };
  }
  // "Routes 2015: 118", "2015: ferry ordered": a year before a colon labels a row of a fact box or
  // an entry of a timeline; 2,015 routes would be written with its count after the label.
  if (year !== undefined && year >= MIN_LABEL_YEAR && v.key(i + 1) === ":") {
    return { next: i + 1, kind: "date", date: String(year) };
  }
  return null;
}

// "2025-26", "2024-2025", "2019/20": a season or a financial year written as two calendar years
// joined by a dash or slash. One date that names no single year to compare, never a year and a
// count ("26" is not 26 of anything); a longer span ("2019-2025") likewise.
function yearSpanEnd(v: TokenView, i: number): number | undefined {
  const start = yearAt(v, i);
  const sep = v.key(i + 1);
  if (start === undefined || !YEAR_JOINERS.has(sep) || !v.glued(i) || !v.glued(i + 1)) return undefined;
  const end = v.raw(i + 2);
  if (/^\d{2}$/.test(end) && Number(end) === (start + 1) % 100) return i + 3;
  const year = yearAt(v, i + 2);
  return year !== undefined && year > start && year - start <= MAX_YEAR_SPAN ? i + 3 : undefined;
}

const YEAR_JOINERS = new Set(["-", "\u2013", "/"]);
// A four-digit label before a colon is read as a year only from here on: "Routes 1066:" is rarer
// than a count, and fact boxes give recent years.
const MIN_LABEL_YEAR = 1900;
const MAX_YEAR_SPAN = 50;

function countsSomething(v: TokenView, i: number): boolean {
  const k = v.key(i);
  if (v.kind(i) !== "word") return false;
  const lex = quantityLexicon();
  return !lex.stop.has(k) && !v.capitalized(i) && (k.endsWith("s") || lex.units.has(k) || lex.groupOf.has(k));
}

// "10am", "10 a.m.", "3:30pm", "15:30", and the British "2.40am", "8.15pm" (a dot between hour
// and minutes only with am/pm: "2.40" alone is a decimal).
function parseTime(v: TokenView, i: number): ParsedDate | null {
  if (v.kind(i) !== "number") return null;
  const raw = v.raw(i);
  const m = /^(\d{1,2})(?:([:.])(\d{2}))?$/.exec(raw);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[3] ? Number(m[3]) : 0;
  let j = i + 1;
  let meridiem: string | undefined;
  const k = v.key(j);
  if (k === "am" || k === "pm") {
    meridiem = k;
    j++;
  } else if ((k === "a" || k === "p") && v.key(j + 1) === "." && v.key(j + 2) === "m") {
    meridiem = `${k}m`;
    j += v.key(j + 3) === "." && v.glued(j + 2) ? 4 : 3;
  }
  if (!meridiem && m[2] !== ":") return null;
  if (meridiem && hour > 12) return null;
  // "Jeremiah 1:18", "Article 3:2": a reference after a name, not a clock time.
  if (!meridiem && v.nameLike(i - 1)) return null;
  if (hour > 24 || minute > 59) return null;
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  return { next: j, kind: "time", date: `T${pad(hour)}:${pad(minute)}` };
}
