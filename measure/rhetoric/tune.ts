import { readFileSync, writeFileSync } from "node:fs";
import type { RhetoricLexicon, Technique } from "../../dist/rhetoric/index.js";
import { validateRhetoricLexicon } from "../../dist/rhetoric/index.js";
import { repoFile } from "../paths.js";
import { predictPtc, readPtc } from "./ptc.js";

/** A cue is kept when it fires this often in the author voice of the train part… */
export const MIN_COUNT = 1;
/** …and this share of its characters lies in gold spans of its technique there. */
export const MIN_PRECISION = 0.6;

const RULES: Record<string, string> = {
  Loaded_Language: "rhetoric/loaded-language",
  "Name_Calling,Labeling": "rhetoric/name-calling",
  "Exaggeration,Minimisation": "rhetoric/exaggeration",
  Doubt: "rhetoric/doubt",
  "Appeal_to_fear-prejudice": "rhetoric/appeal-to-fear",
  "Flag-Waving": "rhetoric/flag-waving",
  Causal_Oversimplification: "rhetoric/causal-oversimplification",
  "Black-and-White_Fallacy": "rhetoric/black-and-white",
  "Whataboutism,Straw_Men,Red_Herring": "rhetoric/whataboutism",
  "Thought-terminating_Cliches": "rhetoric/thought-terminating-cliche",
  Slogans: "rhetoric/slogan",
  Appeal_to_Authority: "rhetoric/appeal-to-authority",
};

interface Candidates {
  techniques: Record<string, { explanation: string; cues: string[] }>;
}

// `npm run build && node dist-measure/rhetoric/tune.js`: keep the hand-written candidate cues that
// are precise on the PTC train part and write data/rhetoric-lexicon.json. Never reads the dev part.
const candidates = JSON.parse(
  readFileSync(repoFile("measure/rhetoric/candidates.json"), "utf8"),
) as Candidates;
// Each cue is tried under every technique that lists it; a span matches only once, so each
// (cue, technique) pair is measured in its own lexicon of one technique.
const stats = new Map<string, { technique: string; n: number; covered: number }[]>();
const train = readPtc("train");
for (const [label, t] of Object.entries(candidates.techniques)) {
  const lex: RhetoricLexicon = {
    techniques: [{ label, rule: RULES[label], explanation: t.explanation, cues: [...new Set(t.cues)] }],
  };
  const per = new Map<string, { n: number; covered: number }>();
  for (const a of train) {
    for (const p of predictPtc(a, lex)) {
      let covered = 0;
      for (const g of a.gold)
        if (g.label === label) covered += Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start));
      const s = per.get(p.cue) ?? { n: 0, covered: 0 };
      s.n++;
      s.covered += Math.min(1, covered / (p.end - p.start));
      per.set(p.cue, s);
    }
  }
  for (const [cue, s] of per) stats.set(cue, [...(stats.get(cue) ?? []), { technique: label, ...s }]);
}
const kept = new Map<string, string[]>();
const lines: string[] = [];
for (const [cue, list] of [...stats].sort()) {
  const best = list.filter((s) => s.n >= MIN_COUNT).sort((a, b) => b.covered / b.n - a.covered / a.n)[0];
  const precision = best ? best.covered / best.n : 0;
  lines.push(`${cue}\t${list.map((s) => `${s.technique}:${s.n}:${(s.covered / s.n).toFixed(2)}`).join(" ")}`);
  if (best && precision >= MIN_PRECISION)
    kept.set(best.technique, [...(kept.get(best.technique) ?? []), cue]);
}
const techniques: Technique[] = Object.entries(candidates.techniques)
  .filter(([label]) => kept.has(label))
  .map(([label, t]) => ({
    label,
    rule: RULES[label],
    explanation: t.explanation,
    cues: (kept.get(label) ?? []).sort(),
  }));
const out = {
  $comment: `Persuasion-technique cues for the author's voice (src/rhetoric). Hand-written candidates (measure/rhetoric/candidates.json, from the PTC guidelines' definitions, Da San Martino et al., EMNLP 2019) kept by measure/rhetoric/tune.ts when, in the author voice of the PTC train part (articles whose id is not a multiple of 5), a cue fired at least ${MIN_COUNT} times with at least ${MIN_PRECISION} of its characters inside gold spans of its technique. Generated: edit the candidates and rerun the tuner.`,
  techniques,
};
validateRhetoricLexicon(out);
writeFileSync(repoFile("data/rhetoric-lexicon.json"), `${JSON.stringify(out, null, 1)}\n`);
writeFileSync(repoFile("artifacts/rhetoric-cues.tsv"), `${lines.join("\n")}\n`);
process.stdout.write(
  `kept ${techniques.reduce((n, t) => n + t.cues.length, 0)} cues in ${techniques.length} techniques from ${train.length} train articles\n`,
);
