/**
 * Where source recall and precision are lost on PolNeAR train, on held-out folds (the models are
 * trained on the other folds, as the trainer fits them; the thresholds are the shipped model's): `npm run
 * diagnose:attribution-sources` (SAMPLES=1 prints examples of each class). Three tables:
 * - each gold attribution with a Source span in one class: source found (a predicted source
 *   overlaps it), attribution not found (no predicted cue or content overlaps the gold cue or
 *   content), found but no source given, found with a wrong source; for the last two, whether a
 *   candidate source of the gold cue's words overlaps the gold source; and where the gold source
 *   lies (before or after the cue, another sentence) and its length in words;
 * - the source model on held-out candidates read as cues inside a gold cue: cue probability and
 *   best source probability (tenths), and whether the best option is right;
 * - each predicted source by origin (direct quote, rule, learned) and whether it is right, its
 *   cue right but not it, or both wrong;
 * - each right predicted source's extent against the gold source it overlaps (`extent`);
 * - each gold attribution met by our content only, none of its cue's options right and our cue
 *   elsewhere (`nested`): how it lies against ours, and whether its own cue word was free and
 *   over the cue threshold (a second attribution our selection let go);
 * - for a found attribution left without a source or given a wrong one although its gold cue
 *   offers the right candidate, why (`declined`): the origin of our cue, whether the right option
 *   is among our cue's own options, whether it is the likeliest, the probabilities, and its place,
 *   way found and head class.
 * Dev is never read.
 */
import type { Span } from "../../dist/core/span.js";
import type { AttributionSpans } from "../../dist/voice/attributions.js";
import { type CueCandidate, sourceOptions } from "../../dist/voice/cue-features.js";
import { documentCandidates, fromCandidates, probability } from "../../dist/voice/cue-model.js";
import { MentionFinder } from "../../dist/voice/mentions.js";
import {
  chooseRuleSources,
  quotedSpeakers,
  rankedOptions,
  readingCandidate,
  sourceProbability,
} from "../../dist/voice/source-model.js";
import { heldOutModels } from "./held-out-models.js";
import { overlaps } from "./polnear.js";

