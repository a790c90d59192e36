import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { sharedData } from "./paths.js";
import { CLI, cliNodeFlags, DWDIFF, load, measure, median, type Run, stageTimes } from "./processes.js";
import { newsPair } from "./shapes.js";
import type { ResultTable } from "./table.js";

// Rounds of the three commands, taken in turn so that a change of load hits them alike.
const ROUNDS = 3;

/**
 * The 1 MB news pair (the speed target's input): the whole analysis, `trace` alone and each stage
 * next to `dwdiff -s` on the same two files, as ratios, in one run; then the 10 MB pair once, as a
 * multiple of the 1 MB pair. `npm run bench -- --only speed` runs this alone in a few minutes; the
 * growth bench covers every size and input shape.
 */
export default async function speedBench(): Promise<ResultTable[]> {
  const dir = mkdtempSync(join(tmpdir(), "sourcetrace-speed-"));
  const loadBefore = load();
  try {
    const pair = newsPair(sharedData("ptc/articles"), 1e6);
    const article = join(dir, "article.txt");
    const source = join(dir, "source.txt");
    writeFileSync(article, pair.article);
    writeFileSync(source, pair.source);
    const analyzeJson = (nodeFlags: string[], out: string) => [
      process.execPath,
      ...nodeFlags,
      CLI,
      "analyze",
      article,
      "--source",
      source,
      "--format",
      "json",
      "-o",
      join(dir, out),
    ];
    const commands: Record<string, string[]> = {
      "dwdiff -s": [DWDIFF, "-s", source, article],
      "sourcetrace analyze (JSON to a file)": analyzeJson([], "report.json"),
      // As before the CLI chose V8's thread pool: one process, Node's default four threads.
      "sourcetrace analyze, Node's default V8 pool": analyzeJson(
        ["--v8-pool-size=4"],
        "report-default-pool.json",
      ),
      "sourcetrace trace": [process.execPath, CLI, "trace", article, source, "-o", join(dir, "trace.txt")],
    };
    if (!existsSync(DWDIFF)) delete commands["dwdiff -s"];
    const runs: Record<string, Run[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++)
      for (const [name, command] of Object.entries(commands))
        runs[name].push(measure(command, { repeats: 1 }));
    const summary = (rs: Run[]) => {
      const failed = rs.find((r) => r.failed);
      return failed ?? { ...rs[0], wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)) };
    };
    const totals = Object.fromEntries(Object.entries(runs).map(([name, rs]) => [name, summary(rs)]));
    const dw = totals["dwdiff -s"] as Run | undefined;
    const ratio = (x: number, y: number | undefined) => (y ? x / y : "");
    const rows = Object.entries(totals).map(([name, r]) => [
      name,
      r.failed ? "n/a" : r.wall,
      r.failed ? "" : r.cpu,
      r.failed ? (r.failed ?? "") : r.peakMB,
      r.failed ? "" : ratio(r.wall, dw?.wall),
      r.failed ? "" : ratio(r.cpu, dw?.cpu),
    ]);
    const { stages, run } = stageTimes(article, source);
    // The parts of the costliest stages: their shares from a second, profiled run, applied to
    // the clean run's CPU time (the profiler slows what it watches).
    const profiled = stageTimes(article, source, { parts: true });
    const stageRows: (string | number)[][] = [];
    for (const [stage, t] of Object.entries(stages)) {
      stageRows.push([
        stage,
        t.ms / 1000,
        t.cpuMs / 1000,
        ratio(t.ms / 1000, dw?.wall),
        ratio(t.cpuMs / 1000, dw?.cpu),
      ]);
      const shares = Object.entries(profiled.parts[stage] ?? {}).sort((a, b) => b[1] - a[1]);
      for (const [part, share] of shares)
        stageRows.push([
          `  ${part} (${(100 * share).toFixed(0)}%)`,
          "",
          (share * t.cpuMs) / 1000,
          "",
          ratio((share * t.cpuMs) / 1000, dw?.cpu),
        ]);
    }
    if (run.failed) stageRows.push(["(stage run failed)", run.failed, "", "", ""]);
    if (profiled.run.failed) stageRows.push(["(profiled stage run failed)", profiled.run.failed, "", "", ""]);
    const bytes = `${(pair.article.length / 1e6).toFixed(2)} MB article, ${(pair.source.length / 1e6).toFixed(2)} MB source`;
    // The 10 MB pair, made the same way: time ≤ 15× the 1 MB pair's and memory ≤ 1.5 GB are the goals.
    const large = newsPair(sharedData("ptc/articles"), 1e7);
    writeFileSync(article, large.article);
    writeFileSync(source, large.source);
    const tenfold = measure(commands["sourcetrace analyze (JSON to a file)"], { repeats: 1, limitS: 1200 });
    const one = totals["sourcetrace analyze (JSON to a file)"];
    const scaleRows = [
      ["1 MB pair (median of the rounds above)", one.wall, one.cpu, one.peakMB, 1, 1],
      tenfold.failed
        ? ["10 MB pair", "n/a", "", tenfold.failed, "", ""]
        : [
            `10 MB pair (${(large.article.length / 1e6).toFixed(2)} MB article, ${(large.source.length / 1e6).toFixed(2)} MB source)`,
            tenfold.wall,
            tenfold.cpu,
            tenfold.peakMB,
            ratio(tenfold.wall, one.wall),
            ratio(tenfold.cpu, one.cpu),
          ],
    ];
    const machine = `${cpus().length} cores; load average (1, 5, 15 min) ${loadBefore} at the start, ${load()} at the end`;
    return [
      {
        title: `Speed: the 1 MB news pair (${bytes}), whole analysis next to dwdiff -s`,
        columns: ["command", "wall s", "CPU s", "peak MB", "× dwdiff (wall)", "× dwdiff (CPU)"],
        rows,
        notes: [
          "PTC articles (not ours) as the source; the article is the source with 5% of its sentences dropped and 2% of its words replaced by made-up ones.",
          `Each command is one process, start-up included; ${ROUNDS} rounds taken in turn, medians shown. Target: analyze ≤ 2× dwdiff -s.`,
          `On fewer than five cores the CLI runs a long analysis in a Node started again with ${cliNodeFlags([article, source]).join(" ") || "its default pool"} (src/cli/relaunch.ts); "Node's default V8 pool" is the same analysis in one process with Node's four threads, as before.`,
          `Machine: ${machine}. CPU s is steadier than wall s when other work shares the cores.`,
        ],
      },
      {
        title: "Size: the 10 MB pair next to the 1 MB pair, whole analysis with JSON to a file",
        columns: ["pair", "wall s", "CPU s", "peak MB", "× 1 MB (wall)", "× 1 MB (CPU)"],
        rows: scaleRows,
        notes: [
          "The same generator at ten times the size, one run. Goals: the 10 MB pair within 15× the 1 MB pair's time and 1.5 GB of memory; the 1 MB pair within 300 MB.",
          `Machine: ${cpus().length} cores; load average (1, 5, 15 min) ${load()} at the end. CPU s is steadier than wall s when other work shares the cores.`,
        ],
      },
      {
        title: "Speed: each stage of the analysis on the same pair, next to dwdiff -s",
        columns: ["stage", "wall s", "CPU s", "× dwdiff (wall)", "× dwdiff (CPU)"],
        rows: stageRows,
        notes: [
          "One process (with the V8 pool the CLI would choose), stages in the order of a CLI run, each cold: imports, ingest of each text, trace with voice attribution, the support pool (passages, BM25 index, quantities), every sentence's support rating, claims, the support findings, rhetoric; then the whole analysis again (warm) and the JSON report in pieces.",
          "Indented rows split trace + voices and the support ratings into their parts (measure/stage-parts.ts): each part's share of the stage's samples in a second run under V8's CPU profiler, times the stage's CPU s above; a part counts its own helpers, garbage collection is its own part.",
          `Machine: ${machine}.`,
        ],
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
