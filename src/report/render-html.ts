import { clip } from "./describe.js";
import { alignmentPieces } from "./html/alignment.js";
import { articlePieces } from "./html/article.js";
import { CSS } from "./html/css.js";
import { esc } from "./html/escape.js";
import { renderGlance, renderKey, renderLegend } from "./html/header.js";
import { SCRIPT } from "./html/script.js";
import { supportPieces, supportTitle } from "./html/support.js";
import {
  citationsPieces,
  claimsPieces,
  comparisonsPieces,
  findingsPieces,
  quantitiesPieces,
  quotesPieces,
} from "./html/tables.js";
import { plural } from "./lead.js";
import { coalesce } from "./lines.js";
import { rhetoricCheckLines, techniqueName } from "./rhetoric-checks.js";
import type { Report } from "./types.js";

/** Options of {@link renderHtml} for a page served rather than saved. */
export interface HtmlOptions {
  /**
   * A Content-Security-Policy nonce for the inline style and script, so a server can send a
   * policy without 'unsafe-inline' (default: none; the page's own policy then allows its inline
   * style and script, and nothing else).
   */
  nonce?: string;
  /** Trusted HTML placed first in the body, such as a server's toolbar (default: none). */
  prepend?: string;
}

/**
 * The report as one self-contained HTML page: styles and the small script inline, no external
 * request of any kind. The first screen answers whose words, how much was borrowed, what was
 * changed and what the author adds, then lists the findings that matter most; the edits, the
 * article by voice, the author's own claims and the figures follow, and everything else waits
 * behind toggles. Headings go h1, h2, h3 in order. Every piece of text from the report is
 * HTML-escaped.
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  return [...htmlPieces(report, options)].join("");
}

/**
 * {@link renderHtml} in pieces of about 64 KB to write one after the other: the same page, never
 * one string; each section is rendered when its turn comes, the article block by block.
 */
export function htmlPieces(report: Report, options: HtmlOptions = {}): Iterable<string> {
  return coalesce(pagePieces(report, options));
}

