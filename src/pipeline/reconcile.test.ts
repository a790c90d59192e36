import assert from "node:assert/strict";
import { test } from "node:test";
import type { Finding } from "../rules.js";
import type { Sentence } from "../text/segment.js";
import type { Match } from "../trace/types.js";
import { reconcileAttribution } from "./reconcile.js";

const sentence = (start: number, end: number): Sentence => ({
  start,
  end,
  paragraph: 0,
  tokenStart: 0,
  tokenEnd: 0,
});
const match = (start: number, end: number, attributed: boolean): Match => ({
  article: { start, end },
  source: { id: "report", start: 0, end: end - start },
  kind: "verbatim",
  similarity: 1,
  edits: [],
  attributed,
});
const reuse = (index: number, start: number, end: number): Finding => ({
  ruleId: "trace/unattributed-reuse",
  source: "trace",
  severity: "warning",
  message: "reused",
  span: { start, end },
  data: { match: index, kind: "verbatim", similarity: 1 },
});
const reproduction = (start: number, end: number): Finding => ({
  ruleId: "voice/unattributed-reproduction",
  source: "voice",
  severity: "warning",
  message: "reproduced",
  span: { start, end },
  data: { source: "report" },
});

test("a match in a sentence the voices layer attributes becomes attributed and loses its reuse finding", () => {
  const sentences = [sentence(0, 40), sentence(41, 90), sentence(91, 150)];
  const { matches, findings } = reconcileAttribution(
    sentences,
    [match(45, 88, false), match(95, 140, false)],
    [1],
    [reuse(0, 45, 88), reuse(1, 95, 140)],
  );
  assert.deepEqual(
    matches.map((m) => m.attributed),
    [true, false],
  );
  assert.deepEqual(
    findings.map((f) => `${f.ruleId} ${f.span?.start}`),
    ["trace/unattributed-reuse 95"],
  );
});

test("reuse is reported once: the trace finding wins over a voice finding on the same text", () => {
  const { findings } = reconcileAttribution(
    [sentence(0, 100)],
    [match(10, 60, false)],
    [],
    [reuse(0, 10, 60), reproduction(0, 100), reproduction(200, 260)],
  );
  assert.deepEqual(
    findings.map((f) => `${f.ruleId} ${f.span?.start}`),
    ["trace/unattributed-reuse 10", "voice/unattributed-reproduction 200"],
  );
});
