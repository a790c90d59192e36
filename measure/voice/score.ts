import type { Document } from "../../dist/text/document.js";
import { firstEndingAfter } from "../../dist/text/search.js";
import type { VoiceResult } from "../../dist/voice/index.js";
import type { Voice } from "../../dist/voice/types.js";

/** One gold sentence of the annotated voice set. */
export interface GoldSentence {
  text: string;
  voice: "author" | "document" | "speaker";
  name?: string;
  description?: string;
  document?: string;
}

/** One gold quote of the annotated voice set. */
export interface GoldQuote {
  text: string;
  kind: "speech" | "scare" | "title" | "term";
  speaker?: string;
}

/** Counts from scoring one article; sums over articles give the set's figures. */
export interface VoiceCounts {
  goldQuotes: number;
  predictedQuotes: number;
  quoteHits: number;
  quoteKindHits: number;
  goldSpeakers: number;
  speakerHits: number;
  sentences: number;
  sentencesFound: number;
  voiceHits: number;
  kindHits: number;
  /** Readable mismatches, for debugging. */
  errors: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Find `needle` in `text` from `from`, any run of whitespace matching any other. */
export function findLoose(
  text: string,
  needle: string,
  from: number,
): { start: number; end: number } | undefined {
  const words = needle.trim().split(/\s+/).map(escapeRegExp);
  const re = new RegExp(words.join("\\s+"), "g");
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

/** Loose name equality: case-folded, one containing the other (descriptions, shortened titles). */
export function sameName(gold: string | undefined, predicted: string | undefined): boolean {
  if (!gold) return !predicted || true;
  if (!predicted) return false;
  const g = fold(gold).replace(/^(the|a|an) /, "");
  const p = fold(predicted).replace(/^(the|a|an) /, "");
  return g === p || g.includes(p) || p.includes(g);
}

function voiceMatches(gold: GoldSentence, v: Voice): boolean {
  if (gold.voice !== v.kind) return false;
  if (gold.voice === "speaker") {
    const who = gold.name ?? gold.description;
    return who === undefined || sameName(who, v.name ?? v.description);
  }
  if (gold.voice === "document")
    return gold.name === undefined || sameName(gold.name, v.name) || v.source !== undefined;
  return true;
}

/** Score one article's predicted voices and quotes against its gold annotation. */
export function scoreArticle(
  doc: Document,
  result: VoiceResult,
  gold: { sentences: GoldSentence[]; quotes: GoldQuote[] },
): VoiceCounts {
  const c: VoiceCounts = {
    goldQuotes: gold.quotes.length,
    predictedQuotes: result.quotes.length,
    quoteHits: 0,
    quoteKindHits: 0,
    goldSpeakers: 0,
    speakerHits: 0,
    sentences: gold.sentences.length,
    sentencesFound: 0,
    voiceHits: 0,
    kindHits: 0,
    errors: [],
  };
  let at = 0;
  for (const g of gold.sentences) {
    const span = findLoose(doc.text, g.text, at);
    if (!span) {
      c.errors.push(`sentence not found: ${g.text.slice(0, 60)}`);
      continue;
    }
    at = span.end;
    c.sentencesFound++;
    const si = Math.min(
      firstEndingAfter(doc.sentences, (span.start + span.end) >> 1),
      doc.sentences.length - 1,
    );
    const v = result.sentenceVoices[si] ?? { kind: "unknown" };
    if (v.kind === g.voice) c.kindHits++;
    if (voiceMatches(g, v)) c.voiceHits++;
    else
      c.errors.push(
        `voice ${describe(v)} ≠ gold ${g.voice}:${g.name ?? g.description ?? ""}${g.document ? ` in ${g.document}` : ""} | ${g.text.slice(0, 70)}`,
      );
  }
  const predicted = new Map(result.quotes.map((q) => [`${q.start}:${q.end}`, q]));
  at = 0;
  for (const g of gold.quotes) {
    const span = findLoose(doc.text, g.text, at);
    if (g.kind === "speech" && g.speaker) c.goldSpeakers++;
    if (!span) {
      c.errors.push(`gold quote not found: ${g.text.slice(0, 60)}`);
      continue;
    }
    at = span.start + 1;
    const p = predicted.get(`${span.start}:${span.end}`);
    if (!p) {
      c.errors.push(`quote missed: ${g.kind} ${g.text.slice(0, 60)}`);
      continue;
    }
    predicted.delete(`${span.start}:${span.end}`);
    c.quoteHits++;
    if (p.kind === g.kind) c.quoteKindHits++;
    else c.errors.push(`quote kind ${p.kind} ≠ ${g.kind}: ${g.text.slice(0, 50)}`);
    if (g.kind === "speech" && g.speaker) {
      if (sameName(g.speaker, p.speaker?.name ?? p.speaker?.description)) c.speakerHits++;
      else
        c.errors.push(
          `speaker ${p.speaker?.name ?? p.speaker?.description ?? "-"} ≠ ${g.speaker}: ${g.text.slice(0, 50)}`,
        );
    }
  }
  for (const p of predicted.values())
    c.errors.push(`extra quote: ${p.kind} ${doc.text.slice(p.start, p.end).slice(0, 60)}`);
  return c;
}

function describe(v: Voice): string {
  return `${v.kind}:${v.name ?? v.description ?? ""}${v.document ? ` in ${v.document}` : ""}`;
}

/** Sum counts over articles. */
export function sumCounts(all: VoiceCounts[]): VoiceCounts {
  const total: VoiceCounts = {
    goldQuotes: 0,
    predictedQuotes: 0,
    quoteHits: 0,
    quoteKindHits: 0,
    goldSpeakers: 0,
    speakerHits: 0,
    sentences: 0,
    sentencesFound: 0,
    voiceHits: 0,
    kindHits: 0,
    errors: [],
  };
  for (const c of all) {
    for (const key of Object.keys(total) as (keyof VoiceCounts)[]) {
      if (key === "errors") total.errors.push(...c.errors);
      else total[key] += c[key];
    }
  }
  return total;
}

/** Precision, recall and F1 from hit, predicted and gold counts. */
export function prf(hits: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? hits / predicted : 0;
  const r = gold ? hits / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
