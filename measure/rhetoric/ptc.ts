import { readdirSync, readFileSync } from "node:fs";
import {
  findRhetoric,
  type RhetoricLexicon,
  type RhetoricOptions,
  type VoiceContext,
} from "../../dist/rhetoric/index.js";
import { createDocument, type Document } from "../../dist/text/document.js";
import { attributeVoices, readVoices } from "../../dist/voice/index.js";
import { sharedData } from "../paths.js";

/** A gold technique span of PTC, in UTF-16 offsets of the article file. */
export interface PtcSpan {
  label: string;
  start: number;
  end: number;
}

export interface PtcArticle {
  id: string;
  text: string;
  gold: PtcSpan[];
}

/**
 * The fixed division of the PTC training articles we can see: an article is in the dev part when
 * the 32-bit FNV-1a hash of its id is a multiple of 5 (about a fifth), else in the train part.
 * Fixed by id, not by content, so no choice of split followed the labels; rules are tuned on
 * train and reported on dev. (The visible ids are never themselves multiples of 5.)
 */
export function isDev(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0;
}

// PTC offsets count code points; our spans count UTF-16 code units.
function codePointsToUnits(text: string): (cp: number) => number {
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (cp) => units[Math.min(cp, units.length - 1)];
}

/** Every PTC article of a part, with its gold technique spans. */
export function readPtc(part: "train" | "dev"): PtcArticle[] {
  const dir = sharedData("ptc/articles");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice("article".length, -".txt".length))
    .filter((id) => isDev(id) === (part === "dev"))
    .sort()
    .map((id) => {
      const text = readFileSync(`${dir}/article${id}.txt`, "utf8");
      const toUnits = codePointsToUnits(text);
      const gold = readFileSync(sharedData(`ptc/labels/article${id}.task2-TC.labels`), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [, label, start, end] = line.split("\t");
          return { label, start: toUnits(Number(start)), end: toUnits(Number(end)) };
        });
      return { id, text, gold };
    });
}

/** A PTC article read the way the pipeline reads it: its document and where the author speaks. */
export interface PreparedArticle extends PtcArticle {
  doc: Document;
  context: VoiceContext;
}

/** Every article of a part, segmented and attributed once (the expensive part of a run). */
export function preparePtc(part: "train" | "dev"): PreparedArticle[] {
  return readPtc(part).map(prepareArticle);
}

/** One article segmented and attributed. */
export function prepareArticle(a: PtcArticle): PreparedArticle {
  const doc = createDocument(a.text, { id: a.id });
  const reading = readVoices(doc);
  const voices = attributeVoices(doc, { matches: [], sources: [], reading });
  return { ...a, doc, context: { sentenceVoices: voices.sentenceVoices, quotes: voices.quotes } };
}

/** A span of the normalized text as a span of the article file. */
export const fileSpan = (doc: Document, start: number, end: number): { start: number; end: number } => ({
  start: doc.origin[start],
  end: doc.origin[end - 1] + 1,
});

/** Techniques the pipeline finds in an article's author voice, as spans of the article file. */
export function predictPtc(
  a: PreparedArticle,
  options: Partial<RhetoricOptions> = {},
  lex?: RhetoricLexicon,
): (PtcSpan & { cue: string })[] {
  return findRhetoric(a.doc, a.context, options, lex).map((m) => ({
    label: m.technique.label,
    cue: m.cue,
    ...fileSpan(a.doc, m.start, m.end),
  }));
}

export const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * The SemEval-2020 Task 11 span-identification measure (Da San Martino et al. 2019, §5): each
 * predicted span earns the share of its characters that gold spans cover, each gold span the
 * share a prediction covers; precision and recall average those over predictions and gold spans.
 * With `sameLabel`, only spans of the same technique count (the per-technique figure).
 */
export function spanScores(
  pairs: { predicted: PtcSpan[]; gold: PtcSpan[] }[],
  sameLabel: boolean,
): { precision: number; recall: number; f1: number; predicted: number; gold: number } {
  let p = 0;
  let r = 0;
  let np = 0;
  let ng = 0;
  for (const { predicted, gold } of pairs) {
    for (const s of predicted) {
      np++;
      let covered = 0;
      for (const g of gold) if (!sameLabel || g.label === s.label) covered += overlap(s, g);
      p += Math.min(1, covered / (s.end - s.start));
    }
    for (const g of gold) {
      ng++;
      let covered = 0;
      for (const s of predicted) if (!sameLabel || g.label === s.label) covered += overlap(s, g);
      r += Math.min(1, covered / (g.end - g.start));
    }
  }
  const precision = np ? p / np : 0;
  const recall = ng ? r / ng : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    predicted: np,
    gold: ng,
  };
}
