import { voiceLabel } from "../../core/voice.js";
import { clip, isOmission, sentenceAt, similarityLabel, sourceText } from "../describe.js";
import type { Report } from "../types.js";
import { esc } from "./escape.js";
import { type Mark, nestPieces, type Point } from "./nest.js";
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
 * The article, paragraph by paragraph, compact: each paragraph carries its voices as a band in
 * the margin (one segment per run of sentences in one voice, named beside it when it is not the
 * author's), not a box per sentence. Reused passages are links to their side-by-side view (one
 * tab stop each), edits strong marks, source text the article omitted a collapsed note in place,
 * and each finding a numbered marker.
 */
export function renderArticle(report: Report): string {
  return [...articlePieces(report)].join("");
}

/** {@link renderArticle} block by block, to write one after the other. */
export function* articlePieces(report: Report): Generator<string> {
  const text = report.article.text;
  const layers: Mark[][] = [
    sentenceMarks(report),
    citationMarks(report),
    reuseMarks(report),
    editMarks(report),
  ];
  const points = [...omissionPoints(report), ...findingPoints(report)].sort((a, b) => a.at - b.at);
  let cursor = 0;
  let sentence = 0;
  const blocks =
    report.article.paragraphs.length > 0
      ? report.article.paragraphs
      : [{ start: 0, end: text.length, kind: "paragraph" as const }];
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i];
    const next = blocks[i + 1];
    // A point between two blocks belongs to the block before it (points are sorted).
    const mine: Point[] = [];
    while (cursor < points.length && (!next || points[cursor].at < next.start)) mine.push(points[cursor++]);
    // The sentences of this block, for its band: sentences are sorted, so one cursor serves all.
    while (sentence < report.sentences.length && report.sentences[sentence].end <= p.start) sentence++;
    const runs: { style: ReturnType<typeof voiceStyle>; label: string; chars: number }[] = [];
    for (let k = sentence; k < report.sentences.length && report.sentences[k].start < p.end; k++) {
      const s = report.sentences[k];
      const style = voiceStyle(s.voice);
      const label = voiceLabel(s.voice);
      const chars = Math.min(s.end, p.end) - Math.max(s.start, p.start);
      const last = runs[runs.length - 1];
      if (last && last.label === label) last.chars += chars;
      else runs.push({ style, label, chars });
    }
    const band = runs
      .map((r) => `<i class="${r.style.className}" style="flex-grow:${Math.max(1, r.chars)}"></i>`)
      .join("");
    const names = [...new Set(runs.filter((r) => r.style.className !== "v-author").map((r) => r.label))];
    const voice = names.length
      ? `<span class="who">${esc(clip(names.join(" · "), 90))}</span>`
      : `<span class="who sr">author</span>`;
    const tag = p.kind === "heading" ? "h3" : p.kind === "blockquote" ? "blockquote" : "div";
    const cls = `para k-${p.kind}`;
    yield `${i > 0 ? "\n" : ""}<div class="${cls}"><span class="band" aria-hidden="true">${band}</span>${voice}<${tag} class="body">`;
    // The block's text sentence by sentence: one block of a long text can be megabytes of HTML.
    yield* nestPieces(
      text,
      p.start,
      p.end,
      layers,
      mine.map((pt) => ({ ...pt, at: Math.min(pt.at, p.end) })),
    );
    yield `</${tag}></div>`;
  }
}

// Sentences are link targets (findings and claims point at them), not tab stops; their voice
// class draws nothing by itself (the band does) but lets a page filter voices.
function sentenceMarks(report: Report): Mark[] {
  return report.sentences.map((s, i) => {
    const cls = `s ${voiceStyle(s.voice).className}`;
    return {
      start: s.start,
      end: s.end,
      open: (first) => (first ? `<span class="${cls}" id="${ids.sentence(i)}">` : `<span class="${cls}">`),
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
    const credit = m.attributed === false ? "not credited" : m.attributed ? "credited" : "credit unknown";
    const label = `Passage ${i + 1}: ${m.kind} from ${m.source.id}, ${similarityLabel(m)} similar, ${m.edits.length} edit${m.edits.length === 1 ? "" : "s"}, ${credit}`;
    const cls = `reuse k-${m.kind}${m.attributed === false ? " unattributed" : ""}`;
    return {
      start: m.article.start,
      end: m.article.end,
      open: (first) =>
        first
          ? `<a class="${cls}" id="${ids.use(i)}" href="#${ids.match(i)}" title="${esc(label)}"><sup>${i + 1}</sup>`
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
      const id = k === 0 ? ` id="${ids.findingMark(i)}"` : "";
      points.push({
        at,
        html: `<details class="omitted"${id}><summary>Omitted from ${esc(ev.id)}</summary><del>${esc(omitted.replace(/\s+/g, " "))}</del></details>`,
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
