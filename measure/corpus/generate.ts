import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Random } from "../../dist/testing/prng.js";

/**
 * A generated corpus of reuse families, for the corpus benchmark. Each family has a dated
 * original and copies made from it, or from an earlier copy, by the operations reposts perform:
 * verbatim with a credit line, trimmed from the bottom (the inverted pyramid), edited (words
 * substituted, sentences dropped), heavily reworded (a stand-in for paraphrase: one word in five
 * changed, neighbours swapped), paragraphs reordered, and expanded with framing of the copier's
 * own. Unrelated articles fill the rest. Originals and unrelated articles are the PTC articles
 * (Da San Martino et al., EMNLP 2019) while they last (those sharing a passage with another PTC
 * article left out, so that "unrelated" is true); beyond them, synthetic texts keep a PTC
 * article's paragraphs and sentence lengths and draw every word from the PTC word frequencies,
 * so that two of them share no passage by construction. Everything follows from the seed.
 */

/** How a copy was made from its parent. */
export const COPY_KINDS = ["verbatim", "trimmed", "edited", "reworded", "reordered", "expanded"] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** One generated document, in the JSONL shape `corpus add` reads. */
export interface GeneratedDoc {
  id: string;
  text: string;
  title: string;
  date?: string;
}

/** What the generator made each document as. */
export interface TruthMember {
  id: string;
  kind: "original" | CopyKind;
  /** The document this one was copied from (absent for the original). */
  parent?: string;
}

export interface TruthFamily {
  id: string;
  original: string;
  members: TruthMember[];
}

export interface Truth {
  seed: number;
  size: number;
  /** Originals and unrelated articles made of synthetic text (the rest are PTC articles). */
  synthetic: number;
  families: TruthFamily[];
  unrelated: string[];
}

export interface GeneratedCorpus {
  docs: GeneratedDoc[];
  truth: Truth;
}

/** Options of {@link generateCorpus}. */
export interface GenerateOptions {
  /** Number of documents (default: 1000). */
  size: number;
  seed: number;
  /** Share of the documents that belong to a family (default: 0.6). */
  familyShare: number;
  /** Copies per family, inclusive range (default: [2, 8]). */
  copies: [number, number];
  /** Chance that a copy is undated (default: 0.2); originals are always dated. */
  undated: number;
  /** Chance that a copy is made from an earlier copy rather than the original (default: 0.3). */
  fromCopy: number;
}

export const GENERATE_DEFAULTS: GenerateOptions = {
  size: 1000,
  seed: 1,
  familyShare: 0.6,
  copies: [2, 8],
  undated: 0.2,
  fromCopy: 0.3,
};

interface Base {
  title: string;
  /** Paragraphs after the title, each a list of sentences. */
  paragraphs: string[][];
}

/** Read the PTC articles and split them into title, paragraphs and sentences. */
export function loadBases(dir: string): { real: Base[]; skeletons: Base[]; words: string[] } {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const all = names
    .map((n) => parse(readFileSync(join(dir, n), "utf8")))
    .filter((b) => b.paragraphs.length >= 4);
  const shared = sharedGrams(all);
  const real = all.filter((b) => !grams(b).some((g) => shared.has(g)));
  const words = all.flatMap((b) =>
    [b.title, ...b.paragraphs.flat()].flatMap((s) => s.split(/\s+/).filter(Boolean)),
  );
  return { real, skeletons: all, words };
}

function parse(text: string): Base {
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const [title, ...rest] = lines;
  // PTC keeps one paragraph per line; sentences split on end marks followed by a capital.
  const paragraphs = rest.map((p) => p.split(/(?<=[.!?]["”’]?)\s+(?=["“‘(]?[A-Z])/).filter(Boolean));
  return { title: title ?? "", paragraphs };
}

// Word 8-grams of a text, lower-cased, punctuation dropped.
function grams(b: Base): string[] {
  const words = [b.title, ...b.paragraphs.flat()]
    .join(" ")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 8 <= words.length; i++) out.push(words.slice(i, i + 8).join(" "));
  return out;
}

