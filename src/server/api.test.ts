import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { after, before, describe, it } from "node:test";
import { reportJsonSchema } from "../report/schema.js";
import { assertValidReport, repoPath, runCliCaptured } from "../testing/helpers.js";
import { post, testServer, testSite } from "../testing/server.js";
import { AnalysisPool, createApp, type ReportStore } from "./index.js";

const blogPath = repoPath("examples/heatwave-blog.txt");
const sourcePath = repoPath("examples/heatwave-report.txt");
const blog = readFileSync(blogPath, "utf8");
const source = readFileSync(sourcePath, "utf8");

async function cliJson(args: string[]): Promise<Record<string, unknown>> {
  const { status, stdout, stderr } = await runCliCaptured(["analyze", ...args, "--format", "json"]);
  assert.equal(status, 0, stderr);
  return JSON.parse(stdout);
}

// The CLI names a file input by its path; pasted text has no location. Everything else is equal.
function withoutLocations(report: Record<string, unknown>): Record<string, unknown> {
  const strip = ({ location: _, ...doc }: Record<string, unknown>) => doc;
  return {
    ...report,
    article: strip(report.article as Record<string, unknown>),
    sources: (report.sources as Record<string, unknown>[]).map(strip),
  };
}

/** Every error answer: JSON with one line in `error`, no stack trace. */
function assertError(r: { status: number; json: Record<string, unknown> }, status: number, pattern: RegExp) {
  assert.equal(r.status, status, JSON.stringify(r.json));
  assert.deepEqual(Object.keys(r.json), ["error"]);
  const message = r.json.error as string;
  assert.match(message, pattern);
  assert.doesNotMatch(message, /\n|\bat .+:\d+:\d+/, "one line, no stack trace");
}

