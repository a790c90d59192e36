/**
 * Time to render a report in every format as the article grows: the fixture report
 * (fixtures/reports/full-report.json, about 1 KB of article with every kind of annotation)
 * repeated 1 to 1,000 times, every article span shifted, the source unchanged. Only rendering is
 * timed; the analysis is not run.
 */
import { readFileSync } from "node:fs";
import { FORMATS } from "../../dist/report/formats.js";
import type { Report } from "../../dist/report/types.js";
import { repoFile } from "../paths.js";
import type { ResultTable } from "../table.js";
import { time } from "../timing.js";

const COPIES = [
  { copies: 1, repeats: 20 },
  { copies: 10, repeats: 10 },
  { copies: 100, repeats: 5 },
  { copies: 1000, repeats: 1 },
];

type Spanned = { start: number; end: number };
const shift = <T extends Spanned>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

/** The report with its article repeated `copies` times (joined by a blank line). */
export function repeatReport(report: Report, copies: number): Report {
  const unit = `${report.article.text}\n\n`;
  const out: Report = {
    ...report,
    article: {
      ...report.article,
      text: unit.repeat(copies).slice(0, -2),
      paragraphs: [],
      words: report.article.words * copies,
    },
    sentences: [],
    quotes: [],
    citations: [],
    matches: [],
    claims: [],
    quantities: [],
    comparisons: [],
    findings: [],
  };
  for (let k = 0; k < copies; k++) {
    const by = k * unit.length;
    const q0 = out.quantities.length;
    const s0 = out.sentences.length;
    const c0 = out.citations.length;
    out.article.paragraphs.push(...report.article.paragraphs.map((p) => shift(p, by)));
    out.sentences.push(
      ...report.sentences.map((s) => ({
        ...shift(s, by),
        paragraph: s.paragraph + k * report.article.paragraphs.length,
      })),
    );
    out.quotes.push(...report.quotes.map((q) => ({ ...shift(q, by), content: shift(q.content, by) })));
    out.citations.push(...report.citations.map((c) => shift(c, by)));
    out.matches.push(
      ...report.matches.map((m) => ({
        ...m,
        article: shift(m.article, by),
        edits: m.edits.map((e) => ({ ...e, article: e.article ? shift(e.article, by) : undefined })),
      })),
    );
    out.quantities.push(
      ...report.quantities.map((q) => (q.source ? q : { ...shift(q, by), sentence: q.sentence + s0 })),
    );
    out.claims.push(
      ...report.claims.map((c) => ({
        ...shift(c, by),
        sentence: c.sentence + s0,
        quantities: c.quantities.map((i) => i + q0),
      })),
    );
    out.comparisons.push(
      ...report.comparisons.map((c) => ({ ...c, quantities: c.quantities.map((i) => i + q0) })),
    );
    out.findings.push(
      ...report.findings.map((f) => ({ ...f, span: f.span ? shift(f.span, by) : undefined })),
    );
    for (const s of out.sentences.slice(s0))
      if (s.voice.citation !== undefined) s.voice = { ...s.voice, citation: s.voice.citation + c0 };
  }
  return out;
}

export default async function bench(): Promise<ResultTable[]> {
  const report = JSON.parse(readFileSync(repoFile("fixtures/reports/full-report.json"), "utf8")) as Report;
  const formats = Object.keys(FORMATS);
  const rows: (string | number)[][] = [];
  for (const { copies, repeats } of COPIES) {
    const big = repeatReport(report, copies);
    const row: (string | number)[] = [
      `${(big.article.text.length / 1000).toFixed(0)} K chars`,
      big.sentences.length,
      big.findings.length,
    ];
    for (const f of formats) row.push(time(() => FORMATS[f](big, {}), repeats, copies < 1000).ms);
    row.push((FORMATS.html(big, {}).length / 1e6).toFixed(2));
    rows.push(row);
  }
  return [
    {
      title: "report rendering: median ms per report, by format",
      columns: ["article", "sentences", "findings", ...formats, "html MB"],
      rows,
      notes: [
        "the fixture report (fixtures/reports/full-report.json) repeated 1, 10, 100 and 1,000 times; only rendering is timed",
        "rendering is O(n log n) in the number of spans: marks and points are found by binary search",
      ],
    },
  ];
}
