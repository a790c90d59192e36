import { percent } from "../describe.js";
import { keyEdit, leadFacts } from "../lead.js";
import type { KeyFinding, Report } from "../types.js";
import { editHtml } from "./alignment.js";
import { ids } from "./article.js";
import { esc } from "./escape.js";
import { VOICE_STYLES, voiceStyle } from "./voices.js";

/** Key findings on the first screen; the rest wait behind a toggle. */
const FIRST_SCREEN = 5;

/** Share of sentence characters per legend entry (a speaker inside a document counted apart). */
function voiceShares(report: Report): Map<string, number> {
  const chars = new Map<string, number>(VOICE_STYLES.map((v) => [v.className, 0]));
  let total = 0;
  for (const s of report.sentences) {
    const key = voiceStyle(s.voice).className;
    chars.set(key, (chars.get(key) ?? 0) + s.end - s.start);
    total += s.end - s.start;
  }
  for (const [k, v] of chars) chars.set(k, total ? v / total : 0);
  return chars;
}

/** A stacked bar of shares, labelled for assistive technology. */
function bar(label: string, parts: { className: string; label: string; share: number }[]): string {
  const segs = parts
    .filter((p) => p.share > 0)
    .map((p) => `<span class="${p.className}" style="width:${(p.share * 100).toFixed(2)}%"></span>`)
    .join("");
  const text = parts.map((p) => `${p.label} ${percent(p.share)}`).join(", ");
  return `<div class="bar" role="img" aria-label="${esc(`${label}: ${text}`)}">${segs}</div>`;
}

/**
 * The first screen: four answers with their figures (whose words, how much borrowed, what was
 * changed, what the author adds), then the findings that matter most, ranked by the summary,
 * each with its edit in context and why it matters.
 */
export function renderGlance(report: Report): string {
  const shares = voiceShares(report);
  const voiceBar = bar(
    "Voices",
    VOICE_STYLES.map((v) => ({
      className: v.className,
      label: v.label,
      share: shares.get(v.className) ?? 0,
    })),
  );
  const { summary } = report;
  const reuseBar =
    report.sources.length > 0
      ? bar("Reuse", [
          {
            className: "credited",
            label: "credited",
            share: Math.max(0, summary.reused - summary.unattributedReused),
          },
          { className: "uncredited", label: "without credit", share: summary.unattributedReused },
          { className: "rest", label: "not from a source", share: Math.max(0, 1 - summary.reused) },
        ])
      : "";
  const facts = leadFacts(report).map((f, i) => {
    const extra = i === 0 ? voiceBar : i === 1 ? reuseBar : "";
    return `<div class="fact"><h2>${esc(f.question)}</h2><p class="fig">${esc(f.figure)}</p>${extra}<p class="note">${esc(f.detail)}</p></div>`;
  });
  return `<div class="facts">${facts.join("")}</div>`;
}

/** The ranked key findings: the first five, then the rest behind a toggle. */
export function renderKey(report: Report): string {
  const key = report.summary.key;
  if (key.length === 0) return `<p class="note">No findings.</p>`;
  const item = (k: KeyFinding) => {
    const e = keyEdit(report, k);
    const first = k.findings[0];
    const target = report.findings[first]?.span ? ids.findingMark(first) : ids.finding(first);
    // With an edit to show, the edit says what changed: the kind's label is title enough.
    const title =
      e && (e.old || e.now)
        ? `<a href="#${target}" title="${esc(k.title)}">${esc(k.label)}</a>: <span class="edit">${editHtml(e)}</span>`
        : `<a href="#${target}">${esc(k.title)}</a>`;
    const members =
      k.grouped && k.count > 1
        ? `<details><summary>All ${k.count}</summary><ul>${k.findings
            .map((i) => `<li><a href="#${ids.finding(i)}">${esc(report.findings[i].message)}</a></li>`)
            .join("")}</ul></details>`
        : "";
    // Without an edit the title is one line already: why it matters follows on the same line.
    const why =
      e && (e.old || e.now)
        ? `<p class="why">${esc(k.why)}</p>`
        : ` <span class="why">— ${esc(k.why)}</span>`;
    return e && (e.old || e.now)
      ? `<li class="sec-${esc(k.section)}"><p class="title">${title}</p>${why}${members}</li>`
      : `<li class="sec-${esc(k.section)}"><p class="title">${title}${why}</p>${members}</li>`;
  };
  const top = key.slice(0, FIRST_SCREEN).map(item).join("");
  const rest = key.slice(FIRST_SCREEN);
  const more =
    rest.length > 0
      ? `<details class="more"><summary>${rest.length} more</summary><ol class="key" start="${FIRST_SCREEN + 1}">${rest.map(item).join("")}</ol></details>`
      : "";
  return `<ol class="key">${top}</ol>${more}`;
}

/** The voice legend above the article. */
export function renderLegend(): string {
  const items = VOICE_STYLES.map(
    (v) => `<li><span class="swatch ${v.className}" aria-hidden="true"></span>${esc(v.label)}</li>`,
  );
  items.push(`<li><span class="reuse">reused</span> passage (dashed: not credited)</li>`);
  items.push(`<li><ins>inserted</ins> <del>deleted</del> edits</li>`);
  return `<ul class="legend" aria-label="Legend">${items.join("")}</ul>`;
}
