import assert from "node:assert/strict";
import { test } from "node:test";
import { Parser } from "htmlparser2";
import { parseHTML } from "linkedom";
import { Random } from "../testing/prng.js";
import { extractHtml } from "./html.js";
import { boundNesting } from "./nesting.js";

/** Deepest nesting of elements the parser builds from `html`. */
function parsedDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentagname() {
      depth++;
      if (depth > deepest) deepest = depth;
    },
    onclosetag() {
      depth--;
    },
  });
  parser.write(html);
  parser.end();
  return deepest;
}

const text = (html: string): string => parseHTML(html).document.documentElement?.textContent ?? "";

test("a page never nested past the limit is returned as it is", () => {
  const page =
    '<!doctype html><html><head><title>Harbour</title></head><body><div class="story"><p>The ferry <b>left</b> late.<p>It came back at noon.</div><ul><li>One<li>Two</ul></body></html>';
  assert.equal(boundNesting(page, 8), page);
  assert.equal(
    boundNesting("<div><div><div><div>Four deep.</div></div></div></div>", 4),
    "<div><div><div><div>Four deep.</div></div></div></div>",
  );
});

test("elements past the limit lose their tags and keep their text in place", () => {
  assert.equal(
    boundNesting("<div><div><div><p>Deep <i>words</i>.</p></div>Tail.</div></div>", 2),
    "<div><div><!---->Deep <!---->words<!---->.<!---->Tail.</div></div>",
  );
  const deep = `<html><body>${"<div><span>".repeat(5000)}The council met on Monday.${"</span></div>".repeat(5000)}<p>After.</p></body></html>`;
  const bounded = boundNesting(deep, 256);
  assert.ok(parsedDepth(bounded) <= 256);
  assert.equal(text(bounded), text(deep));
});

test("a dropped tag that closed open elements that stay closes them in its place", () => {
  // `</div>` closes the <nav> left open inside it; the <nav> stays, the div goes.
  assert.equal(
    boundNesting("<div><div><div><nav>Menu</div> after.</div></div>", 2),
    "<div><div><!----><nav>Menu</nav> after.</div></div>",
  );
});

test("tags that decide what is read stay at any depth", () => {
  const inner =
    '<script>var a = "<div>";</script><nav>Menu</nav><div class="cookie-banner">Cookies.</div><time datetime="2024-03-02">2 March</time><svg></svg>';
  const bounded = boundNesting(`<div><div>${inner}</div></div>`, 1);
  assert.equal(bounded, `<div><!---->${inner}<!----></div>`);
});

test("forms, navigation and footers inside one that stays go past the limit like any element", () => {
  // Inside a kept <form> an inner form is removed with it anyway; outside one a form always stays.
  assert.equal(
    boundNesting("<div><form><form>Name <nav>Menu</nav></form></form></div>", 2),
    "<div><form><!---->Name <!---->Menu<!----></form></div>",
  );
  assert.equal(
    boundNesting("<div><div><form>Name</form></div></div>", 1),
    "<div><!----><form>Name</form><!----></div>",
  );
  const r = new Random(11);
  const names = ["form", "nav", "footer", "div", "p", "input", "label"];
  const parts = ["<html><head><title>Sign-up</title></head><body><p>The harbour office opens at nine.</p>"];
  // All of the soup inside one form, which the page's blocks are read without.
  const open = ["form"];
  parts.push("<form>");
  for (let i = 0; i < 30_000; i++) {
    const name = names[r.int(0, names.length - 1)];
    if (r.chance(0.8)) {
      parts.push(`<${name}>`, r.chance(0.3) ? "Field " : "");
      open.push(name);
    } else if (open.length > 1) parts.push(`</${open.pop()}>`);
  }
  parts.push(...open.reverse().map((name) => `</${name}>`), "<p>Ferries run hourly.</p></body></html>");
  const page = parts.join("");
  const bounded = boundNesting(page, 256);
  assert.ok(parsedDepth(page) > 5000);
  assert.ok(parsedDepth(bounded) <= 264);
  assert.equal(text(bounded), text(page));
  assert.deepEqual(extractHtml(page).blocks, [
    { kind: "paragraph", text: "The harbour office opens at nine." },
    { kind: "paragraph", text: "Ferries run hourly." },
  ]);
});

test("self-closing tags are read as the parser reads them, in and out of foreign content", () => {
  // Out of foreign content `<span/>` opens a span; in an <svg> `<g/>` closes itself.
  assert.equal(boundNesting("<div><span/>a</div>", 1), "<div><!---->a</div>");
  assert.equal(boundNesting("<div><svg><g/>b</svg></div>", 1), "<div><svg><!---->b</svg></div>");
});

test("deep pages of any markup keep their text, their order and the extracted blocks", () => {
  const r = new Random(7);
  const names = [
    "div",
    "span",
    "p",
    "li",
    "ul",
    "td",
    "tr",
    "b",
    "section",
    "dd",
    "option",
    "select",
    "svg",
    "g",
    "nav",
    "input",
    "br",
    "time",
  ];
  const words = ["The mayor spoke.", " Rain fell ", "&amp; more", "  ", "Ferries stopped."];
  for (let round = 0; round < 40; round++) {
    const parts = ["<html><body>", "<div>".repeat(r.int(0, 40))];
    for (let i = 0; i < 600; i++) {
      const name = names[r.int(0, names.length - 1)];
      const roll = r.int(0, 99);
      if (roll < 40) parts.push(`<${name}${r.chance(0.1) ? ' class="a>b"' : ""}${r.chance(0.1) ? "/" : ""}>`);
      else if (roll < 60) parts.push(`</${name}>`);
      else if (roll < 63) parts.push("<script>'<div>'</script><!-- <p> -->");
      else parts.push(words[r.int(0, words.length - 1)]);
    }
    const page = parts.join("");
    const limit = r.int(3, 30);
    const bounded = boundNesting(page, limit);
    if (parsedDepth(page) <= limit) assert.equal(bounded, page);
    assert.equal(text(bounded), text(page), `round ${round}`);
  }
  const deepPage = `<html><head><title>Deep page</title></head><body><p>Before the deep part.</p>${"<div><section>".repeat(1500)}<p>Deep one.</p> loose words <span>and a <b>span</b></span><script>var x = "<div>";</script><nav>Home | News</nav><div class="cookie-notice">We use cookies.</div><time datetime="2024-05-03">3 May</time>${"</section></div>".repeat(1500)}<p>After it.</p></body></html>`;
  const { blocks, title, date } = extractHtml(deepPage);
  assert.deepEqual(
    { blocks, title, date },
    {
      blocks: [
        { kind: "paragraph", text: "Before the deep part." },
        { kind: "paragraph", text: "Deep one. loose words and a span3 May" },
        { kind: "paragraph", text: "After it." },
      ],
      title: "Deep page",
      date: "2024-05-03",
    },
  );
});
