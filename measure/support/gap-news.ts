import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../dist/analyze.js";
import { documentFromString } from "../../dist/ingest/index.js";
import { ASSERTION_GAP } from "../../dist/support/rules.js";

/** What a sentence of the news set is, by its writer's gold (fixtures/gap-news/NOTES.md). */
export const LABELS = ["gap", "credited", "backed", "literal"] as const;
export type GapLabel = (typeof LABELS)[number];

export interface GoldSentence {
  file: string;
  label: GapLabel;
  sentence: string;
  /** `[start, end)` of the sentence in the file as written. */
  start: number;
  end: number;
}

/** Where each gap finding fell: on a gold sentence of some label, or on a sentence left unlabelled. */
export type Outcome = GapLabel | "unlabelled";

export interface GapNewsScore {
  articles: number;
  gold: Record<GapLabel, number>;
  findings: Record<Outcome, number>;
  /** Gold `gap` sentences holding at least one finding. */
  gapsFound: number;
}

/**
 * The gold file's lines (`file<TAB>label<TAB>sentence`), each sentence placed in its article. A
 * sentence that is missing from its file, or found there twice, is refused: the score would
 * otherwise fall silently on the wrong text.
 */
export function readGold(dir: string): GoldSentence[] {
  const texts = new Map<string, string>();
  const text = (file: string): string => {
    let t = texts.get(file);
    if (t === undefined) {
      t = readFileSync(join(dir, file), "utf8");
      texts.set(file, t);
    }
    return t;
  };
  const out: GoldSentence[] = [];
  for (const [n, line] of readFileSync(join(dir, "gold.tsv"), "utf8").split("\n").entries()) {
    if (!line.trim()) continue;
    const [file, label, sentence, ...rest] = line.split("\t");
    const where = `gold.tsv line ${n + 1}`;
    if (!file || !sentence || rest.length) throw new Error(`${where}: expected file, label and sentence`);
    if (!(LABELS as readonly string[]).includes(label)) throw new Error(`${where}: unknown label ${label}`);
    const t = text(file);
    const start = t.indexOf(sentence);
    if (start < 0) throw new Error(`${where}: sentence not in ${file}`);
    if (t.indexOf(sentence, start + 1) >= 0) throw new Error(`${where}: sentence twice in ${file}`);
    out.push({ file, label: label as GapLabel, sentence, start, end: start + sentence.length });
  }
  return out;
}

/** The articles of the set: every `.txt` file of the folder. */
export const articleFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();

/**
 * The gold sentence a finding of `[start, end)` (offsets into the file as written) falls on: the one
 * holding most of its characters, when that is at least half of them.
 */
export function sentenceOf(gold: GoldSentence[], start: number, end: number): GoldSentence | undefined {
  let best: GoldSentence | undefined;
  let most = 0;
  for (const g of gold) {
    const overlap = Math.min(end, g.end) - Math.max(start, g.start);
    if (overlap > most) {
      best = g;
      most = overlap;
    }
  }
  return most * 2 >= end - start ? best : undefined;
}

/** Every article analysed with no source file, its gap findings placed on the gold sentences. */
export function scoreGapNews(dir: string): GapNewsScore {
  const gold = readGold(dir);
  const files = articleFiles(dir);
  const score: GapNewsScore = {
    articles: files.length,
    gold: { gap: 0, credited: 0, backed: 0, literal: 0 },
    findings: { gap: 0, credited: 0, backed: 0, literal: 0, unlabelled: 0 },
    gapsFound: 0,
  };
  for (const g of gold) score.gold[g.label]++;
  const found = new Set<GoldSentence>();
  for (const file of files) {
    const doc = documentFromString(readFileSync(join(dir, file), "utf8"), { id: file, format: "text" });
    const mine = gold.filter((g) => g.file === file);
    for (const f of analyze(doc).findings) {
      if (f.ruleId !== ASSERTION_GAP.id || !f.span) continue;
      // Gold offsets are into the file as written; findings into the normalized text.
      const g = sentenceOf(mine, doc.origin[f.span.start], doc.origin[f.span.end - 1] + 1);
      score.findings[g ? g.label : "unlabelled"]++;
      if (g?.label === "gap") found.add(g);
    }
  }
  score.gapsFound = found.size;
  return score;
}
