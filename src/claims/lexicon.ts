import { maxOf } from "../collections.js";
import { loadData } from "../data.js";

/** A word sequence from a data file, matched against token keys. */
export interface Phrase {
  words: string[];
}

/** How a hedge changes the interval of the number it qualifies. */
export type HedgeEffect = "approx" | "atLeast" | "atMost" | "nearly";

interface NumbersFile {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  scaleAbbreviations: Record<string, number>;
  counts: Record<string, number>;
  fractions: Record<string, number>;
  articles: string[];
}
interface VagueFile {
  phrases: (Phrase & { low: number; high: number | null; scaled?: boolean; needsOf?: boolean })[];
}
interface HedgesFile {
  /** `after`: the hedge bounds a figure only right after one of these words ("climbed past £400 million"). */
  hedges: (Phrase & { effect: HedgeEffect; after?: string[] })[];
  suffixes: (Phrase & { effect: HedgeEffect })[];
}
interface UnitsFile {
  currencySymbols: Record<string, string>;
  currencyCodes: string[];
  currencyWords: Record<string, string>;
  units: Record<string, { unit: string; kind: string; factor?: number }>;
  unitSizes: Record<string, number>;
}
interface CountedFile {
  irregular: Record<string, string>;
  groups: Record<string, string[]>;
  stop: string[];
  skip: string[];
  notCounted: string[];
  notSubject: string[];
  sumJoiners: string[];
  sumApproximators: string[];
}

/** The quantity lexicons, loaded once from `data/quantities-*.json`. */
export interface QuantityLexicon {
  numbers: NumbersFile;
  vague: VagueFile["phrases"];
  hedges: HedgesFile["hedges"];
  suffixes: HedgesFile["suffixes"];
  currencySymbols: Map<string, string>;
  currencyCodes: Set<string>;
  /** Currency words and unit words keyed by their words joined with a space. */
  currencyWords: Map<string, string>;
  /** Unit words: canonical unit, dimension, and the factor into the canonical unit (decade: 10 years). */
  units: Map<string, { unit: string; kind: string; factor?: number }>;
  /** Canonical unit → its size in the base unit of its kind, for units of a fixed size (km: 1000). */
  unitSizes: Map<string, number>;
  /** Longest unit or currency-word phrase, in words. */
  maxUnitWords: number;
  irregular: Map<string, string>;
  /** Counted noun (plural) → its comparison group. */
  groupOf: Map<string, string>;
  stop: Set<string>;
  skip: Set<string>;
  notCounted: Set<string>;
  /** Words that never show two figures share a subject. */
  notSubject: Set<string>;
  /**
   * The text between two counts of one group that makes them parts of one total: "250 fighters
   * and 3,500 family members", "250 fighters with some 3,500 relatives".
   */
  joined: RegExp;
}

const byLength = <T extends Phrase>(a: T, b: T) => b.words.length - a.words.length;

/** A regular expression's alternatives matching the words of `list` as written. */
const alternatives = (list: string[], after = "") =>
  list.map((w) => `${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${after}`).join("|");

let cached: QuantityLexicon | undefined;

/** Load the quantity lexicons (cached). */
export function quantityLexicon(): QuantityLexicon {
  if (cached) return cached;
  const numbers = loadData<NumbersFile>("quantities-numbers.json");
  const vague = loadData<VagueFile>("quantities-vague.json");
  const hedges = loadData<HedgesFile>("quantities-hedges.json");
  const units = loadData<UnitsFile>("quantities-units.json");
  const counted = loadData<CountedFile>("quantities-counted.json");
  const groupOf = new Map<string, string>();
  for (const [group, nouns] of Object.entries(counted.groups)) for (const n of nouns) groupOf.set(n, group);
  const unitMap = new Map(Object.entries(units.units));
  const currencyWords = new Map(Object.entries(units.currencyWords));
  cached = {
    numbers,
    vague: [...vague.phrases].sort(byLength),
    hedges: [...hedges.hedges].sort(byLength),
    suffixes: [...hedges.suffixes].sort(byLength),
    currencySymbols: new Map(Object.entries(units.currencySymbols)),
    currencyCodes: new Set(units.currencyCodes),
    currencyWords,
    units: unitMap,
    unitSizes: new Map(Object.entries(units.unitSizes)),
    maxUnitWords: maxOf([...unitMap.keys(), ...currencyWords.keys()].map((k) => k.split(" ").length)),
    irregular: new Map(Object.entries(counted.irregular)),
    groupOf,
    stop: new Set(counted.stop),
    skip: new Set(counted.skip),
    notCounted: new Set(counted.notCounted),
    notSubject: new Set(counted.notSubject),
    joined: new RegExp(
      `^[\\s\\p{L}'-]{0,40}\\b(?:${alternatives(counted.sumJoiners)})\\s+(?:${alternatives(counted.sumApproximators, "\\s+")})?$`,
      "u",
    ),
  };
  return cached;
}
