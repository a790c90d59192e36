import { finding } from "../core/finding.js";
import type { Span } from "../core/span.js";
import type { Voice } from "../core/voice.js";
import type { Document } from "../text/document.js";
import { documentQuotes } from "../text/quotes.js";
import type { Quote } from "../voice/types.js";
import { type RhetoricLexicon, rhetoricLexicon, type Technique } from "./lexicon.js";
import { RHETORIC_RULES, type RhetoricFinding } from "./rules.js";

export {
  GATE_MIN_FLAGS,
  type RhetoricLexicon,
  rhetoricLexicon,
  type Technique,
  type TechniqueGate,
  validateRhetoricLexicon,
} from "./lexicon.js";

/** Options of the rhetoric stage. */
export interface RhetoricOptions {
  /**
   * Also flag the techniques the lexicon's gate leaves unchecked (their precision on the PTC train
   * part, nested cross-validated, not sure to be 0.6: the lower end of its Wilson 90% interval is
   * below); their findings say "experimental" (default: false).
   */
  experimental: boolean;
}

/** Defaults of {@link RhetoricOptions}. */
export const RHETORIC_DEFAULTS: RhetoricOptions = { experimental: false };

/** What the author's voice was checked for, as the report states it. */
export interface RhetoricChecks {
  /** Rule ids of the techniques checked by default (they cleared the precision gate). */
  checked: string[];
  /** Rule ids of the techniques below the gate that this run checked too, on request. */
  experimental: string[];
}

/** A persuasion technique found in the author's voice. */
export interface RhetoricMatch extends Span {
  technique: Technique;
  /** The cue that matched, as the lexicon writes it. */
  cue: string;
}

/** Where an article speaks in the author's voice: what the rhetoric stage reads. */
export interface VoiceContext {
  sentenceVoices: Voice[];
  quotes: Quote[];
}

/** A compiled cue: per position, the one word it must be, or the set of words it may be. */
type Cue = { words: (string | Set<string>)[]; technique: Technique; cue: string };

const compiledCache = new WeakMap<RhetoricLexicon, Map<string, Cue[]>>();

/** The cues of a lexicon by the words they may start with, class cues under each class member. */
function compile(lex: RhetoricLexicon): Map<string, Cue[]> {
  let byFirst = compiledCache.get(lex);
  if (!byFirst) {
    const index = new Map<string, Cue[]>();
    const classes = new Map(Object.entries(lex.classes ?? {}).map(([name, ws]) => [name, new Set(ws)]));
    for (const technique of lex.techniques)
      for (const cue of technique.cues) {
        const words = cue.split(" ").map((w) => classes.get(w) ?? w);
        const entry = { words, technique, cue };
        const first = words[0];
        for (const w of typeof first === "string" ? [first] : first)
          index.set(w, [...(index.get(w) ?? []), entry]);
      }
    compiledCache.set(lex, index);
    byFirst = index;
  }
  return byFirst;
}

const wordMatches = (w: string | Set<string>, key: string) =>
  typeof w === "string" ? w === "*" || w === key : w.has(key);

/**
 * The runs of tokens `[start, end)` (token indexes) in the author's own voice: tokens of
 * sentences whose voice is the author's, outside block quotes and outside every quotation
 * (speech, scare quotes, titles) the voice layer kept, nor inside any quotation the document's
 * shared pairing of marks finds ({@link documentQuotes}), one laid over several paragraphs
 * included. A quoted or reproduced text is someone else's words, so no run reaches into one; a
 * run never crosses a sentence end.
 */
export function authorRuns(doc: Document, context: VoiceContext): [number, number][] {
  const quoted = [...context.quotes, ...documentQuotes(doc).filter((q) => q.depth === 0)].sort(
    (a, b) => a.start - b.start,
  );
  const runs: [number, number][] = [];
  let q = 0;
  doc.sentences.forEach((s, si) => {
    if (context.sentenceVoices[si]?.kind !== "author") return;
    if (doc.paragraphs[s.paragraph]?.kind === "blockquote") return;
    let from = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const start = doc.tokenStore.starts[i];
      const end = doc.tokenStore.ends[i];
      while (q < quoted.length && quoted[q].end <= start) q++;
      // Quotes may nest, so look past the first one that has not ended for one that holds the token.
      let inside = false;
      for (let k = q; k < quoted.length && quoted[k].start < end; k++)
        if (quoted[k].end > start) {
          inside = true;
          break;
        }
      if (inside) {
        if (from >= 0) runs.push([from, i]);
        from = -1;
      } else if (from < 0) from = i;
    }
    if (from >= 0) runs.push([from, s.tokenEnd]);
  });
  return runs;
}

