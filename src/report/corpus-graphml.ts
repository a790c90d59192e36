import type { ReuseCluster } from "../corpus/clusters.js";

// XML 1.0 allows no control characters but tab, line feed and carriage return, even escaped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const xml = (text: string): string =>
  text.replace(FORBIDDEN, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITIES[c]);

const KEYS: [id: string, domain: "node" | "edge", type: string][] = [
  ["location", "node", "string"],
  ["title", "node", "string"],
  ["date", "node", "string"],
  ["cluster", "node", "string"],
  ["earliest", "node", "boolean"],
  ["direction", "edge", "string"],
  ["why", "edge", "string"],
  ["sharedWords", "edge", "int"],
  ["coverageFrom", "edge", "double"],
  ["coverageTo", "edge", "double"],
  ["inserted", "edge", "int"],
  ["deleted", "edge", "int"],
  ["substituted", "edge", "int"],
  ["examples", "edge", "string"],
];

const data = (key: string, value: string | number | boolean | undefined): string =>
  value === undefined ? "" : `<data key="${key}">${xml(String(value))}</data>`;

/**
 * The reuse graph as GraphML (http://graphml.graphdrawing.org/): one node per clustered document,
 * one edge per reuse from source to copy; an edge whose direction nothing decided is undirected
 * (`directed="false"`), so that graph tools do not read a guess as a fact.
 */
export function renderGraphml(clusters: ReuseCluster[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      ([id, domain, type]) => `  <key id="${id}" for="${domain}" attr.name="${id}" attr.type="${type}"/>`,
    ),
    '  <graph id="reuse" edgedefault="directed">',
  ];
  for (const c of clusters) {
    for (const m of c.members)
      out.push(
        `    <node id="${xml(m.id)}">${data("location", m.location)}${data("title", m.title)}${data("date", m.date)}${data("cluster", c.id)}${data("earliest", m.id === c.earliest)}</node>`,
      );
    for (const e of c.edges)
      out.push(
        `    <edge source="${xml(e.from)}" target="${xml(e.to)}"${e.direction === "undetermined" ? ' directed="false"' : ""}>${[
          data("direction", e.direction),
          data("why", e.why),
          data("sharedWords", e.sharedWords),
          data("coverageFrom", e.coverage.from),
          data("coverageTo", e.coverage.to),
          data("inserted", e.edits.inserted),
          data("deleted", e.edits.deleted),
          data("substituted", e.edits.substituted),
          data("examples", e.edits.examples.join(" | ")),
        ].join("")}</edge>`,
      );
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
