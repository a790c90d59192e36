import { finding } from "../core/finding.js";
import type { Span } from "../core/span.js";
import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import { functionWords } from "../text/function-words.js";
import { firstKeyAtOrAfter, itemContaining } from "../text/search.js";
import { Restatements } from "./amounts.js";
import { OMISSION, type OMISSION_KINDS, type TraceFinding } from "./rules.js";
import type { Match } from "./types.js";

/** Options of {@link findOmissions}. */
export interface OmissionOptions {
  /** Share of a source sentence's characters a match must cover to count it reused (default: 0.3). */
  minCovered: number;
  /**
   * Sentences of the source (by index) the article states in its own words, edited beyond what
   * the aligner calls reuse ("Fees rose by a third" for "Fees rose by about a fifth"): the support
   * layer rated an article sentence against each. They are carried, changed, not left out
   * (default: none).
   */
  carried?: ReadonlySet<number>;
}

/** What an omitted passage would change for a reader, most serious first. */
export type OmissionKind = (typeof OMISSION_KINDS)[number];

interface CueData {
  kinds: { kind: OmissionKind; weight: number; cues: string[] }[];
}

interface Cues {
  weight: Map<OmissionKind, number>;
  /** Cue phrases as key sequences, by their first key. */
  phrases: Map<string, { kind: OmissionKind; keys: string[] }[]>;
}

let cues: Cues | undefined;
function omissionCues(): Cues {
  if (!cues) {
    const data = loadData<CueData>("omission-cues.json");
    cues = {
      weight: new Map(data.kinds.map((k) => [k.kind, k.weight])),
      phrases: new Map(),
    };
    for (const k of data.kinds)
      for (const c of k.cues) {
        const keys = c.split(" ");
        const list = cues.phrases.get(keys[0]) ?? [];
        list.push({ kind: k.kind, keys });
        cues.phrases.set(keys[0], list);
      }
  }
  return cues;
}

const NOUNS: Record<OmissionKind, string> = {
  denial: "a denial",
  figure: "a figure",
  hedge: "a hedge",
  quote: "a quote",
  caveat: "a caveat",
  context: "context",
};

/**
 * Every source passage the article does not use, directly or as paraphrase: runs of uncovered
 * sentences of one paragraph, each one finding, ranked by what it would change for a reader (a
 * denial, a counter-figure, a hedge, someone's quote, a caveat; plain context last) and then by
 * size. Only sources the article uses at all are considered; headings and sentences of fewer
 * than four words are not passages. Each finding sits at the article sentence holding the reused
 * text nearest to it in the source, and says whether it lies right beside reused text.
 */
