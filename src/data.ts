import { readFileSync } from "node:fs";

const cache = new Map<string, unknown>();

/**
 * Read a lexicon or rule file from the package's `data/` folder. Lexicons are data, not code:
 * each file states its provenance in a `$comment` field.
 */
export function loadData<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));
    cache.set(name, value);
  }
  return value as T;
}
