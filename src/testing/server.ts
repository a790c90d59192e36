import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningServer, type ServeOptions, startServer } from "../server/index.js";

/** A sourcetrace server on an ephemeral loopback port with its own database, for one test file. */
export async function testServer(options: ServeOptions = {}): Promise<RunningServer & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "sourcetrace-server-"));
  // Without warm-up: the tests start many servers, and none measures a first request.
  const server = await startServer({
    port: 0,
    db: join(dir, "reports.db"),
    log: () => {},
    ...options,
    pool: { warmUp: false, ...options.pool },
  });
  return {
    ...server,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A local web site for URL inputs: each path answers with its handler. */
export async function testSite(
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>,
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const route = routes[req.url ?? ""];
    if (route) route(req, res);
    else res.writeHead(404).end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** POST a JSON body (or a raw string) to the server; gives the status, headers and parsed body. */
export async function post(
  base: string,
  body: unknown,
  headers: Record<string, string> = { "content-type": "application/json" },
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const res = await fetch(`${base}/api/analyze`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: JSON.parse(text) };
}
