import assert from "node:assert/strict";
import { test } from "node:test";
import { createDocument } from "../text/document.js";
import { documentQuantities, extractQuantities } from "./quantities.js";
import type { Quantity } from "./types.js";

// One readable line per quantity: text [low, high] and the flags that are set.
function show(q: Quantity): string {
  const parts = [`"${q.text}" [${q.low}, ${q.high}]`];
  if (q.approx) parts.push("approx");
  if (q.vague) parts.push("vague");
  for (const k of ["unit", "currency", "counted", "date"] as const) if (q[k]) parts.push(`${k}=${q[k]}`);
  if (q.equivalent !== undefined) parts.push(`equivalent=${q.equivalent}`);
  return parts.join(" ");
}

const quantities = (text: string, date?: string) =>
  extractQuantities(createDocument(text, { meta: date ? { date } : {} })).map(show);

test("digits, hedges and counted nouns", () => {
  assert.deepEqual(quantities("Around 4,000 people left with 250 fighters and 3,500 family members."), [
    '"Around 4,000" [4000, 4000] approx counted=people',
    '"250" [250, 250] counted=fighters',
    '"3,500" [3500, 3500] counted=family members',
  ]);
  assert.deepEqual(
    quantities("More than 1,200 soldiers, up to 80 trucks, almost 300 homes and some 150 journalists."),
    [
      '"More than 1,200" [1200, null] counted=soldiers',
      '"up to 80" [null, 80] counted=trucks',
      '"almost 300" [270, 300] approx counted=homes',
      '"some 150" [150, 150] approx counted=journalists',
    ],
  );
});

test("number words, ranges and scales", () => {
  assert.deepEqual(
    quantities("Six to seven kilometres; twenty-one men; a dozen buses; half a million children."),
    [
      '"Six to seven kilometres" [6, 7] unit=km',
      '"twenty-one" [21, 21] counted=men',
      '"a dozen" [12, 12] counted=buses',
      '"half a million" [500000, 500000] counted=children',
    ],
  );
  assert.deepEqual(
    quantities("Between 200 and 300 protesters; two or three witnesses; two hundred and fifty homes."),
    [
      '"Between 200 and 300" [200, 300] counted=protesters',
      '"two or three" [2, 3] counted=witnesses',
      '"two hundred and fifty" [250, 250] counted=homes',
    ],
  );
  assert.deepEqual(quantities("Damage is put at $10-15 million, two to three thousand people."), [
    '"$10-15 million" [10000000, 15000000] unit=money currency=USD',
    '"two to three thousand" [2000, 3000] counted=people',
  ]);
});

test("vague amounts become documented intervals, never a precise figure", () => {
  assert.deepEqual(
    quantities("A few dozen fighters, hundreds of residents and tens of thousands of refugees."),
    [
      '"A few dozen" [24, 60] vague counted=fighters',
      '"hundreds" [200, 999] vague counted=residents',
      '"tens of thousands" [20000, 99999] vague counted=refugees',
    ],
  );
  assert.deepEqual(quantities("Dozens of shops, several hundred families and a handful of volunteers."), [
    '"Dozens" [24, 144] vague counted=shops',
    '"several hundred" [300, 900] vague counted=families',
    '"a handful" [3, 6] vague counted=volunteers',
  ]);
});

test("money with currencies, and an amount restated in another currency", () => {
  assert.deepEqual(quantities("Each driver was paid $4,000 (£3,000) for the trip."), [
    '"$4,000" [4000, 4000] unit=money currency=USD',
    '"£3,000" [3000, 3000] unit=money currency=GBP equivalent=0',
  ]);
  assert.deepEqual(quantities("It cost €3.5m, then 5 million euros, then USD 40 billion."), [
    '"€3.5m" [3500000, 3500000] unit=money currency=EUR',
    '"5 million euros" [5000000, 5000000] unit=money currency=EUR',
    '"USD 40 billion" [40000000000, 40000000000] unit=money currency=USD',
  ]);
  assert.deepEqual(quantities("The fine was cut from £500 to £250."), [
    '"£500" [500, 500] unit=money currency=GBP',
    '"£250" [250, 250] unit=money currency=GBP',
  ]);
});

