import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import { fetchUrl, isPrivateAddress } from "./fetch.js";
import { InputError, readDocument } from "./index.js";

let server: Server;
let port: number;
const hosts: string[] = [];

before(async () => {
  const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x61));
  server = createServer((req, res) => {
    hosts.push(req.headers.host ?? "");
    if (req.url === "/bomb") {
      res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
      res.end(bomb);
    } else if (req.url === "/text-as-html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("Plain text served as HTML. It has no element at all.");
    } else if (req.url === "/article") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("A served article. It has two sentences.");
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const refused = (code: string, pattern?: RegExp) => (e: unknown) =>
  e instanceof InputError && e.code === code && (!pattern || pattern.test(e.message));

test("the connection goes to the address that was checked, resolved once per hop", async () => {
  // A resolver that answers a public address first and loopback after (DNS rebinding).
  let calls = 0;
  const rebinding = async () => (calls++ === 0 ? ["8.8.8.8"] : ["127.0.0.1"]);
  const before = hosts.length;
  await assert.rejects(
    fetchUrl(`http://rebind.test:${port}/article`, { resolve: rebinding, timeoutMs: 1500 }),
    refused("fetch-failed"),
  );
  assert.equal(calls, 1, "resolved once");
  assert.equal(hosts.length, before, "loopback was never reached");
  // The checked answer is the one connected to: with private addresses allowed, a name only the
  // injected resolver knows reaches the local server.
  const fetched = await fetchUrl(`http://rebind.test:${port}/article`, {
    resolve: async () => ["127.0.0.1"],
    allowPrivate: true,
  });
  assert.equal(Buffer.from(fetched.bytes).toString(), "A served article. It has two sentences.");
  assert.equal(hosts.at(-1), `rebind.test:${port}`);
  await assert.rejects(
    fetchUrl(`http://rebind.test:${port}/article`, { resolve: async () => ["8.8.8.8", "10.0.0.1"] }),
    refused("blocked-address", /rebind\.test resolves to 10\.0\.0\.1/),
  );
});

test("name resolution is inside the timeout", async () => {
  const never = () => new Promise<string[]>(() => undefined);
  await assert.rejects(
    fetchUrl("http://slow-dns.test/", { resolve: never, timeoutMs: 300 }),
    refused("fetch-failed", /within 300 ms/),
  );
});

test("every special-purpose range is refused, public addresses are not", () => {
  const special = [
    "0.1.2.3",
    "10.1.2.3",
    "100.64.0.1",
    "127.0.0.1",
    "169.254.169.254",
    "172.16.0.1",
    "192.0.0.8",
    "192.0.2.1",
    "192.88.99.1",
    "192.168.1.1",
    "198.18.0.1",
    "198.51.100.1",
    "203.0.113.1",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "0:0:0:0:0:0:0:1",
    "::127.0.0.1", // IPv4-compatible
    "::ffff:127.0.0.1", // IPv4-mapped
    "::ffff:0:a00:1", // IPv4-translated
    "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
    "64:ff9b:1::1",
    "100::1", // discard-only
    "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
    "2001:db8::1",
    "2002:7f00:1::1", // 6to4 of 127.0.0.1
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "fec0::1", // site-local
    "ff02::1",
    "not an address",
  ];
  for (const a of special) assert.ok(isPrivateAddress(a), a);
  for (const a of ["8.8.8.8", "93.184.216.34", "172.32.0.1", "192.0.3.1", "2606:4700::1111", "2a00:1450::1"])
    assert.ok(!isPrivateAddress(a), a);
});

test("a URL's user name and password are never echoed", async () => {
  const secret = "hunter2";
  const url = (path: string) => `http://alice:${secret}@127.0.0.1:${port}${path}`;
  for (const [path, options] of [
    ["/missing", { allowPrivate: true }],
    ["/article", {}],
  ] as const) {
    await assert.rejects(fetchUrl(url(path), options), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.doesNotMatch(e.message, /hunter2|alice/);
      assert.doesNotMatch(e.location ?? "", /hunter2|alice/);
      return true;
    });
  }
  const doc = await readDocument(url("/article"), { allowPrivate: true });
  assert.equal(doc.meta.location, `http://127.0.0.1:${port}/article`);
});

test("a compressed body is capped after decompression", async () => {
  await assert.rejects(
    fetchUrl(`http://127.0.0.1:${port}/bomb`, { allowPrivate: true, maxBytes: 100_000 }),
    refused("too-large"),
  );
});

test("a URL served as text/html whose body is plain text is read as a page body", async () => {
  const doc = await readDocument(`http://127.0.0.1:${port}/text-as-html`, { allowPrivate: true });
  assert.equal(doc.meta.format, "html");
  assert.equal(doc.text, "Plain text served as HTML. It has no element at all.");
});
