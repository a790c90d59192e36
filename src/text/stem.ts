/**
 * A light suffix stripper (after Porter 1980, its plural and -ed/-ing steps only): enough for
 * "cuts"/"cut", "recommended"/"recommends" to meet, without a dictionary. The one stemmer of the
 * project: support's terms and lexicons (src/support/) and the learned cue rates by stem
 * (src/voice/cue-features.ts, data/voice-attribution-cues.json) read it, so training and
 * inference share its stems; a stem only has to be consistent, not a dictionary form. As in Porter's step 1b,
 * a consonant doubled before -ed/-ing is undoubled ("banning"/"ban", "cutting"/"cut"), except l,
 * s and z, which English doubles in the stem itself ("fell", "pass", "buzz"), and in a stem of
 * three letters, which is the word ("added" is "add").
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, "");
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  const bare = w;
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  if (w !== bare && w.length > 3 && DOUBLED.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

// A doubled final consonant other than l, s and z, after a vowel.
const DOUBLED = /[aeiou]([bcdfghjkmnpqrtvwx])\1$/;