const models = heldOutModels();
const lex = models.lex;
const classes = new Map<string, number>();
const bump = (k: string) => classes.set(k, (classes.get(k) ?? 0) + 1);
const samples = new Map<string, string[]>();
const sample = (k: string, s: string) => {
  const l = samples.get(k) ?? [];
  if (l.length < 40) l.push(s);
  samples.set(k, l);
};
const shapes = new Map<string, number>();
const nestedCounts = new Map<string, number>();
const declines = new Map<string, number>();
const extents = new Map<string, number>();
const bumpE = (k: string) => extents.set(k, (extents.get(k) ?? 0) + 1);
const sampleE = (k: string, line: string) => sample(`extent ${k}`, line);
const bumpD = (k: string) => declines.set(k, (declines.get(k) ?? 0) + 1);
const precision = new Map<string, number>();
const srcModel = new Map<string, number>();
const bumpS = (k: string) => srcModel.set(k, (srcModel.get(k) ?? 0) + 1);
const bumpP = (k: string) => precision.set(k, (precision.get(k) ?? 0) + 1);
const shape = (k: string) => shapes.set(k, (shapes.get(k) ?? 0) + 1);
for (let f = 0; f < models.folds; f++) {
  const { model, sourceModel, held } = models.fold(f);
  for (const p of held) {
    const { t, doc, toOriginal } = p;
    const predicted = [
      ...chooseRuleSources(doc, lex, p.rules, sourceModel),
      ...fromCandidates(doc, lex, p.candidates, model, sourceModel, quotedSpeakers(doc, p.rules)),
    ].map((a) => ({
      cue: a.cue && toOriginal(a.cue),
      content: toOriginal(a.content),
      source: a.source && toOriginal(a.source),
      raw: a,
    }));
    // Precision: each predicted source that overlaps no gold source, by where it came from.
    const goldSources = t.events
      .map((e) => t.spans.get(e.roles.get("Source") ?? ""))
      .filter((x) => x !== undefined);
    const goldCues = t.events
      .map((e) => t.spans.get(e.roles.get("Cue") ?? ""))
      .filter((x) => x !== undefined);
    const ruled = new Set(p.rules);
    for (const a of predicted) {
      if (!a.source) continue;
      // The source model gives the rules' cues new objects: their reading tells them apart.
      const origin = a.raw.direct ? "direct" : a.raw.reading || ruled.has(a.raw) ? "rule" : "learned";
      const right = goldSources.some((g) => overlaps(g, a.source as Span));
      const cueRight = a.cue !== undefined && goldCues.some((g) => overlaps(g, a.cue as Span));
      bumpP(`${origin} ${right ? "right" : cueRight ? "wrong-source right-cue" : "wrong-source wrong-cue"}`);
      if (right) extent(t.text, a.source, goldSources);
      if (!right)
        sample(
          `P ${origin} ${cueRight}`,
          `${t.name}: ours [${t.text.slice(a.source.start, a.source.end)}] cue [${a.cue ? t.text.slice(a.cue.start, a.cue.end) : ""}]`,
        );
    }
    const m = new MentionFinder(doc.text, doc.tokenStore, lex);
    const quoted = quotedSpeakers(doc, p.rules);
    // The source model on held-out candidates read as cues inside a gold cue with a gold source.
    for (const c of p.candidates) {
      const pc = probability(model, c.features);
      if (pc < model.threshold) continue;
      const o0 = doc.origin[doc.tokenStore.starts[c.token]];
      const e = t.events.find((ev) => {
        const gc = t.spans.get(ev.roles.get("Cue") ?? "");
        return gc && gc.start <= o0 && o0 < gc.end;
      });
      const gs = e && t.spans.get(e.roles.get("Source") ?? "");
      if (!gs) continue;
      const opts = rankedOptions(doc, lex, m, c, "learned", quoted).map(({ option: o, features }) => ({
        p: sourceProbability(sourceModel, features),
        right: overlaps(
          toOriginal({
            start: doc.tokenStore.starts[o.mention.first],
            end: doc.tokenStore.ends[o.mention.last],
          }),
          gs,
        ),
      }));
      const best = opts.reduce((a, b) => (b.p > a.p ? b : a), { p: 0, right: false });
      const cb = Math.floor(pc * 10) / 10;
      const sb = Math.floor(best.p * 10) / 10;
      bumpS(
        `cue ${cb} src ${sb} ${best.right ? "argmax-right" : opts.some((o) => o.right) ? "argmax-wrong" : "none-right"}`,
      );
    }
    // Every candidate source of every free word, and every rules' source: what the generator offers.
    const all = documentCandidates(doc, lex, [], []);
    const byToken = new Map(all.map((c) => [c.token, c]));
    for (const e of t.events) {
      const gs = t.spans.get(e.roles.get("Source") ?? "");
      const gc = t.spans.get(e.roles.get("Cue") ?? "");
      const gt = t.spans.get(e.roles.get("Content") ?? "");
      if (!gs || !gt) continue;
      const sentenceOf = (x: number) =>
        doc.sentences.findIndex((s) => doc.origin[s.start] <= x && x < doc.origin[s.end - 1] + 1);
      const ss = sentenceOf(gs.start);
      const cs = gc ? sentenceOf(gc.start) : -1;
      const where = gc
        ? ss !== cs
          ? "other-sentence"
          : gs.start < gc.start
            ? "before-cue"
            : "after-cue"
        : "no-cue";
      shape(`where:${where}`);
      const words = gs.text.trim().split(/\s+/);
      shape(`len:${Math.min(words.length, 8)}`);
      const ours = predicted.filter((a) => (gc && a.cue && overlaps(a.cue, gc)) || overlaps(a.content, gt));
      const line = `${t.name}: [${gs.text}] cue [${gc?.text ?? ""}] ${where}`;
      if (predicted.some((a) => a.source && overlaps(a.source, gs))) {
        bump("ok");
        continue;
      }
      if (ours.length === 0) {
        bump(`not-found ${where}`);
        sample(`not-found ${where}`, line);
        continue;
      }
      // Candidates: the mentions sourceOptions offers for the gold cue's first word.
      let covered = false;
      if (gc) {
        for (let k = doc.tokenStore.firstEndingAfter(0); k < doc.tokenStore.length; k++) {
          const o = doc.origin[doc.tokenStore.starts[k]];
          if (o < gc.start) continue;
          if (o >= gc.end) break;
          const c = byToken.get(k);
          if (!c) continue;
          for (const opt of sourceOptions(doc, m, c)) {
            const s: Span = toOriginal({
              start: doc.tokenStore.starts[opt.mention.first],
              end: doc.tokenStore.ends[opt.mention.last],
            });
            if (overlaps(s, gs)) covered = true;
          }
        }
      }
      const given = ours.some((a) => a.source);
      if (covered) declined(p, m, ours, gs, given, model, sourceModel);
      if (!covered && gc && !ours.some((a) => a.cue && overlaps(a.cue, gc)))
        nested(p, model.threshold, model, ours, gs, gc, gt);
      const k = `${given ? "wrong-source" : "no-source"} ${covered ? "candidate-present" : "no-candidate"} ${where}`;
      bump(k);
      const said = ours.map((a) => (a.source ? t.text.slice(a.source.start, a.source.end) : "-")).join(" | ");
      sample(k, `${line} ours [${said}]`);
    }
  }
}
/**
 * A gold attribution met by our content only, no option of its cue right: how it lies against
 * ours (its cue inside our content: nested in ours; our cue inside its content: ours nested in
 * it; else neighbours), how likely the model finds its cue's likeliest word, and whether that
 * word was free (the rules left it a candidate). Printed with the sentence: [source] <cue>
 * {content}, then our cue and source.
 */