/** The techniques of the lexicon a run checks: the gated ones, and the rest when asked. */
function inUse(lex: RhetoricLexicon, options: RhetoricOptions): Set<Technique> {
  return new Set(lex.techniques.filter((t) => t.gate.checked || options.experimental));
}

/** The techniques a run with these options checks, by rule id (see {@link RhetoricChecks}). */
export function rhetoricChecks(
  options: Partial<RhetoricOptions> = {},
  lex: RhetoricLexicon = rhetoricLexicon(),
): RhetoricChecks {
  const opts = { ...RHETORIC_DEFAULTS, ...options };
  const used = [...inUse(lex, opts)];
  return {
    checked: used.filter((t) => t.gate.checked).map((t) => t.rule),
    experimental: used.filter((t) => !t.gate.checked).map((t) => t.rule),
  };
}

/**
 * Persuasion techniques in the author's own voice: cue phrases of the lexicon matched on the
 * tokens of {@link authorRuns}, so a quoted or reproduced text is never flagged. Only the
 * techniques the lexicon's gate checks, unless `experimental` is set. The longest cue starting at
 * a token wins; matches never overlap.
 */
export function findRhetoric(
  doc: Document,
  context: VoiceContext,
  options: Partial<RhetoricOptions> = {},
  lex: RhetoricLexicon = rhetoricLexicon(),
): RhetoricMatch[] {
  const byFirst = compile(lex);
  const used = inUse(lex, { ...RHETORIC_DEFAULTS, ...options });
  // By default no technique may be checked at all (none cleared the gate): then nothing is read.
  if (used.size === 0) return [];
  const out: RhetoricMatch[] = [];
  for (const [from, to] of authorRuns(doc, context)) {
    for (let i = from; i < to; i++) {
      let best: Cue | undefined;
      for (const entry of byFirst.get(doc.tokenStore.key(i)) ?? []) {
        const n = entry.words.length;
        if (i + n > to || !used.has(entry.technique)) continue;
        if (!entry.words.every((w, k) => wordMatches(w, doc.tokenStore.key(i + k)))) continue;
        if (!best || n > best.words.length) best = entry;
      }
      if (!best) continue;
      const end = i + best.words.length;
      out.push({
        start: doc.tokenStore.starts[i],
        end: doc.tokenStore.ends[end - 1],
        technique: best.technique,
        cue: best.cue,
      });
      i = end - 1;
    }
  }
  return out;
}

/**
 * The rhetoric findings of an article: one info finding per technique found in the author's
 * voice ({@link findRhetoric}), with the rule, the span and the technique's one-line explanation;
 * a technique below the precision gate, flagged only on request, says it is experimental.
 */
export function rhetoricFindings(
  doc: Document,
  context: VoiceContext,
  options: Partial<RhetoricOptions> = {},
  lex: RhetoricLexicon = rhetoricLexicon(),
): RhetoricFinding[] {
  return findRhetoric(doc, context, options, lex).flatMap((m) => {
    const rule = RHETORIC_RULES.find((r) => r.id === m.technique.rule);
    if (!rule) return [];
    const text = doc.text.slice(m.start, m.end);
    const experimental = !m.technique.gate.checked;
    return [
      finding(rule, {
        message: experimental
          ? `"${text}": ${m.technique.explanation} (experimental: this cue list is below the precision bar)`
          : `"${text}": ${m.technique.explanation}`,
        span: { start: m.start, end: m.end },
        data: { technique: m.technique.label, cue: m.cue, ...(experimental ? { experimental } : {}) },
      }) as RhetoricFinding,
    ];
  });
}
