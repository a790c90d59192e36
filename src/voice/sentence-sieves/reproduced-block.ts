import type { Voice } from "../types.js";
import { blockVoice, type SentenceContext, type SentenceSieve, sourceName } from "./context.js";
import { reportedVoice } from "./reported-speech.js";

/**
 * A sentence of a block that an introducer or a blockquote opens takes the block's voice, with
 * reported speech inside it nested in the block's document or speaker. With sources, a sentence of a partly traced
 * block paragraph that nothing traces is the author's commentary, left to the next sieves.
 */
export const reproducedBlock: SentenceSieve = {
  name: "reproduced-block",
  voice(si: number, ctx: SentenceContext): Voice | undefined {
    const s = ctx.article.sentences[si];
    const block = ctx.blocks[s.paragraph];
    const share = ctx.traced.sentenceShare[si];
    const src = ctx.traced.sentenceSource[si];
    if (
      !block ||
      block.credit ||
      (ctx.traced.paragraphShare[s.paragraph] > 0 && share === 0 && block.kind === "document")
    )
      return undefined;
    // A block traced to a source it cites by no title takes the source's own title.
    const named =
      src && block.kind === "document" && block.citation === undefined ? sourceName(ctx, src) : undefined;
    let voice = blockVoice(named ? { ...block, name: named.name, citation: named.citation } : block);
    // Reported speech inside a reproduced document, or inside a person's words reproduced over
    // paragraphs (a reposted post), is the reported speaker's, named or described ("The authority
    // said the restrictions would …"), relayed by the block: the block reports it, not the author.
    const reported = reportedVoice(ctx, si);
    if (
      reported?.kind === "speaker" &&
      !(block.kind === "speaker" && firstPersonCue(ctx, si)) &&
      (reported.name || (reported.description && opensClause(ctx, si, reported.description)))
    )
      voice = { ...reported, ...(voice.name ? { document: voice.name } : {}) };
    if (src) voice.source = src;
    return voice;
  },
};

/**
 * Whether an unnamed speaker's description opens sentence si or a clause after a comma ("The
 * authority said …", "…, the department said."): a description found inside another clause ("after
 * her team said …") or made of a relative ("which") is no reporting subject the block relays.
 */
function opensClause(ctx: SentenceContext, si: number, description: string): boolean {
  const s = ctx.article.sentences[si];
  const text = ctx.article.text.slice(s.start, s.end).toLowerCase();
  const d = description.toLowerCase();
  return text.startsWith(d) || text.includes(`, ${d} `);
}

// Whether a cue of sentence si has a first-person subject: "As I said to Mr. Vance, …" inside a
// speaker's block is the speaker reporting their own words, still their voice.
function firstPersonCue(ctx: SentenceContext, si: number): boolean {
  return ctx.bySentence[si].some((i) => {
    const subject = ctx.cues[i].subject;
    return subject.kind === "pronoun" && ctx.lex.firstPersonPronouns.has(subject.text.toLowerCase());
  });
}
