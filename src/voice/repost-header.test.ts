import assert from "node:assert/strict";
import { test } from "node:test";
import { repostHeader } from "./repost-header.js";

test("a repost header gives the piece's writer and outlet; a date after the writer is no outlet", () => {
  assert.deepEqual(
    repostHeader(
      "\u201CFees to double at the quay,\u201D by Ada Lind, Valley Wire, May 3, 2026 (thanks to Bo):",
    ),
    { writer: "Ada Lind", outlet: "Valley Wire" },
  );
  assert.deepEqual(repostHeader('"Fees to double at the quay," by Ada Lind, May 3, 2026:'), {
    writer: "Ada Lind",
  });
});

test("a quoted sentence with 'by' in it, or a header with no colon, is no repost header", () => {
  assert.equal(
    repostHeader("\u201CFees will double,\u201D by the board's own account, is wrong."),
    undefined,
  );
  assert.equal(repostHeader("\u201CFees to double at the quay,\u201D by Ada Lind, Valley Wire"), undefined);
  assert.equal(repostHeader("\u201CWe will double the fees,\u201D said Ada Lind, Valley Wire:"), undefined);
});
