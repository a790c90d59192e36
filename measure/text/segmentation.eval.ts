/**
 * Sentence segmentation quality on the annotated fixtures in `fixtures/segmentation/`: our
 * segmenter against a bare `Intl.Segmenter` pass, boundary precision/recall/F1 and exact
 * sentence accuracy, on the development files and on the held-out file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createDocument } from "../../dist/text/document.js";
import { repoFile, sharedData } from "../paths.js";
import type { ResultTable } from "../table.js";

/** Files scored only once the segmenter was final (see fixtures/segmentation/README.md). */
const isHeldOut = (name: string) => name.startsWith("held-out");
const MAX_ERRORS = 15;

interface Span {
  start: number;
  end: number;
}

/** A gold file: the input text, its paragraphs and its gold sentences, as spans into `input`. */
interface Gold {
  name: string;
  input: string;
  paragraphs: Span[];
  sentences: Span[];
}

/**
 * Read a gold file: one sentence a line, a blank line between paragraphs. The input is each
 * paragraph's lines joined by a space, paragraphs joined by a blank line.
 */
function readGold(name: string, raw: string): Gold {
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const block of raw.split(/\n[ \t]*\n/)) {
    const lines = block
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    if (parts.length > 0) at += 2;
    const start = at;
    for (const [i, line] of lines.entries()) {
      if (i > 0) at += 1;
      sentences.push({ start: at, end: at + line.length });
      at += line.length;
    }
    paragraphs.push({ start, end: at });
    parts.push(lines.join(" "));
  }
  return { name, input: parts.join("\n\n"), paragraphs, sentences };
}

/** Our segmenter, with spans mapped back to the input through the normalizer's offset map. */
function ours(gold: Gold): Span[] {
  const doc = createDocument(gold.input);
  return doc.sentences.map((s) => ({ start: doc.origin[s.start], end: doc.origin[s.end - 1] + 1 }));
}

const intl = new Intl.Segmenter("en", { granularity: "sentence" });

/** The baseline: `Intl.Segmenter` over each paragraph, segments trimmed of whitespace. */
function baseline(gold: Gold): Span[] {
  const spans: Span[] = [];
  for (const p of gold.paragraphs) {
    for (const seg of intl.segment(gold.input.slice(p.start, p.end))) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const text = seg.segment.trim();
      if (text.length > 0)
        spans.push({ start: p.start + seg.index + lead, end: p.start + seg.index + lead + text.length });
    }
  }
  return spans;
}

interface Score {
  sentences: number;
  gold: number;
  predicted: number;
  correct: number;
  exact: number;
}

interface BoundaryError {
  file: string;
  at: number;
  kind: "missed" | "spurious";
  input: string;
}

// A boundary is where a sentence starts inside a paragraph; paragraph starts are given by the
// input and not counted, so the score is about the hard part only.
// `counts` restricts the boundaries scored (default: all).
function score(
  gold: Gold,
  predicted: Span[],
  errors: BoundaryError[],
  counts = (_at: number) => true,
): Score {
  const paragraphStarts = new Set(gold.paragraphs.map((p) => p.start));
  const inner = (spans: Span[]) =>
    new Set(spans.map((s) => s.start).filter((s) => !paragraphStarts.has(s) && counts(s)));
  const g = inner(gold.sentences);
  const p = inner(predicted);
  let correct = 0;
  for (const b of p) {
    if (g.has(b)) correct++;
    else errors.push({ file: gold.name, at: b, kind: "spurious", input: gold.input });
  }
  for (const b of g)
    if (!p.has(b)) errors.push({ file: gold.name, at: b, kind: "missed", input: gold.input });
  const keys = new Set(predicted.map((s) => `${s.start}:${s.end}`));
  const exact = gold.sentences.filter((s) => keys.has(`${s.start}:${s.end}`)).length;
  return { sentences: gold.sentences.length, gold: g.size, predicted: p.size, correct, exact };
}

function add(a: Score, b: Score): Score {
  return {
    sentences: a.sentences + b.sentences,
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    correct: a.correct + b.correct,
    exact: a.exact + b.exact,
  };
}

const ZERO: Score = { sentences: 0, gold: 0, predicted: 0, correct: 0, exact: 0 };

function row(label: string, set: string, s: Score): (string | number)[] {
  const precision = s.predicted === 0 ? 1 : s.correct / s.predicted;
  const recall = s.gold === 0 ? 1 : s.correct / s.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [label, set, s.sentences, s.gold, precision, recall, f1, s.exact / s.sentences];
}

