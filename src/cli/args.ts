import { type ParseArgsConfig, parseArgs } from "node:util";

/** `parseArgs`, its complaint turned into a one-line usage error made by `usage`. */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage: (message: string) => Error,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usage((error as Error).message.split("\n")[0]);
  }
}
