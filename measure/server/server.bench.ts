import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { repoPath } from "../../dist/testing/helpers.js";
import { pair } from "../analyze.bench.js";
import type { ResultTable } from "../table.js";

const LEVELS = [1, 8, 32];
const SECONDS = 8;

/** Start `sourcetrace serve` on an ephemeral loopback port in its own process. */
async function startServe(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [repoPath("dist/cli/main.js"), "serve", "--port", "0", "--db", db], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      const m = /^listening on (\S+)\n/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { child, url };
}

// Resident memory of a process in MB, from /proc (Linux); peaks are sampled during each run.
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * The server under load: autocannon posts the same analysis (a 1,500-word article against a
 * 3,000-word source) from 1, 8 and 32 concurrent connections for a fixed time each, over
 * loopback only, to a server in its own process with its default limits.
 */
export default async function bench(): Promise<ResultTable[]> {
  const dir = mkdtempSync(join(tmpdir(), "sourcetrace-bench-"));
  const { child, url } = await startServe(join(dir, "bench.db"));
  const pid = child.pid as number;
  const { article, source } = pair(3000, 1500);
  const body = JSON.stringify({ article: { text: article }, sources: [{ text: source, id: "source" }] });
  const rows: (string | number)[][] = [];
  try {
    // Warm-up: the workers load the lexicons and models once.
    await autocannon({
      url: `${url}/api/analyze`,
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
      amount: 8,
      connections: 2,
    });
    for (const connections of LEVELS) {
      let peak = rssMb(pid);
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMb(pid));
      }, 100);
      const r = await autocannon({
        url: `${url}/api/analyze`,
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
        connections,
        duration: SECONDS,
        timeout: 60,
      });
      clearInterval(sampler);
      const busy = r.statusCodeStats?.["503"]?.count ?? 0;
      const created = r.statusCodeStats?.["201"]?.count ?? 0;
      rows.push([
        connections,
        created,
        r.latency.p50,
        r.latency.p99,
        r.latency.max,
        r.requests.average,
        busy,
        r.errors + r.timeouts + (r.non2xx - busy),
        Math.round(peak),
      ]);
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    {
      title: "server under load: POST /api/analyze, 1,500-word article against a 3,000-word source",
      columns: ["concurrent", "201s", "p50 ms", "p99 ms", "max ms", "req/s", "503s", "errors", "peak RSS MB"],
      rows,
      notes: [
        `autocannon over loopback for ${SECONDS} s per level against \`sourcetrace serve\` in its own process (default limits: one worker thread per core up to 4, 64 queued); texts from ../shared/data/ptc/articles as in the analyze bench.`,
        "503s are the deliberate answer when more analyses are in flight than the workers and their queue hold; errors counts everything else that was not a 201 (connection errors, timeouts, other statuses).",
        "peak RSS is the server process (main thread and workers) sampled every 100 ms; it stays bounded because requests beyond the queue are turned away before their body is analysed.",
      ],
    },
  ];
}
