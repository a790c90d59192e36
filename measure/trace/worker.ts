import { readFileSync } from "node:fs";
import { diffWords } from "diff";
import { createDocument } from "../../dist/text/document.js";
import { traceSources } from "../../dist/trace/index.js";

/**
 * Run one in-process aligner on two files and print its time as JSON; the speed bench runs it as
 * a child process under /usr/bin/time so that every tool's peak memory is measured the same way.
 * Usage: node worker.js sourcetrace|jsdiff <article> <source> [timeoutMs]
 */
const [tool, articlePath, sourcePath, timeout] = process.argv.slice(2);
const article = readFileSync(articlePath, "utf8");
const source = readFileSync(sourcePath, "utf8");
const t0 = performance.now();
let detail = "";
if (tool === "sourcetrace") {
  const a = createDocument(article, { id: "article" });
  const s = createDocument(source, { id: "source" });
  const t1 = performance.now();
  const result = traceSources(a, [s]);
  detail = `documents ${Math.round(t1 - t0)} ms, trace ${Math.round(performance.now() - t1)} ms, ${result.matches.length} matches`;
} else {
  const changes = diffWords(source, article, { timeout: Number(timeout ?? 90000) });
  detail = changes === undefined ? "aborted" : `${changes.length} changes`;
}
process.stdout.write(`${JSON.stringify({ ms: performance.now() - t0, detail })}\n`);
