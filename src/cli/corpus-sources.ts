import { createHash } from "node:crypto";
import type { CorpusSources } from "../report/types.js";
import { createDocument, type Document } from "../text/document.js";
import { withStore } from "./corpus.js";
import { sourceId } from "./run.js";

/**
 * The article's best candidates in the corpus, as source documents for `analyze --corpus`, and
 * what the report says of them. A candidate whose text is one of the sources given with --source
 * is not added twice.
 */
export async function corpusSources(
  db: string,
  article: Document,
  given: readonly Document[],
  top: number,
): Promise<{ documents: Document[]; candidates: CorpusSources["candidates"] }> {
  const { findSources } = await import("../corpus/find.js");
  const found = await withStore(db, (store) => findSources(store, article, { limit: top }));
  const givenTexts = new Set(given.map((d) => hash(d.text)));
  const kept = found.filter((c) => !givenTexts.has(hash(c.text)));
  const locations = [...given.map((d) => d.meta.location ?? d.id), ...kept.map((c) => c.location)];
  const documents: Document[] = [];
  const candidates: CorpusSources["candidates"] = [];
  kept.forEach((c, i) => {
    const at = given.length + i;
    const id = sourceId(c.location, at, locations);
    documents.push(
      createDocument(c.text, {
        id,
        meta: {
          format: "text",
          location: c.location,
          ...(c.title ? { title: c.title } : {}),
          ...(c.date ? { date: c.date } : {}),
          ...(c.outlet ? { siteName: c.outlet } : {}),
          ...(c.authors?.length ? { byline: `By ${c.authors.join(" and ")}` } : {}),
        },
      }),
    );
    candidates.push({
      id,
      corpusId: c.id,
      score: c.score,
      sharedWords: c.sharedWords,
      ...(c.cited ? { cited: c.cited } : {}),
    });
  });
  return { documents, candidates };
}

const hash = (text: string): string => createHash("sha256").update(text).digest("hex");
