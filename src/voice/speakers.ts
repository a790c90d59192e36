import { functionWords } from "../text/function-words.js";
import type { TokenStore } from "../text/token-store.js";
import type { Cue } from "./cues.js";
import type { VoiceLexicon } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import type { NameRegistry } from "./names.js";
import type { Speaker } from "./quote-sieves/context.js";

/**
 * Resolve every cue's subject to a speaker, in text order: names to their normalized form,
 * pronouns to the nearest earlier named speaker of compatible gender (recording the pronoun's
 * gender on the name), descriptions kept as unnamed speakers.
 */
export function resolveCueSpeakers(
  cues: Cue[],
  names: NameRegistry,
  lex: VoiceLexicon,
  tokens?: TokenStore,
): (Speaker | undefined)[] {
  return cues.map((cue) => {
    const s = cue.subject;
    // "all FBI reports on …": after a plural quantifier a cue in its third-person form breaks
    // agreement ("all officials report"), so it is the noun.
    if (
      tokens &&
      !cue.inverted &&
      lex.pluralQuantifiers.has(tokens.keyAt(s.first - 1) ?? "") &&
      s.kind !== "pronoun" &&
      thirdPerson(cue.key, lex)
    )
      return undefined;
    // "…, in Salem, Oregon, who's conducted research for 33 years, told The Times": a place after
    // a preposition of place, or the second part of one ("Salem, Oregon"), is no speaker.
    // The place stands inside an appositive, a comma after it ("in October, Donald Trump said"
    // keeps Trump).
    if (s.kind === "name" && tokens && !cue.inverted && tokens.keyAt(s.last + 1) === ",") {
      const before = tokens.keyAt(s.first - 1) ?? "";
      const place =
        lex.locatives.has(before) ||
        (before === "," &&
          tokens.kindAt(s.first - 2) === "word" &&
          lex.locatives.has(tokens.keyAt(s.first - 3) ?? ""));
      if (place) return undefined;
    }
    // "The U.S. coalition in Syria said", "Officials in Velmora say": a place right after a
    // preposition of place, right before the verb, ends the phrase whose head speaks.
    if (
      s.kind === "name" &&
      tokens &&
      !cue.inverted &&
      s.last + 1 === cue.first &&
      lex.locatives.has(tokens.keyAt(s.first - 1) ?? "")
    )
      return undefined;
    if (s.kind === "name") {
      const name = names.canonical(s.text);
      names.setGender(name, s.others ? "plural" : s.gender);
      names.markSpeaker(name);
      return { name };
    }
    if (s.kind === "description") {
      if (!personPhrase(s.text, lex) || (!cue.inverted && nounCue(s.text, cue.key, lex))) return undefined;
      // "The mayor" opening a sentence is "the mayor"; a possessor keeps its name ("Verant’s chief
      // executive"), and so does a name opening the phrase ("San Antonio police").
      const text =
        /^\S+['\u2019]s?\s/u.test(s.text) || !lex.determiners.has(s.text.split(/\s/)[0].toLowerCase())
          ? s.text
          : s.text.charAt(0).toLowerCase() + s.text.slice(1);
      const name = names.byDescription(text, s.last);
      return name ? { name } : { description: text };
    }
    if (s.gender !== "male" && s.gender !== "female") return undefined;
    // A "he" or "she" with no compatible person before it still speaks: unnamed, never guessed.
    return names.referent(s.first, s.gender) ?? {};
  });
}

// Whether a cue word is a verb's third-person form: "reports" beside a listed "report".
function thirdPerson(key: string, lex: VoiceLexicon): boolean {
  if (!/s$/.test(key)) return false;
  return (
    lex.verbs.has(key.slice(0, -1)) ||
    (/es$/.test(key) && lex.verbs.has(key.slice(0, -2))) ||
    (/ies$/.test(key) && lex.verbs.has(`${key.slice(0, -3)}y`))
  );
}

/**
 * "had a blunt reply:", "left a short note:": after a singular description a cue in its base
 * form ("reply", "note", "comment") breaks subject-verb agreement ("a spokesman replies"), so it
 * is the noun and the description no subject. A base form is one whose third-person form is a
 * listed verb.
 */
function nounCue(description: string, key: string, lex: VoiceLexicon): boolean {
  const first = description.toLowerCase().split(/\s+/)[0];
  if (!lex.singularDeterminers.has(first)) return false;
  return (
    lex.verbs.has(`${key}s`) ||
    lex.verbs.has(`${key}es`) ||
    (/y$/.test(key) && lex.verbs.has(`${key.slice(0, -1)}ies`))
  );
}

// Endings of adjectives, never of the nouns for people ("official", "critic" end otherwise).
const ADJECTIVE = /(?:ory|ive|ous|ful|less|able|ible)$/;
// A gerund's or participle's ending, past at least three letters; "-ling" and "-king" make people.
const GERUND = /^\p{L}{3,}(?<![lk])ing$/u;

/**
 * Whether an unnamed speaker's description can denote people: "a more conciliatory" (a
 * comparative adjective with no noun) and "the minister sounded a more conciliatory" (a clause)
 * cannot.
 */
export function personPhrase(text: string, lex: VoiceLexicon): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const head = words.at(-1) ?? "";
  if (ADJECTIVE.test(head) && !lex.personNounsLikeAdjectives.has(head)) return false;
  // "In his opening remarks": a gerund or participle names an act, not a person ("king",
  // "sibling" and "darling" end otherwise).
  if (GERUND.test(head)) return false;
  if (["more", "less", "most", "least"].includes(words.at(-2) ?? "")) return false;
  // An article after a word that is no function word ("sounded a", "the wall hangs a framed"):
  // a clause and its object, not one noun phrase ("the head of the union" links with "of", "one
  // woman carrying a thermos" with a participle).
  return !words.some(
    (w, i) =>
      i > 0 &&
      ["a", "an", "the"].includes(words[i + 1] ?? "") &&
      !functionWords().has(w) &&
      !lex.locatives.has(w) &&
      !/ing$/.test(w),
  );
}

/**
 * An unnamed single person a cue's subject introduces ("one diplomat", "a senior official", "a
 * spokeswoman"): an indefinite singular phrase denoting a person, never a document ("a
 * statement") or a group. Its gender when its head shows one.
 */
export function unnamedPerson(
  s: Mention,
  lex: VoiceLexicon,
): { description: string; gender?: "male" | "female" } | undefined {
  if (s.kind !== "description") return undefined;
  const words = s.text.toLowerCase().split(/\s+/);
  const head = words.at(-1) ?? "";
  if (!lex.singularDeterminers.has(words[0]) || words.length < 2 || words.includes("of")) return undefined;
  if (/s$/.test(head) || lex.collectives.has(head) || lex.selfReference.has(head)) return undefined;
  if (!personPhrase(s.text, lex)) return undefined;
  const description = s.text.charAt(0).toLowerCase() + s.text.slice(1);
  if (/woman$/.test(head)) return { description, gender: "female" };
  if (/man$/.test(head)) return { description, gender: "male" };
  return { description };
}
