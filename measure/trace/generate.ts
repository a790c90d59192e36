import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Span } from "../../dist/core/span.js";
import { Random } from "../../dist/testing/prng.js";
import { createDocument, type Document } from "../../dist/text/document.js";

/**
 * A synthetic text-reuse benchmark in the manner of the PAN text-alignment corpora (Potthast et
 * al., PAN 2012–2014): real news articles are the sources; each "article" is built from one of
 * them with known operations, and the gold spans and planted edits are recorded as it is built.
 */

/** The kinds of pair the generator builds. */
export const CASE_TYPES = [
  "verbatim",
  "light-edit",
  "deleted-sentence",
  "reordered",
  "interleaved",
  "paraphrase",
  "reworded",
  "control",
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/**
 * The kinds of planted edit; they are the notes the aligner should give them, except "edge" (a
 * change in the first or last word of a copied sentence), whose note is given with it.
 */
export type PlantedKind = "word" | "number" | "negation" | "bracket" | "elision" | "edge";

/** An edit the generator made: where it is in the article and what it replaced in the source. */
export interface PlantedEdit {
  kind: PlantedKind;
  /** The note the aligner should give the edit (default: the kind). */
  note?: string;
  article: Span;
  source: Span;
}

/** A reused passage: the article span made from the source span. */
export interface GoldCase {
  article: Span;
  source: Span;
}

/** One generated article/source pair with its gold. */
export interface GeneratedPair {
  id: string;
  type: CaseType;
  /** In the fixed development split (the source article's index is a multiple of 3). */
  dev: boolean;
  article: Document;
  source: Document;
  cases: GoldCase[];
  edits: PlantedEdit[];
  /** Source sentences inside a copied stretch that the article leaves out (deleted-sentence pairs). */
  dropped: Span[];
  /** Source sentences the article rewords heavily, one gold case each (reworded pairs). */
  reworded: GoldCase[];
}

/** A source article of the corpus, with the sentences fit for copying. */
export interface CorpusArticle {
  name: string;
  doc: Document;
  /** Indices into doc.sentences of sentences with 6 to 60 words outside the title. */
  usable: Set<number>;
}

/** Read the corpus (e.g. `sharedData("ptc/articles")`), sorted by file name. */
export function loadCorpus(dir: string, limit = Number.POSITIVE_INFINITY): CorpusArticle[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, limit);
  const docs = names.map((name) => createDocument(readFileSync(join(dir, name), "utf8"), { id: name }));
  const shared = sharedShingles(docs);
  return docs.map((doc, d) => {
    const usable = new Set<number>();
    doc.sentences.forEach((s, i) => {
      const words = countWords(doc, s.tokenStart, s.tokenEnd);
      if (
        s.paragraph > 0 &&
        words >= 6 &&
        words <= 60 &&
        !shingles(doc, s.tokenStart, s.tokenEnd).some((g) => shared.has(g))
      )
        usable.add(i);
    });
    return { name: names[d], doc, usable };
  });
}

// Word 6-grams of tokens [from, to) of a document, as strings.
function shingles(doc: Document, from: number, to: number): string[] {
  const words = doc.tokens
    .slice(from, to)
    .filter((t) => t.kind === "word" || t.kind === "number")
    .map((t) => t.key);
  const out: string[] = [];
  for (let i = 0; i + 6 <= words.length; i++) out.push(words.slice(i, i + 6).join(" "));
  return out;
}

// 6-grams found in more than one article (site boilerplate, stories shared between outlets): a
// sentence holding one is neither copied nor used as commentary, so that controls stay unrelated.
function sharedShingles(docs: Document[]): Set<string> {
  const first = new Map<string, number>();
  const shared = new Set<string>();
  docs.forEach((doc, d) => {
    for (const g of shingles(doc, 0, doc.tokens.length)) {
      const seen = first.get(g);
      if (seen === undefined) first.set(g, d);
      else if (seen !== d) shared.add(g);
    }
  });
  return shared;
}

function countWords(doc: Document, from: number, to: number): number {
  let n = 0;
  for (let t = from; t < to; t++) if (doc.tokens[t].kind === "word" || doc.tokens[t].kind === "number") n++;
  return n;
}

// A piece of a copied sentence: a token with the whitespace before it, and what was done to it.
interface Part {
  text: string;
  kind: string;
  key: string;
  source: Span;
  planted?: PlantedKind;
  note?: string;
}

type Unit = { copy: number; parts: Part[]; reworded?: boolean } | { comment: string };

