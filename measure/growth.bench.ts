import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { sharedData } from "./paths.js";
import {
  CLI,
  DWDIFF,
  load,
  measure as measureWith,
  median,
  type Run,
  SIM_TEXT,
  stageTimes,
} from "./processes.js";
import { shapes } from "./shapes.js";
import type { ResultTable } from "./table.js";

// Each process is stopped after LIMIT_S of wall time; a shape whose run is stopped or takes over
// LIMIT_S / 10 of CPU time is not run at the next size (ten times the input, at best ten times
// the time). CPU time decides, not wall time: on a shared machine wall time says more about the
// other work than about ours.
const LIMIT_S = 600;
// Runs shorter than this are repeated (REPEATS times) and their median reported: the machine is
// shared and a single short run says little.
const REPEAT_UNDER_S = 5;
const REPEATS = 3;
const measure = (command: string[]): Run =>
  measureWith(command, { limitS: LIMIT_S, repeatUnderS: REPEAT_UNDER_S, repeats: REPEATS });

const label = (bytes: number): string =>
  bytes >= 1e6 ? `${+(bytes / 1e6).toFixed(1)} MB` : `${+(bytes / 1e3).toFixed(1)} KB`;
const seconds = (r: Run): string | number => (r.failed ? "n/a" : r.wall);

/**
 * Growth: the whole analysis (`sourcetrace analyze -f json -o file`, one process each) on every
 * input shape that once made a stage quadratic, and on plain news text, at three sizes ten times
 * apart: time, CPU and peak memory, and how much each grows per 10× input. `dwdiff -s` and
 * `sim_text` run on the same news pairs. Then each stage timed separately, and start-up.
 */
