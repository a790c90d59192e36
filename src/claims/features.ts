import { append } from "../collections.js";
import { loadData } from "../data.js";
import { KIND_CODE } from "../text/token-store.js";
import { TokenView } from "./tokens.js";
import type { Quantity } from "./types.js";

interface FeatureLists {
  comparison: string[];
  causal: string[];
  sweeping: string[];
  hedge: string[];
  opinion: string[];
  courtesy: string[];
  firstPerson: string[];
  secondPerson: string[];
  future: string[];
  official: string[];
}

/** Names of the transparent features, in the order they are reported. */
export const HAND_FEATURES = [
  "quantity",
  "number",
  "entity",
  "date",
  "comparison",
  "causal",
  "sweeping",
  "hedge",
  "opinion",
  "courtesy",
  "first-person",
  "second-person",
  "future",
  "official",
  "question",
  "short",
  "long",
] as const;
export type HandFeature = (typeof HAND_FEATURES)[number];

/** `data/claims-features.json`: the feature lists, and the words that join the words of one name. */
type FeatureData = FeatureLists & { entityGlue: string[] };

// Each list indexed by first word, so a sentence is matched in one pass over its tokens.
type PhraseLists = Record<keyof FeatureLists, Map<string, string[][]>>;
let lists: PhraseLists | undefined;
function featureLists(): PhraseLists {
  if (!lists) {
    const raw = loadData<FeatureData>("claims-features.json");
    const index = (phrases: string[]) => {
      const m = new Map<string, string[][]>();
      for (const p of phrases) {
        const words = p.split(" ");
        append(m, words[0], words);
      }
      return m;
    };
    lists = Object.fromEntries(
      Object.entries(raw)
        .filter(([k]) => !k.startsWith("$") && k !== "entityGlue")
        .map(([k, v]) => [k, index(v as string[])]),
    ) as PhraseLists;
  }
  return lists;
}

/** A named entity candidate: a capitalised word sequence not at the start of a sentence. */
export interface Entity {
  start: number;
  end: number;
  text: string;
}

const WORD = KIND_CODE.word;
const NUMBER = KIND_CODE.number;
const SENTENCE_OPENERS = new Set([".", "!", "?", '"', "'", "(", "[", ":", "-", "..."]);
let entityGlueSet: Set<string> | undefined;
/** Lower-case words inside one name: "Bank of England". */
const entityGlue = (): Set<string> =>
  (entityGlueSet ??= new Set(loadData<FeatureData>("claims-features.json").entityGlue));

function startsSentence(v: TokenView, i: number): boolean {
  for (let j = i - 1; j >= v.from; j--) {
    const k = v.key(j);
    if (!SENTENCE_OPENERS.has(k)) return k === "." || k === "!" || k === "?";
    if (k === "." || k === "!" || k === "?") return true;
  }
  return true;
}

/** Capitalised word sequences ("Col Ryan Dillon", "Bank of England") that do not open a sentence. */
export function findEntities(v: TokenView): Entity[] {
  const out: Entity[] = [];
  const glue = entityGlue();
  for (let i = v.from; i < v.to; i++) {
    if (v.kind(i) !== "word" || !v.capitalized(i) || v.key(i) === "i" || startsSentence(v, i)) continue;
    let j = i + 1;
    for (;;) {
      if (v.kind(j) === "word" && v.capitalized(j)) j++;
      else if (glue.has(v.key(j)) && v.kind(j + 1) === "word" && v.capitalized(j + 1) && j > i) j += 2;
      else break;
    }
    const start = v.store.starts[i];
    const end = v.store.ends[j - 1];
    out.push({ start, end, text: v.text.slice(start, end) });
    i = j - 1;
  }
  return out;
}

/**
 * Indexes of the tokens of markup tags left in plain text ("<b>", "</a>", '<a href="x">'), which
 * are not words: they must not lengthen a sentence or make n-grams.
 */
function markupTokens(v: TokenView): Set<number> {
  const out = new Set<number>();
  for (let i = v.from; i < v.to; i++) {
    if (v.key(i) !== "<") continue;
    const name = v.key(i + 1) === "/" ? i + 2 : i + 1;
    // A tag name follows "<" or "</" with no space: "x < y" is a comparison.
    if (v.kind(name) !== "word" || v.store.ends[name - 1] !== v.store.starts[name]) continue;
    let end = name + 1;
    while (end < v.to && end < name + 30 && v.key(end) !== ">" && v.key(end) !== "<") end++;
    if (v.key(end) !== ">") continue;
    for (let k = i; k <= end; k++) out.add(k);
    i = end;
  }
  return out;
}

let byFirstWord: Map<string, { list: keyof FeatureLists; words: string[] }[]> | undefined;

