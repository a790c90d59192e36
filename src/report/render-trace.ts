import type { Document } from "../text/document.js";
import type { TraceResult } from "../trace/index.js";
import type { Edit, Match } from "../trace/types.js";
import { escapeTerminal, terminalSafe } from "./escape.js";
import { ansiStyle, markedStyle, type Style } from "./style.js";

/** Options of {@link renderTrace}. */
export interface TraceViewOptions {
  /** Total width of a side-by-side row in characters, kept between 40 and 1000 (default: 120). */
  width?: number;
  /** Mark edits with ANSI styles instead of {+ +} and {- -} (default: false). */
  color?: boolean;
}

/**
 * The terminal view of a trace: each reused passage side by side (article left, source right),
 * cut into rows at every edit so that the two sides of an edit face each other, then the
 * omissions and the coverage per source. A pure function of its inputs.
 */
export function renderTrace(
  articleDoc: Document,
  sourceDocs: Document[],
  traced: TraceResult,
  options: TraceViewOptions = {},
): string {
  // Input text is bound for a terminal: its control characters become U+FFFD, one for one, so
  // every span still holds; the view's own marks are added after.
  const safe = (d: Document): Document => ({ ...d, id: escapeTerminal(d.id), text: escapeTerminal(d.text) });
  const article = safe(articleDoc);
  const sources = sourceDocs.map(safe);
  const result = terminalSafe(traced);
  // Bounded: a huge width would pad every row into a string longer than V8 allows.
  const width = Math.min(1000, Math.max(40, options.width ?? 120));
  const column = Math.floor((width - 3) / 2);
  const mark = options.color ? ansiStyle : markedStyle;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const out: string[] = [];
  result.matches.forEach((m, i) => {
    const source = byId.get(m.source.id);
    if (!source) return;
    const attributed = m.attributed === undefined ? "" : m.attributed ? ", attributed" : ", not attributed";
    out.push(
      `#${i + 1} article ${m.article.start}-${m.article.end}  <->  ${m.source.id} ${m.source.start}-${m.source.end}  ${m.kind}, similarity ${m.similarity}${attributed}`,
    );
    for (const [left, right] of blocks(m, article, source, mark)) {
      const l = wrap(left, column);
      const r = wrap(right, column);
      for (let k = 0; k < Math.max(l.length, r.length); k++)
        out.push(`${pad(l[k] ?? "", column)} | ${r[k] ?? ""}`.trimEnd());
    }
    for (const e of m.edits)
      if (e.note && e.note !== "word")
        out.push(
          mark.dim(`  ${e.op} (${e.note}): "${textOf(article, e.article)}" <- "${textOf(source, e.source)}"`),
        );
    out.push("");
  });
  if (result.matches.length === 0) out.push("No reused passages found.", "");
  const omissions = result.findings.filter((f) => f.ruleId === "trace/omission");
  if (omissions.length > 0) {
    out.push("Skipped source passages:");
    for (const f of omissions) out.push(`  - ${f.message}`);
    out.push("");
  }
  for (const c of result.coverage) {
    out.push(
      `${c.source}: ${Math.round(c.share * 100)}% of the article reused (${c.verbatimChars} chars verbatim, ${c.editedChars} edited); ${Math.round(c.sourceShare * 100)}% of the source used`,
    );
  }
  return `${out.join("\n")}\n`;
}

const textOf = (doc: Document, span: { start: number; end: number } | undefined): string =>
  span ? doc.text.slice(span.start, span.end).replace(/\s+/g, " ") : "";

// Pairs of (article, source) text, one per edit: the unchanged text before it and the edit.
function blocks(m: Match, article: Document, source: Document, mark: Style): [string, string][] {
  const rows: [string, string][] = [];
  let a = m.article.start;
  let s = m.source.start;
  const edits: Edit[] = [...m.edits].sort((x, y) => (x.article?.start ?? 0) - (y.article?.start ?? 0));
  for (const e of edits) {
    const ea = e.article ?? { start: a, end: a };
    const es = e.source ?? { start: s, end: s };
    const left =
      article.text.slice(a, ea.start) +
      (ea.end > ea.start ? mark.ins(article.text.slice(ea.start, ea.end)) : "");
    const right =
      source.text.slice(s, es.start) +
      (es.end > es.start ? mark.del(source.text.slice(es.start, es.end)) : "");
    rows.push([left, right]);
    a = Math.max(a, ea.end);
    s = Math.max(s, es.end);
  }
  rows.push([article.text.slice(a, m.article.end), source.text.slice(s, m.source.end)]);
  // A row of punctuation only (the stop after an edit) joins the row before it.
  const merged: [string, string][] = [];
  for (const [l, r] of rows) {
    const last = merged[merged.length - 1];
    if (last && !/[\p{L}\p{N}]/u.test(l + r)) {
      last[0] += l;
      last[1] += r;
    } else if (l.trim() !== "" || r.trim() !== "") merged.push([l, r]);
  }
  return merged;
}

// ANSI escapes take no room on screen.
const visible = (s: string): number => s.replace(/\u001b\[[0-9;]*m/g, "").length;
const pad = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - visible(s)));

// Greedy word wrap; whitespace (line breaks too) collapses to single spaces.
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = "";
    }
    let w = word;
    while (visible(w) > width && !w.includes("\u001b")) {
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}
