import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { chromiumSkip, launchChromium } from "../testing/chromium.js";
import { repoPath } from "../testing/helpers.js";
import { testServer } from "../testing/server.js";

const blog = readFileSync(repoPath("examples/heatwave-blog.txt"), "utf8");
const source = readFileSync(repoPath("examples/heatwave-report.txt"), "utf8");
// Markup, attribute and script breakouts; none of it may run or become an element.
const XSS = `"'><img src=x onerror="alert('img')"><script>alert('script')</script></textarea><svg onload=alert('svg')>`;

// Drop a file on the n-th document box of the page, as a user dragging it from their desktop.
const DROP = `(([index, name, text]) => {
  const dt = new DataTransfer();
  dt.items.add(new File([text], name, { type: "text/plain" }));
  const box = document.querySelectorAll("fieldset.doc")[index];
  box.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
})`;

async function drop(page: Page, index: number, name: string, text: string): Promise<void> {
  await page.evaluate(`${DROP}(${JSON.stringify([index, name, text])})`);
}

// Click Analyse and wait for the report page; a refusal fails the test with the page's message.
async function analyse(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Analyse" }).click();
  await Promise.race([
    page.waitForURL(/\/reports\/[A-Za-z0-9_-]{16}$/),
    page
      .locator("#error:not(:empty)")
      .waitFor()
      .then(async () => assert.fail(`refused: ${await page.locator("#error").textContent()}`)),
  ]);
}