const FUNCTION = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "in",
  "that",
  "and",
  "for",
  "on",
  "with",
  "as",
  "at",
  "by",
]);
const NEGATIONS = new Set(["not", "never", "no"]);
const BRACKETS = [
  "[the official]",
  "[the group]",
  "[in 2017]",
  "[sic]",
  "[the government]",
  "[the company]",
  "[the agency]",
];
const ELISIONS = [" \u2026", " [...]", " . . .", " ..."];

/** Builds benchmark pairs from a corpus, deterministically from a seed. */
export class PairGenerator {
  private readonly random: Random;
  // Sentences of the source left out of the pair being planned.
  private dropped: number[] = [];

  constructor(
    private readonly corpus: CorpusArticle[],
    seed = 20140901,
  ) {
    this.random = new Random(seed);
  }

  /** `perType` pairs of every case type. */
  pairs(perType: number): GeneratedPair[] {
    const out: GeneratedPair[] = [];
    for (const type of CASE_TYPES) {
      for (let i = 0; i < perType; i++) {
        const pair = this.pair(type, `${type}-${i + 1}`);
        if (pair) out.push(pair);
      }
    }
    return out;
  }

  /** One pair of the given type, or undefined when the drawn source is too short for it. */
  pair(type: CaseType, id: string): GeneratedPair | undefined {
    const r = this.random;
    for (let attempt = 0; attempt < 20; attempt++) {
      const si = r.int(0, this.corpus.length - 1);
      let ci = r.int(0, this.corpus.length - 1);
      if (ci === si) ci = (ci + 1) % this.corpus.length;
      const src = this.corpus[si];
      const comments = this.commentary(this.corpus[ci]);
      const units = this.plan(type, src, comments);
      if (!units) continue;
      const built = assemble(units, src.doc);
      const dropped = this.dropped.map((i) => ({
        start: src.doc.sentences[i].start,
        end: src.doc.sentences[i].end,
      }));
      const article = createDocument(built.text, { id: `${id}.txt` });
      if (article.text !== built.text) continue; // the generator writes normalized text only
      return {
        id,
        type,
        dev: si % 3 === 0,
        article,
        source: src.doc,
        cases: built.cases,
        edits: built.edits,
        dropped,
        reworded: built.reworded,
      };
    }
    return undefined;
  }

  private commentary(article: CorpusArticle): string[] {
    return [...article.usable].map((i) => {
      const s = article.doc.sentences[i];
      return article.doc.text.slice(s.start, s.end).replace(/\s+/g, " ");
    });
  }

  // Runs of `length` consecutive usable sentences, not overlapping `taken`.
  private passage(src: CorpusArticle, length: number, taken: Set<number>): number[] | undefined {
    const starts: number[] = [];
    for (const i of src.usable) {
      let ok = true;
      for (let k = i; k < i + length && ok; k++)
        ok = src.usable.has(k) && !taken.has(k) && !taken.has(k - 1) && !taken.has(k + 1);
      if (ok) starts.push(i);
    }
    if (starts.length === 0) return undefined;
    const start = this.random.pick(starts);
    const run = Array.from({ length }, (_, k) => start + k);
    for (const k of run) taken.add(k);
    return run;
  }

  private plan(type: CaseType, src: CorpusArticle, comments: string[]): Unit[] | undefined {
    const r = this.random;
    this.dropped = [];
    if (comments.length < 12) return undefined;
    let c = 0;
    const comment = (): Unit => ({ comment: comments[c++ % comments.length] });
    const comments2 = (n: number): Unit[] => Array.from({ length: n }, comment);
    const taken = new Set<number>();
    const copy = (i: number, edit: (parts: Part[]) => void = () => {}): Unit => {
      const parts = partsOf(src.doc, i);
      noise(parts, r);
      edit(parts);
      return { copy: i, parts };
    };
    const units: Unit[] = [...comments2(r.int(1, 3))];
    const words = comments
      .join(" ")
      .split(/\s+/)
      .filter((w) => /^[a-z]{4,}$/.test(w));
    switch (type) {
      case "control":
        return comments2(r.int(6, 10));
      case "verbatim":
      case "light-edit":
      case "paraphrase": {
        for (let p = 0; p < 2; p++) {
          const run = this.passage(src, r.int(2, 3), taken);
          if (!run) return undefined;
          for (const i of run) {
            if (type === "verbatim") units.push(copy(i));
            else if (type === "light-edit")
              units.push(
                copy(i, (parts) => {
                  if (r.chance(0.8)) lightEdit(parts, r, words);
                  if (r.chance(0.4)) edgeEdit(parts, r, words);
                }),
              );
            else units.push(copy(i, (parts) => paraphrase(parts, r, words)));
          }
          units.push(...comments2(r.int(1, 3)));
        }
        return units;
      }
      case "reworded": {
        const run = this.passage(src, r.int(2, 4), taken);
        if (!run) return undefined;
        for (const i of run) {
          units.push({ copy: i, parts: reword(partsOf(src.doc, i), r, words), reworded: true });
          units.push(...comments2(r.int(0, 1)));
        }
        return [...units, ...comments2(2)];
      }
      case "deleted-sentence": {
        const run = this.passage(src, 5, taken);
        if (!run) return undefined;
        const drop = r.int(1, 3);
        this.dropped.push(run[drop]);
        for (const i of run) if (i !== run[drop]) units.push(copy(i));
        return [...units, ...comments2(2)];
      }
      case "reordered": {
        const run = this.passage(src, 4, taken);
        if (!run) return undefined;
        let order = r.shuffle(run);
        while (order.every((x, k) => x === run[k])) order = r.shuffle(run);
        for (const i of order) units.push(copy(i));
        return [...units, ...comments2(2)];
      }
      case "interleaved": {
        const run = this.passage(src, 4, taken);
        if (!run) return undefined;
        for (const i of run) units.push(copy(i), comment());
        return units;
      }
    }
  }
}

