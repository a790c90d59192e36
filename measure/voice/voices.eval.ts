import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { documentFromString } from "../../dist/ingest/index.js";
import type { Document } from "../../dist/text/document.js";
import { traceSources } from "../../dist/trace/index.js";
import { attributeVoices } from "../../dist/voice/index.js";
import { repoFile } from "../paths.js";
import type { ResultTable } from "../table.js";
import {
  type GoldQuote,
  type GoldSentence,
  prf,
  scoreArticle,
  sumCounts,
  type VoiceCounts,
} from "./score.js";

interface GoldArticle {
  id: string;
  style: string;
  format?: "text" | "html";
  text?: string;
  html?: string;
  sources?: { id: string; text: string }[];
  sentences: GoldSentence[];
  quotes: GoldQuote[];
}

/**
 * Score the voice layer on the annotated set `fixtures/voices/articles/*.json`: quote span
 * P/R/F1 (and with the kind required), speaker accuracy over gold speech quotes, and
 * sentence-voice accuracy, once without sources and once with the articles' sources traced.
 * `VOICE_EVAL_DEBUG=1` prints every mismatch of the run with sources, `VOICE_EVAL_DEBUG=plain` of
 * the run without.
 */
export default async function voicesEval(): Promise<ResultTable[]> {
  const dir = repoFile("fixtures/voices/articles");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const without: VoiceCounts[] = [];
  const withSources: VoiceCounts[] = [];
  const byStyle = new Map<string, VoiceCounts[]>();
  let traced = 0;
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as GoldArticle;
    const format = gold.format ?? (gold.html ? "html" : "text");
    const doc = documentFromString(format === "html" ? (gold.html ?? "") : (gold.text ?? ""), {
      id: gold.id,
      format,
    });
    const plain = scoreArticle(doc, attributeVoices(doc, { matches: [], sources: [] }), gold);
    without.push(plain);
    byStyle.set(gold.style, [...(byStyle.get(gold.style) ?? []), plain]);
    const sources: Document[] = (gold.sources ?? []).map((s) =>
      documentFromString(s.text, { id: s.id, format: "text" }),
    );
    let scored = plain;
    if (sources.length > 0) {
      traced++;
      const { matches } = traceSources(doc, sources);
      scored = scoreArticle(doc, attributeVoices(doc, { matches, sources }), gold);
    }
    withSources.push(scored);
    if (process.env.VOICE_EVAL_DEBUG) {
      const shown = process.env.VOICE_EVAL_DEBUG === "plain" ? plain : scored;
      for (const e of shown.errors) process.stdout.write(`  ${gold.id}: ${e}\n`);
    }
  }
  const row = (label: string, all: VoiceCounts[]) => {
    const t = sumCounts(all);
    const q = prf(t.quoteHits, t.predictedQuotes, t.goldQuotes);
    const qk = prf(t.quoteKindHits, t.predictedQuotes, t.goldQuotes);
    return [
      label,
      all.length,
      t.goldQuotes,
      q.p,
      q.r,
      q.f1,
      qk.f1,
      t.goldSpeakers ? t.speakerHits / t.goldSpeakers : 0,
      t.sentences,
      t.sentences ? t.kindHits / t.sentences : 0,
      t.sentences ? t.voiceHits / t.sentences : 0,
    ];
  };
  const columns = [
    "run",
    "articles",
    "quotes",
    "quote P",
    "quote R",
    "quote F1",
    "F1 +kind",
    "speaker acc",
    "sentences",
    "voice kind acc",
    "voice acc",
  ];
  return [
    {
      title:
        "Voices: regression check on the annotated set we wrote (fixtures/voices/articles; not a measure of quality)",
      columns,
      rows: [row("without sources", without), row("with sources", withSources)],
      notes: [
        `${files.length} articles; ${traced} have sources, traced with traceSources for the second run (the others score as in the first).`,
        "Quote P/R/F1: exact span match (marks included); F1 +kind also requires speech/scare/title/term to match.",
        "Speaker accuracy: gold speech quotes with a speaker whose predicted quote has that speaker (missed quotes count as wrong).",
        "Voice acc: kind and name (names compared case-folded, one containing the other); voice kind acc: kind only.",
        "Written by us beside the rules: a near-perfect score here is a regression check only. Quality on text we did not write: the PolNeAR tables.",
      ],
    },
    {
      title: "Voices: regression check by article style (without sources; written by us)",
      columns,
      rows: [...byStyle.entries()].sort().map(([style, all]) => row(style, all)),
    },
  ];
}
