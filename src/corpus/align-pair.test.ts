import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { alignDocuments, compareDates } from "./align-pair.js";
import type { CorpusDocument, ReuseEdge } from "./types.js";

// An invented wire story: five paragraphs, the first a headline.
const PARAS = [
  "Valley council delays the Marrow Bridge repairs",
  "The council of Aldgate Valley voted on Monday to postpone the repair of the Marrow Bridge until the spring, after engineers found that the eastern pier had shifted by eleven centimetres since the last inspection in 2019.",
  "Councillor Petra Jansen told the meeting that the bridge would stay open to cars but that lorries heavier than seven tonnes would be diverted through the industrial estate at Cole Street from next week.",
  "The repair was budgeted at 3.4 million pounds in the spring, but the contractor has since warned that the price of steel has risen sharply and that a new tender may be needed before any work can begin.",
  "Residents of the lower village, who have campaigned for a second crossing for more than a decade, said the delay showed that the valley could no longer rely on a single bridge built in the 1930s.",
];
const WIRE = PARAS.join("\n\n");
const FRAMING =
  "Our readers in the valley have written to us all week about the state of their only bridge, and many of them fear the worst for the winter months ahead. Here is what the council decided.";

const doc = (id: string, text: string, date?: string): CorpusDocument => ({
  id,
  contentHash: id,
  location: `${id}.txt`,
  text,
  ...(date ? { date } : {}),
});

const show = (e: ReuseEdge | undefined): string => (e ? `${e.from} -> ${e.to} (${e.direction})` : "none");

describe("corpus: aligning two documents", () => {
  test("an earlier date makes a text the source, whatever the order given", () => {
    const wire = doc("wire", WIRE, "2024-03-04");
    const copy = doc("blog", WIRE.replace("eleven centimetres", "twelve centimetres"), "2024-03-05");
    const edge = alignDocuments(copy, wire);
    assert.equal(show(edge), "wire -> blog (dates)");
    assert.deepEqual(alignDocuments(wire, copy), edge);
    assert.deepEqual(edge?.edits, {
      inserted: 0,
      deleted: 0,
      substituted: 1,
      examples: ['"eleven" -> "twelve"'],
    });
    assert.match(edge?.why ?? "", /dated 2024-03-04, before blog/);
  });

  test("texts sharing no passage give no edge", () => {
    const other = doc(
      "other",
      "The regional orchestra announced a season of twelve concerts, opening in October with a programme of Czech composers and closing in June with a new work by a local student.",
    );
    assert.equal(alignDocuments(doc("wire", WIRE), other), undefined);
  });

  test("a trimmed copy keeps the source's opening and lies within it", () => {
    const trimmed = doc("a-trimmed", PARAS.slice(0, 3).join("\n\n"));
    const edge = alignDocuments(trimmed, doc("z-wire", WIRE));
    assert.equal(show(edge), "z-wire -> a-trimmed (containment)");
    assert.equal(edge?.coverage.to, 1);
    assert.ok((edge?.coverage.from ?? 1) < 0.7);
  });

  test("an expanded copy adds an opening of its own around the whole source", () => {
    const framed = doc("a-framed", `${FRAMING}\n\n${WIRE}\n\n${FRAMING.replace("Here is", "That was")}`);
    const edge = alignDocuments(framed, doc("z-wire", WIRE));
    assert.equal(show(edge), "z-wire -> a-framed (containment)");
    assert.equal(edge?.coverage.from, 1);
  });

  test("an editorial bracket or elision marks the copy", () => {
    const bracketed = doc("a-copy", WIRE.replace("Councillor Petra Jansen told", "[Jansen] told"));
    assert.equal(show(alignDocuments(bracketed, doc("z-wire", WIRE))), "z-wire -> a-copy (edits)");
    const elided = doc(
      "a-copy",
      WIRE.replace(" after engineers found that the eastern pier", " … the eastern pier"),
    );
    assert.equal(show(alignDocuments(elided, doc("z-wire", WIRE))), "z-wire -> a-copy (edits)");
  });

  test("a reordered copy with no date is undetermined, and says so", () => {
    const reordered = doc("b-reordered", [PARAS[0], PARAS[3], PARAS[1], PARAS[4], PARAS[2]].join("\n\n"));
    const edge = alignDocuments(reordered, doc("a-wire", WIRE));
    assert.equal(show(edge), "a-wire -> b-reordered (undetermined)");
    assert.match(edge?.why ?? "", /no date, containment or editorial mark decides/);
  });

  test("a date on one side only does not decide", () => {
    const trimmed = doc("a-trimmed", PARAS.slice(0, 3).join("\n\n"), "2024-01-01");
    assert.equal(show(alignDocuments(trimmed, doc("z-wire", WIRE))), "z-wire -> a-trimmed (containment)");
  });

  test("dates compare by day when one of them has no time", () => {
    assert.equal(compareDates("2024-03-04", "2024-03-04T18:00:00Z"), 0);
    assert.equal(compareDates("2024-03-04T09:00:00Z", "2024-03-04T18:00:00Z"), -1);
    assert.equal(compareDates("2024-03-05", "2024-03-04T18:00:00Z"), 1);
    assert.equal(compareDates(undefined, "2024-03-04"), 0);
    assert.equal(compareDates("not a date", "2024-03-04"), 0);
  });
});

describe("corpus: a republication notice", () => {
  const NOTICE = "This article was originally published on the Aldgate Courier website.";
  const repost = `${NOTICE}\n\n${WIRE}`;

  test("the undated text that says it republishes is the copy", () => {
    const edge = alignDocuments(doc("a-repost", repost), doc("z-wire", WIRE));
    assert.equal(show(edge), "z-wire -> a-repost (notice)");
    assert.match(edge?.why ?? "", /a-repost says it republishes/);
  });

  test("dates still come first", () => {
    const edge = alignDocuments(doc("repost", repost, "2024-03-01"), doc("wire", WIRE, "2024-03-04"));
    assert.equal(show(edge), "repost -> wire (dates)");
  });

  test("a notice in both texts, or one inside prose, decides nothing", () => {
    const both = alignDocuments(doc("one", repost), doc("two", `${WIRE}\n\nReprinted with permission.`));
    assert.notEqual(both?.direction, "notice");
    const prose = `The story, first published in 2019 by the council's own newsletter, is below.\n\n${WIRE}`;
    const mention = `${PARAS[1]} It was originally published in a long report that the council printed last year and sent to every household in the valley, with maps and tables of the traffic counts.\n\n${PARAS.slice(2).join("\n\n")}`;
    assert.notEqual(alignDocuments(doc("p", prose), doc("w", WIRE))?.direction, "notice");
    assert.notEqual(alignDocuments(doc("m", mention), doc("w", WIRE))?.direction, "notice");
  });
});
