import type { Document } from "../text/document.js";
import type { TokenStore } from "../text/token-store.js";
import type { Quote, Voice } from "../voice/types.js";
import { findPhrases, type SupportLexicon, supportLexicon } from "./lexicon.js";
import type { PassageRating } from "./rate.js";
import { negatedAt } from "./rate.js";
import { type Passage, passageOf } from "./terms.js";

/** Content terms an article sentence that calls a text wrong must share with it to speak of it. */
const SHARED_WITH_QUOTE = 2;

/**
 * The quoted and reproduced sentences of an article that the author calls wrong ("the professor
 * incorrectly thought Australia 'is not a country'", "which, again, is incorrect"), each with the
 * word that calls it so. An author who argues against a text the article shows is disputing it,
 * not misrepresenting it: a claim that says the opposite is the author's argument, and rating it
 * "contradicted by the text the article quotes" would accuse the author of misreading a text they
 * openly reject. The word counts only in the author's voice: an author sentence, or the words of
 * another sentence outside its quotation marks (the author's framing of a quote), never the quoted
 * words themselves ("'Reports that we cut jobs are wrong,' the firm said" is the firm's denial).
 */
export class Disputes {
  /** The article sentences that call a text wrong, found on the first claim rated against the article's own text. */
  private callers?: { passage: Passage; word: string }[];
  private readonly marked = new Map<number, string | undefined>();

  constructor(
    private readonly article: Document,
    private readonly voices: readonly Voice[],
    private readonly quotes: readonly Quote[],
    private readonly lex: SupportLexicon = supportLexicon(),
  ) {}

  /** The word by which the author calls article sentence `i` (a quoted or reproduced one) wrong, or undefined. */
  markerOf(i: number): string | undefined {
    if (!this.marked.has(i)) this.marked.set(i, this.find(i));
    return this.marked.get(i);
  }

  private find(i: number): string | undefined {
    this.callers ??= this.calling();
    if (this.callers.length === 0) return undefined;
    const quoted = passageOf(this.article, i);
    for (const c of this.callers) {
      if (c.passage.sentence === i) return c.word;
      let shared = 0;
      for (const t of c.passage.terms) if (quoted.terms.has(t)) shared++;
      if (shared >= SHARED_WITH_QUOTE) return c.word;
    }
    return undefined;
  }

  /** The sentences whose author's words call something wrong, with the word. */
  private calling(): { passage: Passage; word: string }[] {
    const out: { passage: Passage; word: string }[] = [];
    const { article, lex } = this;
    const store = article.tokenStore;
    const inQuote = (at: number) => this.quotes.some((q) => q.content.start <= at && at < q.content.end);
    article.sentences.forEach((s, i) => {
      // Most sentences hold no such words: their keys are read before any passage is built. The
      // passage's keys are the store's but for "may" read as the month, so a marker the passage
      // holds is one the store's keys hold.
      let any = false;
      for (let k = s.tokenStart; k < s.tokenEnd && !any; k++) {
        // Asked of every word of the article: no empty list and no iterator made per word.
        const markers = lex.errorMarkers.get(store.key(k));
        if (markers === undefined) continue;
        for (let n = 0; n < markers.length && !any; n++) any = holdsAt(store, k, s.tokenEnd, markers[n]);
      }
      if (!any) return;
      const passage = passageOf(article, i);
      const keys = passage.keys;
      for (let k = 0; k < keys.length; k++)
        for (const words of lex.errorMarkers.get(keys[k]) ?? []) {
          if (!words.every((w, n) => keys[k + n] === w)) continue;
          // "is not wrong" calls nothing wrong; "not true" is itself the verdict.
          if (!lex.negators.has(words[0]) && negatedAt(keys, k, lex)) continue;
          const own = this.voices[i]?.kind === "author" || !inQuote(store.starts[s.tokenStart + k]);
          if (own) out.push({ passage, word: words.join(" ") });
        }
    });
    return out;
  }
}

/** True when `words` are the keys of the tokens from `k` on, before `end` ("may:month" as "may"). */
function holdsAt(store: TokenStore, k: number, end: number, words: readonly string[]): boolean {
  if (k + words.length > end) return false;
  for (let n = 0; n < words.length; n++) {
    const key = store.key(k + n);
    if (key !== words[n] && !(words[n] === "may:month" && key === "may")) return false;
  }
  return true;
}

/** The error marker the claim's own words hold ("nothing could be further from the truth"), or undefined. */
function ownMarker(claim: Passage, lex: SupportLexicon): string | undefined {
  const keys = claim.keys;
  for (let k = 0; k < keys.length; k++)
    for (const words of lex.errorMarkers.get(keys[k]) ?? []) {
      if (!words.every((w, n) => keys[k + n] === w)) continue;
      if (!lex.negators.has(words[0]) && negatedAt(keys, k, lex)) continue;
      return words.join(" ");
    }
  return undefined;
}

/**
 * The rating of a claim the author makes against a text the article itself shows: when the rules
 * find it contradicts or overreaches that text and the author calls the text wrong, or the claim
 * opens its rebuttal ("Australia is, in fact, a country"), the author disputes the text: no
 * passage backs the claim, and none is misread. The text is kept as the closest passage.
 */
export function disputed(
  claim: Passage,
  rating: PassageRating & { evidence?: Passage },
  disputes: Disputes,
  lex: SupportLexicon = supportLexicon(),
): PassageRating & { evidence?: Passage } {
  const e = rating.evidence;
  if (!e || e.id !== claim.id) return rating;
  // "So, while they tell you their policies are consistent with it, nothing could be further from
  // the truth": a claim that restates the quote and calls it wrong in its own words is not backed
  // by it (seen on a PTC train article, supported by the resolution it quotes).
  if (rating.status === "supported") {
    const own = ownMarker(claim, lex);
    return own
      ? {
          status: "not-found",
          rule: "disputes",
          reason: `no passage backs this: the claim calls the text the article quotes wrong ("${own}")`,
          evidence: e,
        }
      : rating;
  }
  if (rating.status !== "contradicted" && rating.status !== "overreach") return rating;
  const marker = disputes.markerOf(e.sentence);
  const cue = rating.status === "contradicted" ? findPhrases(claim.keys, lex.rebuttals)[0] : undefined;
  if (!marker && !cue) return rating;
  return {
    status: "not-found",
    rule: "disputes",
    reason: marker
      ? `no passage backs this: the author disputes the text the article quotes, which the author calls wrong ("${marker}")`
      : `no passage backs this: the author disputes the text the article quotes ("${cue}")`,
    evidence: e,
  };
}
