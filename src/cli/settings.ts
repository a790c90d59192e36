import type { ClaimsOptions } from "../claims/index.js";
import type { TraceOptions } from "../trace/index.js";

/** The layers' knobs as `--set` takes them: `trace.minWords=6`, `claims.threshold=0.5`. */
export interface Settings {
  trace: Partial<TraceOptions>;
  claims: Partial<ClaimsOptions>;
}

/**
 * Read `--set layer.key=value` arguments against the layers' defaults: the key must be one the
 * layer documents and the value a number of the same kind (an integer where the default is
 * one). Returns the error, one line, as a string, or the settings.
 */
export function parseSettings(
  args: string[],
  defaults: { trace: Record<string, number>; claims: Record<string, number | undefined> },
): Settings | string {
  const out: Settings = { trace: {}, claims: {} };
  for (const arg of args) {
    const m = /^(trace|claims)\.([A-Za-z]+)=(.*)$/.exec(arg);
    if (!m) return `--set takes layer.key=value (trace.… or claims.…), not "${arg}"`;
    const [, layer, key, text] = m as unknown as [string, "trace" | "claims", string, string];
    const known = defaults[layer];
    if (!(key in known))
      return `--set: ${layer} has no option "${key}" (one of: ${Object.keys(known).join(", ")})`;
    const value = Number(text);
    const wantInteger = Number.isInteger(known[key]) && key !== "threshold";
    if (
      text.trim() === "" ||
      !Number.isFinite(value) ||
      value < 0 ||
      (wantInteger && !Number.isInteger(value))
    )
      return `--set ${layer}.${key} takes a ${wantInteger ? "whole number" : "number"} of 0 or more, not "${text}"`;
    (out[layer] as Record<string, number>)[key] = value;
  }
  return out;
}
