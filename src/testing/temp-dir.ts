import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestContext } from "node:test";

/**
 * A new directory in the system's temporary directory, its name opening on `prefix`, removed
 * with all it holds when the test `t` ends, whether it passed or failed: a test run leaves
 * nothing behind in /tmp.
 */
export function tempDir(t: TestContext, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
