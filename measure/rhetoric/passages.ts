/** Words a shared passage is recognised by: a run this long in two articles is one text, reused. */
const SHINGLE = 8;
/**
 * Shingles two articles must share to be one group: about a paragraph (ten 8-word shingles are
 * 17 words in a row at least), more than a stock phrase or a shared headline.
 */
const MIN_SHARED = 10;
/** A shingle in more articles than this is a formula (a byline, a footer), not a reused passage. */
const MAX_HOLDERS = 20;

/**
 * Articles of PTC that share a passage (one article reprinting another's paragraphs, one outlet's
 * stock text, the same speech quoted at length), as a group id per article: transitive, so two
 * articles are in one group when a chain of shared passages joins them. Cues learned from one
 * article of a group and scored on another are scored on the text they were learned from, so a
 * cross-validation keeps a group in one fold, and a cue's "articles" count groups.
 */
export function passageGroups(texts: string[]): number[] {
  const holders = new Map<string, number[]>();
  texts.forEach((text, i) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    const seen = new Set<string>();
    for (let k = 0; k + SHINGLE <= words.length; k++) seen.add(words.slice(k, k + SHINGLE).join(" "));
    for (const s of seen) holders.set(s, [...(holders.get(s) ?? []), i]);
  });
  const shared = new Map<string, number>();
  for (const list of holders.values())
    if (list.length > 1 && list.length <= MAX_HOLDERS)
      for (let a = 0; a < list.length; a++)
        for (let b = a + 1; b < list.length; b++) {
          const key = `${list[a]},${list[b]}`;
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
  const parent = texts.map((_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const [key, n] of shared)
    if (n >= MIN_SHARED) {
      const [a, b] = key.split(",").map(Number);
      parent[root(a)] = root(b);
    }
  // Name each group by its first article, so the ids do not depend on the union order.
  const first = new Map<number, number>();
  return texts.map((_, i) => {
    const r = root(i);
    if (!first.has(r)) first.set(r, i);
    return first.get(r) as number;
  });
}

/**
 * The fold of each article, a group whole in one fold: groups from largest to smallest, each to
 * the fold with fewest articles so far (the lowest such fold on a tie), so the folds stay about
 * equal and the division depends on the articles' order only.
 */
export function groupFolds(groups: number[], folds: number): number[] {
  const members = new Map<number, number[]>();
  for (const [i, g] of groups.entries()) members.set(g, [...(members.get(g) ?? []), i]);
  const sizes = new Array<number>(folds).fill(0);
  const out = new Array<number>(groups.length).fill(0);
  const order = [...members.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
  for (const list of order) {
    const k = sizes.indexOf(Math.min(...sizes));
    for (const i of list) out[i] = k;
    sizes[k] += list.length;
  }
  return out;
}
