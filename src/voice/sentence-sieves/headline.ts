import { inHeadline } from "../transcript.js";
import type { Voice } from "../types.js";
import { type SentenceContext, type SentenceSieve, tokenAfter } from "./context.js";
import { quotation } from "./quotation.js";
import { reportedVoice } from "./reported-speech.js";

// Most words of the phrase a headline opens with that names who speaks ("Former Harbour Master",
// "Hungarian Prime Minister"); a longer run is a clause, not a speaker.
const SPEAKER_WORDS = 8;

/**
 * A headline is the outlet's line, never a speaker's by a name it happens to hold ("… Nuncio to
 * the United States Accuses Pope …" is not the United States speaking). When it reports someone
 * with a speech verb after the phrase it opens with ("The Water Board Says Relax", "Former
 * Nuncio Accuses Pope …"), or opens with that phrase and a colon before a quotation ("Hungarian
 * Prime Minister: ‘…’"), it reports that speaker's words, as indirect speech in the body does: the
 * speaker's voice, named as the headline names them, and not the author's claim. Any other
 * headline is the author's.
 */
export const headline: SentenceSieve = {
  name: "headline",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    // A header line inside a reproduced block ("March 4, 2026, Island Ledger") is the block's.
    const p = ctx.article.sentences[si].paragraph;
    if (ctx.blocks[p]) return undefined;
    if (crosshead(ctx, p)) return { kind: "author" };
    if (!inHeadline(ctx.article, si)) return undefined;
    // "“They wrote to me as if I were a number”: a tenant speaks": a headline that opens with a
    // quotation and a colon gives the words to whom the quote's tag names.
    const s = ctx.article.sentences[si];
    const opener = ctx.spans.findIndex((q) => q.start === s.start);
    if (opener >= 0 && ctx.article.tokenStore.keyAt(tokenAfter(ctx, opener)) === ":") {
      const v = quotation.voice(si, ctx);
      if (v?.kind === "speaker") return v;
    }
    // "…, new report finds": a document that reports.
    const reported = reportedVoice(ctx, si);
    return headlineSpeaker(ctx, si) ?? (reported?.kind === "document" ? reported : { kind: "author" });
  },
};

// Most words of a quoted crosshead ("'Right decision'").
const CROSSHEAD_WORDS = 5;

/**
 * Whether paragraph p is a crosshead made of a few quoted words ("'Right decision'", "'Foster
 * hatred'") between the paragraphs of a story: a label the outlet lifts from a quote further on,
 * no one's speech where it stands (it would take the speaker of the paragraph before).
 */
function crosshead(ctx: SentenceContext, p: number): boolean {
  const { paragraphs, text } = ctx.article;
  if (p === 0 || p >= paragraphs.length - 1) return false;
  const line = text.slice(paragraphs[p].start, paragraphs[p].end).trim();
  const m = /^['\u2018"\u201C]([^'\u2018\u2019"\u201C\u201D.!?:;]+)['\u2019"\u201D]$/u.exec(line);
  return m !== null && m[1].trim().split(/\s+/).length <= CROSSHEAD_WORDS;
}

// "Manafort Met With Assange Before Joining Campaign: Report": a headline closing on a colon and
// the kind of work it comes from gives that work's claim.
const SOURCED = /:\s*(report|study|poll|survey|sources)\s*$/iu;

