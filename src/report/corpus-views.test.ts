import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DOMParser } from "linkedom";
import { buildClusters } from "../corpus/clusters.js";
import type { DocumentMeta, ReuseEdge } from "../corpus/types.js";
import { renderGraphml } from "./corpus-graphml.js";
import { renderClusterHtml, versionEdge } from "./corpus-html.js";

const meta = (id: string, date?: string, title?: string): DocumentMeta => ({
  id,
  contentHash: id,
  location: `corpus/${id}.html`,
  ...(date ? { date } : {}),
  ...(title ? { title } : {}),
});

const edge = (from: string, to: string, direction: ReuseEdge["direction"], sharedWords = 120): ReuseEdge => ({
  from,
  to,
  sharedWords,
  coverage: { from: 0.8, to: 0.95 },
  direction,
  why: `invented <${from}> & "${to}"`,
  edits: { inserted: 1, deleted: 2, substituted: 1, examples: ['"42" -> "48"', '-"<b>not</b>"'] },
});

// Titles and ids carry markup and a control character: every view must escape them.
const CLUSTERS = buildClusters(
  [
    meta("wire", "2024-03-01", "Bridge <repairs> & delays"),
    meta("blog", "2024-03-03", 'A "blog" post\u0001'),
    meta("forum"),
    meta("x&y", "2022-01-01"),
    meta("z<1>", "2022-01-02"),
  ],
  [edge("wire", "blog", "dates"), edge("forum", "wire", "undetermined", 80), edge("x&y", "z<1>", "dates")],
);

describe("corpus: cluster views", () => {
  test("GraphML: well-formed, one node per version, undecided edges undirected", () => {
    const xml = renderGraphml(CLUSTERS);
    // linkedom's XML reading leaves entities in attribute values as written; the browser test
    // parses the same file with Chromium's strict XML parser.
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const nodes = [...doc.querySelectorAll("node")].map((n) => n.getAttribute("id"));
    assert.deepEqual(nodes, ["wire", "blog", "forum", "x&amp;y", "z&lt;1&gt;"]);
    const edges = [...doc.querySelectorAll("edge")].map(
      (e) =>
        `${e.getAttribute("source")} -> ${e.getAttribute("target")}${e.getAttribute("directed") === "false" ? " (undirected)" : ""}`,
    );
    assert.deepEqual(edges, ["forum -> wire (undirected)", "wire -> blog", "x&amp;y -> z&lt;1&gt;"]);
    assert.ok(!xml.includes("\u0001"), "control characters are not allowed in XML 1.0");
    assert.match(xml, /<data key="title">Bridge &lt;repairs&gt; &amp; delays<\/data>/);
  });

  test("each version comes by its strongest known edge; the earliest by none", () => {
    const wire = CLUSTERS.find((c) => c.earliest === "wire");
    assert.ok(wire);
    assert.equal(versionEdge(wire, "wire"), undefined);
    assert.equal(versionEdge(wire, "blog")?.from, "wire");
    assert.equal(versionEdge(wire, "forum")?.direction, "undetermined");
  });

  test("HTML: a timeline per cluster, escaped, a report link per derived version", () => {
    const html = renderClusterHtml(CLUSTERS, (id) =>
      id === "wire" || id === "x&y" ? undefined : `reports/${id}.html`,
    );
    assert.ok(!/<b>not<\/b>|<repairs>|<1>/.test(html), "corpus text is escaped");
    const doc = new DOMParser().parseFromString(html, "text/html");
    const timelines = [...doc.querySelectorAll("ol.timeline")].map((ol) =>
      [...ol.querySelectorAll("li")].map(
        (li) =>
          `${li.querySelector("time")?.textContent} ${li.querySelector("a")?.getAttribute("href") ?? "-"}`,
      ),
    );
    assert.deepEqual(timelines, [
      ["2024-03-01 -", "2024-03-03 reports/blog.html", "undated reports/forum.html"],
      ["2022-01-01 -", "2022-01-02 reports/z<1>.html"],
    ]);
  });
});
