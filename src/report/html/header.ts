import { headlineRank, percent } from "../describe.js";
import type { Report } from "../types.js";
import { ids } from "./article.js";
import { esc } from "./escape.js";
import { VOICE_STYLES } from "./voices.js";

/** Share of sentence characters per legend entry (a speaker inside a document counted apart). */
function voiceShares(report: Report): Map<string, number> {
  const chars = new Map<string, number>(VOICE_STYLES.map((v) => [v.className, 0]));
  let total = 0;
  for (const s of report.sentences) {
    const key = s.voice.kind === "speaker" && s.voice.document ? "v-nested" : `v-${s.voice.kind}`;
    chars.set(key, (chars.get(key) ?? 0) + s.end - s.start);
    total += s.end - s.start;
  }
  for (const [k, v] of chars) chars.set(k, total ? v / total : 0);
  return chars;
}

/** A stacked bar of shares; each segment is labelled for assistive technology and on hover. */
function bar(label: string, parts: { className: string; label: string; share: number }[]): string {
  const segs = parts
    .filter((p) => p.share > 0)
    .map(
      (p) =>
        `<span class="${p.className}" style="width:${(p.share * 100).toFixed(2)}%" title="${esc(`${p.label} ${percent(p.share)}`)}"></span>`,
    )
    .join("");
  const text = parts.map((p) => `${p.label} ${percent(p.share)}`).join(", ");
  return `<div class="bar" role="img" aria-label="${esc(`${label}: ${text}`)}">${segs}</div>`;
}

/** The summary header: voice shares, reuse share, and the top findings linked to their place. */
export function renderHeader(report: Report): string {
  const { summary } = report;
  const shares = voiceShares(report);
  const voiceParts = VOICE_STYLES.map((v) => ({
    className: v.className,
    label: v.label,
    share: shares.get(v.className) ?? 0,
  }));
  const voices = `<section aria-labelledby="sum-voices"><h3 id="sum-voices">Whose words</h3>${bar("Voices", voiceParts)}<ul class="shares">${voiceParts
    .map((p) => `<li><span class="s ${p.className}">${esc(p.label)}</span> ${percent(p.share)}</li>`)
    .join("")}</ul></section>`;

  let reuse = "";
  if (report.sources.length > 0) {
    const attributed = Math.max(0, summary.reused - summary.unattributedReused);
    reuse = `<section aria-labelledby="sum-reuse"><h3 id="sum-reuse">Reused from sources</h3>${bar("Reuse", [
      { className: "reused", label: "reused", share: summary.reused },
      { className: "rest", label: "not reused", share: Math.max(0, 1 - summary.reused) },
    ])}<ul class="shares"><li><strong>${percent(summary.reused)}</strong> of the article reused</li><li>attributed ${percent(attributed)}</li><li>unattributed ${percent(summary.unattributedReused)}</li></ul>${summary.coverage
      .map(
        (c) =>
          `<p class="note">${esc(c.source)}: ${percent(c.share)} of the article, ${percent(c.sourceShare)} of the source</p>`,
      )
      .join("")}</section>`;
  }

  const top = report.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => headlineRank(a.f) - headlineRank(b.f) || a.i - b.i)
    .slice(0, 5)
    .map(
      ({ f, i }) =>
        `<li><span class="sev sev-${f.severity}">${f.severity}</span> <a href="#${ids.finding(i)}">${esc(f.message)}</a></li>`,
    );
  const headline = top.length > 0 ? top : summary.headline.map((h) => `<li>${esc(h)}</li>`);
  const findings = `<section aria-labelledby="sum-top"><h3 id="sum-top">Top findings</h3>${
    headline.length > 0 ? `<ul class="top">${headline.join("")}</ul>` : `<p class="note">No findings.</p>`
  }</section>`;
  return `<div class="summary">${voices}${reuse}${findings}</div>`;
}

/** The voice legend above the article. */
export function renderLegend(): string {
  const items = VOICE_STYLES.map(
    (v) =>
      `<li><span class="s ${v.className}">${esc(v.label)}</span> <span class="note">${esc(v.meaning)}</span></li>`,
  );
  items.push(
    `<li><span class="reuse">reused</span> <span class="note">passage found in a source (green box; dashed when not attributed)</span></li>`,
  );
  items.push(`<li><ins>inserted</ins> <del>deleted</del> <span class="note">word-level edits</span></li>`);
  return `<ul class="legend" aria-label="Legend">${items.join("")}</ul>`;
}
