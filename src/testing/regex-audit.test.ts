import assert from "node:assert/strict";
import { test } from "node:test";
import { EDGE_AFTER, EDGE_BEFORE } from "../trace/passage.js";
import { repoPath } from "./helpers.js";
import { hasNestedQuantifier, regexLiterals } from "./regex-audit.js";

/**
 * Every regular expression in src/ that repeats a group holding a quantifier, with why it cannot
 * backtrack catastrophically and its worst case. A new one fails the first test until it is
 * reviewed here.
 */
const REVIEWED: Record<string, { why: string; worst: string; matches: boolean }> = {
  "src/text/segment.ts /^(?:\\[\\s*(?:\\.\\s*){3,}\\]|\\[…\\]|\\(…\\)|…|(?:\\.\\s*){3,}|\\*\\s*\\*\\s*\\*)$/":
    {
      why: "each repetition starts with a dot, which \\s* cannot take: one way to split any run",
      worst: `[${". ".repeat(50_000)}x`,
      matches: false,
    },
  "src/text/segment.ts /[^\\n]+(?:\\n[^\\n]+)*/g": {
    why: "repetitions are separated by a line break, which [^\\n]+ cannot take",
    worst: `${"a\n".repeat(50_000)}\n`,
    matches: true,
  },
  "src/text/tokenize.ts /(\\p{N}+(?:[.,:\\u00A0\\u202F]\\p{N}+)*)|((?:\\p{L}|\\p{M})(?:[\\p{L}\\p{M}\\p{N}]|['\\u2019\\u02BC\\-\\u2010\\u2011](?=[\\p{L}\\p{N}]))*)|(\\.\\.\\.+|\\u2026|--+|[\\p{P}])|(\\S)/gu":
    {
      why: "digit groups are separated by a mark digits cannot take; word characters are single",
      worst: `${"1,".repeat(50_000)}, ${"a-".repeat(50_000)}-`,
      matches: true,
    },
  "src/trace/passage.ts /\\[\\s*(?:\\.\\s*){3,}\\]|\\[\\s*\\u2026\\s*\\]|(?:\\.\\s*){2,}\\.|\\u2026/": {
    why: "each repetition starts with a dot; a run of three dots matches at once",
    worst: `${"[ ".repeat(20_000)}. .x`,
    matches: false,
  },
};

const flagged = regexLiterals(repoPath(""), repoPath("src")).filter((r) => hasNestedQuantifier(r.pattern));

test("every regular expression with a repeated quantified group in src/ has been reviewed", () => {
  assert.deepEqual(flagged.map((r) => `${r.file} ${r.literal}`).sort(), Object.keys(REVIEWED).sort());
});

// A hang guard, not a timing assertion: a catastrophic pattern does not return on these inputs.
test("each reviewed expression on its worst case", { timeout: 60_000 }, () => {
  for (const r of flagged) {
    const review = REVIEWED[`${r.file} ${r.literal}`];
    assert.ok(review, r.literal);
    const re = new RegExp(r.pattern, r.flags.replace("g", ""));
    assert.equal(re.test(review.worst), review.matches, r.literal);
  }
  // Built from the passage elision pattern and applied only to the 12 characters before or after
  // a passage (src/trace/passage.ts, edits.ts): quadratic in a long run of dots, so never given one.
  assert.equal(EDGE_BEFORE.test(`${". ".repeat(6)}`), true);
  assert.equal(EDGE_BEFORE.test(`${". ".repeat(5)}x`), false);
  assert.equal(EDGE_AFTER.test(` ${". ".repeat(6)}`), true);
});

test("the detector finds nested quantifiers and passes flat ones", () => {
  for (const p of ["(a+)*", "(?:x\\s*)+", "(a|b*){2,}", "^\\s*(?:<!--[\\s\\S]*?-->\\s*)*<"])
    assert.ok(hasNestedQuantifier(p), p);
  for (const p of ["a+b*", "(ab)*", "[(a+)]*", "(?: \\p{Lu}[a-z]+){0,2}", "\\(a+\\)*"])
    assert.ok(!hasNestedQuantifier(p), p);
});
