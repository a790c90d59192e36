#!/usr/bin/env node
import { statSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { relaunch, relaunchFlags, STDERR_TTY_ENV } from "./relaunch.js";
import { inputFiles, runCli } from "./run.js";

const argv = process.argv.slice(2);

// A long analysis runs in a Node started with the flags it needs (src/cli/relaunch.ts): a smaller
// V8 thread pool on few cores, a heap that grows less and may grow further on large inputs;
// anything that goes wrong starting it leaves the run to this process.
const size = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};
const flags = relaunchFlags({
  execArgv: process.execArgv,
  nodeOptions: process.env.NODE_OPTIONS,
  cores: availableParallelism(),
  inputBytes: inputFiles(argv).reduce((n, path) => n + size(path), 0),
  memory: totalmem(),
  heapLimit: getHeapStatistics().heap_size_limit,
});
const relaunched =
  flags.length > 0
    ? await relaunch([...process.execArgv, ...flags], fileURLToPath(import.meta.url), argv).catch(
        () => undefined,
      )
    : undefined;

if (relaunched !== undefined) process.exitCode = relaunched;
else {
  // A failed write to standard output (a full disk, a closed pipe) rejects the write's promise,
  // which the CLI reports in one line; the stream's own error event must not crash the process.
  process.stdout.on("error", () => undefined);
  const stdout = {
    write: (s: string) =>
      new Promise<void>((resolve, reject) =>
        process.stdout.write(s, (error) => (error ? reject(error) : resolve())),
      ),
  };

  process.exitCode = await runCli(argv, {
    stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: process.env[STDERR_TTY_ENV]
      ? process.env[STDERR_TTY_ENV] === "1"
      : Boolean(process.stderr.isTTY),
    env: process.env,
  });
}
