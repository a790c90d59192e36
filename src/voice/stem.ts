/**
 * A crude English stem of a folded word, so that the inflections of one verb or noun share the
 * cue rate learned for them ("warned", "warns", "warning" → "warn"; "hopes", "hoped", "hoping" →
 * "hop"). Training and inference read the same stems, so a stem only has to be consistent, not a
 * dictionary form; the suffixes are a few of Porter's (1980) first step.
 */
export function cueStem(word: string): string {
  let w = word;
  if (w.length > 4 && (w.endsWith("ies") || w.endsWith("ied"))) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 4 && (w.endsWith("ses") || w.endsWith("shes") || w.endsWith("ches")))
    w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  // "admitted", "admitting" → "admit": a doubled final consonant is undone.
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !"aeioulsz".includes(w[n - 1])) w = w.slice(0, -1);
  return w;
}
