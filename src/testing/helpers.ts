import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { analyze } from "../analyze.js";
import { type CliIO, runCli } from "../cli/run.js";
import type { SupportGate } from "../support/gate.js";
import { createDocument } from "../text/document.js";

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

/** Every rule that may rate a claim contradicted, and every one that may rate it overreach. */
const WARNING_RULES = {
  contradicted: [
    "quantity",
    "negation",
    "denial",
    "roles",
    "direction",
    "ordinal",
    "reference",
    "stage",
    "tally",
    "evaluation",
    "scale",
  ],
  overreach: ["hedge", "stage", "quantifier", "causation"],
} as const;

/**
 * A precision gate that lets every kind of contradicted and overreach rating through as firm:
 * for tests of how a finding is made and shown, whichever kinds the blind measures of
 * `data/support-gate.json` let through today.
 */
export const EVERY_KIND_FIRM: SupportGate = {
  minPrecision: 0,
  minPredictions: 1,
  measured: (["contradicted", "overreach"] as const).flatMap((status) =>
    WARNING_RULES[status].map((rule) => ({ status, rule, right: 1, predicted: 1 })),
  ),
};

/**
 * The support rating of the claim of `article` that opens with `opening`, as `status [rule]`, with
 * each of `sources` given as a source document; fails when no rated claim opens so.
 */
export function claimRating(article: string, sources: string[], opening: string): string {
  const a = createDocument(article, { id: "article" });
  const report = analyze(a, { sources: sources.map((s, i) => createDocument(s, { id: `source-${i}` })) });
  const c = report.claims.find((x) => a.text.slice(x.start, x.end).startsWith(opening));
  if (!c?.support) throw new Error(`no rated claim opens with: ${opening}`);
  return `${c.support.status} [${c.support.rule}]`;
}

/** A claim's support as the support tests compare it: its rating, and each evidence span's source text. */
export interface RatedClaim {
  status?: string;
  rule?: string;
  reason?: string;
  evidence: string[];
}

/**
 * The support of the first claim of `article` whose text holds `claim`, with `source` given as the
 * one source document (id `sourceId`); fails when no claim holds it.
 */
export function ratedClaim(article: string, source: string, sourceId: string, claim: string): RatedClaim {
  const a = createDocument(article, { id: "article" });
  const s = createDocument(source, { id: sourceId });
  const c = analyze(a, { sources: [s] }).claims.find((x) => a.text.slice(x.start, x.end).includes(claim));
  if (!c) throw new Error(`no claim holds: ${claim}`);
  return {
    status: c.support?.status,
    rule: c.support?.rule,
    reason: c.support?.reason,
    evidence: (c.support?.evidence ?? []).map((e) => s.text.slice(e.start, e.end)),
  };
}
