import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDocument } from "../../dist/text/document.js";
import { traceSources } from "../../dist/trace/index.js";
import { sharedData } from "../paths.js";
import type { ResultTable } from "../table.js";
import { loadCorpus, scaledPair } from "./generate.js";

const SIZES = [1e4, 1e5, 1e6, 1e7];
// A tool is not run at a size when it took over BUDGET_S at the size before, or when ten times
// its time there (linear growth at best) would exceed BUDGET_S; each run is stopped after
// BUDGET_S + 5 s. The whole bench stays within about four minutes.
const BUDGET_S = 60;
const WORKER = fileURLToPath(new URL("./worker.js", import.meta.url));

interface Run {
  seconds: number;
  peakMB: number;
  detail: string;
}

type Tool = {
  name: string;
  available: boolean;
  command: (article: string, source: string) => string[];
  inProcess: boolean;
};

const TOOLS: Tool[] = [
  {
    name: "sourcetrace",
    available: true,
    inProcess: true,
    command: (a, s) => [process.execPath, WORKER, "sourcetrace", a, s],
  },
  {
    name: "jsdiff diffWords",
    available: true,
    inProcess: true,
    command: (a, s) => [process.execPath, WORKER, "jsdiff", a, s, String(BUDGET_S * 1000)],
  },
  {
    name: "dwdiff",
    available: existsSync("/usr/bin/dwdiff"),
    inProcess: false,
    command: (a, s) => ["/usr/bin/dwdiff", "-s", s, a],
  },
  {
    name: "sim_text",
    available: existsSync("/usr/bin/sim_text"),
    inProcess: false,
    command: (a, s) => ["/usr/bin/sim_text", s, a],
  },
];

// Run a command under /usr/bin/time: in-process tools report their own operation time; the
// others are timed as whole processes. Peak memory is the process's maximum resident set.
function run(tool: Tool, article: string, source: string): Run {
  const [cmd, ...args] = tool.command(article, source);
  // coreutils `timeout` kills the tool itself at the limit (GNU time would leave it orphaned).
  const limit = String(BUDGET_S + 5);
  const result = spawnSync("/usr/bin/time", ["-f", "TIME %e %M", "timeout", limit, cmd, ...args], {
    encoding: "utf8",
    timeout: BUDGET_S * 2000,
    maxBuffer: 1 << 30,
    stdio: ["ignore", tool.inProcess ? "pipe" : "ignore", "pipe"],
  });
  const line = (result.stderr ?? "").split("\n").find((l) => l.startsWith("TIME "));
  if (!line || result.status === 124 || /status 124/.test(result.stderr ?? "")) {
    return { seconds: Number.NaN, peakMB: Number.NaN, detail: `stopped at the ${limit} s limit` };
  }
  const [, wall, rssKB] = line.split(" ");
  if (tool.inProcess) {
    const out = JSON.parse(result.stdout.trim().split("\n").pop() ?? "{}") as { ms: number; detail: string };
    return { seconds: out.ms / 1000, peakMB: Number(rssKB) / 1024, detail: out.detail };
  }
  return { seconds: Number(wall), peakMB: Number(rssKB) / 1024, detail: "whole process" };
}

