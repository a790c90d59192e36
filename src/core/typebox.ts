/**
 * The schema builder every layer's types are written with (`@sinclair/typebox`), through one
 * module: the build bundles this file into one (`npm run build`, esbuild), because the package
 * is some 250 small ES modules whose loading took about 55 ms of CPU at every start of the
 * CLI, a bundle of them 3 ms. The types still come from the package.
 */
export * from "@sinclair/typebox";