function partsOf(doc: Document, sentence: number): Part[] {
  const s = doc.sentences[sentence];
  const parts: Part[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = doc.tokens[t];
    const gap = t === s.tokenStart || tok.start === doc.tokens[t - 1].end ? "" : " ";
    parts.push({
      text: gap + doc.text.slice(tok.start, tok.end),
      kind: tok.kind,
      key: tok.key,
      source: { start: tok.start, end: tok.end },
    });
  }
  return parts;
}

// Typographic variants that must never be reported as edits: curly quotes, em dashes, case.
function noise(parts: Part[], r: Random): void {
  if (!r.chance(0.4)) return;
  let open = true;
  for (const p of parts) {
    if (p.text.endsWith('"')) {
      p.text = p.text.slice(0, -1) + (open ? "\u201C" : "\u201D");
      open = !open;
    } else if (p.text.endsWith("'")) p.text = `${p.text.slice(0, -1)}\u2019`;
    else if (p.text.endsWith("--")) p.text = `${p.text.slice(0, -2)}\u2014`;
    else if (p.kind === "word" && r.chance(0.05)) p.text = p.text.toUpperCase();
  }
}

// Word positions an edit may touch: not the first two or last two tokens, not yet edited, and
// not next to an edited one (so that planted edits stay distinct).
function free(parts: Part[], k: number): boolean {
  return (
    k >= 2 && k < parts.length - 2 && !parts[k].planted && !parts[k - 1]?.planted && !parts[k + 1]?.planted
  );
}

function candidates(parts: Part[], test: (p: Part) => boolean): number[] {
  return parts.map((p, k) => (free(parts, k) && test(p) ? k : -1)).filter((k) => k >= 0);
}

const lead = (p: Part): string => (p.text.startsWith(" ") ? " " : "");

function substitute(parts: Part[], r: Random, words: string[]): boolean {
  const ks = candidates(parts, (p) => p.kind === "word" && p.key.length >= 3);
  if (ks.length === 0 || words.length === 0) return false;
  const k = r.pick(ks);
  let w = r.pick(words);
  if (w === parts[k].key) w = `${w}s`;
  parts[k] = { ...parts[k], text: lead(parts[k]) + w, planted: "word" };
  return true;
}

function changeNumber(parts: Part[], r: Random): boolean {
  const ks = candidates(parts, (p) => p.kind === "number" && /^\d{1,6}$/.test(p.key));
  if (ks.length === 0) return false;
  const k = r.pick(ks);
  parts[k] = {
    ...parts[k],
    text: lead(parts[k]) + String(Number(parts[k].key) + r.int(1, 9)),
    planted: "number",
  };
  return true;
}

function dropNegation(parts: Part[]): boolean {
  const ks = candidates(parts, (p) => NEGATIONS.has(p.key));
  if (ks.length === 0) return false;
  parts[ks[0]] = { ...parts[ks[0]], text: "", planted: "negation" };
  return true;
}

function bracket(parts: Part[], r: Random): boolean {
  const ks = candidates(parts, (p) => p.kind === "word" && p.key.length >= 2);
  if (ks.length === 0) return false;
  const k = r.pick(ks);
  parts[k] = { ...parts[k], text: ` ${r.pick(BRACKETS)}`, planted: "bracket" };
  return true;
}

