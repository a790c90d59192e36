import type { SourceSpan } from "../../core/span.js";
import type { Match } from "../../trace/types.js";
import { editSegments, type Omitted, omissionIndex, sourceText } from "../describe.js";
import type { Report } from "../types.js";
import { ids } from "./article.js";
import { esc } from "./escape.js";
import { nest } from "./nest.js";

/** Characters of source context shown on each side of a passage, cut at a sentence edge. */
const CONTEXT = 160;

/**
 * One section per reused passage: the source passage and the article's copy side by side, with
 * deleted and replaced source words in `<del>`, inserted and replacing article words in `<ins>`,
 * a little source context, the source text the article omitted next to it, and the edit list.
 */
export function renderAlignments(report: Report): string {
  const near = omissionIndex(report);
  return report.matches.map((m, i) => renderMatch(report, m, i, near)).join("\n");
}

function renderMatch(report: Report, m: Match, i: number, near: (m: Match) => Omitted[]): string {
  const article = report.article.text;
  const source = sourceText(report, m.source.id);
  let left = "";
  let right = "";
  for (const seg of editSegments(m)) {
    const a = esc(article.slice(seg.article.start, seg.article.end));
    const s = esc(source.slice(seg.source.start, seg.source.end));
    if (seg.kind === "same") {
      left += s;
      right += a;
      continue;
    }
    const note = seg.edit.note
      ? ` data-note="${esc(seg.edit.note)}" title="${esc(`${seg.edit.op} (${seg.edit.note})`)}"`
      : "";
    if (s) left += `<del${note}>${s}</del>`;
    if (a) right += `<ins${note}>${a}</ins>`;
  }
  const { before, after } = surroundings(near, m, source);
  const attributed = m.attributed === false ? "not attributed" : m.attributed ? "attributed" : "";
  const heading = `Passage ${i + 1}: ${m.kind}<span class="badge">${Math.round(m.similarity * 100)}% similar</span>${attributed ? `<span class="badge">${attributed}</span>` : ""}`;
  return `<section class="match" id="${ids.match(i)}" aria-labelledby="${ids.match(i)}-h" tabindex="-1">
<h3 id="${ids.match(i)}-h">${heading}</h3>
<div class="sbs">
<div><h4>Source: ${esc(m.source.id)} [${m.source.start}, ${m.source.end})</h4>${breaks(`${before}${left}${after}`)}</div>
<div><h4>Article [${m.article.start}, ${m.article.end})</h4>${breaks(right)}</div>
</div>
${editList(report, m)}
<p class="note"><a href="#${ids.use(i)}">Back to the passage in the article</a></p>
</section>`;
}

// Paragraph breaks inside a passage stay visible; escaped HTML holds no other newlines that matter.
const breaks = (html: string): string => html.replace(/\n{2,}/g, "<br><br>");

/**
 * The source text around a passage: up to CONTEXT characters each side, stopping at a paragraph
 * break, muted; source text the article omitted next to the passage (omission findings whose
 * article span touches the match) is shown there, marked, whether or not it falls in the context.
 */
function surroundings(
  near: (m: Match) => Omitted[],
  m: Match,
  source: string,
): { before: string; after: string } {
  const omitted = near(m)
    .map((o) => o.evidence)
    .filter((ev) => ev.id === m.source.id && ev.end > ev.start);
  omitted.sort((a, b) => a.start - b.start);
  const pre = omitted.filter((o) => o.end <= m.source.start);
  const post = omitted.filter((o) => o.start >= m.source.end);
  let from = Math.max(0, m.source.start - CONTEXT);
  const paraStart = source.lastIndexOf("\n\n", m.source.start - 1);
  if (paraStart >= from) from = paraStart + 2;
  from = Math.min(from, pre[0]?.start ?? from);
  let to = Math.min(source.length, m.source.end + CONTEXT);
  const paraEnd = source.indexOf("\n\n", m.source.end);
  if (paraEnd >= 0 && paraEnd <= to) to = paraEnd;
  to = Math.max(to, post[post.length - 1]?.end ?? to);
  const mark = (span: SourceSpan) => ({
    start: span.start,
    end: span.end,
    open: () => `<span class="omitted" role="note"><b>omitted by the article:</b> <del>`,
    close: "</del></span>",
  });
  const side = (start: number, end: number, marks: SourceSpan[]) => {
    if (end <= start) return "";
    // An ellipsis says the context was cut inside a paragraph.
    const head = start === from && start > 0 && source[start - 1] !== "\n" ? "…" : "";
    const tail = end === to && end < source.length && source[end] !== "\n" ? "…" : "";
    const cut = head + nest(source, start, end, [marks.map(mark)]) + tail;
    return `<span class="ctx">${cut}</span>`;
  };
  return { before: side(from, m.source.start, pre), after: side(m.source.end, to, post) };
}

function editList(report: Report, m: Match): string {
  if (m.edits.length === 0) return `<p class="note">No word changed (typographic differences ignored).</p>`;
  const source = sourceText(report, m.source.id);
  const items = editSegments(m)
    .filter((seg) => seg.kind === "edit")
    .map((seg) => {
      if (seg.kind !== "edit") return "";
      const old = source.slice(seg.source.start, seg.source.end);
      const now = report.article.text.slice(seg.article.start, seg.article.end);
      const what = `${seg.edit.op}${seg.edit.note ? ` (${seg.edit.note})` : ""}`;
      const change = [old ? `<del>${esc(old)}</del>` : "", now ? `<ins>${esc(now)}</ins>` : ""]
        .filter(Boolean)
        .join(" → ");
      return `<li><strong>${esc(what)}</strong>: ${change}</li>`;
    });
  return `<ol class="edits" aria-label="Edits">${items.join("")}</ol>`;
}
