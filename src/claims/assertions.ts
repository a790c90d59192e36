import { append } from "../collections.js";
import { loadData } from "../data.js";
import type { TokenView } from "./tokens.js";

/** The kinds of assertion a sentence makes that a source should back. */
export type AssertionKind = "causal" | "conclusion" | "sweeping";

const MIN_WORDS = 5;

type Kind = AssertionKind | "prescriptive" | "notCausal";
type Lists = Record<AssertionKind, string[]> & {
  notCausal: string[];
  notSweeping: {
    prescriptive: string[];
    firstPerson: string[];
    firstPersonWithin: number;
    anaphors: string[];
    distributive: string[];
    approximators: string[];
    relativePronouns: string[];
    thatClauseHeads: string[];
    hypothesisOpeners: string[];
    intentions: string[];
  };
};
let phrases: Map<string, { kind: Kind; words: string[] }[]> | undefined;
let firstPerson: { words: Set<string>; within: number } | undefined;
/** Contexts in which a sweeping word generalises about nothing (see `notSweeping` in the data). */
let contexts:
  | {
      anaphors: Set<string>;
      distributive: Set<string>;
      approximators: Set<string>;
      relative: Set<string>;
      thatHeads: Set<string>;
      hypothesis: Set<string>;
      intentions: string[][];
    }
  | undefined;

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
      ["notCausal", lists.notCausal],
    ];
    for (const [kind, list] of byKind) {
      for (const phrase of list) {
        const words = phrase.split(" ");
        append(phrases, words[0], { kind, words });
      }
    }
    const ns = lists.notSweeping;
    firstPerson = { words: new Set(ns.firstPerson), within: ns.firstPersonWithin };
    contexts = {
      anaphors: new Set(ns.anaphors),
      distributive: new Set(ns.distributive),
      approximators: new Set(ns.approximators),
      relative: new Set(ns.relativePronouns),
      thatHeads: new Set(ns.thatClauseHeads),
      hypothesis: new Set(ns.hypothesisOpeners),
      intentions: ns.intentions.map((p) => p.split(" ")),
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

const CLAUSE_BREAK = new Set([",", ";", ":", "—", "–", "(", ")"]);

/**
 * True when the sweeping phrase of `length` tokens at `i` generalises about nothing a source could
 * back: it quantifies over what the author just said ("none of this", "none of them"), distributes
 * a rate ("for every school"), is hedged to a near-universal ("almost every child"), sits in the complement of a word of desire or plan ("wants every
 * pupil to swim": an aim), or sits in a relative clause describing a thing ("the hall that was
 * closed and never reopened"). A relative pronoun is "who", "which", … or a "that" whose word
 * before it does not take a that-clause ("knows that nobody cared" is a sweeping claim).
 */
function idleSweep(v: TokenView, i: number, length: number): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  if (c.anaphors.has(v.key(i + length)) && v.key(i + length - 1) === "of") return true;
  if (c.distributive.has(v.key(i - 1)) || c.approximators.has(v.key(i - 1))) return true;
  for (let k = i - 1; k > v.from; k--) {
    const key = v.key(k);
    if (CLAUSE_BREAK.has(key)) return false;
    if (c.intentions.some((words) => v.matches(k, words))) return true;
    if (!c.relative.has(key)) continue;
    const before = v.key(k - 1);
    if (v.kind(k - 1) !== "word" || c.thatHeads.has(before)) continue;
    if (key !== "that" || !c.anaphors.has(before)) return true;
  }
  return false;
}

/** The sentence is a hypothesis: "If the port lost …, then …". */
function hypothesis(v: TokenView): boolean {
  const c = contexts as NonNullable<typeof contexts>;
  for (let i = v.from; i < v.to; i++) if (v.kind(i) === "word") return c.hypothesis.has(v.key(i));
  return false;
}

/**
 * The assertion kinds a declarative sentence makes: a causal link ("caused", "led to"), a
 * conclusion drawn ("this proves that", "the real story"), or a sweeping generalisation
 * ("everyone knows", "never"). Questions and fragments of fewer than five words ("Nothing here.")
 * assert nothing worth checking; a sweeping word in a recommendation, in the author's account of
 * themselves, in a hypothesis or in one of the contexts of {@link idleSweep} makes no sweeping claim.
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
    const here = (table.get(v.key(i)) ?? []).filter((p) => v.matches(i, p.words));
    // "were due to speak at the march": a schedule where "due to" begins, not a cause.
    const notCausal = here.some((p) => p.kind === "notCausal");
    for (const p of here) {
      if (p.kind === "notCausal" || (p.kind === "causal" && notCausal)) continue;
      if (p.kind === "sweeping" && idleSweep(v, i, p.words.length)) continue;
      found.add(p.kind);
    }
  }
  if (hypothesis(v)) found.delete("sweeping");
  // A recommendation or the author's account of themselves generalises about nothing a source
  // could back, whatever "every" or "nobody" it holds.
  if (found.has("prescriptive") || aboutTheAuthor(v)) found.delete("sweeping");
  found.delete("prescriptive");
  return [...found] as AssertionKind[];
}
