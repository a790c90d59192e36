import { append, insideAny } from "../collections.js";
import type { Voice } from "../core/voice.js";
import { isFurnitureParagraph } from "../ingest/boilerplate.js";
import { formWidgets } from "../ingest/form-widgets.js";
import type { Document } from "../text/document.js";
import { KIND_CODE } from "../text/token-store.js";
import type { Match } from "../trace/types.js";
import { repostHeader } from "../voice/repost-header.js";
import { assertionKinds, interrogative } from "./assertions.js";
import { scoreView } from "./checkworthiness.js";
import { APPROX_MARGIN, compareQuantities, disagreementFindings } from "./compare.js";
import { checkworthinessModel } from "./model.js";
import { extractQuantities } from "./quantities.js";
import type { ClaimsFinding } from "./rules.js";
import { TokenView } from "./tokens.js";
import type { Claim, Comparison, Quantity } from "./types.js";

export { extractQuantities } from "./quantities.js";
export type { Claim, Comparison, Quantity } from "./types.js";

/** What claim and quantity extraction found. */
export interface ClaimsResult {
  claims: Claim[];
  /** The article's quantities first, then each source's (with `source` set). */
  quantities: Quantity[];
  comparisons: Comparison[];
  findings: ClaimsFinding[];
}

/** Tuning of the claims layer. */
export interface ClaimsOptions {
  /**
   * Check-worthiness score from which a sentence is a claim (default: the threshold tuned with
   * the model, in `data/claims-checkworthiness.json`).
   */
  threshold: number | undefined;
  /** Relative margin around a hedged figure ("around 4,000") when comparing figures (default: 0.1). */
  approxMargin: number;
}

/** The defaults of {@link ClaimsOptions}. */
export const CLAIMS_DEFAULTS: ClaimsOptions = { threshold: undefined, approxMargin: APPROX_MARGIN };

/**
 * Find the article's check-worthy claims and the quantities of the article and its sources,
 * and compare figures about the same counted thing across voices and sources.
 *
 * A claim is reported for every sentence the model finds check-worthy and for every sentence
 * that states a quantity (the latter with `checkworthy: false` when the score is below threshold),
 * and every sentence outside quoted speech that a source passage speaks of (`sourced`). Every
 * statement the support layer rates (`rated`: the author's own, or the author's paraphrase of a
 * source) is reported too, with `checkworthy` as scored, so that each carries its rating, "no
 * passage" included: a claim the sources never address is what a fact-checker most needs to see.
 */
export function extractClaims(
  article: Document,
  context: {
    sentenceVoices: Voice[];
    sources: Document[];
    matches: Match[];
    /**
     * True for a sentence a source passage speaks of (the support layer's retrieval): such a
     * sentence is checkable against its source, so it is a claim whatever its score (default: none).
     */
    sourced?: (sentence: number) => boolean;
    /**
     * True for a sentence the support layer rates against a source or reproduced text: the
     * author's statement, reported with its rating whatever its score (default: none).
     */
    rated?: (sentence: number) => boolean;
  },
  options: Partial<ClaimsOptions> = {},
): ClaimsResult {
  const o = { ...CLAIMS_DEFAULTS, ...options };
  const quantities = extractQuantities(article, { sentenceVoices: context.sentenceVoices });
  const ownCount = quantities.length;
  for (const source of context.sources) {
    const copied = insideAny(context.matches.filter((m) => m.source.id === source.id).map((m) => m.source));
    const global = new Map<number, number>();
    extractQuantities(source, { source: source.id }).forEach((q, local) => {
      // A figure the article copied is already counted where the article states it.
      if (copied(q.start, q.end)) return;
      global.set(local, quantities.length);
      if (q.equivalent !== undefined) {
        const target = global.get(q.equivalent);
        if (target === undefined) delete q.equivalent;
        else q.equivalent = target;
      }
      quantities.push(q);
    });
  }

  const model = checkworthinessModel();
  const claims: Claim[] = [];
  const bySentence = new Map<number, number[]>();
  for (let i = 0; i < ownCount; i++) append(bySentence, quantities[i].sentence, i);
  const furniture = furnitureParagraphs(article);
  const widgets = formWidgets(article.text, article.paragraphs);
  const headers = repostHeaders(article);
  article.sentences.forEach((s, si) => {
    // A related-links line, an editor's correction note, a call to follow or subscribe, a shop
    // row, the byline or a poll set inside the story is the page's or the outlet's, not a
    // statement of the author's to rate.
    if (furniture.has(s.paragraph)) return;
    if (widgets.some(([start, end]) => s.start >= start && s.end <= end)) return;
    // Page chrome ("1. #1", "4,815", "Share 12") has fewer than three words: a list number, a
    // counter or a button label states nothing to check.
    if (letterWords(article, s.tokenStart, s.tokenEnd) < 3) return;
    // A figure caption or a photo credit is the page's furniture, no one's claim.
    if (context.sentenceVoices[si]?.kind === "credit") return;
    const own = bySentence.get(si) ?? [];
    const v = new TokenView(article.text, article.tokenStore, s.tokenStart, s.tokenEnd);
    const scored = scoreView(
      model,
      v,
      own.map((i) => quantities[i]),
    );
    // A causal, concluding or sweeping assertion in the author's voice, or in text the article
    // reproduces (where an edit can harden a source's hedge), is a claim whatever the model says:
    // these are what the assertion gap is about, and debates taught the model little of them.
    // A quoted speaker's assertions are theirs to make.
    const voice = context.sentenceVoices[si] ?? { kind: "unknown" as const };
    const assertions = voice.kind !== "speaker" ? assertionKinds(v) : [];
    const sourced = context.sourced?.(si) ?? false;
    // A question asserts nothing to check, whether or not its question mark survived.
    const asks = interrogative(v);
    const checkworthy =
      !asks && (scored.score >= (o.threshold ?? model.threshold) || assertions.length > 0 || sourced);
    const counts = own.some((i) => quantities[i].kind !== "date" && quantities[i].kind !== "time");
    // A headline, byline or crosshead states a claim only with a figure: "The Great Water
    // Scandal" is a label, not something to check. So does a reposted piece's header, its
    // headline and byline in one line.
    const paragraph = article.paragraphs[s.paragraph];
    const header = headers.has(s.paragraph);
    if ((paragraph?.kind === "heading" || titleLine(article.text, s, paragraph) || header) && !counts) return;
    const statement =
      !checkworthy && !counts && !asks && (context.rated?.(si) ?? false) && states(article, s);
    if (!checkworthy && !counts && !statement) return;
    claims.push({
      start: s.start,
      end: s.end,
      sentence: si,
      score: Math.round(scored.score * 1000) / 1000,
      checkworthy,
      features: [
        ...scored.features,
        ...assertions.map((a) => `assertion:${a}`),
        ...(sourced ? ["sourced"] : []),
        ...(statement ? ["statement"] : []),
      ],
      voice,
      entities: scored.entities,
      quantities: own,
    });
  });
  const comparisons = compareQuantities(quantities, article, context.sources, o.approxMargin);
  return {
    claims,
    quantities,
    comparisons,
    findings: disagreementFindings(comparisons, quantities, article),
  };
}