function sharedGrams(bases: Base[]): Set<string> {
  const owner = new Map<string, number>();
  const shared = new Set<string>();
  bases.forEach((b, i) => {
    for (const g of grams(b)) {
      const o = owner.get(g);
      if (o === undefined) owner.set(g, i);
      else if (o !== i) shared.add(g);
    }
  });
  return shared;
}

/** Generate a corpus of `size` documents and its truth. */
export function generateCorpus(dir: string, options: Partial<GenerateOptions> = {}): GeneratedCorpus {
  const o = { ...GENERATE_DEFAULTS, ...options };
  const random = new Random(o.seed);
  const { real, skeletons, words } = loadBases(dir);
  let nextReal = 0;
  const base = (): Base => {
    if (nextReal < real.length) return real[nextReal++];
    truth.synthetic++;
    return salad(random.pick(skeletons), words, random);
  };
  const docs: GeneratedDoc[] = [];
  const seen = new Set<string>();
  const truth: Truth = { seed: o.seed, size: o.size, synthetic: 0, families: [], unrelated: [] };
  const push = (doc: GeneratedDoc): boolean => {
    if (seen.has(doc.text)) return false;
    seen.add(doc.text);
    docs.push(doc);
    return true;
  };
  const familyDocs = Math.round(o.size * o.familyShare);
  // Families and unrelated articles interleave, so that real articles serve both at every size.
  while (docs.length < o.size) {
    const inFamilies = truth.families.reduce((n, f) => n + f.members.length, 0);
    const wantFamily =
      inFamilies < familyDocs &&
      (docs.length - inFamilies >= o.size - familyDocs || random.chance(o.familyShare));
    if (!wantFamily) {
      const id = `u${String(truth.unrelated.length).padStart(6, "0")}`;
      const b = base();
      if (
        push({ id, title: b.title, text: render(b), ...(random.chance(0.8) ? { date: date(random) } : {}) })
      )
        truth.unrelated.push(id);
      continue;
    }
    const f = `f${String(truth.families.length).padStart(5, "0")}`;
    const original = base();
    const originalDate = date(random);
    const made: { id: string; base: Base; date: string }[] = [
      { id: `${f}-0`, base: original, date: originalDate },
    ];
    push({ id: made[0].id, title: original.title, text: render(original), date: originalDate });
    const family: TruthFamily = {
      id: f,
      original: made[0].id,
      members: [{ id: made[0].id, kind: "original" }],
    };
    const copies = Math.min(
      random.int(o.copies[0], o.copies[1]),
      familyDocs - inFamilies - 1,
      o.size - docs.length,
    );
    for (let c = 1; c <= copies; c++) {
      const parent = made.length > 1 && random.chance(o.fromCopy) ? random.pick(made.slice(1)) : made[0];
      const kind = random.pick(COPY_KINDS);
      const copy = copyOf(parent.base, kind, words, random);
      const id = `${f}-${c}`;
      const day = addDays(parent.date, random.int(1, 30));
      const dated = !random.chance(o.undated);
      if (!push({ id, title: copy.title, text: render(copy), ...(dated ? { date: day } : {}) })) continue;
      made.push({ id, base: copy, date: day });
      family.members.push({ id, kind, parent: parent.id });
    }
    truth.families.push(family);
  }
  return { docs, truth };
}

const render = (b: Base): string => [b.title, ...b.paragraphs.map((p) => p.join(" "))].join("\n\n");

function date(random: Random): string {
  const start = Date.UTC(2015, 0, 1);
  return new Date(start + random.int(0, 5 * 365) * 86_400_000).toISOString().slice(0, 10);
}

const addDays = (day: string, n: number): string =>
  new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

