import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHtml } from "linkedom";
import type { Block } from "../text/document.js";
import type { BlockKind } from "../text/segment.js";
import { isConsentNotice, isPageFurniture, removeConsentBanners } from "./boilerplate.js";
import { boundNesting, REMOVED_WITH_CONTENT } from "./nesting.js";

// linkedom and Readability take about 110 ms of CPU to load, a third of the start-up of a
// plain-text analysis that never needs them: they are loaded on the first page, through their
// CommonJS builds, which load synchronously (ingest is synchronous).
const require = createRequire(import.meta.url);
let libraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function dom(): { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } {
  libraries ??= {
    parseHTML: require("linkedom").parseHTML,
    Readability: require("@mozilla/readability").Readability,
  };
  return libraries;
}
const parseHTML = (html: string) => dom().parseHTML(html);

/** What the extractor found in a page. */
export interface ExtractedHtml {
  blocks: Block[];
  title?: string;
  byline?: string;
  date?: string;
  siteName?: string;
  lang?: string;
}

const SNIFF_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main|h1)[\s>]/iy;

/**
 * True when `text` looks like an HTML document rather than plain text: its first tag, after
 * blanks and comments, is one that starts a page. A scan, not one regex: a pattern that repeats
 * "comment then blanks" backtracks exponentially on a run of empty comments.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at])) at++;
    if (!head.startsWith("<!--", at)) break;
    const close = head.indexOf("-->", at + 4);
    if (close < 0) return false;
    at = close + 3;
  }
  SNIFF_TAG.lastIndex = at;
  return SNIFF_TAG.test(head);
}

const BLOCK_TAGS: Record<string, BlockKind> = {
  P: "paragraph",
  H1: "heading",
  H2: "heading",
  H3: "heading",
  H4: "heading",
  H5: "heading",
  H6: "heading",
  LI: "list-item",
  BLOCKQUOTE: "blockquote",
  PRE: "paragraph",
  FIGCAPTION: "caption",
  DD: "paragraph",
  DT: "paragraph",
  TD: "paragraph",
};
const CONTAINERS = new Set([
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "TBODY",
  "THEAD",
  "TR",
  "FIGURE",
  "BODY",
  "HEADER",
  "SPAN",
]);

/**
 * Readability's element limit (`maxElemsToParse`). linkedom's `getElementsByTagName("*")`
 * returns nothing, so Readability's own check never fires; {@link measureTree} enforces it.
 */
const MAX_ELEMENTS = 50_000;
/**
 * Deepest nesting handed to Readability: its scoring walks ancestors of every node, so deeply
 * nested pages cost it seconds (400 nested divs: 2 s here). Deeper pages use the block walker.
 */
const MAX_READABILITY_DEPTH = 150;
/** Deepest nesting the block walker keeps as structure; deeper elements are read as inline text. */
const MAX_BLOCK_DEPTH = 200;
/**
 * Deepest nesting the HTML parser is given ({@link boundNesting}): past Readability's, so such a
 * page is read by the block walker, which removes forms, navigation and the like with their
 * content; past the walker's depth and the page's `<html>` and `<body>`, where every element is
 * read as inline text, so dropping the tags of deeper elements changes nothing that is read.
 */
const MAX_PARSE_DEPTH = 256;

/**
 * Extract the main content of an HTML page with Mozilla Readability over linkedom: title,
 * byline, date, site name, and the article's blocks (paragraphs, headings, list items, and block
 * quotes kept as such). When Readability finds no article, or the page is too large or too deeply
 * nested for it, the page's own blocks are used. Fragments and text without any element are
 * read as the body of a page.
 */
