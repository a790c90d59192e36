import { createHash } from "node:crypto";
import { voiceLabel } from "../core/voice.js";
import { sentenceAt } from "./describe.js";
import { escapeJsonForHtml } from "./escape.js";
import { ratedClaims, supportRatingText } from "./support-rating.js";
import type { DocumentInfo, Report } from "./types.js";

/** Characters of context kept before and after an exact quote (default of the selectors). */
const AFFIX = 32;

/** W3C Web Annotation selectors of one span. */
export interface TextSelectors {
  quote: { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
  position: { type: "TextPositionSelector"; start: number; end: number };
}

/** One W3C Web Annotation (https://www.w3.org/TR/annotation-model/), as JSON-LD. */
export interface WebAnnotation {
  "@context"?: string;
  id: string;
  type: "Annotation";
  motivation: string;
  body: Record<string, unknown>[];
  target: { source: string; selector: [TextSelectors["quote"], TextSelectors["position"]] };
  creator: { type: "Software"; name: string };
}

/** An AnnotationCollection with its single page embedded. */
export interface AnnotationCollection {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; partOf: string; startIndex: 0; items: WebAnnotation[] };
}

/**
 * The IRI of a document: its URL when it was read from one, else an RFC 6920 `ni:` name of its
 * SHA-256, which identifies the same bytes wherever they are stored.
 */
export function documentIri(doc: DocumentInfo): string {
  if (doc.location && /^https?:\/\//i.test(doc.location)) return doc.location;
  return `ni:///sha-256;${Buffer.from(doc.sha256, "hex").toString("base64url")}`;
}

/**
 * Code points before each UTF-16 offset of `text`: the Web Annotation model counts characters
 * as code points. Texts without surrogate pairs (most) need no table. The tables of the last few
 * texts are kept, so the many selectors of one report cost one pass over each text.
 */
const counters = new Map<string, (at: number) => number>();
function codePointCounter(text: string): (at: number) => number {
  const known = counters.get(text);
  if (known) return known;
  let count = (at: number) => at;
  if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
    const table = new Int32Array(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      const low = text.charCodeAt(i);
      const pairEnd =
        low >= 0xdc00 &&
        low <= 0xdfff &&
        i > 0 &&
        text.charCodeAt(i - 1) >= 0xd800 &&
        text.charCodeAt(i - 1) <= 0xdbff;
      table[i + 1] = table[i] + (pairEnd ? 0 : 1);
    }
    count = (at) => table[at];
  }
  if (counters.size >= 8) counters.clear();
  counters.set(text, count);
  return count;
}

/**
 * A TextQuoteSelector (exact text with up to 32 characters of prefix and suffix) and a
 * TextPositionSelector (code point offsets) for `[start, end)` of `text` (UTF-16 offsets).
 */
export function textSelectors(text: string, start: number, end: number): TextSelectors {
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - AFFIX), start),
      suffix: text.slice(end, end + AFFIX),
    },
    position: {
      type: "TextPositionSelector",
      start: codePointCounter(text)(start),
      end: codePointCounter(text)(end),
    },
  };
}

