import { loadData } from "../data.js";
import { alternation, escapeRegExp } from "../text/regexp.js";

interface BoilerplateData {
  markers: string[];
  notices: string[];
  noticeWords: string[];
  furniture: string[];
  shareTargets: string[];
  furnitureLabels: string[];
  callsToAction: string[];
  shopWords: string[];
  shopPhrases: string[];
  selfReferences: string[];
  rightsNotices: string[];
}

/** A lexicon phrase as a pattern, its "{year}" slots standing for a year of four digits. */
const withYears = (phrase: string): string => phrase.split("{year}").map(escapeRegExp).join("\\d{4}\\b");

/** Longest text, in characters, of an element or block read as a consent banner: longer is content. */
const BANNER_CHARS = 400;

// A price: a currency sign and a figure ("$5.99", "£12", "€3,50").
const PRICE = /[$£€¥]\s?\d[\d.,]*/u;
const PRICES = new RegExp(PRICE.source, "gu");

let compiled:
  | {
      markers: Set<string>;
      notice: RegExp;
      words: Set<string>;
      furniture: Set<string>;
      shareBar: RegExp;
      label: RegExp;
      callToAction: RegExp;
      shopWords: Set<string>;
      shopLabel: RegExp;
      selfReference: RegExp;
      rightsNotice: RegExp;
    }
  | undefined;
function lexicon() {
  if (compiled) return compiled;
  const d = loadData<BoilerplateData>("ingest-boilerplate.json");
  compiled = {
    markers: new Set(d.markers),
    notice: new RegExp(`^(?:${alternation(d.notices)})\\b`, "i"),
    words: new Set(d.noticeWords),
    furniture: new Set(d.furniture),
    shareBar: new RegExp(`(?:[\\s,|/·•]+(?:${alternation(d.shareTargets)}))+$`, "i"),
    label: new RegExp(`^(?:${alternation(d.furnitureLabels)})(?:,[^:\\n]{1,40})?\\s*:`, "i"),
    callToAction: new RegExp(`^(?:${alternation(d.callsToAction)})\\b`, "i"),
    shopWords: new Set(d.shopWords),
    shopLabel: new RegExp(`\\b(?:${alternation(d.shopPhrases)})\\s*:?\\s*${PRICE.source}`, "iu"),
    selfReference: new RegExp(`^(?:[^:\\n]{1,40}:\\s*)?(?:${alternation(d.selfReferences)})\\b`, "i"),
    rightsNotice: new RegExp(`^(?:${d.rightsNotices.map(withYears).join("|")})`, "i"),
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
  for (const node of [...root.querySelectorAll("[id],[class],[aria-label]")] as MarkedElement[]) {
    const names = BANNER_ATTRIBUTES.map((a) => node.getAttribute(a) ?? "").join(" ");
    if (hasConsentMarker(names) && (node.textContent ?? "").trim().length <= BANNER_CHARS) node.remove();
  }
}

/** The attributes whose words mark a consent banner. */
export const BANNER_ATTRIBUTES = ["id", "class", "aria-label"];

/** Whether attribute values (an element's id, class and aria-label) hold a consent banner's marker word. */
export function hasConsentMarker(names: string): boolean {
  const { markers } = lexicon();
  return names
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => markers.has(w));
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
 * "Read more"), alone or before the networks of a share bar: the page's, not the article's. Only
 * the whole block counts, so a sentence that holds the words stays.
 */
export function isPageFurniture(text: string): boolean {
  const { furniture, shareBar } = lexicon();
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s.!:;,\u2026>\u203a\u00bb-]+$/, "");
  if (t.length <= 40 && furniture.has(t)) return true;
  // A share bar: the label, then the networks it shares to ("Share this article Facebook Twitter Email").
  const label = t.replace(shareBar, "");
  return label !== t && label.length <= 40 && furniture.has(label);
}

/** Most words of a paragraph read as a call to action or a shop row: longer is prose. */
const FURNITURE_LINE_WORDS = 20;

/**
 * Whether a paragraph of running text is page furniture or the outlet's note, not the author's
 * statement: a paragraph opening on a furniture label and a colon ("Related: …", "Correction: An
 * earlier version …"), a note about the article itself ("Update: An earlier version of this post
 * gave …"), a short call to action ("Follow us on …", "Subscribe to our newsletter"),
 * a short row of prices and shop words ("Best Price: $5.99 Buy New $46.29"), or a shop widget: two
 * prices or more, one after a shop label, around the book and author it sells; or the outlet's
 * copyright line or a picture's credit ("©2026 The Ledger, Distributed by …"). Plain text keeps
 * such lines, since nothing marks them as the page's, as HTML's blocks do.
 */
export function isFurnitureParagraph(text: string): boolean {
  const t = text.trim().replace(/[\u2018\u2019]/g, "'");
  const { label, callToAction, shopWords, shopLabel, selfReference, rightsNotice } = lexicon();
  if (label.test(t) || selfReference.test(t) || rightsNotice.test(t)) return true;
  const words = t.split(/\s+/);
  if (words.length > FURNITURE_LINE_WORDS) return false;
  if (callToAction.test(t)) return true;
  if (!PRICE.test(t)) return false;
  if (shopLabel.test(t) && (t.match(PRICES)?.length ?? 0) >= 2) return true;
  const rest = t
    .replace(PRICES, " ")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
  return rest.length > 0 && rest.every((w) => shopWords.has(w));
}
