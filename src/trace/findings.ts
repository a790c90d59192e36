import { finding } from "../core/finding.js";
import type { Document } from "../text/document.js";
import { quotedAt as quoted } from "../text/quotes.js";
import { itemContaining } from "../text/search.js";
import { KIND_CODE } from "../text/token-store.js";
import { boundsReversed, quantitiesIn, sameAmounts } from "./amounts.js";
import { breaksScope, isLimiter, isNegation, isNumberToken, isQuantifier, isUniversal } from "./lexicon.js";
import { tokensIn } from "./locate.js";
import {
  ADDED_NEGATION,
  ALTERED_QUOTE,
  CHANGED_NUMBER,
  CHANGED_QUANTIFIER,
  DROPPED_NEGATION,
  ELIDED_NEGATION,
  type TraceFinding,
} from "./rules.js";
import type { Edit, Match } from "./types.js";

const PUNCT = KIND_CODE.punct;

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

/**
 * The findings of one match: changed numbers, dropped or added negations, and altered quotes
 * where the article presents the text as quoted or reproduced (`quotedAt`, from the voice layer's
 * reading of the article). Whether the reuse is credited is not trace's to decide.
 */
export function matchFindings(
  match: Match,
  index: number,
  article: Document,
  source: Document,
  quotedAt: (pos: number) => boolean = quoted(article),
): TraceFinding[] {
  const findings: TraceFinding[] = [];
  // The whole passage is quoted or reproduced when every word of it is: then an edit at its very
  // edge is an altered quote too. Read off the token store: a passage of the article's length
  // made one token object per word only for this.
  const store = article.tokenStore;
  let quoted = true;
  for (let t = store.firstStartingAt(match.article.start); quoted && t < store.length; t++) {
    if (store.ends[t] > match.article.end) break;
    quoted = store.kinds[t] === PUNCT || quotedAt(store.starts[t]);
  }
  for (const edit of match.edits) {
    const finding = editFinding(edit, match, index, article, source, quoted, quotedAt);
    if (finding) findings.push(finding);
  }
  return withoutMovedNegations(findings, article);
}

// A date the article gives in words ("last year" for "in 2025", "on Tuesday" for "on 3
// March") or leaves out where it rewords the sentence is no changed figure: only another figure
// in its place is.
function onlyDates(source: Document, span: Edit["source"]): boolean {
  if (!span) return false;
  const figures = quantitiesIn(source, span);
  return figures.length > 0 && figures.every((q) => q.kind === "date" || q.kind === "time");
}

// A negation dropped in one place and added in another of the same sentence has moved, not
// flipped the statement ("does not find evidence that it is driving" → "concludes that it is not
// driving"): the sentence still denies, if more bluntly.
function withoutMovedNegations(findings: TraceFinding[], article: Document): TraceFinding[] {
  const sentenceAt = (f: TraceFinding) => (f.span ? itemContaining(article.sentences, f.span.start) : -1);
  const moved = new Set<TraceFinding>();
  for (const d of findings)
    if (d.ruleId === DROPPED_NEGATION.id)
      for (const a of findings)
        if (a.ruleId === ADDED_NEGATION.id && sentenceAt(a) === sentenceAt(d) && sentenceAt(d) >= 0) {
          moved.add(d);
          moved.add(a);
        }
  return moved.size === 0 ? findings : findings.filter((f) => !moved.has(f));
}