const WORD = KIND_CODE.word;

/** Paragraphs of the article that are page furniture, the outlet's note, or its byline. */
function furnitureParagraphs(doc: Document): Set<number> {
  const out = new Set<number>();
  const byline = doc.meta.byline?.trim();
  doc.paragraphs.forEach((p, i) => {
    const text = doc.text.slice(p.start, p.end);
    if (isFurnitureParagraph(text) || (byline !== undefined && text.trim() === byline)) out.add(i);
  });
  return out;
}

/** Paragraphs of the article that are a reposted piece's header, read once per paragraph. */
function repostHeaders(doc: Document): Set<number> {
  const out = new Set<number>();
  doc.paragraphs.forEach((p, i) => {
    if (repostHeader(doc.text.slice(p.start, p.end))) out.add(i);
  });
  return out;
}

/**
 * A sentence that states something: not a question, and not a lead-in that ends on a colon ("As
 * the report puts it:"), whose statement is the text it introduces.
 */
function states(doc: Document, s: { start: number; end: number }): boolean {
  const last = doc.text
    .slice(s.start, s.end)
    .trimEnd()
    .replace(/["'”’)\]]+$/u, "")
    .at(-1);
  return last !== "?" && last !== ":";
}

// Tokens of `[from, to)` that are words with at least one letter. Asked of every token of every
// sentence: a word opening with an ASCII letter is decided by its first character code.
function letterWords(doc: Document, from: number, to: number): number {
  const store = doc.tokenStore;
  let n = 0;
  for (let t = from; t < to; t++) {
    if (store.kinds[t] !== WORD) continue;
    const key = store.key(t);
    const c = key.charCodeAt(0) | 32;
    if ((c >= 97 && c <= 122) || /\p{L}/u.test(key)) n++;
  }
  return n;
}

const NO_CLOSE = /[^.!?:;,…"”’')\]]$/u;

/**
 * A line in title case with no closing punctuation that is a paragraph of its own labels like a
 * heading, wherever it stands: text pasted with single line breaks keeps its crossheads and "The
 * Best of …" lines as paragraphs, and only a block's first line is read as a heading.
 */
function titleLine(
  text: string,
  s: { start: number; end: number },
  p: { start: number; end: number } | undefined,
) {
  if (!p || s.start !== p.start || s.end !== p.end) return false;
  const line = text.slice(s.start, s.end);
  if (!NO_CLOSE.test(line) || !/^\p{Lu}/u.test(line)) return false;
  const words = line.split(" ");
  const long = words.filter((w) => w.length > 3);
  return words.length <= 12 && long.length > 0 && long.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