function* pagePieces(report: Report, options: HtmlOptions): Generator<string> {
  const nonce = options.nonce ? ` nonce="${esc(options.nonce)}"` : "";
  const { article } = report;
  const title = article.title ?? article.location ?? article.id;
  const meta = [article.byline, article.siteName, article.date].filter(Boolean).map((m) => esc(String(m)));
  // Each section's body is rendered when the page reaches it.
  const sections: { id: string; title: string; body: () => Iterable<string> }[] = [];
  const one = (render: () => string) => () => [render()];
  sections.push({ id: "key", title: "What matters most", body: one(() => renderKey(report)) });
  // What the sources do not back comes next: the assertion gap, then overreach and contradiction.
  // The section is there when it has a card: its first piece, rendered now, says so.
  const support = supportPieces(report);
  const firstCard = support.next();
  if (!firstCard.done)
    sections.push({
      id: "support",
      title: supportTitle(report),
      body: function* () {
        yield firstCard.value;
        yield* support;
      },
    });
  if (report.matches.some((m) => m.edits.length > 0) || report.matches.length > 0)
    sections.push({
      id: "passages",
      title: "What was changed, passage by passage",
      body: () => alignmentPieces(report),
    });
  sections.push({
    id: "article",
    title: "The article, by voice",
    body: function* () {
      yield `${renderLegend()}<div class="article">`;
      yield* articlePieces(report);
      yield "</div>";
    },
  });
  sections.push({ id: "claims", title: "The author's own claims", body: () => claimsPieces(report) });
  // Figures get a section of their own only when some disagree; otherwise they wait below.
  // Each a toggle opened by its summary, its body rendered piece by piece when the page reaches it.
  const more: (() => Iterable<string>)[] = [];
  const toggle = (open: string, body: () => Iterable<string>) =>
    function* () {
      yield open;
      yield* body();
      yield "</details>";
    };
  if (report.comparisons.some((c) => !c.agree))
    sections.push({
      id: "figures",
      title: "Figures that disagree",
      body: () => comparisonsPieces(report),
    });
  else if (report.comparisons.length > 0)
    more.push(
      toggle(
        `<details><summary>Figures lined up across voices (${report.comparisons.length}, all agree)</summary>`,
        () => comparisonsPieces(report),
      ),
    );
  if (report.quantities.length > 0)
    more.push(
      toggle(`<details><summary>All figures (${report.quantities.length})</summary>`, () =>
        quantitiesPieces(report),
      ),
    );
  if (report.citations.length > 0)
    more.push(
      toggle(`<details><summary>Sources the article cites (${report.citations.length})</summary>`, () =>
        citationsPieces(report),
      ),
    );
  if (report.quotes.length > 0)
    more.push(
      toggle(`<details><summary>Quotes (${report.quotes.length})</summary>`, () => quotesPieces(report)),
    );
  if (report.findings.length > 0)
    more.push(
      toggle(`<details id="all-findings"><summary>All findings (${report.findings.length})</summary>`, () =>
        findingsPieces(report),
      ),
    );
  // Said even with no rhetoric finding: an empty list means nothing for a technique never checked.
  // The toggle's own line names the techniques, so the list is read without opening it.
  const checks = rhetoricCheckLines(report);
  if (report.rhetoric && checks.length > 0) {
    const names = report.rhetoric.checked.map(techniqueName).join(", ") || "none by default";
    more.push(() => [
      `<details id="rhetoric-checked"><summary>Rhetoric checked: ${esc(names)}</summary>${checks.map((l) => `<p class="note">${esc(l)}</p>`).join("")}</details>`,
    ]);
  }
  if (more.length > 0)
    sections.push({
      id: "more",
      title: "Everything else",
      body: function* () {
        for (let i = 0; i < more.length; i++) {
          if (i > 0) yield "\n";
          yield* more[i]();
        }
      },
    });

  const sources = report.sources
    .map((s) => (s.title ? `<cite>${esc(clip(s.title, 90))}</cite> (${esc(s.id)})` : esc(s.id)))
    .join(", ");
  yield `<!doctype html>
<html lang="${esc(article.lang ?? "en")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.nonce ? "" : `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`}
<meta name="generator" content="${esc(`${report.generator.name} ${report.generator.version}`)}">
<title>${esc(`${title} · sourcetrace report`)}</title>
<style${nonce}>${CSS}</style>
</head>
<body>
${options.prepend ?? ""}<a class="skip" href="#key">Skip to what matters most</a>
<header>
<h1>${esc(title)}</h1>
${meta.length ? `<p class="byline">${meta.join(" · ")}</p>` : ""}
<p class="meta"><span class="kicker">sourcetrace report</span> · ${report.summary.words.toLocaleString("en-US")} ${report.summary.words === 1 ? "word" : "words"}, ${plural(report.summary.sentences, "sentence", "sentences")} · ${report.sources.length ? `traced against ${sources}` : "no source given"}</p>
<nav class="toc" aria-label="Sections">${sections.map((s) => `<a href="#${s.id}">${esc(s.title)}</a>`).join(" ")}</nav>
</header>
<main>
<section id="glance" aria-label="At a glance">
${renderGlance(report)}
</section>
`;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    yield `${i > 0 ? "\n" : ""}<section id="${s.id}" aria-labelledby="${s.id}-h">\n<h2 id="${s.id}-h">${esc(s.title)}</h2>\n`;
    yield* s.body();
    yield "\n</section>";
  }
  yield `
</main>
<footer>Generated by ${esc(`${report.generator.name} ${report.generator.version}`)} · report format ${esc(report.schema)} · every offset is [start, end) into the article's normalized text.</footer>
<script${nonce}>${SCRIPT}</script>
</body>
</html>
`;
}
