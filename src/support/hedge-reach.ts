import { findPhrases, type Phrases, type SupportLexicon, supportLexicon } from "./lexicon.js";
import { counterpartsOf } from "./retrieve.js";
import { type Passage, termOf } from "./terms.js";

/** Content words after a hedge that it weakens: the predicate and its object ("may have contributed to the delay"). */
const REACH = 2;

/**
 * True when a hedge of `passage` weakens a word the claim states: one of the first {@link REACH}
 * content words after the hedge in its clause ("may reduce the delay" for "cut the delay"), a
 * contributory or causal word there for a causal claim ("may have contributed to the fall" for
 * "caused the slump"), or, for a hedge that ends its clause ("flooding is possible"), a word
 * before it. A passage
 * that shares only the claim's topic may hedge something else about it ("Haig is likely a cut-out
 * …" beside "Haig sold 700 rounds"): its hedge weakens nothing the claim says.
 */
export function hedgeReachesClaim(
  claim: Passage,
  passage: Passage,
  lex: SupportLexicon = supportLexicon(),
): boolean {
  const counter = counterpartsOf(lex);
  const said = (key: string): boolean => {
    if (lex.functionWords.has(key) || lex.generic.has(key) || /^\d/.test(key)) return false;
    // "Street trading licences: proposed changes to Millbrook Market" beside "Millbrook will be a
    // ghost town": a name is the topic both speak of, not what the hedge weakens.
    if (passage.names.has(key)) return false;
    const t = termOf(key, lex);
    if (claim.terms.has(t)) return true;
    for (const u of counter.get(t) ?? []) if (claim.terms.has(u)) return true;
    return false;
  };
  const content = (key: string) => !lex.functionWords.has(key) && !lex.conjunctEnds.has(key);
  const keys = passage.keys;
  const causalClaim = findPhrases(claim.keys, lex.causal).length > 0;
  const startsAny = (k: number, table: Phrases) =>
    (table.get(keys[k]) ?? []).some((p) => p.every((w, n) => keys[k + n] === w));
  for (let i = 0; i < keys.length; i++)
    for (const words of lex.hedges.get(keys[i]) ?? []) {
      if (!words.every((w, k) => keys[i + k] === w)) continue;
      // "investigate whether Clinton perjured herself" beside a claim that shares only its topic:
      // the open question is about the topic, and no word of it is the claim's to weaken.
      if (words.length === 1 && lex.openQuestions.has(words[0])) continue;
      const after: string[] = [];
      for (
        let k = i + words.length;
        k < keys.length && !lex.conjunctEnds.has(keys[k]) && after.length < REACH;
        k++
      ) {
        // "may have contributed to the fall" weakens "caused the slump".
        if (causalClaim && (startsAny(k, lex.contributory) || startsAny(k, lex.causal))) return true;
        if (content(keys[k])) after.push(keys[k]);
      }
      const before: string[] = [];
      if (after.length === 0)
        for (let k = i - 1; k >= 0 && !lex.conjunctEnds.has(keys[k]) && before.length < REACH; k--)
          if (content(keys[k])) before.push(keys[k]);
      if ([...after, ...before].some(said)) return true;
    }
  return false;
}
