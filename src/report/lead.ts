import type { AnyFinding as Finding } from "../core/finding.js";
import type { SupportStatus } from "../support/types.js";
import type { Match } from "../trace/types.js";
import { clip, type EditSegment, editSegments, percent, sourceText } from "./describe.js";
import { ratedAgainst } from "./support-rating.js";
import type { KeyFinding, Report } from "./types.js";

/** One of the four answers a report opens with: a question, a figure, and a line of detail. */
export interface Fact {
  question: string;
  figure: string;
  detail: string;
}

/** "1 word", "2 words". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The name a reader knows a source by: its title, else its id. */
export function sourceName(report: Report, id: string): string {
  return report.sources.find((s) => s.id === id)?.title ?? id;
}

/**
 * The four questions every report answers first: whose words, how much borrowed, what was
 * changed, what the author adds, each with a figure from the summary.
 */
export function leadFacts(report: Report): Fact[] {
  const { summary } = report;
  const v = summary.voices;
  const others = [
    v.document > 0 ? `reproduced documents ${percent(v.document)}` : "",
    v.speaker > 0 ? `quoted speakers ${percent(v.speaker)}` : "",
    v.unknown > 0 ? `undetermined ${percent(v.unknown)}` : "",
  ].filter(Boolean);
  const facts: Fact[] = [
    {
      question: "Whose words",
      figure: `${percent(v.author)} the author's`,
      detail: others.length > 0 ? others.join(" · ") : "no other voice found",
    },
  ];
  if (report.sources.length > 0) {
    const credited = Math.max(0, summary.reused - summary.unattributedReused);
    facts.push({
      question: "How much borrowed",
      figure: `${percent(summary.reused)} of the article`,
      detail: `${percent(credited)} credited, ${percent(summary.unattributedReused)} without credit · ${plural(
        report.matches.length,
        "passage",
        "passages",
      )} from ${plural(report.sources.length, "source", "sources")}`,
    });
    facts.push({
      question: "What was changed",
      figure: plural(summary.meaningChanges, "change of meaning", "changes of meaning"),
      detail: `${plural(summary.edits, "word-level edit", "word-level edits")} in the reused text in all`,
    });
  } else {
    facts.push({
      question: "How much borrowed",
      figure: "not traced",
      detail: "no source was given; pass the documents the article draws on as sources",
    });
  }
  const rated =
    summary.unsupportedClaims > 0
      ? `, ${summary.unsupportedClaims} not supported by ${ratedAgainst(report.sources.length)}`
      : "";
  // Tentative ratings are no verdict: the reader is pointed at the passages, no more.
  const toRead =
    summary.tentativeClaims > 0
      ? `, ${summary.tentativeClaims} to read against ${summary.tentativeClaims === 1 ? "its passage" : "their passages"}`
      : "";
  facts.push({
    question: "What the author adds",
    figure: plural(summary.authorClaims, "check-worthy claim", "check-worthy claims"),
    detail: `in the author's own voice${rated}${toRead}`,
  });
  return facts;
}

/** An edit with a few words of context on each side, as the article has it. */
export interface EditInContext {
  before: string;
  /** The source's words (empty for an insertion). */
  old: string;
  /** The article's words (empty for a deletion). */
  now: string;
  after: string;
}

const flat = (s: string): string => s.replace(/\s+/g, " ");
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Up to `n` words at the end (`side` "before") or start ("after") of `text`, with an ellipsis when cut. */
export function words(text: string, n: number, side: "before" | "after"): string {
  const t = flat(text);
  const parts = t.split(" ");
  if (side === "before") {
    // Keep the separating space: it tells whether the edit starts a new word.
    const kept = parts.slice(-n - 1).join(" ");
    return parts.length > n + 1 ? `…${kept.replace(/^\S*/, "")}` : kept;
  }
  const kept = parts.slice(0, n + 1).join(" ");
  return parts.length > n + 1 ? `${kept.replace(/\S*$/, "")}…` : kept;
}

/**
 * The edit a trace finding is about, with `n` words of the article around it (default: 6),
 * or undefined when the finding is not about one edit of a match.
 */
export function editInContext(report: Report, f: Finding, n = 6): EditInContext | undefined {
  const span = f.span;
  if (!span || f.source !== "trace") return undefined;
  // The finding names its match; failing that, the passage holding its span is the one.
  const index = f.data?.match;
  const match =
    typeof index === "number"
      ? report.matches[index]
      : report.matches.find((m) => m.article.start <= span.start && span.end <= m.article.end);
  if (!match) return undefined;
  const seg = editSegments(match).find(
    (s) =>
      s.kind === "edit" &&
      s.article.start <= span.start &&
      span.end <= Math.max(s.article.end, s.article.start),
  );
  return seg && seg.kind === "edit" ? segmentInContext(report, match, seg, n) : undefined;
}

