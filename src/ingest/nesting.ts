import { createRequire } from "node:module";
import type { Tokenizer as TokenizerClass } from "htmlparser2";
import { BANNER_ATTRIBUTES, hasConsentMarker } from "./boilerplate.js";

// htmlparser2's tokenizer is the one linkedom's parser reads the page with, so this pass sees the
// same tags, comments and raw text as the parse that follows. Loaded with linkedom, on the first
// page (see html.ts).
const require = createRequire(import.meta.url);
let tokenizerClass: typeof TokenizerClass | undefined;

/** HTML's void elements as the parser knows them: never on its stack of open elements. */
const VOID = new Set(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(
    " ",
  ),
);

/**
 * The open elements an opening tag closes when one of them is the innermost open element (HTML's
 * optional end tags: a `<p>` ends at the next block, an `<li>` at the next item), repeatedly while
 * the innermost is one of them, as the parser does.
 */
const CLOSED_BY = (() => {
  const map = new Map<string, Set<string>>();
  const add = (openers: string, closed: string) => {
    const set = new Set(closed.split(" "));
    for (const o of openers.split(" ")) map.set(o, set);
  };
  add(
    "p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul",
    "p",
  );
  add(
    "select input output button datalist textarea",
    "input option optgroup select button datalist textarea",
  );
  add("tr", "tr th td");
  add("th", "th");
  add("td", "thead th td");
  add("body", "head link script");
  add("li", "li");
  add("option", "option");
  add("optgroup", "optgroup option");
  add("dd dt", "dd dt");
  add("rt rp", "rt rp");
  add("tbody tfoot", "thead tbody");
  return map;
})();

/** Elements some opening tag closes: those the parser may close without their closing tag. */
const IMPLIED_CLOSE = new Set([...CLOSED_BY.values()].flatMap((set) => [...set]));

/** Elements that open foreign content (where `<x/>` closes itself) and the HTML islands inside it. */
const FOREIGN = new Set(["math", "svg"]);
const HTML_IN_FOREIGN = new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignobject",
  "desc",
  "title",
]);

/**
 * Elements whose tags are never dropped, however deep: their tags decide which text is read
 * (script, style and the like hide theirs; navigation, footers, forms, frames and drawings are
 * removed with their content when the page's own blocks are read; `<time datetime>` dates the page;
 * the root elements), or how the parser reads what follows (raw text, foreign content).
 */
const KEPT = new Set([
  ..."html head body title script style textarea xmp noscript template nav footer form iframe time".split(
    " ",
  ),
  ...FOREIGN,
  ...HTML_IN_FOREIGN,
]);

/**
 * Elements the page's own blocks are read without, content and all (see html.ts). A page nested
 * past the parse limit is far past Readability's depth, so its own blocks are what is read.
 */
export const REMOVED_WITH_CONTENT = "script style noscript template nav footer form iframe svg".split(" ");
const REMOVED = new Set(REMOVED_WITH_CONTENT);

/**
 * Kept elements whose tags matter only because they are removed with their content: inside one
 * such element that stays, another is removed with it anyway, so past the limit its tags go like
 * any other's (a soup of nested forms was otherwise parsed at its full depth: 200,000 of them
 * took 36 s).
 */
const REMOVED_ONLY = new Set(["nav", "footer", "form"]);

// What a dropped tag becomes when it closes nothing that stays: an empty comment, so that the text
// on either side stays two text nodes, as the tag left them (each is read with its blanks folded).
const PLACEHOLDER = "<!---->";

/**
 * Bound the nesting of elements an HTML page is parsed with. linkedom's parser (htmlparser2) keeps
 * its open elements with `unshift`/`shift`, a move of the whole stack per tag, so a page nested n
 * deep costs n² before anything reads the tree (1 MB of nested `<div>`s: about 6 s). One linear
 * pass over the page's tags (the parser's own tokenizer) follows the parser's stack of open
 * elements; an element that would open below `limit` open elements is dropped: its opening and
 * closing tags leave the page, its content stays in place, so the text and its order are kept.
 * Elements whose tags decide what is read ({@link KEPT}, and a consent banner's marked element)
 * are never dropped, but for a form, navigation or footer inside a kept element removed with its
 * content ({@link REMOVED_WITH_CONTENT}). A dropped tag that closed elements which stay (its implied or explicit close
 * of a parent left open) becomes their closing tags, so the parse of what stays is the same.
 * A page never that deep is returned as it is.
 */