describe("web page in Chromium", { skip: chromiumSkip() }, () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let context: BrowserContext;
  let closeBrowser = async () => {};
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const violations: string[] = [];

  before(async () => {
    server = await testServer();
    ({ context, close: closeBrowser } = await launchChromium({ viewport: { width: 1280, height: 900 } }));
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    context.on("request", (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("console", (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
  });

  after(async () => {
    await closeBrowser();
    await server?.close();
  });

  it("paste an article and a source, see progress, then the report at its permalink", async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel("Paste the text or HTML").first().fill(blog);
    await page.getByRole("button", { name: "Add a source" }).click();
    const sourceBox = page.locator("#sources fieldset").first();
    assert.equal(await sourceBox.locator("legend").textContent(), "Source 1");
    assert.ok(
      await sourceBox.locator("textarea").evaluate((el) => el === el.ownerDocument.activeElement),
      "focus moves to the new source",
    );
    await sourceBox.locator("textarea").fill(source);
    await sourceBox.getByLabel(/Name in the report/).fill("heatwave-report.txt");
    // Hold the request a moment so the progress indication can be seen.
    let release = () => {};
    await page.route("**/api/analyze", async (route) => {
      await new Promise<void>((r) => {
        release = r;
      });
      await route.continue();
    });
    await page.getByRole("button", { name: "Analyse" }).click();
    await page.locator("#progress").waitFor({ state: "visible" });
    assert.match((await page.locator("#status-text").textContent()) ?? "", /Analysing/);
    assert.ok(await page.getByRole("button", { name: "Analyse" }).isDisabled());
    release();
    await page.waitForURL(/\/reports\/[A-Za-z0-9_-]{16}$/);
    await page.unroute("**/api/analyze");

    assert.equal(await page.locator("h1").textContent(), "The Great Marlow Water Scandal");
    assert.equal(await page.getByLabel("Permalink").inputValue(), page.url());
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied.").waitFor();
    assert.equal(await page.evaluate("navigator.clipboard.readText()"), page.url());

    // The interactive report: passages' edits, omitted text, claims, findings linked to text.
    assert.ok(await page.locator("#passages ul.edits").first().isVisible());
    assert.ok(await page.locator(".article .omitted").first().isVisible());
    assert.ok(await page.getByRole("heading", { name: "Claims" }).isVisible());
    const finding = page.locator("#key a[href^='#']").first();
    const target = ((await finding.getAttribute("href")) ?? "").slice(1);
    await finding.click();
    assert.equal(new URL(page.url()).hash, `#${target}`);
    assert.ok(await page.locator(`[id="${target}"]`).isVisible());
  });

  it("the voice filter dims the voices unticked", async () => {
    const author = page.locator(".article .s.v-author").first();
    const before = Number(
      await author.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).opacity),
    );
    await page.getByRole("checkbox", { name: "author" }).uncheck();
    const after = Number(
      await author.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).opacity),
    );
    assert.ok(after < before, `${after} < ${before}`);
    await page.getByRole("checkbox", { name: "author" }).check();
  });

  it("exports download JSON equal to the API's report, Markdown, Web Annotation and ClaimReview", async () => {
    const id = page.url().split("/").pop() as string;
    const api = await (await fetch(`${server.url}/api/reports/${id}`)).json();
    const downloads: Record<string, string> = {};
    for (const label of ["JSON", "Markdown", "Web Annotation", "ClaimReview"]) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("navigation", { name: "Export" }).getByRole("link", { name: label }).click(),
      ]);
      downloads[label] = readFileSync((await download.path()) as string, "utf8");
    }
    assert.deepEqual(JSON.parse(downloads.JSON), api);
    assert.match(downloads.Markdown, /^# /);
    assert.equal(JSON.parse(downloads["Web Annotation"]).type, "AnnotationCollection");
    assert.match(downloads.ClaimReview, /"ClaimReview"/);
  });

  it("works with the keyboard alone, and uploads a dropped file", async () => {
    await page.goto(`${server.url}/`);
    // A file dropped on the article box is attached and named after itself.
    await drop(page, 0, "dropped-article.txt", blog);
    await page.getByText("Attached: dropped-article.txt").waitFor();
    assert.equal(await page.locator("#article-id").inputValue(), "dropped-article.txt");
    await page.locator("body").focus();
    let id = "";
    for (let i = 0; i < 20 && id !== "submit"; i++) {
      await page.keyboard.press("Tab");
      id = String(await page.evaluate("document.activeElement ? document.activeElement.id : ''"));
    }
    assert.equal(id, "submit", "Tab reaches the Analyse button");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/reports\/[A-Za-z0-9_-]{16}$/);
    assert.equal(await page.locator("h1").textContent(), "The Great Marlow Water Scandal");
  });

  it("the experimental rhetoric box asks for the techniques below the gate, as the CLI's flag does", async () => {
    const checks = async () => {
      const id = page.url().split("/").pop() as string;
      const report = (await (await fetch(`${server.url}/api/reports/${id}`)).json()) as {
        rhetoric: { experimental: string[] };
      };
      return report.rhetoric.experimental;
    };
    await page.goto(`${server.url}/`);
    await page.getByLabel("Paste the text or HTML").first().fill(blog);
    await analyse(page);
    assert.deepEqual(await checks(), []);
    await page.goto(`${server.url}/`);
    await page.getByLabel("Paste the text or HTML").first().fill(blog);
    await page.getByLabel(/persuasion techniques below the precision bar/).check();
    await analyse(page);
    assert.ok((await checks()).length > 0);
  });

  it("shows a refused input's error in the page", async () => {
    await page.goto(`${server.url}/`);
    await page.locator("#article-url").fill("http://127.0.0.1:9/story");
    await page.getByRole("button", { name: "Analyse" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /private or loopback/ })
      .waitFor();
    assert.ok(new URL(page.url()).pathname === "/");
  });

  it("fits a phone screen without horizontal scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/", new URL(requests.find((u) => /\/reports\//.test(u)) as string).pathname]) {
      await page.goto(`${server.url}${path}`);
      const width = Number(await page.evaluate("document.documentElement.scrollWidth"));
      assert.ok(width <= 390, `${path}: scrollWidth ${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("keeps an XSS payload in every field inert: text, names, URL, file name", async () => {
    await page.goto(`${server.url}/`);
    await page.locator("#article-text").fill(`${XSS}\n\n${blog}\n\nHe wrote: "${XSS}," says ${XSS}.`);
    await page.locator("#article-id").fill(XSS);
    await page.getByRole("button", { name: "Add a source" }).click();
    const first = page.locator("#sources fieldset").nth(0);
    await first.locator("textarea").fill(`${source}\n\n${XSS}`);
    await first.getByLabel(/Name in the report/).fill(`${XSS} source`);
    await page.getByRole("button", { name: "Add a source" }).click();
    await drop(page, 2, XSS.replace(/\//g, "_"), "A dropped source mentions the Kessel reservoir.");
    await page.getByText(/^Attached: /).waitFor();
    await analyse(page);
    assert.ok(await page.locator("h1").getByText(XSS).isVisible(), "the payload shows as text in the title");
    assert.ok((await page.getByText(XSS.replace(/\//g, "_")).count()) > 0);
    assert.equal(await page.locator("img[src='x'], svg[onload], script:not([nonce])").count(), 0);

    // A URL with the payload is refused; the error message shows it as text.
    await page.goto(`${server.url}/`);
    await page.locator("#article-url").fill(`http://127.0.0.1:9/${encodeURIComponent(XSS)}`);
    await page.getByRole("button", { name: "Analyse" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /private or loopback/ })
      .waitFor();
    assert.equal(await page.locator("img[src='x'], svg[onload]").count(), 0);
    assert.deepEqual(dialogs, []);
  });

  it("obeys its Content-Security-Policy and requests nothing from anywhere else", () => {
    assert.deepEqual(violations, []);
    const foreign = requests.filter((u) => !u.startsWith(`${server.url}/`) && !u.startsWith("data:"));
    assert.deepEqual(foreign, []);
  });
});
