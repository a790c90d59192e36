import type { Finding } from "../report/finding.js";
import type { Document } from "../text/document.js";
import { firstEndingAfter, itemContaining } from "../text/search.js";
import type { Match } from "../trace/types.js";
import { type AttributionSpans, collectAttributions } from "./attributions.js";
import { classifyQuote } from "./classify.js";
import { cuesBySentence, findCues } from "./cues.js";
import { type BlockVoice, documentRef, findBlocks, findCitations, findDocumentTitles } from "./documents.js";
import { voiceLexicon } from "./lexicon.js";
import { linkCitations } from "./link-citations.js";
import { NameRegistry } from "./names.js";
import { findQuotes } from "./quotes.js";
import { quoteDominates, quoteShares, traceCoverage } from "./shares.js";
import { type Attribution, attributeQuotes, resolveCueSpeakers } from "./speakers.js";
import { findLabels, findUnlabelledAnswers } from "./transcript.js";
import type { Citation, Quote, QuoteKind, Voice } from "./types.js";

export type { AttributionSpans } from "./attributions.js";
export type { Citation, Quote, Voice, VoiceKind } from "./types.js";

/** What voice attribution found. */
export interface VoiceResult {
  /** One voice per sentence of the article, in order. */
  sentenceVoices: Voice[];
  quotes: Quote[];
  citations: Citation[];
  findings: Finding[];
  /** Source–cue–content attributions, direct (quotes) and indirect (reported speech). */
  attributions: AttributionSpans[];
  /** Indexes of sentences holding traced text that the article attributes (introducer, cue, blockquote). */
  attributedSentences: number[];
}

// Words before a cue's subject that make the cue subordinate: "whatever the authority claims".
const BLOCKERS = new Set(["whatever", "what", "as", "than", "if", "who", "which", "whom", "whether"]);
// A sentence is a document's voice when trace matches cover at least this share of it.
const MATCH_SHARE = 0.5;

/**
 * Attribute every sentence to a voice: the author, a document the article reproduces, or a
 * quoted speaker (nested in a document when the document quotes them). Quotes are found and
 * classified, speakers attributed by sieves, citations and reproduced blocks found from
 * introducers and blockquotes; trace matches, when given, mark reproduced text as a document's
 * voice and override weaker cues.
 */
