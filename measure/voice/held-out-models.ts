/**
 * PolNeAR train in the two folds the attribution trainer validates on (alternate texts), and for
 * each fold the models fitted on the other one under the shipped thresholds: what the diagnoses
 * read held-out errors from.
 */
import type { CueModel } from "../../dist/voice/cue-model.js";
import { type VoiceLexicon, voiceLexicon } from "../../dist/voice/lexicon.js";
import { type SourceModel, sourceModel as sourceModelOf } from "../../dist/voice/source-model.js";
import { countCues } from "./cue-counts.js";
import { loadPolnear, type PolnearText } from "./polnear.js";
import { fit, prepare, sourceData, useCounts } from "./train-attribution-model.js";

export interface HeldOutFold {
  model: CueModel;
  sourceModel: SourceModel;
  /** The fold's texts, prepared under the other fold's cue counts. */
  held: ReturnType<typeof prepare>;
}

export interface HeldOutModels {
  lex: VoiceLexicon;
  /** Fold `f` scored by models fitted on fold `1 - f`; each call fits, so call it once per fold. */
  fold(f: 0 | 1): HeldOutFold;
}

export function heldOutModels(): HeldOutModels {
  const lex = voiceLexicon();
  const saved = lex.cueModel;
  const savedSource = lex.sourceModel;
  if (!saved || !savedSource)
    throw new Error("data/voice-attribution-model.json or voice-source-model.json holds no model");
  const texts = loadPolnear("train");
  const folds: PolnearText[][] = [texts.filter((_, i) => i % 2 === 0), texts.filter((_, i) => i % 2 === 1)];
  return {
    lex,
    fold(f) {
      useCounts(countCues(folds[1 - f]));
      const fitted = fit(prepare(folds[1 - f]));
      const model: CueModel = { threshold: saved.threshold, ...fitted.cue };
      const sourceModel = sourceModelOf(
        sourceData(fitted.source, savedSource.threshold, savedSource.ruleThreshold),
      );
      return { model, sourceModel, held: prepare(folds[f]) };
    },
  };
}
