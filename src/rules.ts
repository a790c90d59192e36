import { CLAIMS_RULES } from "./claims/rules.js";
import { type FindingOf, findingSchema } from "./core/finding.js";
import { Type } from "./core/typebox.js";
import { INGEST_RULES } from "./ingest/rules.js";
import { RHETORIC_RULES } from "./rhetoric/rules.js";
import { SUPPORT_RULES } from "./support/rules.js";
import { TRACE_RULES } from "./trace/rules.js";
import { VOICE_RULES } from "./voice/rules.js";

/** Every rule of every stage, in pipeline order: the registry the report schema is built from. */
export const RULES = [
  ...INGEST_RULES,
  ...TRACE_RULES,
  ...VOICE_RULES,
  ...CLAIMS_RULES,
  ...SUPPORT_RULES,
  ...RHETORIC_RULES,
] as const;

/** The finding of any rule; narrows on `ruleId` to the rule's typed `data`. */
export type Finding = FindingOf<(typeof RULES)[number]>;

/** JSON Schema of a finding: one alternative per rule in {@link RULES}. */
export const FindingSchema = Type.Unsafe<Finding>(findingSchema(RULES));