function editFinding(
  edit: Edit,
  match: Match,
  index: number,
  article: Document,
  source: Document,
  quoted: boolean,
  quotedAt: (pos: number) => boolean,
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
  const aTokens = tokensIn(article.tokenStore, edit.article);
  const sTokens = tokensIn(source.tokenStore, edit.source);
  const negations = (ts: { key: string }[]) => ts.filter((t) => isNegation(t.key)).length;
  // An elision mark says openly that words were left out: it is never a negation "gone". What it
  // hides matters when it held a denial, so that is said, as an elision.
  if (edit.note === "elision" && negations(sTokens) > 0) {
    return finding(ELIDED_NEGATION, {
      ...base,
      message: `An elision "${clip(actual)}" in text of ${source.id} leaves out a denial: "${clip(expected)}"`,
    });
  }
  if (edit.note !== "elision" && negations(sTokens) > negations(aTokens)) {
    return finding(DROPPED_NEGATION, {
      ...base,
      message: `A negation of ${source.id} is gone: ${change(expected, actual)}`,
    });
  }
  if (negations(aTokens) > negations(sTokens)) {
    return finding(ADDED_NEGATION, {
      ...base,
      message: `A negation was added to text of ${source.id}: ${change(expected, actual)}`,
    });
  }
  const numbers = (ts: { kind: string; key: string }[]) =>
    ts
      .filter((t) => isNumberToken(t.kind, t.key))
      .map((t) => t.key)
      .join(" ");
  // An elision or a bracket marks its change; an unmarked one that touches "all", "only", "some"…
  // Cutting a universal ("along its whole length") leaves a claim narrower than the source's.
  const cutUniversal =
    edit.op === "delete" &&
    sTokens.some((t) => isQuantifier(t.key)) &&
    sTokens.every((t) => !isQuantifier(t.key) || isUniversal(t.key));
  const widened =
    edit.note === "word" && edit.op === "delete" ? widenedDenial(source, edit, sTokens) : undefined;
  if (widened) {
    return finding(CHANGED_QUANTIFIER, {
      ...base,
      message: `A denial of ${source.id} now covers more: "${clip(widened.expected)}" became "${clip(widened.actual)}"`,
    });
  }
  if (edit.note === "quantifier" && !cutUniversal) {
    return finding(CHANGED_QUANTIFIER, {
      ...base,
      message: `How much ${source.id} claims changed: "${clip(expected)}" became "${clip(actual)}"`,
    });
  }
  const numberChanged =
    edit.op === "replace" &&
    // A figure restated in other units or words ("3.2 kilometres" as "two miles", "£1.2m" as "1.2
    // million pounds") is the source's amount still.
    ((numbers(sTokens) !== "" &&
      !(numbers(aTokens) === "" && onlyDates(source, edit.source)) &&
      numbers(sTokens) !== numbers(aTokens) &&
      !(
        edit.source &&
        edit.article &&
        sameAmounts(quantitiesIn(source, edit.source), quantitiesIn(article, edit.article))
      )) ||
      // "more than 300" reworded as "almost 300": the same digits, the amount on the other side of them.
      (edit.source &&
        edit.article &&
        boundsReversed(quantitiesIn(source, edit.source), quantitiesIn(article, edit.article))));
  if (numberChanged) {
    return finding(CHANGED_NUMBER, {
      ...base,
      message: `A number of ${source.id} changed: "${clip(expected)}" became "${clip(actual)}"`,
    });
  }
  if (!quoted && !(quotedAt(span.start) && !atQuoteEdge(article, span))) return undefined;
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

// Words a negation reaches past before the limiter it narrows ("Nobody was seriously injured").
const DENIAL_REACH = 3;

/**
 * A deletion of limiting adverbs only ("seriously", "immediately") standing in a negated clause
 * of the source: "Nobody was seriously injured" cut to "Nobody was injured" denies minor injuries
 * too, a stronger statement than the source's. The negation must come at most
 * {@link DENIAL_REACH} words before, in the same clause. Gives the source's words from the
 * negation to the word after the cut, and the same without the cut.
 */
function widenedDenial(
  source: Document,
  edit: Edit,
  cut: { kind: string; key: string; start: number; end: number }[],
): { expected: string; actual: string } | undefined {
  if (!edit.source || cut.length === 0 || !cut.every((t) => t.kind === "word" && isLimiter(t.key)))
    return undefined;
  const store = source.tokenStore;
  const first = store.firstStartingAt(edit.source.start);
  let negation = -1;
  for (let t = first - 1, words = 0; t >= 0 && words <= DENIAL_REACH; t--) {
    if (store.kind(t) !== "word" && store.kind(t) !== "number") return undefined;
    const key = store.key(t);
    if (isNegation(key)) {
      negation = t;
      break;
    }
    if (breaksScope(key)) return undefined;
    words++;
  }
  if (negation < 0) return undefined;
  const after = store.firstStartingAt(edit.source.end);
  const end = after < store.length && store.kind(after) === "word" ? store.token(after).end : edit.source.end;
  const start = store.token(negation).start;
  const expected = source.text.slice(start, end);
  const actual = `${source.text.slice(start, edit.source.start)}${source.text.slice(edit.source.end, end)}`;
  return { expected, actual: actual.replace(/\s+/g, " ").trim() };
}

// A zero-width position followed by a quotation mark before the next word sits on the quote's
// edge ("May,\" [said] Tomas"): what was dropped there was outside the quotation.
function atQuoteEdge(doc: Document, span: { start: number; end: number }): boolean {
  if (span.end > span.start) return false;
  const rest = /^[^\p{L}\p{N}]*/u.exec(doc.text.slice(span.start, span.start + 12))?.[0] ?? "";
  return /["\u201C\u201D]/.test(rest);
}
