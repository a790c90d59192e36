import { createDocument, type Document } from "../text/document.js";
import { alignDocumentPair, type TraceOptions } from "../trace/index.js";
import type { Edit } from "../trace/types.js";
import { republicationNotices } from "./republication.js";
import type { CorpusDocument, ReuseDirectionEvidence, ReuseEdge } from "./types.js";

/** Tuning of {@link alignDocuments}. */
export interface AlignPairOptions {
  /** A text at least this share of whose words lie in aligned passages is "contained" (default: 0.85). */
  contained: number;
  /** The other text must have at least this share more of its own words to be the larger one (default: 0.1). */
  margin: number;
  /** Words before the first shared passage that count as an opening of the text's own (default: 5). */
  opening: number;
  /** Edit examples kept on the edge (default: 5). */
  examples: number;
  /** Documents kept segmented between pairs, for a text compared with many others (default: 64). */
  cache: number;
  /** Options of the trace aligner. */
  trace: Partial<TraceOptions>;
}

/** The defaults of {@link AlignPairOptions}. */
export const ALIGN_PAIR_DEFAULTS: AlignPairOptions = {
  contained: 0.85,
  margin: 0.1,
  opening: 5,
  examples: 5,
  cache: 64,
  trace: {},
};

/** The reuse one text of a pair shows from the other, as the trace aligner sees it from `a`'s side. */
interface Side {
  doc: CorpusDocument;
  /** Word count of the text. */
  words: number;
  /** Words inside aligned passages. */
  covered: number;
  /** Words before the first aligned passage. */
  opening: number;
}

/**
 * Align two stored documents with the trace aligner and say which derives from which. Returns
 * nothing when they share no verbatim or edited passage. The direction is decided by, in order:
 * dates (the earlier text is the source); a republication notice in one text only (it is the
 * copy); containment (inverted-pyramid trimming keeps the
 * source's opening and drops the rest; framing adds an opening of its own around the whole
 * source); editorial marks (an elision or a bracket is made by the copy); else `undetermined`, with `from`
 * the smaller id. The edge is the same whichever order the two are given in.
 */
export function alignDocuments(
  first: CorpusDocument,
  second: CorpusDocument,
  options: Partial<AlignPairOptions> = {},
): ReuseEdge | undefined {
  return new PairAligner(options).align(first, second);
}

/**
 * {@link alignDocuments} for many pairs: keeps the last documents it segmented, since a corpus
 * compares each text with several others in a row.
 */
export class PairAligner {
  private readonly o: AlignPairOptions;
  private readonly docs = new Map<string, Document>();

  constructor(options: Partial<AlignPairOptions> = {}) {
    this.o = { ...ALIGN_PAIR_DEFAULTS, ...options };
  }

  /** The reuse edge between two documents, or nothing when they share no passage. */
  align(first: CorpusDocument, second: CorpusDocument): ReuseEdge | undefined {
    const o = this.o;
    // The aligner is not symmetric: one fixed order makes the edge independent of the call's.
    const [a, b] = first.id <= second.id ? [first, second] : [second, first];
    const A = this.document(a);
    const B = this.document(b);
    const all = alignDocumentPair(A, B, o.trace);
    if (all.length === 0) return undefined;
    const sideA = side(
      a,
      A,
      all.map((m) => m.article),
    );
    const sideB = side(
      b,
      B,
      all.map((m) => m.source),
    );
    const edits = all.flatMap((m) => m.edits);
    const verdict = direction(sideA, sideB, A, B, edits, o);
    // The aligner ran with `a` as the article: when `a` is the source, insertions and deletions swap.
    const aIsFrom = verdict.from === a.id;
    const [from, to] = aIsFrom ? [sideA, sideB] : [sideB, sideA];
    return {
      from: from.doc.id,
      to: to.doc.id,
      sharedWords: Math.min(sideA.covered, sideB.covered),
      coverage: { from: share(from), to: share(to) },
      direction: verdict.evidence,
      why: verdict.why,
      edits: summarize(edits, A, B, aIsFrom, o.examples),
    };
  }

  private document(doc: CorpusDocument): Document {
    const key = `${doc.id}\u0000${doc.contentHash}`;
    let d = this.docs.get(key);
    if (d) return d;
    d = createDocument(doc.text, { id: doc.id });
    this.docs.set(key, d);
    // Oldest first in a Map's order: drop it when full.
    if (this.docs.size > this.o.cache) this.docs.delete(this.docs.keys().next().value as string);
    return d;
  }
}

const share = (s: Side): number => (s.words > 0 ? Math.round((s.covered / s.words) * 10000) / 10000 : 0);

function side(doc: CorpusDocument, d: Document, spans: { start: number; end: number }[]): Side {
  const union = merge(spans);
  let words = 0;
  let covered = 0;
  let opening = 0;
  let k = 0;
  for (const t of d.tokens) {
    if (t.kind !== "word" && t.kind !== "number") continue;
    words++;
    while (k < union.length && union[k].end <= t.start) k++;
    if (k < union.length && union[k].start <= t.start && t.end <= union[k].end) covered++;
    else if (union.length > 0 && t.end <= union[0].start) opening++;
  }
  return { doc, words, covered, opening };
}

