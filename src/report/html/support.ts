import type { Claim } from "../../claims/types.js";
import { clip, sentenceAt, sourceText } from "../describe.js";
import { differingUnits, supportRatingText } from "../support-rating.js";
import type { Report } from "../types.js";
import { ids } from "./article.js";
import { esc } from "./escape.js";

type Rated = Claim & { support: NonNullable<Claim["support"]> };

/** Order of the cards: the assertion gap first, then overreach, then contradiction. */
function rank(c: Rated): number {
  if (c.support.status === "not-found")
    return c.support.assertion && c.support.rule === "no-passage" ? 0 : -1;
  return c.support.status === "overreach" ? 1 : c.support.status === "contradicted" ? 2 : -1;
}

const KIND = ["Assertion gap", "Overreach", "Contradicted"];

/**
 * The claims of a sentence rated differently, each with its own rating ("introduced in 2019"
 * contradicted, "now covers some 3,200 homes" supported); empty when the sentence makes one claim
 * or its claims share a rating.
 */
export function renderUnits(report: Report, support: Rated["support"]): string {
  const units = differingUnits(support);
  if (!units) return "";
  const items = units.map(
    (u) =>
      `<li><span class="status status-${u.status}">${esc(u.status)}</span> ${esc(clip(report.article.text.slice(u.start, u.end), 200))}</li>`,
  );
  return `<ul class="units">${items.join("")}</ul>`;
}

/** Cards shown before "more". */
const CARDS_SHOWN = 2;

/**
 * The author's claims the sources do not back, each beside its evidence card: the assertion gap
 * (causal, concluding or sweeping claims no passage speaks of) first, then claims stronger than
 * their passage, then claims their passage contradicts. Empty when every rated claim is supported.
 */
export function renderSupport(report: Report): string {
  return [...supportPieces(report)].join("");
}

/** {@link renderSupport} card by card; nothing when every rated claim is supported. */
export function* supportPieces(report: Report): Generator<string> {
  const ranked = report.claims
    .filter((c): c is Rated => c.support !== undefined)
    .map((c) => ({ c, r: rank(c) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.c.start - b.c.start);
  if (ranked.length === 0) return;
  const card = ({ c, r }: { c: Rated; r: number }): string => {
    const s = c.support;
    const claim = clip(report.article.text.slice(c.start, c.end), 300);
    const sentence = ids.sentence(sentenceAt(report, c.start));
    const evidence = s.evidence.length
      ? s.evidence
          .map(
            (e) =>
              `<blockquote class="evidence"><p>${esc(clip(sourceText(report, e.id).slice(e.start, e.end), 300))}</p><footer>${esc(e.id === report.article.id ? "quoted in the article" : e.id)}</footer></blockquote>`,
          )
          .join("")
      : "";
    // A claim no passage says is shown with the closest passage, which speaks only of its topic:
    // context one click away, not evidence beside the rating.
    const shown =
      s.status === "not-found" && evidence
        ? `<details><summary>The closest passage, on the topic only</summary>${evidence}</details>`
        : evidence;
    return `<li class="card card-${s.status}${r === 0 ? " card-gap" : ""}"><p class="card-kind">${esc(KIND[r])}${s.subject === "attributed" ? " · the author's paraphrase of a source" : ""}</p><p class="card-claim"><a href="#${sentence}">${esc(claim)}</a></p><p><span class="status status-${s.status}">${esc(supportRatingText(s))}</span>: ${esc(s.reason)}</p>${renderUnits(report, s)}${shown}</li>`;
  };
  // The first cards are shown; the rest wait behind a toggle, so a long opinion post's dozens of
  // unsupported claims do not bury the rest of the report.
  yield `<ol class="cards">${ranked.slice(0, CARDS_SHOWN).map(card).join("")}</ol>`;
  const rest = ranked.length - CARDS_SHOWN;
  if (rest <= 0) return;
  yield `<details><summary>${rest} more claim${rest === 1 ? "" : "s"} the sources do not back</summary><ol class="cards" start="${CARDS_SHOWN + 1}">`;
  for (let k = CARDS_SHOWN; k < ranked.length; k++) yield card(ranked[k]);
  yield "</ol></details>";
}
