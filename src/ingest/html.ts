import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Block } from "../text/document.js";
import type { BlockKind } from "../text/segment.js";

/** What the extractor found in a page. */
export interface ExtractedHtml {
  blocks: Block[];
  title?: string;
  byline?: string;
  date?: string;
  siteName?: string;
  lang?: string;
}

const SNIFF =
  /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main|h1)[\s>]/i;

/** True when `text` looks like an HTML document rather than plain text. */
export const looksLikeHtml = (text: string): boolean => SNIFF.test(text.slice(0, 4096));

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
  FIGCAPTION: "paragraph",
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
 * Extract the main content of an HTML page with Mozilla Readability over linkedom: title,
 * byline, date, site name, and the article's blocks (paragraphs, headings, list items, and block
 * quotes kept as such). When Readability finds no article, the page's own blocks are used.
 */
export function extractHtml(html: string): ExtractedHtml {
  const { document } = parseHTML(html);
  const lang = document.documentElement?.getAttribute?.("lang") ?? undefined;
  const date = metaDate(document);
  let article: ReturnType<Readability<string>["parse"]> = null;
  try {
    // Readability mutates the DOM it is given; parse a second copy for it.
    const copy = parseHTML(html).document;
    article = new Readability(copy as never, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let blocks: Block[] = [];
  if (article?.content) {
    const inner = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document;
    blocks = collectBlocks(inner.body);
  }
  if (totalLength(blocks) < 40) {
    const body = document.body;
    if (body) {
      for (const el of body.querySelectorAll("script,style,noscript,template,nav,footer,form,iframe,svg"))
        el.remove();
      // Too little for Readability to trust: the page's own blocks, boilerplate removed, decide.
      blocks = collectBlocks(body);
    }
  }
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
  childNodes: ArrayLike<DomNode>;
}

/**
 * Walk the DOM in document order and turn it into blocks. Text outside any block element
 * (loose text in a div) becomes a paragraph; everything inside a blockquote is a blockquote
 * block, one per inner paragraph.
 */
function collectBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let loose = "";
  const flushLoose = () => {
    if (loose.trim()) blocks.push({ kind: "paragraph", text: loose.trim() });
    loose = "";
  };
  const visit = (node: DomNode, inQuote: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        loose += htmlSpace(child.textContent);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toUpperCase();
      if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") continue;
      if (tag === "BR") {
        loose += "\n";
        continue;
      }
      if (tag === "BLOCKQUOTE") {
        flushLoose();
        const before = blocks.length;
        visit(child, true);
        flushLoose();
        for (let i = before; i < blocks.length; i++) blocks[i] = { ...blocks[i], kind: "blockquote" };
        continue;
      }
      const kind = BLOCK_TAGS[tag];
      if (kind && !hasBlockChild(child)) {
        flushLoose();
        const text = inlineText(child);
        if (text.trim()) blocks.push({ kind: inQuote ? "blockquote" : kind, text: text.trim() });
        continue;
      }
      if (kind || CONTAINERS.has(tag)) {
        flushLoose();
        visit(child, inQuote);
        flushLoose();
        continue;
      }
      loose += inlineText(child);
    }
  };
  visit(root, false);
  flushLoose();
  return blocks;
}

function hasBlockChild(node: DomNode): boolean {
  for (const child of Array.from(node.childNodes)) {
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

// Text of an element with <br> kept as a line break.
function inlineText(node: DomNode): string {
  let out = "";
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += htmlSpace(child.textContent);
    else if (child.nodeType === 1) {
      const tag = child.nodeName.toUpperCase();
      if (tag === "BR") out += "\n";
      else if (tag !== "SCRIPT" && tag !== "STYLE") out += inlineText(child);
    }
  }
  return out;
}
