import type { Voice } from "../../core/voice.js";

/** How one voice is shown: its CSS class, its legend label and what the legend says it means. */
export interface VoiceStyle {
  className: string;
  label: string;
  meaning: string;
}

/**
 * The voices of the legend, in its order. Each has a colour from the Okabe–Ito palette (safe for
 * the common colour-vision deficiencies) AND a distinct pattern in the margin band, and every
 * voice other than the author's is also named in words beside its paragraph, so no reader
 * depends on hue.
 */
export const VOICE_STYLES: VoiceStyle[] = [
  { className: "v-author", label: "author", meaning: "the article's own words (plain band)" },
  {
    className: "v-document",
    label: "document",
    meaning: "text reproduced or quoted from a document (blue band)",
  },
  { className: "v-speaker", label: "speaker", meaning: "a person quoted or reported (orange striped band)" },
  {
    className: "v-nested",
    label: "speaker in a document",
    meaning: "a person quoted inside a reproduced document (orange and blue band)",
  },
  { className: "v-credit", label: "credit", meaning: "a figure caption or photo credit (grey band)" },
  { className: "v-unknown", label: "unknown", meaning: "voice not determined (grey dotted band)" },
];

/** The legend entry of a voice: a speaker inside a document is its own entry. */
export function voiceStyle(voice: Voice): VoiceStyle {
  const name = voice.kind === "speaker" && voice.document ? "v-nested" : `v-${voice.kind}`;
  return VOICE_STYLES.find((s) => s.className === name) ?? VOICE_STYLES[VOICE_STYLES.length - 1];
}
