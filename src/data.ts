import { readFileSync } from "node:fs";
import { Value } from "@sinclair/typebox/value";
import { DATA_SCHEMAS } from "./data-schemas.js";

const cache = new Map<string, unknown>();

/**
 * Read a lexicon or rule file from the package's `data/` folder, once, checked against its
 * schema in `src/data-schemas.ts` (a word listed twice in a set is an error). Lexicons are data,
 * not code: each file states its provenance in a `$comment` field (`docs/data.md` lists them).
 */
export function loadData<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));
    checkData(name, value);
    cache.set(name, value);
  }
  return value as T;
}

/** Throw a one-line error naming the file and the first place where `value` breaks its schema. */
export function checkData(name: string, value: unknown): void {
  const schema = DATA_SCHEMAS[name];
  if (!schema) throw new Error(`data/${name} has no schema: add one to src/data-schemas.ts`);
  // Check alone is several times faster than listing errors (the claims model has 40k weights),
  // and every run of the CLI loads the files it needs: errors are listed only for a broken file.
  if (Value.Check(schema, value)) return;
  const error = Value.Errors(schema, value).First();
  if (error) {
    const at = error.path || "/";
    const duplicate = (error.schema as { uniqueItems?: boolean }).uniqueItems
      ? "holds an entry twice"
      : error.message;
    throw new Error(`data/${name}: ${at} ${duplicate}`);
  }
}
