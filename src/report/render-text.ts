import { clip, percent, voiceLabel } from "./describe.js";
import { plainStyle, type Style } from "./style.js";
import type { Report } from "./types.js";

/** Options of {@link renderText}. */
export interface TextOptions {
  /** How to mark voices and severities (default: plain text). */
  style?: Style;
}

/**
 * A terminal report: title and summary, the article sentence by sentence with its voice,
 * reused passages, quantities compared across voices, and findings.
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const st = options.style ?? plainStyle;
  const { article, summary } = report;
  const out: string[] = [];
  out.push(st.bold(`sourcetrace report: ${article.title ?? article.location ?? article.id}`));
  const meta = [article.byline, article.date, article.siteName].filter(Boolean).join(" · ");
  if (meta) out.push(meta);
  out.push(
    `${summary.sentences} sentences, ${summary.words} words, ${report.sources.length} source${report.sources.length === 1 ? "" : "s"}`,
  );
  const v = summary.voices;
  out.push(
    `voices: author ${percent(v.author)} · document ${percent(v.document)} · speaker ${percent(v.speaker)} · unknown ${percent(v.unknown)}`,
  );
  if (report.sources.length > 0) {
    out.push(`reused from sources: ${percent(summary.reused)} of the article (unattributed: ${percent(summary.unattributedReused)})`);
    for (const c of summary.coverage) {
      out.push(`  ${c.source}: ${percent(c.share)} of the article, ${percent(c.sourceShare)} of the source`);
    }
  }
  if (summary.headline.length > 0) {
    out.push("", st.bold("Headline"));
    for (const line of summary.headline) out.push(`  • ${line}`);
  }

  out.push("", st.bold("Sentences"));
  let paragraph = -1;
  report.sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph && paragraph !== -1) out.push("");
    paragraph = s.paragraph;
    const label = st.dim(`[${i + 1} ${voiceLabel(s.voice)}]`);
    out.push(`${label} ${st.voice(s.voice.kind, article.text.slice(s.start, s.end).replace(/\s+/g, " "))}`);
  });

  if (report.matches.length > 0) {
    out.push("", st.bold("Reused passages"));
    for (const m of report.matches) {
      out.push(
        `  ${m.kind.padEnd(10)} ${String(Math.round(m.similarity * 100)).padStart(3)}%  article ${m.article.start}-${m.article.end} ← ${m.source.id} ${m.source.start}-${m.source.end}: "${clip(article.text.slice(m.article.start, m.article.end), 70)}"`,
      );
    }
  }
  if (report.comparisons.length > 0) {
    out.push("", st.bold("Quantities compared across voices"));
    for (const c of report.comparisons) {
      const parts = c.quantities.map((qi) => {
        const q = report.quantities[qi];
        return `${q.text} (${q.voice ? voiceLabel(q.voice) : (q.source ?? "article")})`;
      });
      out.push(`  ${c.topic}: ${parts.join(" / ")} — ${c.agree ? "agree" : "disagree"}`);
    }
  }
  if (report.findings.length > 0) {
    out.push("", st.bold("Findings"));
    for (const f of report.findings) {
      const where = f.span ? `${f.span.start}-${f.span.end}` : "-";
      out.push(`  ${st.severity(f.severity, f.severity.padEnd(7))} ${where.padEnd(11)} ${f.message}  ${st.dim(f.ruleId)}`);
    }
  }
  return `${out.join("\n")}\n`;
}