export default async function growthBench(): Promise<ResultTable[]> {
  const ptc = sharedData("ptc/articles");
  const dir = mkdtempSync(join(tmpdir(), "sourcetrace-growth-"));
  const loadBefore = load();
  const rows: (string | number)[][] = [];
  const peers: (string | number)[][] = [];
  const stageRows: (string | number)[][] = [];
  const notes: string[] = [];
  try {
    for (const shape of shapes(ptc)) {
      let previous: Run | undefined;
      let stop: string | undefined;
      for (const size of shape.sizes) {
        if (stop) {
          rows.push([shape.name, label(size), "skipped", "", "", "", "", stop]);
          continue;
        }
        const pair = shape.make(size);
        const article = join(dir, `article.${pair.ext}`);
        const source = join(dir, "source.txt");
        writeFileSync(article, pair.article);
        if (pair.source) writeFileSync(source, pair.source);
        const bytes = Buffer.byteLength(pair.article) + (pair.source ? Buffer.byteLength(pair.source) : 0);
        const loadNow = load();
        const out = join(dir, "report.json");
        const r = measure([
          process.execPath,
          CLI,
          "analyze",
          article,
          ...(pair.source ? ["--source", source] : []),
          "--format",
          "json",
          "-o",
          out,
        ]);
        const growth = previous && !r.failed && !previous.failed ? r.wall / previous.wall : "";
        const cpuGrowth = previous && !r.failed && !previous.failed ? r.cpu / previous.cpu : "";
        rows.push([
          shape.name,
          label(bytes),
          seconds(r),
          r.failed ? "" : r.cpu,
          r.failed ? "" : r.peakMB,
          growth,
          cpuGrowth,
          r.failed ?? `load ${loadNow}`,
        ]);
        if (r.failed) stop = `${r.failed} at ${label(bytes)}`;
        else if (r.cpu > LIMIT_S / 10) stop = `${r.cpu.toFixed(0)} s of CPU at ${label(bytes)}`;
        previous = r;
        if (shape.name === "news pair" && pair.source) {
          peers.push(peerRow("sourcetrace analyze (JSON)", bytes, r, r));
          if (existsSync(DWDIFF))
            peers.push(peerRow("dwdiff -s", bytes, measure([DWDIFF, "-s", source, article]), r));
          if (existsSync(SIM_TEXT))
            peers.push(peerRow("sim_text", bytes, measure([SIM_TEXT, source, article]), r));
          const s = stageTimes(article, source);
          if (!s.run.failed) {
            for (const [stage, t] of Object.entries(s.stages))
              stageRows.push([label(bytes), stage, t.ms / 1000, t.cpuMs / 1000]);
            stageRows.push([label(bytes), "(peak memory of the stage run, MB)", s.run.peakMB, ""]);
          }
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!existsSync(DWDIFF) || !existsSync(SIM_TEXT))
    notes.push(
      "dwdiff or sim_text is not installed (apt-get install -y dwdiff similarity-tester): the peers it lacks were not run.",
    );
  const machine = `${cpus().length} cores; load average (1, 5, 15 min) ${loadBefore} at the start, ${load()} at the end`;
  return [
    {
      title:
        "Growth: the whole analysis (CLI, JSON to a file) per input shape, at three sizes ten times apart",
      columns: ["shape", "input", "wall s", "CPU s", "peak MB", "wall × prev", "CPU × prev", "detail"],
      rows,
      notes: [
        `Each run is one process: \`sourcetrace analyze <article> [--source <source>] --format json -o <file>\`, start-up included; runs under ${REPEAT_UNDER_S} s are repeated ${REPEATS} times and the median shown. "× prev": how much the time grew for 10× the input (near-linear: ≤ 15×).`,
        "CPU s counts every thread (garbage collection and compilation run beside the main thread), so it can exceed wall time on an idle machine and is steadier than wall time on a loaded one.",
        ...shapes(ptc).map((s) => `${s.name}: ${s.why}.`),
        `Machine: ${machine}. Other work shares the cores, so compare figures within one run.`,
      ],
    },
    {
      title: "Growth: the whole analysis next to C word diffs, on the same news pairs",
      columns: ["input", "tool", "wall s", "CPU s", "peak MB", "ours / tool (wall)", "ours / tool (CPU)"],
      rows: peers,
      notes: [
        "News pairs: PTC articles (not ours) as the source; the article is the source with 5% of its sentences dropped and 2% of its words replaced by made-up ones. Both files about the size shown, which is the sum of the two.",
        "dwdiff -s only diffs words and counts them; sim_text only finds shared runs. sourcetrace also segments, attributes voices, finds claims and quantities, and writes the JSON report.",
        `Machine: ${machine}.`,
      ],
    },
    {
      title: "Growth: each stage timed separately on the news pairs (one cold process per size)",
      columns: ["input", "stage", "wall s", "CPU s"],
      rows: stageRows,
      notes: [
        "Stages in the order of one CLI run, each cold (first call, before the JIT has warmed up): imports, ingest of each text, trace with voice attribution, the support pool (passages, BM25 index, quantities), every sentence's support rating, claims, the support findings, rhetoric; then the whole analysis again (warm) and the JSON report in pieces.",
      ],
    },
    startup(),
  ];
}

function peerRow(tool: string, bytes: number, r: Run, ours: Run): (string | number)[] {
  return [
    label(bytes),
    tool,
    seconds(r),
    r.failed ? "" : r.cpu,
    r.failed ? "" : r.peakMB,
    r.failed || ours.failed ? (r.failed ?? "") : ours.wall / r.wall,
    r.failed || ours.failed ? "" : ours.cpu / r.cpu,
  ];
}

// Start-up: the CLI's --version and --help next to a bare Node process, medians of 9 runs.
function startup(): ResultTable {
  const runs = (command: string[]) => {
    const walls: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      spawnSync(command[0], command.slice(1), { stdio: "ignore" });
      walls.push(performance.now() - t0);
    }
    return [median(walls), Math.min(...walls)];
  };
  const bare = runs([process.execPath, "-e", ""]);
  const version = runs([process.execPath, CLI, "--version"]);
  const help = runs([process.execPath, CLI, "--help"]);
  return {
    title: "Start-up: the CLI before any work, next to a bare Node process",
    columns: ["command", "median ms", "fastest ms", "over bare Node (median) ms"],
    rows: [
      ["node -e ''", bare[0], bare[1], 0],
      ["sourcetrace --version", version[0], version[1], version[0] - bare[0]],
      ["sourcetrace --help", help[0], help[1], help[0] - bare[0]],
    ],
    notes: [
      `9 runs each. Load average ${load()} on ${cpus().length} cores: on a loaded machine Node's own start-up dominates.`,
    ],
  };
}
