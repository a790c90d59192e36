import type { Cue } from "./cues.js";
import type { NameRegistry } from "./names.js";
import type { Speaker } from "./quote-sieves/context.js";

/**
 * Resolve every cue's subject to a speaker, in text order: names to their normalized form,
 * pronouns to the nearest earlier named speaker of compatible gender (recording the pronoun's
 * gender on the name), descriptions kept as unnamed speakers.
 */
export function resolveCueSpeakers(cues: Cue[], names: NameRegistry): (Speaker | undefined)[] {
  return cues.map((cue) => {
    const s = cue.subject;
    if (s.kind === "name") {
      const name = names.canonical(s.text);
      names.setGender(name, s.others ? "plural" : s.gender);
      names.markSpeaker(name);
      return { name };
    }
    if (s.kind === "description") {
      const text = s.text.charAt(0).toLowerCase() + s.text.slice(1);
      const name = names.byDescription(text);
      return name ? { name } : { description: text };
    }
    if (s.gender !== "male" && s.gender !== "female") return undefined;
    const name = names.resolvePronoun(s.first, s.gender);
    return name ? { name } : undefined;
  });
}
