import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, type BrowserContextOptions, chromium } from "playwright-core";

/** Debian's Chromium, driven by playwright-core (never a downloaded browser). */
export const CHROMIUM = "/usr/bin/chromium";

// From the project notes: without the background-networking flags Chromium keeps trying to
// reach the internet, which would also pollute the request logs the tests check.
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The skip reason of a browser test when Chromium is missing (an error under CI, which installs it). */
export function chromiumSkip(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs the Debian chromium package`);
  return `${CHROMIUM} not installed (apt-get install -y chromium); browser test skipped`;
}

/** A Chromium context with a fresh empty profile; `close` ends it and removes the profile. */
export async function launchChromium(
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), "sourcetrace-chromium-"));
  const context = await chromium.launchPersistentContext(join(root, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(root, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
