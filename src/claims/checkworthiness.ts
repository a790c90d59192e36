import { createDocument } from "../text/document.js";
import {
  type Entity,
  findEntities,
  handFeatures,
  modelFeatures,
  visitModelFeatures,
  wholeView,
} from "./features.js";
import { type LogisticModel, predictVisited } from "./model.js";
import { extractQuantities } from "./quantities.js";
import type { TokenView } from "./tokens.js";
import type { Quantity } from "./types.js";

/** A scored sentence: its check-worthiness score and the hand features that fired. */
export interface Scored {
  score: number;
  features: string[];
  entities: Entity[];
}

/** Score a sentence window of a document with the model. */
export function scoreView(model: LogisticModel, v: TokenView, quantities: Quantity[]): Scored {
  // Month and weekday names are dates, not entities.
  const entities = findEntities(v).filter((e) => !quantities.some((q) => q.start < e.end && e.start < q.end));
  const hand = handFeatures(v, quantities, entities);
  return {
    score: predictVisited(model, (visit) => visitModelFeatures(v, hand, visit), v.store.keyTable),
    features: hand,
    entities,
  };
}

/** The model features of a free-standing sentence (training and evaluation data). */
export function textFeatures(text: string): string[] {
  const doc = createDocument(text);
  const v = wholeView(doc.text, doc.tokenStore);
  return modelFeatures(v, handFeatures(v, extractQuantities(doc), findEntities(v)));
}

/** One labelled sentence of CheckThat! 2024 Task 1. */
export interface LabelledSentence {
  id: string;
  text: string;
  label: boolean;
}

/**
 * Parse a CT24 check-worthiness TSV (`Sentence_id<TAB>Text<TAB>class_label`). One train line
 * holds two records run together, so records are matched by pattern rather than by line.
 */
export function parseCT24(tsv: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  const record = /(?:^|\n|(?<=\t(?:Yes|No)))(\d+)\t([^\t\n]*)\t(Yes|No)/g;
  for (let m = record.exec(tsv); m !== null; m = record.exec(tsv)) {
    out.push({ id: m[1], text: m[2].replace(/^"(.*)"$/, "$1"), label: m[3] === "Yes" });
  }
  return out;
}

/** Precision, recall and F1 of the positive class. */
export function positiveF1(
  predicted: boolean[],
  gold: boolean[],
): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Average precision of a ranking (the mean of the precision at each positive, best score first):
 * how well the scores order the sentences, whatever the threshold.
 */
export function averagePrecision(scores: number[], gold: boolean[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let found = 0;
  let sum = 0;
  order.forEach((i, rank) => {
    if (!gold[i]) return;
    found++;
    sum += found / (rank + 1);
  });
  return found === 0 ? 0 : sum / found;
}

/** The score threshold (on a 0.01 grid) that maximises positive-class F1. */
export function tuneThreshold(scores: number[], gold: boolean[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const { f1 } = positiveF1(
      scores.map((s) => s >= t),
      gold,
    );
    if (f1 > bestF1) {
      bestF1 = f1;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}