const label = (bytes: number): string => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`);

/**
 * Trace speed: pairs of 10 KB to 10 MB (article and source each) from the benchmark generator,
 * ours against jsdiff's diffWords, and dwdiff and sim_text when installed; plus the in-process
 * time of a 1,500-word article against a 3,000-word source.
 */
export default async function traceBench(): Promise<ResultTable[]> {
  const corpus = loadCorpus(sharedData("ptc/articles"));
  const dir = mkdtempSync(join(tmpdir(), "sourcetrace-bench-"));
  const rows: (string | number)[][] = [];
  const growth: (string | number)[][] = [];
  const skipped = new Map<string, string>();
  const notes: string[] = [];
  try {
    for (const size of SIZES) {
      const pair = scaledPair(corpus, size);
      const a = join(dir, `article-${size}.txt`);
      const s = join(dir, `source-${size}.txt`);
      writeFileSync(a, pair.article);
      writeFileSync(s, pair.source);
      const bytes = Buffer.byteLength(pair.article) + Buffer.byteLength(pair.source);
      let ours: Run | undefined;
      for (const tool of TOOLS) {
        if (!tool.available) continue;
        const reason = skipped.get(tool.name);
        if (reason) {
          rows.push([label(size), tool.name, "skipped", "", "", "", "", reason]);
          continue;
        }
        const r = run(tool, a, s);
        if (tool.name === "sourcetrace") {
          ours = r;
          const previous = growth[growth.length - 1];
          growth.push([label(size), r.seconds, previous ? r.seconds / Number(previous[1]) : ""]);
        }
        if (!(r.seconds <= BUDGET_S))
          skipped.set(tool.name, `took ${Math.round(r.seconds)} s at ${label(size)}`);
        else if (r.seconds * 10 > BUDGET_S)
          skipped.set(
            tool.name,
            `would take over ${BUDGET_S} s (${r.seconds.toFixed(1)} s at ${label(size)})`,
          );
        rows.push([
          label(size),
          tool.name,
          // /usr/bin/time counts hundredths of a second: 0 means "under 0.01 s".
          Number.isNaN(r.seconds) ? "n/a" : r.seconds === 0 ? "<0.01" : r.seconds,
          r.seconds > 0 ? bytes / 1e6 / r.seconds : "",
          Number.isNaN(r.peakMB) ? "" : r.peakMB,
          ours && r.seconds > 0 ? r.seconds / ours.seconds : "",
          ours && !Number.isNaN(r.peakMB) ? r.peakMB / ours.peakMB : "",
          r.detail,
        ]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const t of TOOLS)
    if (!t.available)
      notes.push(`${t.name} is not installed (apt-get install -y dwdiff similarity-tester); not run.`);
  return [
    {
      title: "Trace speed: article vs source of each size (both texts that size)",
      columns: ["size", "tool", "seconds", "MB/s", "peak RSS MB", "time / ours", "memory / ours", "detail"],
      rows,
      notes: [
        "sourcetrace and jsdiff: operation time inside a Node process (sourcetrace includes building both documents: normalize, segment, tokenize); dwdiff and sim_text: whole-process wall time.",
        "Peak RSS from /usr/bin/time for every tool (a Node process starts at about 45 MB).",
        `Pairs from scaledPair() (measure/trace/generate.ts): half the source's sentences copied into the article, some with a changed word.`,
        ...notes,
      ],
    },
    {
      title: "Trace speed: growth of our time with input size",
      columns: ["size", "seconds", "× previous size (input ×10)"],
      rows: growth,
      notes: ["Near-linear means ≤ 15× per 10× input."],
    },
    articleTiming(corpus),
  ];
}

// The everyday case, in-process: a 1,500-word article against a 3,000-word source.
function articleTiming(corpus: ReturnType<typeof loadCorpus>): ResultTable {
  const pair = scaledPair(corpus, 40000, 11);
  const words = (text: string, n: number) => {
    const re = /\S+/g;
    let end = 0;
    for (let k = 0; k < n; k++) {
      const m = re.exec(text);
      if (!m) break;
      end = m.index + m[0].length;
    }
    return text.slice(0, end);
  };
  const sourceText = words(pair.source, 3000);
  const articleText = words(pair.article, 1500);
  const article = createDocument(articleText, { id: "article" });
  const source = createDocument(sourceText, { id: "source" });
  const runs = (fn: () => unknown, n: number) => {
    fn();
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      fn();
      ms.push(performance.now() - t0);
    }
    ms.sort((x, y) => x - y);
    return [ms[Math.floor(n / 2)], ms[0]];
  };
  const trace = runs(() => traceSources(article, [source]), 30);
  const docs = runs(() => [createDocument(articleText), createDocument(sourceText)], 10);
  const matches = traceSources(article, [source]).matches.length;
  return {
    title: "Trace speed: a 1,500-word article against a 3,000-word source, in-process",
    columns: ["step", "median ms", "fastest ms", "target ms"],
    rows: [
      ["traceSources (documents built)", trace[0], trace[1], 20],
      ["createDocument × 2", docs[0], docs[1], ""],
    ],
    notes: [
      `${matches} matches; 30 runs after a warm-up. Load average at the time: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(
          " ",
        )} on ${cpus().length} cores (the machine is shared; the fastest run is the one least disturbed).`,
    ],
  };
}
