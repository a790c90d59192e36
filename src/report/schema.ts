import { ReportSchema } from "./types.js";

/**
 * The report's JSON Schema (draft 2020-12) as a plain object, with the nested `$id`s of the
 * building blocks removed so the schema is one self-contained document.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const strip = (value: unknown, root: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => strip(v, false));
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === "$id" && !root) continue;
        out[k] = strip(v, false);
      }
      return out;
    }
    return value;
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    ...(strip(JSON.parse(JSON.stringify(ReportSchema)), true) as object),
  };
}
