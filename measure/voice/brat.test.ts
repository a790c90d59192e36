import assert from "node:assert/strict";
import { test } from "node:test";
import { parseBrat } from "./brat.js";

test("a discontinuous span runs from its earliest fragment to its latest, in any listed order", () => {
  const { spans, events } = parseBrat(
    [
      "T1\tSource 40 42\the",
      "T2\tCue 43 52\tcontinued",
      "T3\tContent 60 90;0 38\tLater words ... earlier words",
      "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
    ].join("\n"),
  );
  assert.deepEqual([spans.get("T3")?.start, spans.get("T3")?.end, spans.get("T1")?.end], [0, 90, 42]);
  assert.equal(events[0].roles.get("Source"), "T1");
});
