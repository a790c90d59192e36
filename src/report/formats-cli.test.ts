import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { repoPath, runCliCaptured } from "../testing/helpers.js";

const cli = (args: string[], isTTY = false) => runCliCaptured(args, { isTTY });

describe("the report formats through the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "sourcetrace-reports-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const article = repoPath("examples/heatwave-blog.txt");
  const source = repoPath("examples/heatwave-report.txt");

  it("writes a self-contained HTML report with -o", async () => {
    const out = join(dir, "report.html");
    const r = await cli(["analyze", article, "--source", source, "--format", "html", "-o", out]);
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(out, "utf8");
    assert.match(html, /<h1>The Great Marlow Water Scandal<\/h1>/);
    assert.match(html, /<p class="byline">Posted by Rob Gellert, Valley Voice blog<\/p>/);
    assert.match(html, /<h2>What was changed<\/h2><p class="fig">3 changes of meaning<\/p>/);
    assert.match(html, /<span class="band" aria-hidden="true"><i class="v-document"/);
  });

  it("prints Web Annotation and ClaimReview JSON-LD", async () => {
    const wa = await cli(["analyze", article, "--source", source, "--format", "webannotation"]);
    assert.equal(wa.status, 0, wa.stderr);
    assert.equal(JSON.parse(wa.stdout).type, "AnnotationCollection");
    const cr = await cli(["analyze", article, "--source", source, "--format", "claimreview"]);
    assert.equal(cr.status, 0, cr.stderr);
    assert.ok(Array.isArray(JSON.parse(cr.stdout)));
  });

  it("colours the text report on a terminal unless --no-color", async () => {
    assert.match((await cli(["analyze", article, "--source", source], true)).stdout, /\u001b\[/);
    assert.doesNotMatch(
      (await cli(["analyze", article, "--source", source, "--no-color"], true)).stdout,
      /\u001b\[/,
    );
  });
});
