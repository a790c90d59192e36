import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatTable, type Measurement, type ResultTable } from "./table.js";

function find(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...find(path, suffix));
    else if (entry.name.endsWith(suffix)) out.push(path);
  }
  return out.sort();
}

/**
 * Run every `*<suffix>` module under dist-measure/ (each default-exports a {@link Measurement}), print
 * their tables, and write them to `artifacts/<name>.json`. `--only word` keeps modules whose path
 * contains the word.
 */
export async function runMeasurements(name: string, suffix: string, argv: string[]): Promise<void> {
  const dist = fileURLToPath(new URL(".", import.meta.url));
  const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
  // The word is looked for in the path under dist-measure/ only: the checkout's own path may hold it.
  const modules = find(dist, suffix).filter((p) => !only || relative(dist, p).includes(only));
  const all: (ResultTable & { module: string })[] = [];
  let failed = 0;
  for (const path of modules) {
    const label = relative(dist, path);
    process.stdout.write(`\n# ${label}\n`);
    try {
      const run = (await import(pathToFileURL(path).href)).default as Measurement;
      for (const table of await run()) {
        process.stdout.write(`${formatTable(table)}\n`);
        all.push({ module: label, ...table });
      }
    } catch (error) {
      failed++;
      process.stdout.write(`  failed: ${(error as Error).stack ?? error}\n`);
    }
  }
  const artifacts = fileURLToPath(new URL("../artifacts/", import.meta.url));
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, `${name}.json`), `${JSON.stringify(all, null, 2)}\n`);
  process.stdout.write(
    `\n${all.length} tables from ${modules.length} modules written to artifacts/${name}.json\n`,
  );
  if (failed > 0) process.exitCode = 1;
}
