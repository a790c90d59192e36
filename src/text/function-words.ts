import { loadData } from "../data.js";

let words: ReadonlySet<string> | undefined;

/**
 * Common English function words (`data/english-function-words.json`), lower-case, loaded once:
 * the language check, the trace seeds, the source-name test and support all read this one set.
 */
export function functionWords(): ReadonlySet<string> {
  words ??= new Set(loadData<{ words: string[] }>("english-function-words.json").words);
  return words;
}
