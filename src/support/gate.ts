import { loadData } from "../data.js";
import type { SupportConfidence, SupportStatus } from "./types.js";

/** One kind of rating and how it did on text the rules were not tuned on (`data/support-gate.json`). */
export interface SupportGateKind {
  status: SupportStatus;
  rule: string;
  right: number;
  predicted: number;
}

/** The precision gate: the bar, and the blind measures of each kind of rating. */
export interface SupportGate {
  minPrecision: number;
  minPredictions: number;
  measured: SupportGateKind[];
}

/** `data/support-gate.json` (read once by loadData). */
export function defaultSupportGate(): SupportGate {
  return loadData<SupportGate>("support-gate.json");
}

/**
 * Whether a `contradicted` or `overreach` rating is firm: its kind (status and rule) was right at
 * least `minPrecision` of the time over at least `minPredictions` ratings made blind, on text the
 * rules had not been read on (docs/support.md, "The precision gate"), and its evidence is a
 * source's text. A kind not measured, or measured too few times to tell, is tentative: a finding
 * about someone's text must be one we can stand behind, and a false one is worse than a missing
 * one. So is a rating against the article's own quotes alone: on real articles read by hand (25
 * PTC opinion and news pieces with no source file) none of those was right (docs/support.md,
 * "Findings"). Undefined for `supported` and `not-found`, which warn of nothing.
 */
export function confidenceOf(
  rating: { status: SupportStatus; rule: string; evidence?: { id: string } },
  articleId: string,
  g: SupportGate = defaultSupportGate(),
): SupportConfidence | undefined {
  const { status, rule } = rating;
  if (status !== "contradicted" && status !== "overreach") return undefined;
  if (rating.evidence?.id === articleId) return "tentative";
  const k = g.measured.find((m) => m.status === status && m.rule === rule);
  return k && k.predicted >= g.minPredictions && k.right / k.predicted >= g.minPrecision
    ? "firm"
    : "tentative";
}
