import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { rhetoricLexicon } from "../rhetoric/index.js";
import { createDocument } from "../text/document.js";
import { render } from "./formats.js";
import { rhetoricCheckLines, techniqueName } from "./rhetoric-checks.js";

const text = "The council met on Tuesday. The plan was debated at length.";
const checked = rhetoricLexicon()
  .techniques.filter((t) => t.gate.checked)
  .map((t) => techniqueName(t.rule));
const experimental = rhetoricLexicon()
  .techniques.filter((t) => !t.gate.checked)
  .map((t) => techniqueName(t.rule));

test("a technique's rule id reads as words", () => {
  assert.equal(techniqueName("rhetoric/name-calling"), "name calling");
  assert.equal(techniqueName("rhetoric/appeal-to-fear"), "appeal to fear");
});

test("the lines say what was checked by default, what on request, and that quotes never are", () => {
  assert.deepEqual(
    rhetoricCheckLines({ rhetoric: { checked: ["rhetoric/loaded-language"], experimental: [] } }),
    [
      "Persuasion techniques checked in the author's voice: loaded language.",
      "Quoted speech and reproduced documents are never checked: they are not the author's words.",
    ],
  );
  const none = rhetoricCheckLines({ rhetoric: { checked: [], experimental: ["rhetoric/doubt"] } });
  assert.match(none[0], /No persuasion technique is checked by default/);
  assert.match(none[1], /experimental.*: doubt\.$/);
  assert.deepEqual(rhetoricCheckLines({}), []);
});

test("text, Markdown and HTML reports list the checked techniques, even with no rhetoric finding", () => {
  const report = analyze(createDocument(text, { id: "a" }));
  assert.equal(report.findings.filter((f) => f.source === "rhetoric").length, 0);
  for (const format of ["text", "markdown", "html"] as const) {
    const out = render(report, format);
    assert.match(out, /Rhetoric checked/, format);
    for (const name of checked) assert.ok(out.includes(name), `${format}: ${name}`);
    assert.doesNotMatch(out, /experimental, less reliable/, format);
  }
  const asked = analyze(createDocument(text, { id: "a" }), { rhetoric: { experimental: true } });
  for (const format of ["text", "markdown", "html"] as const) {
    const out = render(asked, format);
    const line = out.split("\n").find((l) => l.includes("experimental, less reliable")) ?? "";
    for (const name of experimental) assert.ok(line.includes(name), `${format}: ${name}`);
  }
});
