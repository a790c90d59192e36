import { voiceLabel, whoLabel } from "../../core/voice.js";
import type { Finding } from "../../rules.js";
import { clip, quantityValue, sentenceAt, sourceText } from "../describe.js";
import type { Report } from "../types.js";
import { ids } from "./article.js";
import { esc } from "./escape.js";
import { renderUnits, statusBadge } from "./support.js";

/** A table cell: HTML, or HTML with options. */
type Cell = string | { html: string; header?: boolean; rowspan?: number; className?: string };

/**
 * A table that scrolls sideways when it must and, on a phone, stacks each row into a card whose
 * cells carry their column name (`data-label`, shown by the stylesheet). Row by row, as `rows`
 * makes them: a long article's tables are tens of megabytes of HTML, never one string.
 */
function* table(caption: string, columns: string[], rows: Iterable<Cell[]>): Generator<string> {
  const head = columns.map((c) => `<th scope="col">${esc(c)}</th>`).join("");
  yield `<div class="table-wrap"><table class="stack"><caption class="sr">${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>`;
  for (const row of rows) {
    // A rowspan cell of an earlier row shifts the labels of the rows it spans.
    const offset = columns.length - row.length;
    const cells = row.map((cell, k) => {
      const c = typeof cell === "string" ? { html: cell } : cell;
      const label = ` data-label="${esc(columns[k + offset] ?? "")}"`;
      const attrs = `${label}${c.rowspan ? ` rowspan="${c.rowspan}"` : ""}${c.className ? ` class="${c.className}"` : ""}`;
      return c.header ? `<th scope="rowgroup"${attrs}>${c.html}</th>` : `<td${attrs}>${c.html}</td>`;
    });
    yield `<tr>${cells.join("")}</tr>`;
  }
  yield "</tbody></table></div>";
}

/** Each of `items` made a row (or an item) when its turn comes, not all of them at once. */
function* each<T, U>(items: readonly T[], f: (item: T, i: number) => U): Generator<U> {
  for (let i = 0; i < items.length; i++) yield f(items[i], i);
}

/** A link to the sentence holding `at`, labelled with the text of `[start, end)`. */
function spanLink(report: Report, start: number, end: number, max = 140): string {
  const text = esc(clip(report.article.text.slice(start, end), max));
  const s = sentenceAt(report, start);
  return s >= 0 ? `<a href="#${ids.sentence(s)}">${text}</a>` : text;
}

/** Author's claims shown before "show all". */
const CLAIMS_SHOWN = 8;

function supportCell(report: Report, c: Report["claims"][number]): string {
  if (!c.support) return `<span class="note">not rated</span>`;
  // A claim no passage says keeps the closest passage, which speaks only of its topic: labelled
  // so, it is not read as the evidence of a rating.
  const closest = c.support.status === "not-found" ? "closest passage, on the topic only: " : "";
  const evidence = c.support.evidence
    .map((e) => ({ e, text: sourceText(report, e.id).slice(e.start, e.end).trim() }))
    .filter(({ text }) => text.length > 0)
    .map(
      ({ e, text }) =>
        `<br>${closest ? `<span class="note">${closest}</span>` : ""}<q>${esc(clip(text, 120))}</q> <span class="note">(${esc(e.id === report.article.id ? "quoted in the article" : e.id)})</span>`,
    )
    .join("");
  return `${statusBadge(c.support)} ${esc(c.support.reason)}${evidence}${renderUnits(report, c.support, true)}`;
}

/**
 * What the author adds: the check-worthy claims in the author's own voice, in text order, with
 * whether a source supports them; the first few shown, the rest and the claims of quoted voices
 * behind toggles. In pieces, item by item and row by row.
 */
export function* claimsPieces(report: Report): Generator<string> {
  const own = report.claims.filter((c) => c.checkworthy && c.voice.kind === "author");
  // One line each: the claim and its rating; the reasons and evidence are on the cards above and
  // in the table of all claims.
  const item = (c: Report["claims"][number]) =>
    `<li>${spanLink(report, c.start, c.end, 160)} ${
      c.support ? statusBadge(c.support) : `<span class="note">not rated</span>`
    }${c.support ? renderUnits(report, c.support) : ""}</li>`;
  yield own.length
    ? `<ol class="claims">${own.slice(0, CLAIMS_SHOWN).map(item).join("")}</ol>`
    : `<p class="note">No check-worthy claim in the author's own voice.</p>`;
  if (own.length > CLAIMS_SHOWN) {
    yield `<details><summary>${own.length - CLAIMS_SHOWN} more of the author's claims</summary><ol class="claims" start="${CLAIMS_SHOWN + 1}">`;
    yield* each(own.slice(CLAIMS_SHOWN), item);
    yield "</ol></details>";
  }
  const others = report.claims.filter((c) => !(c.checkworthy && c.voice.kind === "author"));
  if (others.length === 0) return;
  const rows = each(others, (c) => [
    spanLink(report, c.start, c.end, 200),
    esc(voiceLabel(c.voice)),
    esc(c.features.join(", ")),
    { html: `${c.checkworthy ? "yes" : "no"} · ${c.score.toFixed(2)}`, className: "num" },
    supportCell(report, c),
  ]);
  yield `<details><summary>${others.length} other claim${others.length === 1 ? "" : "s"} (quoted voices, or not check-worthy)</summary>`;
  yield* table(
    "Other claims",
    ["claim", "voice", "why", "check-worthy · score", "support in the sources"],
    rows,
  );
  yield "</details>";
}