/** The lists of which some phrase occurs in the view: one pass over its tokens for all lists. */
function firedLists(v: TokenView, l: PhraseLists): Set<keyof FeatureLists> {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const [list, phrases] of Object.entries(l) as [keyof FeatureLists, Map<string, string[][]>][])
      for (const [first, words] of phrases)
        for (const w of words) append(byFirstWord, first, { list, words: w });
  }
  const fired = new Set<keyof FeatureLists>();
  for (let i = v.from; i < v.to; i++) {
    const candidates = byFirstWord.get(v.key(i));
    if (candidates)
      for (const c of candidates) if (!fired.has(c.list) && v.matches(i, c.words)) fired.add(c.list);
  }
  return fired;
}

/** The transparent features of a sentence that fire, given its tokens and its quantities. */
export function handFeatures(v: TokenView, quantities: Quantity[], entities: Entity[]): HandFeature[] {
  const l = featureLists();
  const out: HandFeature[] = [];
  if (quantities.some((q) => q.kind !== "date" && q.kind !== "time")) out.push("quantity");
  let words = 0;
  let number = false;
  const markup = markupTokens(v);
  for (let i = v.from; i < v.to; i++) {
    if (markup.has(i)) continue;
    if (v.kind(i) === "number") number = true;
    if (v.kind(i) === "word" || v.kind(i) === "number") words++;
  }
  if (number) out.push("number");
  if (entities.length > 0) out.push("entity");
  if (quantities.some((q) => q.kind === "date" || q.kind === "time")) out.push("date");
  const lexical: [keyof FeatureLists, HandFeature][] = [
    ["comparison", "comparison"],
    ["causal", "causal"],
    ["sweeping", "sweeping"],
    ["hedge", "hedge"],
    ["opinion", "opinion"],
    ["courtesy", "courtesy"],
    ["firstPerson", "first-person"],
    ["secondPerson", "second-person"],
    ["future", "future"],
    ["official", "official"],
  ];
  const fired = firedLists(v, l);
  for (const [list, name] of lexical) if (fired.has(list)) out.push(name);
  for (let i = v.to - 1; i >= v.from; i--) {
    if (v.kind(i) === "punct" && v.key(i) === '"') continue;
    if (v.key(i) === "?") out.push("question");
    break;
  }
  if (words < 6) out.push("short");
  if (words > 25) out.push("long");
  return out;
}

/**
 * One model feature, as a kind and its words: {@link modelFeatures} spells it as a string. With
 * the words, the ids of the token keys they are in the view's key table (-1 for `<s>`, `<num>`
 * and hand features; for `s`, the id of the word whose suffix `a` is), so that a scorer can keep
 * what it looked up for a key by its id.
 */
export type FeatureVisitor = (
  kind: "f" | "w" | "b" | "s",
  a: string,
  b?: string,
  aId?: number,
  bId?: number,
) => void;

/**
 * Every feature the model sees: the hand features (prefixed `f:`), word unigrams (`w:`) and
 * bigrams (`b:`) of the token keys, numbers folded to `<num>`, and the last three letters (`s:`)
 * of words longer than five letters. The suffixes back a word the training debates never used off
 * to its morphology ("-ion", "-ted", "-ing"), which helps on sentences from debates not trained on.
 */
export function modelFeatures(v: TokenView, hand: readonly string[]): string[] {
  const out: string[] = [];
  visitModelFeatures(v, hand, (kind, a, b) => out.push(kind === "b" ? `b:${a}_${b}` : `${kind}:${a}`));
  return out;
}

/**
 * The features of {@link modelFeatures} as calls of `visit`, in the same order, without building
 * their strings: scoring a long text looks each one up without allocating.
 */
export function visitModelFeatures(v: TokenView, hand: readonly string[], visit: FeatureVisitor): void {
  for (const h of hand) visit("f", h, undefined, -1);
  let prev = "<s>";
  let prevId = -1;
  const markup = markupTokens(v);
  const { kinds, keyIds } = v.store;
  for (let i = v.from; i < v.to; i++) {
    const kind = kinds[i];
    if ((kind !== WORD && kind !== NUMBER) || markup.has(i)) continue;
    const w = kind === NUMBER ? "<num>" : v.key(i);
    const id = kind === NUMBER ? -1 : keyIds[i];
    visit("w", w, undefined, id);
    visit("b", prev, w, prevId, id);
    if (w.length > 5) visit("s", w.slice(-3), undefined, id);
    prev = w;
    prevId = id;
  }
}

/** A view over all the tokens of a document or sentence. */
export const wholeView = (text: string, store: TokenView["store"], from = 0, to = store.length) =>
  new TokenView(text, store, from, to);
