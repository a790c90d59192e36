/**
 * PolNeAR train in the folds the attribution trainer validates on (text i in fold i mod
 * {@link FOLDS}), and for each fold the models fitted on the others under the shipped
 * thresholds, as the trainer fits them: what the diagnoses read held-out errors from.
 */
import type { CueModel } from "../../dist/voice/cue-model.js";
import { type VoiceLexicon, voiceLexicon } from "../../dist/voice/lexicon.js";
import { type SourceModel, sourceModel as sourceModelOf } from "../../dist/voice/source-model.js";
import { countCues } from "./cue-counts.js";
import { loadPolnear } from "./polnear.js";
import { FOLDS, fit, prepare, sourceData, useCounts } from "./train-attribution-model.js";

export interface HeldOutFold {
  model: CueModel;
  sourceModel: SourceModel;
  /** The fold's texts, prepared under the other folds' cue counts. */
  held: ReturnType<typeof prepare>;
}

export interface HeldOutModels {
  lex: VoiceLexicon;
  /** How many folds there are. */
  folds: number;
  /** Fold `f` scored by models fitted on the other folds; each call fits, so call it once per fold. */
  fold(f: number): HeldOutFold;
}

export function heldOutModels(): HeldOutModels {
  const lex = voiceLexicon();
  const saved = lex.cueModel;
  const savedSource = lex.sourceModel;
  if (!saved || !savedSource)
    throw new Error("data/voice-attribution-model.json or voice-source-model.json holds no model");
  const texts = loadPolnear("train");
  return {
    lex,
    folds: FOLDS,
    fold(f) {
      const rest = texts.filter((_, i) => i % FOLDS !== f);
      useCounts(countCues(rest));
      const fitted = fit(prepare(rest));
      const model: CueModel = { threshold: saved.threshold, ...fitted.cue };
      const sourceModel = sourceModelOf(
        sourceData(fitted.source, savedSource.threshold, savedSource.ruleThreshold),
      );
      return { model, sourceModel, held: prepare(texts.filter((_, i) => i % FOLDS === f)) };
    },
  };
}
