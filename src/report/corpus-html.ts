import type { ReuseCluster } from "../corpus/clusters.js";
import type { ReuseEdge } from "../corpus/types.js";
import { escapeHtml as esc } from "./escape.js";

/**
 * The edge that shows where a version came from: the strongest edge into it whose direction is
 * known, else the strongest edge touching it (its other end is then the text it is compared
 * with, not a known source). The earliest version has none.
 */
export function versionEdge(cluster: ReuseCluster, id: string): ReuseEdge | undefined {
  if (id === cluster.earliest) return undefined;
  const strongest = (edges: ReuseEdge[]) =>
    edges.reduce<ReuseEdge | undefined>(
      (best, e) => (!best || e.sharedWords > best.sharedWords ? e : best),
      undefined,
    );
  return (
    strongest(cluster.edges.filter((e) => e.to === id && e.direction !== "undetermined")) ??
    strongest(cluster.edges.filter((e) => e.to === id || e.from === id))
  );
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * The cluster view: for each cluster, a timeline of its versions (dated ones by date, then the
 * undated), the earliest marked, each with the edge it came by (direction, why, coverage, edit
 * summary) and a link to its side-by-side report, `reportHref(id)` (none for the earliest).
 * Self-contained: inline style, no script, no request; every text from the corpus is escaped.
 */
export function renderClusterHtml(
  clusters: ReuseCluster[],
  reportHref: (id: string) => string | undefined,
): string {
  const sections = clusters.map((c, i) => {
    const items = c.members.map((m) => {
      const edge = versionEdge(c, m.id);
      const href = reportHref(m.id);
      const name = esc(m.title ?? m.id);
      const head = href ? `<a href="${esc(href)}">${name}</a>` : name;
      const other = edge ? (edge.to === m.id ? edge.from : edge.to) : undefined;
      const how = edge
        ? `<p class="how">${edge.direction === "undetermined" ? "shares text with" : "from"} <code>${esc(other ?? "")}</code> (${esc(edge.direction)}): ${esc(edge.why)}. ${percent(edge.to === m.id ? edge.coverage.to : edge.coverage.from)} of this version shared; ${edge.edits.inserted} inserted, ${edge.edits.deleted} deleted, ${edge.edits.substituted} substituted${edge.edits.examples.length > 0 ? `: ${edge.edits.examples.map((x) => `<q>${esc(x)}</q>`).join(", ")}` : ""}</p>`
        : "";
      const mark =
        m.id === c.earliest
          ? ` <strong class="earliest">earliest version (by ${esc(c.earliestBy)})</strong>`
          : "";
      return `<li${m.id === c.earliest ? ' class="first"' : ""}><time>${esc(m.date ?? "undated")}</time> <span class="title">${head}</span>${mark}<br><code>${esc(m.id)}</code> · ${esc(m.location)}${how}</li>`;
    });
    return `<section id="cluster-${i + 1}"><h2>Cluster ${i + 1}: ${c.members.length} versions, earliest <code>${esc(c.earliest)}</code></h2><ol class="timeline">${items.join("")}</ol></section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reuse clusters</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
.timeline{list-style:none;padding-left:1rem;border-left:3px solid #555}
.timeline li{margin:0 0 1rem;padding-left:.8rem;position:relative}
.timeline li::before{content:"";position:absolute;left:-1.45rem;top:.45rem;width:.7rem;height:.7rem;border-radius:50%;background:#555}
.timeline li.first::before{background:#0b5394}
time{font-weight:600;font-variant-numeric:tabular-nums}
.earliest{color:#0b5394}.how{margin:.2rem 0 0;color:#333;font-size:.95rem}
a{color:#0b5394}code{font-size:.9em}
</style></head><body>
<h1>Reuse clusters</h1>
<p>${clusters.length} cluster${clusters.length === 1 ? "" : "s"}. Each version links to its side-by-side report against the text it derives from.</p>
${sections.join("\n")}
</body></html>
`;
}
