import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { repoPath } from "./testing/helpers.js";

// What `npm pack` would publish: the library, its data, schema and example, nothing that only
// measures, trains, generates or tests it.
test("the published package holds the library only", () => {
  // --ignore-scripts: `prepare` would rebuild (and clean) dist/ while these tests run from it.
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: repoPath("."),
    encoding: "utf8",
  });
  const files = (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path).sort();
  const unwanted = files.filter((f) =>
    /\.(test|eval|bench)\.|^dist\/testing\/|^dist-measure\/|^measure\/|^src\/|^fixtures\/|train|generate|write-schema/.test(
      f,
    ),
  );
  assert.deepEqual(unwanted, []);
  for (const needed of [
    "dist/index.js",
    "dist/index.d.ts",
    "dist/cli/main.js",
    "schema/report.schema.json",
    "package.json",
  ])
    assert.ok(files.includes(needed), needed);
  assert.ok(files.some((f) => f.startsWith("data/")));
});

function compiled(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...compiled(path));
    else if (entry.name.endsWith(".js")) out.push(path);
  }
  return out;
}

// `npm run build` empties dist/ and dist-measure/ first, so a deleted module (or test) leaves no
// compiled copy behind to keep running.
test("every compiled file has its source: nothing stale in dist/ or dist-measure/", () => {
  for (const [out, src] of [
    ["dist", "src"],
    ["dist-measure", "measure"],
  ]) {
    const stale = compiled(repoPath(out))
      .map((f) => relative(repoPath(out), f).replace(/\.js$/, ".ts"))
      .filter((f) => !existsSync(repoPath(join(src, f))));
    assert.deepEqual(stale, [], `${out}/ has files with no source in ${src}/`);
  }
});
