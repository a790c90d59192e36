import type { Quantity } from "../claims/types.js";
import type { SourceSpan, Span } from "../core/span.js";
import type { Finding } from "../rules.js";
import { firstKeyAtOrAfter, itemContaining } from "../text/search.js";
import type { Edit, Match } from "../trace/types.js";
import type { Report } from "./types.js";

/**
 * A passage's similarity as a whole percentage, never "100%" when it has an edit: rounding must
 * not hide a change.
 */
export function similarityLabel(match: Match): string {
  const p = Math.round(match.similarity * 100);
  return `${match.edits.length > 0 ? Math.min(p, 99) : p}%`;
}

/** A share as a percentage with one decimal. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** Text shortened to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A stretch of a reused passage: unchanged text, or one edit, with its spans on both sides. */
export type EditSegment =
  | { kind: "same"; article: Span; source: Span }
  | { kind: "edit"; edit: Edit; article: Span; source: Span };

/**
 * Walk a match's article and source passages in step, edit by edit. Between edits the two sides
 * are the same text (up to typographic folding), so an edit that lacks a span on one side (a
 * deletion has no article span, an insertion no source span) is placed at the empty point the
 * other side's offset projects to. The segments cover both passages without gaps or overlaps.
 */
export function editSegments(match: Match): EditSegment[] {
  const aStart = match.article.start;
  const sStart = match.source.start;
  const ordered = [...match.edits].sort((x, y) => {
    if (x.article && y.article && x.article.start !== y.article.start)
      return x.article.start - y.article.start;
    if (x.source && y.source && x.source.start !== y.source.start) return x.source.start - y.source.start;
    return relative(x, aStart, sStart) - relative(y, aStart, sStart);
  });
  const out: EditSegment[] = [];
  let a = aStart;
  let s = sStart;
  for (const edit of ordered) {
    const aPos = clamp(edit.article?.start ?? a + ((edit.source?.start ?? s) - s), a, match.article.end);
    const sPos = clamp(edit.source?.start ?? s + ((edit.article?.start ?? a) - a), s, match.source.end);
    if (aPos > a || sPos > s)
      out.push({ kind: "same", article: { start: a, end: aPos }, source: { start: s, end: sPos } });
    const aEnd = clamp(edit.article?.end ?? aPos, aPos, match.article.end);
    const sEnd = clamp(edit.source?.end ?? sPos, sPos, match.source.end);
    out.push({ kind: "edit", edit, article: { start: aPos, end: aEnd }, source: { start: sPos, end: sEnd } });
    a = aEnd;
    s = sEnd;
  }
  if (a < match.article.end || s < match.source.end) {
    out.push({
      kind: "same",
      article: { start: a, end: match.article.end },
      source: { start: s, end: match.source.end },
    });
  }
  return out;
}

const relative = (e: Edit, aStart: number, sStart: number): number =>
  e.article ? e.article.start - aStart : e.source ? e.source.start - sStart : 0;
const clamp = (x: number, lo: number, hi: number): number => Math.min(Math.max(x, lo), Math.max(lo, hi));

