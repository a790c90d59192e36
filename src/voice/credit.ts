import { finding } from "../core/finding.js";
import type { Span } from "../core/span.js";
import type { Document } from "../text/document.js";
import { foldKey } from "../text/fold.js";
import { functionWords } from "../text/function-words.js";
import { alternation, escapeRegExp } from "../text/regexp.js";
import { firstEndingAfter, itemContaining, lowerBound } from "../text/search.js";
import { type SourceNames, sourceNames } from "../trace/source-names.js";
import type { Match } from "../trace/types.js";
import { continuesQuoting } from "./continuation.js";
import type { Credit } from "./credits.js";
import { documentRef } from "./documents.js";
import { UNATTRIBUTED_REUSE, type VoiceFinding } from "./rules.js";
import type { SentenceContext } from "./sentence-sieves/index.js";

/** Paragraphs before a passage (and its own) in which an inline credit or the source's name counts. */
const NEAR_PARAGRAPHS = 2;
// At most this many characters before the passage are searched for the source's name, so that the
// work stays bounded on a text with no paragraphs.
const NEAR_CHARS = 2000;

/**
 * The sentence goes on quoting ({@link continuesQuoting}: "It goes on: …") and the paragraph
 * before holds a credited sentence.
 */
function goesOn(ctx: SentenceContext, si: number, credited: Uint8Array): boolean {
  const { sentences } = ctx.article;
  const s = sentences[si];
  let before = false;
  for (let k = si - 1; k >= 0 && sentences[k].paragraph === s.paragraph - 1 && !before; k--)
    before = credited[k] === 1;
  return before && continuesQuoting(ctx.article, ctx.lex, si);
}

// Words a document noun may stand after "in" and its determiner ("in his annual report").
const WORK_WITHIN = 3;

/**
 * A reporting sentence that names, before its cue, the written work its words come from: "In his
 * report he wrote that the council had …", "In a statement, the company said …". The cue's
 * subject is a person, so no document reference is found on it, yet the sentence says where the
 * words were written.
 */
function inNamedWork(ctx: SentenceContext, si: number): boolean {
  const cues = ctx.bySentence[si];
  if (cues.length === 0) return false;
  const store = ctx.article.tokenStore;
  const before = Math.min(...cues.map((ci) => ctx.cues[ci].first));
  for (let k = ctx.article.sentences[si].tokenStart; k < before; k++) {
    if (store.key(k) !== "in" || !ctx.lex.determiners.has(store.keyAt(k + 1) ?? "")) continue;
    for (let j = k + 2; j < Math.min(before, k + 2 + WORK_WITHIN); j++)
      if (store.kind(j) === "word" && ctx.lex.selfReference.has(store.key(j))) return true;
  }
  return false;
}

/**
 * A paragraph right after a credited block that opens by reporting someone ("The authority said
 * the channel had silted up …"): the author retells, in indirect speech, what the reader has just
 * been shown and whose it is.
 */
function reportsAfterBlock(ctx: SentenceContext, si: number): boolean {
  const s = ctx.article.sentences[si];
  if (s.paragraph === 0 || !ctx.blocks[s.paragraph - 1]?.attributed) return false;
  return ctx.bySentence[si].some((ci) => {
    const c = ctx.cues[ci];
    return (
      !c.inverted &&
      !c.attributionOnly &&
      c.subject.first === s.tokenStart &&
      ctx.lex.indirectVerbs.has(c.key)
    );
  });
}

/**
 * Whether a reused passage is a name and nothing else, however long: "the junction of the A418 and
 * Mill Road", "the Ministry of Transport and Harbour Works". Names, codes and the small words
 * between them, with at most one common noun ("junction") and fewer of those than names, inside
 * a sentence that goes on past them: the two texts name the same place or body, and a name is no
 * wording to copy, so it asks for no credit. A whole line in title case is a headline, and is.
 */
