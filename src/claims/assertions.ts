import { append } from "../collections.js";
import { loadData } from "../data.js";
import type { TokenView } from "./tokens.js";

/** The kinds of assertion a sentence makes that a source should back. */
export type AssertionKind = "causal" | "conclusion" | "sweeping";

const MIN_WORDS = 5;

type Kind = AssertionKind | "prescriptive";
type Lists = Record<AssertionKind, string[]> & {
  notSweeping: { prescriptive: string[]; firstPerson: string[]; firstPersonWithin: number };
};
let phrases: Map<string, { kind: Kind; words: string[] }[]> | undefined;
let firstPerson: { words: Set<string>; within: number } | undefined;

// Phrases indexed by their first word, so a sentence is scanned once.
function index(): Map<string, { kind: Kind; words: string[] }[]> {
  if (!phrases) {
    phrases = new Map();
    const lists = loadData<Lists>("claims-assertions.json");
    const byKind: [Kind, string[]][] = [
      ["causal", lists.causal],
      ["conclusion", lists.conclusion],
      ["sweeping", lists.sweeping],
      ["prescriptive", lists.notSweeping.prescriptive],
    ];
    for (const [kind, list] of byKind) {
      for (const phrase of list) {
        const words = phrase.split(" ");
        append(phrases, words[0], { kind, words });
      }
    }
    firstPerson = {
      words: new Set(lists.notSweeping.firstPerson),
      within: lists.notSweeping.firstPersonWithin,
    };
  }
  return phrases;
}

/** The sentence opens with the author speaking of themselves ("I suspect", "Instead I have spent"). */
function aboutTheAuthor(v: TokenView): boolean {
  const { words, within } = firstPerson as { words: Set<string>; within: number };
  let seen = 0;
  for (let i = v.from; i < v.to && seen < within; i++) {
    if (v.kind(i) !== "word") continue;
    if (words.has(v.key(i))) return true;
    seen++;
  }
  return false;
}

/**
 * The assertion kinds a declarative sentence makes: a causal link ("caused", "led to"), a
 * conclusion drawn ("this proves that", "the real story"), or a sweeping generalisation
 * ("everyone knows", "never"). Questions and fragments of fewer than five words ("Nothing here.")
 * assert nothing worth checking; a sweeping word in a recommendation or in the author's account of
 * themselves makes no sweeping claim.
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
  const found = new Set<Kind>();
  const table = index();
  for (let i = v.from; i < v.to; i++) {
    for (const p of table.get(v.key(i)) ?? []) if (v.matches(i, p.words)) found.add(p.kind);
  }
  // A recommendation or the author's account of themselves generalises about nothing a source
  // could back, whatever "every" or "nobody" it holds.
  if (found.has("prescriptive") || aboutTheAuthor(v)) found.delete("sweeping");
  found.delete("prescriptive");
  return [...found] as AssertionKind[];
}
