import type { Claim } from "../claims/types.js";
import type { AnyFinding as Finding } from "../core/finding.js";
import { unionLength } from "../core/span.js";
import { loadData } from "../data.js";
import type { Coverage, Match } from "../trace/types.js";
import { ratedAgainst, unsupported } from "./support-rating.js";
import type { KeyFinding, ReportSentence, Summary } from "./types.js";

/** Inputs of {@link summarize}. */
export interface SummaryInput {
  text: string;
  words: number;
  sentences: ReportSentence[];
  matches: Match[];
  coverage: Coverage[];
  findings: Finding[];
  /** The article's claims, rated, to count what the author adds (default: none). */
  claims?: Claim[];
  /**
   * How many source files were given. With none, the only evidence is what the article itself
   * quotes or reproduces, and the summary's lines say so rather than speak of sources.
   */
  sources: number;
}

/** One kind of finding as `data/report-summary.json` describes it. */
export interface SummaryKind {
  id: string;
  label: string;
  rules: string[];
  rank: number;
  section: string;
  why: string;
  group?: { many: string };
  unlessAttributed?: boolean;
  /** The `many` and `why` said instead when no source file was given. */
  noSource?: { many?: string; why?: string };
}

let kindsCache: SummaryKind[] | undefined;
/** The summary's rule data, read and checked once. */
export function summaryKinds(): SummaryKind[] {
  if (!kindsCache) {
    const { kinds } = loadData<{ kinds: SummaryKind[] }>("report-summary.json");
    for (const k of kinds) {
      if (!k.id || !k.label || !Array.isArray(k.rules) || !Number.isInteger(k.rank) || !k.section || !k.why)
        throw new Error(
          `data/report-summary.json: kind "${k.id}" needs a label, rules, rank, section and why`,
        );
    }
    if (!kinds.some((k) => k.rules.includes("*")))
      throw new Error('data/report-summary.json: one kind must match every rule ("*")');
    kindsCache = kinds;
  }
  return kindsCache;
}

const matchesRule = (pattern: string, ruleId: string): boolean =>
  pattern.endsWith("*") ? ruleId.startsWith(pattern.slice(0, -1)) : pattern === ruleId;

/** The kind a finding belongs to: the first whose rule patterns match its rule id. */
export function kindOf(ruleId: string, kinds: SummaryKind[] = summaryKinds()): SummaryKind {
  const found = kinds.find((k) => k.rules.some((p) => matchesRule(p, ruleId)));
  // summaryKinds() guarantees a catch-all kind.
  return found ?? kinds[kinds.length - 1];
}

/**
 * The findings that matter, ranked and grouped by the rule data of `data/report-summary.json`:
 * meaning-changing edits and unsupported assertions first, then uncredited reuse, omissions and
 * figure disagreements. A grouped kind is one line ("17 passages reproduced without credit")
 * holding all its findings; other kinds give one line per distinct message. A finding about
 * uncredited text inside a passage the report marks attributed is left out: precision first.
 * `sources` is the number of source files given: with none, a kind's `noSource` wording is used,
 * since nothing but the article's own quotes was there to back a claim.
 */
export function keyFindings(findings: Finding[], matches: Match[], sources: number): KeyFinding[] {
  const kinds = summaryKinds();
  const given = ratedAgainst(sources);
  const words = (kind: SummaryKind) => {
    const many = (sources === 0 ? kind.noSource?.many : undefined) ?? kind.group?.many;
    const why = (sources === 0 ? kind.noSource?.why : undefined) ?? kind.why;
    return { many: many?.replaceAll("{sources}", given), why: why.replaceAll("{sources}", given) };
  };
  const attributed = matches
    .filter((m) => m.attributed === true)
    .map((m) => m.article)
    .sort((a, b) => a.start - b.start);
  const lines = new Map<string, KeyFinding & { first: number; severity: number }>();
  findings.forEach((f, i) => {
    const kind = kindOf(f.ruleId, kinds);
    if (kind.unlessAttributed && f.span && insideAny(attributed, f.span)) return;
    const key = kind.group ? kind.id : `${kind.id}\u0000${f.message}`;
    let line = lines.get(key);
    if (!line) {
      line = {
        kind: kind.id,
        label: kind.label,
        section: kind.section,
        rank: kind.rank,
        title: f.message,
        why: words(kind).why,
        count: 0,
        grouped: Boolean(kind.group),
        findings: [],
        first: f.span?.start ?? Number.MAX_SAFE_INTEGER,
        severity: SEVERITY[f.severity],
      };
      lines.set(key, line);
    }
    line.count++;
    line.findings.push(i);
    line.severity = Math.min(line.severity, SEVERITY[f.severity]);
  });
  const out = [...lines.values()];
  for (const line of out) {
    const kind = kinds.find((k) => k.id === line.kind);
    const many = kind && words(kind).many;
    if (many && line.count > 1) line.title = many.replace("{count}", String(line.count));
  }
  out.sort((a, b) => a.rank - b.rank || a.severity - b.severity || a.first - b.first);
  return out.map(({ first: _f, severity: _s, ...line }) => line);
}

const SEVERITY: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

// Spans sorted by start; an attributed passage holds the finding when it covers its start.
function insideAny(spans: { start: number; end: number }[], span: { start: number; end: number }): boolean {
  for (const s of spans) {
    if (s.start > span.start) break;
    if (span.start < s.end) return true;
  }
  return false;
}

/** Shares of voices and reuse, counts of findings, the ranked key findings and the headline. */
export function summarize(input: SummaryInput): Summary {
  const voices = { author: 0, document: 0, speaker: 0, credit: 0, unknown: 0 };
  let total = 0;
  for (const s of input.sentences) {
    const n = s.end - s.start;
    voices[s.voice.kind] += n;
    total += n;
  }
  for (const k of Object.keys(voices) as (keyof typeof voices)[])
    voices[k] = total ? round(voices[k] / total) : 0;

  const reusedChars = unionLength(input.matches.map((m) => m.article));
  const unattributedChars = unionLength(
    input.matches.filter((m) => m.attributed === false).map((m) => m.article),
  );
  const length = input.text.length || 1;

  const findings: Record<string, number> = {};
  for (const f of input.findings) findings[f.ruleId] = (findings[f.ruleId] ?? 0) + 1;

  const key = keyFindings(input.findings, input.matches, input.sources);
  const changes = key.filter((k) => k.section === "changed").reduce((n, k) => n + k.count, 0);
  const authorClaims = (input.claims ?? []).filter((c) => c.checkworthy && c.voice.kind === "author");

  return {
    sentences: input.sentences.length,
    words: input.words,
    characters: input.text.length,
    voices,
    reused: round(reusedChars / length),
    unattributedReused: round(unattributedChars / length),
    coverage: input.coverage,
    findings,
    edits: input.matches.reduce((n, m) => n + m.edits.length, 0),
    meaningChanges: changes,
    authorClaims: authorClaims.length,
    // A claim with nothing at all to rate against ("no-source") is not called unsupported, nor one
    // rated tentatively (docs/support.md, "The precision gate"): that only says where to look.
    unsupportedClaims: authorClaims.filter(
      (c) => c.support && unsupported(c.support) && c.support.rule !== "no-source",
    ).length,
    tentativeClaims: authorClaims.filter((c) => c.support?.confidence === "tentative").length,
    key,
    headline: key.slice(0, 5).map((k) => k.title),
  };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
