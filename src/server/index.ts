import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type AppLimits, createApp } from "./app.js";
import { AnalysisPool, type PoolOptions } from "./pool.js";
import { type ReportStore, SqliteReportStore } from "./store.js";

export { type AppDeps, type AppLimits, createApp, DEFAULT_LIMITS } from "./app.js";
export { AnalysisPool, type PoolOptions } from "./pool.js";
export { type ReportStore, SqliteReportStore } from "./store.js";

/** Options of {@link startServer}. */
export interface ServeOptions {
  /** TCP port; 0 picks a free one (default: 8080). */
  port?: number;
  /** Address to bind (default: 127.0.0.1, so nothing outside this machine can reach it). */
  host?: string;
  /** SQLite database file for the reports (default: ./sourcetrace.db). */
  db?: string;
  /** Worker threads, queue and time limit of the analyses. */
  pool?: PoolOptions;
  /** Body, input, source and fetch limits. */
  limits?: AppLimits;
  /** Drop a request whose body has not arrived after this many ms (default: 60000). */
  requestTimeoutMs?: number;
  /** Where unexpected errors are logged (default: standard error). */
  log?: (message: string) => void;
}

/** A listening server. */
export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  /** Stop accepting connections, let in-flight requests finish, then stop the workers and close the database. */
  close(): Promise<void>;
}

/** Start the HTTP server: the app over a worker pool and a SQLite store. */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const store: ReportStore = new SqliteReportStore(options.db ?? "sourcetrace.db");
  const pool = new AnalysisPool(options.pool);
  const loopbackHostsOnly = /^(?:localhost|127(?:\.\d{1,3}){3}|::1)$/i.test(host);
  const app = createApp({ pool, store, limits: options.limits, log: options.log, loopbackHostsOnly });
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }) as Server;
      s.once("listening", () => resolve(s));
      s.once("error", reject);
    });
  } catch (error) {
    await pool.close();
    store.close();
    throw error;
  }
  // Slow or stalled clients cannot hold a connection open for ever.
  server.requestTimeout = options.requestTimeoutMs ?? 60000;
  server.headersTimeout = Math.min(server.requestTimeout, 20000);
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(":") ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      // Requests already running finish (an analysis is bounded by the pool's time limit);
      // connections that are idle or finish later are closed by server.close itself.
      const force = setTimeout(() => server.closeAllConnections(), pool.timeoutMs + 5000);
      // A kept-alive connection whose request finishes after this point is closed as soon as it
      // is idle, not after the keep-alive timeout.
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      server.close(() => {
        clearTimeout(force);
        clearInterval(idle);
        void pool.close().then(() => {
          store.close();
          resolve();
        });
      });
      server.closeIdleConnections();
    });
    return closing;
  };
  return { url: `http://${shown}:${port}`, close };
}