export function extractHtml(page: string): ExtractedHtml {
  const html = boundNesting(page, MAX_PARSE_DEPTH);
  const document = parseDocument(html);
  const lang = document.documentElement.getAttribute("lang") ?? undefined;
  const date = metaDate(document);
  let article: ReturnType<ReadabilityClass<string>["parse"]> = null;
  const size = measureTree(document.documentElement as unknown as DomNode);
  if (size.elements <= MAX_ELEMENTS && size.depth <= MAX_READABILITY_DEPTH) {
    try {
      // Readability mutates the DOM it is given; parse a second copy for it.
      const copy = parseDocument(html);
      removeConsentBanners(copy);
      article = new (dom().Readability)(copy as never, {
        charThreshold: 200,
        maxElemsToParse: MAX_ELEMENTS,
      }).parse();
    } catch {
      article = null;
    }
  }
  let blocks: Block[] = [];
  if (article?.content) {
    const inner = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document;
    blocks = collectBlocks(inner.body);
  }
  if (totalLength(blocks) < 40) {
    const body = document.body;
    for (const el of body.querySelectorAll(REMOVED_WITH_CONTENT.join(","))) el.remove();
    removeConsentBanners(body);
    // Too little for Readability to trust: the page's own blocks, boilerplate removed, decide.
    blocks = collectBlocks(body);
  } else blocks = withHeadline(blocks, document, clean(article?.title));
  blocks = blocks.filter((b) => !isConsentNotice(b.text) && !isPageFurniture(b.text));
  const title = clean(article?.title) ?? clean(document.querySelector("title")?.textContent);
  return {
    blocks,
    title,
    byline: clean(article?.byline),
    date: clean(article?.publishedTime) ?? date,
    siteName: clean(article?.siteName),
    lang: clean(article?.lang) ?? clean(lang),
  };
}

/**
 * Readability drops the page's headline when it repeats the title it reports; the headline is the
 * article's first line, so it goes back in front of the blocks as a heading, as plain text keeps it.
 */
function withHeadline(blocks: Block[], document: ParsedDocument, title: string | undefined): Block[] {
  const h1 = clean(document.querySelector("h1")?.textContent);
  if (!h1 || h1 !== title || blocks.some((b) => b.text === h1)) return blocks;
  return [{ kind: "heading", text: h1 }, ...blocks];
}

type ParsedDocument = ReturnType<typeof parseHTML>["document"];
const HEAD_TAGS = new Set(["TITLE", "META", "LINK", "BASE"]);

/**
 * Parse HTML into a document that always has `<html>`, `<head>` and `<body>`. linkedom makes the
 * first element of a fragment (`<p>…</p><p>…</p>`) the root and gives plain text no root at all,
 * so such input is moved into a fresh page: head elements to its head, the rest to its body.
 */
function parseDocument(html: string): ParsedDocument {
  const parsed = parseHTML(html).document;
  const root = parsed.documentElement as DomNode | null;
  if (root?.nodeName === "HTML" && childrenOf(root).some((n) => n.nodeName === "BODY")) return parsed;
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const stack = childrenOf(parsed as unknown as DomNode).reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeName === "HTML" || node.nodeName === "HEAD" || node.nodeName === "BODY") {
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    } else if (node.nodeType === 1 && HEAD_TAGS.has(node.nodeName)) document.head.appendChild(node as never);
    else if (node.nodeType === 1 || node.nodeType === 3) document.body.appendChild(node as never);
  }
  return document;
}

/** Number of elements and deepest nesting under `root`, counted without recursion. */
function measureTree(root: DomNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, d] = top;
    elements++;
    if (d > depth) depth = d;
    if (elements > MAX_ELEMENTS) break;
    for (const child of childrenOf(node)) if (child.nodeType === 1) stack.push([child, d + 1]);
  }
  return { elements, depth };
}

function totalLength(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.trim().length;
  return n;
}

function clean(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, " ").trim();
  return v ? v : undefined;
}

function metaDate(document: {
  querySelector(s: string): { getAttribute(n: string): string | null } | null;
}): string | undefined {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    "time[datetime]",
  ];
  for (const s of selectors) {
    const el = document.querySelector(s);
    const v = el?.getAttribute("content") ?? el?.getAttribute("datetime");
    if (v) return v.trim();
  }
  return undefined;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

/**
 * The children of a node. linkedom's `childNodes` walks the node's whole subtree to build its
 * list, which makes a walk over deep nesting quadratic; `firstChild`/`nextSibling` do not.
 */
