/**
 * Import rules of the project, checked by `src/imports.test.ts` (and `npx depcruise src measure`).
 * Layers, bottom up: core <- text <- ingest <- stages (trace, voice, claims, support) <- pipeline/analyze
 * <- report <- cli, server. Analysis produces data; renderers and adapters read it. The corpus
 * (src/corpus) sits above the stages: it may use text, ingest, trace and the pipeline; the CLI and
 * server may use it; no stage imports it.
 */
const STAGES = "^src/(trace|voice|claims|support|pipeline)/";
const ABOVE_STAGES = "^src/(report|cli|server|corpus)/";
// Tests may run the whole pipeline; the rules are about the code that ships.
const TESTS = "\\.test\\.ts$";
module.exports = {
  forbidden: [
    {
      name: "core-imports-nothing-above",
      comment: "src/core is the model every layer shares: it imports nothing else of the project",
      severity: "error",
      from: { path: "^src/core/", pathNot: TESTS },
      to: { path: "^(src|measure)/", pathNot: "^src/core/" },
    },
    {
      name: "text-imports-no-stage",
      comment: "text is the document model the stages read; it knows none of them",
      severity: "error",
      from: { path: "^src/text/", pathNot: TESTS },
      to: { path: "^(src|measure)/", pathNot: "^src/(core|text)/|^src/data\\.ts$|^src/collections\\.ts$" },
    },
    {
      name: "ingest-imports-no-stage",
      comment: "ingest turns bytes into documents; it knows no analysis stage",
      severity: "error",
      from: { path: "^src/ingest/", pathNot: TESTS },
      to: { path: "^(src|measure)/", pathNot: "^src/(core|text|ingest)/|^src/data\\.ts$|^src/collections\\.ts$" },
    },
    {
      name: "stages-import-no-report-cli-or-measure",
      comment: "analysis stages produce data: they never import renderers, the CLI, the server or eval code",
      severity: "error",
      from: { path: STAGES, pathNot: TESTS },
      to: { path: `${ABOVE_STAGES}|^measure/|^src/(analyze|rules)\\.ts$` },
    },
    {
      name: "corpus-uses-only-lower-layers",
      comment: "the corpus indexes and aligns documents; it never imports renderers, the CLI or the server",
      severity: "error",
      from: { path: "^src/corpus/", pathNot: TESTS },
      to: { path: "^src/(report|cli|server)/" },
    },
    {
      name: "library-imports-no-measure",
      comment: "the published library never imports eval, bench or training code",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^measure/" },
    },
    {
      name: "only-tests-import-testing",
      comment: "src/testing holds test helpers, left out of the package",
      severity: "error",
      from: { path: "^src/", pathNot: "\\.test\\.ts$|^src/testing/" },
      to: { path: "^src/testing/" },
    },
    {
      name: "typebox-through-core",
      comment:
        "the schema builder is imported through src/core/typebox.ts, which the build bundles into one module: the package's own hundreds of modules took about 55 ms of every start",
      severity: "error",
      from: { path: "^src/", pathNot: `${TESTS}|^src/core/typebox\\.ts$|^src/data-check\\.ts$` },
      to: { path: "@sinclair/typebox" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|dist-measure)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensionAlias: { ".js": [".ts", ".js"] } },
  },
};