export function boundNesting(html: string, limit: number): string {
  tokenizerClass ??= require("htmlparser2").Tokenizer as typeof TokenizerClass;
  // The parser's stack of open elements, innermost last, with whether each one's tags stay.
  const names: string[] = [];
  const kept: boolean[] = [];
  const openCount = new Map<string, number>();
  // Elements of REMOVED that stay open: inside one, what the page's blocks read is gone anyway.
  let removedOpen = 0;
  // The elements that stay, innermost last: the stack the parser reads the rewritten page with.
  const keptNames: string[] = [];
  // Whether the innermost open element is foreign content, for the page as it is and as rewritten:
  // the parser leaves foreign content only at an explicit `</svg>` or `</math>` (not when an
  // enclosing close pops them), so the closing tags put in for a dropped tag can make the two differ.
  const foreign: boolean[] = [false];
  const foreignOut: boolean[] = [false];
  // Replacements of dropped tags, in page order: [start, end) and the text put there.
  const edits: { start: number; end: number; text: string }[] = [];
  // The opening tag being read.
  let tagStart = -1;
  let tagName = "";
  let closedKept: string[] = [];
  let marked = false;
  let attribute = "";
  let value = "";

  const edit = (start: number, end: number, text: string): void => {
    const last = edits[edits.length - 1];
    // A run of dropped tags with nothing between them needs one placeholder, not one each.
    if (last?.end === start && last.text === PLACEHOLDER && text === PLACEHOLDER) last.end = end;
    else edits.push({ start, end, text });
  };
  const pop = (): void => {
    const name = names.pop() as string;
    if (kept.pop()) {
      keptNames.pop();
      if (REMOVED.has(name)) removedOpen--;
    }
    openCount.set(name, (openCount.get(name) as number) - 1);
  };
  const closeTag = (name: string): string => {
    if (FOREIGN.has(name) || HTML_IN_FOREIGN.has(name)) foreignOut.pop();
    return `</${name}>`;
  };
  const closing = (closed: string[]): string =>
    closed.length > 0 ? closed.map(closeTag).join("") : PLACEHOLDER;
  const openTagEnd = (end: number): void => {
    if (VOID.has(tagName)) return;
    // An element dropped right inside one that an opening tag may close would let that tag close
    // it in the rewritten page, where the page has the dropped element in between: kept instead.
    const keep =
      keptNames.length < limit ||
      (KEPT.has(tagName) && !(REMOVED_ONLY.has(tagName) && removedOpen > 0)) ||
      marked ||
      IMPLIED_CLOSE.has(keptNames[keptNames.length - 1]);
    names.push(tagName);
    kept.push(keep);
    openCount.set(tagName, (openCount.get(tagName) ?? 0) + 1);
    if (keep) {
      keptNames.push(tagName);
      if (REMOVED.has(tagName)) removedOpen++;
    } else edit(tagStart, end + 1, closing(closedKept));
  };

  const tokenizer = new tokenizerClass(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        tagStart = start - 1;
        tagName = html.slice(start, end).toLowerCase();
        closedKept = [];
        marked = false;
        const closes = CLOSED_BY.get(tagName);
        if (closes)
          while (names.length > 0 && closes.has(names[names.length - 1])) {
            if (kept[kept.length - 1]) closedKept.push(names[names.length - 1]);
            pop();
          }
        const context = FOREIGN.has(tagName) ? true : HTML_IN_FOREIGN.has(tagName) ? false : undefined;
        if (context !== undefined) {
          foreign.push(context);
          foreignOut.push(context);
        }
      },
      onattribname(start, end) {
        attribute = html.slice(start, end).toLowerCase();
        value = "";
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribentity(codepoint) {
        value += String.fromCodePoint(codepoint);
      },
      onattribend() {
        // Only an element deep enough to be dropped needs its marks read.
        if (keptNames.length >= limit && BANNER_ATTRIBUTES.includes(attribute) && hasConsentMarker(value))
          marked = true;
      },
      onopentagend(end) {
        openTagEnd(end);
      },
      onselfclosingtag(end) {
        openTagEnd(end);
        // In foreign content `<x/>` closes itself; elsewhere the slash means nothing. Where the
        // rewritten page would read the slash otherwise, an element that stays is closed (or left
        // open) as the page has it.
        if (names[names.length - 1] !== tagName) return;
        const selfClosing = foreign[foreign.length - 1];
        const rewritten = foreignOut[foreignOut.length - 1];
        const keep = kept[kept.length - 1];
        if (selfClosing) pop();
        if (!keep || selfClosing === rewritten) return;
        if (selfClosing) edit(end + 1, end + 1, closeTag(tagName));
        else {
          let slash = end - 1;
          while (html[slash] !== "/") slash--;
          edit(slash, slash + 1, " ");
        }
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (FOREIGN.has(name) || HTML_IN_FOREIGN.has(name)) {
          foreign.pop();
          foreignOut.pop();
        }
        if (VOID.has(name) || !openCount.get(name)) return;
        const closed: string[] = [];
        for (;;) {
          const top = names[names.length - 1];
          const keep = kept[kept.length - 1];
          pop();
          if (top === name) {
            if (!keep) {
              let open = start - 1;
              while (html[open] !== "/") open--;
              const close = html.indexOf(">", end);
              edit(open - 1, close < 0 ? html.length : close + 1, closing(closed));
            }
            return;
          }
          if (keep) closed.push(top);
        }
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (edits.length === 0) return html;
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(html.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(html.slice(at));
  return parts.join("");
}
