import type { Report } from "./types.js";

/** A technique's rule id in words, for a reader: "rhetoric/name-calling" → "name calling". */
export const techniqueName = (rule: string): string => rule.replace(/^rhetoric\//, "").replaceAll("-", " ");

/**
 * What the report's author voice was checked for, as sentences every renderer shows: no
 * rhetoric finding means nothing only for the techniques that were checked, so the report says
 * which those were (and that quoted and reproduced text is never checked). None when the report
 * does not say (a report written before the field existed).
 */
export function rhetoricCheckLines(report: Pick<Report, "rhetoric">): string[] {
  const checks = report.rhetoric;
  if (!checks) return [];
  const list = (rules: string[]) => rules.map(techniqueName).join(", ");
  const lines = [
    checks.checked.length > 0
      ? `Persuasion techniques checked in the author's voice: ${list(checks.checked)}.`
      : "No persuasion technique is checked by default: none cleared the precision bar.",
  ];
  if (checks.experimental.length > 0)
    lines.push(
      `Also checked on request, below the precision bar (experimental, less reliable): ${list(checks.experimental)}.`,
    );
  lines.push("Quoted speech and reproduced documents are never checked: they are not the author's words.");
  return lines;
}
