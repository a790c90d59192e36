/**
 * Where direct-quote speakers are lost on PolNeAR train: `npm run diagnose:quote-speakers`
 * (SAMPLES=n prints n examples of each shape, with the text around the quote: the gold source in
 * [[ ]], ours in << >>, the quote in {{ }}). Each gold quote with a Source span falls in one
 * class: right; no quote (no direct attribution of ours overlaps it); no speaker (ours gives
 * none); right speaker with the wrong extent (ours names a mention of the same words elsewhere);
 * wrong speaker. Misses are grouped by shape: where the gold source stands (the quote's sentence
 * before or after it, the sentence before or after, another paragraph) and its kind (pronoun,
 * relative, possessive, name, description). Dev is never read.
 */
import type { Span } from "../../dist/core/span.js";
import { attributeVoices } from "../../dist/voice/index.js";
import { loadPolnear, overlaps, polnearDocument } from "./polnear.js";

const QUOTE_START = /^["\u201C\u2018'\u00AB]/;
const PRONOUN = /^(?:he|she|they|it|i|we|you)$/i;
const RELATIVE = /^(?:who|which|that)$/i;
const POSSESSIVE = /(?:’s|'s|s’|s'|^his|^her|^their|^its)$/i;

const counts = new Map<string, number>();
const samples = new Map<string, string[]>();
const bump = (k: string, line: string) => {
  counts.set(k, (counts.get(k) ?? 0) + 1);
  const l = samples.get(k) ?? [];
  l.push(line);
  samples.set(k, l);
};

function kindOf(text: string): string {
  const t = text.trim();
  if (PRONOUN.test(t)) return "pronoun";
  if (RELATIVE.test(t)) return "relative";
  if (POSSESSIVE.test(t)) return "possessive";
  if (/^\p{Lu}/u.test(t) && !/^(?:The|A|An)\b/.test(t)) return "name";
  return "description";
}

// Shared words of two mentions (letters only, lower case): the same speaker named twice.
function sameWords(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

for (const t of loadPolnear("train")) {
  const { doc, toOriginal } = polnearDocument(t);
  const result = attributeVoices(doc, { matches: [], sources: [] });
  const predicted = result.attributions
    .filter((a) => a.direct)
    .map((a) => ({ content: toOriginal(a.content), source: a.source && toOriginal(a.source) }));
  const paragraphOf = (x: number) => t.text.lastIndexOf("\n", x);
  const sentenceStarts = doc.sentences.map((s) => doc.origin[s.start]);
  const sentenceOf = (x: number) => {
    let i = 0;
    while (i + 1 < sentenceStarts.length && sentenceStarts[i + 1] <= x) i++;
    return i;
  };
  for (const e of t.events) {
    const content = t.spans.get(e.roles.get("Content") ?? "");
    const source = t.spans.get(e.roles.get("Source") ?? "");
    if (!content || !source || !QUOTE_START.test(content.text.trim())) continue;
    const ours = predicted.filter((p) => overlaps(p.content, content));
    const given = ours.filter((p) => p.source).map((p) => p.source as Span);
    if (given.some((s) => overlaps(s, source))) {
      bump("right", "");
      continue;
    }
    const oursText = given.map((s) => t.text.slice(s.start, s.end));
    const cls =
      ours.length === 0
        ? "no-quote"
        : given.length === 0
          ? "no-speaker"
          : oursText.some((o) => sameWords(o, source.text))
            ? "same-speaker-other-mention"
            : "wrong-speaker";
    const cs = sentenceOf(content.start);
    const ce = sentenceOf(content.end - 1);
    const ss = sentenceOf(source.start);
    const where =
      paragraphOf(source.start) !== paragraphOf(content.start) &&
      paragraphOf(source.start) !== paragraphOf(content.end)
        ? source.start < content.start
          ? "earlier-paragraph"
          : "later-paragraph"
        : ss >= cs && ss <= ce
          ? source.start < content.start
            ? "before-in-sentence"
            : source.start >= content.end
              ? "after-in-sentence"
              : "inside"
          : ss < cs
            ? `sentence-${cs - ss}-before`
            : `sentence-${ss - ce}-after`;
    const from = Math.max(0, Math.min(source.start, content.start) - 120);
    const to = Math.min(t.text.length, Math.max(source.end, content.end) + 80);
    const marks: [number, string][] = [
      [source.start, "[["],
      [source.end, "]]"],
      [content.start, "{{"],
      [content.end, "}}"],
      ...given.flatMap((s): [number, string][] => [
        [s.start, "<<"],
        [s.end, ">>"],
      ]),
    ];
    marks.sort((a, b) => b[0] - a[0]);
    let window = t.text.slice(from, to);
    for (const [at, m] of marks)
      if (at >= from && at <= to) window = window.slice(0, at - from) + m + window.slice(at - from);
    bump(
      `${cls} ${where} ${kindOf(source.text)}`,
      `${t.name} @${content.start}: ${window.replace(/\s+/g, " ")}`,
    );
  }
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
const byClass = new Map<string, number>();
for (const [k, n] of counts) byClass.set(k.split(" ")[0], (byClass.get(k.split(" ")[0]) ?? 0) + n);
for (const [k, n] of [...byClass].sort((a, b) => b[1] - a[1]))
  console.log(`${n}\t${(n / total).toFixed(3)}\t${k}`);
console.log("");
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) if (k !== "right") console.log(`${n}\t${k}`);
const show = Number(process.env.SAMPLES ?? 0);
if (show)
  for (const [k, l] of [...samples].sort((a, b) => b[1].length - a[1].length))
    if (k !== "right") console.log(`\n## ${k}\n${l.slice(0, show).join("\n")}`);
