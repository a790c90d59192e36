import { voiceLabel, whoLabel } from "../core/voice.js";
import { inlineEdits, omissionIndex, quantityValue, similarityLabel, sourceText } from "./describe.js";
import { escapeMarkdown, markdownCode } from "./escape.js";
import { claimCards, keyEdit, leadFacts, plural } from "./lead.js";
import { LineBuffer } from "./lines.js";
import { rhetoricCheckLines } from "./rhetoric-checks.js";
import { differingUnits, hasTentative, statusLabel, TENTATIVE_NOTE } from "./support-rating.js";
import type { Report } from "./types.js";

// Every piece of input text passes one of the Markdown escapes of ./escape.ts.
const md = escapeMarkdown;

/**
 * A Markdown report (GitHub-flavoured): summary, voices per sentence, reused passages with their
 * edits inline (~~source~~ **article**) and omissions, claims, quantities compared, findings.
 */
export function renderMarkdown(report: Report): string {
  return [...markdownPieces(report)].join("");
}

/**
 * {@link renderMarkdown} in pieces of about 64 KB to write one after the other: the same text,
 * never one string, however long the article.
 */
export function* markdownPieces(report: Report): Generator<string> {
  const { article, summary } = report;
  const out = new LineBuffer();
  out.push(`# ${md(article.title ?? article.location ?? article.id)}`, "");
  const meta = [article.byline, article.siteName, article.date].filter(Boolean).map((m) => md(String(m)));
  if (meta.length) out.push(`*${meta.join(" · ")}*`, "");
  const sources = report.sources.map((s) =>
    s.title ? `“${md(s.title)}” (${markdownCode(s.id)})` : markdownCode(s.id),
  );
  out.push(
    `sourcetrace report · ${plural(summary.words, "word", "words")}, ${plural(summary.sentences, "sentence", "sentences")} · ${plural(report.sources.length, "source", "sources")}${sources.length ? `: ${sources.join(", ")}` : ""}`,
    "",
  );
  if (report.corpus?.candidates.length)
    out.push(
      `Sources found in the corpus: ${report.corpus.candidates.map((c) => `${markdownCode(c.id)} (score ${c.score.toFixed(3)}, ${plural(c.sharedWords, "word", "words")} shared${c.cited ? ", cited" : ""})`).join(", ")}`,
      "",
    );
  for (const f of leadFacts(report)) out.push(`- **${f.question}:** ${md(f.figure)} — ${md(f.detail)}`);
  if (summary.key.length > 0) {
    out.push("", "## What matters most", "");
    for (const [i, k] of summary.key.entries()) {
      const e = keyEdit(report, k);
      const edit =
        e && (e.old || e.now)
          ? ` — ${md(e.before)}${e.old ? `~~${md(e.old)}~~` : ""}${e.old && e.now ? " " : ""}${e.now ? `**${md(e.now)}**` : ""}${md(e.after)}`
          : "";
      out.push(`${i + 1}. **${md(k.title)}**${edit}  `, `   *Why it matters:* ${md(k.why)}`);
      const cards = claimCards(report, k);
      if (cards.length > 0) {
        out.push("");
        for (const c of cards) {
          const where = (id: string) => (id === article.id ? "quoted in the article" : markdownCode(id));
          const evidence = c.evidence
            ? `  \n     ${where(c.evidence.id)} ${c.evidence.start}–${c.evidence.end}: “${md(c.evidence.text)}”`
            : "";
          const why = k.count > 1 ? `  \n     ${md(c.message)}` : "";
          const of = c.sentence
            ? `  \n     One of ${c.sentence.claims} claims of: “${md(c.sentence.text)}”`
            : "";
          out.push(`   - “${md(c.claim)}” (article ${c.span.start}–${c.span.end})${of}${why}${evidence}`);
          const piece = out.take();
          if (piece) yield piece;
        }
        out.push("");
      } else if (k.grouped && k.count > 1) {
        out.push("", "   <details><summary>All of them</summary>", "");
        for (const fi of k.findings) {
          const f = report.findings[fi];
          out.push(`   - ${md(f.message)}${f.span ? ` (article ${f.span.start}–${f.span.end})` : ""}`);
          // A long list of grouped findings is cut like any other list of the report.
          const piece = out.take();
          if (piece) yield piece;
        }
        out.push("", "   </details>", "");
      }
    }
  }
  out.push("", "## Sentences", "", "| # | voice | sentence |", "| --: | --- | --- |");
  for (let i = 0; i < report.sentences.length; i++) {
    const s = report.sentences[i];
    out.push(`| ${i + 1} | ${md(voiceLabel(s.voice))} | ${md(article.text.slice(s.start, s.end))} |`);
    const piece = out.take();
    if (piece) yield piece;
  }
  if (report.matches.length > 0) {
    out.push(
      "",
      "## Reused passages",
      "",
      "Edits: ~~source text the article dropped~~ **text the article put in**.",
    );
    const omitted = omissionIndex(report);
    for (let i = 0; i < report.matches.length; i++) {
      const m = report.matches[i];
      const attributed = m.attributed === false ? ", not attributed" : m.attributed ? ", attributed" : "";
      out.push(
        "",
        `${i + 1}. **${m.kind}**, ${similarityLabel(m)} similar${attributed}: article ${m.article.start}–${m.article.end} from ${markdownCode(m.source.id)} ${m.source.start}–${m.source.end}`,
        "",
        `   > ${m.edits.length > 0 ? inlineEdits(report, m, { del: (t) => `~~${md(t).trim()}~~`, ins: (t) => `**${md(t).trim()}**`, same: md }) : md(article.text.slice(m.article.start, m.article.end))}`,
      );
      for (const { evidence: e } of omitted(m)) {
        out.push("", `   Omitted from the source: ~~${md(sourceText(report, e.id).slice(e.start, e.end))}~~`);
      }
      const piece = out.take();
      if (piece) yield piece;
    }
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
      const units = c.support ? differingUnits(c.support) : undefined;
      const support = c.support
        ? units
          ? units
              .map((u) => `${statusLabel(u)}: "${article.text.slice(u.start, u.end)}" (${u.reason})`)
              .join("; ")
          : `${statusLabel(c.support)}: ${c.support.reason}`
        : c.checkworthy
          ? "not checked"
          : "not check-worthy";
      out.push(
        `| ${c.sentence + 1} | ${md(article.text.slice(c.start, c.end))} | ${md(voiceLabel(c.voice))} | ${md(c.features.join(", "))} | ${md(support)} |`,
      );
      const piece = out.take();
      if (piece) yield piece;
    }
    if (report.claims.some((c) => c.support && hasTentative(c.support)))
      out.push("", `*${md(TENTATIVE_NOTE)}*`);
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
      const piece = out.take();
      if (piece) yield piece;
    }
  }
  if (report.findings.length > 0) {
    out.push("", "## Findings", "", "| severity | span | rule | message |", "| --- | --- | --- | --- |");
    for (const f of report.findings) {
      const where = f.span ? `${f.span.start}–${f.span.end}` : "";
      out.push(`| ${f.severity} | ${where} | \`${f.ruleId}\` | ${md(f.message)} |`);
      const piece = out.take();
      if (piece) yield piece;
    }
  }
  const checks = rhetoricCheckLines(report);
  if (checks.length > 0) out.push("", "## Rhetoric checked", "", ...checks.map((l) => `- ${md(l)}`));
  const rest = out.rest();
  if (rest) yield rest;
}
