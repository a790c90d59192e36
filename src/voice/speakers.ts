import type { Document } from "../text/document.js";
import { firstEndingAfter, itemContaining } from "../text/search.js";
import { type Cue, cuesBySentence, cuesOfParagraph } from "./cues.js";
import type { VoiceLexicon } from "./lexicon.js";
import { MentionFinder } from "./mentions.js";
import type { NameRegistry } from "./names.js";
import type { QuoteSpan } from "./quotes.js";

// Weak verbs that still attribute the words right after them: "calls the train “…”".
const NAMING = new Set([
  "call",
  "calls",
  "called",
  "describe",
  "describes",
  "described",
  "dubbed",
  "label",
  "labels",
  "labelled",
  "labeled",
]);

/** Who speaks: a normalized name or an unnamed description. */
export interface Speaker {
  name?: string;
  description?: string;
}

/** A speaker found for a quote, with the mention and cue that named them. */
export interface Attribution extends Speaker {
  mention?: { start: number; end: number };
  cue?: { start: number; end: number };
  /** Which sieve attributed it (for debugging and evaluation). */
  sieve: "after" | "before" | "continuation" | "paragraph";
  /** Index of the cue that named the speaker, when a cue did. */
  cueIndex?: number;
}

/**
 * Resolve every cue's subject to a speaker, in text order: names to their normalized form,
 * pronouns to the nearest earlier named speaker of compatible gender (recording the pronoun's
 * gender on the name), descriptions kept as unnamed speakers.
 */
export function resolveCueSpeakers(cues: Cue[], names: NameRegistry): (Speaker | undefined)[] {
  return cues.map((cue) => {
    const s = cue.subject;
    if (s.kind === "name") {
      const name = names.canonical(s.text);
      names.setGender(name, s.others ? "plural" : s.gender);
      names.markSpeaker(name);
      return { name };
    }
    if (s.kind === "description") {
      const text = s.text.charAt(0).toLowerCase() + s.text.slice(1);
      const name = names.byDescription(text);
      return name ? { name } : { description: text };
    }
    if (s.gender !== "male" && s.gender !== "female") return undefined;
    const name = names.resolvePronoun(s.first, s.gender);
    return name ? { name } : undefined;
  });
}

/**
 * Attribute speech quotes to speakers with sieves in order of precision (after Muzny et al.
 * 2017): a cue right after the closing mark ("…," says X / X said), a cue right before the
 * opening mark (X said: "…" / according to X, "…"), the speaker of the previous quote in the
 * paragraph or of the quote that ended the previous paragraph, and the nearest earlier cue of
 * the paragraph.
 */
