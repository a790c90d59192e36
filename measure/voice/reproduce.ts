import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { documentFromString } from "../../dist/ingest/index.js";
import { Random } from "../../dist/testing/prng.js";
import type { Document } from "../../dist/text/document.js";

/**
 * A generated set for the voice layer on text we did not write: passages of real news articles
 * (the PTC corpus, SemEval 2020 task 11) reproduced inside invented commentary, each with one
 * introducer or credit form, the label of every paragraph known by construction. The commentary,
 * introducers and credits are ours; the reproduced passages, their titles and the sources are not.
 */

/** How the commentary presents the reproduced passage. */
export const FORMS = [
  // Introducers that open a document block.
  "colon",
  "comma-write",
  "reads",
  "report-said",
  "according-to",
  "outlet-reported",
  "cited-title",
  "blockquote",
  // Credits for the whole text or inline, with no introducer.
  "dateline",
  "byline",
  "source-line",
  "via-line",
  "first-reported",
  // The same passage with nothing that credits it.
  "uncredited",
] as const;
export type Form = (typeof FORMS)[number];

/** Forms whose introducer opens a block: the reproduced lines are a document's. */
export const INTRODUCED: ReadonlySet<Form> = new Set<Form>([
  "colon",
  "comma-write",
  "reads",
  "report-said",
  "according-to",
  "outlet-reported",
  "cited-title",
  "blockquote",
]);

/** Who wrote a paragraph of a generated article. */
export type Label = "author" | "document";

/** One generated article with its source and the label of each of its paragraphs. */
export interface ReproducedCase {
  id: string;
  form: Form;
  article: Document;
  source: Document;
  /** `[start, end)` of each labelled paragraph in `article.text`, with its label. */
  gold: { start: number; end: number; label: Label }[];
  /** Whether the article credits the reproduced passage (every form but "uncredited"). */
  credited: boolean;
}

// Invented people and publishers (none real).
const AUTHORS = [
  ["Mara Ilves", "Jonas Rask"],
  ["Lena Okafor", "Piet Lindqvist"],
  ["Dana Morrow", "Ivo Brandt"],
  ["Sofia Kessel", "Tomas Varga"],
];
const OUTLETS = ["the Harbour Ledger", "the Northern Review", "the Coastal Courier", "the Dunmere Gazette"];
const AGENCIES = ["Northern Press Agency", "Harbour Wire Service", "Valley News Agency"];
const DATELINES = ["PORT ELLIS, 3 May", "KESSEL, 12 June", "DUNMERE, 9 October"];

// Headlines of the commentary: none names the source, which would credit it.
const HEADLINES = [
  "Notes from the week",
  "What the papers missed",
  "A story worth reading again",
  "Read this",
];
// The author's commentary before the passage: plain framing, no introducer.
const OPENINGS = [
  "Some stories deserve a second reading, and this is one of them.",
  "A friend sent me this last week and I have not stopped thinking about it.",
  "There has been a lot of noise about this story, so here is the substance.",
  "Few people outside the region have heard about what happened.",
];
// The author's commentary after it: some with the evidence of the author's voice (first person,
// a question, evaluative words, the document named in the third person), some without.
const CLOSINGS = [
  "I have read this twice and I still do not know who signed off on it.",
  "Why did nobody ask the obvious question at the time?",
  "The article then goes on to describe how the decision was reached.",
  "The journalists behind the piece clearly spent months on it.",
  "This is a scandal, and it should have been front-page news everywhere.",
  "Readers deserve better than silence from the people in charge.",
  "None of this was mentioned in the official statement released the same week.",
  "Officials have not commented on the claims since the piece appeared.",
  "Make of that what you will.",
  "So much for transparency.",
];

/** A PTC article cut into its title and body paragraphs. */
interface Passage {
  name: string;
  title: string;
  paragraphs: string[];
  text: string;
}

