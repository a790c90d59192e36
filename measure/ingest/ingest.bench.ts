/**
 * Throughput and latency of ingestion (decode-free: `documentFromString` = normalize, split into
 * blocks, tokenize, split into sentences; plus Readability over linkedom for HTML) at 10 KB to
 * 10 MB, next to a bare `Intl.Segmenter` sentence pass over the same text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { documentFromString } from "../../dist/ingest/index.js";
import { repoFile, sharedData } from "../paths.js";
import type { ResultTable } from "../table.js";

const SIZES = [
  { label: "10 KB", bytes: 10_000, repeats: 31 },
  { label: "100 KB", bytes: 100_000, repeats: 11 },
  { label: "1 MB", bytes: 1_000_000, repeats: 3 },
  { label: "10 MB", bytes: 10_000_000, repeats: 1 },
];
// Before timing, run each function over this much text so the JIT has optimised it: the first
// calls of a fresh process run unoptimised code and say nothing about steady throughput.
const WARM_UP_BYTES = 3_000_000;
// Intl.Segmenter over a whole string is quadratic on Node 20 (see NOTES): only small inputs.
const WHOLE_STRING_MAX = 100_000;
// Readability over a page of many megabytes measures the extractor, not us: HTML stops at 1 MB.
const HTML_MAX = 1_000_000;

/** Paragraphs to build inputs from: our segmentation fixtures, then the PTC articles. */
function paragraphs(): string[] {
  const out: string[] = [];
  const fixtures = repoFile("fixtures/segmentation");
  for (const f of readdirSync(fixtures)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    for (const block of readFileSync(`${fixtures}/${f}`, "utf8").split(/\n\s*\n/)) {
      const p = block
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .join(" ");
      if (p) out.push(p);
    }
  }
  const ptc = sharedData("ptc/articles");
  for (const f of readdirSync(ptc)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    for (const p of readFileSync(`${ptc}/${f}`, "utf8").split(/\n+/)) if (p.trim()) out.push(p.trim());
  }
  return out;
}

/** Plain text of about `bytes` UTF-8 bytes: whole paragraphs, cycling, joined by blank lines. */
function plainText(source: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = source[i % source.length];
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n");
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The same paragraphs as an article page, with a header and footer around the article. */
function htmlPage(text: string): string {
  const body = text
    .split("\n\n")
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><title>Bench page</title></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>Bench page</h1>\n${body}\n</article><footer>© Example</footer></body></html>`;
}

const intl = new Intl.Segmenter("en", { granularity: "sentence" });

function countSentences(text: string): number {
  let n = 0;
  for (const _ of intl.segment(text)) n++;
  return n;
}

/** The baseline: a bare Intl.Segmenter pass, paragraph by paragraph. */
function intlPerParagraph(text: string): number {
  let n = 0;
  for (const p of text.split(/\n+/)) n += countSentences(p);
  return n;
}

/** Call `fn` (which handles `bytes` bytes) until about WARM_UP_BYTES were handled. */
function warmUp(fn: () => unknown, bytes: number): void {
  for (let done = 0; done < WARM_UP_BYTES; done += bytes) fn();
}

const mbPerSecond = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

interface Cost {
  /** Median wall time, ms. */
  wall: number;
  /** Median CPU time of the process (user + system), ms: steadier than wall time when other
   * jobs share the cores. */
  cpu: number;
  /** Peak heap growth seen, MB. */
  heap: number;
}

/**
 * Run `fn` `repeats` times: median wall and CPU time; then once more after a full collection
 * for its heap growth. (A forced collection right before a timed run slows that run several
 * times over, as it resets the young generation: timed runs are not preceded by one.)
 */
function measure(fn: () => unknown, repeats: number): Cost {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  fn();
  const heap = Math.max(0, (process.memoryUsage().heapUsed - before) / 1048576);
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(walls), cpu: median(cpus), heap };
}

/** Time ingestion of plain text and HTML at each size, beside Intl.Segmenter. */
export default async function run(): Promise<ResultTable[]> {
  const source = paragraphs();
  const rows: (string | number)[][] = [];
  const row = (
    input: string,
    label: string,
    sentences: number,
    bytes: number,
    ours: Cost,
    intl: Cost,
    whole?: Cost,
  ) => [
    input,
    label,
    sentences,
    ours.wall,
    ours.cpu,
    mbPerSecond(bytes, ours.cpu),
    intl.cpu,
    mbPerSecond(bytes, intl.cpu),
    ours.cpu / intl.cpu,
    whole === undefined ? "-" : whole.cpu,
    ours.heap,
  ];
  for (const size of SIZES) {
    const text = plainText(source, size.bytes);
    const bytes = Buffer.byteLength(text);
    let sentences = 0;
    const ingest = () => {
      sentences = documentFromString(text, { format: "text" }).sentences.length;
    };
    warmUp(ingest, bytes);
    const ours = measure(ingest, size.repeats);
    warmUp(() => intlPerParagraph(text), bytes);
    const perParagraph = measure(() => intlPerParagraph(text), size.repeats);
    const whole = bytes <= WHOLE_STRING_MAX ? measure(() => countSentences(text), size.repeats) : undefined;
    rows.push(row("text", size.label, sentences, bytes, ours, perParagraph, whole));
    if (size.bytes <= HTML_MAX) {
      const html = htmlPage(text);
      const page = measure(
        () => {
          sentences = documentFromString(html, { format: "html" }).sentences.length;
        },
        Math.max(1, Math.ceil(size.repeats / 4)),
      );
      rows.push(row("html", size.label, sentences, Buffer.byteLength(html), page, perParagraph));
    }
  }
  return [
    {
      title: "Ingest + normalize + segment (documentFromString) vs bare Intl.Segmenter",
      columns: [
        "input",
        "size",
        "sentences",
        "ours wall ms",
        "ours cpu ms",
        "ours MB/s",
        "Intl/para cpu ms",
        "Intl/para MB/s",
        "ours/Intl",
        "Intl whole cpu ms",
        "heap MB",
      ],
      rows,
      notes: [
        "Inputs: fixtures/segmentation paragraphs then ../shared/data/ptc/articles paragraphs, cycled to size, joined by blank lines.",
        "ours: documentFromString (normalize with offset map, blocks, tokens with fold keys, sentences); html adds Readability over linkedom.",
        "Intl/para: Intl.Segmenter('en', sentence) over each line; Intl whole: one call over the whole string (quadratic, ≤ 100 KB only).",
        "Medians over 31/11/3/1 runs (html: 8/3/1) after warming up on 3 MB. MB/s and ratios use CPU time (the cores are shared",
        "with other jobs, so wall time swings); MB = 10^6 UTF-8 bytes of the input (of the page for html).",
      ],
    },
  ];
}
