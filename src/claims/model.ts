import { loadData } from "../data.js";
import type { KeyTable } from "../text/token-store.js";

/** A logistic-regression model over sparse binary features, as stored in a data file. */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
  /** Decision threshold on the score, tuned on a validation split. */
  threshold: number;
}

// A Map looks up 40k string keys several times faster than a dictionary-mode object.
const weightMaps = new WeakMap<LogisticModel, Map<string, number>>();

/** The score: the logistic of the bias plus the weights of the features that fire (each once). */
export function predict(model: LogisticModel, features: Iterable<string>): number {
  let weights = weightMaps.get(model);
  if (!weights) {
    weights = new Map(Object.entries(model.weights));
    weightMaps.set(model, weights);
  }
  let z = model.bias;
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f)) continue;
    seen.add(f);
    z += weights.get(f) ?? 0;
  }
  return 1 / (1 + Math.exp(-z));
}

let predictions = 0;

/**
 * A model's weights indexed by feature kind and words (`w:`, `f:`, `s:` by their word, `b:` by
 * its two words), so that a feature is looked up from the token keys it is made of without
 * building its string. A weight is a number: its value in `values` and, in `seen`, the number of
 * the last prediction that counted it (so each is counted once without a set); in flat arrays,
 * not an object per weight, which a long text's words reached in no order in memory.
 */
export interface CompiledModel {
  bias: number;
  values: Float64Array;
  seen: Float64Array;
  single: Map<string, Map<string, number>>;
  pairs: Map<string, Map<string, number>>;
}

const compiled = new WeakMap<LogisticModel, CompiledModel>();

/** The compiled form of `model`, built once per model. */
export function compileModel(model: LogisticModel): CompiledModel {
  let c = compiled.get(model);
  if (c) return c;
  const entries = Object.entries(model.weights);
  c = {
    bias: model.bias,
    values: new Float64Array(entries.length),
    seen: new Float64Array(entries.length),
    single: new Map(),
    pairs: new Map(),
  };
  for (const [weight, [feature, value]] of entries.entries()) {
    c.values[weight] = value;
    const colon = feature.indexOf(":");
    const kind = feature.slice(0, colon);
    const rest = feature.slice(colon + 1);
    if (kind !== "b") {
      const m = c.single.get(kind) ?? new Map<string, number>();
      c.single.set(kind, m.set(rest, weight));
      continue;
    }
    // "b:a_b_c" is the bigram ("a_b", "c") or ("a", "b_c"): every split leads to the one weight.
    for (let at = rest.indexOf("_"); at >= 0; at = rest.indexOf("_", at + 1)) {
      const first = rest.slice(0, at);
      const m = c.pairs.get(first) ?? new Map<string, number>();
      c.pairs.set(first, m.set(rest.slice(at + 1), weight));
    }
  }
  compiled.set(model, c);
  return c;
}

/**
 * The score of {@link predict} over features given as visits (see `visitModelFeatures`): equal to
 * `predict(model, features spelt as strings)`, each weight counted once.
 */
export function predictVisited(
  model: LogisticModel,
  visitAll: (visit: (kind: string, a: string, b?: string, aId?: number) => void) => void,
  keys?: KeyTable,
): number {
  const c = compileModel(model);
  const { values, seen } = c;
  const stamp = ++predictions;
  // In a typed array: a number the visitor closure writes is boxed anew on every write.
  const z = new Float64Array(1);
  z[0] = c.bias;
  const memo = keys ? memoOf(c, keys) : undefined;
  visitAll((kind, a, b, aId = -1) => {
    // The weight's number, or -1 when the model has none.
    let weight: number;
    if (memo && aId >= 0 && aId < memo.w.length) {
      // A key's own weights and its bigrams' table, looked up once per key of the text.
      if (b !== undefined) {
        let second = memo.pairs[aId];
        if (second === undefined) memo.pairs[aId] = second = c.pairs.get(a) ?? null;
        weight = second?.get(b) ?? -1;
      } else if (kind === "w" || kind === "s") {
        const byKey = kind === "w" ? memo.w : memo.s;
        if (byKey[aId] === 0) byKey[aId] = (c.single.get(kind)?.get(a) ?? -1) + 2;
        weight = byKey[aId] - 2;
      } else weight = c.single.get(kind)?.get(a) ?? -1;
    } else weight = (b === undefined ? c.single.get(kind)?.get(a) : c.pairs.get(a)?.get(b)) ?? -1;
    if (weight < 0 || seen[weight] === stamp) return;
    seen[weight] = stamp;
    z[0] += values[weight];
  });
  return 1 / (1 + Math.exp(-z[0]));
}

/** What {@link predictVisited} looked up, by key id of one key table. */
interface KeyMemo {
  /** The number of the weight of `w:` the key, plus 2 (1: none; 0: not looked up yet). */
  w: Int32Array;
  /** The same for `s:` the key's last three letters. */
  s: Int32Array;
  /** The bigram weights whose first word is the key, by second word (null: none). */
  pairs: (Map<string, number> | null | undefined)[];
}

const memos = new WeakMap<CompiledModel, WeakMap<KeyTable, KeyMemo>>();

