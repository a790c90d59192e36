import type { Voice } from "../voice/types.js";

/** A voice in a few words: "author", "speaker: Col Ryan Dillon", "document: 'The Last Convoy'". */
export function voiceLabel(voice: Voice): string {
  const who = voice.name ?? voice.description;
  let label: string = voice.kind;
  if (who) label += `: ${who}`;
  if (voice.document && voice.document !== who) label += ` (in ${voice.document})`;
  return label;
}

/** A share as a percentage with one decimal. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** Text shortened to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
