import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import MarkdownIt from "markdown-it";
import { analyze } from "../analyze.js";
import { documentFromString } from "../ingest/index.js";
import { traceSources } from "../trace/index.js";
import { escapeJsonForHtml, escapeMarkdown, escapeTerminal, markdownCode, terminalSafe } from "./escape.js";
import { claimReviews } from "./export-claimreview.js";
import { webAnnotationCollection } from "./export-web-annotation.js";
import { render } from "./formats.js";
import { renderTrace } from "./render-trace.js";

const PAYLOAD = '<img src=x onerror="alert(1)"></script><!--';
const ESCAPES = "\u001b]0;owned\u0007\u001b[2J\u001b]52;c;ZWNobyBoaQ==\u0007\u202e";
const sentence = (figure: string) =>
  `The council said ${PAYLOAD} that the budget of ${figure} million euros would pass next week without any debate in the chamber ${ESCAPES} at all.`;
const article = documentFromString(`${sentence("40")}\n\nA second paragraph of the article follows here.`, {
  id: "article",
  format: "text",
});
const source = documentFromString(`${sentence("50")}\n\nThe source closes with another paragraph.`, {
  id: "notes`).md \u001b[31mred",
  format: "text",
});
const report = analyze(article, { sources: [source] });

// Elements a Markdown viewer would build from the output (markdown-it with raw HTML enabled).
function markdownElements(markdown: string): string[] {
  const html = new MarkdownIt({ html: true }).render(markdown);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return Array.from(document.body.querySelectorAll("*"), (e) => (e as { nodeName: string }).nodeName);
}

test("the test report has an edited passage whose unchanged text carries the payload", () => {
  assert.ok(report.matches.some((m) => m.edits.length > 0));
  assert.ok(report.article.text.includes(PAYLOAD));
});

test("Markdown: input markup is text, and a file name stays inside its code span", () => {
  const markdown = render(report, "markdown");
  const elements = markdownElements(markdown);
  assert.ok(!elements.includes("IMG") && !elements.includes("SCRIPT"), elements.join(","));
  const html = new MarkdownIt({ html: true }).render(markdown);
  assert.ok(html.includes("<code>notes`).md \ufffd[31mred</code>"), "the whole id is one code span");
  assert.ok(html.includes("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"), "the payload shows as text");
  assert.equal(markdownCode("a`b"), "``a`b``");
  assert.equal(markdownCode("`x"), "`` `x ``");
  assert.equal(escapeMarkdown("*a* [b](c)\n# d"), "\\*a\\* \\[b\\]\\(c\\) \\# d");
});

test("JSON-LD exports cannot end a script block and parse to the same value", () => {
  for (const [format, value] of [
    ["claimreview", claimReviews(report)],
    ["webannotation", webAnnotationCollection(report)],
  ] as const) {
    const out = render(report, format);
    assert.doesNotMatch(out, /<\/script|<!--|<img/i, format);
    assert.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(value)), format);
  }
  assert.ok(
    JSON.stringify(webAnnotationCollection(report)).includes("</script>"),
    "the payload is in the data",
  );
  assert.equal(escapeJsonForHtml('"</script>\u2028"'), '"\\u003c/script\\u003e\\u2028"');
});

test("terminal output: input control sequences are neutralised, only our colours remain", () => {
  const outputs = [
    render(report, "text", { color: true }),
    render(report, "text", { color: false }),
    renderTrace(article, [source], traceSources(article, [source]), { color: true }),
  ];
  for (const out of outputs) {
    const withoutColours = out.replace(/\u001b\[[0-9;]*m/g, "");
    assert.doesNotMatch(withoutColours, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    assert.ok(out.includes("\ufffd]0;owned\ufffd"), "the sequence is shown, not run");
  }
  assert.equal(escapeTerminal("a\u001b[2Jb\tc\n"), "a\ufffd[2Jb\tc\n");
  const copy = terminalSafe({ text: "x\u0007", spans: [{ start: 0, end: 2 }], data: new Int32Array(2) });
  assert.equal(copy.text, "x\ufffd");
  assert.ok(copy.data instanceof Int32Array);
});
