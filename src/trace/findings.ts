import { finding } from "../core/finding.js";
import type { Document } from "../text/document.js";
import { isNegation, isNumberToken } from "./lexicon.js";
import { tokensIn } from "./locate.js";
import { insideQuotes } from "./quotes.js";
import {
  ADDED_NEGATION,
  ALTERED_QUOTE,
  CHANGED_NUMBER,
  CHANGED_QUANTIFIER,
  DROPPED_NEGATION,
  type TraceFinding,
  UNATTRIBUTED_REUSE,
} from "./rules.js";
import type { Edit, Match } from "./types.js";

const clip = (s: string, n = 60): string => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 3)}...` : t;
};

/** The findings of one match: unattributed reuse, changed numbers, dropped negations, altered quotes. */
export function matchFindings(
  match: Match,
  index: number,
  article: Document,
  source: Document,
): TraceFinding[] {
  const findings: TraceFinding[] = [];
  const evidence = [match.source];
  if (match.attributed === false) {
    const words = article.text.slice(match.article.start, match.article.end).split(/\s+/).length;
    const paraphrase = match.kind === "paraphrase";
    findings.push(
      finding(UNATTRIBUTED_REUSE, {
        // A paraphrase is a weaker statement about someone's text than copied words.
        severity: paraphrase ? "info" : "warning",
        message: paraphrase
          ? `A sentence paraphrases ${source.id} without naming it`
          : `${words} words reused from ${source.id} without naming it`,
        span: match.article,
        evidence,
        data: { match: index, kind: match.kind, similarity: match.similarity },
      }),
    );
  }
  const quoted = match.attributed === true || insideQuotes(article, match.article.start);
  for (const edit of match.edits) {
    const finding = editFinding(edit, match, index, article, source, quoted);
    if (finding) findings.push(finding);
  }
  return findings;
}

function editFinding(
  edit: Edit,
  match: Match,
  index: number,
  article: Document,
  source: Document,
  quoted: boolean,
): TraceFinding | undefined {
  const actual = edit.article ? article.text.slice(edit.article.start, edit.article.end) : "";
  const expected = edit.source ? source.text.slice(edit.source.start, edit.source.end) : "";
  const span = edit.article ?? match.article;
  const evidence = edit.source ? [{ id: source.id, ...edit.source }] : [match.source];
  const base = {
    span,
    evidence,
    actual,
    expected,
    data: { match: index, op: edit.op, note: edit.note },
  };
  const aTokens = tokensIn(article.tokens, edit.article);
  const sTokens = tokensIn(source.tokens, edit.source);
  const negations = (ts: { key: string }[]) => ts.filter((t) => isNegation(t.key)).length;
  if (negations(sTokens) > negations(aTokens)) {
    return finding(DROPPED_NEGATION, {
      ...base,
      message: `A negation of ${source.id} is gone: "${clip(expected)}" became "${clip(actual)}"`,
    });
  }
  if (negations(aTokens) > negations(sTokens)) {
    return finding(ADDED_NEGATION, {
      ...base,
      message: `A negation was added to ${source.id}: "${clip(expected)}" became "${clip(actual)}"`,
    });
  }
  const numbers = (ts: { kind: string; key: string }[]) =>
    ts
      .filter((t) => isNumberToken(t.kind, t.key))
      .map((t) => t.key)
      .join(" ");
  // An elision or a bracket marks its change; an unmarked one that touches "all", "only", "some"…
  if (edit.note === "quantifier") {
    return finding(CHANGED_QUANTIFIER, {
      ...base,
      message: `How much ${source.id} claims changed: "${clip(expected)}" became "${clip(actual)}"`,
    });
  }
  if (edit.op === "replace" && numbers(sTokens) !== "" && numbers(sTokens) !== numbers(aTokens)) {
    return finding(CHANGED_NUMBER, {
      ...base,
      message: `A number of ${source.id} changed: "${clip(expected)}" became "${clip(actual)}"`,
    });
  }
  if (!quoted && !(insideQuotes(article, span.start) && !atQuoteEdge(article, span))) return undefined;
  const marked = edit.note === "bracket" || edit.note === "elision";
  const what =
    edit.op === "insert"
      ? `adds "${clip(actual)}"`
      : edit.op === "delete"
        ? `drops "${clip(expected)}"`
        : `has "${clip(actual)}" for "${clip(expected)}"`;
  return finding(ALTERED_QUOTE, {
    ...base,
    severity: marked ? "info" : "warning",
    message: `Reproduced text of ${source.id} ${what}${marked ? ` (marked as ${edit.note})` : ""}`,
  });
}

// A zero-width position followed by a quotation mark before the next word sits on the quote's
// edge ("May,\" [said] Tomas"): what was dropped there was outside the quotation.
function atQuoteEdge(doc: Document, span: { start: number; end: number }): boolean {
  if (span.end > span.start) return false;
  const rest = /^[^\p{L}\p{N}]*/u.exec(doc.text.slice(span.start, span.start + 12))?.[0] ?? "";
  return /["\u201C\u201D]/.test(rest);
}
