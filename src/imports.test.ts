import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { cruise, type IConfiguration, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseConfig from "dependency-cruiser/config-utl/extract-depcruise-config";
import { repoPath } from "./testing/helpers.js";

// The import rules live in .dependency-cruiser.cjs; this test applies them to the code, and to
// a small tree that breaks each of them, to show they can fail.

const config = (await extractDepcruiseConfig(repoPath(".dependency-cruiser.cjs"))) as IConfiguration;

async function violations(
  baseDir: string,
  tsConfig?: string,
): Promise<{ lines: string[]; result: ICruiseResult }> {
  const { options } = config;
  const reporterOutput = await cruise(["src", "measure"], {
    ...options,
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    tsConfig: tsConfig ? { fileName: tsConfig } : undefined,
  });
  const result = reporterOutput.output as ICruiseResult;
  const lines = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
  return { lines, result };
}

test("the code keeps the import rules", async () => {
  const { lines, result } = await violations(repoPath("."), repoPath("tsconfig.json"));
  assert.deepEqual(lines, []);
  // The rules only bite on imports the cruiser resolved: every relative import must resolve.
  const unresolved = result.modules.flatMap((m) =>
    m.dependencies
      .filter((d) => d.couldNotResolve && d.module.startsWith("."))
      .map((d) => `${m.source} ${d.module}`),
  );
  assert.deepEqual(unresolved, []);
  const edges = new Set(
    result.modules.flatMap((m) => m.dependencies.map((d) => `${m.source} -> ${d.resolved}`)),
  );
  assert.ok(
    edges.has("src/trace/findings.ts -> src/core/finding.ts"),
    "type and value imports of .js paths resolve to .ts",
  );
});

test("a forbidden import is reported, one rule at a time", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sourcetrace-imports-"));
  try {
    const files: Record<string, string> = {
      "src/core/span.ts": 'import type { Report } from "../report/types.js";\nexport type S = Report;\n',
      "src/report/types.ts": "export type Report = { ok: true };\n",
      "src/text/segment.ts": 'import { voice } from "../voice/index.js";\nexport const s = voice;\n',
      "src/voice/index.ts": 'import { span } from "../core/ok.js";\nexport const voice = span;\n',
      "src/core/ok.ts": "export const span = 1;\n",
      "src/claims/types.ts": 'import { Type } from "@sinclair/typebox";\nexport const T = Type;\n',
      "src/ingest/index.ts": 'import { claims } from "../claims/index.js";\nexport const i = claims;\n',
      "src/claims/index.ts": 'import { r } from "../cli/run.js";\nexport const claims = r;\n',
      "src/cli/run.ts": "export const r = 1;\n",
      "src/support/index.ts": 'import { c } from "../corpus/find.js";\nexport const support = c;\n',
      "src/corpus/find.ts": 'import { r } from "../cli/run.js";\nexport const c = r;\n',
      "src/trace/index.ts":
        'import { score } from "../../measure/trace/score.js";\nimport { help } from "../testing/helpers.js";\nexport const t = score + help;\n',
      "src/trace/index.test.ts": 'import { r } from "../cli/run.js";\nexport const ok = r;\n',
      "src/testing/helpers.ts": "export const help = 1;\n",
      "measure/trace/score.ts": "export const score = 1;\n",
      "tsconfig.json": JSON.stringify({
        compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext" },
      }),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const { lines } = await violations(dir, join(dir, "tsconfig.json"));
    assert.deepEqual(lines, [
      "core-imports-nothing-above: src/core/span.ts -> src/report/types.ts",
      "corpus-uses-only-lower-layers: src/corpus/find.ts -> src/cli/run.ts",
      "ingest-imports-no-stage: src/ingest/index.ts -> src/claims/index.ts",
      "library-imports-no-measure: src/trace/index.ts -> measure/trace/score.ts",
      "only-tests-import-testing: src/trace/index.ts -> src/testing/helpers.ts",
      "stages-import-no-report-cli-or-measure: src/claims/index.ts -> src/cli/run.ts",
      "stages-import-no-report-cli-or-measure: src/support/index.ts -> src/corpus/find.ts",
      "stages-import-no-report-cli-or-measure: src/trace/index.ts -> measure/trace/score.ts",
      "text-imports-no-stage: src/text/segment.ts -> src/voice/index.ts",
      "typebox-through-core: src/claims/types.ts -> @sinclair/typebox",
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
