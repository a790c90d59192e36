import { reportJsonSchema } from "../report/schema.js";
import { VERSION } from "../version.js";
import type { AppLimits } from "./app.js";

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const busy = {
  ...error("Too many analyses at once, or an analysis over the time limit; try again after Retry-After"),
  headers: { "Retry-After": { schema: { type: "integer" }, description: "seconds" } },
};

/**
 * The OpenAPI 3.1 description of the HTTP API, served at `/api/openapi.json`. The report's schema
 * is the published report schema itself, so the two cannot drift apart.
 */
export function openApiDocument(limits: Required<AppLimits>): Record<string, unknown> {
  const { $schema: _, ...report } = reportJsonSchema();
  const input = {
    type: "object",
    description:
      "One document: exactly one of text (pasted text or HTML), base64 (an uploaded file's bytes, any encoding) or url (fetched by the server; private and loopback addresses are refused).",
    additionalProperties: false,
    properties: {
      id: { type: "string", minLength: 1, maxLength: 200, description: "name in the report" },
      text: { type: "string" },
      base64: { type: "string", contentEncoding: "base64" },
      url: { type: "string", format: "uri" },
      format: { enum: ["auto", "text", "html"], description: "how to read it (default: options.format)" },
    },
    oneOf: [{ required: ["text"] }, { required: ["base64"] }, { required: ["url"] }],
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "sourcetrace",
      version: VERSION,
      description: `Trace every sentence of a news article to its source. Request bodies are limited to ${limits.maxBodyBytes} bytes, each input to ${limits.maxInputBytes} bytes, ${limits.maxSources} sources per analysis, ${limits.fetchTimeoutMs} ms per URL. Errors are {"error": "<one line>"}.`,
    },
    paths: {
      "/api/analyze": {
        post: {
          summary: "Analyse an article against its sources and keep the report",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/AnalyzeRequest" } } },
          },
          responses: {
            "201": {
              description: "The report, the same JSON that `sourcetrace analyze --format json` writes",
              headers: { Location: { schema: { type: "string" }, description: "the report's API URL" } },
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["id", "report"],
                    properties: {
                      id: { type: "string", description: "the report's id; its page is /reports/{id}" },
                      report: { $ref: "#/components/schemas/Report" },
                    },
                  },
                },
              },
            },
            "400": error("Malformed request: not JSON, or a field of the wrong shape"),
            "403": error("A URL on a private, loopback or link-local address"),
            "413": error("Request body or an input over its size limit"),
            "415": error("The body is not sent as application/json"),
            "422": error("An input refused: empty, binary, not decodable, or HTML with no article text"),
            "502": error("A URL could not be fetched"),
            "503": busy,
            "504": error("A URL did not answer within the timeout"),
          },
        },
      },
      "/api/reports/{id}": {
        get: {
          summary: "A kept report, as JSON or exported",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            {
              name: "format",
              in: "query",
              schema: {
                enum: ["json", "markdown", "webannotation", "claimreview", "html", "text"],
                default: "json",
              },
            },
            {
              name: "download",
              in: "query",
              description: "present: answer as a file to save (always so for html)",
              schema: { type: "string" },
            },
          ],
          responses: {
            "200": {
              description: "The report in the format asked for",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Report" } } },
            },
            "400": error("Unknown format"),
            "404": error("No report with this id"),
          },
        },
      },
      "/reports/{id}": {
        get: {
          summary: "The report as an interactive HTML page: the permalink to share",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "HTML page" }, "404": error("No report with this id") },
        },
      },
      "/api/health": {
        get: {
          summary: "Liveness and load",
          responses: {
            "200": {
              description: "The server is up",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      status: { const: "ok" },
                      version: { type: "string" },
                      analyses: {
                        type: "object",
                        properties: { pending: { type: "integer" }, workers: { type: "integer" } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        AnalyzeRequest: {
          type: "object",
          required: ["article"],
          additionalProperties: false,
          properties: {
            article: { $ref: "#/components/schemas/Input" },
            sources: {
              type: "array",
              maxItems: limits.maxSources,
              items: { $ref: "#/components/schemas/Input" },
            },
            options: {
              type: "object",
              additionalProperties: false,
              properties: {
                format: { enum: ["auto", "text", "html"], default: "auto" },
                timeoutMs: {
                  type: "integer",
                  minimum: 1,
                  maximum: limits.fetchTimeoutMs,
                  description: "timeout of each URL fetch",
                },
                experimentalRhetoric: {
                  type: "boolean",
                  default: false,
                  description:
                    "also flag the persuasion techniques below the precision gate, marked experimental (the CLI's --experimental-rhetoric)",
                },
              },
            },
          },
        },
        Input: input,
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "string", description: "one line" } },
        },
        Report: report,
      },
    },
  };
}
