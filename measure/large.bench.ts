import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { sharedData } from "./paths.js";
import { cliNodeFlags, load, STAGES } from "./processes.js";
import { newsPair } from "./shapes.js";
import type { ResultTable } from "./table.js";

const label = (bytes: number): string =>
  bytes >= 1e6 ? `${+(bytes / 1e6).toFixed(1)} MB` : `${+(bytes / 1e3).toFixed(1)} KB`;

// The 50 MB article is under the default input cap of 50 MiB; the 10 MB one beside it shows how
// each stage grows (5× the input should cost about 5× the time), which the 50 MB run alone cannot.
const SIZES = [1e7, 5e7];
// An hour: on the 2 shared cores at a load average of 20 the analysis alone takes longer than 30 minutes.
const LARGE_LIMIT_S = 3600;

interface StageTime {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
}

/** One article through the stage worker in `--formats` mode, under /usr/bin/time. */
function run(
  bytes: number,
  dir: string,
): {
  article: string;
  stages?: Record<string, StageTime>;
  words?: number;
  whole: { wall: number; cpu: number; peakMB: number };
  failed?: string;
  load: string;
} {
  const { article } = newsPair(sharedData("ptc/articles"), bytes);
  const path = join(dir, "article.txt");
  writeFileSync(path, article);
  const loadNow = load();
  const r = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "TIME %e %U %S %M",
      "timeout",
      String(LARGE_LIMIT_S),
      process.execPath,
      // The flags the CLI would start Node with for this input (src/cli/relaunch.ts).
      ...cliNodeFlags([path]),
      STAGES,
      path,
      "--formats",
      dir,
    ],
    { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "pipe"] },
  );
  const time = (r.stderr ?? "").split("\n").find((l) => l.startsWith("TIME "));
  const [, wall, user, system, rss] = (time ?? "TIME NaN NaN NaN NaN").split(" ").map(Number);
  const whole = { wall, cpu: user + system, peakMB: rss / 1024 };
  const line = r.status === 0 ? (r.stdout ?? "").trim().split("\n").pop() : undefined;
  if (!line) {
    const why = (r.stderr ?? "").split("\n").find((l) => l && !l.startsWith("TIME")) ?? "";
    return { article, whole, failed: `exit ${r.status}: ${why}`, load: loadNow };
  }
  const { stages, words } = JSON.parse(line) as { stages: Record<string, StageTime>; words: number };
  return { article, stages, words, whole, load: loadNow };
}

/**
 * Size: a 10 MB and a 50 MB article (under the default input cap of 50 MiB) each through the whole
 * pipeline once, then rendered in every format and written to a file piece by piece, as the CLI
 * writes it: time, CPU and the peak memory reached by each stage, the size of each output, and
 * how much each stage grew from 10 MB to 50 MB.
 */
export default async function large(): Promise<ResultTable[]> {
  const dir = mkdtempSync(join(tmpdir(), "sourcetrace-large-"));
  const loadBefore = load();
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  try {
    const small: Record<string, number> = {};
    for (const bytes of SIZES) {
      const r = run(bytes, dir);
      const size = label(Buffer.byteLength(r.article));
      if (!r.stages) {
        rows.push([size, "(failed)", "", "", "", "", r.failed ?? ""]);
        continue;
      }
      const all: [string, StageTime | undefined][] = [
        ...Object.entries(r.stages),
        ["(whole process)", undefined],
      ];
      for (const [stage, t] of all) {
        const format = stage.startsWith("render ") ? stage.slice(7) : undefined;
        const file = format ? join(dir, `report.${format}`) : undefined;
        const output = file && existsSync(file) ? label(statSync(file).size) : "";
        const cpu = t ? t.cpuMs / 1000 : r.whole.cpu;
        const growth = bytes === SIZES[0] ? "" : small[stage] ? cpu / small[stage] : "";
        if (bytes === SIZES[0]) small[stage] = cpu;
        rows.push([
          size,
          stage,
          t ? t.ms / 1000 : r.whole.wall,
          cpu,
          t ? t.maxRssMB : r.whole.peakMB,
          growth,
          output || (t ? "" : `${r.words} words; load ${r.load} at the start`),
        ]);
      }
    }
    notes.push(
      "Articles: news text (PTC articles, repeated with one word in four made up once the corpus is used up), no source. One process per article: ingest, the whole analysis once, then every format rendered and written to a file piece by piece (the JSON formats in 64 KB pieces).",
      `"CPU × 10 MB": the stage's CPU time at 50 MB over its CPU time at 10 MB, for 5× the input (linear: 5).`,
      `Machine: ${cpus().length} cores; load average (1, 5, 15 min) ${loadBefore} at the start, ${load()} at the end. Other work shares the cores: CPU time is the steadier figure.`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    {
      title: "A 10 MB and a 50 MB article through the whole pipeline, in every format",
      columns: ["article", "stage", "wall s", "CPU s", "peak MB so far", "CPU × 10 MB", "output / detail"],
      rows,
      notes,
    },
  ];
}