function readArticle(dir: string, name: string): Passage | undefined {
  const text = readFileSync(join(dir, name), "utf8").replace(/\r\n?/g, "\n").trim();
  const [title, ...rest] = text
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0);
  // Paragraphs fit for reproduction: prose of at least eight words, not a one-line subheading.
  const paragraphs = rest.filter((p) => p.split(" ").length >= 8 && /[.!?"\u201D]$/.test(p));
  if (!title || paragraphs.length < 3) return undefined;
  return { name, title: title.replace(/[.:]$/, ""), paragraphs, text };
}

type Block = { text: string; label: Label; quote?: boolean };

// The article's blocks for one form: author's lines around the reproduced paragraphs.
function frame(form: Form, passage: Passage, taken: string[], rnd: Random): Block[] {
  const [a, b] = rnd.pick(AUTHORS);
  const outlet = rnd.pick(OUTLETS);
  const Outlet = outlet.charAt(0).toUpperCase() + outlet.slice(1);
  const agency = rnd.pick(AGENCIES);
  const title = passage.title;
  const opening: Block = { text: rnd.pick(OPENINGS), label: "author" };
  const closing: Block = { text: rnd.pick(CLOSINGS), label: "author" };
  const doc = (quote = false): Block[] => taken.map((text) => ({ text, label: "document", quote }));
  const cite: Block = {
    text: `Last week ${outlet} ran a piece by ${a} and ${b}, "${title}".`,
    label: "author",
  };
  const author = (text: string): Block => ({ text, label: "author" });
  switch (form) {
    case "colon":
      return [opening, author(`As ${a} and ${b} write in ${outlet}:`), ...doc(), closing];
    case "comma-write":
      return [opening, cite, author(`As ${a} and ${b} write,`), ...doc(), closing];
    case "reads":
      return [opening, cite, author("The article reads,"), ...doc(), closing];
    case "report-said":
      return [
        opening,
        author(`A report in ${outlet}, "${title}", set this out.`),
        author("The report said,"),
        ...doc(),
        closing,
      ];
    case "according-to":
      return [opening, cite, author("According to the article,"), ...doc(), closing];
    case "outlet-reported":
      return [opening, author(`As ${outlet} reported on Monday:`), ...doc(), closing];
    case "cited-title":
      return [
        opening,
        author(`In "${title}", ${a} and ${b} of ${outlet} set out what happened.`),
        ...doc(),
        closing,
      ];
    case "blockquote":
      return [opening, author(`Here is how ${outlet} put it.`), ...doc(true), closing];
    case "dateline":
      return [
        { text: `${rnd.pick(DATELINES)} (${agency}) - ${taken[0]}`, label: "document" },
        ...taken.slice(1).map((text) => ({ text, label: "document" as const })),
      ];
    case "byline":
      return [author(`By ${a} (${agency})`), ...doc()];
    case "source-line":
      return [opening, ...doc(), closing, author(`Source: ${Outlet}`)];
    case "via-line":
      return [opening, ...doc(), closing, author(`Via ${Outlet}`)];
    case "first-reported":
      return [author(`${opening.text} The story was first reported by ${Outlet}.`), ...doc(), closing];
    case "uncredited":
      return [opening, ...doc(), closing];
  }
}

/**
 * Build one case per PTC article of the split and form: two to three consecutive paragraphs of
 * the article reproduced in commentary, with the whole PTC article as the source. `split` picks
 * the articles: "dev" those whose index is a multiple of 3 (read while developing), "test" the
 * others (reported). Seeded: the same seed gives the same set.
 */
export function buildCases(dir: string, split: "dev" | "test", seed = 12, limit = 60): ReproducedCase[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .filter((_, i) => (i % 3 === 0) === (split === "dev"));
  const rnd = new Random(seed);
  const out: ReproducedCase[] = [];
  for (const name of names) {
    if (out.length >= limit * FORMS.length) break;
    const passage = readArticle(dir, name);
    if (!passage) continue;
    const count = rnd.int(2, 3);
    const from = rnd.int(0, passage.paragraphs.length - count);
    const taken = passage.paragraphs.slice(from, from + count);
    const source = documentFromString(passage.text, { id: name, format: "text" });
    for (const form of FORMS) {
      const blocks = [
        { text: rnd.pick(HEADLINES), label: "author" as const },
        ...frame(form, passage, taken, rnd),
      ];
      out.push({
        ...assemble(blocks, form === "blockquote"),
        id: `${name}#${form}`,
        form,
        source,
        credited: form !== "uncredited",
      });
    }
  }
  return out;
}

// The article as text (or HTML when a block is a blockquote) and each block's span in the
// normalized text, found in order.
function assemble(blocks: Block[], html: boolean): { article: Document; gold: ReproducedCase["gold"] } {
  const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const input = html
    ? `<article><h1>${escapeHtml(blocks[0].text)}</h1>${blocks
        .slice(1)
        .map((b) =>
          b.quote ? `<blockquote><p>${escapeHtml(b.text)}</p></blockquote>` : `<p>${escapeHtml(b.text)}</p>`,
        )
        .join("")}</article>`
    : blocks.map((b) => b.text).join("\n\n");
  const article = documentFromString(input, { id: "post", format: html ? "html" : "text" });
  const gold: ReproducedCase["gold"] = [];
  let at = 0;
  for (const b of blocks) {
    const start = article.text.indexOf(b.text, at);
    if (start < 0) continue;
    gold.push({ start, end: start + b.text.length, label: b.label });
    at = start + b.text.length;
  }
  return { article, gold };
}
