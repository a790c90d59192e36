import { maxOf } from "../collections.js";
import { voiceLabel, whoLabel } from "../core/voice.js";
import {
  clip,
  inlineEdits,
  omissionIndex,
  quantityValue,
  similarityLabel,
  sourceText,
  WDIFF,
} from "./describe.js";
import { claimCards, keyEdit, leadFacts, plural } from "./lead.js";
import { LineBuffer } from "./lines.js";
import { rhetoricCheckLines } from "./rhetoric-checks.js";
import { plainStyle, type Style } from "./style.js";
import { differingUnits, hasTentative, statusLabel, TENTATIVE_NOTE } from "./support-rating.js";
import type { Report } from "./types.js";

// Members of a grouped key finding listed under it; the rest are in the findings list.
const GROUP_SHOWN = 10;

/** Options of {@link renderText}. */
export interface TextOptions {
  /** How to mark voices, severities and edits (default: plain text). */
  style?: Style;
  /** Width the tables are fitted to, in columns (default: 100). */
  width?: number;
}

/**
 * Rows as aligned columns. The last column takes the width left and is clipped to it; the
 * others are as wide as their widest cell. `paint` colours a cell after padding, so escape codes
 * never upset the alignment.
 */
function columns(
  rows: string[][],
  width: number,
  paint: (row: number, col: number, s: string) => string = (_r, _c, s) => s,
): string[] {
  const n = rows[0]?.length ?? 0;
  const widths = Array.from({ length: n - 1 }, (_, c) => maxOf(rows.map((r) => r[c].length)));
  const last = Math.max(20, width - 2 - widths.reduce((a, w) => a + w + 2, 0));
  return rows.map((r, i) =>
    `  ${r.map((cell, c) => paint(i, c, c === n - 1 ? clip(cell, last) : cell.padEnd(widths[c]))).join("  ")}`.trimEnd(),
  );
}

/**
 * A terminal report: title and summary, the article sentence by sentence with its voice,
 * reused passages with their edits inline (`[-old-]{+new+}`) and what the article omitted,
 * compact tables of claims and quantities, and findings.
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  return [...textPieces(report, options)].join("");
}

/**
 * {@link renderText} in pieces of about 64 KB to write one after the other: the same text, never
 * one string, however long the article.
 */
