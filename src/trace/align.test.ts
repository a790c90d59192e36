import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Random } from "../testing/prng.js";
import { createDocument } from "../text/document.js";
import { alignStretch } from "./align.js";
import { traceSources } from "./index.js";

// Readable alignment: "a=b" for a match, "a/b" for a substitution, "+a" and "-b" for gaps.
function ops(x: string, y: string, mode: "global" | "extend"): string {
  const xs = x.split(" ");
  const ys = y.split(" ");
  const ids = new Map<string, number>();
  const id = (w: string): number => {
    if (!ids.has(w)) ids.set(w, ids.size);
    return ids.get(w) ?? -1;
  };
  const xi = xs.map(id);
  const yi = ys.map(id);
  const r = alignStretch(xi, 0, xi.length, yi, 0, yi.length, mode);
  return r.a
    .map((a, k) => {
      const b = r.b[k];
      if (a < 0) return `-${ys[b]}`;
      if (b < 0) return `+${xs[a]}`;
      return xs[a] === ys[b] ? xs[a] : `${xs[a]}/${ys[b]}`;
    })
    .join(" ");
}

describe("alignStretch (affine gaps)", () => {
  test("global: a substitution and a gap", () => {
    assert.equal(
      ops("lost the whole harvest", "lost half the harvest", "global"),
      "lost the/half whole/the harvest",
    );
    assert.equal(ops("a b c d", "a b x y z c d", "global"), "a b -x -y -z c d");
  });

  test("extend: stops at the best-scoring match", () => {
    assert.equal(ops("a b c q r s t", "a b c x y z w", "extend"), "a b c");
    assert.equal(ops("q r s", "x y z", "extend"), "");
  });
});

// A random text over a small invented vocabulary, in sentences and paragraphs.
function randomText(r: Random, sentences: number): string {
  const vocab = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}${"aeiou"[i % 5]}`);
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const words = Array.from({ length: r.int(8, 25) }, () => r.pick(vocab));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    out.push(`${words.join(" ")}.${s % 4 === 3 ? "\n\n" : " "}`);
  }
  return out.join("").trim();
}

describe("self-alignment (seeded property test)", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    test(`seed ${seed}: a text against itself is one verbatim match over all of it`, () => {
      const text = randomText(new Random(seed), 60);
      const a = createDocument(text, { id: "a" });
      const b = createDocument(text, { id: "b" });
      const { matches, coverage } = traceSources(a, [b]);
      assert.equal(matches.length, 1);
      assert.deepEqual([matches[0].kind, matches[0].similarity, matches[0].edits.length], ["verbatim", 1, 0]);
      assert.deepEqual([matches[0].article.start, matches[0].article.end], [0, a.text.length]);
      assert.equal(coverage[0].share, 1);
    });

    test(`seed ${seed}: every substituted word is reported as an edit`, () => {
      const r = new Random(seed * 7919);
      const text = randomText(r, 40);
      const words = [...text.matchAll(/\S+/g)];
      const planted: number[] = [];
      let edited = text;
      // Substitute every 12th to 18th word from the end, so earlier offsets stay valid.
      for (let k = words.length - 3; k > 2; k -= r.int(12, 18)) {
        const m = words[k];
        if (/[.]$/.test(m[0]) || /[.]$/.test(words[k - 1][0])) continue;
        edited = `${edited.slice(0, m.index)}zz${k}q${edited.slice((m.index ?? 0) + m[0].length)}`;
        planted.push(k);
      }
      const a = createDocument(edited, { id: "a" });
      const b = createDocument(text, { id: "b" });
      const found = traceSources(a, [b]).matches.flatMap((m) =>
        m.edits.map((e) => a.text.slice(e.article?.start, e.article?.end)),
      );
      for (const k of planted) assert.ok(found.includes(`zz${k}q`), `zz${k}q not reported`);
    });
  }
});

describe("repeated text (every n-gram over the frequency cap)", () => {
  const sentence = "The council said 12 people were hurt on 3 May. ";

  test("one sentence repeated is one verbatim match against itself", () => {
    const text = sentence.repeat(400).trim();
    const a = createDocument(text, { id: "a" });
    const b = createDocument(`${text}\n\nA correction followed.`, { id: "b" });
    const { matches, coverage } = traceSources(a, [b]);
    assert.deepEqual(
      matches.map((m) => [m.kind, m.article.start, m.article.end, m.source.start, m.edits.length]),
      [["verbatim", 0, text.length, 0, 0]],
    );
    assert.equal(coverage[0].share, 1);
  });

  test("a changed figure inside the repetition is still an edit", () => {
    const text = sentence.repeat(300).trim();
    const at = text.indexOf("12 people", sentence.length * 150);
    const edited = `${text.slice(0, at)}13${text.slice(at + 2)}`;
    const found = traceSources(createDocument(edited, { id: "a" }), [
      createDocument(`${text}\n\nA correction followed.`, { id: "b" }),
    ]).matches.flatMap((m) =>
      m.edits.map((e) => [e.op, e.note, edited.slice(e.article?.start, e.article?.end)]),
    );
    assert.deepEqual(found, [["replace", "number", "13"]]);
  });

  test("repeated text absent from the source gives no match", () => {
    const a = createDocument(sentence.repeat(300).trim(), { id: "a" });
    const b = createDocument("Harbour officials said the ferry would not run. ".repeat(300).trim(), {
      id: "b",
    });
    assert.deepEqual(traceSources(a, [b]).matches, []);
  });
});
