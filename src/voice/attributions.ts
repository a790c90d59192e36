import { pushAll } from "../collections.js";
import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";
import { firstEndingAfter } from "../text/search.js";
import type { Cue } from "./cues.js";
import type { VoiceLexicon } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import type { Speaker } from "./quote-sieves/context.js";
import type { Quote } from "./types.js";

/**
 * An attribution in the terms of PARC 3.0 and PolNeAR (Pareti 2016; Newell et al. 2018): who
 * (`source`), the reporting words (`cue`), and what is attributed (`content`). Direct when the
 * content is a quotation.
 */
export interface AttributionSpans {
  source?: Span;
  cue?: Span;
  content: Span;
  direct: boolean;
  speaker?: Speaker;
  /**
   * For an indirect attribution of a reporting cue the rules read: the cue's first token, its
   * sentence and the subject read for it, so that the source model (src/voice/source-model.ts)
   * may choose its source among the cue's candidates.
   */
  reading?: CueReading;
}

/** A cue as the source model reads it: its first token, sentence and the subject the rules read. */
export interface CueReading {
  token: number;
  sentence: number;
  subject?: Mention;
  /** The subject follows the cue ("said Varga"). */
  inverted: boolean;
}

const TERMINAL = new Set([".", "!", "?", "...", "…"]);

/**
 * Attributions of the article: every speech quote (direct), and every reporting cue of indirect
 * speech with the clause it reports: "X said (that) CONTENT", "CONTENT, X said", "According to
 * X, CONTENT".
 */
export function collectAttributions(
  doc: Document,
  quotes: Quote[],
  cues: Cue[],
  cueSpeakers: (Speaker | undefined)[],
  lex: VoiceLexicon,
): AttributionSpans[] {
  const { tokenStore: tokens } = doc;
  const out: AttributionSpans[] = [];
  const usedCues = new Set<number>();
  for (const q of quotes) {
    if (q.kind !== "speech") continue;
    const a: AttributionSpans = { content: { start: q.start, end: q.end }, direct: true };
    if (q.speaker?.mention) a.source = q.speaker.mention;
    if (q.speaker?.cue) {
      a.cue = q.speaker.cue;
      usedCues.add(q.speaker.cue.start);
    }
    if (q.speaker?.name || q.speaker?.description)
      a.speaker = q.speaker.name ? { name: q.speaker.name } : { description: q.speaker.description };
    out.push(a);
  }
  const speech = quotes.filter((q) => q.kind === "speech");
  const outer = speech.filter((q, i) => i === 0 || q.start >= speech[i - 1].end);
  const quoted = (start: number, end: number) => {
    const q = outer[firstEndingAfter(outer, start)];
    return q !== undefined && q.start <= start && end <= q.end;
  };
  cues.forEach((c, i) => {
    const cueSpan = { start: tokens.starts[c.first], end: tokens.ends[c.last] };
    if (usedCues.has(cueSpan.start)) return;
    // Speech verbs report indirect speech; belief, question and stance cues ("asked", "found",
    // "endorsed", some of them also speech verbs) are attributions in PARC's sense too.
    if (
      !(
        lex.indirectVerbs.has(c.key) ||
        lex.thatVerbs.has(c.key) ||
        c.attributionOnly ||
        lex.attributionVerbs.has(c.key) ||
        c.key === "according"
      )
    )
      return;
    if (lex.modals.has(tokens.keyAt(c.first - 1) ?? "")) return;
    const s = doc.sentences[c.sentence];
    let last = s.tokenEnd - 1;
    while (
      last > s.tokenStart &&
      (TERMINAL.has(tokens.key(last)) || tokens.key(last) === '"' || tokens.key(last) === "'")
    )
      last--;
    const lead = Math.min(c.first, c.subject.first);
    const tail = Math.max(c.last, c.subject.last);
    let content: Span | undefined;
    if (tokens.keyAt(lead - 1) === "," && lead - 1 > s.tokenStart) {
      // "CONTENT, X said." / "CONTENT, according to X."
      content = { start: s.start, end: tokens.ends[lead - 2] };
    } else if (lead === s.tokenStart && (tokens.keyAt(tail + 1) === "," || c.key === "according")) {
      // "According to X, CONTENT.", "According to a poll of Iowa voters released Monday, CONTENT."
      let comma = tail + 1;
      while (comma < last && tokens.key(comma) !== ",") comma++;
      if (tokens.keyAt(comma) === "," && comma < last)
        content = { start: tokens.starts[comma + 1], end: tokens.ends[last] };
    } else if (!c.inverted) {
      // "X said (that) CONTENT", "X told reporters that CONTENT".
      let k = c.last + 1;
      if (c.key.startsWith("tel") || c.key === "told") {
        for (let j = k; j < Math.min(k + 4, last); j++) if (tokens.key(j) === "that") k = j;
      }
      // PARC and PolNeAR count the complementizer "that" as part of the content.
      if (tokens.keyAt(k) === ",") k++;
      // Speech reports a clause; a stance may take a short object ("endorsed Clinton", "declined to comment").
      if (k <= last && last - k >= (c.attributionOnly ? 0 : 2))
        content = { start: tokens.starts[k], end: tokens.ends[last] };
    }
    if (!content || content.end <= content.start || quoted(content.start, content.end)) return;
    const a: AttributionSpans = {
      source: { start: tokens.starts[c.subject.first], end: tokens.ends[c.subject.last] },
      cue: cueSpan,
      content,
      direct: false,
      reading: { token: c.first, sentence: c.sentence, subject: c.subject, inverted: c.inverted },
    };
    const sp = cueSpeakers[i];
    if (sp) a.speaker = sp;
    out.push(a);
  });
  pushAll(out, labelledAttributions(doc, lex, usedCues));
  return out.sort((a, b) => a.content.start - b.content.start);
}