export function* textPieces(report: Report, options: TextOptions = {}): Generator<string> {
  const st = options.style ?? plainStyle;
  const width = options.width ?? 100;
  const { article, summary } = report;
  const out = new LineBuffer();
  out.push(st.bold(article.title ?? article.location ?? article.id));
  const meta = [article.byline, article.siteName, article.date].filter(Boolean).join(" · ");
  if (meta) out.push(meta);
  const sources = report.sources.map((s) => (s.title ? `"${clip(s.title, 70)}" (${s.id})` : s.id));
  out.push(
    st.dim(
      `sourcetrace report · ${plural(summary.words, "word", "words")}, ${plural(summary.sentences, "sentence", "sentences")} · ${plural(report.sources.length, "source", "sources")}${sources.length ? `: ${sources.join(", ")}` : ""}`,
    ),
    "",
  );
  if (report.corpus?.candidates.length)
    out.push(
      st.dim(
        `sources found in the corpus: ${report.corpus.candidates.map((c) => `${c.id} (score ${c.score.toFixed(3)}, ${plural(c.sharedWords, "word", "words")} shared${c.cited ? ", cited" : ""})`).join(", ")}`,
      ),
      "",
    );
  const facts = leadFacts(report);
  const qw = facts.reduce((w, f) => Math.max(w, f.question.length), 0);
  for (const f of facts)
    out.push(`${st.bold(f.question.padEnd(qw))}  ${f.figure} ${st.dim(`— ${f.detail}`)}`);

  if (summary.key.length > 0) {
    out.push("", st.bold("What matters most"));
    const mark = { del: (t: string) => st.del(WDIFF.del(t)), ins: (t: string) => st.ins(WDIFF.ins(t)) };
    summary.key.forEach((k, i) => {
      out.push(`  ${i + 1}. ${k.title}${k.count > 1 && !k.grouped ? ` (${k.count} times)` : ""}`);
      const e = keyEdit(report, k);
      if (e && (e.old || e.now))
        out.push(`     ${e.before}${e.old ? mark.del(e.old) : ""}${e.now ? mark.ins(e.now) : ""}${e.after}`);
      out.push(`     ${st.dim(`why it matters: ${k.why}`)}`);
      const cards = claimCards(report, k, 160);
      if (cards.length > 0) {
        for (const c of cards.slice(0, GROUP_SHOWN)) {
          out.push(`     - "${c.claim}" ${st.dim(`(article ${c.span.start}-${c.span.end})`)}`);
          if (c.sentence)
            out.push(
              `       ${st.dim(`one of ${c.sentence.claims} claims of: "${clip(c.sentence.text, 160)}"`)}`,
            );
          if (k.count > 1) out.push(`       ${st.dim(c.message)}`);
          if (c.evidence) {
            const where = c.evidence.id === article.id ? "quoted in the article" : c.evidence.id;
            out.push(
              `       ${st.dim(`${where} ${c.evidence.start}-${c.evidence.end}:`)} "${c.evidence.text}"`,
            );
          }
        }
        if (cards.length > GROUP_SHOWN)
          out.push(`     - ${st.dim(`and ${cards.length - GROUP_SHOWN} more, listed under Findings`)}`);
      } else if (k.grouped && k.count > 1) {
        for (const fi of k.findings.slice(0, GROUP_SHOWN)) {
          const f = report.findings[fi];
          out.push(`     - ${f.message}${f.span ? st.dim(` (article ${f.span.start}-${f.span.end})`) : ""}`);
        }
        if (k.findings.length > GROUP_SHOWN)
          out.push(`     - ${st.dim(`and ${k.findings.length - GROUP_SHOWN} more, listed under Findings`)}`);
      }
    });
  }

  out.push("", st.bold("Sentences"));
  let paragraph = -1;
  for (let i = 0; i < report.sentences.length; i++) {
    const s = report.sentences[i];
    if (s.paragraph !== paragraph && paragraph !== -1) out.push("");
    paragraph = s.paragraph;
    const label = st.dim(`[${i + 1} ${voiceLabel(s.voice)}]`);
    out.push(`${label} ${st.voice(s.voice.kind, article.text.slice(s.start, s.end).replace(/\s+/g, " "))}`);
    const piece = out.take();
    if (piece) yield piece;
  }

  if (report.matches.length > 0) {
    out.push("", st.bold("Reused passages"));
    const omitted = omissionIndex(report);
    for (let i = 0; i < report.matches.length; i++) {
      const m = report.matches[i];
      const attributed = m.attributed === false ? ", not attributed" : "";
      out.push(
        `  ${i + 1}. ${m.kind} ${similarityLabel(m)}${attributed}  article ${m.article.start}-${m.article.end} ← ${m.source.id} ${m.source.start}-${m.source.end}`,
      );
      const body =
        m.edits.length > 0
          ? inlineEdits(report, m, { del: (t) => st.del(WDIFF.del(t)), ins: (t) => st.ins(WDIFF.ins(t)) })
          : article.text.slice(m.article.start, m.article.end).replace(/\s+/g, " ");
      out.push(`     ${body}`);
      for (const { evidence: e } of omitted(m)) {
        out.push(
          `     ${st.dim("omitted:")} ${st.del(`[-${clip(sourceText(report, e.id).slice(e.start, e.end), 160)}-]`)}`,
        );
      }
      const piece = out.take();
      if (piece) yield piece;
    }
  }
  if (report.claims.length > 0) {
    out.push("", st.bold("Claims"));
    const rows = [["sent.", "support", "voice", "claim"]];
    for (const c of report.claims) {
      rows.push([
        String(c.sentence + 1),
        c.support ? statusLabel(c.support) : c.checkworthy ? "unchecked" : "-",
        clip(voiceLabel(c.voice), 28),
        article.text.slice(c.start, c.end).replace(/\s+/g, " "),
      ]);
      // A sentence whose claims are rated differently: each claim under it with its own rating.
      for (const u of c.support ? (differingUnits(c.support) ?? []) : [])
        rows.push(["", statusLabel(u), "", `↳ ${article.text.slice(u.start, u.end).replace(/\s+/g, " ")}`]);
    }
    // Line by line: a spread of a long table's lines into push throws past ~120,000 rows.
    yield* table(
      out,
      columns(rows, width, (r, c, s) =>
        r === 0
          ? st.dim(s)
          : c === 1 && rows[r][1] === "contradicted"
            ? st.severity("error", s)
            : c === 1 && rows[r][1] === "not-found"
              ? st.severity("warning", s)
              : s,
      ),
    );
    if (report.claims.some((c) => c.support && hasTentative(c.support)))
      out.push(st.dim(`  ${TENTATIVE_NOTE}`));
  }
  if (report.comparisons.length > 0) {
    out.push("", st.bold("Quantities compared across voices"));
    const rows = [["what", "agree", "value", "as written", "who"]];
    for (const c of report.comparisons) {
      c.quantities.forEach((qi, k) => {
        const q = report.quantities[qi];
        if (!q) return;
        rows.push([
          k === 0 ? clip(c.topic, 32) : "",
          k === 0 ? (c.agree ? "yes" : "NO") : "",
          quantityValue(q),
          q.text,
          whoLabel(q),
        ]);
      });
    }
    yield* table(
      out,
      columns(rows, width, (r, c, s) =>
        r === 0 ? st.dim(s) : c === 1 && rows[r][1] === "NO" ? st.severity("error", s) : s,
      ),
    );
  }
  if (report.findings.length > 0) {
    out.push("", st.bold("Findings"));
    for (const f of report.findings) {
      const where = f.span ? `${f.span.start}-${f.span.end}` : "-";
      out.push(
        `  ${st.severity(f.severity, f.severity.padEnd(7))} ${where.padEnd(11)} ${f.message}  ${st.dim(f.ruleId)}`,
      );
      const piece = out.take();
      if (piece) yield piece;
    }
  }
  const checks = rhetoricCheckLines(report);
  if (checks.length > 0) out.push("", st.bold("Rhetoric checked"), ...checks.map((l) => `  ${st.dim(l)}`));
  const rest = out.rest();
  if (rest) yield rest;
}

// The lines of a table, through the buffer, with a piece given out whenever one is full.
function* table(out: LineBuffer, lines: readonly string[]): Generator<string> {
  for (const line of lines) {
    out.push(line);
    const piece = out.take();
    if (piece) yield piece;
  }
}
