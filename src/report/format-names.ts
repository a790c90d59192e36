/**
 * The output formats, by the name `--format` takes. Kept apart from the renderers so that the
 * command line can list them in its help without loading any renderer.
 */
export const FORMAT_NAMES = ["text", "json", "markdown", "html", "webannotation", "claimreview"] as const;

/** One of {@link FORMAT_NAMES}. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** True when `name` is one of {@link FORMAT_NAMES}. */
export const isFormatName = (name: string): name is FormatName =>
  (FORMAT_NAMES as readonly string[]).includes(name);