/** The text of the source document a match or span names, or "" when the report lacks it. */
export function sourceText(report: Report, id: string): string {
  if (id === report.article.id) return report.article.text;
  return report.sources.find((s) => s.id === id)?.text ?? "";
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** How {@link inlineEdits} marks the two kinds of change. */
export interface EditMarks {
  del(text: string): string;
  ins(text: string): string;
  /** How unchanged text is written, e.g. escaped for the output syntax (default: as it is). */
  same?(text: string): string;
}

/** The wdiff notation: `[-old-]{+new+}`. */
export const WDIFF: EditMarks = { del: (s) => `[-${s}-]`, ins: (s) => `{+${s}+}` };

/**
 * A reused passage as the article has it, with each edit inline: the source's words marked by
 * `mark.del`, the article's by `mark.ins` (default: wdiff notation, `[-old-]{+new+}`).
 */
export function inlineEdits(report: Report, match: Match, mark: EditMarks = WDIFF): string {
  const article = report.article.text;
  const source = sourceText(report, match.source.id);
  const flat = (s: string) => s.replace(/\s+/g, " ");
  let out = "";
  for (const seg of editSegments(match)) {
    if (seg.kind === "same") {
      const same = flat(article.slice(seg.article.start, seg.article.end));
      out += mark.same ? mark.same(same) : same;
      continue;
    }
    const old = flat(source.slice(seg.source.start, seg.source.end)).trim();
    const now = flat(article.slice(seg.article.start, seg.article.end));
    // A pure deletion between two words of the article would glue to them: space it off.
    const glued = (a: string, b: string) => WORD_END.test(a) && WORD_START.test(b);
    if (old && !now && glued(article.slice(seg.article.start - 1, seg.article.start), old)) out += " ";
    if (old) out += mark.del(old);
    if (now) out += mark.ins(now);
    if (old && !now && glued(old, article.slice(seg.article.end, seg.article.end + 1))) out += " ";
  }
  return out;
}

// One formatter for all: toLocaleString builds a new one per call, a hundred times slower.
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

// Words that read the same for one and many: never inflected.
const INVARIANT = new Set(["percent", "per cent", "sheep", "people", "staff", "police", "series", "species"]);

/**
 * A counted noun or unit agreeing with its number: "1 story", "6 hours", "2 shipping lines"
 * (the last word inflects). Counted nouns come from the text, already plural, so they are only
 * made singular for one; units are canonical singulars ("hour"), so they are only made plural.
 * Abbreviations ("km", "%") and invariant words are left as they are.
 */
export function inflect(noun: string, one: boolean, kind: "counted" | "unit" = "counted"): string {
  const m = /^(.*?)([A-Za-z]+)$/.exec(noun);
  if (!m || m[2].length < 3 || INVARIANT.has(noun.toLowerCase()) || INVARIANT.has(m[2].toLowerCase()))
    return noun;
  const [, head, word] = m;
  if (one && kind === "counted") return head + singular(word);
  if (!one && kind === "unit") return head + pluralOf(word);
  return noun;
}

function singular(w: string): string {
  if (/[^aeiou]ies$/i.test(w)) return `${w.slice(0, -3)}y`;
  if (/(ch|sh|ss|x|z)es$/i.test(w)) return w.slice(0, -2);
  if (/[^su]s$/i.test(w)) return w.slice(0, -1);
  return w;
}

function pluralOf(w: string): string {
  if (/s$/i.test(w)) return w;
  if (/[^aeiou]y$/i.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(ch|sh|x|z)$/i.test(w)) return `${w}es`;
  return `${w}s`;
}

/** A quantity's normalized value in words: "2,700–3,300 percent (approx.)", "6 hours", "1 story". */
export function quantityValue(q: Quantity): string {
  if (q.date) return q.date;
  const n = (x: number | null) => (x === null ? "?" : NUMBER.format(x));
  let value = q.low === q.high ? n(q.low) : `${n(q.low)}–${n(q.high)}`;
  if (q.currency) value = `${q.currency} ${value}`;
  const one = q.low === 1 && q.high === 1;
  if (q.unit) value += ` ${inflect(q.unit, one, "unit")}`;
  else if (q.counted) value += ` ${inflect(q.counted, one)}`;
  const flags = [q.approx ? "approx." : "", q.vague ? "vague" : ""].filter(Boolean);
  return flags.length ? `${value} (${flags.join(", ")})` : value;
}

/** True for findings about source text the article left out (rule ids ending in "omission"). */
export const isOmission = (f: Finding): boolean =>
  /omission$/.test(f.ruleId) && (f.evidence?.length ?? 0) > 0;

/** Index of the sentence holding offset `at`, or -1. */
export const sentenceAt = (report: Report, at: number): number => itemContaining(report.sentences, at);

/** An omission finding and the source passage it says the article left out. */
export interface Omitted {
  finding: Finding;
  index: number;
  evidence: SourceSpan;
}

/**
 * A look-up of the omission findings beside a match (whose article span touches the match's),
 * built once per report: sorted by start and searched, so many matches cost O(n log n).
 */
export function omissionIndex(report: Report): (match: Match) => Omitted[] {
  const list = report.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => isOmission(finding) && finding.span)
    .sort((a, b) => (a.finding.span?.start ?? 0) - (b.finding.span?.start ?? 0));
  const longest = list.reduce(
    (n, { finding: f }) => Math.max(n, (f.span?.end ?? 0) - (f.span?.start ?? 0)),
    0,
  );
  return (match) => {
    // Offsets are integers: the first finding starting after the match's end.
    const lo = firstKeyAtOrAfter(list, match.article.end + 1, (x) => x.finding.span?.start ?? 0);
    const out: Omitted[] = [];
    for (let k = lo - 1; k >= 0; k--) {
      const span = list[k].finding.span;
      if (!span || span.start < match.article.start - longest) break;
      if (span.end < match.article.start) continue;
      for (const evidence of list[k].finding.evidence ?? [])
        out.push({ finding: list[k].finding, index: list[k].index, evidence });
    }
    return out.reverse();
  };
}
