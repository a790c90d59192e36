import assert from "node:assert/strict";
import { test } from "node:test";
import { Random } from "../testing/prng.js";
import { hashedWords, SHINGLE_DEFAULTS, shingleHashes, shingleSequence, winnow } from "./shingles.js";

const same = (a: Uint32Array, b: Uint32Array): boolean =>
  a.length === b.length && a.every((h, i) => h === b[i]);

test("typographic variants, case and punctuation give the same shingles", () => {
  const a = shingleHashes("“Don’t close the northern bridge — not yet,” the mayor said on Tuesday.");
  const b = shingleHashes('"don\'t close the Northern bridge - not yet" the Mayor said, on tuesday');
  assert.ok(a.length > 0);
  assert.ok(same(a, b));
  // A changed word changes the shingles over it (all of them kept with window 1).
  const every = (t: string) => shingleHashes(t, { window: 1 });
  assert.ok(
    !same(every("Don't close the northern bridge, not yet"), every("Do close the northern bridge, not yet")),
  );
});

test("words keep their offsets into the text", () => {
  const text = "Rain, then 4,000 people left.";
  assert.deepEqual(
    hashedWords(text).map((w) => text.slice(w.start, w.end)),
    ["Rain", "then", "4,000", "people", "left"],
  );
});

test("a text shorter than n words is one shingle; no words, none", () => {
  assert.equal(shingleSequence(hashedWords("two words")).length, 1);
  assert.equal(shingleHashes("two words").length, 1);
  assert.equal(shingleHashes(" — … ").length, 0);
});

test("window 1 keeps every distinct shingle, sorted", () => {
  const text = "one two three four five six seven one two three four five";
  const all = shingleHashes(text, { window: 1 });
  assert.equal(all.length, 7); // 8 shingles, "one two three four five" twice
  assert.ok(all.every((h, i) => i === 0 || all[i - 1] < h));
});

test("winnow equals the brute-force minimum of every window", () => {
  const random = new Random(19);
  for (let round = 0; round < 200; round++) {
    const sequence = Uint32Array.from({ length: random.int(0, 40) }, () => random.int(0, 20));
    const window = random.int(1, 6);
    const expected = new Set<number>();
    if (sequence.length > 0 && sequence.length <= window) expected.add(Math.min(...sequence));
    for (let i = 0; i + window <= sequence.length; i++)
      expected.add(Math.min(...sequence.subarray(i, i + window)));
    assert.deepEqual(
      [...winnow(sequence, window)],
      [...expected].sort((x, y) => x - y),
      `round ${round}`,
    );
  }
});

test("any shared run of window + n - 1 words shares a kept hash, whatever surrounds it", () => {
  const random = new Random(7);
  const vocabulary = Array.from({ length: 500 }, (_, i) => `w${i}`);
  const words = (count: number) => Array.from({ length: count }, () => random.pick(vocabulary)).join(" ");
  const run = SHINGLE_DEFAULTS.window + SHINGLE_DEFAULTS.n - 1;
  for (let round = 0; round < 100; round++) {
    const passage = words(run);
    const a = shingleHashes(`${words(random.int(0, 60))} ${passage} ${words(random.int(0, 60))}`);
    const b = new Set(shingleHashes(`${words(random.int(0, 60))} ${passage} ${words(random.int(0, 60))}`));
    assert.ok(
      a.some((h) => b.has(h)),
      `round ${round}: the passage "${passage}" shares no kept hash`,
    );
  }
});

test("a bad window is a range error", () => {
  assert.throws(() => winnow(Uint32Array.of(1, 2), 0), RangeError);
});
