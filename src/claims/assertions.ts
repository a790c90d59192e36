import { append } from "../collections.js";
import { loadData } from "../data.js";
import type { TokenView } from "./tokens.js";

/** The kinds of assertion a sentence makes that a source should back. */
export type AssertionKind = "causal" | "conclusion" | "sweeping";

const MIN_WORDS = 5;

type Lists = Record<AssertionKind, string[]>;
let phrases: Map<string, { kind: AssertionKind; words: string[] }[]> | undefined;

// Phrases indexed by their first word, so a sentence is scanned once.
function index(): Map<string, { kind: AssertionKind; words: string[] }[]> {
  if (!phrases) {
    phrases = new Map();
    const lists = loadData<Lists>("claims-assertions.json");
    for (const kind of ["causal", "conclusion", "sweeping"] as const) {
      for (const phrase of lists[kind]) {
        const words = phrase.split(" ");
        append(phrases, words[0], { kind, words });
      }
    }
  }
  return phrases;
}

/**
 * The assertion kinds a declarative sentence makes: a causal link ("caused", "led to"), a
 * conclusion drawn ("this proves that", "the real story"), or a sweeping generalisation
 * ("everyone knows", "never"). Questions and fragments of fewer than five words ("Nothing here.")
 * assert nothing worth checking.
 */
export function assertionKinds(v: TokenView): AssertionKind[] {
  let words = 0;
  for (let i = v.from; i < v.to; i++) if (v.kind(i) === "word" || v.kind(i) === "number") words++;
  if (words < MIN_WORDS) return [];
  for (let i = v.to - 1; i >= v.from; i--) {
    if (v.kind(i) === "punct" && (v.key(i) === '"' || v.key(i) === "'" || v.key(i) === ")")) continue;
    if (v.key(i) === "?") return [];
    break;
  }
  const found = new Set<AssertionKind>();
  const table = index();
  for (let i = v.from; i < v.to; i++) {
    for (const p of table.get(v.key(i)) ?? []) if (v.matches(i, p.words)) found.add(p.kind);
  }
  return [...found];
}
