import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { type CliIO, runCli } from "../cli/run.js";

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

/** Run the CLI in-process with `stdin` as its input and capture what it prints. */
export async function runCliCaptured(
  args: string[],
  { stdin, isTTY = false }: { stdin?: string; isTTY?: boolean } = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  async function* input() {
    if (stdin !== undefined) yield Buffer.from(stdin);
  }
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: input(),
    isTTY,
    env: {},
  };
  return { status: await runCli(args, io), stdout, stderr };
}
