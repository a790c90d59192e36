import { clip, percent, voiceLabel } from "./describe.js";
import type { Report } from "./types.js";

const escape = (s: string): string => s.replace(/([\\`*_{}[\]<>|])/g, "\\$1").replace(/\s+/g, " ");

/** A Markdown report: summary, voices per sentence, reused passages, quantities and findings. */
export function renderMarkdown(report: Report): string {
  const { article, summary } = report;
  const out: string[] = [];
  out.push(`# sourcetrace report: ${escape(article.title ?? article.location ?? article.id)}`, "");
  const v = summary.voices;
  out.push(
    `- **Sentences:** ${summary.sentences} · **words:** ${summary.words} · **sources:** ${report.sources.length}`,
    `- **Voices:** author ${percent(v.author)}, document ${percent(v.document)}, speaker ${percent(v.speaker)}, unknown ${percent(v.unknown)}`,
  );
  if (report.sources.length > 0) {
    out.push(`- **Reused:** ${percent(summary.reused)} of the article (unattributed ${percent(summary.unattributedReused)})`);
  }
  if (summary.headline.length > 0) {
    out.push("", "## Headline", "", ...summary.headline.map((h) => `- ${escape(h)}`));
  }
  out.push("", "## Sentences", "", "| # | voice | sentence |", "| --: | --- | --- |");
  report.sentences.forEach((s, i) => {
    out.push(`| ${i + 1} | ${escape(voiceLabel(s.voice))} | ${escape(article.text.slice(s.start, s.end))} |`);
  });
  if (report.matches.length > 0) {
    out.push("", "## Reused passages", "", "| kind | similarity | article | source | edits |", "| --- | --: | --- | --- | --: |");
    for (const m of report.matches) {
      out.push(
        `| ${m.kind} | ${Math.round(m.similarity * 100)}% | ${escape(clip(article.text.slice(m.article.start, m.article.end), 80))} | ${escape(m.source.id)} ${m.source.start}–${m.source.end} | ${m.edits.length} |`,
      );
    }
  }
  if (report.comparisons.length > 0) {
    out.push("", "## Quantities compared", "", "| what | values | agree |", "| --- | --- | --- |");
    for (const c of report.comparisons) {
      const values = c.quantities.map((qi) => {
        const q = report.quantities[qi];
        return `${q.text} (${q.voice ? voiceLabel(q.voice) : (q.source ?? "article")})`;
      });
      out.push(`| ${escape(c.topic)} | ${escape(values.join(" / "))} | ${c.agree ? "yes" : "no"} |`);
    }
  }
  if (report.findings.length > 0) {
    out.push("", "## Findings", "", "| severity | span | rule | message |", "| --- | --- | --- | --- |");
    for (const f of report.findings) {
      const where = f.span ? `${f.span.start}–${f.span.end}` : "";
      out.push(`| ${f.severity} | ${where} | \`${f.ruleId}\` | ${escape(f.message)} |`);
    }
  }
  return `${out.join("\n")}\n`;
}