export function findOmissions(
  article: Document,
  source: Document,
  matches: Match[],
  o: OmissionOptions,
): TraceFinding[] {
  const mine = matches
    .filter((m) => m.source.id === source.id)
    .sort((x, y) => x.source.start - y.source.start);
  if (mine.length === 0) return [];
  const sentences = source.sentences;
  const marked = new Uint8Array(source.text.length + 1);
  for (const m of mine) marked.fill(1, m.source.start, m.source.end);
  const covered = sentences.map((s) => {
    let n = 0;
    for (let i = s.start; i < s.end; i++) n += marked[i];
    return n / Math.max(1, s.end - s.start) >= o.minCovered;
  });
  if (o.carried) for (const k of o.carried) if (k < covered.length) covered[k] = true;
  // A sentence the article restates with its figures in other units or words is carried.
  let restatements: Restatements | undefined;
  const omitted = sentences.map((s, k) => {
    if (covered[k] || words(source, s) < 4 || source.paragraphs[s.paragraph]?.kind === "heading")
      return false;
    if (sectionTitle(source, s)) return false;
    restatements ??= new Restatements(article, functionWords());
    return !restatements.restates(source, s);
  });
  const ranked: { finding: TraceFinding; weight: number; words: number }[] = [];
  for (let k = 0; k < sentences.length; k++) {
    if (!omitted[k]) continue;
    let end = k;
    while (
      end + 1 < sentences.length &&
      omitted[end + 1] &&
      sentences[end + 1].paragraph === sentences[k].paragraph
    )
      end++;
    const gap = { start: sentences[k].start, end: sentences[end].end };
    const count = end - k + 1;
    const beside =
      (k > 0 && covered[k - 1] && sentences[k - 1].paragraph === sentences[k].paragraph) ||
      (end + 1 < sentences.length &&
        covered[end + 1] &&
        sentences[end + 1].paragraph === sentences[k].paragraph);
    const kinds = kindsOf(source, sentences[k].tokenStart, sentences[end].tokenEnd);
    const weight = omissionCues().weight.get(kinds[0]) ?? 1;
    const size = words(source, { tokenStart: sentences[k].tokenStart, tokenEnd: sentences[end].tokenEnd });
    const excerpt = source.text.slice(gap.start, gap.end).replace(/\s+/g, " ");
    const what = count === 1 ? "a sentence" : `${count} sentences`;
    const about = kinds[0] === "context" ? "" : ` with ${NOUNS[kinds[0]]}`;
    ranked.push({
      weight,
      words: size,
      finding: finding(OMISSION, {
        message: `The article leaves out ${what} of ${source.id}${about}${beside ? ", next to text it reuses" : ""}: "${excerpt.length > 90 ? `${excerpt.slice(0, 87)}...` : excerpt}"`,
        span: nearestArticleSentence(article, mine, gap),
        evidence: [{ id: source.id, ...gap }],
        data: { sentences: count, words: size, kinds, weight, beside },
      }),
    });
    k = end;
  }
  ranked.sort((x, y) => y.weight - x.weight || y.words - x.words);
  return ranked.map((r) => r.finding);
}

/** The kinds of an omitted passage (tokens `[from, to)`), most serious first; "context" when none applies. */
export function kindsOf(doc: Document, from: number, to: number): OmissionKind[] {
  const { phrases, weight } = omissionCues();
  const found = new Set<OmissionKind>();
  const { tokenStore: store, text } = doc;
  for (let t = from; t < to; t++) {
    const kind = store.kind(t);
    if (kind === "number") found.add("figure");
    if (kind === "punct" && /["\u201C\u201D]/.test(store.text(text, t))) found.add("quote");
    for (const p of phrases.get(store.key(t)) ?? []) {
      if (found.has(p.kind)) continue;
      let ok = true;
      for (let k = 1; k < p.keys.length && ok; k++) ok = t + k < to && store.key(t + k) === p.keys[k];
      if (ok) found.add(p.kind);
    }
  }
  if (found.size === 0) return ["context"];
  return [...found].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0));
}

// A numbered line with no figure after its number and no closing stop ("2. Who uses the bus",
// "4.1 Options") titles a section of a report, though it reads as a list item: it states nothing.
const SECTION_TITLE = /^\d[\d.]*[.)]?\s+[^\d.!?:;]{1,60}$/u;

function sectionTitle(doc: Document, s: Span & { paragraph: number }): boolean {
  const p = doc.paragraphs[s.paragraph];
  if (p?.kind !== "list-item") return false;
  const text = doc.text.slice(p.start, p.end).trim();
  return SECTION_TITLE.test(text) && text.split(/\s+/).length <= 8;
}

const words = (doc: Document, s: { tokenStart: number; tokenEnd: number }): number => {
  let n = 0;
  for (let t = s.tokenStart; t < s.tokenEnd; t++)
    if (doc.tokenStore.kind(t) === "word" || doc.tokenStore.kind(t) === "number") n++;
  return n;
};

// The article sentence holding the end of the match just before the gap in the source (or the
// start of the one just after it).
function nearestArticleSentence(article: Document, matches: Match[], gap: Span): Span {
  // `matches` are sorted by source start: the one just before the gap, or else the one after it.
  const k = firstKeyAtOrAfter(matches, gap.start, (m) => m.source.start) - 1;
  const at = k >= 0 ? matches[k].article.end - 1 : matches[Math.min(matches.length - 1, k + 1)].article.start;
  const sentence = article.sentences[itemContaining(article.sentences, at)];
  return sentence ? { start: sentence.start, end: sentence.end } : { start: at, end: at };
}