export function attributeVoices(
  article: Document,
  context: { matches: Match[]; sources: Document[] },
): VoiceResult {
  const lex = voiceLexicon();
  const { tokens, sentences, paragraphs } = article;
  const spans = findQuotes(article.text, paragraphs, sentences);

  const inQuote = new Uint8Array(tokens.length);
  for (const q of spans) {
    if (q.depth > 0) continue;
    for (
      let k = firstEndingAfter(tokens, q.contentStart);
      k < tokens.length && tokens[k].start < q.contentEnd;
      k++
    )
      inQuote[k] = 1;
  }
  // Belief and stance cues ("voters believe") are PARC attributions but no voice: kept apart.
  const allCues = findCues(article, lex, (k) => inQuote[k] === 1);
  const cues = allCues.filter((c) => !c.attributionOnly);
  const stanceCues = allCues.filter((c) => c.attributionOnly);
  // Cues inside top-level quotes attribute the quotes nested in them ("‘One of them shouted “…”’").
  const inNested = new Uint8Array(tokens.length);
  for (const q of spans) {
    if (q.depth === 0) continue;
    for (
      let k = firstEndingAfter(tokens, q.contentStart);
      k < tokens.length && tokens[k].start < q.contentEnd;
      k++
    )
      inNested[k] = 1;
  }
  const nestedCues = spans.some((q) => q.depth > 0)
    ? findCues(article, lex, (k) => inNested[k] === 1).filter((c) => !c.attributionOnly)
    : [];
  const speechCues = (list: typeof cues) =>
    new Set(list.filter((c) => c.strong || c.subject.kind !== "description").map((c) => c.sentence));
  const cueSentences = speechCues(cues);
  const nestedCueSentences = speechCues(nestedCues);
  const bySentence = cuesBySentence(cues, sentences.length);
  const nestedBySentence = cuesBySentence(nestedCues, sentences.length);
  const kinds: QuoteKind[] = spans.map((q) =>
    q.depth === 0
      ? classifyQuote(article, q, lex, cueSentences, cues, bySentence)
      : classifyQuote(article, q, lex, nestedCueSentences, nestedCues, nestedBySentence),
  );

  const names = new NameRegistry(article, lex, (k) => inQuote[k] === 1);
  // Pronouns outside quotes, in text order, teach the names their genders ("since she was seventeen").
  for (let k = 0; k < tokens.length; k++) {
    const g = inQuote[k] ? undefined : lex.pronouns.get(tokens[k].key);
    if (g === "male" || g === "female") names.resolvePronoun(k, g);
  }
  const cueSpeakers = resolveCueSpeakers(cues, names);
  const speechIdx = spans.map((_, i) => i).filter((i) => kinds[i] === "speech" && spans[i].depth === 0);
  const attributions = new Map<number, Attribution | undefined>();
  attributeQuotes(
    article,
    speechIdx.map((i) => spans[i]),
    cues,
    cueSpeakers,
    names,
    lex,
  ).forEach((a, k) => {
    attributions.set(speechIdx[k], a);
  });
  const nestedIdx = spans.map((_, i) => i).filter((i) => kinds[i] === "speech" && spans[i].depth > 0);
  if (nestedIdx.length > 0) {
    const nestedSpeakers = resolveCueSpeakers(nestedCues, names);
    attributeQuotes(
      article,
      nestedIdx.map((i) => spans[i]),
      nestedCues,
      nestedSpeakers,
      names,
      lex,
    ).forEach((a, k) => {
      // Only a cue right at the nested quote counts; the paragraph-level sieves belong to the outer one.
      if (a && a.sieve !== "paragraph") {
        const { cueIndex: _nestedCue, ...rest } = a;
        attributions.set(nestedIdx[k], rest);
      }
    });
  }

  const citations = findCitations(
    article,
    spans.filter((_, i) => kinds[i] === "title"),
    lex,
  );
  const docTitles = findDocumentTitles(article, lex);
  linkCitations(citations, context.sources);

  const traced = traceCoverage(article, context.matches);
  const blocks = findBlocks(article, {
    lex,
    cues,
    cueSpeakers,
    citations,
    titles: docTitles,
    names,
    matched: context.sources.length > 0 && context.matches.length > 0 ? traced.paragraphShare : undefined,
  });

  // A speech quote whose cue subject is a document ("As the report puts it: '…'") is the document's voice.
  const quoteVoice = (i: number): Voice => {
    const a = attributions.get(i);
    const ci = a?.cueIndex;
    if (ci !== undefined) {
      const ref = documentRef(cues[ci].subject, cues[ci].key, citations, lex, spans[i].start, docTitles);
      if (ref)
        return {
          kind: "document",
          name: ref.name,
          ...(ref.citation !== undefined ? { citation: ref.citation } : {}),
        };
    }
    const v: Voice = { kind: "speaker" };
    if (a?.name) v.name = a.name;
    else if (a?.description) v.description = a.description;
    return v;
  };

  // A traced document is named by the citation that matches it, else by its own title.
  const sourceName = (id: string): { name: string; citation?: number } => {
    const c = citations.findIndex((x) => x.source === id);
    if (c >= 0) return { name: citations[c].title ?? id, citation: c };
    const src = context.sources.find((d) => d.id === id);
    const heading =
      src?.paragraphs[0]?.kind === "heading"
        ? src.text.slice(src.paragraphs[0].start, src.paragraphs[0].end)
        : undefined;
    return { name: src?.meta.title ?? heading ?? id };
  };
  const blockVoice = (b: BlockVoice): Voice => {
    const v: Voice = { kind: b.kind };
    if (b.name) v.name = b.name;
    if (b.description) v.description = b.description;
    if (b.citation !== undefined) v.citation = b.citation;
    return v;
  };

  // Transcript labels: "Q." is the interviewer (the article's author), "A." the person interviewed.
  const labels: { start: number; end: number; voice: Voice }[] = [];
  const found = findLabels(article, names);
  for (const l of found.length > 0 ? found : findUnlabelledAnswers(article)) {
    if (l.role === "question") labels.push({ ...l, voice: { kind: "author" } });
    else {
      const name = l.name ?? names.firstMentioned() ?? names.mostMentioned();
      labels.push({ ...l, voice: name ? { kind: "speaker", name } : { kind: "speaker" } });
    }
  }
  // Indirect speech: "Kovacs said police had …", "According to club sources, …".
  const titlesBySentence = new Map<number, number[]>();
  spans.forEach((q, i) => {
    if (kinds[i] !== "title") return;
    const si = itemContaining(sentences, q.start);
    if (si >= 0) titlesBySentence.set(si, [...(titlesBySentence.get(si) ?? []), i]);
  });
  const citedIn = new Set(citations.map((c) => itemContaining(sentences, c.start)));
  const cueVoice = (si: number): Voice | undefined => {
    if (/:\s*$/.test(article.text.slice(sentences[si].start, sentences[si].end))) return undefined;
    if (paragraphs[sentences[si].paragraph].kind === "heading") return undefined;
    // The sentence that cites a document is the author's ("In the article entitled …, A and B
    // describe …").
    if (citedIn.has(si)) return undefined;
    // "The Labour Market Institute's “Working Hours Review 2026” found that …": the work speaks.
    for (const qi of titlesBySentence.get(si) ?? []) {
      const opener = firstEndingAfter(tokens, spans[qi].start);
      const before = tokens[opener - 1];
      const subjectLike =
        opener <= sentences[si].tokenStart ||
        before.key === "," ||
        lex.determiners.has(before.key) ||
        /['\u2019]s$/.test(article.text.slice(before.start, before.end));
      const next = tokens[firstEndingAfter(tokens, spans[qi].end)];
      if (subjectLike && next && (lex.writingVerbs.has(next.key) || lex.indirectVerbs.has(next.key))) {
        return {
          kind: "document",
          name: article.text.slice(spans[qi].contentStart, spans[qi].contentEnd).trim().replace(/[,.]$/, ""),
        };
      }
    }
    for (const i of bySentence[si]) {
      const c = cues[i];
      const before = tokens[c.subject.first - 1]?.key ?? "";
      if (!c.inverted && BLOCKERS.has(before)) continue;
      if (lex.modals.has(tokens[c.first - 1]?.key ?? "")) continue;
      // "The reporters also found that …": a document's finding, whatever it reports after.
      const found = lex.writingVerbs.has(c.key)
        ? documentRef(c.subject, c.key, citations, lex, sentences[si].end, docTitles)
        : undefined;
      if (found)
        return {
          kind: "document",
          name: found.name,
          ...(found.citation !== undefined ? { citation: found.citation } : {}),
        };
      if (!(lex.indirectVerbs.has(c.key) || c.inverted)) continue;
      // "before he wrote a word": writing reports only with "that", a colon or a comma after it;
      // "said it plainly", "tells it differently" report nothing.
      const next = tokens[c.last + 1]?.key ?? "";
      const after = tokens[c.last + 2];
      if (
        !c.inverted &&
        next === "it" &&
        (after === undefined || after.kind !== "word" || /ly$|^differently$|^well$|^again$/.test(after.key))
      )
        continue;
      if (
        !c.inverted &&
        lex.writingVerbs.has(c.key) &&
        !lex.strongVerbs.has(c.key) &&
        next !== "that" &&
        next !== "," &&
        next !== ":"
      )
        continue;
      if (!c.inverted && /^writ|^wrote/.test(c.key) && next !== "that" && next !== "," && next !== ":")
        continue;
      const ref = documentRef(c.subject, c.key, citations, lex, sentences[si].end, docTitles);
      if (ref)
        return {
          kind: "document",
          name: ref.name,
          ...(ref.citation !== undefined ? { citation: ref.citation } : {}),
        };
      const sp = cueSpeakers[i];
      if (sp?.name) return { kind: "speaker", name: sp.name };
      if (sp?.description) return { kind: "speaker", description: sp.description };
    }
    return undefined;
  };

  // Whether sentence si has a speech cue before the one that attributes its quote.
  const otherCue = (si: number, a: Attribution | undefined): boolean =>
    bySentence[si].some((ci) => {
      const c = cues[ci];
      return (
        c.strong &&
        lex.indirectVerbs.has(c.key) &&
        tokens[c.first].start < (a?.cue?.start ?? 0) &&
        !inQuote[c.first]
      );
    });
  const speechShare = quoteShares(article, spans, (i) => kinds[i] === "speech" && spans[i].depth === 0);
  const nestedShare = quoteShares(
    article,
    spans,
    (i) => kinds[i] === "speech" && spans[i].depth > 0 && attributions.get(i) !== undefined,
  );
  const attributedSentences: number[] = [];
  const findings: Finding[] = [];
  let run: { start: number; end: number; source: string } | undefined;
  const flush = () => {
    if (!run) return;
    findings.push({
      ruleId: "voice/unattributed-reproduction",
      source: "voice",
      severity: "warning",
      message: `Text reproduced from ${run.source} with no introducer, citation or quotation attributing it`,
      span: { start: run.start, end: run.end },
      data: { source: run.source },
    });
    run = undefined;
  };

  const sentenceVoices: Voice[] = sentences.map((s, si) => {
    const block = blocks[s.paragraph];
    const share = traced.sentenceShare[si];
    const src = traced.sentenceSource[si];
    const docCue = bySentence[si].some(
      (ci) => documentRef(cues[ci].subject, cues[ci].key, citations, lex, s.end, docTitles) !== undefined,
    );
    const attributed = (block?.attributed ?? false) || docCue;
    if (share > 0 && attributed) attributedSentences.push(si);
    let voice: Voice;
    const dominant = speechShare.best[si];
    const label = labels[itemContaining(labels, (s.start + s.end) >> 1)]?.voice;
    if (label) {
      voice = { ...label };
    } else if (
      dominant >= 0 &&
      quoteDominates(
        s,
        spans[dominant],
        speechShare.share[si],
        attributions.get(dominant),
        otherCue(si, attributions.get(dominant)),
      )
    ) {
      voice = quoteVoice(dominant);
      // A document quoting someone: "As the report puts it: '… “No,” the minister told us.'"
      const inner = nestedShare.best[si];
      if (
        voice.kind === "document" &&
        inner >= 0 &&
        quoteDominates(s, spans[inner], nestedShare.share[si], attributions.get(inner))
      ) {
        const speaker = quoteVoice(inner);
        voice = { ...speaker, ...(voice.name ? { document: voice.name } : {}) };
      }
      if (voice.kind === "speaker" && !voice.document) {
        if (block?.kind === "document" && block.name) voice.document = block.name;
        else if (src && share >= 0.9) voice.document = sourceName(src).name;
      }
      if (src) voice.source = src;
    } else if (
      block &&
      !(traced.paragraphShare[s.paragraph] > 0 && share === 0 && block.kind === "document")
    ) {
      // (With sources, a sentence of a partly traced block paragraph that nothing traces is the
      // author's commentary.)
      // A block traced to a source it cites by no title takes the source's own title.
      const traced =
        src && block.kind === "document" && block.citation === undefined ? sourceName(src) : undefined;
      voice = blockVoice(traced ? { ...block, name: traced.name, citation: traced.citation } : block);
      // Reported speech inside a reproduced document: the speaker, nested in the document.
      const reported = voice.kind === "document" ? cueVoice(si) : undefined;
      if (reported?.kind === "speaker" && reported.name)
        voice = { ...reported, ...(voice.name ? { document: voice.name } : {}) };
      if (src) voice.source = src;
    } else if (src && share >= MATCH_SHARE) {
      const named = sourceName(src);
      voice = {
        kind: "document",
        name: named.name,
        source: src,
        ...(named.citation !== undefined ? { citation: named.citation } : {}),
      };
      const reported = cueVoice(si);
      if (reported?.kind === "speaker" && reported.name)
        voice = { ...reported, document: named.name, source: src };
    } else {
      voice = cueVoice(si) ?? { kind: "author" };
    }
    if (voice.kind === "document" && src && share >= MATCH_SHARE && !attributed) {
      if (run && run.source === src) run.end = s.end;
      else {
        flush();
        run = { start: s.start, end: s.end, source: src };
      }
    } else flush();
    return voice;
  });
  flush();

  const quotes: Quote[] = spans.map((q, i) => {
    const quote: Quote = {
      start: q.start,
      end: q.end,
      content: { start: q.contentStart, end: q.contentEnd },
      kind: kinds[i],
    };
    const a = attributions.get(i);
    if (a && (a.name || a.description)) {
      const v = quoteVoice(i);
      quote.speaker = {
        ...(v.kind === "document"
          ? { name: v.name }
          : a.name
            ? { name: a.name }
            : { description: a.description }),
        ...(a.mention ? { mention: a.mention } : {}),
        ...(a.cue ? { cue: a.cue } : {}),
      };
    }
    return quote;
  });
  const attributionSpans = collectAttributions(
    article,
    quotes,
    [...cues, ...stanceCues],
    [...cueSpeakers, ...resolveCueSpeakers(stanceCues, names)],
    lex,
  );
  return { sentenceVoices, quotes, citations, findings, attributions: attributionSpans, attributedSentences };
}