// Ids are stable: the same report gives the same ids, so re-importing updates, not duplicates.
const annotationId = (report: Report, key: string): string => {
  const h = createHash("sha256").update(`${report.article.sha256}\n${key}`).digest("hex");
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((Number.parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const textual = (value: string, purpose: string) => ({
  type: "TextualBody",
  value,
  format: "text/plain",
  language: "en",
  purpose,
});

/**
 * Every finding, rated claim, quote and reused passage of the report as a W3C Web Annotation on the article:
 * target = the article with a TextQuoteSelector and a TextPositionSelector; body = the message
 * (TextualBody) and a tag with the rule or kind, plus, where there is evidence, the source
 * passage as a SpecificResource with its own selectors. Positions are over the normalized text.
 */
export function webAnnotations(report: Report): WebAnnotation[] {
  const text = report.article.text;
  const articleIri = documentIri(report.article);
  const creator = { type: "Software" as const, name: `${report.generator.name} ${report.generator.version}` };
  const sourceResource = (id: string, start: number, end: number) => {
    const doc = id === report.article.id ? report.article : report.sources.find((s) => s.id === id);
    if (!doc) return [];
    const sel = textSelectors(doc.text, start, end);
    return [
      {
        type: "SpecificResource",
        source: documentIri(doc),
        purpose: "linking",
        selector: [sel.quote, sel.position],
      },
    ];
  };
  const make = (
    key: string,
    motivation: string,
    start: number,
    end: number,
    body: Record<string, unknown>[],
  ): WebAnnotation => {
    const sel = textSelectors(text, start, end);
    return {
      id: annotationId(report, key),
      type: "Annotation",
      motivation,
      body,
      target: { source: articleIri, selector: [sel.quote, sel.position] },
      creator,
    };
  };
  const out: WebAnnotation[] = [];
  report.findings.forEach((f, i) => {
    if (!f.span) return;
    const evidence = (f.evidence ?? []).flatMap((e) => sourceResource(e.id, e.start, e.end));
    const motivation = f.severity === "info" ? "commenting" : "assessing";
    out.push(
      make(`finding/${i}/${f.ruleId}`, motivation, f.span.start, f.span.end, [
        textual(`${f.severity}: ${f.message}`, "commenting"),
        textual(f.ruleId, "tagging"),
        ...evidence,
      ]),
    );
  });
  // Each rated claim with its neutral rating and the passage it was rated against: one
  // annotation per claim unit of a sentence that makes several, on the unit's own words, so a
  // supported clause and a contradicted one are not flattened into the sentence's rating.
  report.claims.forEach((c, i) => {
    const rated = ratedClaims(c);
    rated.forEach((r, k) => {
      const evidence = r.evidence.flatMap((e) => sourceResource(e.id, e.start, e.end));
      const of = r.unit
        ? [textual(`one of ${rated.length} claims of its sentence (${r.unit})`, "describing")]
        : [];
      out.push(
        make(r.unit ? `claim/${i}/${k}` : `claim/${i}`, "assessing", r.start, r.end, [
          textual(`${supportRatingText(r, report.sources.length)}: ${r.reason}`, "assessing"),
          // A tentative rating is tagged apart, so a consumer filtering on verdicts does not take it for one.
          textual(
            r.confidence === "tentative" ? `support/${r.status}-tentative` : `support/${r.status}`,
            "tagging",
          ),
          ...of,
          ...evidence,
        ]),
      );
    });
  });
  report.quotes.forEach((q, i) => {
    const who = q.speaker?.name ?? q.speaker?.description;
    const message = q.kind === "speech" ? `Quote${who ? ` of ${who}` : ""}` : `Quotation marks: ${q.kind}`;
    out.push(
      make(`quote/${i}`, "describing", q.start, q.end, [
        textual(message, "describing"),
        textual(`quote/${q.kind}`, "tagging"),
      ]),
    );
  });
  report.matches.forEach((m, i) => {
    const sentence = report.sentences[sentenceAt(report, m.article.start)];
    const voice = sentence ? `; voice: ${voiceLabel(sentence.voice)}` : "";
    const message = `Reused from ${m.source.id}: ${m.kind}, ${Math.round(m.similarity * 100)}% similar, ${m.edits.length} edit(s)${m.attributed === false ? ", not attributed" : ""}${voice}`;
    out.push(
      make(`match/${i}`, "linking", m.article.start, m.article.end, [
        textual(message, "describing"),
        textual(`trace/${m.kind}`, "tagging"),
        ...sourceResource(m.source.id, m.source.start, m.source.end),
      ]),
    );
  });
  return out;
}

/** The annotations of {@link webAnnotations} as one AnnotationCollection, JSON-LD. */
export function webAnnotationCollection(report: Report): AnnotationCollection {
  const items = webAnnotations(report);
  const id = annotationId(report, "collection");
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id,
    type: "AnnotationCollection",
    label: `sourcetrace annotations of ${report.article.title ?? report.article.location ?? report.article.id}`,
    total: items.length,
    first: { id: annotationId(report, "page/0"), type: "AnnotationPage", partOf: id, startIndex: 0, items },
  };
}

/** The Web Annotation export as pretty-printed JSON-LD. */
export const renderWebAnnotation = (report: Report): string =>
  `${escapeJsonForHtml(JSON.stringify(webAnnotationCollection(report), null, 2))}\n`;
