import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sharedData } from "./paths.js";
import { newsPair } from "./shapes.js";
import type { ResultTable } from "./table.js";

const STAGES = fileURLToPath(new URL("./stage-worker.js", import.meta.url));
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
const label = (bytes: number): string =>
  bytes >= 1e6 ? `${+(bytes / 1e6).toFixed(1)} MB` : `${+(bytes / 1e3).toFixed(1)} KB`;

const LARGE_BYTES = 5e7;
// An hour: on the 2 shared cores at a load average of 20 the analysis alone takes longer than 30 minutes.
const LARGE_LIMIT_S = 3600;

/**
 * Size: a 50 MB article (under the default input cap of 50 MiB) through the whole pipeline once, then
 * rendered in every format and written to a file piece by piece, as the CLI writes it: time, CPU
 * and the peak memory reached by each stage, and the size of each output.
 */
export default async function large(): Promise<ResultTable[]> {
  const dir = mkdtempSync(join(tmpdir(), "sourcetrace-large-"));
  const loadBefore = load();
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  try {
    const { article } = newsPair(sharedData("ptc/articles"), LARGE_BYTES);
    const path = join(dir, "article.txt");
    writeFileSync(path, article);
    const r = spawnSync(
      "/usr/bin/time",
      [
        "-f",
        "TIME %e %U %S %M",
        "timeout",
        String(LARGE_LIMIT_S),
        process.execPath,
        STAGES,
        path,
        "--formats",
        dir,
      ],
      { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "pipe"] },
    );
    const time = (r.stderr ?? "").split("\n").find((l) => l.startsWith("TIME "));
    const [, wall, user, system, rss] = (time ?? "TIME NaN NaN NaN NaN").split(" ").map(Number);
    const line = r.status === 0 ? (r.stdout ?? "").trim().split("\n").pop() : undefined;
    if (!line) {
      notes.push(
        `The run failed (exit ${r.status}): ${(r.stderr ?? "").split("\n").find((l) => l && !l.startsWith("TIME")) ?? ""}`,
      );
    } else {
      const { stages } = JSON.parse(line) as {
        stages: Record<string, { ms: number; cpuMs: number; maxRssMB: number }>;
      };
      for (const [stage, t] of Object.entries(stages)) {
        const format = stage.startsWith("render ") ? stage.slice(7) : undefined;
        const file = format ? join(dir, `report.${format}`) : undefined;
        const size = file && existsSync(file) ? label(statSync(file).size) : "";
        rows.push([stage, t.ms / 1000, t.cpuMs / 1000, t.maxRssMB, size]);
      }
      rows.push(["(whole process)", wall, user + system, rss / 1024, ""]);
    }
    notes.push(
      `Article: ${label(Buffer.byteLength(article))} of news text (PTC articles, repeated with one word in four made up once the corpus is used up), no source. One process: ingest, the whole analysis once, then every format rendered and written to a file piece by piece (the JSON formats in 64 KB pieces).`,
      `Machine: ${cpus().length} cores; load average ${loadBefore} at the start, ${load()} at the end.`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    {
      title: "A 50 MB article through the whole pipeline, in every format",
      columns: ["stage", "wall s", "CPU s", "peak MB so far", "output"],
      rows,
      notes,
    },
  ];
}
