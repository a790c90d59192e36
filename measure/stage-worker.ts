import { once } from "node:events";
import { createWriteStream, readFileSync } from "node:fs";
import { cpuUsage } from "node:process";
import { partShares, STAGE_PARTS, startProfiler } from "./stage-parts.js";

/**
 * Time each stage of the analysis on one article (and source) in a fresh process, and print the
 * times as one JSON line; the growth bench runs it under /usr/bin/time for the peak memory.
 * Usage: node stage-worker.js <article> [<source>] [--formats <dir>]
 * Stages run cold, once, as in one run of the CLI: ingest (decode, extract, normalize, segment,
 * tokenize), trace and voices, the support pool and every sentence's rating, claims, the support
 * findings, rhetoric, the whole report (`analyze`, all stages again, now warm), and the JSON
 * rendering in pieces.
 * With `--formats`, the analysis runs once, whole (a 50 MB article takes minutes), and the report
 * is rendered in every format, each written piece by piece to a file in <dir>, as the CLI does.
 * With `--parts`, the stages of {@link STAGE_PARTS} run under V8's CPU profiler and the output
 * also gives each part's share of them (the profiler slows them, so their times are not the
 * clean ones: a bench takes the shares from this run and the times from a run without it).
 */
const args = process.argv.slice(2);
const formatsDir = args.includes("--formats") ? args.splice(args.indexOf("--formats"), 2)[1] : undefined;
const withParts = args.includes("--parts") ? args.splice(args.indexOf("--parts"), 1).length > 0 : false;
const [articlePath, sourcePath] = args;
// maxRssMB: the process's peak resident memory so far, after the stage (it never goes down).
const stages: Record<string, { ms: number; cpuMs: number; maxRssMB: number }> = {};
const parts: Record<string, Record<string, number>> = {};
async function lap<T>(name: string, f: () => T | Promise<T>): Promise<T> {
  const profiled = withParts && STAGE_PARTS[name] !== undefined;
  const stop = profiled ? await startProfiler() : undefined;
  const t0 = performance.now();
  const c0 = cpuUsage();
  const value = await f();
  const c = cpuUsage(c0);
  stages[name] = {
    ms: performance.now() - t0,
    cpuMs: (c.user + c.system) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
  if (stop) parts[name] = partShares(await stop(), STAGE_PARTS[name]);
  return value;
}

const modules = await lap("imports", async () => ({
  ingest: await import("../dist/ingest/index.js"),
  attribute: await import("../dist/pipeline/attribute.js"),
  claims: await import("../dist/claims/index.js"),
  support: await import("../dist/support/index.js"),
  rhetoric: await import("../dist/rhetoric/index.js"),
  analyze: await import("../dist/analyze.js"),
  json: await import("../dist/report/json-stream.js"),
}));
const read = (path: string, id: string) =>
  modules.ingest.documentFromBytes(readFileSync(path), { id, location: path });
// `let`: with --formats the documents are dropped once analysed, as the CLI does, so that the
// renderers' peak is measured without them.
let article = await lap("ingest", async () => read(articlePath, "article"));
let sources = sourcePath ? [await lap("ingest source", async () => read(sourcePath, "source"))] : [];
if (!formatsDir) {
  const { trace, voices, credits } = await lap("trace + voices", () =>
    modules.attribute.traceAndAttribute(article, sources, {}, { omissions: false }),
  );
  const supportContext = {
    sentenceVoices: voices.sentenceVoices,
    quotes: voices.quotes,
    // As analyze() does: the rules' attributions, and the learned ones of the sentences support asks of.
    attributions: voices.ruledAttributions,
    learnedIn: voices.learnedIn,
    reproduced: voices.reproduced,
    matches: trace.matches,
    sources,
    traceFindings: trace.findings,
    // As analyze() does: support reads the datelines the voice layer found.
    datelines: credits.filter((c) => c.kind === "dateline"),
  };
  const rater = await lap("support pool", () => new modules.support.SupportRater(article, supportContext));
  // Every sentence's rating first, so that claims (which asks which sentences a source speaks of)
  // and the ratings of the claims are timed apart from retrieval and rating.
  await lap("support ratings", () => {
    for (let i = 0; i < article.sentences.length; i++) rater.rate(i);
  });
  const claims = await lap("claims", () =>
    modules.claims.extractClaims(article, {
      sentenceVoices: voices.sentenceVoices,
      sources,
      matches: trace.matches,
      sourced: (i) => rater.speaksOf(i),
      rated: (i) => rater.rates(i),
    }),
  );
  await lap("support findings", () =>
    modules.support.rateClaims(article, claims.claims, supportContext, rater),
  );
  await lap("rhetoric", () => modules.rhetoric.rhetoricFindings(article, voices));
}
const report = await lap(formatsDir ? "analyze (whole)" : "analyze (whole, warm)", () =>
  modules.analyze.analyze(article, { sources }),
);
if (!formatsDir) {
  await lap("JSON pieces", () => {
    let n = 0;
    for (const piece of modules.json.jsonChunks(report)) n += piece.length;
    return n;
  });
} else {
  article = undefined as unknown as typeof article;
  sources = [];
  // As the CLI does when Node exposes the collector (src/cli/relaunch.ts).
  (globalThis as { gc?: () => void }).gc?.();
  const { FORMAT_NAMES } = await import("../dist/report/format-names.js");
  const { renderChunks } = await import("../dist/report/formats.js");
  for (const format of FORMAT_NAMES) {
    await lap(`render ${format}`, async () => {
      const out = createWriteStream(`${formatsDir}/report.${format}`);
      for (const piece of renderChunks(report, format)) if (!out.write(piece)) await once(out, "drain");
      out.end();
      await once(out, "finish");
    });
  }
}
process.stdout.write(`${JSON.stringify({ stages, parts, words: report.summary.words })}\n`);
