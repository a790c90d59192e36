import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { fetchUrl, InputError, redactUrl } from "../ingest/index.js";
import { FORMATS } from "../report/formats.js";
import type { Report } from "../report/types.js";
import { VERSION } from "../version.js";
import type { AnalysisTask, InputBytes } from "./analysis.js";
import { API_POLICY, newNonce, pagePolicy } from "./csp.js";
import { HttpError, oneLine, toHttpError } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { renderFormPage } from "./page.js";
import { renderReportPage } from "./permalink.js";
import type { AnalysisPool } from "./pool.js";
import { type AnalyzeRequest, type InputSpec, parseAnalyzeRequest } from "./request.js";
import type { ReportStore } from "./store.js";

/** Limits of the HTTP layer. */
export interface AppLimits {
  /** Largest request body in bytes (default: 10 MiB). */
  maxBodyBytes?: number;
  /** Largest input (pasted, uploaded or fetched) in bytes (default: 10 MiB). */
  maxInputBytes?: number;
  /** Sources per analysis (default: 20). */
  maxSources?: number;
  /** Timeout for fetching a URL input in ms (default: 15000). */
  fetchTimeoutMs?: number;
  /** Fetch URLs on loopback and private addresses (default: false; tests and intranets only). */
  allowPrivate?: boolean;
}

/** What the app works with: the analysis pool and the report store. */
export interface AppDeps {
  pool: AnalysisPool;
  store: ReportStore;
  limits?: AppLimits;
  /** Where unexpected errors are logged (default: standard error). */
  log?: (message: string) => void;
  /**
   * Answer only requests addressed to a loopback name (localhost, 127.x, [::1]) (default:
   * false). A server on loopback sets it, so a web page whose domain an attacker re-points at
   * 127.0.0.1 (DNS rebinding) cannot read the reports.
   */
  loopbackHostsOnly?: boolean;
}

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/** Defaults of {@link AppLimits}, stated in the README and the OpenAPI document. */
export const DEFAULT_LIMITS = {
  maxBodyBytes: 10 * 1024 * 1024,
  maxInputBytes: 10 * 1024 * 1024,
  maxSources: 20,
  fetchTimeoutMs: 15000,
  allowPrivate: false,
} satisfies Required<AppLimits>;

/** Export formats offered for a stored report, with their media types and file extensions. */
export const EXPORTS: Record<string, { type: string; ext: string }> = {
  json: { type: "application/json; charset=utf-8", ext: "json" },
  markdown: { type: "text/markdown; charset=utf-8", ext: "md" },
  webannotation: { type: "application/ld+json; charset=utf-8", ext: "jsonld" },
  claimreview: { type: "application/ld+json; charset=utf-8", ext: "claimreview.jsonld" },
  html: { type: "text/html; charset=utf-8", ext: "html" },
  text: { type: "text/plain; charset=utf-8", ext: "txt" },
};

/**
 * The HTTP API and the web page over the library: `POST /api/analyze` runs `analyze` in the
 * worker pool and keeps the report, `GET /api/reports/:id` and `GET /reports/:id` give it back as
 * data or as the HTML report, `/` is the page to paste or upload an article and its sources.
 */
