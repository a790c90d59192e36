import type { Document } from "../text/document.js";
import { itemContaining } from "../text/search.js";
import { captionWords, signOff } from "./credits.js";

// "Photo: Jane Roe/Agency", "Image credit: …", "(Photo by Jane Roe)", "Pictured: …", "(Reuters
// photo: …)": a caption word (`notCredits` in data/voice-credits.json), then a colon within a few
// words or "by" / "courtesy of" and a capitalised name.
let lead: RegExp | undefined;
let word: RegExp | undefined;
function leadPattern(): RegExp {
  if (lead) return lead;
  lead = new RegExp(`^\\s*\\(?\\s*(?:${captionWords()})\\b`, "i");
  return lead;
}
function wordPattern(): RegExp {
  if (word) return word;
  word = new RegExp(`^(?:${captionWords()})\\b`, "i");
  return word;
}
// "(Reuters photo: Giorgio Perottino)": inside a parenthesis, an agency's capitalised name before
// the caption word.
const AGENCY = /^\s*\(\s*(?:\p{Lu}[\p{L}&.'\u2019-]*\s+){1,3}/u;
const AFTER_LEAD = /^(?:[^:\n]{0,20}:|\s+(?:by|courtesy of)\s+\p{Lu})/u;
// A paragraph that is only a credit: "Jane Roe/Agency.", "Jane Roe via Agency Images.".
const NAME_AGENCY =
  /^\p{Lu}[\p{L}'\u2019.\- ]{1,60}(?:\/\s?\p{Lu}|\svia\s\p{Lu})[\p{L}'\u2019.&\- ]{0,40}\.?$/u;
// Longest paragraph read as a credit line when its own words say so: a caption, not an article.
const MAX_LINE = 300;
// "–Newsweek", "— Tracy Wilkinson", "-Genesis 18:16-33", "pic.twitter.com/x1 — Ada Lind
// (@adalind) May 3, 2018": a line of a dash and a name or a reference alone signs the text above
// it (an excerpt's outlet, a letter's, a verse's source, a post's writer after the post's link):
// capitalised words, figures and a handle, with at most the lower-case joins of a name ("Article
// 2 of the Charter"). "- No new deaths -", a subheading between dashes, is no signature.
const DASH_SIGNATURE =
  /^(?:(?:pic\.twitter\.com|https?:\/\/t\.co)\/\S+\s*)?[-\u2013\u2014\u2015]\s*\p{Lu}[\p{L}\p{N}'\u2019.&:-]*(?:,?\s+(?:(?:of|the|and|de|van|von)\s+){0,2}(?:\p{Lu}|\p{N}|\(@)[\p{L}\p{N}'\u2019.&:@()-]*){0,8},?\s*[?!]?$/u;
const MAX_SIGNATURE = 100;

/** Whether `text` opens with a caption or credit word ("Photo: …", "(Photo by Jane Roe)", "(Reuters photo: …)"). */
export function creditLead(text: string): boolean {
  const found = leadPattern().exec(text);
  if (found !== null && AFTER_LEAD.test(text.slice(found[0].length))) return true;
  const agency = AGENCY.exec(text);
  if (!agency) return false;
  const rest = text.slice(agency[0].length);
  const caption = wordPattern().exec(rest);
  return caption !== null && AFTER_LEAD.test(rest.slice(caption[0].length));
}

/**
 * Whether paragraph `p` is a figure caption or a photo credit: an HTML `<figcaption>`, or a short
 * paragraph opening with a credit ("Photo: Jane Roe/Agency", "(Photo by …)"), made of a name
 * and an agency alone ("Jane Roe/Agency."), or a wire sign-off ("(Reporting by …)"). No one's
 * claim and no one's speech.
 */
export function captionParagraph(doc: Document, p: number): boolean {
  const para = doc.paragraphs[p];
  if (!para) return false;
  if (para.kind === "caption") return true;
  if (para.end - para.start > MAX_LINE) return false;
  const text = doc.text.slice(para.start, para.end).trim();
  return creditLead(text) || NAME_AGENCY.test(text) || signOff(text);
}

/**
 * Whether the sentence at `si` is a caption's or a credit line's ("… (Photo by Jane Roe)"), a
 * wire sign-off closing a paragraph of prose ("… (Reporting by …; Editing by …)"), or in a line
 * that signs the text above it ("–Newsweek").
 */
export function creditSentence(doc: Document, si: number): boolean {
  const s = doc.sentences[si];
  if (!s) return false;
  const p = itemContaining(doc.paragraphs, s.start);
  if (captionParagraph(doc, p) || creditLead(doc.text.slice(s.start, Math.min(s.end, s.start + 60))))
    return true;
  if (signOff(doc.text.slice(s.start, s.end))) return true;
  const para = doc.paragraphs[p];
  if (!para || para.end - para.start > MAX_SIGNATURE) return false;
  return DASH_SIGNATURE.test(doc.text.slice(para.start, para.end).trim());
}
