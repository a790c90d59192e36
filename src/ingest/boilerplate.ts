import { loadData } from "../data.js";
import { alternation } from "../text/regexp.js";

interface BoilerplateData {
  markers: string[];
  notices: string[];
  noticeWords: string[];
  furniture: string[];
}

/** Longest text, in characters, of an element or block read as a consent banner: longer is content. */
const BANNER_CHARS = 400;

let compiled:
  | { markers: Set<string>; notice: RegExp; words: Set<string>; furniture: Set<string> }
  | undefined;
function lexicon() {
  if (compiled) return compiled;
  const d = loadData<BoilerplateData>("ingest-boilerplate.json");
  compiled = {
    markers: new Set(d.markers),
    notice: new RegExp(`^(?:${alternation(d.notices)})\\b`, "i"),
    words: new Set(d.noticeWords),
    furniture: new Set(d.furniture),
  };
  return compiled;
}

/** The element methods this module needs (linkedom's elements have them). */
interface MarkedElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  remove(): void;
}

/**
 * Remove consent banners from a page before its main content is extracted: short elements whose
 * id, class or aria-label holds a marker word ("cookie-notice", "gdpr-consent"). Readability keeps
 * a banner that sits inside the article's container, and the fallback walker keeps everything, so
 * "We use cookies." would become the article's first sentence.
 */
export function removeConsentBanners(root: { querySelectorAll(selector: string): Iterable<unknown> }): void {
  const { markers } = lexicon();
  for (const node of [...root.querySelectorAll("[id],[class],[aria-label]")] as MarkedElement[]) {
    const names = ["id", "class", "aria-label"].map((a) => node.getAttribute(a) ?? "").join(" ");
    const marked = names
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((w) => markers.has(w));
    if (marked && (node.textContent ?? "").trim().length <= BANNER_CHARS) node.remove();
  }
}

/**
 * Whether a block's text is a consent notice whatever its markup: short, opening like one, and
 * either nothing but the opening or a word of consent in it ("… Accept all"), so that prose that
 * opens the same way ("We use cookies from the bakery …") stays.
 */
export function isConsentNotice(text: string): boolean {
  const t = text.trim().replace(/[\u2018\u2019]/g, "'");
  if (t.length > BANNER_CHARS) return false;
  const { notice, words } = lexicon();
  const opening = notice.exec(t);
  if (!opening) return false;
  const rest = t.slice(opening[0].length);
  return (
    /^[\s.!,:;]*$/.test(rest) ||
    rest
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((w) => words.has(w))
  );
}

/**
 * Whether a block of a page is page furniture as a whole ("Share this article", "Advertisement",
 * "Read more"): the page's, not the article's. Only the whole block counts, so a sentence that
 * holds the words stays.
 */
export function isPageFurniture(text: string): boolean {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s.!:;,\u2026>\u203a\u00bb-]+$/, "");
  return t.length <= 40 && lexicon().furniture.has(t);
}