const UPPER = /^\p{Lu}/u;

/**
 * Attributions with no reporting verb: a headline or line that opens with a name and a colon
 * ("Graham: Trump's rhetoric destroying GOP's chances", "Poll: Sanders ties Clinton"), and a
 * finding introduced by "In a … poll/survey/study, CONTENT" (the nouns are `evidenceNouns`).
 */
function labelledAttributions(doc: Document, lex: VoiceLexicon, usedCues: Set<number>): AttributionSpans[] {
  const { tokenStore: tokens, text } = doc;
  const out: AttributionSpans[] = [];
  for (const s of doc.sentences) {
    const first = s.tokenStart;
    let last = s.tokenEnd - 1;
    while (last > first && TERMINAL.has(tokens.key(last))) last--;
    // "John McCain:", "Dr. Ben Carson:", "Clinton camp:": up to five words, capitalised but the last.
    let colon = first;
    while (
      colon < Math.min(last, first + 6) &&
      tokens.key(colon) !== ":" &&
      (UPPER.test(text[tokens.starts[colon]]) || tokens.key(colon) === "." || colon > first)
    )
      colon++;
    if (
      colon > first &&
      tokens.keyAt(colon) === ":" &&
      !usedCues.has(tokens.starts[colon]) &&
      tokens.kind(colon - 1) === "word" &&
      !lex.notNames.has(tokens.key(first)) &&
      tokens.slice(first, colon).every((t, o) => t.kind !== "punct" || t.key === "." || o === 0) &&
      tokens.slice(first, colon - 1).every((t) => t.kind !== "word" || UPPER.test(text[t.start])) &&
      last - colon >= 3
    ) {
      out.push({
        source: { start: tokens.starts[first], end: tokens.ends[colon - 1] },
        cue: { start: tokens.starts[colon], end: tokens.ends[colon] },
        content: { start: tokens.starts[colon + 1], end: tokens.ends[last] },
        direct: false,
      });
      continue;
    }
    // "In an NBC News/Wall Street Journal poll released Monday, 50 percent …".
    if (tokens.key(first) !== "in" || !lex.determiners.has(tokens.keyAt(first + 1) ?? "")) continue;
    let comma = first + 2;
    let noun = -1;
    while (comma < Math.min(last, first + 14) && tokens.key(comma) !== ",") {
      if (noun < 0 && lex.evidenceNouns.has(tokens.key(comma))) noun = comma;
      comma++;
    }
    if (noun < 0 || tokens.keyAt(comma) !== "," || last - comma < 3) continue;
    out.push({
      source: { start: tokens.starts[first + 1], end: tokens.ends[comma - 1] },
      cue: { start: tokens.starts[first], end: tokens.ends[first] },
      content: { start: tokens.starts[comma + 1], end: tokens.ends[last] },
      direct: false,
    });
  }
  return out;
}
