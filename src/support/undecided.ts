import { findPhrases, type SupportLexicon, supportLexicon } from "./lexicon.js";
import { phrasalAt, predicateOf } from "./predicate.js";
import { negatedAt } from "./rate.js";
import { type Passage, termOf } from "./terms.js";

/** Words before a decision word that make it one already taken: "has approved", "was agreed", "already signed off". */
const TAKEN_REACH = 3;

/** The decision a claim says was taken, the passage's words that leave it still to be taken, and that passage. */
export interface Undecided {
  decided: string;
  pending: string;
  passage: Passage;
}

// The terms of the decision words themselves, per lexicon: they are no anchor between claim and passage.
const decisionTermsOf = new WeakMap<SupportLexicon, Set<string>>();

/**
 * "The planning committee has already approved it" against "The planning committee will decide the
 * application on 15 December": the claim says a decision was taken that the passage says is still
 * to come ("will decide", "has not yet been approved", "no decision has been made", "subject to
 * approval"). The passage must share a word with the claim besides the decision words, the body or
 * thing decided on, and the claim must state the decision plainly: taken ("has approved", "was
 * agreed", "already signed off", or in the simple past as its predicate: "Councillors signed the
 * budget off"), not negated, and the claim not hedged, wished or conditional.
 * The first of `passages` that leaves it to come, or undefined.
 */
export function undecidedAgainst(
  claim: Passage,
  passages: readonly Passage[],
  lex: SupportLexicon = supportLexicon(),
): Undecided | undefined {
  const decided = takenDecision(claim, lex);
  if (decided === undefined) return undefined;
  let decisionTerms = decisionTermsOf.get(lex);
  if (decisionTerms === undefined) {
    decisionTerms = new Set(
      [...lex.decisionsTaken.values(), ...lex.undecided.values()]
        .flat()
        .flat()
        .map((w) => termOf(w, lex)),
    );
    decisionTermsOf.set(lex, decisionTerms);
  }
  const terms = decisionTerms;
  for (const passage of passages) {
    const pending = findPhrases(passage.keys, lex.undecided)[0];
    if (pending === undefined) continue;
    const anchored = [...claim.terms].some(
      (t) => passage.terms.has(t) && !terms.has(t) && !lex.generic.has(t) && /^\p{L}/u.test(t),
    );
    if (anchored) return { decided, pending, passage };
  }
  return undefined;
}

function takenDecision(claim: Passage, lex: SupportLexicon): string | undefined {
  const keys = claim.keys;
  // "Councillors signed off the budget last month": the decision word is the claim's predicate, in
  // the simple past, with no auxiliary before it (not "will be approved").
  const predicate = predicateOf(claim, lex);
  const simplePast =
    predicate !== undefined &&
    !keys.slice(Math.max(0, predicate.at - TAKEN_REACH), predicate.at).some((k) => lex.auxiliaries.has(k));
  let decided: string | undefined;
  for (let i = 0; i < keys.length && decided === undefined; i++)
    for (const words of lex.decisionsTaken.get(keys[i]) ?? []) {
      // "has not yet approved" leaves the decision open; "Make no mistake: it has been approved" does
      // not. A phrasal decision may have its object inside it: "signed the budget off".
      if (!phrasalAt(keys, i, words, lex) || negatedAt(keys, i, lex)) continue;
      if (simplePast && predicate?.at === i) decided = words.join(" ");
      for (let k = i - 1; k >= Math.max(0, i - TAKEN_REACH) && decided === undefined; k--)
        if (lex.takenMarkers.has(keys[k])) decided = words.join(" ");
      if (decided !== undefined) break;
    }
  if (
    decided === undefined ||
    findPhrases(keys, lex.hedges).length > 0 ||
    findPhrases(keys, lex.intentions).length > 0 ||
    findPhrases(keys, lex.conditionals).length > 0
  )
    return undefined;
  return decided;
}