describe("HTTP API", () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  // A server that may fetch loopback URLs, with a short fetch timeout, for the URL tests.
  let open: Awaited<ReturnType<typeof testServer>>;
  let site: Awaited<ReturnType<typeof testSite>>;
  const stalled: (() => void)[] = [];

  before(async () => {
    server = await testServer({ limits: { maxBodyBytes: 256 * 1024 } });
    open = await testServer({ limits: { allowPrivate: true, fetchTimeoutMs: 300 } });
    site = await testSite({
      "/blog.txt": (_, res) => res.writeHead(200, { "content-type": "text/plain" }).end(blog),
      "/report.txt": (_, res) => res.writeHead(200, { "content-type": "text/plain" }).end(source),
      "/slow": (_, res) => {
        stalled.push(() => res.end());
      },
      "/gone": (_, res) => res.writeHead(410).end("gone"),
    });
  });

  after(async () => {
    for (const release of stalled) release();
    await Promise.all([server?.close(), open?.close(), site?.close()]);
  });

  it("listens on loopback and answers health", async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/health`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as Record<string, unknown>;
    assert.equal(body.status, "ok");
  });

  it("403 for a request addressed to another host name (DNS rebinding)", async () => {
    const { port } = new URL(server.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: "127.0.0.1", port, path: "/api/health", headers: { host: `attacker.example:${port}` } },
        (res) => {
          let body = "";
          res.on("data", (d) => (body += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.end();
    });
    assertError({ status: answer.status, json: JSON.parse(answer.body) }, 403, /addressed to localhost/);
    const local = await fetch(`http://localhost:${port}/api/health`).catch(() => undefined);
    if (local) assert.equal(local.status, 200);
  });

  it("publishes an OpenAPI document whose report schema is the published one", async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    assert.equal(doc.openapi, "3.1.0");
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      "/api/analyze",
      "/api/health",
      "/api/reports/{id}",
      "/reports/{id}",
    ]);
    const { $schema: _, ...schema } = reportJsonSchema();
    assert.deepEqual(doc.components.schemas.Report, schema);
  });

  it("POST /api/analyze gives the CLI's JSON report for the same pasted text", async () => {
    const r = await post(server.url, {
      article: { text: blog },
      sources: [{ text: source, id: "heatwave-report.txt" }],
    });
    assert.equal(r.status, 201, JSON.stringify(r.json));
    assert.match(r.json.id as string, /^[A-Za-z0-9_-]{16}$/);
    assert.equal(r.headers.get("location"), `/api/reports/${r.json.id}`);
    assertValidReport(r.json.report);
    const cli = await cliJson([blogPath, "--source", sourcePath]);
    const report = r.json.report as Record<string, unknown>;
    assert.equal((report.article as Record<string, unknown>).location, undefined);
    assert.deepEqual(report, withoutLocations(cli));
  });

  it("options.experimentalRhetoric runs the techniques below the gate, as --experimental-rhetoric does", async () => {
    const plain = await post(server.url, { article: { text: blog } });
    assert.equal(plain.status, 201, JSON.stringify(plain.json));
    const checks = (r: typeof plain) => (r.json.report as { rhetoric: { experimental: string[] } }).rhetoric;
    assert.deepEqual(checks(plain).experimental, []);
    const asked = await post(server.url, {
      article: { text: blog },
      options: { experimentalRhetoric: true },
    });
    assert.equal(asked.status, 201, JSON.stringify(asked.json));
    assertValidReport(asked.json.report);
    const cli = await cliJson([blogPath, "--experimental-rhetoric"]);
    assert.ok((cli.rhetoric as { experimental: string[] }).experimental.length > 0);
    assert.deepEqual(asked.json.report, withoutLocations(cli));
    assertError(
      await post(server.url, { article: { text: blog }, options: { experimentalRhetoric: "yes" } }),
      400,
      /experimentalRhetoric must be true or false/,
    );
  });

  it("an uploaded file (base64) is read exactly as the CLI reads the file", async () => {
    const latin1 = Buffer.from("Caf\xe9 owners said prices rose by 12 percent in June.\n", "latin1");
    const r = await post(server.url, { article: { base64: latin1.toString("base64"), id: "article" } });
    assert.equal(r.status, 201, JSON.stringify(r.json));
    const article = (r.json.report as { article: { text: string; encoding: string } }).article;
    assert.equal(article.encoding, "windows-1252");
    assert.match(article.text, /^Café owners/);
  });

  it("URL inputs give exactly the CLI's report for the same URLs", async () => {
    const r = await post(open.url, {
      article: { url: `${site.url}/blog.txt` },
      sources: [{ url: `${site.url}/report.txt`, id: "report.txt" }],
    });
    assert.equal(r.status, 201, JSON.stringify(r.json));
    const cli = await cliJson([
      `${site.url}/blog.txt`,
      "--source",
      `${site.url}/report.txt`,
      "--allow-private",
    ]);
    assert.deepEqual(r.json.report, cli);
  });

  it("keeps the report: JSON by id, the HTML permalink and every export", async () => {
    const r = await post(server.url, { article: { text: blog }, sources: [{ text: source, id: "report" }] });
    const id = r.json.id as string;
    const json = await fetch(`${server.url}/api/reports/${id}`);
    assert.equal(json.status, 200);
    assert.deepEqual(await json.json(), r.json.report);

    const page = await fetch(`${server.url}/reports/${id}`);
    assert.equal(page.status, 200);
    const policy = page.headers.get("content-security-policy") ?? "";
    assert.doesNotMatch(policy, /unsafe-inline/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(policy)?.[1];
    assert.ok(nonce, policy);
    const html = await page.text();
    assert.match(html, /The Great Marlow Water Scandal/);
    // Every inline script and style carries the response's nonce.
    assert.equal(html.split(/<script[\s>]/).length, html.split(`<script nonce="${nonce}">`).length);
    assert.equal(html.split(/<style[\s>]/).length, html.split(`<style nonce="${nonce}">`).length);
    assert.ok(html.includes(`value="${server.url}/reports/${id}"`), "the permalink is on the page");

    for (const [format, type, pattern] of [
      ["markdown", /^text\/markdown/, /^# /],
      ["webannotation", /^application\/ld\+json/, /"AnnotationCollection"/],
      ["claimreview", /^application\/ld\+json/, /"ClaimReview"/],
      ["text", /^text\/plain/, /^The Great Marlow Water Scandal\n/],
      ["html", /^text\/html/, /^<!doctype html>/],
    ] as const) {
      const res = await fetch(`${server.url}/api/reports/${id}?format=${format}&download`);
      assert.equal(res.status, 200, format);
      assert.match(res.headers.get("content-type") ?? "", type, format);
      assert.match(res.headers.get("content-disposition") ?? "", /^attachment; filename="sourcetrace-/);
      assert.match(await res.text(), pattern, format);
    }
  });

  it("404 for an unknown report, 400 for an unknown export format", async () => {
    for (const path of [
      "/api/reports/AAAAAAAAAAAAAAAA",
      "/reports/AAAAAAAAAAAAAAAA",
      "/reports/..%2Fetc",
      "/nowhere",
    ]) {
      const res = await fetch(`${server.url}${path}`);
      assertError(
        { status: res.status, json: (await res.json()) as Record<string, unknown> },
        404,
        /not found|no report/,
      );
    }
    const r = await post(server.url, { article: { text: blog } });
    const res = await fetch(`${server.url}/api/reports/${r.json.id}?format=pdf`);
    assertError(
      { status: res.status, json: (await res.json()) as Record<string, unknown> },
      400,
      /unknown format "pdf"/,
    );
  });

  it("400 for a malformed request", async () => {
    assertError(await post(server.url, "{not json"), 400, /not valid JSON/);
    assertError(await post(server.url, []), 400, /JSON object/);
    assertError(await post(server.url, { sources: [] }), 400, /article is required/);
    assertError(
      await post(server.url, { article: { text: blog, url: "https://example.org/" } }),
      400,
      /exactly one/,
    );
    assertError(await post(server.url, { article: { text: 42 } }), 400, /article.text must be a string/);
    assertError(await post(server.url, { article: { text: blog }, extra: 1 }), 400, /unknown field "extra"/);
    assertError(await post(server.url, { article: { text: blog, id: "two\nlines" } }), 400, /article.id/);
    assertError(await post(server.url, { article: { url: "file:///etc/passwd" } }), 400, /http or https/);
    assertError(
      await post(server.url, { article: { text: blog }, sources: {} }),
      400,
      /sources must be an array/,
    );
    assertError(
      await post(server.url, {
        article: { text: blog },
        sources: [
          { text: "a", id: "x" },
          { text: "b", id: "x" },
        ],
      }),
      400,
      /share the id "x"/,
    );
    assertError(
      await post(server.url, { article: { text: blog, id: "x" }, sources: [{ text: source, id: "x" }] }),
      400,
      /the article's id "x"/,
    );
    const derived = await post(server.url, {
      article: { text: blog },
      sources: [{ text: source, id: "report" }, { text: `${source}\n\nA later correction.` }],
    });
    assert.deepEqual(
      (derived.json.report as { sources: { id: string }[] }).sources.map((s) => s.id),
      ["report", "source-2"],
    );
    assertError(
      await post(server.url, { article: { text: blog }, options: { format: "pdf" } }),
      400,
      /format/,
    );
  });

  it("415 for a body not sent as JSON", async () => {
    assertError(
      await post(server.url, JSON.stringify({ article: { text: blog } }), { "content-type": "text/plain" }),
      415,
      /application\/json/,
    );
  });

  it("413 for a body over the limit", async () => {
    const r = await post(server.url, { article: { text: "word ".repeat(60_000) } });
    assertError(r, 413, /over the 262144-byte limit/);
  });

  it("422 for an input refused: empty, binary, HTML with no article text", async () => {
    assertError(await post(server.url, { article: { text: "   \n  " } }), 422, /only whitespace|empty/);
    assertError(await post(server.url, { article: { text: blog }, sources: [{ text: "" }] }), 422, /empty/);
    assertError(await post(server.url, { article: { text: "text\u0000\u0000\u0000binary" } }), 422, /binary/);
    const noText = readFileSync(repoPath("fixtures/ingest/no-article-text.html"), "utf8");
    assertError(await post(server.url, { article: { text: noText } }), 422, /no article text/);
  });

  it("403 for a URL on a loopback or private address", async () => {
    for (const url of [
      `${site.url}/blog.txt`,
      "http://localhost:9/",
      "http://[::1]/",
      "http://10.0.0.1/",
      "http://169.254.169.254/latest",
    ]) {
      assertError(await post(server.url, { article: { url } }), 403, /private or loopback/);
      assertError(
        await post(server.url, { article: { text: blog }, sources: [{ url }] }),
        403,
        /private or loopback/,
      );
    }
  });

  it("504 for a source URL that does not answer in time, 502 for one that fails", async () => {
    assertError(
      await post(open.url, { article: { text: blog }, sources: [{ url: `${site.url}/slow` }] }),
      504,
      /within 300 ms/,
    );
    assertError(
      await post(open.url, { article: { text: blog }, sources: [{ url: `${site.url}/gone` }] }),
      502,
      /410/,
    );
  });
});

describe("HTTP API limits", () => {
  it("503 with Retry-After when every slot is taken, and the server goes on", async () => {
    const release: (() => void)[] = [];
    const site = await testSite({ "/held": (_, res) => void release.push(() => res.end(source)) });
    const server = await testServer({ pool: { workers: 1, maxQueue: 0 }, limits: { allowPrivate: true } });
    try {
      const held = post(server.url, { article: { text: blog }, sources: [{ url: `${site.url}/held` }] });
      while (release.length === 0) await new Promise((r) => setTimeout(r, 10));
      const r = await post(server.url, { article: { text: blog } });
      assertError(r, 503, /too many analyses/);
      assert.match(r.headers.get("retry-after") ?? "", /^\d+$/);
      release[0]();
      assert.equal((await held).status, 201);
      assert.equal((await post(server.url, { article: { text: blog } })).status, 201);
    } finally {
      await server.close();
      await site.close();
    }
  });

  it("503 with Retry-After for an analysis over the time limit; its worker is replaced", async () => {
    const server = await testServer({ pool: { workers: 1, timeoutMs: 1 } });
    try {
      const r = await post(server.url, {
        article: { text: blog.repeat(40) },
        sources: [{ text: source.repeat(40) }],
      });
      assertError(r, 503, /longer than 1 ms/);
      assert.match(r.headers.get("retry-after") ?? "", /^\d+$/);
      const health = await fetch(`${server.url}/api/health`);
      assert.equal(health.status, 200);
    } finally {
      await server.close();
    }
  });
});

describe("HTTP API internal errors", () => {
  it("500 with a generic one-line error; the stack goes to the server's log only", async () => {
    const logged: string[] = [];
    const pool = new AnalysisPool({ workers: 1, warmUp: false });
    const store: ReportStore = {
      save: () => {
        throw new Error("disk I/O error");
      },
      get: () => undefined,
      close: () => {},
    };
    const app = createApp({ pool, store, log: (m) => logged.push(m) });
    try {
      const res = await app.request("/api/analyze", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ article: { text: blog } }),
      });
      assertError(
        { status: res.status, json: (await res.json()) as Record<string, unknown> },
        500,
        /^internal error$/,
      );
      assert.match(logged.join("\n"), /disk I\/O error\n\s+at /);
    } finally {
      await pool.close();
    }
  });
});
