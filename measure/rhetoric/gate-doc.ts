import { readFileSync } from "node:fs";
import type { RhetoricLexicon } from "../../dist/rhetoric/index.js";
import { repoFile } from "../paths.js";

const START = "<!-- gate: written by measure/rhetoric/tune.ts -->";
const END = "<!-- end of gate -->";

/** The gate's decisions as a Markdown table: which techniques are checked, on what figures. */
export function gateTable(lex: RhetoricLexicon): string {
  return [
    START,
    "| technique | rule | by default | cues | held-out P | P, 90% lower end | R | held-out flags |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...lex.techniques.map((t) =>
      [
        "",
        t.label,
        `\`${t.rule}\``,
        t.gate.checked ? "checked" : "experimental",
        t.cues.length,
        t.gate.precision.toFixed(3),
        t.gate.lower.toFixed(3),
        t.gate.recall.toFixed(3),
        t.gate.predictions,
        "",
      ]
        .join(" | ")
        .trim(),
    ),
    END,
  ].join("\n");
}

/** docs/rhetoric.md with its gate table replaced by the one of `lex`. */
export function docWithGate(lex: RhetoricLexicon): string {
  const doc = readFileSync(repoFile("docs/rhetoric.md"), "utf8");
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error("docs/rhetoric.md has no gate table markers");
  return doc.slice(0, from) + gateTable(lex) + doc.slice(to + END.length);
}
