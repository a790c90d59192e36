import { voiceLabel } from "../../core/voice.js";
import { isOmission, sentenceAt, sourceText } from "../describe.js";
import type { Report } from "../types.js";
import { esc } from "./escape.js";
import { type Mark, nest, type Point } from "./nest.js";
import { voiceStyle } from "./voices.js";

/** Fragment ids shared by the sections that link to each other. */
export const ids = {
  sentence: (i: number) => `s-${i + 1}`,
  match: (i: number) => `match-${i + 1}`,
  use: (i: number) => `use-${i + 1}`,
  finding: (i: number) => `finding-${i + 1}`,
  findingMark: (i: number) => `f-${i + 1}`,
  citation: (i: number) => `cite-${i + 1}`,
};

/**
 * The article, paragraph by paragraph: every sentence a focusable span coloured by its voice
 * (tooltip: the voice), reused passages boxed and linked to their side-by-side view, edits
 * marked, source passages the article omitted shown in place, and numbered finding markers.
 */
export function renderArticle(report: Report): string {
  const text = report.article.text;
  const layers: Mark[][] = [
    sentenceMarks(report),
    citationMarks(report),
    reuseMarks(report),
    editMarks(report),
  ];
  const points = [...omissionPoints(report), ...findingPoints(report)].sort((a, b) => a.at - b.at);
  const out: string[] = [];
  let list = false;
  let cursor = 0;
  const blocks =
    report.article.paragraphs.length > 0
      ? report.article.paragraphs
      : [{ start: 0, end: text.length, kind: "paragraph" as const }];
  blocks.forEach((p, i) => {
    const next = blocks[i + 1];
    // A point between two blocks belongs to the block before it (points are sorted).
    const mine: Point[] = [];
    while (cursor < points.length && (!next || points[cursor].at < next.start)) mine.push(points[cursor++]);
    const inner = nest(
      text,
      p.start,
      p.end,
      layers,
      mine.map((pt) => ({ ...pt, at: Math.min(pt.at, p.end) })),
    );
    if (p.kind === "list-item" && !list) out.push("<ul>");
    if (p.kind !== "list-item" && list) out.push("</ul>");
    list = p.kind === "list-item";
    if (p.kind === "heading") out.push(`<h3>${inner}</h3>`);
    else if (p.kind === "blockquote") out.push(`<blockquote><p>${inner}</p></blockquote>`);
    else if (p.kind === "list-item") out.push(`<li>${inner}</li>`);
    else if (p.kind === "elision") out.push(`<p class="elision">${inner}</p>`);
    else out.push(`<p>${inner}</p>`);
  });
  if (list) out.push("</ul>");
  return out.join("\n");
}

function sentenceMarks(report: Report): Mark[] {
  return report.sentences.map((s, i) => {
    const style = voiceStyle(s.voice);
    const id = ids.sentence(i);
    const tip = `Sentence ${i + 1} · ${voiceLabel(s.voice)}`;
    return {
      start: s.start,
      end: s.end,
      // A sentence split across blocks keeps its id and tooltip on the first piece only.
      open: (first) =>
        first
          ? `<span class="s ${style.className}" id="${id}" tabindex="0" aria-describedby="${id}-tip"><span class="tip" role="tooltip" id="${id}-tip">${esc(tip)}</span>`
          : `<span class="s ${style.className}">`,
      close: "</span>",
    };
  });
}

// Where the article names a source: a target for the list of cited sources to link back to.
function citationMarks(report: Report): Mark[] {
  return report.citations.map((c, i) => ({
    start: c.start,
    end: c.end,
    open: (first) =>
      first ? `<span class="cite" id="${ids.citation(i)}" tabindex="-1">` : `<span class="cite">`,
    close: "</span>",
  }));
}

function reuseMarks(report: Report): Mark[] {
  return report.matches.map((m, i) => {
    const attributed =
      m.attributed === false ? "not attributed" : m.attributed ? "attributed" : "attribution unknown";
    const tip = `Passage ${i + 1}: ${m.kind} from ${m.source.id} (${Math.round(m.similarity * 100)}% similar, ${m.edits.length} edit${m.edits.length === 1 ? "" : "s"}, ${attributed}). Open the side-by-side view.`;
    const cls = `reuse k-${m.kind}${m.attributed === false ? " unattributed" : ""}`;
    return {
      start: m.article.start,
      end: m.article.end,
      open: (first) =>
        first
          ? `<a class="${cls}" id="${ids.use(i)}" href="#${ids.match(i)}" aria-describedby="${ids.use(i)}-tip"><span class="tip" role="tooltip" id="${ids.use(i)}-tip">${esc(tip)}</span><sup aria-hidden="true">${i + 1}</sup>`
          : `<a class="${cls}" href="#${ids.match(i)}" tabindex="-1">`,
      close: "</a>",
    };
  });
}

function editMarks(report: Report): Mark[] {
  const marks: Mark[] = [];
  for (const m of report.matches) {
    for (const e of m.edits) {
      if (!e.article || e.op === "delete") continue;
      const note = e.note ? ` (${e.note})` : "";
      marks.push({
        start: e.article.start,
        end: e.article.end,
        open: () => `<ins title="${esc(`${e.op}${note}`)}">`,
        close: "</ins>",
      });
    }
  }
  return marks;
}

// An omitted source passage is shown where the article dropped it: after the sentence holding
// the end of the finding's span.
function omissionPoints(report: Report): Point[] {
  const points: Point[] = [];
  report.findings.forEach((f, i) => {
    if (!isOmission(f) || !f.span) return;
    const position = f.span.end;
    const s = sentenceAt(report, Math.max(0, position - 1));
    const at = s >= 0 ? Math.max(position, report.sentences[s].end) : position;
    (f.evidence ?? []).forEach((ev, k) => {
      const omitted = sourceText(report, ev.id).slice(ev.start, ev.end);
      if (!omitted) return;
      const id = k === 0 ? ` id="${ids.findingMark(i)}" tabindex="-1"` : "";
      points.push({
        at,
        html: ` <span class="omitted" role="note"${id}><b>Omitted from ${esc(ev.id)}:</b> <del>${esc(omitted.replace(/\s+/g, " "))}</del></span>`,
      });
    });
  });
  return points;
}

function findingPoints(report: Report): Point[] {
  const points: Point[] = [];
  report.findings.forEach((f, i) => {
    if (!f.span || isOmission(f)) return;
    points.push({
      at: f.span.end,
      html: `<sup class="fn"><a class="sev-${f.severity}" id="${ids.findingMark(i)}" href="#${ids.finding(i)}" aria-label="${esc(`finding ${i + 1}, ${f.severity}: ${f.message}`)}">${i + 1}</a></sup>`,
    });
  });
  return points;
}
