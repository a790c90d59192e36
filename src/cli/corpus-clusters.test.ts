import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { openStore } from "../corpus/open-store.js";
import { shingleHashes } from "../corpus/shingles.js";
import { chromiumSkip, launchChromium } from "../testing/chromium.js";
import { runCliCaptured } from "../testing/helpers.js";
import { createDocument } from "../text/document.js";

// An invented story, a trimmed repost, a framed repost, and an unrelated text.
const STORY = [
  "Valley council delays the Marrow Bridge repairs",
  "The council of Aldgate Valley voted on Monday to postpone the repair of the Marrow Bridge until the spring, after engineers found that the eastern pier had shifted by eleven centimetres since the last inspection in 2019.",
  "Councillor Petra Jansen told the meeting that the bridge would stay open to cars but that lorries heavier than seven tonnes would be diverted through the industrial estate at Cole Street from next week.",
  "The repair was budgeted at 3.4 million pounds in the spring, but the contractor has since warned that the price of steel has risen sharply and that a new tender may be needed before any work can begin.",
  "Residents of the lower village, who have campaigned for a second crossing for more than a decade, said the delay showed that the valley could no longer rely on a single bridge built in the 1930s.",
];
const DOCS = [
  { id: "courier", date: "2024-03-04", title: "Bridge repairs <delayed>", text: STORY.join("\n\n") },
  { id: "repost", date: "2024-03-06", title: "Repost", text: STORY.slice(0, 3).join("\n\n") },
  {
    id: "blog",
    title: "Our bridge",
    text: `Readers have written to us all week about the state of their only bridge, and many fear the worst for the winter.\n\n${STORY.join("\n\n").replace("eleven", "twelve")}`,
  },
  {
    id: "concerts",
    date: "2024-01-10",
    title: "Concert season",
    text: "The regional orchestra announced a season of twelve concerts, opening in October with a programme of Czech composers and closing in June with a new work by a local student.",
  },
];

describe("corpus clusters (CLI)", () => {
  let dir: string;
  let db: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "sourcetrace-clusters-"));
    db = join(dir, "corpus.db");
    const store = await openStore(db);
    for (const d of DOCS) {
      const doc = createDocument(d.text, { id: d.id });
      await store.add(
        { ...d, contentHash: doc.sha256, location: `${d.id}.txt`, text: doc.text },
        shingleHashes(doc.text),
      );
    }
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("json: one cluster, the earliest by date, each edge with its direction and edits", async () => {
    const { status, stdout, stderr } = await runCliCaptured(["corpus", "clusters", "--db", db]);
    assert.equal(stderr, "");
    assert.equal(status, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.clusters.length, 1);
    const [c] = out.clusters;
    assert.equal(c.earliest, "courier");
    assert.deepEqual(
      c.members.map((m: { id: string }) => m.id),
      ["courier", "repost", "blog"],
    );
    assert.deepEqual(
      c.edges.map(
        (e: { from: string; to: string; direction: string }) => `${e.from} -> ${e.to} (${e.direction})`,
      ),
      // The repost and the framed blog are siblings; containment reads the blog as framing the
      // repost, the best the pair alone can say.
      ["courier -> blog (containment)", "courier -> repost (dates)", "repost -> blog (containment)"],
    );
    // A second run aligns nothing new: the edges are stored.
    const again = JSON.parse((await runCliCaptured(["corpus", "clusters", "--db", db])).stdout);
    assert.equal(again.stored, 0);
    assert.deepEqual(again.clusters, out.clusters);
  });

  test("graphml to a file, html to a directory with one report per derived version", async () => {
    const graph = join(dir, "reuse.graphml");
    assert.equal(
      (await runCliCaptured(["corpus", "clusters", "--db", db, "-f", "graphml", "-o", graph])).status,
      0,
    );
    assert.match(readFileSync(graph, "utf8"), /^<\?xml version="1.0"/);
    const view = join(dir, "view");
    const html = await runCliCaptured(["corpus", "clusters", "--db", db, "--format", "html", "-o", view]);
    assert.equal(html.status, 0);
    const index = readFileSync(join(view, "index.html"), "utf8");
    assert.ok(index.includes("Bridge repairs &lt;delayed&gt;"));
    const links = [...index.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(links, ["reports/version-1.html", "reports/version-2.html"]);
    for (const link of links) assert.ok(existsSync(join(view, link)));
  });

  test("bad usage is one line and exit 2", async () => {
    for (const args of [
      ["corpus"],
      ["corpus", "shuffle"],
      ["corpus", "clusters"],
      ["corpus", "clusters", "--db", "x.db", "--format", "pdf"],
      ["corpus", "clusters", "--db", "x.db", "--format", "html"],
      ["corpus", "clusters", "--db", "x.db", "--frobnicate"],
    ]) {
      const { status, stderr } = await runCliCaptured(args);
      assert.equal(status, 2, args.join(" "));
      assert.equal(stderr.split("\n")[0].startsWith("sourcetrace: "), true);
    }
  });

  test("a corpus that does not exist is one line and exit 1, and is not created", async () => {
    const missing = join(dir, "missing.db");
    const { status, stderr } = await runCliCaptured(["corpus", "clusters", "--db", missing]);
    assert.equal(status, 1);
    assert.match(stderr, /^sourcetrace: .*no corpus there/);
    assert.equal(existsSync(missing), false);
  });

  test("the cluster view in Chromium: no request leaves the page, every report opens", {
    skip: chromiumSkip(),
  }, async () => {
    const view = join(dir, "view");
    const graph = join(dir, "reuse.graphml");
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(join(view, "index.html")).href);
      assert.deepEqual(await page.$$eval("ol.timeline li time", (ts) => ts.map((t) => t.textContent)), [
        "2024-03-04",
        "2024-03-06",
        "undated",
      ]);
      assert.deepEqual(requests, [pathToFileURL(join(view, "index.html")).href]);
      await page.click("a[href='reports/version-1.html']");
      assert.match(await page.title(), /Repost|repost/);
      // Chromium's XML parser is strict: a parsererror element means the GraphML is not well formed.
      const errors = await page.evaluate(
        `new DOMParser().parseFromString(${JSON.stringify(readFileSync(graph, "utf8"))}, "application/xml").getElementsByTagName("parsererror").length`,
      );
      assert.equal(errors, 0);
    } finally {
      await browser.close();
    }
  });
});
