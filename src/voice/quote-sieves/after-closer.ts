import type { QuoteSpan } from "../../text/quotes.js";
import { firstEndingAfter } from "../../text/search.js";
import type { Attribution, QuoteSieve, QuoteSieveContext } from "./context.js";

/**
 * A cue right after the closing mark: "…," says X; "…," X said; "…," Rovers coach Dominik Sauer
 * told reporters; or a dash and a name signing the quote ("“…” ― Pamela Padilla"), and in a
 * headline a colon.
 */
export const afterCloser: QuoteSieve = {
  name: "after-closer",
  attribute(q: QuoteSpan, ctx: QuoteSieveContext): Attribution | undefined {
    const { doc, cues, byFirst, lex } = ctx;
    const { tokens } = doc;
    let a = firstEndingAfter(tokens, q.end);
    if (tokens[a]?.key === ",") a++;
    const para = doc.paragraphs[q.lastParagraph];
    if (!tokens[a] || tokens[a].start >= para.end) return undefined;
    const ci = byFirst.get(a);
    if (ci !== undefined && cues[ci].inverted && ctx.usable(ci)) return ctx.attribution(ci, "after-closer");
    const headline =
      (q.lastParagraph === 0 || doc.paragraphs[q.lastParagraph].kind === "heading") && tokens[a]?.key === ":";
    if (
      headline ||
      /^[\u2014\u2015\u2013-]$/.test(tokens[a]?.key ?? "") ||
      /^--+$/.test(tokens[a]?.key ?? "")
    ) {
      const n = ctx.finder.nameForward(a + 1, tokens.length);
      if (n && doc.text.slice(tokens[a].end, tokens[n.first].start).indexOf("\n") < 0) {
        return {
          name: ctx.names.canonical(n.text),
          mention: ctx.span(n.first, n.last),
          sieve: "after-closer",
        };
      }
    }
    // The first cue whose subject follows the closer. After a quote that ends its sentence
    // ("….” A spokesman said …) only an adjacent cue counts.
    const closesSentence = /[.]["'\u201D\u2019]?$/.test(doc.text.slice(q.contentStart, q.end));
    const reach = closesSentence ? 3 : 16;
    for (let k = a; k < Math.min(tokens.length, a + reach) && tokens[k].start < para.end; k++) {
      const key = tokens[k].key;
      if (key === "." && k > a && lex.titles.has(tokens[k - 1].key)) continue; // "Mr. Obama"
      if (
        key === "." ||
        key === "!" ||
        key === "?" ||
        key === '"' ||
        (tokens[k].kind === "punct" && /[“‘]/.test(key))
      )
        break;
      const c = byFirst.get(k);
      if (c !== undefined && !cues[c].inverted && cues[c].subject.first >= a && ctx.usable(c))
        return ctx.attribution(c, "after-closer");
    }
    return undefined;
  },
};