// A text with the skeleton's title and paragraph and sentence lengths, every word drawn from the
// PTC word frequencies: readable as nothing, but shaped like an article and sharing no passage.
function salad(skeleton: Base, words: string[], random: Random): Base {
  const sentence = (s: string): string => {
    const n = Math.max(3, s.split(/\s+/).length);
    const out = Array.from({ length: n }, () => bare(random.pick(words)));
    out[0] = out[0].charAt(0).toUpperCase() + out[0].slice(1);
    return `${out.join(" ")}.`;
  };
  return {
    title: sentence(skeleton.title).slice(0, -1),
    paragraphs: skeleton.paragraphs.map((p) => p.map(sentence)),
  };
}

const bare = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase() || "and";

function framing(words: string[], random: Random, sentences: number): string[] {
  return Array.from({ length: sentences }, () => {
    const n = random.int(12, 28);
    const out = Array.from({ length: n }, () => bare(random.pick(words)));
    out[0] = out[0].charAt(0).toUpperCase() + out[0].slice(1);
    return `${out.join(" ")}.`;
  });
}

const OUTLETS = [
  "the Valley Courier",
  "Northgate Daily",
  "the Harbour Post",
  "Riverside Weekly",
  "the Plains Herald",
];

/** Make one copy of `parent` by the operation `kind`. */
export function copyOf(parent: Base, kind: CopyKind, words: string[], random: Random): Base {
  const paragraphs = parent.paragraphs.map((p) => [...p]);
  switch (kind) {
    case "verbatim":
      return {
        title: parent.title,
        paragraphs: [[`This article first appeared in ${random.pick(OUTLETS)}.`], ...paragraphs],
      };
    case "trimmed": {
      const keep = Math.max(2, Math.round(paragraphs.length * (0.4 + random.next() * 0.4)));
      return { title: parent.title, paragraphs: paragraphs.slice(0, keep) };
    }
    case "edited":
      return {
        title: parent.title,
        paragraphs: paragraphs
          .map((p) => p.filter(() => !random.chance(0.1)).map((s) => substitute(s, 0.03, 0, words, random)))
          .filter((p) => p.length > 0),
      };
    case "reworded":
      return {
        title: substitute(parent.title, 0.2, 0.1, words, random),
        paragraphs: paragraphs.map((p) => p.map((s) => substitute(s, 0.2, 0.1, words, random))),
      };
    case "reordered": {
      const order = paragraphs.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = random.int(0, i);
        [order[i], order[j]] = [order[j], order[i]];
      }
      return { title: parent.title, paragraphs: order.map((i) => paragraphs[i]) };
    }
    case "expanded":
      return {
        title: framing(words, random, 1)[0].slice(0, -1),
        paragraphs: [
          framing(words, random, random.int(2, 4)),
          [parent.title],
          ...paragraphs,
          framing(words, random, random.int(1, 3)),
        ],
      };
  }
}

// Replace words with probability `p` by words of the vocabulary, and swap neighbours with
// probability `swap`; punctuation around a word stays where it was.
function substitute(sentence: string, p: number, swap: number, words: string[], random: Random): string {
  const tokens = sentence.split(" ");
  for (let i = 0; i < tokens.length; i++) {
    if (random.chance(p)) {
      const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}][\s\S]*?)([^\p{L}\p{N}]*)$/u.exec(tokens[i]);
      if (m) tokens[i] = `${m[1]}${bare(random.pick(words))}${m[3]}`;
    } else if (swap > 0 && i + 1 < tokens.length && random.chance(swap)) {
      [tokens[i], tokens[i + 1]] = [tokens[i + 1], tokens[i]];
      i++;
    }
  }
  return tokens.join(" ");
}

/** Write `corpus.jsonl` and `truth.json` into `dir`. */
export function writeCorpus(corpus: GeneratedCorpus, dir: string): void {
  mkdirSync(dir, { recursive: true });
  // A line at a time: at 100k documents the whole file is longer than a string may be.
  const fd = openSync(join(dir, "corpus.jsonl"), "w");
  try {
    for (const d of corpus.docs) writeSync(fd, `${JSON.stringify(d)}\n`);
  } finally {
    closeSync(fd);
  }
  writeFileSync(join(dir, "truth.json"), `${JSON.stringify(corpus.truth, null, 1)}\n`);
}
