import { unionLength } from "../core/span.js";
import type { Finding } from "../rules.js";
import type { Coverage, Match } from "../trace/types.js";
import { headlineRank } from "./describe.js";
import type { ReportSentence, Summary } from "./types.js";

/** Inputs of {@link summarize}. */
export interface SummaryInput {
  text: string;
  words: number;
  sentences: ReportSentence[];
  matches: Match[];
  coverage: Coverage[];
  findings: Finding[];
}

/** Shares of voices and reuse, counts of findings, and the headline lines of a report. */
export function summarize(input: SummaryInput): Summary {
  const voices = { author: 0, document: 0, speaker: 0, unknown: 0 };
  let total = 0;
  for (const s of input.sentences) {
    const n = s.end - s.start;
    voices[s.voice.kind] += n;
    total += n;
  }
  for (const k of Object.keys(voices) as (keyof typeof voices)[])
    voices[k] = total ? round(voices[k] / total) : 0;

  const reusedChars = unionLength(input.matches.map((m) => m.article));
  const unattributedChars = unionLength(
    input.matches.filter((m) => m.attributed === false).map((m) => m.article),
  );
  const length = input.text.length || 1;

  const findings: Record<string, number> = {};
  for (const f of input.findings) findings[f.ruleId] = (findings[f.ruleId] ?? 0) + 1;

  const headline: string[] = [];
  const ranked = [...input.findings].sort((a, b) => headlineRank(a) - headlineRank(b));
  for (const f of ranked.slice(0, 5)) headline.push(f.message);

  return {
    sentences: input.sentences.length,
    words: input.words,
    characters: input.text.length,
    voices,
    reused: round(reusedChars / length),
    unattributedReused: round(unattributedChars / length),
    coverage: input.coverage,
    findings,
    headline,
  };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
