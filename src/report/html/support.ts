import type { Claim } from "../../claims/types.js";
import type { SupportConfidence, SupportStatus } from "../../support/types.js";
import { clip, sentenceAt, sourceText } from "../describe.js";
import { type ClaimCard, claimCards } from "../lead.js";
import { differingUnits, ratedAgainst, statusLabel, supportRatingText } from "../support-rating.js";
import type { Report } from "../types.js";
import { ids } from "./article.js";
import { esc } from "./escape.js";

type Rated = Claim & { support: NonNullable<Claim["support"]> };

/** A card's heading by the summary kind of its finding (data/report-summary.json). */
const KIND_OF: Record<string, string> = {
  "assertion-gap": "Assertion gap",
  overreach: "Overreach",
  contradicted: "Contradicted",
};

/**
 * A rating's badge: its status, or for a tentative one (docs/support.md, "The precision gate") a
 * muted pointer to the passage, styled apart from the verdicts.
 */
export function statusBadge(support: { status: SupportStatus; confidence?: SupportConfidence }): string {
  if (support.confidence === "tentative")
    return `<span class="status status-tentative">${esc(statusLabel(support))} read the passage</span>`;
  return `<span class="status status-${support.status}">${esc(support.status)}</span>`;
}

/**
 * The claims of a sentence rated differently, each with its own rating ("introduced in 2019"
 * contradicted, "now covers some 3,200 homes" supported); empty when the sentence makes one claim
 * or its claims share a rating. With `detail`, each with its reason and the passage it was rated
 * against, as a table of every claim shows them.
 */
export function renderUnits(report: Report, support: Rated["support"], detail = false): string {
  const units = differingUnits(support);
  if (!units) return "";
  const items = units.map((u) => {
    const e = u.status === "not-found" ? undefined : u.evidence[0];
    const why = detail
      ? ` <span class="note">${esc(u.reason)}</span>${e ? ` <q>${esc(clip(sourceText(report, e.id).slice(e.start, e.end).trim(), 120))}</q> <span class="note">(${esc(e.id === report.article.id ? "quoted in the article" : e.id)})</span>` : ""}`
      : "";
    return `<li>${statusBadge(u)} ${esc(clip(report.article.text.slice(u.start, u.end), 200))}${why}</li>`;
  });
  return `<ul class="units">${items.join("")}</ul>`;
}

/** Cards shown before "more". */
const CARDS_SHOWN = 2;

/**
 * The title of the section of cards: what the claims were rated against and found not to back.
 * With no source file given that is only what the article quotes or reproduces.
 */
export function supportTitle(report: Report): string {
  const n = report.sources.length;
  if (n === 0) return "What the article's quoted text does not back";
  return n === 1 ? "What the source does not back" : "What the sources do not back";
}

/**
 * The author's claims the sources do not back, each beside its evidence card: the same findings,
 * in the same order, as the summary's lead (the assertion gap, then claims stronger than their
 * passage, then claims their passage contradicts), one card per claim unit a finding is on, so a
 * sentence with a supported clause and a contradicted one shows the contradicted clause's words.
 * A rating whose only evidence is the article's own quote is no finding and gets no card here
 * (docs/support.md, "Findings"); the table of claims still shows it. Empty when there is no
 * such finding.
 */
export function renderSupport(report: Report): string {
  return [...supportPieces(report)].join("");
}

/** {@link renderSupport} card by card; nothing when no finding is on an author's claim. */
export function* supportPieces(report: Report): Generator<string> {
  const ranked: { card: ClaimCard; kind: string }[] = [];
  for (const k of report.summary.key)
    for (const card of claimCards(report, k, 300)) ranked.push({ card, kind: k.kind });
  if (ranked.length === 0) return;
  const card = ({ card: c, kind }: { card: ClaimCard; kind: string }): string => {
    const status = c.status ?? "not-found";
    const sentence = ids.sentence(sentenceAt(report, c.span.start));
    const quote = (e: NonNullable<ClaimCard["evidence"]>) =>
      `<blockquote class="evidence"><p>${esc(e.text)}</p><footer>${esc(e.id === report.article.id ? "quoted in the article" : e.id)}</footer></blockquote>`;
    // A claim no passage says is shown with the closest passage, which speaks only of its topic:
    // context one click away, not evidence beside the rating.
    const shown = c.evidence
      ? quote(c.evidence)
      : c.closest
        ? `<details><summary>The closest passage, on the topic only</summary>${quote(c.closest)}</details>`
        : "";
    // The gap's message says what was searched (the sources by name, or only what the article
    // quotes or reproduces); a rating's reason says why. Both follow the neutral wording.
    const rating = `<span class="status status-${status}">${esc(supportRatingText({ status, rule: "" }, report.sources.length))}</span>`;
    const why = `${rating}: ${esc(kind === "assertion-gap" ? c.message : (c.reason ?? c.message))}`;
    const of = c.sentence
      ? `<p class="note">One of ${c.sentence.claims} claims of the sentence “${esc(clip(c.sentence.text, 200))}”</p>`
      : "";
    return `<li class="card card-${status}${kind === "assertion-gap" ? " card-gap" : ""}"><p class="card-kind">${esc(KIND_OF[kind] ?? kind)}${c.subject === "attributed" ? " · the author's paraphrase of a source" : ""}</p><p class="card-claim"><a href="#${sentence}">${esc(c.claim)}</a></p>${of}<p>${why}</p>${shown}</li>`;
  };
  // The first cards are shown; the rest wait behind a toggle, so a long opinion post's dozens of
  // unsupported claims do not bury the rest of the report.
  yield `<ol class="cards">${ranked.slice(0, CARDS_SHOWN).map(card).join("")}</ol>`;
  const rest = ranked.length - CARDS_SHOWN;
  if (rest <= 0) return;
  const against = ratedAgainst(report.sources.length);
  yield `<details><summary>${rest} more claim${rest === 1 ? "" : "s"} not backed by ${esc(against)}</summary><ol class="cards" start="${CARDS_SHOWN + 1}">`;
  for (let k = CARDS_SHOWN; k < ranked.length; k++) yield card(ranked[k]);
  yield "</ol></details>";
}
