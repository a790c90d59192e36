import { loadData } from "../data.js";
import type { Document } from "../text/document.js";
import { headlineLine } from "../text/segment.js";
import type { NameRegistry } from "./names.js";

/** A turn opened by a speaker label: "MOLNAR:", "PRESENTER (Conrad Ilves):", "Q." / "A.". */
export interface LabelledParagraph {
  /** `[start, end)` of the turn. */
  start: number;
  end: number;
  /** "question" for an interviewer's "Q.", "answer" for "A.", else the speaker's name. */
  role: "question" | "answer" | "named";
  name?: string;
}

const QA = /^(Q|A)[.:](?:\s|$)/;
const INNER_QA = /([?.!]["\u201D]?\s+)(Q|A)[.:]\s/g;
// "MOLNAR:", "CHAIR (Cllr Doreen Achterberg):", "SARA CARTER, CIRCA NEWS:" (a guest's outlet or
// role after the name).
const CAPS = /^([A-Z][A-Z'\u2019 .-]{1,40}?)(?:, [A-Z][A-Z0-9'\u2019 .&-]{1,60}?)?(?: \(([^)]{1,60})\))?:\s/;
const NAMED = /^(\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+){0,2}):\s/u;
const TITLE_WORD = /^\p{Lu}[\p{L}'\u2019-]*$/u;

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s'\u2019-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/**
 * Find the turns of transcripts and interviews: a sentence opening with a speaker label starts a
 * turn that runs to the next label or the end of its paragraph. An upper-case label or one with
 * a parenthesised name is always a label; a mixed-case "Name:" counts when the name is a person
 * the article names in full or the label recurs.
 */
export function findLabels(doc: Document, names: NameRegistry): LabelledParagraph[] {
  const out: LabelledParagraph[] = [];
  const heads = doc.sentences.map((s) => doc.text.slice(s.start, Math.min(s.end, s.start + 120)));
  const mixed = new Map<string, number>();
  for (const head of heads) {
    const m = NAMED.exec(head);
    if (m) mixed.set(m[1], (mixed.get(m[1]) ?? 0) + 1);
  }
  // "KYIV: The council voted …": a label in capitals opening the article's first paragraph, with
  // no other label in capitals anywhere, is a dateline, not a speaker's turn (a transcript has
  // turns).
  const capsLabels = heads.filter((h) => {
    const caps = CAPS.exec(h);
    return caps !== null && /[A-Z]{2}/.test(caps[1]);
  }).length;
  const lede = doc.paragraphs.findIndex((p, i) => p.kind !== "heading" && !titleLine(doc, i));
  let open: LabelledParagraph | undefined;
  // The last turn and its paragraph: a speaker's turn goes on over unlabelled paragraphs up to
  // the next label, within MAX_TURN_PARAGRAPHS or MAX_TURN_SENTENCES and no heading between.
  let last: { turn: LabelledParagraph; paragraph: number; sentence: number } | undefined;
  const aliases = new Map<string, string>();
  doc.sentences.forEach((s, si) => {
    const para = doc.paragraphs[s.paragraph];
    if (open && open.end <= s.start) open = undefined;
    // "UK: Labour MP Cites Ban …": a headline's kicker is no speaker's turn.
    if (para.kind === "heading" || titleLine(doc, s.paragraph)) return;
    // Stage directions in brackets are the transcript's own voice.
    if (/^\[[^\]]*\]?$/.test(doc.text.slice(s.start, s.end).trim()) && !/^\[\d/.test(heads[si])) {
      if (open) open.end = s.start;
      open = undefined;
      last = undefined;
      return;
    }
    const dateline =
      capsLabels === 1 && s.paragraph === lede && s.start === para.start && CAPS.test(heads[si]);
    const label = dateline
      ? undefined
      : labelOf(heads[si].replace(/^\[[\d:.]+\]\s*/, ""), mixed, names, aliases);
    if (label) {
      if (open) open.end = s.start;
      else if (
        last &&
        s.paragraph > last.paragraph &&
        (s.paragraph - last.paragraph <= MAX_TURN_PARAGRAPHS || si - last.sentence <= MAX_TURN_SENTENCES)
      ) {
        let heading = false;
        for (let p = last.paragraph + 1; p < s.paragraph; p++)
          heading ||= doc.paragraphs[p].kind !== "paragraph";
        if (!heading) last.turn.end = s.start;
      }
      open = { start: s.start, end: para.end, ...label };
      out.push(open);
      last = { turn: open, paragraph: s.paragraph, sentence: si };
    }
    // "Is that a mandate? A. It is a majority": a Q/A label the sentence splitter left inside.
    const text = doc.text.slice(s.start, s.end);
    INNER_QA.lastIndex = 0;
    for (let m = INNER_QA.exec(text); m !== null; m = INNER_QA.exec(text)) {
      const at = s.start + m.index + m[1].length;
      if (open) open.end = at;
      open = { start: at, end: para.end, role: m[2] === "Q" ? "question" : "answer" };
      out.push(open);
      last = { turn: open, paragraph: s.paragraph, sentence: si };
    }
  });
  return out;
}

// How many paragraphs a labelled turn may run on before the next label (a guest's answer over
// several paragraphs); past that, the unlabelled paragraphs are read as the article's own.
const MAX_TURN_PARAGRAPHS = 8;
// The same bound in sentences, for text laid out a sentence a line (a scraped transcript), where
// eight paragraphs are eight sentences: a guest's answer of twenty lines is one turn.
const MAX_TURN_SENTENCES = 24;

let pageLabels: { labels: Set<string>; leads: Set<string> } | undefined;

/**
 * "CLAIM", "Verdict", "Editor's note", "BREAKING NEWS": a label of the page's own parts or of a
 * news lead, no speaker's (data/voice-credits.json).
 */
export function pageLabel(head: string): boolean {
  if (!pageLabels) {
    const data = loadData<{ notSpeakerLabels: string[]; headlineLeadWords: string[] }>("voice-credits.json");
    pageLabels = { labels: new Set(data.notSpeakerLabels), leads: new Set(data.headlineLeadWords) };
  }
  const colon = head.indexOf(":");
  if (colon <= 0) return false;
  const label = head
    .slice(0, colon)
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'");
  const { labels, leads } = pageLabels;
  return labels.has(label) || label.split(/\s+/).every((w) => leads.has(w));
}

// "UN: PEACEKEEPERS PAID …", "THE PHOTO NOBODY SAW: OBAMA WITH …": a label whose text goes on in
// capitals for three words is a headline in capitals, not a speaker's turn, which is written in
// sentence case.
const CAPITALS_AFTER_LABEL =
  /^[^:]*:\s+(?:[^\s\p{Ll}]*\p{Lu}[^\s\p{Ll}]*\s+){2}[^\s\p{Ll}]*\p{Lu}[^\s\p{Ll}]*(?:\s|$)/u;

function labelOf(
  head: string,
  mixed: Map<string, number>,
  names: NameRegistry,
  aliases: Map<string, string>,
): Omit<LabelledParagraph, "start" | "end"> | undefined {
  const qa = QA.exec(head);
  if (qa) return { role: qa[1] === "Q" ? "question" : "answer" };
  if (pageLabel(head) || CAPITALS_AFTER_LABEL.test(head)) return undefined;
  const caps = CAPS.exec(head);
  if (caps && /[A-Z]{2}/.test(caps[1])) {
    const inner = caps[2]?.split(/\s+/) ?? [];
    const label = caps[1].trim();
    const inParens = inner.length > 0 && inner.every((w) => TITLE_WORD.test(w));
    // "CHAIR (Cllr Doreen Achterberg)" makes later "CHAIR:" turns Doreen Achterberg's.
    const name = inParens
      ? names.canonical(stripTitles(caps[2] ?? ""))
      : (aliases.get(label) ?? names.canonical(stripTitles(titleCase(label))));
    if (inParens) aliases.set(label, name);
    return { role: "named", name };
  }
  const m = NAMED.exec(head);
  if (m) {
    const canonical = names.canonical(m[1]);
    // "Aberline:" is Jonas Aberline; a recurring label that is no one's name ("Weekend Review:")
    // is the interviewing publication.
    if (canonical !== m[1]) return { role: "named", name: canonical };
    if ((mixed.get(m[1]) ?? 0) >= 2)
      return m[1].includes(" ") && !names.isSpeaker(m[1])
        ? { role: "question" }
        : { role: "named", name: canonical };
  }
  return undefined;
}

/**
 * Whether paragraph `p` is a plain-text title: the first of several, with no closing punctuation
 * or in a headline's title case ("Mayor Unveils “Safe Harbour Plan”: Boats Must Go!").
 */
export function titleLine(doc: Document, p: number): boolean {
  const para = doc.paragraphs[p];
  if (p !== 0 || para === undefined || doc.paragraphs.length < 2) return false;
  const text = doc.text.slice(para.start, para.end);
  // "9 Things the Mayor Has Said About Ferries.": a title in title case that a plain-text export
  // closed with a full stop is still the title, whose run of capitals names no one.
  return (
    !/[.!?:]["'\u201D\u2019)]*\s*$/.test(text) ||
    headlineLine(text) ||
    headlineLine(text.replace(/\.\s*$/, ""))
  );
}

/** Whether sentence si stands in the article's headline (its plain-text title) or a heading. */
export function inHeadline(doc: Document, si: number): boolean {
  const p = doc.sentences[si].paragraph;
  return doc.paragraphs[p]?.kind === "heading" || titleLine(doc, p);
}

// "Cllr Felix Brandauer" → "Felix Brandauer".
function stripTitles(name: string): string {
  const words = name.split(" ");
  while (
    words.length > 1 &&
    /^(Cllr|Councillor|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Judge|Chair|Minister|President|Mayor)\.?$/.test(words[0])
  )
    words.shift();
  return words.join(" ");
}

// Words before the first question that announce an interview ("Interview with Ines Varga",
// "Ilse Marrow spoke to the Ledger"): its questions are put to someone, even in the third person.
let interviewIntro: RegExp | undefined;
function announcesInterview(text: string): boolean {
  if (!interviewIntro) {
    const phrases = loadData<{ interviewIntros: string[] }>("voice-credits.json").interviewIntros.map((p) =>
      p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"),
    );
    interviewIntro = new RegExp(`(?:^|[^\\p{L}&])(?:${phrases.join("|")})(?![\\p{L}&])`, "iu");
  }
  return interviewIntro.test(text);
}

/**
 * An explainer's questions answered by its writer ("Q: Will season tickets change? A: Bright
 * Isles says they rise by 8%."): turns labelled "Q"/"A" only, no answer in the first person, no
 * question put to "you", and nothing before the first question announcing an interview. The
 * writer asks and answers, so the turns are the author's, and a cue inside an answer reports as
 * it would in any sentence of the author's.
 */
export function writersQuestions(doc: Document, turns: LabelledParagraph[]): boolean {
  if (turns.length === 0 || turns.some((t) => t.role === "named")) return false;
  for (const t of turns) {
    const text = doc.text.slice(t.start, t.end);
    if (t.role === "answer" && FIRST_PERSON.test(text)) return false;
    if (t.role === "question" && /\b(?:you|your|yours|yourself)\b/i.test(text)) return false;
  }
  return !announcesInterview(doc.text.slice(0, turns[0].start));
}

/**
 * Interviews whose Q/A labels were lost (bold questions flattened to text): when three or more
 * paragraphs open with a question followed by more sentences, each such question is the
 * interviewer's and the rest of its paragraph the interviewee's answer, provided some answer is
 * in the first person.
 */
export function findUnlabelledAnswers(doc: Document): LabelledParagraph[] {
  const bold = boldPrompts(doc);
  if (bold.length > 0) return bold;
  const turns: LabelledParagraph[] = [];
  let si = 0;
  for (const para of doc.paragraphs) {
    while (si < doc.sentences.length && doc.sentences[si].end <= para.start) si++;
    const first = doc.sentences[si];
    const second = doc.sentences[si + 1];
    if (para.kind !== "paragraph" || !first || !second || second.start >= para.end) continue;
    if (!/\?["\u201D]?$/.test(doc.text.slice(first.start, first.end))) continue;
    // A question someone is quoted asking is no interviewer's.
    if (/["\u201C\u201D]/.test(doc.text.slice(first.start, first.end))) continue;
    if (/\?["\u201D]?$/.test(doc.text.slice(second.start, second.end))) continue;
    turns.push({ start: first.start, end: first.end, role: "question" });
    turns.push({ start: second.start, end: para.end, role: "answer" });
  }
  // Interviews answer in the first person; an explainer's FAQ ("What is a heat dome? A heat dome
  // is …") does not.
  const firstPerson = turns.some(
    (t) => t.role === "answer" && /\b(I|I'm|I've|my|me|we|our|us)\b/.test(doc.text.slice(t.start, t.end)),
  );
  if (turns.length >= 6 && firstPerson) return turns;
  return questionParagraphs(doc);
}

// Fewest question paragraphs that make a layout of questions and answers an interview.
const MIN_EXCHANGES = 3;

/**
 * Interviews laid out a paragraph per question (bold questions flattened to text): a paragraph
 * of one question, and the paragraph after it its answer. Read as an interview only when most
 * questions address someone ("Why did you leave?") and most answers speak in the first person
 * ("I was tired of …"): an opinion writer's rhetorical questions ("Are they for real?") address
 * no one and are answered by the writer, and a question in quotation marks is someone's quoted. Only the one paragraph after a question is its answer,
 * since a prompt that is no question ("The company says it had no warning.") cannot be told
 * from the answer's next paragraph.
 */
function questionParagraphs(doc: Document): LabelledParagraph[] {
  const turns: LabelledParagraph[] = [];
  let addressed = 0;
  let spoken = 0;
  const { paragraphs } = doc;
  const ask = (p: number) =>
    /\?["\u201D]?$/.test(doc.text.slice(paragraphs[p].start, paragraphs[p].end).trimEnd());
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const q = paragraphs[p];
    const a = paragraphs[p + 1];
    if (q.kind !== "paragraph" || a.kind !== "paragraph" || !ask(p) || ask(p + 1)) continue;
    const question = doc.text.slice(q.start, q.end);
    // One question, not a paragraph of the author's that ends on one, nor a question someone is
    // quoted asking ("The Herald asks: “Why did he ask no questions?”").
    if (/[.!]\s/.test(question.replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|St)\.\s/g, ""))) continue;
    if (/["\u201C\u201D]/.test(question)) continue;
    if (/\b(?:you|your|yours|yourself)\b/i.test(question)) addressed++;
    if (/\b(?:I|I'm|I've|I'd|my|me|myself)\b/.test(doc.text.slice(a.start, a.end))) spoken++;
    turns.push({ start: q.start, end: q.end, role: "question" });
    turns.push({ start: a.start, end: a.end, role: "answer" });
    p++;
  }
  const asked = turns.length / 2;
  return asked >= MIN_EXCHANGES && addressed * 2 > asked && spoken * 2 > asked ? turns : [];
}

// First-person words of an interviewee's answer.
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|my|me|myself|we|our|us)\b/;
// An editor's closing note names the exchange, or who spoke to whom, in the third person ("This
// interview has been edited for length.", "Ilse Marrow was speaking to …"): the publication's voice.
let closingNote: RegExp | undefined;
function isClosingNote(text: string): boolean {
  if (!closingNote) {
    const phrases = loadData<{ closingNotes: string[] }>("voice-credits.json").closingNotes.map((p) =>
      p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"),
    );
    closingNote = new RegExp(`\\b(?:${phrases.join("|")})\\b`, "i");
  }
  return closingNote.test(text);
}

/**
 * Interviews whose prompts are set in bold (HTML `<strong>` / `<b>`, kept by ingest as each
 * paragraph's `strong` lead): a prompt may be a statement as well as a question ("The company
 * says it had no warning."), so only the type tells it from the answer. A paragraph all in bold,
 * or the bold lead of one, is the interviewer's (no turn: read as any sentence of the author's);
 * what follows it up to the next prompt (or a heading) is the answer, the interviewee's. Read as an interview only with {@link MIN_EXCHANGES} prompts or more
 * and first-person answers to most of them, so that a feature's bold crossheads or a lead-in
 * ("<b>Port Ellis</b> — …") make no interview.
 */
function boldPrompts(doc: Document): LabelledParagraph[] {
  const { paragraphs, sentences } = doc;
  const prompts: { start: number; end: number; next: number }[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.strong === undefined || para.kind === "heading" || para.kind === "caption") continue;
    // The prompt ends with the last sentence that starts inside the bold run.
    let end = para.start;
    for (const s of sentences) if (s.paragraph === p && s.start < para.strong) end = s.end;
    if (end <= para.start) continue;
    prompts.push({ start: para.start, end, next: p });
  }
  if (prompts.length < MIN_EXCHANGES) return [];
  const turns: LabelledParagraph[] = [];
  let spoken = 0;
  prompts.forEach((q, i) => {
    // The answer runs from the prompt's end to the next prompt or heading.
    let stop = paragraphs[q.next].end;
    let answered = q.end < paragraphs[q.next].end;
    for (let p = q.next + 1; p < paragraphs.length; p++) {
      if (paragraphs[p].kind === "heading" || (i + 1 < prompts.length && p === prompts[i + 1].next)) break;
      // Past an answer's first paragraph, an editor's closing note ends it.
      const text = doc.text.slice(paragraphs[p].start, paragraphs[p].end);
      if (answered && isClosingNote(text) && !FIRST_PERSON.test(text)) break;
      answered = true;
      stop = paragraphs[p].end;
    }
    // The prompt itself gets no turn: it is the interviewer's sentence, read as any of the
    // author's ("The ferry company says it had no warning." stays the company's claim).
    const answer = doc.text.slice(q.end, stop);
    if (answer.trim() === "") return;
    if (FIRST_PERSON.test(answer)) spoken++;
    turns.push({ start: q.end, end: stop, role: "answer" });
  });
  return spoken * 2 > prompts.length ? turns : [];
}
