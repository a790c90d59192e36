import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../dist/analyze.js";
import { extractClaims } from "../dist/claims/index.js";
import { documentFromString } from "../dist/ingest/index.js";
import { traceSources } from "../dist/trace/index.js";
import { attributeVoices } from "../dist/voice/index.js";
import { sharedData } from "./paths.js";
import type { ResultTable } from "./table.js";
import { time } from "./timing.js";

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A source of about `sourceWords` words from PTC articles, and an article of about
 * `articleWords` that reuses every other source paragraph, edited, between paragraphs of
 * commentary from other articles.
 */
export function pair(sourceWords: number, articleWords: number): { article: string; source: string } {
  const dir = sharedData("ptc/articles");
  const paragraphs = readdirSync(dir)
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split(/\n+/))
    .filter((p) => words(p) >= 12);
  const source: string[] = [];
  let n = 0;
  let i = 0;
  while (n < sourceWords) {
    source.push(paragraphs[i]);
    n += words(paragraphs[i++]);
  }
  const article: string[] = [];
  n = 0;
  for (let k = 0; n < articleWords && k < source.length; k += 2) {
    const commentary = paragraphs[paragraphs.length - 1 - k];
    const reused = source[k].replace(/\b(\d+)\b/, (d) => String(Number(d) + 1)).replace(/\bthe\b/, "this");
    article.push(commentary, reused);
    n += words(commentary) + words(reused);
  }
  return { article: article.join("\n\n"), source: source.join("\n\n") };
}

/** End-to-end latency of `analyze` and of each stage, for the sizes a desk works with. */
export default async function bench(): Promise<ResultTable[]> {
  const rows: (string | number)[][] = [];
  for (const [aw, sw] of [
    [1500, 3000],
    [6000, 12000],
    [24000, 48000],
  ]) {
    const { article: a, source: s } = pair(sw, aw);
    const ingest = time(() => {
      documentFromString(a, { id: "article" });
      documentFromString(s, { id: "source" });
    }, 7);
    const article = documentFromString(a, { id: "article" });
    const source = documentFromString(s, { id: "source" });
    const trace = time(() => traceSources(article, [source]), 7);
    const traced = traceSources(article, [source]);
    const voices = time(() => attributeVoices(article, { matches: traced.matches, sources: [source] }), 7);
    const voiced = attributeVoices(article, { matches: traced.matches, sources: [source] });
    const claims = time(
      () =>
        extractClaims(article, {
          sentenceVoices: voiced.sentenceVoices,
          sources: [source],
          matches: traced.matches,
        }),
      7,
    );
    const total = time(() => analyze(article, { sources: [source] }), 7);
    rows.push([
      `${words(a)} vs ${words(s)} words`,
      ingest.ms,
      trace.ms,
      voices.ms,
      claims.ms,
      total.ms,
      ingest.ms + total.ms,
      total.peakHeapMB,
    ]);
  }
  return [
    {
      title: "analyze end to end: article against one source (median ms)",
      columns: [
        "article vs source",
        "ingest both",
        "trace",
        "voices",
        "claims",
        "analyze",
        "ingest + analyze",
        "heap MB",
      ],
      rows,
      notes: [
        "Texts from ../shared/data/ptc/articles; the article reuses every other source paragraph (a number and a word changed) between paragraphs of commentary.",
        "analyze = trace + voices + claims + summary on already ingested documents; medians of 7 runs after a warm-up (the claims model file, 0.6 MB, loads once before).",
        "Target (product brief): a 1,500-word article against a 3,000-word source in milliseconds.",
      ],
    },
  ];
}
