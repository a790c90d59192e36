import type { SourceSpan } from "../../core/span.js";
import type { Match } from "../../trace/types.js";
import { editSegments, type Omitted, omissionIndex, similarityLabel, sourceText } from "../describe.js";
import { type EditInContext, segmentInContext } from "../lead.js";
import type { Report } from "../types.js";
import { ids } from "./article.js";
import { esc } from "./escape.js";
import { nest } from "./nest.js";

/** Characters of source context shown on each side of a passage, cut at a paragraph edge. */
const CONTEXT = 160;
/** Words of context shown on each side of an edit in the collapsed view. */
const EDIT_CONTEXT = 6;

/**
 * The reused passages. A passage with edits shows only its edits, each with a few words of
 * context (source words struck through, the article's in strong marks), and keeps the whole
 * side-by-side view, paragraph breaks included, behind a "show" toggle; passages copied word for
 * word are one collapsed list. Every passage keeps its id, so the article's links reach it.
 * In pieces, passage by passage.
 */
export function* alignmentPieces(report: Report): Generator<string> {
  const near = omissionIndex(report);
  const { matches } = report;
  const edited = matches.filter((m) => m.edits.length > 0).length;
  const same = matches.length - edited;
  if (edited > 0)
    yield `<p class="legend-edits"><del>struck through</del>: the source's words the article dropped or replaced · <ins>marked</ins>: words the article put in · <span class="ctx">grey</span>: unchanged context</p>`;
  // Passage by passage: the passages of a long pair are tens of megabytes of HTML.
  let first = true;
  for (let i = 0; i < matches.length; i++)
    if (matches[i].edits.length > 0) {
      yield `${first ? "" : "\n"}${renderEdited(report, matches[i], i, near)}`;
      first = false;
    }
  if (same === 0) return;
  yield `<details class="verbatim"><summary>${same} passage${same === 1 ? "" : "s"} reproduced word for word</summary>`;
  first = true;
  for (let i = 0; i < matches.length; i++)
    if (matches[i].edits.length === 0) {
      yield `${first ? "" : "\n"}${renderSame(report, matches[i], i, near)}`;
      first = false;
    }
  yield "</details>";
}

/** An edit in context as HTML: muted context, the source's words struck, the article's marked. */
export function editHtml(e: EditInContext): string {
  const old = e.old ? `<del>${esc(e.old)}</del>` : "";
  const now = e.now ? `<ins>${esc(e.now)}</ins>` : "";
  return `<span class="ctx">${esc(e.before)}</span>${old}${old && now ? " " : ""}${now}<span class="ctx">${esc(e.after)}</span>`;
}

function heading(m: Match, i: number): string {
  const credit = m.attributed === false ? "not credited" : m.attributed ? "credited" : "";
  return `Passage ${i + 1}: ${m.kind}, ${similarityLabel(m)} similar${credit ? `, ${credit}` : ""}`;
}

function renderEdited(report: Report, m: Match, i: number, near: (m: Match) => Omitted[]): string {
  const items: string[] = [];
  for (const seg of editSegments(m)) {
    if (seg.kind !== "edit") continue;
    const e = segmentInContext(report, m, seg, EDIT_CONTEXT);
    const what = seg.edit.note && seg.edit.note !== "word" ? seg.edit.note : seg.edit.op;
    items.push(`<li><span class="what">${esc(what)}</span> ${editHtml(e)}</li>`);
  }
  return `<section class="match" id="${ids.match(i)}" aria-labelledby="${ids.match(i)}-h">
<h3 id="${ids.match(i)}-h">${esc(heading(m, i))} <a class="back" href="#${ids.use(i)}">in the article</a></h3>
<ul class="edits">${items.join("")}</ul>
<details><summary>Whole passage side by side</summary>${sideBySide(report, m, near)}</details>
</section>`;
}

function renderSame(report: Report, m: Match, i: number, near: (m: Match) => Omitted[]): string {
  return `<section class="match" id="${ids.match(i)}" aria-labelledby="${ids.match(i)}-h">
<h3 id="${ids.match(i)}-h">${esc(heading(m, i))} <a class="back" href="#${ids.use(i)}">in the article</a></h3>
${sideBySide(report, m, near)}
</section>`;
}

function sideBySide(report: Report, m: Match, near: (m: Match) => Omitted[]): string {
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
    const note = seg.edit.note ? ` title="${esc(`${seg.edit.op} (${seg.edit.note})`)}"` : "";
    if (s) left += `<del${note}>${s}</del>`;
    if (a) right += `<ins${note}>${a}</ins>`;
  }
  const { before, after } = surroundings(near, m, source);
  return `<div class="sbs">
<div><h4>Source: ${esc(m.source.id)} [${m.source.start}, ${m.source.end})</h4>${paragraphs(`${before}${left}${after}`)}</div>
<div><h4>Article [${m.article.start}, ${m.article.end})</h4>${paragraphs(right)}</div>
</div>`;
}

// Paragraph breaks inside a passage stay visible. Breaks, not <p> elements: an edit or the
// muted context may run across a break, and a <br> nests inside them where a <p> cannot.
const paragraphs = (html: string): string => html.replace(/\n{2,}/g, "<br><br>");

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
    open: () => `<span class="omitted-src" role="note"><b>omitted by the article:</b> <del>`,
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
