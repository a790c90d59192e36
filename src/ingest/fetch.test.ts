import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { fetchUrl, isPrivateAddress } from "./fetch.js";
import { InputError, readDocument } from "./index.js";

let server: Server;
let base: string;

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<html><body><article><p>A served article. It has two sentences.</p></article></body></html>");
    } else if (url.startsWith("/loop")) {
      res.writeHead(302, { location: `/loop${Number(url.slice(5) || 0) + 1}` });
      res.end();
    } else if (url === "/big") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(5000));
    } else if (url === "/slow") {
      setTimeout(() => res.end("late"), 2000).unref();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const refused = (code: string, pattern?: RegExp) => (e: unknown) =>
  e instanceof InputError && e.code === code && (!pattern || pattern.test(e.message));

test("loopback and private addresses are refused unless allowed", async () => {
  await assert.rejects(fetchUrl(`${base}/article`), refused("blocked-address", /--allow-private/));
  const doc = await readDocument(`${base}/article`, { allowPrivate: true });
  assert.equal(doc.meta.format, "html");
  assert.equal(doc.sentences.length, 2);
});

test("redirects are limited, bodies capped, slow servers timed out, errors reported", async () => {
  const allow = { allowPrivate: true };
  await assert.rejects(
    fetchUrl(`${base}/loop`, { ...allow, maxRedirects: 3 }),
    refused("fetch-failed", /redirects/),
  );
  await assert.rejects(fetchUrl(`${base}/big`, { ...allow, maxBytes: 1000 }), refused("too-large"));
  await assert.rejects(
    fetchUrl(`${base}/slow`, { ...allow, timeoutMs: 200 }),
    refused("fetch-failed", /200 ms/),
  );
  await assert.rejects(fetchUrl(`${base}/missing`, allow), refused("fetch-failed", /404/));
  await assert.rejects(fetchUrl("ftp://example.test/x"), refused("unreadable", /http/));
});

test("address classes", () => {
  for (const a of [
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "fd00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
  ]) {
    assert.ok(isPrivateAddress(a), a);
  }
  for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"])
    assert.ok(!isPrivateAddress(a), a);
});
