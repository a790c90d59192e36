import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Random } from "../dist/testing/prng.js";

/** An article (and, when the shape has one, its source) of about the size asked for. */
export interface ShapePair {
  article: string;
  source?: string;
  /** File extension the article is written with (`html` makes the CLI read it as HTML). */
  ext: "txt" | "html";
}

/** One input shape of the growth bench: a name, what it stresses, and its generator. */
export interface Shape {
  name: string;
  /** What the shape stresses, for the bench's notes. */
  why: string;
  /** The three sizes it is measured at, in bytes of article. */
  sizes: number[];
  make: (bytes: number) => ShapePair;
}

const repeat = (unit: string, bytes: number): string =>
  unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

/**
 * Plain news text: PTC articles joined (repeated, one word in four made up, after the corpus is
 * used up), and a derivative with 2% of words substituted and 5% of sentences dropped.
 */
export function newsPair(ptcDir: string, bytes: number, seed = 15): { article: string; source: string } {
  const r = new Random(seed);
  const texts = readdirSync(ptcDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(ptcDir, f), "utf8").trim());
  const made = () => `${"bcdfghklmnprstvz"[r.int(0, 15)]}${r.int(0, 1e6).toString(36)}`;
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < bytes; round++) {
    for (const t of texts) {
      if (length >= bytes) break;
      const text = round === 0 ? t : t.replace(/\p{L}+/gu, (w) => (r.chance(0.25) ? made() : w));
      parts.push(text);
      length += text.length + 2;
    }
  }
  const source = parts.join("\n\n");
  const article = source
    .split(/(?<=[.!?]["”’]?)(?=\s)/)
    .filter(() => !r.chance(0.05))
    .join("")
    .replace(/\p{L}+/gu, (w) => (r.chance(0.02) ? made() : w));
  return { article, source };
}

/** The shapes that made some stage grow with the square of its input, and plain news text. */
export function shapes(ptcDir: string): Shape[] {
  return [
    {
      name: "news pair",
      why: "PTC articles vs a derivative (2% of words substituted, 5% of sentences dropped)",
      sizes: [1e5, 1e6, 1e7],
      make: (bytes) => ({ ...newsPair(ptcDir, bytes), ext: "txt" }),
    },
    {
      name: '"Mr. " repeated',
      why: "a name title with no name after it, again and again (look-ahead for the name)",
      sizes: [2e4, 2e5, 2e6],
      make: (bytes) => ({ article: repeat("Mr. ", bytes), ext: "txt" }),
    },
    {
      name: '"5% " repeated',
      why: "one figure after another with no sentence end (quantity look-around)",
      sizes: [2e4, 2e5, 2e6],
      make: (bytes) => ({ article: repeat("5% ", bytes), ext: "txt" }),
    },
    {
      name: "many short lines with a figure",
      why: "a paragraph and a quantity per line (collections grown one item at a time)",
      sizes: [2e5, 2e6, 2e7],
      make: (bytes) => {
        const lines: string[] = [];
        let n = 0;
        for (let i = 0; n < bytes; i++) {
          const line = `Item ${i} cost $${(i * 7) % 1000} in ${1990 + (i % 30)}.`;
          lines.push(line);
          n += line.length + 1;
        }
        return { article: lines.join("\n"), ext: "txt" };
      },
    },
    {
      name: "one sentence repeated, article ≈ source",
      why: "every n-gram occurs everywhere in both texts (aligner candidates, figure comparisons)",
      sizes: [1e5, 1e6, 1e7],
      make: (bytes) => {
        const text = repeat("The council said 12 people were hurt on 3 May. ", bytes).trim();
        // The source carries one more line: the article itself given as its source is refused.
        return { article: text, source: `${text}\n\nA correction followed.`, ext: "txt" };
      },
    },
    {
      name: "salutation lines, no closing line",
      why: "a speech's opening line again and again with nothing to end it (the speech's end looked for)",
      sizes: [2e4, 2e5, 2e6],
      make: (bytes) => ({
        article: repeat(
          "Ladies and Gentlemen:\n\nWe gather here tonight because the hall was full.\n\n",
          bytes,
        ),
        ext: "txt",
      }),
    },
    {
      name: "one sentence of reporting cues and names",
      why: "many cues and source options in one sentence with no end (features read between option and cue)",
      sizes: [2e4, 2e5, 2e6],
      make: (bytes) => ({
        article: repeat("Ann Lee, saying the plan was told by Bob Ray that it failed, wrote: ", bytes),
        ext: "txt",
      }),
    },
    {
      name: "one sentence of findings, views and frames",
      why: "many that-clauses and 'as X observed,' frames in one sentence (assertion markers read against every frame before them)",
      sizes: [2e4, 2e5, 2e6],
      make: (bytes) => ({
        article: repeat(
          "Polls showed that Lind suggested that aides believe the quay, as Vell observed, ",
          bytes,
        ),
        ext: "txt",
      }),
    },
    {
      name: "many figures in one clause",
      why: "spelt-out counts with no clause end between them (each figure's clause read for what it counts, and the sentence's words for copies)",
      sizes: [2e4, 2e5, 2e6],
      make: (bytes) => ({
        article: `${repeat("five people and six workers ", bytes).trim()} fled the town.`,
        ext: "txt",
      }),
    },
    {
      name: "nested <div>",
      why: "deep HTML nesting (main-content extraction)",
      sizes: [1e4, 1e5, 1e6],
      make: (bytes) => {
        const levels = Math.max(1, Math.floor(bytes / 11));
        const body =
          "<p>The council said 12 people were hurt on 3 May, a spokesman for the hospital said.</p>";
        return {
          article: `<!doctype html><html><head><title>Deep</title></head><body>${"<div>".repeat(levels)}${body}${"</div>".repeat(levels)}</body></html>`,
          ext: "html",
        };
      },
    },
  ];
}
