import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Span } from "../../dist/core/span.js";
import { documentFromString } from "../../dist/ingest/index.js";
import type { Document } from "../../dist/text/document.js";
import { type AttributionSpans, attributeVoices } from "../../dist/voice/index.js";
import { sharedData } from "../paths.js";
import { type BratEvent, type BratSpan, parseBrat } from "./brat.js";

export type Role = "Source" | "Cue" | "Content";
export const ROLES: Role[] = ["Source", "Cue", "Content"];
const QUOTE_START = /^["\u201C\u2018'\u00AB]/;

/** One PolNeAR text with the first annotator's attributions (offsets into the file). */
export interface PolnearText {
  name: string;
  text: string;
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/**
 * The texts of one PolNeAR split, sorted by name, each with the first annotator's file (sorted
 * by name): PolNeAR has several annotators for some texts, and scoring against one keeps gold
 * attributions univocal.
 */
export function loadPolnear(split: "dev" | "train"): PolnearText[] {
  const dir = sharedData(`polnear/${split}`);
  const annFiles = readdirSync(join(dir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const firstByText = new Map<string, string>();
  for (const f of annFiles) {
    const name = f.replace(/_[^_]+\.ann$/, "");
    if (!firstByText.has(name)) firstByText.set(name, f);
  }
  return [...firstByText].map(([name, annFile]) => ({
    name,
    text: readFileSync(join(dir, "text", `${name}.txt`), "utf8"),
    ...parseBrat(readFileSync(join(dir, "attributions", annFile), "utf8")),
  }));
}

/** The document of a PolNeAR text, and a map of its normalized spans back to file offsets. */
export function polnearDocument(t: PolnearText): { doc: Document; toOriginal: (s: Span) => Span } {
  const doc = documentFromString(t.text, { id: t.name, format: "text" });
  return {
    doc,
    toOriginal: (s) => ({ start: doc.origin[s.start], end: doc.origin[Math.max(s.start, s.end - 1)] + 1 }),
  };
}

export interface Tally {
  predicted: number;
  gold: number;
  exactP: number;
  exactR: number;
  overlapP: number;
  overlapR: number;
}
const tally = (): Tally => ({ predicted: 0, gold: 0, exactP: 0, exactR: 0, overlapP: 0, overlapR: 0 });

const key = (s: Span) => `${s.start}:${s.end}`;
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

// Count exact and overlap hits between predicted and gold spans of one role in one text.
// Precision is judged against `goldForPrecision` (default: the gold spans themselves).
function score(t: Tally, predicted: Span[], gold: Span[], goldForPrecision: Span[] = gold): void {
  const p = [...new Map(predicted.map((s) => [key(s), s])).values()];
  const g = [...new Map(gold.map((s) => [key(s), s])).values()];
  const gp = [...new Map(goldForPrecision.map((s) => [key(s), s])).values()];
  const goldKeys = new Set(gp.map(key));
  const predKeys = new Set(p.map(key));
  t.predicted += p.length;
  t.gold += g.length;
  t.exactP += p.filter((s) => goldKeys.has(key(s))).length;
  t.exactR += g.filter((s) => predKeys.has(key(s))).length;
  t.overlapP += p.filter((s) => gp.some((x) => overlaps(s, x))).length;
  t.overlapR += g.filter((s) => p.some((x) => overlaps(s, x))).length;
}

export const f1 = (hitsP: number, hitsR: number, predicted: number, gold: number): number => {
  const p = predicted ? hitsP / predicted : 0;
  const r = gold ? hitsR / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** Overlap precision, recall and F1 of one role's tally. */
export const overlapScore = (x: Tally): { p: number; r: number; f1: number } => ({
  p: x.predicted ? x.overlapP / x.predicted : 0,
  r: x.gold ? x.overlapR / x.gold : 0,
  f1: f1(x.overlapP, x.overlapR, x.predicted, x.gold),
});

export interface SplitScore {
  direct: Record<Role, Tally>;
  all: Record<Role, Tally>;
  texts: number;
  goldEvents: number;
  goldDirect: number;
  /**
   * Gold direct quotes with a source span, those given a speaker (a predicted direct attribution
   * with a source mention overlaps the quote), and those whose predicted mention overlaps the gold
   * source.
   */
  speakers: { gold: number; attributed: number; right: number; errors: string[] };
}

/** An empty score, to which {@link scoreText} adds. */
export function emptyScore(): SplitScore {
  return {
    direct: Object.fromEntries(ROLES.map((r) => [r, tally()])) as Record<Role, Tally>,
    all: Object.fromEntries(ROLES.map((r) => [r, tally()])) as Record<Role, Tally>,
    texts: 0,
    goldEvents: 0,
    goldDirect: 0,
    speakers: { gold: 0, attributed: 0, right: 0, errors: [] },
  };
}

/** Run attribution over every text and tally spans per role, and direct-quote speakers. */
export function scoreTexts(texts: PolnearText[]): SplitScore {
  const out = emptyScore();
  for (const t of texts) {
    const { doc, toOriginal } = polnearDocument(t);
    scoreText(out, t, toOriginal, attributeVoices(doc, { matches: [], sources: [] }).attributions);
  }
  return out;
}

/** Tally one text's predicted attributions (normalized spans) against its gold. */
export function scoreText(
  out: SplitScore,
  t: PolnearText,
  toOriginal: (s: Span) => Span,
  attributions: AttributionSpans[],
): void {
  const { name, text, spans, events } = t;
  out.texts++;
  const goldAll: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  const goldDir: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  for (const e of events) {
    const content = spans.get(e.roles.get("Content") ?? "");
    if (!content) continue;
    out.goldEvents++;
    const isDirect = QUOTE_START.test(content.text.trim());
    if (isDirect) out.goldDirect++;
    for (const role of ROLES) {
      const s = spans.get(e.roles.get(role) ?? "");
      if (!s) continue;
      goldAll[role].push(s);
      if (isDirect) goldDir[role].push(s);
    }
  }
  const predAll: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  const predDir: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  for (const a of attributions) {
    const add = (target: Record<Role, Span[]>) => {
      target.Content.push(toOriginal(a.content));
      if (a.source) target.Source.push(toOriginal(a.source));
      if (a.cue) target.Cue.push(toOriginal(a.cue));
    };
    add(predAll);
    // A quote nobody is found to speak is not counted as an attribution.
    if (a.direct && a.source) add(predDir);
  }
  // Speaker accuracy: each gold direct quote with a source is right when a predicted direct
  // attribution whose content overlaps the gold content names a source overlapping the gold one.
  const predicted = attributions
    .filter((a) => a.direct)
    .map((a) => ({ content: toOriginal(a.content), source: a.source && toOriginal(a.source) }));
  for (const e of events) {
    const content = spans.get(e.roles.get("Content") ?? "");
    const source = spans.get(e.roles.get("Source") ?? "");
    if (!content || !source || !QUOTE_START.test(content.text.trim())) continue;
    out.speakers.gold++;
    const ours = predicted.filter((p) => overlaps(p.content, content));
    if (ours.some((p) => p.source)) out.speakers.attributed++;
    if (ours.some((p) => p.source && overlaps(p.source, source))) out.speakers.right++;
    else {
      const said = ours
        .map((p) => (p.source ? text.slice(p.source.start, p.source.end) : "none"))
        .join(" | ");
      out.speakers.errors.push(
        `${name}: ${content.text.slice(0, 60).replace(/\s+/g, " ")} — gold "${source.text}", ours "${said || "no quote"}"`,
      );
    }
  }
  for (const role of ROLES) {
    score(out.all[role], predAll[role], goldAll[role]);
    score(out.direct[role], predDir[role], goldDir[role], goldAll[role]);
  }
}