function childrenOf(node: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/**
 * Walk the DOM in document order and turn it into blocks. Text outside any block element
 * (loose text in a div) becomes a paragraph; everything inside a blockquote is a blockquote
 * block, one per inner paragraph. The walk keeps its own stack, so no nesting depth overflows
 * the call stack; below {@link MAX_BLOCK_DEPTH} elements are read as inline text.
 */
function collectBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let loose = "";
  const flushLoose = () => {
    if (loose.trim()) blocks.push({ kind: "paragraph", text: loose.trim() });
    loose = "";
  };
  // A task is a node to visit or the work left to do when an element's children are done.
  type Task = { node: DomNode; inQuote: boolean; depth: number } | (() => void);
  const stack: Task[] = [];
  const pushChildren = (node: DomNode, inQuote: boolean, depth: number) => {
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], inQuote, depth });
  };
  pushChildren(root, false, 1);
  for (let task = stack.pop(); task; task = stack.pop()) {
    if (typeof task === "function") {
      task();
      continue;
    }
    const { node: child, inQuote, depth } = task;
    if (child.nodeType === 3) {
      loose += htmlSpace(child.textContent);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === "BR") {
      loose += "\n";
      continue;
    }
    if (depth > MAX_BLOCK_DEPTH) {
      loose += inlineText(child);
      continue;
    }
    if (tag === "BLOCKQUOTE") {
      flushLoose();
      const before = blocks.length;
      stack.push(() => {
        flushLoose();
        for (let i = before; i < blocks.length; i++) blocks[i] = { ...blocks[i], kind: "blockquote" };
      });
      pushChildren(child, true, depth + 1);
      continue;
    }
    const kind = BLOCK_TAGS[tag];
    if (kind && !hasBlockChild(child)) {
      flushLoose();
      const lead = { end: -1 };
      const text = inlineText(child, lead);
      const trimmed = text.trim();
      // The bold lead, counted in the trimmed text.
      const strong = lead.end - (text.length - text.trimStart().length);
      if (trimmed)
        blocks.push({
          kind: inQuote ? "blockquote" : kind,
          text: trimmed,
          ...(strong > 0 ? { strong: Math.min(strong, trimmed.length) } : {}),
        });
      continue;
    }
    if (kind || CONTAINERS.has(tag)) {
      flushLoose();
      stack.push(flushLoose);
      pushChildren(child, inQuote, depth + 1);
      continue;
    }
    loose += inlineText(child);
  }
  flushLoose();
  return blocks;
}

const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TITLE", "META", "LINK", "BASE", "HEAD"]);

function hasBlockChild(node: DomNode): boolean {
  for (const child of childrenOf(node)) {
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toUpperCase();
    if (tag === "BLOCKQUOTE" || (BLOCK_TAGS[tag] && tag !== "TD") || CONTAINERS.has(tag)) {
      if (tag === "SPAN") continue;
      return true;
    }
  }
  return false;
}

// In HTML, line breaks in the source are spaces; only <br> breaks a line. Non-breaking spaces stay.
const htmlSpace = (text: string | null): string => (text ?? "").replace(/[ \t\n\r\f]+/g, " ");

// Text of an element with <br> kept as a line break, read with an explicit stack (any depth).
// With `lead`, records in `lead.end` where a bold element (`<strong>`, `<b>`) that opens the text
// (only blanks before it) ends: the voice layer reads a bold prompt as an interviewer's.
function inlineText(node: DomNode, lead?: { end: number }): string {
  let out = "";
  const BOLD_END = null;
  let boldOpen = false;
  const stack: (DomNode | null)[] = childrenOf(node).reverse();
  while (stack.length > 0) {
    const child = stack.pop();
    if (child === BOLD_END) {
      if (lead && lead.end < 0) lead.end = out.length;
      boldOpen = false;
      continue;
    }
    if (!child) continue;
    if (child.nodeType === 3) out += htmlSpace(child.textContent);
    else if (child.nodeType === 1) {
      const tag = child.nodeName.toUpperCase();
      if (tag === "BR") out += "\n";
      else if (tag !== "SCRIPT" && tag !== "STYLE") {
        if (lead && lead.end < 0 && !boldOpen && (tag === "STRONG" || tag === "B") && out.trim() === "") {
          boldOpen = true;
          stack.push(BOLD_END);
        }
        const children = childrenOf(child);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      }
    }
  }
  return out;
}
