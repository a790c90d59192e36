import type { Span } from "../core/span.js";
import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import { alternation } from "../text/regexp.js";

/** A credit the article gives for text it republishes. */
export interface Credit {
  /** `dateline`: "PORT ELLIS, 3 May (Northern Press Agency) -"; `byline`: "By A B (Agency)";
   * `line`: a paragraph of its own ("Source: …", "Originally published in …"); `inline`: "… as
   * first reported by X" inside a paragraph. */
  kind: "dateline" | "byline" | "line" | "inline";
  span: Span;
  /** Who is credited, as written. */
  credited: string;
  /** Paragraph index the credit is in. */
  paragraph: number;
}

interface CreditData {
  creditLabels: string[];
  creditLines: string[];
  inlineCredits: string[];
  notCredits: string[];
}

// Longest paragraph read as a credit line or byline: longer ones are prose.
const CREDIT_LINE_CHARS = 200;
// "PORT ELLIS, 3 May (Northern Press Agency) -", "KESSEL (NPA) —": a capitalised place, an optional
// date, a parenthesised credit, then a dash.
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu}\p{L}.'\u2019 -]{1,40}?)(?:,\s*[^()\n,]{1,30})?\s*\(([^()\n]{2,60})\)\s*[-\u2013\u2014:]/u;
// "By Mara Ilves (Northern Press Agency)", "By Mara Ilves | NPA".
const BYLINE = /^\s*by\s+[^()\n|]{2,80}?(?:\(([^()\n]{2,60})\)|\s[|/]\s*([^\n]{2,60}))\s*$/iu;

/** The caption words of `notCredits` ("photo", "image") as one alternation for a regular expression. */
export function captionWords(): string {
  return alternation(loadData<CreditData>("voice-credits.json").notCredits);
}

let compiled: { line: RegExp; inline: RegExp; not: RegExp } | undefined;
function patterns() {
  if (compiled) return compiled;
  const d = loadData<CreditData>("voice-credits.json");
  compiled = {
    line: new RegExp(
      `^\\s*(?:(?:${alternation(d.creditLabels)})\\s*[:\\-\\u2013\\u2014]|(?:${alternation(d.creditLines)})(?:\\s*[:\\-\\u2013\\u2014]|\\s))\\s*(\\S[^\\n]*)$`,
      "iu",
    ),
    inline: new RegExp(
      `(?:^|[\\s(\\[])(?:${alternation(d.inlineCredits)})\\s*(\\p{Lu}[^.,;)\\]\\n]{1,60})`,
      "giu",
    ),
    not: new RegExp(`^\\s*(?:${captionWords()})\\b`, "iu"),
  };
  return compiled;
}

/**
 * Whether `text` is a wire sign-off in brackets: a credit line ("Reporting by …; editing by …")
 * standing alone between parentheses at the end of a story. The page's furniture, not a claim.
 */
export function signOff(text: string): boolean {
  const t = text.trim();
  if (t.length > CREDIT_LINE_CHARS || !t.startsWith("(") || !t.endsWith(")")) return false;
  const credit = patterns().line.exec(t.slice(1, -1));
  return credit !== null && /\p{Lu}/u.test(credit[1]);
}

/** The wire dateline that opens paragraph `i` (its `text`), as the credit of the agency it names. */
function datelineCredit(p: Span, i: number, text: string): Credit | undefined {
  const dateline = DATELINE.exec(text);
  if (!dateline || !/\p{Lu}/u.test(dateline[2]) || !/\p{Lu}{2}/u.test(dateline[1])) return undefined;
  return {
    kind: "dateline",
    span: { start: p.start, end: p.start + dateline[0].length },
    credited: dateline[2].trim(),
    paragraph: i,
  };
}

// Longest dateline: a place, a date and an agency within the pattern's bounds, and the spaces between.
const DATELINE_CHARS = 160;

/**
 * The wire datelines of a document (the `dateline` credits of {@link findCredits}), without reading
 * each paragraph for the other credits: only a paragraph's opening can be one.
 */
export function findDatelines(doc: Document): Credit[] {
  const { not } = patterns();
  const out: Credit[] = [];
  doc.paragraphs.forEach((p, i) => {
    const text = doc.text.slice(p.start, Math.min(p.end, p.start + DATELINE_CHARS));
    // A dateline credits its agency in brackets: a paragraph that opens with none is not one.
    if (!text.includes("(") || not.test(text)) return;
    const dateline = datelineCredit(p, i, text);
    if (dateline) out.push(dateline);
  });
  return out;
}

/**
 * Find the credits an article gives: a wire dateline naming an agency, a byline with an agency,
 * a credit line of its own ("Source: X", "Originally published in X", "Via X"), and inline
 * credits ("first reported by X"). Photo and caption credits are not credits for the text.
 */
export function findCredits(doc: Document): Credit[] {
  const { line, inline, not } = patterns();
  const out: Credit[] = [];
  doc.paragraphs.forEach((p, i) => {
    const text = doc.text.slice(p.start, p.end);
    if (not.test(text)) return;
    const dateline = datelineCredit(p, i, text);
    if (dateline) {
      out.push(dateline);
      return;
    }
    if (text.length <= CREDIT_LINE_CHARS) {
      const byline = BYLINE.exec(text);
      if (byline) {
        out.push({
          kind: "byline",
          span: { start: p.start, end: p.end },
          credited: (byline[1] ?? byline[2]).trim(),
          paragraph: i,
        });
        return;
      }
      const credit = line.exec(text);
      if (credit && /\p{Lu}|\p{N}|https?:/u.test(credit[1])) {
        out.push({
          kind: "line",
          span: { start: p.start, end: p.end },
          credited: credit[1].trim(),
          paragraph: i,
        });
        return;
      }
    }
    for (const m of text.matchAll(inline)) {
      const start = p.start + (m.index ?? 0);
      out.push({
        kind: "inline",
        span: { start, end: start + m[0].length },
        credited: m[1].trim(),
        paragraph: i,
      });
    }
  });
  return out;
}
