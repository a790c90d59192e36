/**
 * Learn the speech verbs of direct quotes that the hand-written verb list lacks ("“…,” Trump shot
 * back", "“…!” some protesters chanted") from PolNeAR train, and write
 * `data/voice-quote-verbs.json`. Run with `npm run train:quote-verbs`.
 *
 * A candidate is a lower-case word of a gold Cue span whose Content opens with a quotation mark,
 * or such a word with the particle after it ("shot back", "went on"). It is kept when it is the
 * cue of at least `MIN_QUOTES` direct quotes, occurs at least `MIN_SEEN` times outside quotes and
 * is inside a gold Cue span in at least `MIN_RATE` of them (a wrong speaker is worse than none:
 * "shot" alone is mostly a gun's), has the form of a tag's verb (a past tense or participle in
 * -ed or -ing, or a verb and its particle), and is no function word, no verb of the hand-written
 * list, no word of a cue phrase ("according to") and no cue of a title or a term ("titled",
 * "known as"). Dev is never read.
 */
import { writeFileSync } from "node:fs";
import { functionWords } from "../../dist/text/function-words.js";
import { voiceLexicon } from "../../dist/voice/lexicon.js";
import { speechVerb } from "../../dist/voice/quote-sieves/context.js";
import { readVoices } from "../../dist/voice/reading.js";
import { repoFile } from "../paths.js";
import { loadPolnear, polnearDocument } from "./polnear.js";

/** Fewest direct quotes a word must be the cue of. */
const MIN_QUOTES = 2;
/** Fewest occurrences outside quotes for a word's rate to be trusted. */
const MIN_SEEN = 3;
/** Lowest share of a word's occurrences outside quotes that are inside a gold cue. */
const MIN_RATE = 0.5;
const TAG_FORM = /^\p{L}+(?:ed|ing)$|^\p{L}+ \p{L}+$/u;
const PARTICLES = new Set(["back", "on", "out", "up", "in"]);
const QUOTE_START = /^["\u201C\u2018'\u00AB]/;
const ADVERB = /^\p{L}{3,}ly$/u;

const lex = voiceLexicon();
// The list being learned is no part of what it is learned against.
lex.quoteVerbs = new Set();
const quotes = new Map<string, number>();
const seen = new Map<string, { seen: number; cue: number }>();
const bump = <T>(m: Map<string, T>, k: string, f: (v: T | undefined) => T) => m.set(k, f(m.get(k)));
const train = loadPolnear("train");
for (const t of train) {
  const { doc } = polnearDocument(t);
  const { inQuote } = readVoices(doc);
  const tokens = doc.tokenStore;
  const inCue = new Uint8Array(t.text.length + 1);
  const inQuoteCue = new Uint8Array(t.text.length + 1);
  for (const e of t.events) {
    const cue = t.spans.get(e.roles.get("Cue") ?? "");
    if (!cue) continue;
    inCue.fill(1, cue.start, cue.end);
    const content = t.spans.get(e.roles.get("Content") ?? "");
    if (content && QUOTE_START.test(content.text.trim())) inQuoteCue.fill(1, cue.start, cue.end);
  }
  for (let k = 0; k < tokens.length; k++) {
    const key = tokens.key(k);
    if (
      tokens.kind(k) !== "word" ||
      inQuote[k] === 1 ||
      ADVERB.test(key) ||
      !/^\p{Ll}/u.test(doc.text[tokens.starts[k]])
    )
      continue;
    const at = doc.origin[tokens.starts[k]];
    const next = tokens.keyAt(k + 1) ?? "";
    const keys = PARTICLES.has(next) ? [key, `${key} ${next}`] : [key];
    for (const w of keys) {
      const cued =
        w === key ? inCue[at] === 1 : inCue[at] === 1 && inCue[doc.origin[tokens.starts[k + 1]]] === 1;
      bump(seen, w, (c) => ({ seen: (c?.seen ?? 0) + 1, cue: (c?.cue ?? 0) + (cued ? 1 : 0) }));
      const quoted =
        w === key
          ? inQuoteCue[at] === 1
          : inQuoteCue[at] === 1 && inQuoteCue[doc.origin[tokens.starts[k + 1]]] === 1;
      if (quoted) bump(quotes, w, (n) => (n ?? 0) + 1);
    }
  }
}
const known = (w: string) =>
  w.split(" ").some((x) => lex.verbs.has(x) || speechVerb(x, lex)) ||
  functionWords().has(w) ||
  lex.phrases.some((p) => p.includes(w)) ||
  lex.titleCues.has(w) ||
  lex.termCues.has(w);
const verbs: Record<string, { quotes: number; seen: number; cue: number }> = {};
for (const [w, n] of [...quotes].sort((a, b) => a[0].localeCompare(b[0]))) {
  const c = seen.get(w) ?? { seen: 0, cue: 0 };
  if (n >= MIN_QUOTES && c.seen >= MIN_SEEN && c.cue / c.seen >= MIN_RATE && TAG_FORM.test(w) && !known(w))
    verbs[w] = { quotes: n, ...c };
}
const data = {
  $comment:
    "Speech verbs of direct quotes learned from PolNeAR train (Newell, Margolin & Ruths 2018) by measure/voice/train-quote-verbs.ts: words (or a word and its particle, 'shot back') of gold Cue spans whose Content opens with a quotation mark, that the hand-written list (voice-verbs.json) lacks. Kept: the cue of at least `minQuotes` direct quotes, seen at least `minSeen` times outside quotes and inside a gold Cue span in at least `minRate` of them, in the form of a tag's verb (-ed, -ing, or a verb and its particle), and no cue phrase's word nor title or term cue; 'quotes', 'seen' and 'cue' are those counts. Read only where a quote's tag is looked for (after its closing mark, before its opening mark), never as a cue of indirect speech. Dev never read.",
  training: {
    split: "PolNeAR train",
    texts: train.length,
    minQuotes: MIN_QUOTES,
    minSeen: MIN_SEEN,
    minRate: MIN_RATE,
  },
  verbs,
};
writeFileSync(repoFile("data/voice-quote-verbs.json"), `${JSON.stringify(data, null, 2)}\n`);
console.log(
  Object.entries(verbs)
    .map(([w, c]) => `${w}\t${c.quotes}\t${c.cue}/${c.seen}`)
    .join("\n"),
);
