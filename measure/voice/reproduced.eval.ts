import { traceAndAttribute } from "../../dist/pipeline/attribute.js";
import type { Voice } from "../../dist/voice/types.js";
import { sharedData } from "../paths.js";
import type { ResultTable } from "../table.js";
import { buildCases, FORMS, type Form, INTRODUCED, type Label, type ReproducedCase } from "./reproduce.js";

interface FormCounts {
  cases: number;
  /** Sentences with a gold label, and those whose voice is right, without and with the source. */
  sentences: number;
  right: number;
  rightWithSource: number;
  /** Reproduced sentences, and those not called the author's, without the source. */
  reproduced: number;
  notAuthor: number;
  /** Cases with at least one "unattributed" finding, with the source given. */
  flagged: number;
}

const empty = (): FormCounts => ({
  cases: 0,
  sentences: 0,
  right: 0,
  rightWithSource: 0,
  reproduced: 0,
  notAuthor: 0,
  flagged: 0,
});

// A reproduced line is right as a document's, or as a speaker the document quotes; the author's
// lines are right as the author's.
const right = (label: Label, v: Voice): boolean =>
  label === "author" ? v.kind === "author" : v.kind === "document" || (v.kind === "speaker" && !!v.document);

function score(c: ReproducedCase, counts: FormCounts): void {
  const plain = traceAndAttribute(c.article, []).voices;
  const traced = traceAndAttribute(c.article, [c.source]).voices;
  counts.cases++;
  if (traced.findings.some((f) => f.ruleId === "voice/unattributed-reuse")) counts.flagged++;
  c.article.sentences.forEach((s, si) => {
    const mid = (s.start + s.end) >> 1;
    const g = c.gold.find((x) => x.start <= mid && mid < x.end);
    if (!g) return;
    counts.sentences++;
    if (right(g.label, plain.sentenceVoices[si])) counts.right++;
    if (right(g.label, traced.sentenceVoices[si])) counts.rightWithSource++;
    if (g.label === "document") {
      counts.reproduced++;
      if (plain.sentenceVoices[si].kind !== "author") counts.notAuthor++;
    }
  });
}

/**
 * Line-level voice accuracy on PTC passages (not ours) reproduced inside invented commentary,
 * per introducer and credit form, without and with the source given; and how many credited
 * reposts get a false "unattributed" finding, next to how many uncredited ones get a true one.
 * Reported on the test split (PTC articles whose index is not a multiple of 3); the dev split was
 * the one read while developing. `VOICE_EVAL_SPLIT=dev` scores dev instead.
 */
export default async function reproducedEval(): Promise<ResultTable[]> {
  const split = process.env.VOICE_EVAL_SPLIT === "dev" ? "dev" : "test";
  const cases = buildCases(sharedData("ptc/articles"), split);
  const byForm = new Map<Form, FormCounts>(FORMS.map((f) => [f, empty()]));
  for (const c of cases) score(c, byForm.get(c.form) as FormCounts);
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const row = (label: string, t: FormCounts) => [
    label,
    t.cases,
    t.sentences,
    ratio(t.right, t.sentences),
    ratio(t.rightWithSource, t.sentences),
    ratio(t.notAuthor, t.reproduced),
    t.flagged,
  ];
  const total = (keep: (f: Form) => boolean) => {
    const t = empty();
    for (const [f, c] of byForm) {
      if (!keep(f)) continue;
      for (const k of Object.keys(t) as (keyof FormCounts)[]) t[k] += c[k];
    }
    return t;
  };
  const credited = total((f) => f !== "uncredited");
  const uncredited = byForm.get("uncredited") as FormCounts;
  return [
    {
      title: `Voices on reproduced text we did not write: PTC passages in invented commentary (${split} split)`,
      columns: [
        "form",
        "cases",
        "sentences",
        "voice acc",
        "voice acc +source",
        "reproduced not author",
        "flagged unattributed",
      ],
      rows: [
        ...FORMS.map((f) => row(f, byForm.get(f) as FormCounts)),
        row(
          "introducers (all)",
          total((f) => INTRODUCED.has(f)),
        ),
        row("credited (all)", credited),
      ],
      notes: [
        "Each case: 2-3 consecutive paragraphs of one PTC article (SemEval 2020 task 11; not ours) reproduced inside commentary we wrote, labels known by construction; the whole PTC article is the source.",
        "Voice acc: sentences whose voice is right (reproduced: document, or a speaker the document quotes; the rest: author), without the source; +source: with it traced.",
        "Reproduced not author: share of reproduced sentences not called the author's, without the source.",
        `Flagged unattributed: cases with a "voice/unattributed-reuse" finding, with the source. Every credited case flagged is a false finding: ${credited.flagged} of ${credited.cases}; uncredited cases flagged (true findings): ${uncredited.flagged} of ${uncredited.cases}.`,
        "What we wrote: the commentary, introducers, credits and the invented names; the reproduced sentences (the larger part of the score) are PTC's. Forms without an introducer (dateline … uncredited) are expected to read as the author's without the source.",
      ],
    },
  ];
}