/** One edit segment of a match with `n` words of the article on each side, inside the passage. */
export function segmentInContext(report: Report, match: Match, seg: EditSegment, n = 6): EditInContext {
  const text = report.article.text;
  const source = sourceText(report, match.source.id);
  // Context runs to the passage's edges only: beyond them the article is not the source's text.
  let before = words(
    text.slice(Math.max(match.article.start, seg.article.start - 200), seg.article.start),
    n,
    "before",
  );
  let after = words(
    text.slice(seg.article.end, Math.min(match.article.end, seg.article.end + 200)),
    n,
    "after",
  );
  const old = flat(source.slice(seg.source.start, seg.source.end)).trim();
  const now = flat(text.slice(seg.article.start, seg.article.end)).trim();
  // A dropped word between two of the article's would glue to them: space it off.
  const first = old || now;
  const last = now || old;
  if (WORD_END.test(before) && WORD_START.test(first)) before += " ";
  if (WORD_END.test(last) && WORD_START.test(after)) after = ` ${after}`;
  return { before, old, now, after };
}

/** The first finding of a key line that has an edit to show in context. */
export function keyEdit(report: Report, key: KeyFinding): EditInContext | undefined {
  for (const i of key.findings.slice(0, 1)) {
    const f = report.findings[i];
    if (f) return editInContext(report, f);
  }
  return undefined;
}

/** A support finding as its evidence card: the claim, where it is, why, and the passage rated against. */
export interface ClaimCard {
  /** The claim as the article has it, clipped: one claim unit when its sentence makes several. */
  claim: string;
  span: { start: number; end: number };
  /** The finding's one-line message: the status and its reason. */
  message: string;
  /** The claim's rating and its own reason, when the report holds the rated claim. */
  status?: SupportStatus;
  reason?: string;
  /** "attributed" for the author's paraphrase of a source. */
  subject?: "author" | "attributed";
  /** The whole sentence, clipped, when the claim is one of the several it makes. */
  sentence?: { start: number; end: number; text: string; claims: number };
  /** The passage the claim was rated against, when one speaks of it. */
  evidence?: { id: string; start: number; end: number; text: string };
  /** For a claim no passage says, the closest passage, which speaks only of its topic. */
  closest?: { id: string; start: number; end: number; text: string };
}

/**
 * The evidence cards of a key line about the author's claims (the assertion gap, overreach,
 * contradiction): every finding with the claim's own words and offsets, so a reader sees what was
 * said and where without looking it up, and beside it the source sentence it was rated against.
 * A finding is on one claim unit when its sentence makes several (a contradicted clause beside a
 * supported one): the card has that unit's words, rating and reason, and names its sentence.
 * Empty for a key line of another analyzer.
 */
export function claimCards(report: Report, key: KeyFinding, max = 300): ClaimCard[] {
  const cards: ClaimCard[] = [];
  const passage = (e: { id: string; start: number; end: number }) => {
    const text = e.id === report.article.id ? report.article.text : sourceText(report, e.id);
    return { id: e.id, start: e.start, end: e.end, text: clip(flat(text.slice(e.start, e.end)).trim(), max) };
  };
  const words = (start: number, end: number) => clip(flat(report.article.text.slice(start, end)).trim(), max);
  for (const i of key.findings) {
    const f = report.findings[i];
    if (f?.source !== "support" || !f.span) continue;
    const span = f.span;
    const card: ClaimCard = {
      claim: words(span.start, span.end),
      span: { start: span.start, end: span.end },
      message: f.message,
    };
    const e = f.evidence?.[0];
    if (e) card.evidence = passage(e);
    const claim = report.claims.find((c) => c.support && c.start <= span.start && span.end <= c.end);
    const support = claim?.support;
    if (claim && support) {
      const unit = support.units?.find((u) => u.start === span.start && u.end === span.end);
      const rated = unit ?? (claim.start === span.start && claim.end === span.end ? support : undefined);
      if (rated) {
        card.status = rated.status;
        card.reason = rated.reason;
        const closest = rated.evidence[0];
        if (rated.status === "not-found" && closest && !card.evidence) card.closest = passage(closest);
      }
      card.subject = support.subject;
      if (unit && support.units)
        card.sentence = {
          start: claim.start,
          end: claim.end,
          text: words(claim.start, claim.end),
          claims: support.units.length,
        };
    }
    cards.push(card);
  }
  return cards;
}
