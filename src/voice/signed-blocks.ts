import type { Document } from "../text/document.js";
import type { BlockVoice } from "./documents.js";
import type { VoiceLexicon } from "./lexicon.js";

// Most paragraphs of one signed block: a longer run with no signature is no letter.
const BLOCK_PARAGRAPHS = 12;
// Most characters of a signature line ("— Dana Whitlock, Port Ellery, Calif.").
const SIGNATURE_CHARS = 70;

// "@adalind." on a line of its own.
const HANDLE = /^@\w{1,15}\.?$/u;
// A word of a signer's name or place: "Dana", "T.", "O'Neill", "Stanley-Becker", "N.Y.", "Calif.".
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*\.?$|^(?:\p{Lu}\.)+$/u;
const LEADING_DASH = /^[-\u2013\u2014]\s*/u;

/**
 * Readers' letters and posts printed under a section line of their own ("LETTERS", "FACEBOOK",
 * "TWITTER"): each block up to its signer's line ("Dana Whitlock." with "Port Ellery, Calif." on
 * the next line, "— Dana Whitlock, Port Ellery", "@adalind") is the signer's text, however it
 * reads (a letter argues in the first person as an author does). The signature lines and a block
 * no signature closes ("Follow us on …") stay the author's; so does the outlet's line that opens
 * a posts section's first block of more than one paragraph ("We asked our followers …"). A
 * paragraph already read keeps its voice.
 */
export function signedBlocks(doc: Document, voices: (BlockVoice | undefined)[], lex: VoiceLexicon): void {
  const paragraphText = (q: number): string =>
    doc.text.slice(doc.paragraphs[q].start, doc.paragraphs[q].end).trim();
  const section = (q: number): "letters" | "posts" | undefined => {
    const line = paragraphText(q).replace(/[.:]$/, "").trim().toLowerCase();
    if (lex.signedSections.letters.has(line)) return "letters";
    if (lex.signedSections.posts.has(line)) return "posts";
    return undefined;
  };
  // The signer a paragraph names as a whole, with the place after a comma left out.
  const signer = (q: number): string | undefined => {
    const line = paragraphText(q);
    if (line.length > SIGNATURE_CHARS) return undefined;
    if (HANDLE.test(line)) return line.replace(/\.$/, "");
    const [name, ...place] = line.replace(LEADING_DASH, "").replace(/\.$/, "").split(/,\s*/);
    return personName(name, lex) && place.every((p) => placeName(p)) ? name : undefined;
  };
  // "Arlington, Mass." or "Minneapolis." on the line after a letter's signature.
  const placeLine = (q: number): boolean => {
    const line = paragraphText(q);
    return (
      line.length <= SIGNATURE_CHARS &&
      !HANDLE.test(line) &&
      line.replace(/\.$/, "").split(/,\s*/).every(placeName)
    );
  };
  for (let q = 0; q < doc.paragraphs.length; q++) {
    const kind = section(q);
    if (!kind) continue;
    let pending: number[] = [];
    let first = true;
    let r = q + 1;
    for (; r < doc.paragraphs.length; r++) {
      if (doc.paragraphs[r].kind === "heading" || section(r)) break;
      const name = signer(r);
      if (name === undefined) {
        pending.push(r);
        if (pending.length > BLOCK_PARAGRAPHS) break;
        continue;
      }
      const own = first && kind === "posts" && pending.length > 1 ? pending.slice(1) : pending;
      for (const p of own) voices[p] ??= { kind: "document", name, attributed: true };
      pending = [];
      first = false;
      if (kind === "letters" && !name.startsWith("@") && r + 1 < doc.paragraphs.length && placeLine(r + 1))
        r++;
    }
    q = r - 1;
  }
}

/** Two to five capitalised words, the first no function word ("The Senate", "This Week"). */
function personName(text: string, lex: VoiceLexicon): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || !words.every((w) => NAME_WORD.test(w))) return false;
  const head = words[0].toLowerCase();
  return !lex.determiners.has(head) && !lex.notNames.has(head);
}

/** One to four capitalised words: a town, a state or its abbreviation. */
function placeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 4 && words.every((w) => NAME_WORD.test(w));
}
