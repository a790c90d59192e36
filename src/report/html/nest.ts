import { firstEndingAfter, firstKeyAtOrAfter } from "../../text/search.js";
import { esc } from "./escape.js";

/** One marked range of a layer: its HTML open and close tags, given how it was clipped. */
export interface Mark {
  start: number;
  end: number;
  /** Opening tag(s); `first` is false on the pieces after the first when a range is split. */
  open(first: boolean): string;
  close: string;
}

/** HTML emitted at a point of the text (a footnote marker, an omitted passage). */
export interface Point {
  at: number;
  html: string;
}

/**
 * Render `text[start, end)` with layers of marks nested in order (layer 0 outermost). Marks of
 * one layer must not overlap (later overlapping ones are dropped); a mark of an inner layer that
 * crosses an outer mark's edge is split into pieces, so the HTML always nests. Each point is
 * emitted once, at the innermost place its offset falls (a point at `end` closes the range).
 */
export function nest(
  text: string,
  start: number,
  end: number,
  layers: Mark[][],
  points: Point[] = [],
): string {
  return [...nestPieces(text, start, end, layers, points)].join("");
}

/**
 * {@link nest} in pieces, one per mark of the outermost layer (and per stretch between them), to
 * write one after the other: a paragraph of a long text with no blank line in it can be tens of
 * megabytes of HTML, which as one string (and the strings it is joined from) filled the memory.
 */
export function* nestPieces(
  text: string,
  start: number,
  end: number,
  layers: Mark[][],
  points: Point[] = [],
): Generator<string> {
  const sortedPoints = [...points].sort((a, b) => a.at - b.at);
  const prepared = layers.map(prepare);
  if (prepared.length === 0) yield leaf(text, start, end, sortedPoints);
  else {
    const marks = prepared[0];
    let at = start;
    for (let k = firstEndingAfter(marks, start); k < marks.length && marks[k].start < end; k++) {
      const m = marks[k];
      const s = Math.max(m.start, start);
      const e = Math.min(m.end, end);
      if (s > at) yield walk(text, at, s, prepared, 1, sortedPoints);
      yield marked(text, m, s, e, walk(text, s, e, prepared, 1, sortedPoints));
      at = e;
    }
    if (at < end) yield walk(text, at, end, prepared, 1, sortedPoints);
  }
  for (const p of sortedPoints) if (p.at >= end) yield p.html;
}

// A caller rendering a long text block by block passes the same layer arrays each time: sort
// them once.
const prepared = new WeakMap<Mark[], Mark[]>();
function prepare(marks: Mark[]): Mark[] {
  let kept = prepared.get(marks);
  if (!kept) {
    kept = disjoint(marks);
    prepared.set(marks, kept);
  }
  return kept;
}

function disjoint(marks: Mark[]): Mark[] {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const m of sorted) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

const firstPointAt = (points: Point[], at: number): number => firstKeyAtOrAfter(points, at, (p) => p.at);

function walk(
  text: string,
  start: number,
  end: number,
  layers: Mark[][],
  depth: number,
  points: Point[],
): string {
  if (depth === layers.length) return leaf(text, start, end, points);
  let out = "";
  let at = start;
  const marks = layers[depth];
  for (let k = firstEndingAfter(marks, start); k < marks.length && marks[k].start < end; k++) {
    const m = marks[k];
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (s > at) out += walk(text, at, s, layers, depth + 1, points);
    out += marked(text, m, s, e, walk(text, s, e, layers, depth + 1, points));
    at = e;
  }
  if (at < end) out += walk(text, at, end, layers, depth + 1, points);
  return out;
}

// Mark `m` around `inner`, the HTML of `text[s, e)`. A continuation piece that is only the space
// between two outer marks stays unmarked: a box or link around a lone space reads as noise.
function marked(text: string, m: Mark, s: number, e: number, inner: string): string {
  return s !== m.start && text.slice(s, e).trim() === "" ? inner : m.open(s === m.start) + inner + m.close;
}

function leaf(text: string, start: number, end: number, points: Point[]): string {
  let out = "";
  let at = start;
  for (let k = firstPointAt(points, start); k < points.length && points[k].at < end; k++) {
    out += esc(text.slice(at, points[k].at)) + points[k].html;
    at = points[k].at;
  }
  return out + esc(text.slice(at, end));
}
