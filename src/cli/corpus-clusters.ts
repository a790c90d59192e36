import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../analyze.js";
import { clusterCorpus } from "../corpus/cluster-corpus.js";
import type { ReuseCluster } from "../corpus/clusters.js";
import { isPostgresUrl, openStore } from "../corpus/open-store.js";
import type { CorpusStore } from "../corpus/types.js";
import { InputError } from "../ingest/errors.js";
import { renderGraphml } from "../report/corpus-graphml.js";
import { renderClusterHtml, versionEdge } from "../report/corpus-html.js";
import { renderHtml } from "../report/render-html.js";
import { createDocument } from "../text/document.js";
import { parseCommandLine } from "./args.js";
import { writeReportFile } from "./output.js";

/** The formats of `corpus clusters`. */
export const CLUSTER_FORMATS = ["json", "graphml", "html"] as const;

/** Where `corpus clusters` writes, and what it reports on standard error. */
export interface ClustersIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  isTTY: boolean;
}

/**
 * `sourcetrace corpus clusters --db PATH [--format json|graphml|html] [-o FILE|DIR]`: align the
 * candidate pairs of the corpus that have no edge yet, store the edges, print the clusters. The
 * HTML view is a directory: `index.html` (a timeline per cluster) and one side-by-side report
 * per derived version in `reports/`. Returns the exit status; throws `UsageError`-like errors
 * through `usage`.
 */
export async function clustersCommand(
  args: string[],
  io: ClustersIO,
  usage: (message: string) => Error,
): Promise<number> {
  const { values, positionals } = parseOptions(args, usage);
  if (positionals.length > 0) throw usage(`corpus clusters takes no arguments, got "${positionals[0]}"`);
  if (!values.db) throw usage("corpus clusters needs --db PATH");
  const format = values.format ?? "json";
  if (!(CLUSTER_FORMATS as readonly string[]).includes(format))
    throw usage(`unknown format "${format}" (one of: ${CLUSTER_FORMATS.join(", ")})`);
  if (format === "html" && !values.output)
    throw usage("--format html writes a directory: give it with -o DIR");
  // Opening a SQLite path creates the file: a mistyped path would silently give no clusters.
  if (!isPostgresUrl(values.db) && !existsSync(values.db))
    throw new InputError("unreadable", "no corpus there (add documents to it first)", values.db);
  const store = await openStore(values.db);
  try {
    const result = await clusterCorpus(store, {
      progress: io.isTTY ? (n) => n % 100 === 0 && io.stderr.write(`\raligned ${n} pairs`) : undefined,
    });
    if (io.isTTY && result.aligned >= 100) io.stderr.write("\n");
    if (format === "html") {
      await writeHtml(store, result.clusters, values.output as string);
      io.stderr.write(
        `sourcetrace: ${result.clusters.length} clusters written to ${values.output}/index.html\n`,
      );
      return 0;
    }
    const text =
      format === "graphml"
        ? renderGraphml(result.clusters)
        : `${JSON.stringify({ pairs: result.pairs, aligned: result.aligned, stored: result.stored, clusters: result.clusters }, null, 2)}\n`;
    if (values.output) await writeReportFile(values.output, [text], [values.db]);
    else io.stdout.write(text);
    return 0;
  } finally {
    await store.close();
  }
}

function parseOptions(args: string[], usage: (message: string) => Error) {
  return parseCommandLine(
    {
      args,
      allowPositionals: true,
      options: {
        db: { type: "string" },
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
      },
    },
    usage,
  );
}

// One report per derived version: the version as the article, the other end of the edge it came
// by as the source, rendered with the article report's HTML renderer.
async function writeHtml(store: CorpusStore, clusters: ReuseCluster[], dir: string): Promise<void> {
  try {
    mkdirSync(join(dir, "reports"), { recursive: true });
  } catch (error) {
    throw new InputError(
      "unreadable",
      `cannot create the output directory: ${(error as Error).message}`,
      dir,
    );
  }
  const hrefs = new Map<string, string>();
  let n = 0;
  for (const c of clusters)
    for (const m of c.members) {
      const edge = versionEdge(c, m.id);
      if (!edge) continue;
      const sourceId = edge.to === m.id ? edge.from : edge.to;
      const [article, source] = await Promise.all([store.get(m.id), store.get(sourceId)]);
      if (!article || !source) continue;
      const report = analyze(
        createDocument(article.text, {
          id: "article",
          meta: { title: article.title, date: article.date, location: article.location },
        }),
        {
          sources: [
            createDocument(source.text, {
              id: sourceId,
              meta: { title: source.title, date: source.date, location: source.location },
            }),
          ],
        },
      );
      const file = `reports/version-${++n}.html`;
      writeFileSync(join(dir, file), renderHtml(report));
      hrefs.set(m.id, file);
    }
  writeFileSync(
    join(dir, "index.html"),
    renderClusterHtml(clusters, (id) => hrefs.get(id)),
  );
}
