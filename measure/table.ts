/** A titled table of results, printed by `npm run eval` and `npm run bench`. */
export interface ResultTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Lines printed under the table: data provenance, published figures, caveats. */
  notes?: string[];
}

/** A module discovered by the eval or bench runner: `*.eval.js` / `*.bench.js` default export. */
export type Measurement = () => Promise<ResultTable[]>;

const cell = (v: string | number): string =>
  typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v;

/** Render a table as aligned plain text. */
export function formatTable(table: ResultTable): string {
  const rows = table.rows.map((r) => r.map(cell));
  const widths = table.columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  const out = [`## ${table.title}`, line(table.columns), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const r of rows) out.push(line(r));
  for (const n of table.notes ?? []) out.push(`  ${n}`);
  return `${out.join("\n")}\n`;
}
