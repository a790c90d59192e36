import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";

/** Absolute path of a file under the repository root (tests run from dist/, one level down). */
export const repoPath = (relative: string): string =>
  fileURLToPath(new URL(`../../${relative}`, import.meta.url));

const schema = JSON.parse(readFileSync(repoPath("schema/report.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Validate a report against the published JSON Schema; throws with the errors when invalid. */
export function assertValidReport(report: unknown): void {
  if (!validate(report)) {
    throw new Error(
      `report does not match schema/report.schema.json:\n${JSON.stringify(validate.errors, null, 2)}`,
    );
  }
}
