import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import MarkdownIt from "markdown-it";
import { analyze } from "../analyze.js";
import { documentFromString } from "../ingest/index.js";
import { assertValidReport } from "../testing/helpers.js";
import { FORMAT_NAMES } from "./format-names.js";
import { render } from "./formats.js";

// Markup and escape sequences an article or a source name may carry.
const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "</script><!--",
  "<iframe src=//x>",
  "[link](javascript:alert(1))",
  "![img](http://x/y.png)",
  "`code` **bold** _em_ | cell |",
  "&lt;b&gt; &amp;",
  "\u001b]0;title\u0007",
  "\u001b[2J",
  "\u001b]52;c;aGk=\u0007",
  "\u202eevil",
  "\u2028\u2029",
  '"quoted," she said.',
];
const WORDS =
  "the council said budget water report rain farmers valley reservoir 4,000 people about percent".split(" ");
const sentence = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PAYLOADS)), { minLength: 6, maxLength: 16 })
  .map((w) => `${w.join(" ")}.`);
const text = fc.array(sentence, { minLength: 2, maxLength: 8 }).map((s) => s.join(" "));
const sourceName = fc.constantFrom(...PAYLOADS).map((p) => `src ${p}.txt`);

// Elements a viewer builds from each markup output; none may come from the input.
const elements = (html: string): string[] => {
  const { document } = parseHTML(
    html.startsWith("<!doctype") ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  return Array.from(document.querySelectorAll("*"), (e) => (e as { nodeName: string }).nodeName);
};
const FOREIGN = ["IMG", "IFRAME"];
const markdown = new MarkdownIt({ html: true });

test("every renderer, on hostile text: never throws, output parses, input markup stays text", () => {
  fc.assert(
    fc.property(text, text, sourceName, (articleText, sourceText, name) => {
      const article = documentFromString(articleText, { id: "article", format: "text" });
      // The source shares the article's first half, so there are passages with edits.
      const source = documentFromString(`${articleText.slice(0, articleText.length / 2)} ${sourceText}`, {
        id: name,
        format: "text",
      });
      const report = analyze(article, { sources: [source] });
      for (const format of FORMAT_NAMES) {
        const out = render(report, format, { color: true });
        switch (format) {
          case "json":
            assertValidReport(JSON.parse(out));
            break;
          case "claimreview":
          case "webannotation":
            JSON.parse(out);
            assert.doesNotMatch(out, /<\/script|<!--|<img|<iframe/i);
            break;
          case "html": {
            const found = elements(out);
            for (const tag of FOREIGN) assert.ok(!found.includes(tag), `${tag} in html`);
            assert.equal(found.filter((t) => t === "SCRIPT").length, 1, "only the report's own script");
            break;
          }
          case "markdown": {
            const found = elements(markdown.render(out));
            for (const tag of [...FOREIGN, "SCRIPT", "A"])
              assert.ok(!found.includes(tag), `${tag} in markdown`);
            break;
          }
          case "text":
            assert.doesNotMatch(
              out.replace(/\u001b\[[0-9;]*m/g, ""),
              /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/,
            );
            break;
        }
      }
    }),
    { seed: 1407, numRuns: 25 },
  );
});