function describe(e: BoundaryError): string {
  const left = e.input.slice(Math.max(0, e.at - 38), e.at).replace(/\s+/g, " ");
  const right = e.input.slice(e.at, e.at + 26).replace(/\s+/g, " ");
  return `${e.kind === "missed" ? "missed  " : "spurious"} ${e.file}: …${left}‖${right}…`;
}

const AFTER_TERMINAL = /[.!?…]["'”’»)\]]*\s+$/u;

/**
 * Silver standard: the PTC articles are stored one sentence a line, split by NLTK's Punkt
 * (Kiss & Strunk 2006), with blank lines between paragraphs: the format of our fixtures. Both
 * segmenters are scored against it; its disagreements with ours are judged in
 * docs/segmentation.md.
 */
function silver(): ResultTable {
  const dir = sharedData("ptc/articles");
  const golds = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readGold(f, readFileSync(`${dir}/${f}`, "utf8")));
  let a = ZERO;
  let b = ZERO;
  for (const gold of golds) {
    // Lines of the corpus that end without a sentence mark are headings, captions and page
    // furniture ("Advertisement") that the format joins into the next sentence: only
    // boundaries after ".", "!", "?" or an ellipsis (and closing marks) are scored.
    const counts = (at: number) => AFTER_TERMINAL.test(gold.input.slice(Math.max(0, at - 8), at));
    a = add(a, score(gold, ours(gold), [], counts));
    b = add(b, score(gold, baseline(gold), [], counts));
  }
  return {
    title: `Silver: agreement with NLTK Punkt's sentences in the PTC articles (${golds.length} articles)`,
    columns: ["segmenter", "sentences", "boundaries", "P", "R", "F1", "exact"],
    rows: [
      row("sourcetrace", "", a).filter((_, i) => i !== 1),
      row("Intl.Segmenter", "", b).filter((_, i) => i !== 1),
    ],
    notes: [
      "../shared/data/ptc/articles (Da San Martino et al., EMNLP 2019): one sentence a line, split automatically by NLTK.",
      "Only boundaries after . ! ? or an ellipsis (and closing marks) are scored: corpus lines without one are page furniture.",
      "Not gold: a disagreement is an error of either side; a judged sample is in docs/segmentation.md.",
    ],
  };
}

/** Score both segmenters on the development files and on the held-out file. */
export default async function run(): Promise<ResultTable[]> {
  const dir = repoFile("fixtures/segmentation");
  const golds = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readGold(f, readFileSync(`${dir}/${f}`, "utf8")));
  const totals = { ours: { dev: ZERO, held: ZERO }, intl: { dev: ZERO, held: ZERO } };
  const errors: BoundaryError[] = [];
  const ignored: BoundaryError[] = [];
  const perFile: (string | number)[][] = [];
  for (const gold of golds) {
    const set = isHeldOut(gold.name) ? "held" : "dev";
    const a = score(gold, ours(gold), errors);
    const b = score(gold, baseline(gold), ignored);
    totals.ours[set] = add(totals.ours[set], a);
    totals.intl[set] = add(totals.intl[set], b);
    const f1 = (s: Score) => row("", "", s)[6];
    perFile.push([gold.name, a.sentences, f1(a), f1(b), a.exact / a.sentences, b.exact / b.sentences]);
  }
  const dev = golds.filter((g) => !isHeldOut(g.name)).length;
  return [
    {
      title: "Sentence segmentation: sourcetrace vs bare Intl.Segmenter (fixtures/segmentation)",
      columns: ["segmenter", "set", "sentences", "boundaries", "P", "R", "F1", "exact"],
      rows: [
        row("sourcetrace", `dev (${dev} files)`, totals.ours.dev),
        row("Intl.Segmenter", `dev (${dev} files)`, totals.intl.dev),
        row("sourcetrace", `held-out (${golds.length - dev} files)`, totals.ours.held),
        row("Intl.Segmenter", `held-out (${golds.length - dev} files)`, totals.intl.held),
      ],
      notes: [
        "Boundaries: sentence starts inside a paragraph (paragraph starts are given, not counted).",
        "exact: share of gold sentences whose [start, end) our segmenter reproduces exactly.",
        "Intl.Segmenter runs per paragraph; Node's ICU sentence rules with no abbreviation list.",
        `Our errors (${errors.length}${errors.length > MAX_ERRORS ? `, first ${MAX_ERRORS}` : ""}):`,
        ...errors.slice(0, MAX_ERRORS).map(describe),
      ],
    },
    {
      title: "Sentence segmentation per file (boundary F1, exact sentence accuracy)",
      columns: ["file", "sentences", "F1 ours", "F1 Intl", "exact ours", "exact Intl"],
      rows: perFile,
    },
    silver(),
  ];
}