/** Quantities about the same thing lined up across voices and sources, one row per value, in pieces. */
export function comparisonsPieces(report: Report): Generator<string> {
  return table(
    "Quantities compared",
    ["what", "as written", "normalized", "who says it"],
    comparisonRows(report),
  );
}

function* comparisonRows(report: Report): Generator<Cell[]> {
  for (const c of report.comparisons) {
    const qs = c.quantities.map((i) => report.quantities[i]).filter(Boolean);
    const verdict = c.agree
      ? `<span class="agree">✓ agree</span>`
      : `<span class="disagree">✗ disagree</span>`;
    for (let k = 0; k < qs.length; k++) {
      const q = qs[k];
      const text = q.source ? `<q>${esc(q.text)}</q>` : spanLink(report, q.start, q.end);
      const row: Cell[] = [text, { html: esc(quantityValue(q)), className: "num" }, esc(whoLabel(q))];
      if (k === 0) {
        const topic = `${esc(c.topic)}<br>${verdict}${c.note ? `<br><span class="note">${esc(c.note)}</span>` : ""}`;
        row.unshift({ html: topic, header: true, rowspan: qs.length });
      }
      yield row;
    }
  }
}

/** Every quantity found, in text order, in pieces. */
export function quantitiesPieces(report: Report): Generator<string> {
  const rows = each(report.quantities, (q): Cell[] => {
    const text = q.source ? `<q>${esc(q.text)}</q>` : spanLink(report, q.start, q.end);
    return [text, { html: esc(quantityValue(q)), className: "num" }, esc(whoLabel(q))];
  });
  return table("All quantities", ["as written", "normalized", "who says it"], rows);
}

/** Quotations with their speakers, in pieces. */
export function quotesPieces(report: Report): Generator<string> {
  const rows = each(report.quotes, (q): Cell[] => {
    const who = q.speaker ? (q.speaker.name ?? q.speaker.description ?? "") : "";
    return [spanLink(report, q.start, q.end, 160), esc(q.kind), esc(who)];
  });
  return table("Quotes", ["quote", "kind", "speaker"], rows);
}

/** The documents the article names as its sources, in pieces. */
export function* citationsPieces(report: Report): Generator<string> {
  yield "<ul>";
  yield* each(report.citations, (c, i) => {
    const parts = [
      c.title ? `<cite>${esc(c.title)}</cite>` : "",
      c.authors.length ? esc(c.authors.join(", ")) : "",
      c.outlet ? esc(c.outlet) : "",
    ].filter(Boolean);
    const traced = c.source
      ? ` <span class="note">(given as source ${esc(c.source)})</span>`
      : ` <span class="note">(not among the given sources)</span>`;
    return `<li>${parts.join(" · ") || esc(clip(report.article.text.slice(c.start, c.end), 140))}${traced} <a href="#${ids.citation(i)}">where the article cites it</a></li>`;
  });
  yield "</ul>";
}

/**
 * Every finding, in text order and numbered 1, 2, 3… as the article's markers are, each linked to
 * its place in the article; in pieces.
 */
export function* findingsPieces(report: Report): Generator<string> {
  yield '<ol class="findings">';
  yield* each(report.findings, (f, i) => `<li id="${ids.finding(i)}">${findingLine(report, f, i)}</li>`);
  yield "</ol>";
}

/** One finding: severity label, message, rule id, the article text it is about and its evidence. */
export function findingLine(report: Report, f: Finding, i: number): string {
  const at = f.span ? report.article.text.slice(f.span.start, f.span.end).trim() : "";
  const where = f.span
    ? ` <a href="#${ids.findingMark(i)}">${at ? `at <q>${esc(clip(at, 90))}</q>` : "in the article"}</a>`
    : "";
  // Evidence with no text (an empty span, a source the report lacks) is left out, never shown as "".
  const evidence = (f.evidence ?? [])
    .map((e) => ({ e, text: sourceText(report, e.id).slice(e.start, e.end).trim() }))
    .filter(({ text }) => text.length > 0)
    .map(({ e, text }) => `<br><span class="note">source ${esc(e.id)}:</span> <q>${esc(clip(text, 140))}</q>`)
    .join("");
  return `<span class="sev sev-${f.severity}">${f.severity}</span> ${esc(f.message)} <code>${esc(f.ruleId)}</code>${where}${evidence}`;
}
