import { loadData } from "../data.js";
import { RHETORIC_RULES } from "./rules.js";

/**
 * Held-out flags a technique needs, at least, to be checked by default, whatever its precision:
 * fixed before the tuner's results were read. The Wilson interval treats every flag as an
 * independent trial, but flags of one cue in a few articles are not independent, so a handful of
 * flags can clear the precision bar on one lucky phrase; and a technique checked on fewer flags
 * than this gets too few on dev (about a quarter of train's size) to be judged there at all.
 */
export const GATE_MIN_FLAGS = 25;

/**
 * The tuner's verdict on a technique (measure/rhetoric/tune.ts), from nested cross-validation
 * by passage group on the PTC train part (articles that share a passage in one fold): the cue rule chosen on four fifths (by an inner
 * cross-validation of its own), its cues learned there and scored on the fifth left out, five
 * times over, so these figures are of a procedure that never saw the articles it was scored on.
 */
export interface TechniqueGate {
  /**
   * Flagged by default: the lower end of the Wilson 90% interval of the precision is ≥ 0.6, over
   * at least {@link GATE_MIN_FLAGS} held-out flags.
   */
  checked: boolean;
  /** Held-out precision (SemEval-2020 character overlap, same technique). */
  precision: number;
  /** Lower end of the Wilson 90% interval of that precision, over `predictions` flags. */
  lower: number;
  /** Held-out recall, same measure. */
  recall: number;
  /** Flags the held-out folds received, all folds together. */
  predictions: number;
}

/** One persuasion technique of the lexicon. */
export interface Technique {
  /** The PTC label the technique follows (Da San Martino et al. 2019): "Loaded_Language". */
  label: string;
  /** Rule id of its findings: "rhetoric/loaded-language". */
  rule: string;
  /** What the technique does, in one line, for the finding's message. */
  explanation: string;
  /** Whether it is flagged by default, and the measurements that decided it. */
  gate: TechniqueGate;
  /**
   * Cues: lower-case token sequences; "*" matches any one word, "@name" any word of the lexicon's
   * class of that name ("@intens @charged": an intensifier before a charged word).
   */
  cues: string[];
}

/** A rhetoric lexicon: the techniques and their cues. */
export interface RhetoricLexicon {
  techniques: Technique[];
  /** Word classes the cues may name ("@name": lower-case words), hand-written. */
  classes?: Record<string, string[]>;
}

/**
 * Check a rhetoric lexicon's shape: every technique with the id of a rule of the stage, an
 * explanation, a gate, and cues in normal form (trimmed, lower-case, single spaces), none twice
 * in the lexicon, so one span is never two findings. Throws with the first problem.
 */
export function validateRhetoricLexicon(raw: unknown): asserts raw is RhetoricLexicon {
  const data = raw as { techniques?: unknown };
  if (!Array.isArray(data?.techniques)) throw new Error("rhetoric lexicon: no techniques list");
  const classes = (raw as { classes?: unknown }).classes ?? {};
  if (typeof classes !== "object" || classes === null || Array.isArray(classes))
    throw new Error("rhetoric lexicon: classes is not an object");
  for (const [name, words] of Object.entries(classes)) {
    if (!/^@[a-z]+$/.test(name)) throw new Error(`rhetoric lexicon: bad class name ${JSON.stringify(name)}`);
    if (
      !Array.isArray(words) ||
      words.some((w) => typeof w !== "string" || !/^\S+$/.test(w) || w !== w.toLowerCase())
    )
      throw new Error(`rhetoric lexicon: class ${name} is not a list of lower-case single words`);
  }
  const seen = new Set<string>();
  for (const t of data.techniques as Record<string, unknown>[]) {
    if (typeof t.label !== "string" || !t.label)
      throw new Error("rhetoric lexicon: a technique has no label");
    if (typeof t.rule !== "string" || !RHETORIC_RULES.some((r) => r.id === t.rule))
      throw new Error(`rhetoric lexicon: ${t.label} has a bad rule id: ${String(t.rule)}`);
    if (typeof t.explanation !== "string" || !t.explanation)
      throw new Error(`rhetoric lexicon: ${t.label} has no explanation`);
    const gate = t.gate as Partial<TechniqueGate> | undefined;
    if (
      typeof gate?.checked !== "boolean" ||
      typeof gate.precision !== "number" ||
      typeof gate.lower !== "number"
    )
      throw new Error(`rhetoric lexicon: ${t.label} has no gate`);
    if (!Array.isArray(t.cues)) throw new Error(`rhetoric lexicon: ${t.label} has no cues list`);
    for (const c of t.cues) {
      if (typeof c !== "string" || c !== c.trim().toLowerCase() || /\s{2,}/.test(c) || !c)
        throw new Error(`rhetoric lexicon: ${t.label} has a cue not in normal form: ${JSON.stringify(c)}`);
      for (const w of c.split(" "))
        if (w.startsWith("@") && !(w in classes))
          throw new Error(`rhetoric lexicon: cue ${JSON.stringify(c)} names an unknown class ${w}`);
      if (seen.has(c)) throw new Error(`rhetoric lexicon: cue ${JSON.stringify(c)} is listed twice`);
      seen.add(c);
    }
  }
}

let shipped: RhetoricLexicon | undefined;

/** The shipped lexicon (`data/rhetoric-lexicon.json`), validated on first use. */
export function rhetoricLexicon(): RhetoricLexicon {
  if (!shipped) {
    const raw = loadData<unknown>("rhetoric-lexicon.json");
    validateRhetoricLexicon(raw);
    shipped = raw;
  }
  return shipped;
}