function nested(
  p: ReturnType<typeof models.fold>["held"][number],
  threshold: number,
  model: ReturnType<typeof models.fold>["model"],
  ours: { cue?: Span; content: Span; source?: Span; raw: AttributionSpans }[],
  gs: Span,
  gc: Span,
  gt: Span,
): void {
  const { t, doc } = p;
  const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;
  const relation = ours.some((a) => overlaps(gc, a.content))
    ? "gold-cue-in-our-content"
    : ours.some((a) => a.cue && overlaps(a.cue, gt))
      ? "our-cue-in-gold-content"
      : "neighbours";
  let best = -1;
  for (const c of p.candidates) {
    const o = doc.origin[doc.tokenStore.starts[c.token]];
    if (o >= gc.start && o < gc.end) best = Math.max(best, probability(model, c.features));
  }
  const cueP = best < 0 ? "not-free" : best >= threshold ? "cue-over-threshold" : "cue-under-threshold";
  const origin = ours.map((a) => (a.raw.direct ? "direct" : a.raw.reading ? "rule" : "learned")).join("+");
  nestedCounts.set(`${relation} ${cueP}`, (nestedCounts.get(`${relation} ${cueP}`) ?? 0) + 1);
  nestedCounts.set(`ours:${origin}`, (nestedCounts.get(`ours:${origin}`) ?? 0) + 1);
  const lo = Math.min(gs.start, gc.start, gt.start, ...ours.map((a) => a.cue?.start ?? a.content.start));
  const hi = Math.max(gs.end, gc.end, gt.end, ...ours.map((a) => a.content.end));
  const marks: [number, string][] = [
    [gs.start, "["],
    [gs.end, "]"],
    [gc.start, "<"],
    [gc.end, ">"],
    [gt.start, "{"],
    [gt.end, "}"],
  ];
  marks.sort((a, b) => b[0] - a[0]);
  let text = t.text.slice(lo, hi);
  for (const [at, m] of marks) text = text.slice(0, at - lo) + m + text.slice(at - lo);
  const said = ours
    .map(
      (a) =>
        `cue ${a.cue ? t.text.slice(a.cue.start, a.cue.end) : "-"} source ${a.source ? t.text.slice(a.source.start, a.source.end) : "-"}${a.cue && inside(a.cue, gt) ? " (in gold content)" : ""}`,
    )
    .join(" | ");
  sample(
    `nested ${relation} ${cueP}`,
    `${t.name} (best ${best.toFixed(2)}): ${text.replace(/\s+/g, " ")}\n    ours: ${said}`,
  );
}

/**
 * How a found source's extent meets the gold source it overlaps (the one it shares most
 * characters with): the same span, inside it (and what the gold adds: a determiner or possessive
 * before, an appositive after a comma, a coordinated "and", a parenthesis, other words), around
 * it, or crossing it. Overlap F1 counts all of them right; exact F1 counts only the first.
 */
