import { voiceLabel, whoLabel } from "../core/voice.js";
import { inlineEdits, omissionIndex, percent, quantityValue, sourceText } from "./describe.js";
import { escapeMarkdown, markdownCode } from "./escape.js";
import type { Report } from "./types.js";

// Every piece of input text passes one of the Markdown escapes of ./escape.ts.
const md = escapeMarkdown;

/**
 * A Markdown report (GitHub-flavoured): summary, voices per sentence, reused passages with their
 * edits inline (~~source~~ **article**) and omissions, claims, quantities compared, findings.
 */
export function renderMarkdown(report: Report): string {
  const { article, summary } = report;
  const out: string[] = [];
  out.push(`# sourcetrace report: ${md(article.title ?? article.location ?? article.id)}`, "");
  const v = summary.voices;
  out.push(
    `- **Sentences:** ${summary.sentences} · **words:** ${summary.words} · **sources:** ${report.sources.length}`,
    `- **Voices:** author ${percent(v.author)}, document ${percent(v.document)}, speaker ${percent(v.speaker)}, unknown ${percent(v.unknown)}`,
  );
  if (report.sources.length > 0) {
    out.push(
      `- **Reused:** ${percent(summary.reused)} of the article (unattributed ${percent(summary.unattributedReused)})`,
    );
  }
  if (summary.headline.length > 0) {
    out.push("", "## Headline", "", ...summary.headline.map((h) => `- ${md(h)}`));
  }
  out.push("", "## Sentences", "", "| # | voice | sentence |", "| --: | --- | --- |");
  report.sentences.forEach((s, i) => {
    out.push(`| ${i + 1} | ${md(voiceLabel(s.voice))} | ${md(article.text.slice(s.start, s.end))} |`);
  });
  if (report.matches.length > 0) {
    out.push(
      "",
      "## Reused passages",
      "",
      "Edits: ~~source text the article dropped~~ **text the article put in**.",
    );
    const omitted = omissionIndex(report);
    report.matches.forEach((m, i) => {
      const attributed = m.attributed === false ? ", not attributed" : m.attributed ? ", attributed" : "";
      out.push(
        "",
        `${i + 1}. **${m.kind}**, ${Math.round(m.similarity * 100)}% similar${attributed}: article ${m.article.start}–${m.article.end} from ${markdownCode(m.source.id)} ${m.source.start}–${m.source.end}`,
        "",
        `   > ${m.edits.length > 0 ? inlineEdits(report, m, { del: (t) => `~~${md(t).trim()}~~`, ins: (t) => `**${md(t).trim()}**`, same: md }) : md(article.text.slice(m.article.start, m.article.end))}`,
      );
      for (const { evidence: e } of omitted(m)) {
        out.push("", `   Omitted from the source: ~~${md(sourceText(report, e.id).slice(e.start, e.end))}~~`);
      }
    });
  }
  if (report.claims.length > 0) {
    out.push(
      "",
      "## Claims",
      "",
      "| sentence | claim | voice | why | support |",
      "| --: | --- | --- | --- | --- |",
    );
    for (const c of report.claims) {
      const support = c.support
        ? `${c.support.status}: ${c.support.reason}`
        : c.checkworthy
          ? "not checked"
          : "not check-worthy";
      out.push(
        `| ${c.sentence + 1} | ${md(article.text.slice(c.start, c.end))} | ${md(voiceLabel(c.voice))} | ${md(c.features.join(", "))} | ${md(support)} |`,
      );
    }
  }
  if (report.comparisons.length > 0) {
    out.push(
      "",
      "## Quantities compared",
      "",
      "| what | agree | as written | value | who |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const c of report.comparisons) {
      c.quantities.forEach((qi, k) => {
        const q = report.quantities[qi];
        if (!q) return;
        const what = k === 0 ? md(c.topic) : "";
        const agree = k === 0 ? (c.agree ? "yes" : "**no**") : "";
        out.push(`| ${what} | ${agree} | ${md(q.text)} | ${md(quantityValue(q))} | ${md(whoLabel(q))} |`);
      });
    }
  }
  if (report.findings.length > 0) {
    out.push("", "## Findings", "", "| severity | span | rule | message |", "| --- | --- | --- | --- |");
    for (const f of report.findings) {
      const where = f.span ? `${f.span.start}–${f.span.end}` : "";
      out.push(`| ${f.severity} | ${where} | \`${f.ruleId}\` | ${md(f.message)} |`);
    }
  }
  return `${out.join("\n")}\n`;
}
