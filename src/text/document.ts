import { createHash } from "node:crypto";
import { type NormalizedText, normalizeText } from "./normalize.js";
import { type BlockKind, type Paragraph, type Sentence, splitBlocks, splitSentences } from "./segment.js";
import type { TokenStore } from "./token-store.js";
import { type Token, tokenizeToStore } from "./tokenize.js";

/** Where a document came from and what its page said about itself. */
export interface DocumentMeta {
  /** File path, URL or `-` for standard input. */
  location?: string;
  /** `text` or `html`: how the input was read. */
  format: "text" | "html";
  /** Character encoding the input bytes were decoded from. */
  encoding?: string;
  /** Invalid byte sequences the decoder replaced with U+FFFD (absent when none). */
  replacedBytes?: number;
  title?: string;
  byline?: string;
  /** Publication date as the page gave it (ISO 8601 when it could be parsed). */
  date?: string;
  /** Name of the outlet or site. */
  siteName?: string;
  /** Language declared by the page, if any. */
  lang?: string;
}

/**
 * A document ready for analysis: one normalized `text`, its blocks, sentences and tokens as
 * `[start, end)` spans into it, and the input it was made from, kept unchanged.
 */
export interface Document {
  /** Stable id: the caller's, or derived from the content hash. */
  id: string;
  meta: DocumentMeta;
  /** The decoded input exactly as given (the HTML source for HTML inputs). */
  original: string;
  /** SHA-256 of the input bytes (or of the UTF-8 input string), hex. */
  sha256: string;
  /** The normalized text every offset refers to. */
  text: string;
  /**
   * For each code unit of `text`, the offset in the text the normalizer was given: `original`
   * for plain text; for HTML, the text the extractor produced from the page. Made again from
   * the input on first read and kept: no layer reads it, and it is 4 bytes a character.
   */
  readonly origin: Int32Array;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /**
   * The tokens as objects, made from `tokenStore` on first read and kept (their keys are its
   * interned strings). About 64 bytes a token: the layers read `tokenStore` instead, so a long
   * document never holds them unless a caller asks.
   */
  readonly tokens: Token[];
  /** The tokens in typed arrays with interned keys: what every layer reads. */
  tokenStore: TokenStore;
}

/** A block of extracted text with its role, as produced by the HTML extractor. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Length of the bold run that opens `text`, if any (see {@link Paragraph.strong}). */
  strong?: number;
}

/** Options of {@link createDocument}. */
export interface CreateDocumentOptions {
  /** Id of the document (default: `doc-` and the first 12 hex digits of its SHA-256). */
  id?: string;
  meta?: Partial<DocumentMeta>;
  /** SHA-256 of the raw input bytes, when the caller read bytes (default: hash of `original`). */
  sha256?: string;
  /** The unchanged input, when `text` was extracted from it (default: `text`). */
  original?: string;
  /** Blocks with roles, when the input had structure (HTML); plain text is split into blocks. */
  blocks?: Block[];
}

/** Build a {@link Document} from text: normalize, split into blocks, sentences and tokens. */
export function createDocument(text: string, options: CreateDocumentOptions = {}): Document {
  let normalized: NormalizedText;
  let paragraphs: Paragraph[];
  if (options.blocks) {
    ({ normalized, paragraphs } = fromBlocks(options.blocks));
  } else {
    normalized = normalizeText(text);
    paragraphs = splitBlocks(normalized.text);
  }
  const original = options.original ?? text;
  const sha256 = options.sha256 ?? createHash("sha256").update(original).digest("hex");
  const tokenStore = tokenizeToStore(normalized.text);
  const sentences = splitSentences(normalized.text, paragraphs, tokenStore);
  let tokens: Token[] | undefined;
  // Only what remaking the origin map needs is kept for it: the blocks, or the input text.
  const remakeOrigin = originMaker(text, options.blocks);
  let origin: Int32Array | undefined;
  return {
    id: options.id ?? `doc-${sha256.slice(0, 12)}`,
    meta: { format: "text", ...options.meta },
    original,
    sha256,
    text: normalized.text,
    get origin() {
      origin ??= remakeOrigin();
      return origin;
    },
    paragraphs,
    sentences,
    get tokens() {
      tokens ??= tokenStore.toTokens();
      return tokens;
    },
    tokenStore,
  };
}

function originMaker(text: string, blocks: Block[] | undefined): () => Int32Array {
  return blocks ? () => fromBlocks(blocks).normalized.origin : () => normalizeText(text).origin;
}

// Blocks are normalized one by one and joined by a blank line; a plain block may still hold
// several paragraphs or list items, which splitBlocks finds, but keeps the role it was given.
function fromBlocks(blocks: Block[]): { normalized: NormalizedText; paragraphs: Paragraph[] } {
  const parts: string[] = [];
  const origins: number[] = [];
  const paragraphs: Paragraph[] = [];
  let length = 0;
  let extracted = 0; // offset in the extracted text: blocks joined by "\n\n"
  for (const block of blocks) {
    const n = normalizeText(block.text);
    if (n.text.length > 0) {
      if (parts.length > 0) {
        parts.push("\n\n");
        origins.push(extracted - 2, extracted - 1);
        length += 2;
      }
      // The markup decides a block's role; only elision markers inside it are split out.
      // The bold lead, moved to the normalized text: the first character past it.
      let strong = -1;
      if (block.strong !== undefined && block.strong > 0) {
        strong = 0;
        while (strong < n.text.length && n.origin[strong] < block.strong) strong++;
        while (strong > 0 && /\s/.test(n.text[strong - 1])) strong--;
      }
      splitBlocks(n.text).forEach((sub, k) => {
        const kind = sub.kind === "elision" ? sub.kind : block.kind;
        const lead = k === 0 && strong > sub.start ? { strong: length + Math.min(strong, sub.end) } : {};
        paragraphs.push({ start: length + sub.start, end: length + sub.end, kind, ...lead });
      });
      parts.push(n.text);
      for (let i = 0; i < n.text.length; i++) origins.push(extracted + n.origin[i]);
      length += n.text.length;
    }
    extracted += block.text.length + 2;
  }
  origins.push(Math.max(0, extracted - 2));
  return { normalized: { text: parts.join(""), origin: Int32Array.from(origins) }, paragraphs };
}

/** The text of a span of a document. */
export const spanText = (doc: Pick<Document, "text">, span: { start: number; end: number }): string =>
  doc.text.slice(span.start, span.end);
