import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { repoPath } from "../testing/helpers.js";

const main = repoPath("dist/cli/main.js");
const dir = mkdtempSync(join(tmpdir(), "sourcetrace-serve-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Start `sourcetrace serve` and wait for its first line. */
async function serve(args: string[]): Promise<{ child: ChildProcess; first: string; stderr: () => string }> {
  const child = spawn(process.execPath, [main, "serve", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr?.on("data", (d) => (err += d));
  const first = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      if (out.includes("\n")) resolve(out.split("\n")[0]);
    });
    child.on("exit", () => reject(new Error(`serve exited: ${err}`)));
  });
  return { child, first, stderr: () => err };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

test("serve prints where it listens first, finishes a request in flight on SIGTERM, and closes the db", async () => {
  const db = join(dir, "reports.db");
  const { child, first, stderr } = await serve(["--port", "0", "--db", db]);
  const url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1];
  assert.ok(url, first);
  const { port } = new URL(url);

  // A request whose body is half sent when the signal comes is still answered.
  const body = JSON.stringify({
    article: { text: readFileSync(repoPath("examples/heatwave-blog.txt"), "utf8") },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/api/analyze",
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 100));
    setTimeout(() => {
      child.kill("SIGTERM");
      setTimeout(() => req.end(body.slice(100)), 300);
    }, 200);
  });
  const done = exited(child);
  const res = await answer;
  assert.equal(res.status, 201, res.body);
  assert.equal(await done, 0, stderr());
  const { id } = JSON.parse(res.body) as { id: string };
  const store = new Database(db, { readonly: true });
  const row = store.prepare("SELECT report FROM reports WHERE id = ?").get(id) as { report: string };
  store.close();
  assert.equal(JSON.parse(row.report).schema, "sourcetrace/report@1");
});

test("serve refuses a port in use and a bad port with one line", async () => {
  const first = await serve(["--port", "0", "--db", join(dir, "a.db")]);
  const port = new URL(first.first.replace("listening on ", "")).port;
  const second = spawn(process.execPath, [main, "serve", "--port", port, "--db", join(dir, "b.db")]);
  let err = "";
  second.stderr.on("data", (d) => (err += d));
  assert.equal(await exited(second), 1);
  assert.equal(err, `sourcetrace: cannot serve: 127.0.0.1:${port} is already in use\n`);
  first.child.kill("SIGTERM");
  assert.equal(await exited(first.child), 0);

  const bad = spawn(process.execPath, [main, "serve", "--port", "http"]);
  let badErr = "";
  bad.stderr.on("data", (d) => (badErr += d));
  assert.equal(await exited(bad), 2);
  assert.match(badErr, /^sourcetrace: --port takes a port number/);
});