function memoOf(c: CompiledModel, keys: KeyTable): KeyMemo {
  let byTable = memos.get(c);
  if (!byTable) {
    byTable = new WeakMap();
    memos.set(c, byTable);
  }
  let memo = byTable.get(keys);
  if (!memo || memo.w.length < keys.size) {
    // As long as the key table at once: indexes written in any order would turn a growing array
    // into a slow dictionary.
    memo = {
      w: new Int32Array(keys.size),
      s: new Int32Array(keys.size),
      pairs: new Array(keys.size).fill(undefined),
    };
    byTable.set(keys, memo);
  }
  return memo;
}

/** Options of {@link trainLogistic}. */
export interface TrainOptions {
  /** L2 penalty (default: 1e-4 per example). */
  l2?: number;
  /** Passes over the data (default: 8). */
  epochs?: number;
  /** Adagrad step size (default: 0.2). */
  rate?: number;
  /** Weight of the positive class, for imbalanced data (default: 1). */
  positiveWeight?: number;
  /** Seed of the shuffling (default: 1). */
  seed?: number;
}

/**
 * Fit binary logistic regression with L2 regularisation by stochastic gradient descent with
 * Adagrad step sizes (Duchi, Hazan & Singer 2011). Deterministic for a given seed.
 */
export function trainLogistic(
  examples: { features: string[]; label: boolean }[],
  options: TrainOptions = {},
): LogisticModel {
  const { l2 = 1e-4, epochs = 8, rate = 0.2, positiveWeight = 1, seed = 1 } = options;
  const index = new Map<string, number>();
  const rows = examples.map((e) => {
    const ids = new Set<number>();
    for (const f of e.features) {
      let id = index.get(f);
      if (id === undefined) {
        id = index.size;
        index.set(f, id);
      }
      ids.add(id);
    }
    return { ids: [...ids], y: e.label ? 1 : 0, w: e.label ? positiveWeight : 1 };
  });
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order) {
      const row = rows[r];
      let z = bias;
      for (const id of row.ids) z += w[id];
      const err = (1 / (1 + Math.exp(-z)) - row.y) * row.w;
      biasG2 += err * err;
      bias -= (rate * err) / Math.sqrt(biasG2);
      for (const id of row.ids) {
        const g = err + l2 * w[id];
        g2[id] += g * g;
        w[id] -= (rate * g) / Math.sqrt(g2[id]);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, id] of index) if (Math.abs(w[id]) >= 1e-3) weights[f] = Math.round(w[id] * 1e4) / 1e4;
  return { bias: Math.round(bias * 1e4) / 1e4, weights, threshold: 0.5 };
}

/**
 * Average the weights of models trained on the same data with different shuffling seeds: a
 * steadier single model than any one run of stochastic gradient descent.
 */
export function averageModels(models: LogisticModel[]): LogisticModel {
  const weights: Record<string, number> = {};
  for (const m of models)
    for (const [f, w] of Object.entries(m.weights)) weights[f] = (weights[f] ?? 0) + w / models.length;
  for (const f of Object.keys(weights)) {
    weights[f] = Math.round(weights[f] * 1e4) / 1e4;
    if (weights[f] === 0) delete weights[f];
  }
  const bias = models.reduce((sum, m) => sum + m.bias, 0) / models.length;
  return { bias: Math.round(bias * 1e4) / 1e4, weights, threshold: models[0]?.threshold ?? 0.5 };
}

/**
 * Naive Bayes log-count ratios of binary features, r = log(p(f | positive) / p(f | negative)) with
 * add-alpha smoothing over each class's sentence count (the ratios of NBSVM, Wang & Manning 2012).
 * Deterministic; no training loop.
 */
export function naiveBayesRatios(
  examples: { features: string[]; label: boolean }[],
  alpha = 1,
): Record<string, number> {
  const positive = new Map<string, number>();
  const negative = new Map<string, number>();
  let nPositive = 0;
  let nNegative = 0;
  for (const e of examples) {
    const counts = e.label ? positive : negative;
    if (e.label) nPositive++;
    else nNegative++;
    for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const ratios: Record<string, number> = {};
  for (const f of new Set([...positive.keys(), ...negative.keys()])) {
    ratios[f] =
      Math.log(((positive.get(f) ?? 0) + alpha) / (nPositive + 2 * alpha)) -
      Math.log(((negative.get(f) ?? 0) + alpha) / (nNegative + 2 * alpha));
  }
  return ratios;
}

/**
 * Add `weight` times the naive Bayes ratios to a logistic regression's weights. Both are linear
 * in the same binary features, so the ensemble stays one weight table and one `predict`; its
 * score is no longer a calibrated probability, which is why the threshold is tuned on it.
 */
export function blendNaiveBayes(
  model: LogisticModel,
  ratios: Record<string, number>,
  weight: number,
): LogisticModel {
  const weights = { ...model.weights };
  for (const [f, r] of Object.entries(ratios)) {
    const w = Math.round(((weights[f] ?? 0) + weight * r) * 1e4) / 1e4;
    if (w === 0) delete weights[f];
    else weights[f] = w;
  }
  return { ...model, weights };
}

/** The shipped check-worthiness model, `data/claims-checkworthiness.json`. */
export const checkworthinessModel = (): LogisticModel =>
  loadData<LogisticModel>("claims-checkworthiness.json");