function extent(text: string, ours: Span, golds: Span[]): void {
  const shared = (g: Span) => Math.min(g.end, ours.end) - Math.max(g.start, ours.start);
  const g = golds.filter((x) => overlaps(x, ours)).reduce((a, b) => (shared(b) > shared(a) ? b : a));
  if (g.start === ours.start && g.end === ours.end) {
    bumpE("exact");
    return;
  }
  if (g.start <= ours.start && ours.end <= g.end) {
    const before = text.slice(g.start, ours.start).trim();
    const after = text.slice(ours.end, g.end).trim();
    const what: string[] = [];
    if (before) {
      if (/^(the|a|an|this|that|these|those)$/i.test(before)) what.push("det-before");
      else if (/(['\u2019]s?|\b(his|her|their|its|our|my))$/i.test(before)) what.push("possessive-before");
      else if (/,$/.test(before)) what.push("apposition-before");
      else what.push("words-before");
    }
    if (after) {
      if (/^,/.test(after)) what.push("apposition-after");
      else if (/^(and|&|or)\b/i.test(after)) what.push("coord-after");
      else if (/^\(/.test(after)) what.push("paren-after");
      else if (/^['\u2019]s?\b/.test(after)) what.push("possessive-after");
      else what.push("words-after");
    }
    bumpE(`inside ${what.join(" ")}`);
    sampleE(
      `inside ${what.join(" ")}`,
      `[${text.slice(g.start, g.end)}] ours [${text.slice(ours.start, ours.end)}]`,
    );
    return;
  }
  if (ours.start <= g.start && g.end <= ours.end) {
    bumpE("around");
    sampleE("around", `[${text.slice(g.start, g.end)}] ours [${text.slice(ours.start, ours.end)}]`);
    return;
  }
  bumpE("crossing");
  sampleE("crossing", `[${text.slice(g.start, g.end)}] ours [${text.slice(ours.start, ours.end)}]`);
}

/**
 * Why a found attribution whose cue offers the right source got none or a wrong one: for each of
 * our attributions there, its origin, whether the model's likeliest option is right, the best
 * option's and the best right option's probability (tenths), and the right option's place, way
 * found and head class.
 */
function declined(
  p: ReturnType<typeof models.fold>["held"][number],
  m: MentionFinder,
  ours: { cue?: Span; raw: AttributionSpans }[],
  gs: Span,
  given: boolean,
  model: ReturnType<typeof models.fold>["model"],
  sourceModel: ReturnType<typeof models.fold>["sourceModel"],
): void {
  const { doc, toOriginal } = p;
  for (const a of ours) {
    if (a.raw.direct) continue;
    let c: CueCandidate | undefined;
    let pc = 1;
    let origin: "rule" | "learned" = "rule";
    if (a.raw.reading) c = readingCandidate(a.raw.reading);
    else if (a.raw.cue) {
      const start = a.raw.cue.start;
      c = p.candidates.find((x) => doc.tokenStore.starts[x.token] === start);
      origin = "learned";
      if (c) pc = probability(model, c.features);
    }
    if (!c) continue;
    const opts = rankedOptions(doc, lex, m, c, origin, quotedSpeakers(doc, p.rules)).map(
      ({ option: o, features }) => ({
        p: sourceProbability(sourceModel, features),
        features,
        right: overlaps(
          toOriginal({
            start: doc.tokenStore.starts[o.mention.first],
            end: doc.tokenStore.ends[o.mention.last],
          }),
          gs,
        ),
      }),
    );
    const right = opts.filter((o) => o.right).sort((x, y) => y.p - x.p)[0];
    if (!right) {
      bumpD(`${given ? "wrong" : "none"} ${origin} right-not-offered`);
      const { text } = p.t;
      const cue = a.cue ?? { start: 0, end: 0 };
      sample(
        `declined ${given ? "wrong" : "none"} ${origin} right-not-offered`,
        `${p.t.name}: gold [${text.slice(gs.start, gs.end)}] our cue [${text.slice(cue.start, cue.end)}] in: ${text.slice(Math.max(0, Math.min(gs.start, cue.start) - 40), Math.max(gs.end, cue.end) + 40).replace(/\s+/g, " ")}`,
      );
      continue;
    }
    const best = opts.reduce((x, y) => (y.p > x.p ? y : x));
    const tenth = (x: number) => (Math.floor(x * 10) / 10).toFixed(1);
    const f = (k: string) => right.features.find((x) => x.startsWith(k))?.slice(k.length) ?? "?";
    bumpD(
      `${given ? "wrong" : "none"} ${origin} ${best.right ? "argmax-right" : "argmax-wrong"} best ${tenth(best.p * pc)} right ${tenth(right.p * pc)} role ${f("role:")} via ${f("via:")} head ${f("head:")}`,
    );
    bumpD(`${given ? "wrong" : "none"} ${origin} ${best.right ? "argmax-right" : "argmax-wrong"}`);
    bumpD(
      `${given ? "wrong" : "none"} ${origin} right-role ${f("role:")} ${best.right ? "argmax-right" : "argmax-wrong"}`,
    );
    bumpD(
      `${given ? "wrong" : "none"} ${origin} right-head ${f("head:")} ${best.right ? "argmax-right" : "argmax-wrong"}`,
    );
  }
}
const total = [...classes.values()].reduce((a, b) => a + b, 0);
for (const [k, n] of [...classes].sort((a, b) => b[1] - a[1]))
  console.log(`${n}\t${(n / total).toFixed(3)}\t${k}`);
for (const [k, n] of [...shapes].sort()) console.log(`${n}\t${k}`);
for (const [k, n] of [...srcModel].sort()) console.log(`${n}\tsource-model ${k}`);
for (const [k, n] of [...precision].sort()) console.log(`${n}\tpredicted ${k}`);
for (const [k, n] of [...extents].sort((a, b) => b[1] - a[1])) console.log(`${n}\textent ${k}`);
for (const [k, n] of [...nestedCounts].sort((a, b) => b[1] - a[1])) console.log(`${n}\tnested ${k}`);
for (const [k, n] of [...declines].sort((a, b) => b[1] - a[1])) console.log(`${n}\tdeclined ${k}`);
if (process.env.SAMPLES) for (const [k, l] of samples) console.log(`\n## ${k}\n${l.join("\n")}`);
