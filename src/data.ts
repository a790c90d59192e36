import { readFileSync } from "node:fs";

const cache = new Map<string, unknown>();

/**
 * Read a lexicon or rule file from the package's `data/` folder, once. Lexicons are data, not
 * code: each file states its provenance in a `$comment` field (`docs/data.md` lists them). The
 * files ship with the package and never change at run time, so their schemas are checked by the
 * test suite ({@link checkData} in `src/data-check.ts`), not at every start: checking them took
 * about a tenth of a second of every CLI run (the two learned models hold 80k weights).
 */
export function loadData<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));
    cache.set(name, value);
  }
  return value as T;
}