test("percentages, durations and distances", () => {
  assert.deepEqual(
    quantities("Turnout was 67.3%, about 5 per cent lower, after 48 hours and a 12-mile walk."),
    [
      '"67.3%" [67.3, 67.3] unit=%',
      '"about 5 per cent" [5, 5] approx unit=%',
      '"48 hours" [48, 48] unit=hour',
      '"12-mile" [12, 12] unit=mi',
    ],
  );
  assert.deepEqual(quantities("A 30-year-old man hired 5,000 teachers over four years."), [
    '"5,000" [5000, 5000] counted=teachers',
    '"four years" [4, 4] unit=year',
  ]);
});

test("a number word joined to a unit by a hyphen is a figure with that unit, as digits are", () => {
  assert.deepEqual(quantities("The six-mile path took a ten-year campaign and a twenty-five-minute vote."), [
    '"six-mile" [6, 6] unit=mi',
    '"ten-year" [10, 10] unit=year',
    '"twenty-five-minute" [25, 25] unit=minute',
  ]);
  // An age is no amount; a word that is not a number word before the hyphen is no figure.
  assert.deepEqual(quantities("Most five-year-olds were seen by a first-year nurse in a one-off visit."), []);
  // A rate written as one word with its scale is the amount, as "£2m a year" is.
  assert.deepEqual(quantities("It is a £2m-a-year contract."), [
    '"£2m-a-year" [2000000, 2000000] unit=money currency=GBP',
  ]);
});

test("dates resolve against the article date when it is known", () => {
  assert.deepEqual(quantities("It began on 12 October, on Monday, and in May.", "2017-10-18"), [
    '"12 October" [null, null] unit=date date=2017-10-12',
    '"Monday" [null, null] unit=date date=2017-10-16',
    '"May" [null, null] unit=date date=2017-05',
  ]);
  assert.deepEqual(quantities("The talks opened on 10 October 2017 at 3:30pm and ended in 2018."), [
    '"10 October 2017" [null, null] unit=date date=2017-10-10',
    '"3:30pm" [null, null] unit=time date=T15:30',
    '"2018" [null, null] unit=date date=2018',
  ]);
  assert.deepEqual(quantities("It began on 12 October, on Monday."), [
    '"12 October" [null, null] unit=date date=--10-12',
    '"Monday" [null, null] unit=date',
  ]);
  assert.deepEqual(quantities("It fell last year, rose this month and peaked in the 1990s.", "2023-01-15"), [
    '"last year" [null, null] unit=date date=2022',
    '"this month" [null, null] unit=date date=2023-01',
    '"the 1990s" [null, null] unit=date date=199',
  ]);
  assert.deepEqual(quantities("Between 1997 and 2017 it grew; until April of 2018 it fell."), [
    '"Between 1997 and 2017" [null, null] unit=date date=1997/2017',
    '"April of 2018" [null, null] unit=date date=2018-04',
  ]);
  // "may" the verb is not a month; a date in December read in January is last year's.
  assert.deepEqual(quantities("It may rain. The fire started on 28 December.", "2021-01-04"), [
    '"28 December" [null, null] unit=date date=2020-12-28',
  ]);
});

test("a season or financial year is one date, never a year and a count", () => {
  assert.deepEqual(quantities("Crews lost 61,000 hours in 2025-26, up from 48,000 hours."), [
    '"61,000 hours" [61000, 61000] unit=hour',
    '"2025-26" [null, null] unit=date',
    '"48,000 hours" [48000, 48000] unit=hour',
  ]);
  assert.deepEqual(quantities("The 2024\u20132025 season and the 2019/20 budget."), [
    '"2024\u20132025" [null, null] unit=date',
    '"2019/20" [null, null] unit=date',
  ]);
  // Not two years: "2000-3000" stays an amount.
  assert.deepEqual(quantities("It cost 2000-3000 dollars."), [
    '"2000-3000 dollars" [2000, 3000] unit=money currency=USD',
  ]);
});

test("names, ages and abbreviated months", () => {
  assert.deepEqual(
    quantities("The Uranium One deal; a 12-year old boy; tens of billions of dollars; on Oct. 1, 2017."),
    [
      '"tens of billions" [20000000000, 99999999999] vague unit=money currency=USD',
      '"Oct. 1, 2017" [null, null] unit=date date=2017-10-01',
    ],
  );
});

test("pronoun 'one', ordinals and ages are not amounts", () => {
  assert.deepEqual(quantities("One of them said the 3rd attempt failed; one person died."), [
    '"one" [1, 1] counted=people',
  ]);
  assert.deepEqual(quantities("After 9/11, one might say that 24/7 news grew."), []);
  assert.deepEqual(quantities("They hid it where no one ferryman would look, and no one saw."), []);
});

