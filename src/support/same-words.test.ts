import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.js";
import { createDocument } from "../text/document.js";

// Minutes of two sittings; the second repeats a line of the first.
const SOURCE = `Harbour board minutes, Calloway

The Calloway harbour board met on Tuesday to discuss the new ferry terminal. Board member Tess Marlow was accused of leaking the tender documents to a bidder. Marlow strongly denies that. The board approved the terminal's design in May, but the fishermen's union rejected the berth plan. The chair said she had seen no proof of a leak, but the auditor reported that two tender files were copied in April. Members will vote on the contract next month.

Harbour board minutes, Calloway, second sitting

The board met again on Friday. Members will vote on the contract next month. The dredging survey is due in June.`;

// The article reprints the minutes word for word, leaving out the first sitting's last line.
const ARTICLE = `Calloway ferry row deepens

By Nell Ashby

The Calloway harbour board met on Tuesday to discuss the new ferry terminal. Board member Tess Marlow was accused of leaking the tender documents to a bidder. Marlow strongly denies that. The board approved the terminal's design in May, but the fishermen's union rejected the berth plan. The chair said she had seen no proof of a leak, but the auditor reported that two tender files were copied in April.

The board met again on Friday. Members will vote on the contract next month. The dredging survey is due in June.`;

test("a sentence the source says word for word is supported by that sentence, each of its claims too, and warns of nothing", () => {
  const a = createDocument(ARTICLE, { id: "article" });
  const s = createDocument(SOURCE, { id: "source" });
  const report = analyze(a, { sources: [s] });
  const rated = report.claims.filter((c) => c.support);
  assert.equal(rated.length, 8);
  for (const c of rated) {
    const text = a.text.slice(c.start, c.end);
    const support = c.support;
    assert.ok(support);
    assert.equal(support.status, "supported", text);
    assert.equal(support.reason, "the source says it in the same words", text);
    assert.deepEqual(
      support.evidence.map((e) => s.text.slice(e.start, e.end)),
      [text],
    );
    for (const u of support.units ?? []) assert.equal(u.status, "supported", text);
  }
  // A denial the sentence itself reports ("denies", "rejected") is no contradiction of it.
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId.startsWith("support/")),
    [],
  );
});

test("a line the source repeats is the one the article copied, and the other is left out", () => {
  const a = createDocument(ARTICLE, { id: "article" });
  const s = createDocument(SOURCE, { id: "source" });
  const report = analyze(a, { sources: [s] });
  const line = "Members will vote on the contract next month.";
  const first = s.text.indexOf(line);
  const second = s.text.indexOf(line, first + 1);
  const claim = report.claims.find((c) => a.text.slice(c.start, c.end) === line);
  assert.deepEqual(
    claim?.support?.evidence.map((e) => e.start),
    [second],
  );
  const omitted = report.findings
    .filter((f) => f.ruleId === "trace/omission")
    .flatMap((f) => f.evidence ?? [])
    .map((e) => e.start);
  assert.deepEqual(omitted, [first]);
});

test("a sentence copied with a word changed is rated against the sentence it was copied from, not a copy of it elsewhere", () => {
  const source = `Harbour board minutes, Calloway

The board met on Tuesday. The dredging survey is due in June. Members will vote on the contract next month.

Harbour board minutes, Calloway, second sitting

The board met again on Friday. Members will vote on the contract next month. The ferry timetable was agreed.`;
  const article = `Ferry news

The board met again on Friday. Members will vote on the contract next week. The ferry timetable was agreed.`;
  const a = createDocument(article, { id: "article" });
  const s = createDocument(source, { id: "source" });
  const report = analyze(a, { sources: [s] });
  const line = "Members will vote on the contract next month.";
  const copied = s.text.indexOf(line, s.text.indexOf(line) + 1);
  const claim = report.claims.find((c) => a.text.slice(c.start, c.end).startsWith("Members will vote"));
  assert.equal(claim?.support?.status, "supported");
  assert.deepEqual(
    claim?.support?.evidence.map((e) => e.start),
    [copied],
  );
});

test("each claim of a copied sentence that makes several is rated against the sentence it was copied from", () => {
  const source = `Harbour board minutes, Calloway

The board met on Tuesday. The survey is due in June, and members will vote on the contract next month.

Harbour board minutes, Calloway, second sitting

The board met again on Friday. The survey is due in June, and members will vote on the contract next month. The ferry timetable was agreed.`;
  const article = `Ferry news

The board met again on Friday. The survey is due in June, and members will vote on the contract next week. The ferry timetable was agreed.`;
  const a = createDocument(article, { id: "article" });
  const s = createDocument(source, { id: "source" });
  const report = analyze(a, { sources: [s] });
  const line = "The survey is due in June, and members will vote on the contract next month.";
  const copied = s.text.indexOf(line, s.text.indexOf(line) + 1);
  const claim = report.claims.find((c) => a.text.slice(c.start, c.end).startsWith("The survey"));
  const units = claim?.support?.units ?? [];
  assert.equal(units.length, 2);
  for (const u of units) {
    assert.equal(u.status, "supported");
    assert.deepEqual(
      u.evidence.map((e) => e.start),
      [copied],
    );
  }
});
