import type { Claim } from "../claims/types.js";
import type { SourceSpan } from "../core/span.js";
import { escapeJsonForHtml } from "./escape.js";
import { documentIri } from "./export-web-annotation.js";
import { ratedClaims, statusLabel, supportRatingText } from "./support-rating.js";
import type { Report } from "./types.js";

/** Namespace of the few sourcetrace terms a stub carries for the reviewer. */
export const SOURCETRACE_NS = "https://sourcetrace.dev/ns#";

/** A schema.org Person or Organization by name. */
interface Agent {
  "@type": "Person" | "Organization";
  name: string;
}

/** A schema.org ClaimReview stub (https://schema.org/ClaimReview), as JSON-LD. */
export interface ClaimReviewStub {
  "@context": { "@vocab": "https://schema.org/"; sourcetrace: string };
  "@type": "ClaimReview";
  claimReviewed: string;
  itemReviewed: {
    "@type": "Claim";
    author?: Agent | Agent[];
    appearance: {
      "@type": "CreativeWork";
      url?: string;
      headline?: string;
      author?: Agent;
      publisher?: Agent;
      datePublished?: string;
    };
  };
  /**
   * How the cited source stands to the claim, as a neutral textual rating ("Contradicted by the
   * cited source"): never true or false, which is the reviewer's to decide.
   */
  reviewRating?: { "@type": "Rating"; alternateName: string; ratingExplanation: string };
  /** What sourcetrace found, for the reviewer: status and reason. */
  "sourcetrace:support"?: string;
  /** The passage the claim was rated against (none for a claim no passage says). */
  "sourcetrace:evidence"?: EvidencePassage[];
  "sourcetrace:span": string;
  /**
   * For one claim of a sentence that makes several: the sentence, its span, and what the claim is
   * of it ("coordinate", "relative", …), since the claim's own words may not stand alone.
   */
  "sourcetrace:sentence"?: string;
  "sourcetrace:sentenceSpan"?: string;
  "sourcetrace:unit"?: string;
}

/** A passage of a source (or of the article's own quotes) as schema.org sees a quoted text. */
interface EvidencePassage {
  "@type": "Quotation";
  text: string;
  isPartOf: string;
  "sourcetrace:source": string;
  "sourcetrace:span": string;
}

/** Who made a claim, when the report knows: the quoted person, the reproduced document's author(s) or the article's byline. */
function claimAuthor(report: Report, claim: Claim): Agent | Agent[] | undefined {
  const v = claim.voice;
  if (v.kind === "speaker") return v.name ? { "@type": "Person", name: v.name } : undefined;
  if (v.kind === "document") {
    // The voice names its citation by index, or only by the document's title or source id.
    const citation =
      v.citation !== undefined
        ? report.citations[v.citation]
        : report.citations.find((c) => (v.name && c.title === v.name) || (v.source && c.source === v.source));
    if (citation?.authors.length === 1) return { "@type": "Person", name: citation.authors[0] };
    if (citation?.authors.length) return citation.authors.map((name) => ({ "@type": "Person", name }));
    if (citation?.outlet) return { "@type": "Organization", name: citation.outlet };
    return undefined;
  }
  if (v.kind === "author" && report.article.byline) return { "@type": "Person", name: report.article.byline };
  return undefined;
}

/**
 * One schema.org ClaimReview stub per check-worthy claim, for a fact-checker to complete, and
 * one per claim unit of a rated sentence that makes several, so a supported clause and a
 * contradicted clause of one sentence are two stubs, each with its own span, rating and evidence.
 * It says what was claimed, where it appeared and who claimed it, and, for a claim sourcetrace
 * rated against its sources, a `reviewRating` with only a neutral textual rating
 * (`alternateName`: "Supported by the cited source", "Not supported by the cited source",
 * "Contradicted by the cited source", "Stronger than the cited source"; with no source file, "…
 * what the article quotes or reproduces", the only evidence then; for a tentative rating, "Read
 * the cited passage: it may say otherwise" or "… may say less", a pointer, not a verdict) and its reason: no
 * numeric value and no true/false, since sourcetrace never judges a claim true in the world. It
 * has no `author` (the reviewer), no `url` and no `datePublished`: those are the reviewer's to
 * give. The status and reason, the passage rated against and, for a unit, its sentence are kept
 * under the `sourcetrace:` namespace.
 */
export function claimReviews(report: Report): ClaimReviewStub[] {
  const { article } = report;
  const appearance: ClaimReviewStub["itemReviewed"]["appearance"] = { "@type": "CreativeWork" };
  if (article.location && /^https?:\/\//i.test(article.location)) appearance.url = article.location;
  if (article.title) appearance.headline = article.title;
  if (article.byline) appearance.author = { "@type": "Person", name: article.byline };
  if (article.siteName) appearance.publisher = { "@type": "Organization", name: article.siteName };
  if (article.date) appearance.datePublished = article.date;
  const words = (start: number, end: number) => article.text.slice(start, end).replace(/\s+/g, " ").trim();
  const passage = (e: SourceSpan): EvidencePassage[] => {
    const doc = e.id === article.id ? article : report.sources.find((s) => s.id === e.id);
    if (!doc) return [];
    return [
      {
        "@type": "Quotation",
        text: doc.text.slice(e.start, e.end).replace(/\s+/g, " ").trim(),
        isPartOf: documentIri(doc),
        "sourcetrace:source": e.id,
        "sourcetrace:span": `${e.start}-${e.end}`,
      },
    ];
  };
  return report.claims
    .filter((c) => c.checkworthy)
    .flatMap((c) => {
      const stub = (start: number, end: number): ClaimReviewStub => {
        const s: ClaimReviewStub = {
          "@context": { "@vocab": "https://schema.org/", sourcetrace: SOURCETRACE_NS },
          "@type": "ClaimReview",
          claimReviewed: words(start, end),
          itemReviewed: { "@type": "Claim", appearance },
          "sourcetrace:span": `${start}-${end}`,
        };
        const author = claimAuthor(report, c);
        if (author) s.itemReviewed.author = author;
        return s;
      };
      const rated = ratedClaims(c);
      if (rated.length === 0) return [stub(c.start, c.end)];
      return rated.map((r) => {
        const s = stub(r.start, r.end);
        s.reviewRating = {
          "@type": "Rating",
          alternateName: supportRatingText(r, report.sources.length),
          ratingExplanation: r.reason,
        };
        s["sourcetrace:support"] = `${statusLabel(r)}: ${r.reason}`;
        const evidence = r.evidence.flatMap(passage);
        if (evidence.length > 0) s["sourcetrace:evidence"] = evidence;
        if (r.unit) {
          s["sourcetrace:sentence"] = words(c.start, c.end);
          s["sourcetrace:sentenceSpan"] = `${c.start}-${c.end}`;
          s["sourcetrace:unit"] = r.unit;
        }
        return s;
      });
    });
}

/** The ClaimReview export as pretty-printed JSON-LD (an array of stubs). */
export const renderClaimReview = (report: Report): string =>
  `${escapeJsonForHtml(JSON.stringify(claimReviews(report), null, 2))}\n`;
