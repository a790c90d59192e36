import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { repoPath } from "../testing/helpers.js";
import { Random } from "../testing/prng.js";
import { tempDir } from "../testing/temp-dir.js";
import {
  COLLECT_FLAG,
  HEAP_GROWING_FLAG,
  HEAP_GROWING_MIN_BYTES,
  HEAP_MEMORY_SHARE,
  heapLimitFlag,
  INLINING_FLAG,
  RELAUNCH_MIN_BYTES,
  relaunch,
  relaunchFlags,
  v8PoolFlag,
} from "./relaunch.js";
import { inputFiles } from "./run.js";

const big = RELAUNCH_MIN_BYTES;

test("a long run on few cores starts Node again with one V8 thread fewer than the cores", () => {
  const base = { execArgv: [], cores: 2, inputBytes: big };
  assert.equal(v8PoolFlag(base), "--v8-pool-size=1");
  assert.equal(v8PoolFlag({ ...base, cores: 1 }), "--v8-pool-size=1");
  assert.equal(v8PoolFlag({ ...base, cores: 4 }), "--v8-pool-size=3");
  // Node's own four threads leave a core free from five cores on.
  assert.equal(v8PoolFlag({ ...base, cores: 5 }), undefined);
  assert.equal(v8PoolFlag({ ...base, inputBytes: big - 1 }), undefined);
  // Never twice, and never over a pool the user chose.
  assert.equal(v8PoolFlag({ ...base, execArgv: ["--v8-pool-size=1"] }), undefined);
  assert.equal(v8PoolFlag({ ...base, nodeOptions: "--max-old-space-size=4096 --v8-pool-size=8" }), undefined);
  assert.equal(v8PoolFlag({ ...base, nodeOptions: "--max-old-space-size=4096" }), "--v8-pool-size=1");
});

test("large inputs start Node again with a heap that grows less, on any machine, unless the user set it", () => {
  const large = { execArgv: [], cores: 2, inputBytes: HEAP_GROWING_MIN_BYTES };
  assert.deepEqual(relaunchFlags(large), [
    "--v8-pool-size=1",
    INLINING_FLAG,
    HEAP_GROWING_FLAG,
    COLLECT_FLAG,
  ]);
  assert.deepEqual(relaunchFlags({ ...large, cores: 8 }), [HEAP_GROWING_FLAG, COLLECT_FLAG]);
  assert.deepEqual(relaunchFlags({ ...large, inputBytes: HEAP_GROWING_MIN_BYTES - 1 }), [
    "--v8-pool-size=1",
    INLINING_FLAG,
  ]);
  assert.deepEqual(relaunchFlags({ ...large, cores: 8, inputBytes: HEAP_GROWING_MIN_BYTES - 1 }), []);
  assert.deepEqual(
    relaunchFlags({ ...large, execArgv: ["--v8-pool-size=1", "--heap-growing-percent=20"] }),
    [],
  );
  assert.deepEqual(relaunchFlags({ ...large, cores: 8, nodeOptions: "--heap-growing-percent=80" }), []);
});

test("a large input may take three quarters of a machine's memory when V8 would stop it sooner", () => {
  const gb = 2 ** 30;
  const large = {
    execArgv: [],
    cores: 8,
    inputBytes: HEAP_GROWING_MIN_BYTES,
    memory: 24 * gb,
    heapLimit: 4 * gb,
  };
  assert.equal(HEAP_MEMORY_SHARE, 0.75);
  assert.equal(heapLimitFlag(large), "--max-old-space-size=18432");
  assert.deepEqual(relaunchFlags(large), [HEAP_GROWING_FLAG, COLLECT_FLAG, "--max-old-space-size=18432"]);
  // A small machine keeps V8's own limit, and so does a limit the user chose.
  assert.equal(heapLimitFlag({ ...large, memory: 4 * gb }), undefined);
  assert.equal(heapLimitFlag({ ...large, nodeOptions: "--max-old-space-size=2048" }), undefined);
  assert.deepEqual(relaunchFlags({ ...large, execArgv: ["--max-old-space-size=2048"] }), [
    HEAP_GROWING_FLAG,
    COLLECT_FLAG,
  ]);
  // Smaller inputs are left as they are.
  assert.deepEqual(relaunchFlags({ ...large, inputBytes: HEAP_GROWING_MIN_BYTES - 1 }), []);
});

test("the smaller pool comes with less inlining, unless the user set the inlining", () => {
  const long = { execArgv: [], cores: 2, inputBytes: big };
  assert.deepEqual(relaunchFlags(long), ["--v8-pool-size=1", INLINING_FLAG]);
  assert.deepEqual(relaunchFlags({ ...long, inputBytes: big - 1 }), []);
  assert.deepEqual(relaunchFlags({ ...long, cores: 8 }), []);
  assert.deepEqual(relaunchFlags({ ...long, nodeOptions: "--max-inlined-bytecode-size-cumulative=920" }), [
    "--v8-pool-size=1",
  ]);
  // A pool the user chose is a run the user set up: nothing is added to it.
  assert.deepEqual(relaunchFlags({ ...long, execArgv: ["--v8-pool-size=2"] }), []);
});

