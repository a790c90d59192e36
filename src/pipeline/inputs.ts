import { InputError } from "../ingest/errors.js";
import { documentFromString } from "../ingest/index.js";
import type { Document } from "../text/document.js";

/**
 * A document from what a library caller passed: a {@link Document} as it is, a string read as
 * plain text or HTML with the given id. Anything else is a TypeError that says what was expected,
 * never a crash deep in the pipeline ("tokens is not iterable").
 */
export function asDocument(input: unknown, id: string, what: string): Document {
  if (typeof input === "string") return documentFromString(input, { id });
  const doc = input as Document | null;
  if (
    doc &&
    typeof doc.text === "string" &&
    typeof doc.tokenStore?.length === "number" &&
    Array.isArray(doc.sentences)
  )
    return doc;
  throw new TypeError(
    `${what} must be a string or a Document (from readDocument or documentFromString), not ${kindOf(input)}`,
  );
}

const kindOf = (x: unknown): string =>
  x === null ? "null" : Array.isArray(x) ? "an array" : typeof x === "object" ? "another object" : typeof x;

/**
 * Refuse sources that cannot be meant: the article itself (every sentence would be "reused") and
 * one source given twice (each passage's credit becomes ambiguous and the shares change). Both
 * are input mistakes, said in one line with the input's name.
 */
export function refuseDuplicates(article: Document, sources: Document[]): void {
  const name = (d: Document) => d.meta.location ?? d.id;
  const bySha = new Map<string, Document>();
  const byText = new Map<string, Document>();
  const ids = new Set<string>();
  for (const s of sources) {
    if (s.sha256 === article.sha256 || s.text === article.text)
      throw new InputError("duplicate-source", "this source is the article itself", name(s));
    const twin = bySha.get(s.sha256) ?? byText.get(s.text);
    if (twin)
      throw new InputError(
        "duplicate-source",
        `the same source is given twice (also as ${name(twin)})`,
        name(s),
      );
    if (ids.has(s.id)) throw new InputError("duplicate-source", `two sources have the id "${s.id}"`, name(s));
    // Findings and comparisons name a text by its id: a source sharing the article's would be both.
    if (s.id === article.id)
      throw new InputError("duplicate-source", `a source has the article's id "${s.id}"`, name(s));
    bySha.set(s.sha256, s);
    byText.set(s.text, s);
    ids.add(s.id);
  }
}
