import { Value } from "@sinclair/typebox/value";
import { DATA_SCHEMAS } from "./data-schemas.js";

/**
 * Throw a one-line error naming the data file and the first place where `value` breaks its
 * schema in `src/data-schemas.ts` (a word listed twice in a set is an error). The test suite
 * checks every file of `data/` with it.
 */
export function checkData(name: string, value: unknown): void {
  const schema = DATA_SCHEMAS[name];
  if (!schema) throw new Error(`data/${name} has no schema: add one to src/data-schemas.ts`);
  // Check alone is several times faster than listing errors: errors are listed only for a broken file.
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