function nameOnly(article: Document, span: Span): boolean {
  const { tokenStore: tokens, text } = article;
  const s = article.sentences[itemContaining(article.sentences, span.start)];
  if (!s || (span.start <= s.start && span.end >= s.end - 1)) return false;
  let names = 0;
  let common = 0;
  for (let k = tokens.firstEndingAfter(span.start); k < tokens.length && tokens.starts[k] < span.end; k++) {
    const kind = tokens.kind(k);
    if (kind === "punct") {
      if (!/^[-'\u2019&]$/.test(tokens.key(k))) return false;
      continue;
    }
    if (kind === "number" || /^\p{Lu}/u.test(text[tokens.starts[k]]) || /\p{N}/u.test(tokens.key(k))) names++;
    else if (!functionWords().has(tokens.key(k))) common++;
  }
  return names >= 2 && common <= 1 && common < names;
}

/** What the article's reading says about who a reused passage belongs to. */
export interface CreditResult {
  /** The matches, each with `attributed` decided. */
  matches: Match[];
  /** One finding per reuse that nothing credits. */
  findings: VoiceFinding[];
}

/**
 * Decide, in one place, whether the article credits each reused passage, from the voice layer's
 * evidence and the trace match: the passage lies in a block an introducer, a citation or a
 * blockquote opens, or in a sentence whose cue names a document ("The report found …") or that
 * names the work before its cue ("In his report he wrote that …"); the
 * article carries a credit for the whole text (a wire dateline with its agency, a byline with an
 * agency, a "Source: …" or "Originally published in …" line); an inline credit ("first reported
 * by …") or the source's title, author or outlet stands in the passage's paragraph or the two
 * before it, or an inline credit stands before an unbroken run of reused paragraphs that holds
 * it; a sentence that cites a document, and a reporting sentence that goes on from a credited one
 * in its paragraph, or one that opens a paragraph going on with "it" or "they" from a paragraph
 * that holds a credited one ("It goes on: …"). A reuse is unattributed only when none applies;
 * the finding says what was looked for.
 */
export function creditReuse(ctx: SentenceContext, matches: Match[], sources: Document[]): CreditResult {
  const { article } = ctx;
  const { sentences } = article;
  const credited = new Uint8Array(sentences.length);
  sentences.forEach((s, si) => {
    const block = ctx.blocks[s.paragraph];
    const blockquote = article.paragraphs[s.paragraph].kind === "blockquote";
    const docCue = ctx.bySentence[si].some(
      (ci) =>
        documentRef(ctx.cues[ci].subject, ctx.cues[ci].key, ctx.citations, ctx.lex, s.end, ctx.docTitles) !==
        undefined,
    );
    // A sentence that cites a document credits what it quotes of it, its title first of all.
    if (block?.attributed || blockquote || docCue || ctx.citedIn.has(si) || inNamedWork(ctx, si))
      credited[si] = 1;
    // A reporting sentence that goes on from a credited one in its paragraph ("According to a
    // statement from the operator, … The company said …") is credited by it, and so is one that
    // goes on with "it" or "they" from the paragraph before ("The report reads, "…" ¶ It goes
    // on: "…""): the pronoun names the document credited there.
    else if (
      si > 0 &&
      (sentences[si - 1].paragraph === s.paragraph
        ? credited[si - 1] && ctx.bySentence[si].length > 0
        : goesOn(ctx, si, credited) || reportsAfterBlock(ctx, si))
    )
      credited[si] = 1;
  });
  const wholeText = ctx.credits.filter((c) => c.kind !== "inline");
  const inline = ctx.credits.filter((c) => c.kind === "inline");
  const names = new Map(sources.map((s) => [s.id, sourceNames(s)]));
  const byBody = new Map(sources.map((s) => [s.id, bodyCued(ctx, bodyForms(s, ctx.lex), matches)]));
  const spoken = spokenSentences(ctx, sources, matches);
  const findings: VoiceFinding[] = [];
  const out = matches.map((m, index) => {
    const id = m.source.id;
    const known = names.get(id) ?? { names: [], heading: [] };
    const attributed =
      wholeText.length > 0 ||
      inSentences(article.sentences, credited, m.article) ||
      inlineNear(article, inline, m.article) ||
      inlineBeforeRun(article, inline, m.article, ctx.traced.paragraphShare) ||
      namedNear(article, known, m.article) ||
      credits(article, byBody.get(id), spoken.get(id), m.article);
    if (!attributed && !nameOnly(article, m.article)) findings.push(unattributed(article, m, index, known));
    return { ...m, attributed };
  });
  return { matches: out, findings };
}

/**
 * The ways an article may name the body a source comes from: the bodies named in the source's
 * title or first paragraph (a run of capitalised words ending with an organisation's head word,
 * "Harwick Borough Council"), each in full and by its common name, the words after the first
 * ("borough council", "council"), all lower-cased.
 */
function bodyForms(src: Document, lex: SentenceContext["lex"]): string[] {
  const first = src.paragraphs[0];
  if (!first) return [];
  const titled = src.meta.title ? [src.meta.title] : [];
  const line = src.text.slice(first.start, first.end);
  const second = src.paragraphs[1] ? src.text.slice(src.paragraphs[1].start, src.paragraphs[1].end) : "";
  const forms = new Set<string>();
  for (const text of [...titled, line, second.split(/(?<=[.!?])\s/)[0] ?? ""]) {
    const words = text.split(/[^\p{L}\p{N}'\u2019-]+/u).filter((w) => w.length > 0);
    // A release's title opens with its issuer before a colon ("Ridings Transport Board: annual
    // report", "Brackley Water: Path reopens"): a name there is a body whatever its last word.
    const issuer =
      /^([^:.!?]+):\s/u
        .exec(text)?.[1]
        .split(/\s+/)
        .filter((w) => w.length > 0) ?? [];
    const issuerNamed =
      issuer.length >= 2 &&
      issuer.every((w) => /^\p{Lu}/u.test(w) || lex.nameJoins.has(w)) &&
      /^\p{Lu}/u.test(issuer.at(-1) ?? "");
    let run: string[] = [];
    let at = 0;
    const close = () => {
      while (run.length > 0 && lex.nameJoins.has(run[run.length - 1].toLowerCase())) run.pop();
      const head = run.at(-1)?.toLowerCase();
      const isIssuer = issuerNamed && at === issuer.length && run.length === issuer.length;
      if (run.length >= 2 && head && (isIssuer || lex.placeHeads.has(head) || lex.publisherHeads.has(head))) {
        const lower = run.map((w) => w.toLowerCase());
        forms.add(lower.join(" "));
        // "the borough council", "the council": the name without its proper first word.
        for (let k = 1; k < lower.length; k++)
          if (!lex.nameJoins.has(lower[k])) forms.add(lower.slice(k).join(" "));
      }
      run = [];
    };
    for (const w of words) {
      if (/^\p{Lu}/u.test(w)) run.push(w);
      else if (run.length > 0 && lex.nameJoins.has(w)) run.push(w);
      else close();
      at++;
      // The issuer's name ends at its colon, though the headline after it may be capitalised.
      if (issuerNamed && at === issuer.length) close();
    }
    close();
  }
  return [...forms];
}

/**
 * Where a source's body is credited in the author's own words. `from`: where the sentence starts
 * of the first reporting cue whose subject is the source's body, by its name or its common name
 * (Infinity when none): "The borough council announced on Tuesday that …" credits a council's
 * release reused anywhere after it, however far: a story built on a release names its source
 * once, in the lead. `sentences`: the sentences such a cue stands in, wherever it is, so that a
 * reporting clause credits the words it reports on either side of it ("The council said
 * [reused]", "[reused], the council added"), and the next sentence of its paragraph, whose
 * content goes on from it. A cue whose own words are reused text is the source naming itself, no
 * credit.
 */
function bodyCued(
  ctx: SentenceContext,
  forms: string[],
  matches: Match[],
): { from: number; sentences: Uint8Array } {
  const { sentences, tokenStore: store } = ctx.article;
  const flags = new Uint8Array(sentences.length);
  let from = Number.POSITIVE_INFINITY;
  if (forms.length === 0) return { from, sentences: flags };
  for (const c of ctx.cues) {
    if (c.subject.kind === "pronoun") continue;
    const subject = c.subject.text
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/['\u2019]s$/, "");
    if (!forms.includes(subject)) continue;
    const start = store.starts[Math.min(c.first, c.subject.first)];
    const end = store.ends[Math.max(c.last, c.subject.last)];
    if (matches.some((m) => m.article.start < end && start < m.article.end)) continue;
    const s = sentences[c.sentence];
    from = Math.min(from, s.start);
    flags[c.sentence] = 1;
    if (sentences[c.sentence + 1]?.paragraph === s.paragraph) flags[c.sentence + 1] = 1;
  }
  return { from, sentences: flags };
}

/**
 * The sentences, by source id, at least half of whose words lie in quotes the article gives to a
 * named speaker whom the source names too ("Councillor Ashdown said: …" in a council's release),
 * in a reporting clause of its own: the reader is told whose words they are. A written ruling's
 * words given to a judge the ruling never names are not credited so: the article hides the
 * document they come from.
 */
function spokenSentences(
  ctx: SentenceContext,
  sources: Document[],
  matches: Match[],
): Map<string, Uint8Array> {
  const { sentences, tokenStore: store } = ctx.article;
  const named = ctx.spans
    .map((q, i) => ({ q, a: ctx.attributions.get(i) }))
    .filter((x) => x.q.depth === 0 && x.a?.name !== undefined)
    .map(({ q, a }) => ({ q, name: a?.name, given: a?.mention ?? a?.cue }));
  const out = new Map<string, Uint8Array>();
  for (const src of sources) {
    // The article's own words must give the quote to its speaker: a reporting clause copied with
    // the quote is the source's attribution, reused like the rest.
    const own = (span: Span | undefined) =>
      span !== undefined &&
      !matches.some(
        (m) => m.source.id === src.id && m.article.start < span.end && span.start < m.article.end,
      );
    const flags = new Uint8Array(sentences.length);
    out.set(src.id, flags);
    // Each surname is looked for in the source once: a long article quotes its speakers many times.
    const namedInSource = new Map<string, boolean>();
    const inSource = (surname: string): boolean => {
      let found = namedInSource.get(surname);
      if (found === undefined) {
        found = new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, "u").test(src.text);
        namedInSource.set(surname, found);
      }
      return found;
    };
    const quotes = named
      .filter(({ name, given }) => {
        if (!own(given)) return false;
        const surname = name?.split(/\s+/).at(-1) ?? "";
        return surname.length > 1 && inSource(surname);
      })
      .map(({ q }) => ({ start: q.contentStart, end: q.contentEnd }))
      .sort((x, y) => x.start - y.start);
    if (quotes.length === 0) continue;
    sentences.forEach((s, si) => {
      let words = 0;
      let inside = 0;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        const kind = store.kind(t);
        if (kind !== "word" && kind !== "number") continue;
        words++;
        if (itemContaining(quotes, store.starts[t]) >= 0) inside++;
      }
      if (words > 0 && inside * 2 >= words) flags[si] = 1;
    });
  }
  return out;
}

/**
 * The body's reporting clause or a speaker's quote credits a passage when at least half its words
 * lie in the sentences they credit: a passage that runs on from uncredited text into a quoted
 * sentence ("… over the next two years. "We are proud …," she said") is mostly uncredited still.
 */
function credits(
  doc: Document,
  body: { from: number; sentences: Uint8Array } | undefined,
  spoken: Uint8Array | undefined,
  span: Span,
): boolean {
  if (body && body.from <= span.start) return true;
  const { sentences, tokenStore: store } = doc;
  let words = 0;
  let inside = 0;
  for (
    let si = firstEndingAfter(sentences, span.start);
    si < sentences.length && sentences[si].start < span.end;
    si++
  ) {
    const s = sentences[si];
    const flagged = body?.sentences[si] === 1 || spoken?.[si] === 1;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const kind = store.kind(t);
      if ((kind !== "word" && kind !== "number") || store.starts[t] < span.start || store.ends[t] > span.end)
        continue;
      words++;
      if (flagged) inside++;
    }
  }
  return words > 0 && inside * 2 >= words;
}

function inSentences(sentences: Span[], flags: Uint8Array, span: Span): boolean {
  for (
    let si = firstEndingAfter(sentences, span.start);
    si < sentences.length && sentences[si].start < span.end;
    si++
  )
    if (flags[si]) return true;
  return false;
}

// The paragraph of the passage and the NEAR_PARAGRAPHS before it, as a character range.
function nearRange(doc: Document, span: Span): Span {
  let p = lowerBound(doc.paragraphs, span.start + 1) - 1;
  if (p < 0) p = 0;
  const from = Math.max(
    doc.paragraphs[Math.max(0, p - NEAR_PARAGRAPHS)]?.start ?? 0,
    span.start - NEAR_CHARS,
  );
  return { start: from, end: span.end };
}

function inlineNear(doc: Document, credits: Credit[], span: Span): boolean {
  if (credits.length === 0) return false;
  const near = nearRange(doc, span);
  return credits.some((c) => c.span.start >= near.start && c.span.start < near.end);
}

/**
 * An inline credit ("The story was first reported by the Ledger.") credits the reused text that
 * follows it without a break: every paragraph from the one after the credit to the passage's has
 * text traced to a source, however many there are.
 */
function inlineBeforeRun(doc: Document, credits: Credit[], span: Span, traced: number[]): boolean {
  if (credits.length === 0) return false;
  const p = Math.max(0, lowerBound(doc.paragraphs, span.start + 1) - 1);
  return credits.some((c) => {
    if (c.paragraph >= p) return false;
    for (let q = c.paragraph + 1; q <= p; q++) if (!(traced[q] > 0)) return false;
    return true;
  });
}

const squash = (s: string): string => foldKey(s).replace(/\s+/g, " ");

// The source's title, or one of its author or outlet names, in the passage's neighbourhood.
function namedNear(doc: Document, names: SourceNames, span: Span): boolean {
  const near = nearRange(doc, span);
  const window = doc.text.slice(near.start, near.end);
  if (names.title && squash(window).includes(squash(names.title))) return true;
  if (names.names.length === 0) return false;
  const pattern = new RegExp(`(?<![\\p{L}])(?:${alternation(names.names)})(?![\\p{L}])`, "u");
  return pattern.test(window);
}

function unattributed(doc: Document, m: Match, index: number, names: SourceNames): VoiceFinding {
  const words = doc.text.slice(m.article.start, m.article.end).split(/\s+/).length;
  const lookedFor = [
    "an introducer, block quote or citation",
    "a dateline, byline or credit line",
    ...(names.title ? [`the title "${clip(names.title)}"`] : []),
    ...(names.names.length > 0 ? [`the names ${names.names.slice(0, 4).join(", ")}`] : []),
  ];
  const paraphrase = m.kind === "paraphrase";
  const what = paraphrase
    ? `A sentence paraphrases ${m.source.id}`
    : `${words} words reused from ${m.source.id}`;
  return finding(UNATTRIBUTED_REUSE, {
    // A paraphrase is a weaker statement about someone's text than copied words.
    severity: paraphrase ? "info" : "warning",
    message: `${what} without crediting it (looked for ${lookedFor.join("; ")})`,
    span: m.article,
    evidence: [m.source],
    data: { match: index, source: m.source.id, kind: m.kind, similarity: m.similarity, lookedFor },
  });
}

const clip = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n - 3)}...` : s);
