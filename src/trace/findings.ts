import type { Finding } from "../report/finding.js";
import type { Document } from "../text/document.js";
import { isNegation, isNumberToken } from "./lexicon.js";
import { tokensIn } from "./locate.js";
import { insideQuotes } from "./quotes.js";
import type { Edit, Match } from "./types.js";

const clip = (s: string, n = 60): string => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 3)}...` : t;
};

/** An edit in words: `"18" became "15"`, `adds "not"`, `drops "in 1952"`. */
const change = (expected: string, actual: string): string =>
  !expected
    ? `adds "${clip(actual)}"`
    : !actual
      ? `drops "${clip(expected)}"`
      : `"${clip(expected)}" became "${clip(actual)}"`;

/** The findings of one match: unattributed reuse, changed numbers, dropped negations, altered quotes. */
export function matchFindings(match: Match, index: number, article: Document, source: Document): Finding[] {
  const findings: Finding[] = [];
  const evidence = [match.source];
  if (match.attributed === false) {
    const words = article.text.slice(match.article.start, match.article.end).split(/\s+/).length;
    findings.push({
      ruleId: "trace/unattributed-reuse",
      source: "trace",
      severity: "warning",
      message: `${words} words reused from ${source.id} without naming it`,
      span: match.article,
      evidence,
      data: { match: index, kind: match.kind, similarity: match.similarity },
    });
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
): Finding | undefined {
  const actual = edit.article ? article.text.slice(edit.article.start, edit.article.end) : "";
  const expected = edit.source ? source.text.slice(edit.source.start, edit.source.end) : "";
  const span = edit.article ?? match.article;
  const evidence = edit.source ? [{ id: source.id, ...edit.source }] : [match.source];
  const base = {
    source: "trace",
    span,
    evidence,
    actual,
    expected,
    data: { match: index, op: edit.op, note: edit.note },
  };
  const aTokens = tokensIn(article.tokens, edit.article);
  const sTokens = tokensIn(source.tokens, edit.source);
  const negations = (ts: { key: string }[]) => ts.filter((t) => isNegation(t.key)).length;
  // An elision mark says openly that words were left out: it is never a negation "gone" or a
  // number "changed". What it hides matters when it held a denial, so that is said, as an elision.
  if (edit.note === "elision") {
    if (negations(sTokens) === 0)
      return quoted ? alteredQuote(edit, base, source, actual, expected) : undefined;
    return {
      ...base,
      ruleId: "trace/elided-negation",
      severity: "warning",
      message: `An elision "${clip(actual)}" in text of ${source.id} leaves out a denial: "${clip(expected)}"`,
    };
  }
  if (negations(sTokens) > negations(aTokens)) {
    return {
      ...base,
      ruleId: "trace/dropped-negation",
      severity: "warning",
      message: `A negation of ${source.id} is gone: ${change(expected, actual)}`,
    };
  }
  if (negations(aTokens) > negations(sTokens)) {
    return {
      ...base,
      ruleId: "trace/added-negation",
      severity: "warning",
      message: `A negation was added to text of ${source.id}: ${change(expected, actual)}`,
    };
  }
  const numbers = (ts: { kind: string; key: string }[]) =>
    ts
      .filter((t) => isNumberToken(t.kind, t.key))
      .map((t) => t.key)
      .join(" ");
  // An elision or a bracket marks its change; an unmarked one that touches "all", "only", "some"…
  if (edit.note === "quantifier") {
    return {
      ...base,
      ruleId: "trace/changed-quantifier",
      severity: "warning",
      message: `How much ${source.id} claims changed: "${clip(expected)}" became "${clip(actual)}"`,
    };
  }
  if (edit.op === "replace" && numbers(sTokens) !== "" && numbers(sTokens) !== numbers(aTokens)) {
    return {
      ...base,
      ruleId: "trace/changed-number",
      severity: "warning",
      message: `A number of ${source.id} changed: "${clip(expected)}" became "${clip(actual)}"`,
    };
  }
  if (!quoted && !(insideQuotes(article, span.start) && !atQuoteEdge(article, span))) return undefined;
  return alteredQuote(edit, base, source, actual, expected);
}

function alteredQuote(
  edit: Edit,
  base: Omit<Finding, "ruleId" | "severity" | "message">,
  source: Document,
  actual: string,
  expected: string,
): Finding {
  const marked = edit.note === "bracket" || edit.note === "elision";
  const what =
    edit.op === "insert"
      ? `adds "${clip(actual)}"`
      : edit.op === "delete"
        ? `drops "${clip(expected)}"`
        : `has "${clip(actual)}" for "${clip(expected)}"`;
  return {
    ...base,
    ruleId: "trace/altered-quote",
    severity: marked ? "info" : "warning",
    message: `Reproduced text of ${source.id} ${what}${marked ? ` (marked as ${edit.note})` : ""}`,
  };
}

// A zero-width position followed by a quotation mark before the next word sits on the quote's
// edge ("May,\" [said] Tomas"): what was dropped there was outside the quotation.
function atQuoteEdge(doc: Document, span: { start: number; end: number }): boolean {
  if (span.end > span.start) return false;
  const rest = /^[^\p{L}\p{N}]*/u.exec(doc.text.slice(span.start, span.start + 12))?.[0] ?? "";
  return /["\u201C\u201D]/.test(rest);
}