test("every quantity's text is its span of the normalized text", () => {
  const doc = createDocument("Around 4,000 people left. “A few dozen,” he said, and paid $4,000 (£3,000).");
  for (const q of extractQuantities(doc)) assert.equal(doc.text.slice(q.start, q.end), q.text);
});

test("compound number words after 'a', clock times with a dot, durations in their canonical unit", () => {
  assert.deepEqual(quantities("A hundred and fifty lorries and a thousand and one nights."), [
    '"A hundred and fifty" [150, 150] counted=lorries',
    '"a thousand and one" [1001, 1001] counted=nights',
  ]);
  assert.deepEqual(quantities("The ferry left at 2.40am, docked at 8.15pm and sailed again at 14:30."), [
    '"2.40am" [null, null] unit=time date=T02:40',
    '"8.15pm" [null, null] unit=time date=T20:15',
    '"14:30" [null, null] unit=time date=T14:30',
  ]);
  assert.deepEqual(quantities("The rate rose 2.40 points."), ['"2.40" [2.4, 2.4] counted=points']);
  assert.deepEqual(quantities("The feud lasted four decades, two centuries after a fortnight of talks."), [
    '"four decades" [40, 40] unit=year',
    '"two centuries" [200, 200] unit=year',
  ]);
});

test("'seven in ten' is a share of a whole, read as its percentage, never two counts", () => {
  assert.deepEqual(quantities("Seven in ten tenants and nearly one in 4 pupils walk to the harbour."), [
    '"Seven in ten" [70, 70] unit=%',
    '"nearly one in 4" [22.5, 25] approx unit=%',
  ]);
  assert.deepEqual(quantities("Only one crossing in ten ran late."), [
    '"one crossing in ten" [10, 10] unit=%',
  ]);
  // A count in a year, or a count over a period, is no share.
  assert.deepEqual(quantities("Thefts reached 12 in 2022 and 5 in 10 years."), [
    '"12" [12, 12]',
    '"2022" [null, null] unit=date date=2022',
    '"5" [5, 5]',
    '"10 years" [10, 10] unit=year',
  ]);
});

test("a year before a colon labels a fact box row or a timeline entry: a date, not a count", () => {
  assert.deepEqual(quantities("Ferry trips 2015: 21 million"), [
    '"2015" [null, null] unit=date date=2015',
    '"21 million" [21000000, 21000000]',
  ]);
  assert.deepEqual(quantities("2026: pier rebuilt"), ['"2026" [null, null] unit=date date=2026']);
  // A count before a colon is still a count.
  assert.deepEqual(quantities("Ferry trips: 2015"), ['"2015" [2015, 2015]']);
});

test("a list item's number and its mark are its place in the list, no figure; a paragraph opening on a figure keeps it", () => {
  const doc = createDocument(
    "Three things the council did.\n\n1. It sold 12 halls.\n\n2 \u2013 It closed the pool.\n\n3) It cut bus fares.\n\n40 people came to the meeting.",
  );
  assert.deepEqual(
    extractQuantities(doc).map((q) => q.text),
    ["Three", "12", "40"],
  );
});

test("a document's figures are read once: the shared reading is frozen, and each caller of extractQuantities gets its own copies", () => {
  const doc = createDocument("The ferry carried $4,000 (\u00a33,000) of freight and 12 people.");
  const shared = documentQuantities(doc);
  assert.equal(documentQuantities(doc), shared);
  assert.ok(Object.isFrozen(shared) && shared.every((q) => Object.isFrozen(q)));
  const mine = extractQuantities(doc, { source: "wire" });
  mine[1].equivalent = undefined;
  mine[2].low = 13;
  assert.deepEqual(extractQuantities(doc).map(show), [
    '"$4,000" [4000, 4000] unit=money currency=USD',
    '"\u00a33,000" [3000, 3000] unit=money currency=GBP equivalent=0',
    '"12" [12, 12] counted=people',
  ]);
  assert.deepEqual(extractQuantities(doc), shared);
});

test("'the' opens a figure only as a decade's: 'the 1990s', never before a word", () => {
  assert.deepEqual(quantities("In the 1990s the pier had the most visitors."), [
    '"the 1990s" [null, null] unit=date date=199',
  ]);
  assert.deepEqual(quantities("The the-then mayor opened the pier."), []);
});