export function createApp(deps: AppDeps): Hono {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const log = deps.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const { pool, store } = deps;
  const app = new Hono();
  let inFlight = 0;

  app.use(
    secureHeaders({
      contentSecurityPolicy: undefined,
      crossOriginResourcePolicy: "same-origin",
      referrerPolicy: "no-referrer",
      strictTransportSecurity: false,
    }),
  );
  if (deps.loopbackHostsOnly) {
    app.use(async (c, next) => {
      if (!LOOPBACK_HOST.test(c.req.header("host") ?? ""))
        throw new HttpError(403, "this server answers only requests addressed to localhost or 127.0.0.1");
      await next();
    });
  }
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has("content-security-policy"))
      c.res.headers.set("content-security-policy", API_POLICY);
  });

  app.onError((error, c) => {
    const http = toHttpError(error, () => pool.retryAfterSeconds());
    if (http.status === 500) log(`sourcetrace serve: ${(error as Error)?.stack ?? error}`);
    return errorResponse(c, http);
  });
  app.notFound((c) => errorResponse(c, new HttpError(404, "not found")));

  app.get("/", (c) => page(c, (nonce) => renderFormPage({ nonce, maxBodyBytes: limits.maxBodyBytes })));

  app.get("/api/health", (c) =>
    c.json({ status: "ok", version: VERSION, analyses: { pending: pool.pending, workers: pool.workers } }),
  );

  app.get("/api/openapi.json", (c) => c.json(openApiDocument(limits)));

  app.post(
    "/api/analyze",
    // Analyses in flight, reading, fetching or in the pool, are bounded by what the pool can
    // hold; the rest are turned away before their body is read, so a flood costs no memory.
    async (c, next) => {
      if (inFlight >= pool.workers + pool.maxQueue) {
        c.header("connection", "close");
        throw new HttpError(503, "too many analyses at once; try again shortly", pool.retryAfterSeconds());
      }
      inFlight++;
      try {
        await next();
      } finally {
        inFlight--;
      }
    },
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: (c) => {
        // The rest of the body is never read, so the connection cannot serve another request.
        c.header("connection", "close");
        return errorResponse(
          c,
          new HttpError(413, `the request body is over the ${limits.maxBodyBytes}-byte limit`),
        );
      },
    }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header("content-type") ?? ""))
        throw new HttpError(415, "the body must be JSON, sent as Content-Type: application/json");
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new HttpError(400, "the body is not valid JSON");
      }
      return analyzeRequest(c, parseAnalyzeRequest(body, limits));
    },
  );

  async function analyzeRequest(c: Context, request: AnalyzeRequest): Promise<Response> {
    const timeoutMs = Math.min(request.timeoutMs ?? limits.fetchTimeoutMs, limits.fetchTimeoutMs);
    const load = (spec: InputSpec) => loadInput(spec, { ...limits, fetchTimeoutMs: timeoutMs });
    const [article, ...sources] = await Promise.all([request.article, ...request.sources].map(load));
    const task: AnalysisTask = {
      article,
      sources,
      maxBytes: limits.maxInputBytes,
      experimentalRhetoric: request.experimentalRhetoric,
    };
    const result = await pool.run(task);
    if (!result.ok) throw toHttpError(new InputError(result.code, result.message), () => 1);
    const id = store.save(result.json);
    c.header("location", `/api/reports/${id}`);
    return c.body(`{"id":${JSON.stringify(id)},"report":${result.json}}`, 201, {
      "content-type": "application/json; charset=utf-8",
    });
  }

  app.get("/api/reports/:id", (c) => {
    const json = stored(c.req.param("id"));
    const format = c.req.query("format") ?? "json";
    const kind = EXPORTS[format];
    if (!kind || !FORMATS[format])
      throw new HttpError(400, `unknown format "${format}" (one of: ${Object.keys(EXPORTS).join(", ")})`);
    // The HTML report is a file to keep (its own meta policy allows its inline style and script),
    // so it is always a download, never a page under this server's policy.
    if (c.req.query("download") !== undefined || format === "html")
      c.header("content-disposition", `attachment; filename="sourcetrace-${c.req.param("id")}.${kind.ext}"`);
    if (format === "json") return c.body(json, 200, { "content-type": kind.type });
    return c.body(FORMATS[format](JSON.parse(json) as Report, {}), 200, { "content-type": kind.type });
  });

  app.get("/reports/:id", (c) => {
    const id = c.req.param("id");
    const json = stored(id);
    const url = new URL(`/reports/${id}`, c.req.url).href;
    return page(c, (nonce) => renderReportPage(JSON.parse(json) as Report, { id, nonce, url }));
  });

  function stored(id: string): string {
    const json = store.get(id);
    if (json === undefined) throw new HttpError(404, "no report with this id");
    return json;
  }

  return app;
}

// An HTML page under its own policy: a nonce per response, and hashes for its style attributes.
function page(c: Context, render: (nonce: string) => string): Response {
  const nonce = newNonce();
  const html = render(nonce);
  c.header("content-security-policy", pagePolicy(nonce, html));
  c.header("cache-control", "no-store");
  return c.html(html);
}

function errorResponse(c: Context, error: HttpError): Response {
  if (error.retryAfter !== undefined) c.header("retry-after", String(error.retryAfter));
  return c.json({ error: oneLine(error.message) }, error.status);
}

/** The bytes of one input: pasted text as UTF-8, an upload decoded, a URL fetched with limits. */
async function loadInput(spec: InputSpec, limits: Required<AppLimits>): Promise<InputBytes> {
  const input = { id: spec.id, format: spec.format };
  if (spec.text !== undefined) return { ...input, bytes: Buffer.from(spec.text, "utf8") };
  if (spec.base64 !== undefined) return { ...input, bytes: Buffer.from(spec.base64, "base64") };
  const url = spec.url as string;
  const fetched = await fetchUrl(url, {
    timeoutMs: limits.fetchTimeoutMs,
    maxBytes: limits.maxInputBytes,
    allowPrivate: limits.allowPrivate,
  });
  return { ...input, bytes: fetched.bytes, location: redactUrl(url), contentType: fetched.contentType };
}
