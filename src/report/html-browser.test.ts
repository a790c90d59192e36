import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { repoPath } from "../testing/helpers.js";
import { renderHtml } from "./render-html.js";
import type { Report } from "./types.js";

const CHROMIUM = "/usr/bin/chromium";
// Flags from the project notes: without the background-networking ones Chromium keeps trying to
// reach the internet, which would also pollute the request log this test checks.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// Runs in the page: for each kind of mark, the lowest contrast ratio (WCAG 2.x relative
// luminance) between its text colour and the first opaque background behind it.
const CONTRAST = `(() => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const selectors = [".s.v-author", ".s.v-document", ".s.v-speaker", ".s.v-nested", ".s.v-unknown", ".reuse", "ins", "del", ".omitted", ".omitted b",
    ".sev-error", ".sev-warning", ".sev-info", ".note", "a", ".status-supported", ".status-contradicted", ".status-not-found", ".card-kind", ".evidence footer", ".disagree", "th", "#s-8-tip", ".ctx"];
  const out = [];
  for (const selector of selectors) {
    let ratio = Infinity;
    for (const el of document.querySelectorAll(selector)) {
      if (!el.getClientRects().length) continue;
      const fg = lum(parse(getComputedStyle(el).color).slice(0, 3));
      const bg = lum(background(el));
      ratio = Math.min(ratio, (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05));
    }
    if (ratio !== Infinity) out.push({ selector, ratio });
  }
  return out;
})()`;