function merge(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

interface Verdict {
  from: string;
  evidence: ReuseDirectionEvidence;
  why: string;
}

function direction(a: Side, b: Side, A: Document, B: Document, edits: Edit[], o: AlignPairOptions): Verdict {
  const byDate = compareDates(a.doc.date, b.doc.date);
  if (byDate !== 0) {
    const [first, second] = byDate < 0 ? [a, b] : [b, a];
    return {
      from: first.doc.id,
      evidence: "dates",
      why: `${first.doc.id} is dated ${first.doc.date}, before ${second.doc.id} (${second.doc.date})`,
    };
  }
  // A republication notice ("This article was originally published on …") in one text and none
  // in the other: the text that says it republishes is the copy.
  const noticeA = republicationNotices(A);
  const noticeB = republicationNotices(B);
  if (noticeA.length > 0 !== noticeB.length > 0) {
    const [copy, source, notice] = noticeA.length > 0 ? [a, b, noticeA[0]] : [b, a, noticeB[0]];
    return {
      from: source.doc.id,
      evidence: "notice",
      why: `${copy.doc.id} says it republishes ("${clip(notice)}") and ${source.doc.id} says no such thing`,
    };
  }
  const ca = a.covered / Math.max(1, a.words);
  const cb = b.covered / Math.max(1, b.words);
  const inner =
    ca >= o.contained && ca - cb >= o.margin ? a : cb >= o.contained && cb - ca >= o.margin ? b : undefined;
  if (inner) {
    const outer = inner === a ? b : a;
    if (inner.opening < o.opening && outer.opening < o.opening)
      return {
        from: outer.doc.id,
        evidence: "containment",
        why: `${inner.doc.id} keeps ${outer.doc.id}'s opening and lies within it: a trimmed copy`,
      };
    if (inner.opening < o.opening && outer.opening >= o.opening)
      return {
        from: inner.doc.id,
        evidence: "containment",
        why: `${outer.doc.id} adds an opening of its own around the whole of ${inner.doc.id}: framing`,
      };
  }
  // A bracket or an elision mark where the two texts differ is made by the copy. The aligner
  // names them on the article's side (`a`); on `b`'s side, the mark must be inside the changed
  // words and absent from `a`'s.
  const markedA = edits.filter((e) => e.note === "bracket" || e.note === "elision").length;
  const markedB = edits.filter((e) => marked(B, e.source) && !marked(A, e.article)).length;
  if (markedA > 0 !== markedB > 0) {
    const [copy, source, n] = markedA > 0 ? [a, b, markedA] : [b, a, markedB];
    return {
      from: source.doc.id,
      evidence: "edits",
      why: `${copy.doc.id} marks ${n} editorial change${n === 1 ? "" : "s"} (brackets or elisions) to ${source.doc.id}'s text`,
    };
  }
  const [first, second] = a.doc.id < b.doc.id ? [a, b] : [b, a];
  return {
    from: first.doc.id,
    evidence: "undetermined",
    why: `no date, containment or editorial mark decides between ${first.doc.id} and ${second.doc.id}`,
  };
}

function marked(d: Document, span: { start: number; end: number } | undefined): boolean {
  return span !== undefined && /\[[^\]]*\]|…|\.\s?\.\s?\./.test(d.text.slice(span.start, span.end));
}

/** Sign of the order of two ISO dates; 0 when either is missing or they fall on the same day. */
export function compareDates(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  // A day-only date and a timestamp can only be compared by day.
  const day = a.length <= 10 || b.length <= 10;
  const x = day ? a.slice(0, 10) : a;
  const y = day ? b.slice(0, 10) : b;
  const tx = Date.parse(x);
  const ty = Date.parse(y);
  if (Number.isNaN(tx) || Number.isNaN(ty) || tx === ty) return 0;
  return tx < ty ? -1 : 1;
}

function summarize(
  edits: Edit[],
  A: Document,
  B: Document,
  aIsFrom: boolean,
  keep: number,
): ReuseEdge["edits"] {
  let inserted = 0;
  let deleted = 0;
  let substituted = 0;
  const examples: string[] = [];
  const text = (d: Document, s?: { start: number; end: number }) => (s ? d.text.slice(s.start, s.end) : "");
  for (const e of edits) {
    // From `to`'s point of view: what `to` (the copy) added, dropped or changed.
    const op = aIsFrom && e.op !== "replace" ? (e.op === "insert" ? "delete" : "insert") : e.op;
    const mine = text(A, e.article);
    const theirs = text(B, e.source);
    const [source, copy] = aIsFrom ? [mine, theirs] : [theirs, mine];
    if (op === "insert") inserted++;
    else if (op === "delete") deleted++;
    else substituted++;
    if (examples.length < keep)
      examples.push(
        op === "insert"
          ? `+"${clip(copy)}"`
          : op === "delete"
            ? `-"${clip(source)}"`
            : `"${clip(source)}" -> "${clip(copy)}"`,
      );
  }
  return { inserted, deleted, substituted, examples };
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
