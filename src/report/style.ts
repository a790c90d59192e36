/** How a terminal renderer marks text: ANSI colours, or nothing. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  voice(kind: string, s: string): string;
  severity(level: string, s: string): string;
  /** Text a source had and the article dropped or replaced. */
  del(s: string): string;
  /** Text the article added or put in place of the source's. */
  ins(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

// Colours chosen from the colour-blind-safe subset of the 16 ANSI colours (blue, magenta, cyan,
// yellow), never red against green; edits also differ in line style (struck out / underlined),
// so they read in a terminal without colour too.
const VOICE_COLOURS: Record<string, (s: string) => string> = {
  author: (s) => s,
  document: wrap(34, 39),
  speaker: wrap(35, 39),
  credit: wrap(2, 22),
  unknown: wrap(2, 22),
};

/** ANSI colours and styles, for a terminal. */
export const ansiStyle: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  voice: (kind, s) => (VOICE_COLOURS[kind] ?? VOICE_COLOURS.unknown)(s),
  severity: (level, s) =>
    level === "error" ? wrap(31, 39)(s) : level === "warning" ? wrap(33, 39)(s) : wrap(2, 22)(s),
  del: (s) => wrap(9, 29)(wrap(35, 39)(s)),
  ins: (s) => wrap(4, 24)(wrap(36, 39)(s)),
};

/** No colour; insertions and deletions marked `{+ +}` and `{- -}`, as wdiff does. */
export const markedStyle: Style = {
  bold: (s) => s,
  dim: (s) => s,
  voice: (_k, s) => s,
  severity: (_l, s) => s,
  del: (s) => `{-${s}-}`,
  ins: (s) => `{+${s}+}`,
};

/** No marks at all: for files, pipes and `--no-color`. */
export const plainStyle: Style = {
  bold: (s) => s,
  dim: (s) => s,
  voice: (_k, s) => s,
  severity: (_l, s) => s,
  del: (s) => s,
  ins: (s) => s,
};
