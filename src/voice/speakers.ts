import type { Cue } from "./cues.js";
import type { VoiceLexicon } from "./lexicon.js";
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
): (Speaker | undefined)[] {
  return cues.map((cue) => {
    const s = cue.subject;
    if (s.kind === "name") {
      const name = names.canonical(s.text);
      names.setGender(name, s.others ? "plural" : s.gender);
      names.markSpeaker(name);
      return { name };
    }
    if (s.kind === "description") {
      if (!personPhrase(s.text, lex)) return undefined;
      // "The mayor" opening a sentence is "the mayor"; a possessor keeps its name ("Verant’s chief executive").
      const text = /^\S+['\u2019]s?\s/u.test(s.text)
        ? s.text
        : s.text.charAt(0).toLowerCase() + s.text.slice(1);
      const name = names.byDescription(text);
      return name ? { name } : { description: text };
    }
    if (s.gender !== "male" && s.gender !== "female") return undefined;
    const name = names.resolvePronoun(s.first, s.gender);
    return name ? { name } : undefined;
  });
}

// Endings of adjectives, never of the nouns for people ("official", "critic" end otherwise).
const ADJECTIVE = /(?:ory|ive|ous|ful|less|able|ible)$/;

/**
 * Whether an unnamed speaker's description can denote people: "a more conciliatory" (a
 * comparative adjective with no noun) and "the minister sounded a more conciliatory" (a clause)
 * cannot.
 */
export function personPhrase(text: string, lex: VoiceLexicon): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const head = words.at(-1) ?? "";
  if (ADJECTIVE.test(head) && !lex.personNounsLikeAdjectives.has(head)) return false;
  if (["more", "less", "most", "least"].includes(words.at(-2) ?? "")) return false;
  // A past-tense verb followed by an article inside the phrase: a clause, not a noun phrase.
  return !words.some((w, i) => i > 0 && /ed$/.test(w) && ["a", "an", "the"].includes(words[i + 1] ?? ""));
}
