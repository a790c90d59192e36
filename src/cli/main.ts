#!/usr/bin/env node
import { runCli } from "./run.js";

// A failed write to standard output (a full disk, a closed pipe) rejects the write's promise,
// which the CLI reports in one line; the stream's own error event must not crash the process.
process.stdout.on("error", () => undefined);
const stdout = {
  write: (s: string) =>
    new Promise<void>((resolve, reject) =>
      process.stdout.write(s, (error) => (error ? reject(error) : resolve())),
    ),
};

process.exitCode = await runCli(process.argv.slice(2), {
  stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
});