export function attributeQuotes(
  doc: Document,
  quotes: QuoteSpan[],
  cues: Cue[],
  cueSpeakers: (Speaker | undefined)[],
  names: NameRegistry,
  lex: VoiceLexicon,
): (Attribution | undefined)[] {
  const { tokens } = doc;
  const finder = new MentionFinder(doc.text, tokens, lex);
  const byFirst = new Map<number, number>();
  cues.forEach((c, i) => {
    byFirst.set(c.first, i);
  });
  const bySentence = cuesBySentence(cues, doc.sentences.length);
  const result: (Attribution | undefined)[] = [];
  let prevInParagraph: { paragraph: number; speaker: Attribution | undefined; end: number } | undefined;
  for (const q of quotes) {
    let found = afterCloser(q) ?? beforeOpener(q) ?? colonClause(q);
    if (!found && prevInParagraph?.speaker) {
      const para = doc.paragraphs[q.firstParagraph];
      const startsParagraph = q.start <= para.start + 1;
      const samePara = prevInParagraph.paragraph === q.firstParagraph;
      const prevParaEnds =
        prevInParagraph.paragraph === q.firstParagraph - 1 &&
        startsParagraph &&
        !paragraphHasCue(q.firstParagraph);
      if (samePara || prevParaEnds) found = { ...strip(prevInParagraph.speaker), sieve: "continuation" };
    }
    found ??= previousParagraph(q) ?? paragraphCue(q);
    result.push(found);
    prevInParagraph = { paragraph: q.lastParagraph, speaker: found, end: q.end };
  }
  return result;

  function attribution(ci: number, sieve: Attribution["sieve"]): Attribution | undefined {
    const speaker = cueSpeakers[ci];
    if (!speaker) return undefined;
    const c = cues[ci];
    return {
      ...speaker,
      mention: { start: tokens[c.subject.first].start, end: tokens[c.subject.last].end },
      cue: { start: tokens[c.first].start, end: tokens[c.last].end },
      sieve,
      cueIndex: ci,
    };
  }

  function afterCloser(q: QuoteSpan): Attribution | undefined {
    let a = firstEndingAfter(tokens, q.end);
    if (tokens[a]?.key === ",") a++;
    const para = doc.paragraphs[q.lastParagraph];
    if (!tokens[a] || tokens[a].start >= para.end) return undefined;
    const ci = byFirst.get(a);
    if (ci !== undefined && cues[ci].inverted && usable(ci)) return attribution(ci, "after");
    // "“…” ― Pamela Padilla": a dash and a name sign the quote; in a headline, so does a colon.
    const headline =
      (q.lastParagraph === 0 || doc.paragraphs[q.lastParagraph].kind === "heading") && tokens[a]?.key === ":";
    if (
      headline ||
      /^[\u2014\u2015\u2013-]$/.test(tokens[a]?.key ?? "") ||
      /^--+$/.test(tokens[a]?.key ?? "")
    ) {
      const n = finder.nameForward(a + 1, tokens.length);
      if (n && doc.text.slice(tokens[a].end, tokens[n.first].start).indexOf("\n") < 0) {
        return { name: names.canonical(n.text), mention: span(n.first, n.last), sieve: "after" };
      }
    }
    // "…," Rovers coach Dominik Sauer told reporters: the first cue whose subject follows the closer.
    // After a quote that ends its sentence ("….” A spokesman said …) only an adjacent cue counts.
    const closesSentence = /[.]["'\u201D\u2019]?$/.test(doc.text.slice(q.contentStart, q.end));
    const reach = closesSentence ? 3 : 16;
    for (let k = a; k < Math.min(tokens.length, a + reach) && tokens[k].start < para.end; k++) {
      const key = tokens[k].key;
      if (key === "." && k > a && lex.titles.has(tokens[k - 1].key)) continue; // "Mr. Obama"
      if (
        key === "." ||
        key === "!" ||
        key === "?" ||
        key === '"' ||
        (tokens[k].kind === "punct" && /[“‘]/.test(key))
      )
        break;
      const c = byFirst.get(k);
      if (c !== undefined && !cues[c].inverted && cues[c].subject.first >= a && usable(c))
        return attribution(c, "after");
    }
    return undefined;
  }

  function beforeOpener(q: QuoteSpan): Attribution | undefined {
    const opener = firstEndingAfter(tokens, q.start);
    let sentence = itemContaining(doc.sentences, q.start);
    const para = doc.paragraphs[q.firstParagraph];
    // A quote opening its paragraph may be introduced by the previous paragraph ("X said:").
    if (q.start <= para.start + 1 && q.firstParagraph > 0) {
      const prev = doc.paragraphs[q.firstParagraph - 1];
      if (doc.text[prev.end - 1] === ":") sentence = itemContaining(doc.sentences, prev.end - 1);
    }
    if (sentence < 0) return undefined;
    const s = doc.sentences[sentence];
    let best = -1;
    const candidates = [...bySentence[sentence]];
    for (let x = sentence + 1; x < doc.sentences.length && doc.sentences[x].start < q.start; x++)
      candidates.push(...bySentence[x]);
    for (const ci of candidates) {
      const c = cues[ci];
      const reach = Math.max(c.last, c.subject.last);
      if (reach >= opener || tokens[c.first].start < s.start) continue;
      if (opener - reach <= 8 && usable(ci, opener)) best = ci;
    }
    return best >= 0 ? attribution(best, "before") : undefined;
  }

  // "His mother laughs" is no attribution; "his mother said" is, and so is "the company calls
  // the train “…”" with the weaker verb right before the quote.
  function usable(ci: number, opener = -1): boolean {
    const c = cues[ci];
    return (
      c.strong ||
      c.subject.kind !== "description" ||
      // "As the report puts it: '…'": a document's words, whatever the verb.
      c.subject.text
        .toLowerCase()
        .split(" ")
        .some((w) => lex.selfReference.has(w)) ||
      (opener >= 0 && opener - c.last <= 4 && !c.inverted && NAMING.has(c.key))
    );
  }

  // "…, he was blunter: “…”": the person the clause before the colon is about.
  function colonClause(q: QuoteSpan): Attribution | undefined {
    const opener = firstEndingAfter(tokens, q.start);
    if (tokens[opener - 1]?.key !== ":") return undefined;
    const si = itemContaining(doc.sentences, q.start);
    const floor = si >= 0 ? doc.sentences[si].tokenStart : opener - 10;
    for (let k = opener - 2; k >= Math.max(floor, opener - 30); k--) {
      const p = finder.pronoun(k);
      if (p && (p.gender === "male" || p.gender === "female")) {
        const name = names.resolvePronoun(k, p.gender);
        return name ? { name, mention: span(k, k), sieve: "before" } : undefined;
      }
      const n = finder.nameBackward(k, floor);
      if (n && !lex.notNames.has(tokens[n.first].key))
        return { name: names.canonical(n.text), mention: span(n.first, n.last), sieve: "before" };
    }
    return undefined;
  }

  // A quote opening a paragraph with no cue: the last person the previous paragraph named.
  function previousParagraph(q: QuoteSpan): Attribution | undefined {
    const para = doc.paragraphs[q.firstParagraph];
    if (q.start > para.start + 1 || q.firstParagraph === 0) return undefined;
    const prev = doc.paragraphs[q.firstParagraph - 1];
    const name = names.lastNamed(firstEndingAfter(tokens, prev.start) - 1, firstEndingAfter(tokens, q.start));
    return name ? { name, sieve: "paragraph" } : undefined;
  }

  function span(first: number, last: number): { start: number; end: number } {
    return { start: tokens[first].start, end: tokens[last].end };
  }

  function paragraphHasCue(p: number): boolean {
    return cuesOfParagraph(doc, bySentence, p).some((ci) => cues[ci].strong);
  }

  function paragraphCue(q: QuoteSpan): Attribution | undefined {
    const para = doc.paragraphs[q.firstParagraph];
    let best = -1;
    for (const ci of cuesOfParagraph(doc, bySentence, q.firstParagraph)) {
      const at = tokens[cues[ci].first].start;
      if (at >= para.start && at < q.start && cues[ci].strong && cueSpeakers[ci]) best = ci;
    }
    return best >= 0 ? attribution(best, "paragraph") : undefined;
  }
}

function strip(a: Attribution): Speaker {
  return a.name ? { name: a.name } : { description: a.description };
}
