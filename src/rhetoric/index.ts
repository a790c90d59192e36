import { finding } from "../core/finding.js";
import type { Span } from "../core/span.js";
import type { Voice } from "../core/voice.js";
import type { Document } from "../text/document.js";
import type { Quote } from "../voice/types.js";
import { type RhetoricLexicon, rhetoricLexicon, type Technique } from "./lexicon.js";
import { RHETORIC_RULES, type RhetoricFinding } from "./rules.js";

export { type RhetoricLexicon, rhetoricLexicon, type Technique, validateRhetoricLexicon } from "./lexicon.js";

/** A persuasion technique found in the author's voice. */
export interface RhetoricMatch extends Span {
  technique: Technique;
  /** The cue that matched, as the lexicon writes it. */
  cue: string;
}

interface Compiled {
  byFirst: Map<string, { words: string[]; technique: Technique; cue: string }[]>;
}

const compiledCache = new WeakMap<RhetoricLexicon, Compiled>();

function compile(lex: RhetoricLexicon): Compiled {
  let c = compiledCache.get(lex);
  if (!c) {
    c = { byFirst: new Map() };
    for (const technique of lex.techniques)
      for (const cue of technique.cues) {
        const words = cue.split(" ");
        c.byFirst.set(words[0], [...(c.byFirst.get(words[0]) ?? []), { words, technique, cue }]);
      }
    compiledCache.set(lex, c);
  }
  return c;
}

/**
 * Persuasion techniques in the author's own voice: cue phrases of the lexicon matched on the
 * tokens of sentences whose voice is the author's, skipping every quotation (speech, scare quotes,
 * titles) and every block quote, so a quoted or reproduced text is never flagged. The longest cue
 * starting at a token wins; matches never overlap.
 */
export function findRhetoric(
  doc: Document,
  context: { sentenceVoices: Voice[]; quotes: Quote[] },
  lex: RhetoricLexicon = rhetoricLexicon(),
): RhetoricMatch[] {
  const { byFirst } = compile(lex);
  const quoted = [...context.quotes].sort((a, b) => a.start - b.start);
  const inQuote = (start: number, end: number) => quoted.some((q) => q.start < end && start < q.end);
  const out: RhetoricMatch[] = [];
  doc.sentences.forEach((s, si) => {
    if (context.sentenceVoices[si]?.kind !== "author") return;
    if (doc.paragraphs[s.paragraph]?.kind === "blockquote") return;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      let best: { len: number; technique: Technique; cue: string } | undefined;
      for (const entry of byFirst.get(doc.tokenStore.key(i)) ?? []) {
        const n = entry.words.length;
        if (i + n > s.tokenEnd) continue;
        if (!entry.words.every((w, k) => w === "*" || doc.tokenStore.key(i + k) === w)) continue;
        if (!best || n > best.len) best = { len: n, technique: entry.technique, cue: entry.cue };
      }
      if (!best) continue;
      const start = doc.tokenStore.starts[i];
      const end = doc.tokenStore.ends[i + best.len - 1];
      if (!inQuote(start, end)) out.push({ start, end, technique: best.technique, cue: best.cue });
      i += best.len - 1;
    }
  });
  return out;
}

/**
 * The rhetoric findings of an article: one info finding per technique found in the author's
 * voice ({@link findRhetoric}), with the rule, the span and the technique's one-line explanation.
 */
export function rhetoricFindings(
  doc: Document,
  context: { sentenceVoices: Voice[]; quotes: Quote[] },
): RhetoricFinding[] {
  return findRhetoric(doc, context).flatMap((m) => {
    const rule = RHETORIC_RULES.find((r) => r.id === m.technique.rule);
    if (!rule) return [];
    const text = doc.text.slice(m.start, m.end);
    return [
      finding(rule, {
        message: `"${text}": ${m.technique.explanation}`,
        span: { start: m.start, end: m.end },
        data: { technique: m.technique.label, cue: m.cue },
      }) as RhetoricFinding,
    ];
  });
}
