/**
 * Where cue recall and precision are lost on PolNeAR train, on held-out folds (the models are
 * trained on the other folds, as the trainer fits them; the thresholds are the shipped model's): `npm run
 * diagnose:attribution-cues` (SAMPLES=1 prints examples of each class). Two tables:
 * - each gold attribution (with a cue and a content) in one class: cue found (a predicted cue
 *   overlaps it), and when not, why: every word of it inside a quote or inside an attribution the
 *   rules found, no word of it the cue model may read (function words, auxiliaries, adverbs),
 *   a candidate scored under the threshold (by tenths of its best probability), a candidate over
 *   it that made no attribution (no content, or a word taken by a likelier one); with the gold
 *   cue's words for the largest classes;
 * - each predicted cue that overlaps no gold cue, by origin (direct quote, rule, learned) and
 *   its first word.
 * Dev is never read.
 */
import { mayBeCue } from "../../dist/voice/cue-features.js";
import { fromCandidates, probability } from "../../dist/voice/cue-model.js";
import { chooseRuleSources, quotedSpeakers } from "../../dist/voice/source-model.js";
import { heldOutModels } from "./held-out-models.js";
import { overlaps } from "./polnear.js";

const models = heldOutModels();
const lex = models.lex;
type Table = Map<string, number>;
const bump = (t: Table, k: string, n = 1) => t.set(k, (t.get(k) ?? 0) + n);
const classes: Table = new Map();
const words = new Map<string, Table>();
const samples = new Map<string, string[]>();
const note = (k: string, word: string, line: string) => {
  bump(classes, k);
  const w = words.get(k) ?? new Map();
  words.set(k, bump(w, word));
  const l = samples.get(k) ?? [];
  if (l.length < 400) l.push(line);
  samples.set(k, l);
};
const extent: Table = new Map();
/** A span in its context, marked with brackets, on one line. */
const context = (text: string, s: { start: number; end: number }) =>
  `${text.slice(Math.max(0, s.start - 90), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 60)}`.replace(
    /\s+/g,
    " ",
  );
for (let f = 0; f < models.folds; f++) {
  const { model, sourceModel, held } = models.fold(f);
  for (const p of held) {
    const { t, doc, toOriginal } = p;
    const tokens = doc.tokenStore;
    const kept = chooseRuleSources(doc, lex, p.rules, sourceModel);
    const learned = fromCandidates(doc, lex, p.candidates, model, sourceModel, quotedSpeakers(doc, p.rules));
    const predicted = [
      ...kept.map((a) => ({ a, origin: a.direct ? "direct" : "rule" })),
      ...learned.map((a) => ({ a, origin: "learned" })),
    ].flatMap(({ a, origin }) => (a.cue ? [{ cue: toOriginal(a.cue), origin }] : []));
    const ruled = p.rules.flatMap((a) => [
      a.content,
      ...(a.source ? [a.source] : []),
      ...(a.cue ? [a.cue] : []),
    ]);
    const taken = new Uint8Array(tokens.length);
    for (const s of ruled.map(toOriginal))
      for (let k = 0; k < tokens.length; k++) {
        const o = doc.origin[tokens.starts[k]];
        if (o >= s.start && o < s.end) taken[k] = 1;
      }
    const byToken = new Map(p.candidates.map((c) => [c.token, c]));
    const golds = t.events.flatMap((e) => {
      const cue = t.spans.get(e.roles.get("Cue") ?? "");
      const content = t.spans.get(e.roles.get("Content") ?? "");
      return cue && content ? [{ cue, content }] : [];
    });
    for (const g of predicted) {
      if (golds.some((x) => overlaps(x.cue, g.cue))) continue;
      const w = t.text.slice(g.cue.start, g.cue.end).toLowerCase().split(/\s+/)[0];
      note(`P ${g.origin}`, w, context(t.text, g.cue));
    }
    for (const g of golds) {
      const text = g.cue.text.toLowerCase().replace(/\s+/g, " ");
      const line = context(t.text, g.cue);
      const hit = predicted.filter((x) => overlaps(x.cue, g.cue));
      if (hit.length > 0) {
        bump(classes, "R found");
        bump(
          extent,
          hit.some((x) => x.cue.start === g.cue.start && x.cue.end === g.cue.end) ? "exact" : "overlap",
        );
        continue;
      }
      const inside: number[] = [];
      for (let k = 0; k < tokens.length; k++) {
        const o = doc.origin[tokens.starts[k]];
        if (o >= g.cue.start && o < g.cue.end && tokens.kinds[k] === 0) inside.push(k);
      }
      if (inside.length === 0) {
        note("R no-word", text, line);
        continue;
      }
      const cands = inside.map((k) => byToken.get(k)).filter((c) => c !== undefined);
      if (cands.length === 0) {
        const may = inside.some((k) => mayBeCue(lex, tokens.key(k)));
        note(
          inside.every((k) => taken[k] === 1)
            ? "R taken-by-rules"
            : !may
              ? "R never-candidate function-word"
              : "R never-candidate quote-or-other",
          text,
          line,
        );
        continue;
      }
      const best = Math.max(...cands.map((c) => probability(model, c.features)));
      if (best < model.threshold) note(`R under-threshold ${Math.floor(best * 10) / 10}`, text, line);
      else note("R over-threshold no-attribution", text, line);
    }
  }
}
const total = [...classes].filter(([k]) => k.startsWith("R ")).reduce((a, [, n]) => a + n, 0);
for (const [k, n] of [...classes].sort())
  console.log(`${n}\t${k.startsWith("R ") ? (n / total).toFixed(3) : ""}\t${k}`);
for (const [k, n] of extent) console.log(`${n}\textent ${k}`);
for (const [k, w] of [...words].sort()) {
  const top = [...w].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`\n# ${k}: ${top.map(([x, n]) => `${x} ${n}`).join(", ")}`);
}
// Forty of each class, spread over the texts (the first forty would come from a few texts).
if (process.env.SAMPLES)
  for (const [k, l] of samples)
    console.log(`\n## ${k}\n${l.filter((_, i) => i % Math.ceil(l.length / 40) === 0).join("\n")}`);