function headlineSpeaker(ctx: SentenceContext, si: number): Voice | undefined {
  const sourced = SOURCED.exec(
    ctx.article.text.slice(ctx.article.sentences[si].start, ctx.article.sentences[si].end),
  );
  if (sourced) return { kind: "document", name: sourced[1].toLowerCase() };
  const { article, lex, cues, cueSpeakers, spans, names } = ctx;
  const { tokenStore: tokens, text } = article;
  const s = article.sentences[si];
  // "Did Saint Francis Predict Pope Francis?": a question reports no one.
  if (/\?["'\u201D\u2019)]*\s*$/.test(text.slice(s.start, s.end))) return undefined;
  // "UK: Labour MP Cites Ban …": a kicker before a colon is no part of the speaker's phrase.
  let colon = -1;
  for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + SPEAKER_WORDS + 1); k++)
    if (tokens.key(k) === ":") {
      colon = k;
      break;
    }
  if (colon > s.tokenStart && spans.some((q) => q.start > tokens.starts[colon] && q.start < s.end)) {
    // "Hungarian Prime Minister: ‘…’": a person before the colon, their words after it.
    const phrase = text.slice(tokens.starts[s.tokenStart], tokens.ends[colon - 1]);
    const head = tokens.key(colon - 1);
    if (
      !lex.indirectVerbs.has(head) &&
      (lex.titles.has(head) || lex.personHeads.has(head) || names.isSpeaker(phrase))
    )
      return described(ctx, s.tokenStart, colon);
  }
  // A speech verb first ("… Says Campaign Staff" before "Makes Promises"), then the rest.
  const order = [...ctx.bySentence[si]].sort((x, y) => Number(cues[y].strong) - Number(cues[x].strong));
  for (const ci of order) {
    const c = cues[ci];
    if (c.attributionOnly || !lex.indirectVerbs.has(c.key)) continue;
    // "Pope Francis Accused of Inaction": a headline's active verbs are in the present; a
    // participle is passive, its subject the one spoken of.
    if (!c.inverted && /ed$/.test(c.key)) continue;
    // "Won't Release Autopsy Report": a cue word closing the headline is a noun; a verb reports something.
    let after = c.last + 1;
    while (after < s.tokenEnd && tokens.kind(after) === "punct") after++;
    if (after >= s.tokenEnd) continue;
    // "Nordhavn Appliances recalls 18,000 kettles": a counted thing is the object, not a statement.
    if (!c.inverted && (tokens.kind(c.last + 1) === "number" || /^an?$/.test(tokens.keyAt(c.last + 1) ?? "")))
      continue;
    const sp = cueSpeakers[ci];
    if (c.inverted) {
      if (tokens.starts[c.subject.first] >= s.end) continue;
      if (sp?.name) return { kind: "speaker", name: sp.name };
      if (sp?.description) return { kind: "speaker", description: sp.description };
      continue;
    }
    const start = colon >= 0 && c.first > colon ? colon + 1 : s.tokenStart;
    if (c.first <= start || c.first - start > SPEAKER_WORDS || splitsName(ctx, c.first)) continue;
    if (!speakerPhrase(ctx, start, c.first)) continue;
    // "SPECIAL REPORT: …": a kicker in capitals before a colon labels the story; no one speaks.
    const kicker = text.slice(tokens.starts[start], tokens.ends[c.last]);
    if (tokens.keyAt(c.last + 1) === ":" && !/\p{Ll}/u.test(kicker)) continue;
    // "I'll Say What …": the writer's own line; another pronoun has no one before it to refer to.
    if (c.first - start === 1 && lex.pronouns.has(tokens.key(start).replace(/['\u2019].*$/, ""))) continue;
    // The speaker the rules resolved ("The Water Board" → the board the body names in full) when
    // their mention is the phrase and the name holds as much; else the phrase as written. A name
    // the title case ran over the verb ("Officials Warn") is no resolution.
    const whole =
      c.subject.last === c.first - 1 &&
      (c.subject.first === start ||
        (c.subject.first === start + 1 && lex.determiners.has(tokens.key(start))));
    const verb = text.slice(tokens.starts[c.first], tokens.ends[c.last]);
    const named = sp?.name?.split(" ") ?? [];
    const words = c.first - start - (lex.determiners.has(tokens.key(start)) ? 1 : 0);
    if (whole && sp?.name && !named.includes(verb) && named.length >= words)
      return { kind: "speaker", name: sp.name };
    return described(ctx, start, c.first);
  }
  return undefined;
}

/**
 * Whether tokens [from, to) read as who speaks: no count ("Coroner Releases 58 Autopsy Reports"),
 * no punctuation inside a name's, and in lower case only a determiner, a name's joining word or
 * the head at its end ("Gillum staffer makes racist statements and admits" runs over a verb).
 */
function speakerPhrase(ctx: SentenceContext, from: number, to: number): boolean {
  const { lex } = ctx;
  const { tokenStore: tokens, text } = ctx.article;
  for (let k = from; k < to; k++) {
    const kind = tokens.kind(k);
    if (kind === "number") return false;
    if (kind === "punct") {
      if (!/^[.'\u2019-]$/.test(tokens.key(k))) return false;
      continue;
    }
    if (/^\p{Lu}/u.test(text[tokens.starts[k]]) || k === to - 1) continue;
    const key = tokens.key(k);
    if (!lex.determiners.has(key) && !lex.nameJoins.has(key)) return false;
  }
  return true;
}

// The speaker a headline names in tokens [from, to), as written.
function described(ctx: SentenceContext, from: number, to: number): Voice {
  const tokens = ctx.article.tokenStore;
  return { kind: "speaker", description: ctx.article.text.slice(tokens.starts[from], tokens.ends[to - 1]) };
}

// Whether the capitalised word at k ends a name the article writes elsewhere: "States" of "the
// United States", which a headline's title case makes look like a speech verb.
function splitsName(ctx: SentenceContext, k: number): boolean {
  const { text, tokenStore: tokens } = ctx.article;
  if (k === 0 || !/^\p{Lu}/u.test(text[tokens.starts[k]])) return false;
  const pair = text.slice(tokens.starts[k - 1], tokens.ends[k]);
  if (!/^\p{Lu}\S*\s+\p{Lu}/u.test(pair)) return false;
  const at = tokens.starts[k - 1];
  for (let i = text.indexOf(pair); i >= 0; i = text.indexOf(pair, i + 1))
    if (i !== at && !/\p{L}/u.test(text[i + pair.length] ?? "")) return true;
  return false;
}