const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs the Debian chromium package`);
const skip = available
  ? false
  : `${CHROMIUM} not installed (apt-get install -y chromium); browser test skipped`;

describe("HTML report in Chromium", { skip }, () => {
  const report = JSON.parse(readFileSync(repoPath("fixtures/reports/full-report.json"), "utf8")) as Report;
  const artifacts = repoPath("artifacts");
  let file = "";
  const requests: string[] = [];
  const dialogs: string[] = [];
  let root = "";
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    // The page is opened from a private directory, so parallel runs never read each other's
    // half-written file; a copy goes to artifacts/ for people to open.
    mkdirSync(artifacts, { recursive: true });
    root = mkdtempSync(join(tmpdir(), "sourcetrace-chromium-"));
    file = join(root, "report.html");
    const html = renderHtml(report);
    writeFileSync(file, html);
    writeFileSync(join(artifacts, "report.html"), html);
    context = await chromium.launchPersistentContext(join(root, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
    });
    context.on("request", (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
  });

  after(async () => {
    await context?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("shows the summary header with voice shares and top findings", async () => {
    await page.locator(".summary").waitFor({ state: "visible" });
    assert.ok(await page.getByRole("img", { name: /^Voices: author/ }).isVisible());
    assert.ok(await page.getByRole("heading", { name: "Top findings" }).isVisible());
    assert.match((await page.locator(".summary").textContent()) ?? "", /of the article reused/);
  });

  it("leads with the assertion gap, then the contradicted claim beside its evidence card", async () => {
    const first = page.locator("main > section").first();
    assert.equal(await first.getAttribute("id"), "support");
    const support = await first.boundingBox();
    const article = await page.locator("#article").boundingBox();
    assert.ok(support && article && support.y < article.y, "above the article");
    const cards = first.locator(".card");
    assert.equal(await cards.count(), 2);
    const gap = cards.nth(0);
    assert.ok(await gap.isVisible());
    assert.match((await gap.locator(".card-kind").textContent()) ?? "", /^Assertion gap/);
    assert.match((await gap.textContent()) ?? "", /rescue plan.*Not supported by the cited source/s);
    const contradicted = cards.nth(1);
    assert.match((await contradicted.locator(".card-kind").textContent()) ?? "", /^Contradicted/);
    assert.match((await contradicted.textContent()) ?? "", /Contradicted by the cited source/);
    assert.ok(await contradicted.locator(".evidence", { hasText: "1,200" }).isVisible());
    assert.match((await page.locator(".summary .top li").first().textContent()) ?? "", /none of the sources/);
  });

  it("shows the voices legend and sentences coloured by voice", async () => {
    const legend = page.getByRole("list", { name: "Legend" });
    assert.ok(await legend.isVisible());
    for (const label of ["author", "document", "speaker", "speaker in a document", "unknown"]) {
      assert.ok(await legend.getByText(label, { exact: true }).isVisible(), label);
    }
    assert.equal(await page.locator(".article .s.v-nested").count(), 1);
    assert.ok((await page.locator(".article .s.v-speaker").count()) >= 2);
  });

  it("shows a side-by-side edit with the replaced number on both sides", async () => {
    const match = page.locator("#match-2");
    await match.scrollIntoViewIfNeeded();
    assert.ok(await match.locator(".sbs del", { hasText: "1,200" }).isVisible());
    assert.ok(await match.locator(".sbs ins", { hasText: "3,000" }).isVisible());
    assert.ok(await match.locator(".sbs ins", { hasText: "[working]" }).isVisible());
    assert.ok(await page.locator(".article .omitted", { hasText: "caused by an audit" }).isVisible());
  });

  it("shows a sentence's voice in a tooltip on keyboard focus", async () => {
    await page.locator("body").focus();
    let id = "";
    for (let i = 0; i < 60 && !id.startsWith("s-"); i++) {
      await page.keyboard.press("Tab");
      id = String(await page.evaluate("document.activeElement ? document.activeElement.id : ''"));
    }
    assert.match(id, /^s-\d+$/, "Tab reaches a sentence");
    const tip = page.locator(`#${id}-tip`);
    assert.ok(await tip.isVisible());
    assert.match((await tip.textContent()) ?? "", /Sentence \d+ · /);
    await page.keyboard.press("Escape");
    assert.equal(await tip.isVisible(), false, "Escape dismisses the tooltip");
    await page.locator("#s-8").focus();
    assert.match(
      (await page.locator("#s-8-tip").textContent()) ?? "",
      /speaker: Owen Pritchard \(in Ferry service/,
    );
  });

  it("shows a tooltip on hover too", async () => {
    await page.locator("#s-10").hover();
    assert.ok(await page.locator("#s-10-tip").isVisible());
    assert.match((await page.locator("#s-10-tip").textContent()) ?? "", /speaker: Lena Marsh/);
    await page.mouse.move(0, 0);
  });

  it("meets WCAG AA contrast (4.5:1) for the text of every kind of mark", async () => {
    await page.locator("#s-8").focus();
    const worst = (await page.evaluate(CONTRAST)) as { selector: string; ratio: number }[];
    assert.ok(worst.length >= 10, "the check found the marks");
    for (const { selector, ratio } of worst) assert.ok(ratio >= 4.5, `${selector}: ${ratio.toFixed(2)}:1`);
  });

  it("prints without navigation or tooltips", async () => {
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator("nav.toc").isVisible(), false);
    assert.equal(await page.locator("#s-8-tip").isVisible(), false);
    assert.ok(await page.locator("#match-2 .sbs").isVisible());
    await page.emulateMedia({ media: "screen" });
  });

  it("keeps the article's <script> as text and runs none of it", async () => {
    assert.ok(await page.getByText('<script>alert("not run")</script>').first().isVisible());
    assert.deepEqual(dialogs, []);
  });

  it("makes no network request and saves screenshots", async () => {
    await page.screenshot({ path: join(artifacts, "report.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.screenshot({ path: join(artifacts, "report-phone.png"), fullPage: true });
    const scrollWidth = Number(await page.evaluate("document.documentElement.scrollWidth"));
    assert.ok(scrollWidth <= 390, `no horizontal scroll on a phone (scrollWidth ${scrollWidth})`);
    const foreign = requests.filter((u) => u !== pathToFileURL(file).href && !u.startsWith("data:"));
    assert.deepEqual(foreign, []);
  });
});
