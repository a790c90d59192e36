import { overlaps } from "../core/span.js";
import type { Finding } from "../rules.js";
import type { Sentence } from "../text/segment.js";
import type { Match } from "../trace/types.js";

/**
 * Reconcile what trace and voices each know about attribution. Trace guesses from names near a
 * reused passage; voices knows the introducers, cues, citations and block quotes. A match is
 * attributed when either says so, and a reuse is reported once: the trace finding (which carries
 * the source evidence) wins over the voice finding covering the same text.
 */
export function reconcileAttribution(
  sentences: Sentence[],
  matches: Match[],
  attributedSentences: number[],
  findings: Finding[],
): { matches: Match[]; findings: Finding[] } {
  const attributedSpans = attributedSentences.map((i) => sentences[i]).filter(Boolean);
  const nowAttributed = new Set<number>();
  const reconciled = matches.map((m, i) => {
    if (m.attributed === false && attributedSpans.some((s) => overlaps(s, m.article))) {
      nowAttributed.add(i);
      return { ...m, attributed: true };
    }
    return m;
  });
  const kept = findings.filter(
    (f) => !(f.ruleId === "trace/unattributed-reuse" && nowAttributed.has(f.data.match)),
  );
  const reuse = kept.filter((f) => f.ruleId === "trace/unattributed-reuse" && f.span);
  return {
    matches: reconciled,
    findings: kept.filter(
      (f) =>
        !(
          f.ruleId === "voice/unattributed-reproduction" &&
          f.span &&
          reuse.some((r) => overlaps(r.span!, f.span!))
        ),
    ),
  };
}