function elide(parts: Part[], r: Random): boolean {
  const m = r.int(4, 7);
  const ks = candidates(parts, (p) => p.kind === "word").filter((k) => {
    for (let j = k; j < k + m; j++) if (!free(parts, j) || parts[j].kind === "punct") return false;
    return true;
  });
  if (ks.length === 0) return false;
  const k = r.pick(ks);
  const source = { start: parts[k].source.start, end: parts[k + m - 1].source.end };
  parts.splice(k, m, { text: r.pick(ELISIONS), kind: "punct", key: "...", source, planted: "elision" });
  return true;
}

const EDGE_WORDS: [string, string][] = [
  ["No", "negation"],
  ["Every", "quantifier"],
  ["All", "quantifier"],
  ["Only", "quantifier"],
];

// A change in the first or last word of a sentence, where the aligner's seeds cannot reach: a
// leading determiner made a negation or a quantifier ("The" -> "No", "Every"), or another word
// swapped for a random one.
function edgeEdit(parts: Part[], r: Random, words: string[]): boolean {
  const wordsAt = parts
    .map((p, k) => (p.kind === "word" && p.key.length >= 2 ? k : -1))
    .filter((k) => k >= 0);
  if (wordsAt.length < 6 || words.length === 0) return false;
  const atStart = r.chance(0.5);
  const k = atStart ? wordsAt[0] : wordsAt[wordsAt.length - 1];
  if (
    k !== (atStart ? 0 : parts.length - 2) ||
    parts[k].planted ||
    parts[k - 1]?.planted ||
    parts[k + 1]?.planted
  )
    return false;
  let text = r.pick(words);
  let note = "word";
  if (atStart && ["the", "a", "an"].includes(parts[k].key) && r.chance(0.7))
    [text, note] = r.pick(EDGE_WORDS);
  else if (atStart) text = text[0].toUpperCase() + text.slice(1);
  if (text.toLowerCase() === parts[k].key) return false;
  parts[k] = { ...parts[k], text: lead(parts[k]) + text, planted: "edge", note };
  return true;
}

// A heavy rewording no n-gram aligner sees: the clause after the first comma moved to the
// front, one content word in three replaced, and some function words dropped. Nothing is
// recorded as a planted edit: the gold is the sentence pair.
function reword(parts: Part[], r: Random, words: string[]): Part[] {
  let out = parts.map((p) => ({ ...p }));
  const comma = out.findIndex((p, k) => k >= 3 && k < out.length - 4 && p.key === ",");
  if (comma > 0) {
    const end = out[out.length - 1].kind === "punct" ? out.length - 1 : out.length;
    const head = out.slice(0, comma);
    const tail = out.slice(comma + 1, end);
    tail[0] = { ...tail[0], text: tail[0].text.trimStart() };
    head[0] = { ...head[0], text: ` ${head[0].text.trimStart()}` };
    out = [...tail, { ...out[comma], text: "," }, ...head, ...out.slice(end)];
  }
  for (const p of out) {
    if (p.kind !== "word") continue;
    if (FUNCTION.has(p.key) && r.chance(0.3)) p.text = "";
    else if (!FUNCTION.has(p.key) && p.key.length >= 3 && r.chance(0.33) && words.length > 0)
      p.text = lead(p) + r.pick(words);
  }
  return out.filter((p) => p.text !== "");
}

// One edit of a kind drawn at random among those the sentence allows; the rarer kinds (a number
// to change, a negation to drop) are tried first when the sentence has one.
function lightEdit(parts: Part[], r: Random, words: string[]): void {
  const kinds = [
    ...r.shuffle(["number", "negation"] as const),
    ...r.shuffle(["word", "bracket", "elision"] as const),
  ];
  for (const kind of kinds) {
    const done =
      kind === "word"
        ? substitute(parts, r, words)
        : kind === "number"
          ? changeNumber(parts, r)
          : kind === "negation"
            ? dropNegation(parts)
            : kind === "bracket"
              ? bracket(parts, r)
              : elide(parts, r);
    if (done) return;
  }
}

// Light paraphrase: about one word in eight changed: substituted, swapped with its neighbour, or
// (a function word) dropped.
function paraphrase(parts: Part[], r: Random, words: string[]): void {
  const n = Math.max(1, Math.round(parts.filter((p) => p.kind === "word" || p.kind === "number").length / 8));
  for (let k = 0; k < n; k++) {
    const x = r.next();
    if (x < 0.5) substitute(parts, r, words);
    else if (x < 0.75) swap(parts, r);
    else dropFunctionWord(parts, r);
  }
}

