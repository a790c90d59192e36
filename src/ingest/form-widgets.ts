import { loadData } from "../data.js";
import { alternation } from "../text/regexp.js";

interface WidgetData {
  widgetOpenings: string[];
  formLines: string[];
}

/** Most paragraphs a poll or sign-up box set inside a story spans, its opening line to its last. */
const WIDGET_PARAGRAPHS = 15;

/** Most words of a paragraph inside such a box (a question, a row of answers, a field label). */
const WIDGET_LINE_WORDS = 30;

let compiled: { opening: RegExp; formLine: RegExp } | undefined;
function lexicon() {
  if (compiled) return compiled;
  const d = loadData<WidgetData>("ingest-boilerplate.json");
  compiled = {
    opening: new RegExp(`\\b(?:${alternation(d.widgetOpenings)})\\b`, "i"),
    formLine: new RegExp(`\\b(?:${alternation(d.formLines)})\\b`, "i"),
  };
  return compiled;
}

/**
 * Where a poll or sign-up box set inside a story lies in the text, `[start, end)`: from its
 * opening line ("take our poll - story continues below"), which may close a paragraph of the
 * story, over short lines (the question, a row of answers, "Email *"), to the last of the form's
 * own lines ("This field is for validation purposes …", "You may opt out at anytime."). Plain text
 * keeps the box where the page had it; its lines are the site's, no one's claim. A form line with
 * no opening before it is a span of its own paragraph.
 */
export function formWidgets(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
): [number, number][] {
  const { opening, formLine } = lexicon();
  const lines = paragraphs.map((p) => text.slice(p.start, p.end).replace(/[\u2018\u2019]/g, "'"));
  const short = (line: string) => line.split(/\s+/).length <= WIDGET_LINE_WORDS;
  const form = (line: string) => short(line) && formLine.test(line);
  const out: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!form(lines[i])) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < lines.length && form(lines[last + 1])) last++;
    let start = paragraphs[i].start;
    for (let k = i - 1; k >= Math.max(0, last - WIDGET_PARAGRAPHS); k--) {
      const open = opening.exec(lines[k]);
      if (open) {
        start = paragraphs[k].start + open.index;
        break;
      }
      if (!short(lines[k])) break;
    }
    out.push([start, paragraphs[last].end]);
    i = last + 1;
  }
  return out;
}
