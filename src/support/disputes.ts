import type { Document } from "../text/document.js";
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
  private marked?: Map<number, string>;

  constructor(
    private readonly article: Document,
    private readonly voices: readonly Voice[],
    private readonly quotes: readonly Quote[],
    /** Sentences the article quotes or reproduces: the passages a claim may be rated against. */
    private readonly reproduced: ReadonlySet<number>,
    private readonly lex: SupportLexicon = supportLexicon(),
  ) {}

  /** The word by which the author calls article sentence `i` wrong, or undefined. */
  markerOf(i: number): string | undefined {
    this.marked ??= this.build();
    return this.marked.get(i);
  }

  /** Worked out on the first claim rated against the article's own text: most never are. */
  private build(): Map<number, string> {
    const out = new Map<number, string>();
    const { article, lex } = this;
    const store = article.tokenStore;
    const inQuote = (at: number) => this.quotes.some((q) => q.content.start <= at && at < q.content.end);
    const callers: { passage: Passage; word: string }[] = [];
    article.sentences.forEach((s, i) => {
      const passage = passageOf(article, i);
      const keys = passage.keys;
      for (let k = 0; k < keys.length; k++)
        for (const words of lex.errorMarkers.get(keys[k]) ?? []) {
          if (!words.every((w, n) => keys[k + n] === w)) continue;
          // "is not wrong" calls nothing wrong; "not true" is itself the verdict.
          if (!lex.negators.has(words[0]) && negatedAt(keys, k, lex)) continue;
          const own = this.voices[i]?.kind === "author" || !inQuote(store.starts[s.tokenStart + k]);
          if (own) callers.push({ passage, word: words.join(" ") });
        }
    });
    if (callers.length === 0) return out;
    for (const r of this.reproduced) {
      if (out.has(r)) continue;
      const quoted = passageOf(article, r);
      for (const c of callers) {
        let shared = 0;
        for (const t of c.passage.terms) if (quoted.terms.has(t)) shared++;
        if (c.passage.sentence === r || shared >= SHARED_WITH_QUOTE) {
          out.set(r, c.word);
          break;
        }
      }
    }
    return out;
  }
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
  if (!e || e.id !== claim.id || (rating.status !== "contradicted" && rating.status !== "overreach"))
    return rating;
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
