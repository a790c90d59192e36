import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { relaunchFlags } from "../dist/cli/relaunch.js";

/** The CLI and the stage timer, as built. */
export const CLI = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
export const STAGES = fileURLToPath(new URL("./stage-worker.js", import.meta.url));
export const DWDIFF = "/usr/bin/dwdiff";
export const SIM_TEXT = "/usr/bin/sim_text";

/** How one command ran. */
export interface Run {
  /** Wall-clock seconds (median of the runs). */
  wall: number;
  /** User + system CPU seconds, of every thread of the process (median). */
  cpu: number;
  /** Peak resident set in MB (largest of the runs). */
  peakMB: number;
  stdout: string;
  failed?: string;
}

/** Options of {@link measure}. */
export interface MeasureOptions {
  /** Seconds after which the process is stopped (default: 150). */
  limitS?: number;
  /** Runs shorter than this are repeated and their median kept (default: 5). */
  repeatUnderS?: number;
  /** How many runs a short command gets (default: 3). */
  repeats?: number;
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The load average (1, 5, 15 min), for the notes of every timed table. */
export const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");

// dwdiff, like diff, exits with 1 when the texts differ.
const OK_STATUS: Record<string, number[]> = { [DWDIFF]: [0, 1] };

// One process under /usr/bin/time: wall, CPU and peak memory are measured the same way for every
// tool; coreutils `timeout` stops the process itself at the limit.
function once(command: string[], limitS: number): Run {
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", "timeout", String(limitS), ...command], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const line = (r.stderr ?? "").split("\n").find((l) => l.startsWith("TIME "));
  const [, wall, user, system, rss] = (line ?? "TIME NaN NaN NaN NaN").split(" ").map(Number);
  const failed =
    r.status === 124 || /status 124/.test(r.stderr ?? "")
      ? `stopped at the ${limitS} s limit`
      : !(OK_STATUS[command[0]] ?? [0]).includes(r.status ?? -1)
        ? `exit ${r.status}: ${(r.stderr ?? "").split("\n").find((l) => l && !l.startsWith("TIME")) ?? ""}`
        : undefined;
  return { wall, cpu: user + system, peakMB: rss / 1024, stdout: r.stdout ?? "", failed };
}

/**
 * Run `command` as its own process and measure it; a short run is repeated and the median kept,
 * since the machine is shared and a single short run says little.
 */
export function measure(command: string[], options: MeasureOptions = {}): Run {
  const { limitS = 150, repeatUnderS = 5, repeats = 3 } = options;
  const first = once(command, limitS);
  if (first.failed || first.wall >= repeatUnderS) return first;
  const runs = [first];
  for (let i = 1; i < repeats; i++) runs.push(once(command, limitS));
  const failed = runs.find((r) => r.failed);
  if (failed) return failed;
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    peakMB: Math.max(...runs.map((r) => r.peakMB)),
    stdout: first.stdout,
  };
}

/**
 * The Node flags the CLI would run a command on these inputs with (src/cli/relaunch.ts), so
 * that stages timed in a process of their own run as they do under the CLI.
 */
export function cliNodeFlags(inputs: string[]): string[] {
  return relaunchFlags({
    execArgv: [],
    cores: availableParallelism(),
    inputBytes: inputs.reduce((n, path) => n + statSync(path).size, 0),
  });
}

/** The stage timer's figures for one article and source: seconds of wall and CPU per stage. */
export function stageTimes(
  article: string,
  source: string,
  options: { parts?: boolean } = {},
): {
  stages: Record<string, { ms: number; cpuMs: number }>;
  /** With `parts`: each profiled stage's parts, as shares of it (measure/stage-parts.ts). */
  parts: Record<string, Record<string, number>>;
  run: Run;
} {
  const run = measure(
    [
      process.execPath,
      ...cliNodeFlags([article, source]),
      STAGES,
      article,
      source,
      ...(options.parts ? ["--parts"] : []),
    ],
    { repeats: 1 },
  );
  if (run.failed) return { stages: {}, parts: {}, run };
  const { stages, parts } = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as {
    stages: Record<string, { ms: number; cpuMs: number }>;
    parts?: Record<string, Record<string, number>>;
  };
  return { stages, parts: parts ?? {}, run };
}