function swap(parts: Part[], r: Random): void {
  const swaps = candidates(parts, (p) => p.kind === "word").filter(
    (k) => free(parts, k + 1) && parts[k + 1].kind === "word" && parts[k + 1].key !== parts[k].key,
  );
  if (swaps.length > 0) {
    const k = r.pick(swaps);
    const a = parts[k];
    const b = parts[k + 1];
    parts.splice(k, 2, {
      text: `${lead(a)}${b.text.trim()} ${a.text.trim()}`,
      kind: "word",
      key: "",
      source: { start: a.source.start, end: b.source.end },
      planted: "word",
    });
  }
}

function dropFunctionWord(parts: Part[], r: Random): void {
  const drops = candidates(parts, (p) => FUNCTION.has(p.key));
  if (drops.length > 0) {
    const k = r.pick(drops);
    parts[k] = { ...parts[k], text: "", planted: "word" };
  }
}

/** Join units into the article text and compute the gold cases and planted edits. */
function assemble(
  units: Unit[],
  source: Document,
): { text: string; cases: GoldCase[]; edits: PlantedEdit[]; reworded: GoldCase[] } {
  let text = "";
  const cases: GoldCase[] = [];
  const edits: PlantedEdit[] = [];
  const reworded: GoldCase[] = [];
  let sentencesInParagraph = 0;
  let previousCopy = -2;
  let open: GoldCase | undefined;
  for (const unit of units) {
    if (text.length > 0) {
      if (sentencesInParagraph >= 2) {
        text += "\n\n";
        sentencesInParagraph = 0;
      } else text += " ";
    }
    sentencesInParagraph++;
    if ("comment" in unit) {
      text += unit.comment;
      open = undefined;
      previousCopy = -2;
      continue;
    }
    const start = text.length;
    let first = true;
    for (const part of unit.parts) {
      const piece = first ? part.text.trimStart() : part.text;
      if (piece.length > 0 || part.planted) first = false;
      const at = text.length + (piece.length - piece.trimStart().length);
      text += piece;
      if (part.planted)
        edits.push({
          kind: part.planted,
          note: part.note,
          article: { start: at, end: text.length },
          source: part.source,
        });
    }
    const sentence = source.sentences[unit.copy];
    if (unit.reworded)
      reworded.push({
        article: { start, end: text.length },
        source: { start: sentence.start, end: sentence.end },
      });
    if (open && unit.copy === previousCopy + 1) {
      open.article.end = text.length;
      open.source.end = sentence.end;
    } else {
      open = { article: { start, end: text.length }, source: { start: sentence.start, end: sentence.end } };
      cases.push(open);
    }
    previousCopy = unit.copy;
  }
  return { text, cases, edits, reworded };
}

/**
 * A large article/source pair of about `bytes` characters each, for the speed bench. The source
 * is corpus sentences in shuffled order; once the corpus is used up, further rounds have one word
 * in four replaced by a made-up one so that the text does not simply repeat. The article copies
 * about half of the source's sentences in order (one in four with a substituted word) and fills
 * the rest with commentary whose words are mostly made up, so that it matches nothing.
 */
export function scaledPair(
  corpus: CorpusArticle[],
  bytes: number,
  seed = 7,
): { article: string; source: string } {
  const r = new Random(seed);
  const sentences = corpus.flatMap((c) =>
    [...c.usable].map((i) =>
      c.doc.text.slice(c.doc.sentences[i].start, c.doc.sentences[i].end).replace(/\s+/g, " "),
    ),
  );
  const made = () => `${"bcdfghklmnprstvz"[r.int(0, 15)]}${r.int(0, 1e6).toString(36)}`;
  const mutate = (s: string, p: number) => s.replace(/\p{L}+/gu, (w) => (r.chance(p) ? made() : w));
  const source: string[] = [];
  const article: string[] = [];
  let length = 0;
  let articleLength = 0;
  for (let round = 0; length < bytes; round++) {
    for (const s of r.shuffle(sentences)) {
      if (length >= bytes) break;
      const sentence = round === 0 ? s : mutate(s, 0.25);
      source.push(sentence);
      length += sentence.length + 1;
      while (articleLength < length) {
        const piece = r.chance(0.5)
          ? mutate(sentence, r.chance(0.25) ? 0.08 : 0)
          : mutate(r.pick(sentences), 0.7);
        article.push(piece);
        articleLength += piece.length + 1;
        if (piece.length === 0) break;
        if (!r.chance(0.3)) break;
      }
    }
  }
  const paragraphs = (xs: string[]) =>
    xs
      .map((s, i) => (i % 3 === 2 ? `${s}\n\n` : `${s} `))
      .join("")
      .trim();
  return { article: paragraphs(article), source: paragraphs(source) };
}
