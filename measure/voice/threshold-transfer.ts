/**
 * Do thresholds chosen on fold models hold for the model that ships? The trainer chooses its
 * thresholds on models fitted on half of PolNeAR train and scored on the other half. This script
 * plays that one level down, so that the model shipped is itself scored on text none of its
 * parts saw: for each half A of train (B the other), the thresholds are chosen by the trainer's
 * rule on A's two quarters (each scored by models fitted on the other quarter), then carried to
 * B under each way of shipping — the model fitted on all of A, and the mean of the two quarter
 * models — and B is scored. Also printed: the best B could give the model fitted on all of A
 * (its thresholds chosen on B itself: a bound, not a measure). Run with
 * `npm run measure:threshold-transfer`; dev is never read.
 */
import { countCues } from "./cue-counts.js";
import { emptyScore, loadPolnear, type PolnearText } from "./polnear.js";
import {
  add,
  average,
  choose,
  crossValidate,
  type Fitted,
  fit,
  PRECISION_FLOOR,
  prepare,
  row,
  scoreGrid,
  thresholdGrid,
  useCounts,
  validationRows,
} from "./train-attribution-model.js";

function main(): void {
  const texts = loadPolnear("train");
  const halves: PolnearText[][] = [texts.filter((_, i) => i % 2 === 0), texts.filter((_, i) => i % 2 === 1)];
  const shipped = { whole: emptyScore(), mean: emptyScore(), crossFitted: emptyScore(), best: emptyScore() };
  for (const h of [0, 1]) {
    const a = halves[h];
    const b = halves[1 - h];
    const quarters = thresholdGrid();
    const { models } = crossValidate(a, quarters);
    const picked = validationRows(quarters)[choose(validationRows(quarters), PRECISION_FLOOR)];
    console.log(`half ${h}: chosen on its quarters`, JSON.stringify(picked));
    const mean: { cue: Fitted; source: Fitted } = {
      cue: average(models.map((m) => m.cue)),
      source: average(models.map((m) => m.source)),
    };
    // Each quarter read under the other quarter's cue counts, as the fold models read it, then
    // one model fitted on both: the rates it learns from are never a text's own.
    const quarterTexts = [a.filter((_, i) => i % 2 === 0), a.filter((_, i) => i % 2 === 1)];
    const crossPrepared = [0, 1].flatMap((q) => {
      useCounts(countCues(quarterTexts[1 - q]));
      return prepare(quarterTexts[q]);
    });
    const crossFitted = fit(crossPrepared);
    useCounts(countCues(a));
    const whole = fit(prepare(a));
    const held = prepare(b);
    const at = () =>
      thresholdGrid([picked.cueThreshold], [picked.sourceThreshold], [picked.ruleSourceThreshold], 1);
    const wholeAt = at();
    scoreGrid(held, whole, wholeAt, 0);
    const meanAt = at();
    scoreGrid(held, mean, meanAt, 0);
    const crossAt = at();
    scoreGrid(held, crossFitted, crossAt, 0);
    const all = thresholdGrid(undefined, undefined, undefined, 1);
    scoreGrid(held, whole, all, 0);
    const rows = validationRows(all);
    const bestIndex = choose(rows, PRECISION_FLOOR);
    const t = picked;
    console.log(
      `half ${h}: whole A at them on B`,
      JSON.stringify(row(t.cueThreshold, t.sourceThreshold, t.ruleSourceThreshold, wholeAt[0].scores[0])),
    );
    console.log(
      `half ${h}: mean of quarters at them on B`,
      JSON.stringify(row(t.cueThreshold, t.sourceThreshold, t.ruleSourceThreshold, meanAt[0].scores[0])),
    );
    console.log(
      `half ${h}: fitted on A's quarters each under the other's counts, at them on B`,
      JSON.stringify(row(t.cueThreshold, t.sourceThreshold, t.ruleSourceThreshold, crossAt[0].scores[0])),
    );
    console.log(`half ${h}: whole A, best on B (bound)`, JSON.stringify(rows[bestIndex]));
    add(shipped.whole, wholeAt[0].scores[0]);
    add(shipped.mean, meanAt[0].scores[0]);
    add(shipped.crossFitted, crossAt[0].scores[0]);
    add(shipped.best, all[bestIndex].scores[0]);
  }
  for (const [name, score] of Object.entries(shipped))
    console.log(`both halves, ${name}`, JSON.stringify(row(0, 0, 0, score)));
}

main();
