import { documentFromString } from "../ingest/index.js";
import type { Document } from "../text/document.js";
import { attributeVoices, sentenceContext } from "../voice/index.js";
import { type Attribution, type QuoteSieve, QuoteSieveContext } from "../voice/quote-sieves/index.js";
import { readVoices } from "../voice/reading.js";
import type { SentenceSieve } from "../voice/sentence-sieves/index.js";

/** A plain-text document with id "a". */
export const textDocument = (text: string): Document => documentFromString(text, { id: "a", format: "text" });

/**
 * Each sentence's voice with no sources, as `kind[:name] first three words`: what a test of the
 * whole voice layer on a short invented text reads at a glance.
 */
export function sentenceVoiceHeads(text: string): string[] {
  const doc = textDocument(text);
  const r = attributeVoices(doc, { matches: [], sources: [] });
  return doc.sentences.map((s, i) => {
    const v = r.sentenceVoices[i];
    return `${v.kind}${v.name ? `:${v.name}` : ""} ${doc.text.slice(s.start, s.end).split(/\s+/).slice(0, 3).join(" ")}`;
  });
}

/**
 * Each speech quote of an invented text as `quote -> speaker` (or `-> none`), and each sentence's
 * voice as `[kind:name]`, followed by the sentence itself when `withText`.
 */
export function speechesAndVoices(text: string, withText = false): { quotes: string[]; voices: string[] } {
  const d = textDocument(text);
  const r = attributeVoices(d, { matches: [], sources: [] });
  const quotes = r.quotes
    .filter((q) => q.kind === "speech")
    .map((q) => `${d.text.slice(q.start, q.end)} -> ${q.speaker?.name ?? q.speaker?.description ?? "none"}`);
  const voices = d.sentences.map((s, i) => {
    const v = r.sentenceVoices[i];
    const head = `[${v.kind}${v.name ? `:${v.name}` : v.description ? `:${v.description}` : ""}]`;
    return withText ? `${head} ${d.text.slice(s.start, s.end)}` : head;
  });
  return { quotes, voices };
}

/**
 * Run one quote sieve alone over every top-level speech quote of `text`, each quote seeing the
 * previous one's result as the pipeline would, and show each as `quote -> speaker` (or `-> none`).
 */
export function runQuoteSieve(sieve: QuoteSieve, text: string): string[] {
  const doc = textDocument(text);
  const r = readVoices(doc);
  const ctx = new QuoteSieveContext(doc, r.cues, r.cueSpeakers, r.names, r.lex);
  const out: string[] = [];
  let previous: { paragraph: number; speaker: Attribution | undefined } | undefined;
  const speech = r.spans
    .map((q, i) => ({ q, i }))
    .filter(({ q, i }) => r.kinds[i] === "speech" && q.depth === 0);
  speech.forEach(({ q, i }, index) => {
    const a = sieve.attribute(q, ctx, previous, { index, next: speech[index + 1]?.q });
    out.push(`${doc.text.slice(q.start, q.end)} -> ${a?.name ?? a?.description ?? "none"}`);
    previous = { paragraph: q.lastParagraph, speaker: r.attributions.get(i) };
  });
  return out;
}

/**
 * Run one sentence sieve alone over every sentence of `text` (no sources) and show each as
 * `[voice] sentence`, `[-]` when the sieve gives none.
 */
export function runSentenceSieve(
  sieve: SentenceSieve,
  text: string,
  format: "text" | "html" = "text",
): string[] {
  const doc = documentFromString(text, { id: "a", format });
  const ctx = sentenceContext(doc, { matches: [], sources: [] });
  return doc.sentences.map((s, si) => {
    const v = sieve.voice(si, ctx);
    const who = v?.name ?? v?.description;
    const label = v ? `${v.kind}${who ? `:${who}` : ""}${v.document ? ` in ${v.document}` : ""}` : "-";
    return `[${label}] ${doc.text.slice(s.start, s.end).replace(/\s+/g, " ")}`;
  });
}