test("the inputs sized before a run are the local files analyze and trace read", () => {
  assert.deepEqual(
    inputFiles(["analyze", "a.txt", "--source", "s.txt", "-s", "https://x.test/p", "-o", "r.json"]),
    ["a.txt", "s.txt"],
  );
  assert.deepEqual(inputFiles(["trace", "a.txt", "s1.txt", "s2.txt", "--width", "80"]), [
    "a.txt",
    "s1.txt",
    "s2.txt",
  ]);
  assert.deepEqual(inputFiles(["analyze", "-", "--source", "s.txt"]), ["s.txt"]);
  assert.deepEqual(inputFiles(["analyze", "a.txt", "--no-such-option"]), []);
  assert.deepEqual(inputFiles(["serve", "--port", "0"]), []);
  assert.deepEqual(inputFiles(["--version"]), []);
});

test("a relaunched script gets the new flag and its arguments, and its exit status is passed on", async (t) => {
  const dir = tempDir(t, "sourcetrace-relaunch-");
  const script = join(dir, "child.mjs");
  const out = join(dir, "seen.json");
  writeFileSync(
    script,
    `import { writeFileSync } from "node:fs";
writeFileSync(process.argv[2], JSON.stringify({ execArgv: process.execArgv, argv: process.argv.slice(3) }));
process.exitCode = 3;
`,
  );
  assert.equal(await relaunch(["--v8-pool-size=1"], script, [out, "analyze", "a b.txt"]), 3);
  assert.deepEqual(JSON.parse(readFileSync(out, "utf8")), {
    execArgv: ["--v8-pool-size=1"],
    argv: ["analyze", "a b.txt"],
  });
});

test("a relaunched run that runs out of memory ends in one line and status 1, not V8's trace", (t) => {
  const dir = tempDir(t, "sourcetrace-relaunch-");
  const hungry = join(dir, "hungry.mjs");
  writeFileSync(hungry, `const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length));\n`);
  const parent = join(dir, "parent.mjs");
  writeFileSync(
    parent,
    `import { relaunch } from ${JSON.stringify(repoPath("dist/cli/relaunch.js"))};
process.exitCode = await relaunch(["--max-old-space-size=32"], ${JSON.stringify(hungry)}, []);
`,
  );
  const run = spawnSync(process.execPath, [parent], { encoding: "utf8" });
  assert.equal(run.status, 1);
  assert.equal(
    run.stderr,
    "sourcetrace: out of memory: the analysis needed more memory than its heap of 32 MB; analyse a shorter text, or give Node a larger heap with NODE_OPTIONS=--max-old-space-size=<MB>\n",
  );
});

// Invented news text, article and source together just over the size at which the CLI starts
// Node again on few cores.
function inventedPair(): { article: string; source: string } {
  const rng = new Random(7);
  const towns = ["Marlow Vale", "Upper Brisk", "Fenwick", "Old Harrow", "Tilby Cross"];
  const who = ["the water board", "Councillor Ana Pell", "the county auditor", "residents"];
  const verbs = ["said", "reported", "announced", "warned"];
  const paragraphs: string[] = [];
  for (let p = 0; paragraphs.join("\n\n").length < 0.55 * RELAUNCH_MIN_BYTES; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const town = rng.pick(towns);
      sentences.push(
        rng.chance(0.3)
          ? `"We had ${rng.int(2, 90)} days without clean water in ${town}," ${rng.pick(who)} ${rng.pick(verbs)}.`
          : `In ${town}, ${rng.pick(who)} ${rng.pick(verbs)} that ${rng.int(10, 9000)} homes lost supply for ${rng.int(2, 40)} hours in week ${p + 1}.`,
      );
    }
    paragraphs.push(sentences.join(" "));
  }
  const source = paragraphs.join("\n\n");
  const article = paragraphs
    .filter((_, i) => i % 9 !== 4)
    .map((p, i) => (i % 5 === 0 ? p.replace(/\d+ homes/, "many homes") : p))
    .join("\n\n");
  return { article, source };
}

test("a long analysis run on one core (Node started again) gives the report of one started with its pool set", (t) => {
  if (!existsSync("/usr/bin/taskset")) return;
  const dir = tempDir(t, "sourcetrace-relaunch-");
  const { article, source } = inventedPair();
  assert.ok(article.length + source.length >= RELAUNCH_MIN_BYTES);
  writeFileSync(join(dir, "article.txt"), article);
  writeFileSync(join(dir, "source.txt"), source);
  const bin = repoPath("dist/cli/main.js");
  const args = [
    bin,
    "analyze",
    join(dir, "article.txt"),
    "--source",
    join(dir, "source.txt"),
    "--format",
    "json",
  ];
  // On one core the CLI starts Node again with a pool of one; with the pool given, it runs itself.
  const relaunched = spawnSync("/usr/bin/taskset", ["-c", "0", process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const direct = spawnSync(process.execPath, ["--v8-pool-size=1", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  assert.equal(relaunched.status, 0, relaunched.stderr);
  assert.equal(direct.status, 0, direct.stderr);
  assert.ok(JSON.parse(direct.stdout).matches.length > 0);
  assert.equal(relaunched.stdout, direct.stdout);
  // An input error of the relaunched run is its one line and exit status.
  const bad = spawnSync(
    "/usr/bin/taskset",
    [
      "-c",
      "0",
      process.execPath,
      bin,
      "analyze",
      join(dir, "article.txt"),
      "--source",
      join(dir, "missing.txt"),
    ],
    { encoding: "utf8" },
  );
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, `sourcetrace: ${join(dir, "missing.txt")}: no such file\n`);
});
