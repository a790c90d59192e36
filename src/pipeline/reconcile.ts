import type { Finding } from "../report/finding.js";
import type { Sentence } from "../text/segment.js";
import { overlaps } from "../text/span.js";
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
    (f) => !(f.ruleId === "trace/unattributed-reuse" && nowAttributed.has(f.data?.match as number)),
  );
  const reuse = kept.filter((f) => f.ruleId === "trace/unattributed-reuse" && f.span);
  // A passage the report marks attributed never also carries an "unattributed" warning.
  const credited = reconciled.filter((m) => m.attributed === true).map((m) => m.article);
  return {
    matches: reconciled,
    findings: kept.filter(
      (f) =>
        !(
          f.ruleId === "voice/unattributed-reproduction" &&
          f.span &&
          (reuse.some((r) => overlaps(r.span!, f.span!)) || credited.some((c) => overlaps(c, f.span!)))
        ),
    ),
  };
}
