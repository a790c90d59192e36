import { loadData } from "../data.js";
import { escapeRegExp } from "../text/regexp.js";
import { type CueModel, type CueModelData, cueModel } from "./cue-model.js";
import { type SourceModel, type SourceModelData, sourceModel } from "./source-model.js";

interface VerbData {
  verbs: string[];
  strongVerbs: string[];
  phrases: string[][];
  writingVerbs: string[];
  indirectVerbs: string[];
  evidenceNouns: string[];
  namingVerbs: string[];
  objectVerbs: string[];
  entryVerbs: string[];
  lineVerbs: string[];
  adjectiveParticiples: string[];
  adjectiveLeads: string[];
  topicPrepositions: string[];
  dialogueVerbs: string[];
  clauseVerbs: string[];
  questionVerbs: string[];
  questionWords: string[];
  tagClauseWords: string[];
  quotingVerbs: string[];
  copulas: string[];
  thatVerbs: string[];
  participleVerbs: string[];
  particleVerbs: string[];
  reportingParticles: string[];
  viewVerbs: string[];
  clauseViewVerbs: string[];
  findingNouns: string[];
  findingVerbs: string[];
  findingLinks: string[];
  discoveryVerbs: string[];
  viewBetween: string[];
}
/** Cue statistics learned from PolNeAR train (`data/voice-attribution-cues.json`). */
export interface AttributionCueData {
  training: { minCount: number; threshold: number; stemFloor: number };
  cues: Record<string, { seen: number; cue: number }>;
  /** The same counts by stem (src/text/stem.ts): every inflection of a word adds to its stem's. */
  stems: Record<string, { seen: number; cue: number }>;
}

/**
 * The words that open an attribution: seen at least `minCount` times outside quotes in train,
 * and inside a gold cue in at least `threshold` of them.
 */
export function learnedCues(data: AttributionCueData, threshold = data.training.threshold): Set<string> {
  const out = new Set<string>();
  for (const [word, { seen, cue }] of Object.entries(data.cues))
    if (seen >= data.training.minCount && cue / seen >= threshold) out.add(word);
  return out;
}

/** Each word's share of occurrences inside a gold cue, for words seen at least `minCount` times. */
export function cueRates(data: AttributionCueData): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, { seen, cue }] of Object.entries(data.cues))
    if (seen >= data.training.minCount) out.set(word, cue / seen);
  return out;
}

/**
 * Each stem's share of occurrences inside a gold cue, for stems seen at least `minCount` times
 * whose share reaches `stemFloor` (the rarer ones read as no rate at all).
 */
export function stemRates(data: AttributionCueData): Map<string, number> {
  const out = new Map<string, number>();
  for (const [stem, { seen, cue }] of Object.entries(data.stems))
    if (seen >= data.training.minCount && cue / seen >= data.training.stemFloor) out.set(stem, cue / seen);
  return out;
}

interface PeopleData {
  titles: string[];
  maleTitles: string[];
  femaleTitles: string[];
  pronouns: Record<string, string>;
  determiners: string[];
  notNames: string[];
  platforms: string[];
  inNameBreaks: string[];
  nameJoins: string[];
  particles: string[];
  collectives: string[];
  modals: string[];
  locatives: string[];
  placeHeads: string[];
  personNounsLikeAdjectives: string[];
  leadingAdverbials: string[];
  personHeads: string[];
  viewHeads: string[];
  peopleQuantifiers: string[];
  portfolios: string[];
  titleModifiers: string[];
  titleHeads: string[];
}
interface GivenNameData {
  male: string[];
  female: string[];
}

function givenNames(d: GivenNameData): Map<string, "male" | "female"> {
  const out = new Map<string, "male" | "female">();
  for (const n of d.male) out.set(n, "male");
  for (const n of d.female) out.set(n, "female");
  return out;
}

/** Section lines over readers' signed letters and posts ("LETTERS", "FACEBOOK"), folded to lower case. */
export interface SignedSections {
  letters: string[];
  posts: string[];
}

/** A comment header's parts: "Robert Vance • 3 hours ago", "Ana Ruiz to Robert Vance · yesterday". */
export interface CommentHeaders {
  separators: string[];
  timeUnits: string[];
  timeWords: string[];
  bylineOpeners: string[];
  furniture: string[];
}
interface DocumentData {
  continuations: string[];
  personWords: string[];
  commentaryOpeners: string[];
  selfReference: string[];
  documentTerms: string[];
  evaluative: string[];
  publisherHeads: string[];
  placeWords: string[];
  documentPeople: string[];
  demonstratives: string[];
  commentHeaders: CommentHeaders;
  speeches: SpeechWords;
  signedSections: SignedSections;
}
/** The words that open, close and name a speech reproduced without quotation marks (`data/voice-documents.json`). */
export interface SpeechWords {
  salutationWords: string[];
  audiences: string[];
  closings: string[];
  speechNouns: string[];
}
/** The closed lists of `data/voice-grammar.json`, each read by the rules its `$comment` sentence names. */
type GrammarData = Record<
  | "quantityModifiers"
  | "barePluralClauseOpeners"
  | "peopleLinks"
  | "subjectSubordinators"
  | "cataphoraOpeners"
  | "titleOwners"
  | "subjectAuxiliaries"
  | "subjectArticles"
  | "placePrepositions"
  | "continuingSubjects"
  | "continuingAdverbs"
  | "pluralQuantifiers"
  | "singularDeterminers"
  | "verbSkips"
  | "cuePassives"
  | "appositivePrepositions"
  | "participleAgents"
  | "irregularParticiples"
  | "irregularPasts"
  | "relativeSubjectOpeners"
  | "possessiveDeterminers"
  | "subordinateClauseOpeners"
  | "tagEnds"
  | "viewOpeners"
  | "viewLeadOpeners"
  | "findingHeadEnds"
  | "viewSubordinators"
  | "viewNameJoins"
  | "asIdiomSubjects"
  | "namedObjects"
  | "viewRelatives"
  | "findingAsides"
  | "beliefClauseOpeners"
  | "viewPersonPronouns"
  | "tagParticles"
  | "subjectRelatives"
  | "objectRelatives"
  | "beforeOpenerClauseStarts"
  | "beforeOpenerNotVerbs"
  | "beforeOpenerPassives"
  | "clauseObjectBreaks"
  | "clauseObjectSubjects"
  | "clauseObjectPassives"
  | "clauseObjectCopulas"
  | "clauseObjectNotVerbs"
  | "colonObjectMarkers"
  | "colonTopicMarkers"
  | "titleConnectors"
  | "firstPersonPronouns"
  | "spokenContractions"
  | "workPrepositions"
  | "namingStems"
  | "reportBlockers"
  | "unrealizedModals"
  | "bodyJoins"
  | "presentSubjects"
  | "cueTimeDeterminers"
  | "cueTimeLeads"
  | "cueTimeUnits"
  | "dayParts"
  | "clauseTimeLeads"
  | "clauseTimeNouns"
  | "subjectHeadLinks",
  string[]
> & { cueTimePhrases: string[][] };
interface QuoteVerbData {
  verbs: Record<string, unknown>;
}

interface QuoteData {
  titleCues: string[];
  termCues: string[];
  scareCues: string[];
  strongTitleCues: string[];
  clauseConjunctions: string[];
  editorialNotes: string[];
}

// "(Italics added.)", "[ sic ]": a note between brackets, its words one space or more apart.
function editorialNote(notes: string[]): RegExp {
  const words = notes.map((n) => n.split(" ").map(escapeRegExp).join("\\s+")).join("|");
  return new RegExp(`[(\\[]\\s*(?:${words})\\s*[.!]?\\s*[)\\]]`, "iu");
}

/** The voice layer's word lists, compiled once from `data/voice-*.json`. */
export interface VoiceLexicon {
  verbs: Set<string>;
  strongVerbs: Set<string>;
  phrases: string[][];
  writingVerbs: Set<string>;
  indirectVerbs: Set<string>;
  /**
   * Cue words learned from PolNeAR train (beliefs, wishes, stances, and speech verbs whose
   * indirect speech PolNeAR annotates): attribution spans only, never a voice.
   */
  attributionVerbs: Set<string>;
  /** Learned cue rate of each word in PolNeAR train (a feature of the learned cue model). */
  cueRates: Map<string, number>;
  /** Learned cue rate of each stem in PolNeAR train ("hopes" and "hoping" share "hop"'s). */
  stemRates: Map<string, number>;
  /**
   * The learned cue model (`data/voice-attribution-model.json`): finds the attributions whose
   * cue the rules miss. Undefined only while the model is being trained.
   */
  cueModel?: CueModel;
  /**
   * The learned source model (`data/voice-source-model.json`): chooses the source of a cue among
   * its candidates. Undefined only while the model is being trained.
   */
  sourceModel?: SourceModel;
  /** Nouns of findings that source what follows "In a … poll," (poll, survey, study). */
  evidenceNouns: Set<string>;
  /** Weak verbs that still attribute the quotation right after them ("calls the train “…”"). */
  namingVerbs: Set<string>;
  /** Reporting verbs whose object is often a thing ("maintained a tight embargo"). */
  objectVerbs: Set<string>;
  /** Speech verbs with a sense of letting in: with "into" after their object they report nothing ("admitted the preacher into the country"). */
  entryVerbs: Set<string>;
  /** Verbs of a line of command before "to" ("reported daily to the studio chief"): no speech without a clause or quote. */
  lineVerbs: Set<string>;
  /** Reporting participles that are adjectives before a noun ("and alleged fraudulent schemes"): no cue there. */
  adjectiveParticiples: Set<string>;
  adjectiveLeads: Set<string>;
  /** Prepositions after a reporting verb that name a topic or a partner, not a statement ("argued about phones"). */
  topicPrepositions: Set<string>;
  /** Verbs of an exchange ("asked", "replied"): the untagged quotes after one take turns. */
  dialogueVerbs: Set<string>;
  /** Verbs of speech that report only a clause ("declared that …", not "declared war"). */
  clauseVerbs: Set<string>;
  /** Verbs that report a question when a question word opens their clause ("asked whether"). */
  questionVerbs: Set<string>;
  /** Words that open a reported question ("whether", "why"). */
  questionWords: Set<string>;
  /** Words after a tag's speech verb where its clause goes on with where or when ("chanted outside the hall"). */
  tagClauseWords: Set<string>;
  /** Verbs that report another's words when "as" and a speech verb follow ("cited officials as saying"). */
  quotingVerbs: Set<string>;
  /** Verbs that report only with a "that" clause after their object ("notified Congress that …"). */
  thatVerbs: Set<string>;
  /** Participles of speech, no strong verb, that report after a main clause's comma when a clause follows ("…, arguing that …"). */
  participleVerbs: Set<string>;
  /** Verbs that report only with a particle of `reportingParticles` right after them ("pointed to"). */
  particleVerbs: Set<string>;
  /** The particles after which a verb of `particleVerbs` reports ("to", "out"). */
  reportingParticles: Set<string>;
  /** Verbs of a view or finding, as token-key sequences, that hand on a "that" clause ("suggested", "made it clear"). */
  viewVerbs: string[][];
  /** Verbs of belief among `viewVerbs` that hand on a clause without "that" ("believes the quay will close"). */
  clauseViewVerbs: Set<string>;
  /** Heads of a subject that is a body of evidence ("polls", "results"). */
  findingNouns: Set<string>;
  /** Verbs by which evidence states a finding ("showed", "indicates"). */
  findingVerbs: Set<string>;
  /** Verbs that may link a finding's subject to its verb with "to" ("seem to show"). */
  findingLinks: Set<string>;
  discoveryVerbs: Set<string>;
  /** Words that may stand between a view's subject and its verb besides adverbs in -ly ("has", "later"). */
  viewBetween: Set<string>;
  /**
   * Speech verbs of direct quotes learned from PolNeAR train (`data/voice-quote-verbs.json`):
   * "chanted", "shot back". Read only where a quote's tag is looked for.
   */
  quoteVerbs: Set<string>;
  modals: Set<string>;
  /** Month names and their abbreviations, lower case (`data/quantities-dates.json`): a post's header line has one. */
  months: Set<string>;
  /** Weekdays and "today", "yesterday", "tomorrow", lower case (`data/quantities-dates.json`). */
  days: Set<string>;
  /** Prepositions of place: a name after one is a place or institution, not a person. */
  locatives: Set<string>;
  /**
   * Irregular past forms ("gave", "took"), from `data/claims-clauses.json`: a verb after a name,
   * never a role noun before another ("Tillerson gave Syria …").
   */
  pastForms: Set<string>;
  /** First words of an adverbial phrase before a sentence's subject ("On Tuesday, …"). */
  leadingAdverbials: Set<string>;
  /** Last words of names of places and institutions ("Harbour", "Agency"). */
  placeHeads: Set<string>;
  /** Nouns for people that end like adjectives ("representative"). */
  personNounsLikeAdjectives: Set<string>;
  /** Nouns heading a description of one person that may open a sentence ("The accuser had …"). */
  personHeads: Set<string>;
  /** Further words for people that may head a reported view's subject ("officials", "scholars"). */
  viewHeads: Set<string>;
  /** Quantifiers that stand alone for people as a reported view's subject ("Some said …"). */
  peopleQuantifiers: Set<string>;
  /** Words of a portfolio after a title and "of" ("Secretary of State Jane Doe"): the title's, not the name's. */
  portfolios: Set<string>;
  /** Words before title words that belong to the title ("Former", "Acting"). */
  titleModifiers: Set<string>;
  /** Nouns for a post that take the body they serve after "of"/"to", as titles do ("envoy to the United Nations"). */
  titleHeads: Set<string>;
  titles: Set<string>;
  maleTitles: Set<string>;
  femaleTitles: Set<string>;
  /** Given names that show a gender (`data/voice-given-names.json`), lower case. */
  givenNames: Map<string, "male" | "female">;
  pronouns: Map<string, string>;
  determiners: Set<string>;
  notNames: Set<string>;
  platforms: Set<string>;
  /** Words that end a run of capitalised words: no name holds them ("That", "He", "Into"). */
  inNameBreaks: Set<string>;
  /** Words a body's name may hold between its capitalised words ("Ministry of Transport"). */
  nameJoins: Set<string>;
  /** Lower-case particles inside a name: "de", "van", "bin". */
  particles: Set<string>;
  /** Verbs after a reporting noun that make it a subject ("The full report is available"). */
  copulas: Set<string>;
  /** Bare singular nouns that speak for a group: "police", "staff". */
  collectives: Set<string>;
  titleCues: Set<string>;
  termCues: Set<string>;
  scareCues: Set<string>;
  strongTitleCues: Set<string>;
  /** Conjunctions that join a clause of its own after a quote's closer ("…,” and X has called them …). */
  clauseConjunctions: Set<string>;
  /**
   * An author's note in brackets, the whole of it: "(Italics added.)", "(emphasis mine)",
   * "[sic]". Matched on a text's own characters, lower case or not.
   */
  editorialNote: RegExp;
  personWords: Set<string>;
  commentaryOpeners: Set<string>;
  selfReference: Set<string>;
  /** Written instruments that speak as a document when a cue's subject names them ("the agreement says"). */
  documentTerms: Set<string>;
  /** Evaluative and normative words that mark the author's commentary, not a reproduced report. */
  evaluative: Set<string>;
  /** Last words of publishers' names ("Ledger", "Agency"): a citation's outlet ends with one or is "the …". */
  publisherHeads: Set<string>;
  /** Last words of places' names ("States", "Valley"): never a citation's outlet or author. */
  placeWords: Set<string>;
  /** Nouns for the people behind a document ("the journalists"): naming them ends a reproduced block. */
  documentPeople: Set<string>;
  /** Openers that are the author's commentary as pronouns ("This is …") and a report's words as determiners ("This gap …"). */
  demonstratives: Set<string>;
  /** How a reader's comment reposted under an article is headed and where it ends (`data/voice-documents.json`). */
  commentHeaders: CommentHeaders;
  /** The section lines over readers' signed letters and posts (`data/voice-documents.json`). */
  signedSections: Record<keyof SignedSections, Set<string>>;
  /** A speech reproduced without quotation marks: its salutation, closing lines and the nouns that name it. */
  speeches: Record<keyof SpeechWords, Set<string>>;
  /** Verbs of a sentence that goes on quoting the document credited just before ("It goes on:"). */
  continuations: string[][];
  /** Words between "with" and the number of a noun phrase ("with over 200 illnesses reported"). */
  quantityModifiers: Set<string>;
  /** Words after which a bare plural opens a clause and may speak ("…, and aviation experts say"). */
  barePluralClauseOpeners: Set<string>;
  /** Prepositions joining people to the place they are at ("envoys at the embassy reported"). */
  peopleLinks: Set<string>;
  /** Words opening a subordinate clause whose subject may follow ("when envoys at the embassy reported"). */
  subjectSubordinators: Set<string>;
  /** Words opening a clause where a pronoun may precede its antecedent ("When he arrived, Brandt said …"). */
  cataphoraOpeners: Set<string>;
  /** Possessives and articles before a title that a later sentence may name ("its chair said"). */
  titleOwners: Set<string>;
  /** Auxiliaries and adverbs right after a sentence's subject ("The accuser had refused …"). */
  subjectAuxiliaries: Set<string>;
  /** Articles that open a sentence whose subject describes one person ("The accuser had …"). */
  subjectArticles: Set<string>;
  /** Prepositions that put a single capitalised word after them as a place ("in Damascus"). */
  placePrepositions: Set<string>;
  /** Pronouns that, as a sentence's subject, go on with the document or authors before ("It goes on:"). */
  continuingSubjects: Set<string>;
  /** Adverbs between a continuing subject and its verb ("It then adds"). */
  continuingAdverbs: Set<string>;
  /** Quantifiers of several: the verb after such a subject never takes the third-person -s. */
  pluralQuantifiers: Set<string>;
  /** Determiners of one thing or person: the verb after such a subject is never a bare base form. */
  singularDeterminers: Set<string>;
  /** Words that may join the capitalised words of a document's name ("the Annual Report on Prison Conditions"). */
  titleConnectors: Set<string>;
  /** The author's own pronouns: what "we noted" or "I wrote" refers to is the author's writing, no cited document. */
  firstPersonPronouns: Set<string>;
  /** Pronouns run into "is" ("it's") that mark the spoken register of an author's aside. */
  spokenContractions: Set<string>;
  /** Prepositions between a work's noun and its authors or publisher ("a study by …"). */
  workPrepositions: Set<string>;
  /** Beginnings of naming verbs ("calls", "described"): a specific speaker's naming verb quotes the short quote it names. */
  namingStems: readonly string[];
  /** Words before a cue's subject that make the cue subordinate ("whatever the authority claims"). */
  reportBlockers: Set<string>;
  /** Modals right after a cue's subject after which nothing has been said yet: the future, possibility, obligation. */
  unrealizedModals: Set<string>;
  /** Words that carry a body's name on past a capitalised run ("Service and Education Consortium"). */
  bodyJoins: Set<string>;
  /** Auxiliaries and adverbs that may stand between a subject and its reporting verb. */
  verbSkips: Set<string>;
  /** Forms of "be" and "get" before a reporting verb that make it passive: its subject is not the one reporting. */
  cuePassives: Set<string>;
  /** Prepositions that put an organisation inside a speaker's appositive ("head of response at the World Health Organization"). */
  appositivePrepositions: Set<string>;
  /** Prepositions that bring in who made a cue's subject after a participle ("an inquiry ordered by the mayor"): the head reports. */
  participleAgents: Set<string>;
  /** Past participles not in -ed that may follow a subject's head and bring in its maker ("a report made public by the board"). */
  irregularParticiples: Set<string>;
  /** Past tenses not in -ed that may close a relative clause left without its pronoun ("the interview his brother gave"). */
  irregularPasts: Set<string>;
  /** Articles and possessives that may open a relative clause's subject right after its head ("the agreement the mayors signed"). */
  relativeSubjectOpeners: Set<string>;
  /** Singular subject pronouns after which a verb in -s closes a relative clause ("the book he writes"). */
  presentSubjects: Set<string>;
  /** A phrase of time between a cue's subject and its verb ("Gill last week told", "Spicer on Thursday evening said"). */
  cueTimeDeterminers: Set<string>;
  cueTimeLeads: Set<string>;
  cueTimeUnits: Set<string>;
  dayParts: Set<string>;
  /** Fixed phrases of time between a cue's subject and its verb ("Varga at the time said"). */
  cueTimePhrases: readonly string[][];
  /** A noun of time opening a clause without "that" ("the first time officials admitted"): never a speaker. */
  clauseTimeLeads: Set<string>;
  clauseTimeNouns: Set<string>;
  /** Prepositions whose object closes a cue's subject, the phrase before them its head ("a classmate from his time at Yale"). */
  subjectHeadLinks: Set<string>;
  /** Possessive determiners: a name after a place preposition and one of them is what someone owns or holds ("at his Chrism Mass"), no speaker. */
  possessiveDeterminers: Set<string>;
  /** Words that open a subordinate clause, whose own subject a participle after it may take ("as the mayor left"). */
  subordinateClauseOpeners: Set<string>;
  /** What may follow the verb of a speech tag: the sentence or clause ends, or an adverbial goes on. */
  tagEnds: Set<string>;
  viewOpeners: Set<string>;
  viewLeadOpeners: Set<string>;
  findingHeadEnds: Set<string>;
  viewSubordinators: Set<string>;
  viewNameJoins: Set<string>;
  asIdiomSubjects: Set<string>;
  namedObjects: Set<string>;
  viewRelatives: Set<string>;
  findingAsides: Set<string>;
  beliefClauseOpeners: Set<string>;
  viewPersonPronouns: Set<string>;
  tagParticles: Set<string>;
  /** Relative pronouns right before a verb that stand for its subject ("Mike Lee, who declared", "a man who claims"). */
  subjectRelatives: Set<string>;
  /** Relative pronouns that may stand for a verb's object, before the clause's subject ("the deal, which the union called"). */
  objectRelatives: Set<string>;
  /** Words after which a clause, and so its subject, begins (the before-opener sieve). */
  beforeOpenerClauseStarts: Set<string>;
  /** Words after a name that make it no clause's subject in the before-opener sieve ("Ford and Disney"). */
  beforeOpenerNotVerbs: Set<string>;
  /** Forms of "be" before a speech verb right before a quote: its subject is spoken to ("X was asked, “…”"). */
  beforeOpenerPassives: Set<string>;
  /** Words that open a clause of its own between a subject and a quote, whose subject may be someone else. */
  clauseObjectBreaks: Set<string>;
  /** Subject pronouns that open another clause between the subject and the quote ("Trump said she …"). */
  clauseObjectSubjects: Set<string>;
  /** Auxiliaries before a participle between a subject and a quote: the subject is acted on ("Trump was asked “…”"). */
  clauseObjectPassives: Set<string>;
  /** Linking verbs: a quote after one is the subject's description, no object of speech. */
  clauseObjectCopulas: Set<string>;
  /** Words after a name that make it no clause's subject in the clause-object sieve ("Trump and Cruz"). */
  clauseObjectNotVerbs: Set<string>;
  /** Words that make the name after them an object before a colon, not the one who speaks ("a message to Trump:"). */
  colonObjectMarkers: Set<string>;
  /** Prepositions that make the name after them the topic of the quote after a colon ("On Vantor: “…”"). */
  colonTopicMarkers: Set<string>;
}

let cached: VoiceLexicon | undefined;

/** Load (once) the reporting verbs, people words, quote cues and grammar words. */
export function voiceLexicon(): VoiceLexicon {
  if (cached) return cached;
  const v = loadData<VerbData>("voice-verbs.json");
  const p = loadData<PeopleData>("voice-people.json");
  const q = loadData<QuoteData>("voice-quotes.json");
  const d = loadData<DocumentData>("voice-documents.json");
  const cues = loadData<AttributionCueData>("voice-attribution-cues.json");
  const g = loadData<GrammarData>("voice-grammar.json");
  cached = {
    verbs: new Set(v.verbs),
    strongVerbs: new Set(v.strongVerbs),
    phrases: v.phrases,
    writingVerbs: new Set(v.writingVerbs),
    indirectVerbs: new Set(v.indirectVerbs),
    attributionVerbs: learnedCues(cues),
    cueRates: cueRates(cues),
    stemRates: stemRates(cues),
    cueModel: cueModel(loadData<CueModelData>("voice-attribution-model.json")),
    sourceModel: sourceModel(loadData<SourceModelData>("voice-source-model.json")),
    evidenceNouns: new Set(v.evidenceNouns),
    namingVerbs: new Set(v.namingVerbs),
    objectVerbs: new Set(v.objectVerbs),
    entryVerbs: new Set(v.entryVerbs),
    lineVerbs: new Set(v.lineVerbs),
    adjectiveParticiples: new Set(v.adjectiveParticiples),
    adjectiveLeads: new Set(v.adjectiveLeads),
    topicPrepositions: new Set(v.topicPrepositions),
    dialogueVerbs: new Set(v.dialogueVerbs),
    clauseVerbs: new Set(v.clauseVerbs),
    questionVerbs: new Set(v.questionVerbs),
    questionWords: new Set(v.questionWords),
    tagClauseWords: new Set(v.tagClauseWords),
    quotingVerbs: new Set(v.quotingVerbs),
    thatVerbs: new Set(v.thatVerbs),
    participleVerbs: new Set(v.participleVerbs),
    particleVerbs: new Set(v.particleVerbs),
    reportingParticles: new Set(v.reportingParticles),
    viewVerbs: v.viewVerbs.map((p) => p.split(" ")),
    clauseViewVerbs: new Set(v.clauseViewVerbs),
    findingNouns: new Set(v.findingNouns),
    findingVerbs: new Set(v.findingVerbs),
    findingLinks: new Set(v.findingLinks),
    discoveryVerbs: new Set(v.discoveryVerbs),
    viewBetween: new Set(v.viewBetween),
    quoteVerbs: new Set(Object.keys(loadData<QuoteVerbData>("voice-quote-verbs.json").verbs)),
    modals: new Set(p.modals),
    months: new Set(
      Object.keys(loadData<{ months: Record<string, number> }>("quantities-dates.json").months),
    ),
    days: new Set(
      Object.keys({
        ...loadData<{ weekdays: Record<string, number> }>("quantities-dates.json").weekdays,
        ...loadData<{ relative: Record<string, number> }>("quantities-dates.json").relative,
      }),
    ),
    locatives: new Set(p.locatives),
    pastForms: new Set(loadData<{ pastForms: string[] }>("claims-clauses.json").pastForms),
    leadingAdverbials: new Set(p.leadingAdverbials),
    placeHeads: new Set(p.placeHeads),
    personNounsLikeAdjectives: new Set(p.personNounsLikeAdjectives),
    personHeads: new Set(p.personHeads),
    viewHeads: new Set(p.viewHeads),
    peopleQuantifiers: new Set(p.peopleQuantifiers),
    portfolios: new Set(p.portfolios),
    titleModifiers: new Set(p.titleModifiers),
    titleHeads: new Set(p.titleHeads),
    titles: new Set(p.titles),
    maleTitles: new Set(p.maleTitles),
    femaleTitles: new Set(p.femaleTitles),
    givenNames: givenNames(loadData<GivenNameData>("voice-given-names.json")),
    pronouns: new Map(Object.entries(p.pronouns)),
    determiners: new Set(p.determiners),
    notNames: new Set(p.notNames),
    platforms: new Set(p.platforms),
    inNameBreaks: new Set(p.inNameBreaks),
    nameJoins: new Set(p.nameJoins),
    particles: new Set(p.particles),
    copulas: new Set(v.copulas),
    collectives: new Set(p.collectives),
    titleCues: new Set(q.titleCues),
    termCues: new Set(q.termCues),
    editorialNote: editorialNote(q.editorialNotes),
    scareCues: new Set(q.scareCues),
    strongTitleCues: new Set(q.strongTitleCues),
    clauseConjunctions: new Set(q.clauseConjunctions),
    personWords: new Set(d.personWords),
    commentaryOpeners: new Set(d.commentaryOpeners),
    selfReference: new Set(d.selfReference),
    documentTerms: new Set(d.documentTerms),
    evaluative: new Set(d.evaluative),
    publisherHeads: new Set(d.publisherHeads),
    placeWords: new Set(d.placeWords),
    documentPeople: new Set(d.documentPeople),
    demonstratives: new Set(d.demonstratives),
    commentHeaders: d.commentHeaders,
    signedSections: {
      letters: new Set(d.signedSections.letters),
      posts: new Set(d.signedSections.posts),
    },
    speeches: {
      salutationWords: new Set(d.speeches.salutationWords),
      audiences: new Set(d.speeches.audiences),
      closings: new Set(d.speeches.closings),
      speechNouns: new Set(d.speeches.speechNouns),
    },
    continuations: d.continuations.map((c) => c.split(" ")),
    quantityModifiers: new Set(g.quantityModifiers),
    barePluralClauseOpeners: new Set(g.barePluralClauseOpeners),
    peopleLinks: new Set(g.peopleLinks),
    subjectSubordinators: new Set(g.subjectSubordinators),
    cataphoraOpeners: new Set(g.cataphoraOpeners),
    titleOwners: new Set(g.titleOwners),
    subjectAuxiliaries: new Set(g.subjectAuxiliaries),
    subjectArticles: new Set(g.subjectArticles),
    placePrepositions: new Set(g.placePrepositions),
    continuingSubjects: new Set(g.continuingSubjects),
    continuingAdverbs: new Set(g.continuingAdverbs),
    pluralQuantifiers: new Set(g.pluralQuantifiers),
    singularDeterminers: new Set(g.singularDeterminers),
    titleConnectors: new Set(g.titleConnectors),
    firstPersonPronouns: new Set(g.firstPersonPronouns),
    spokenContractions: new Set(g.spokenContractions),
    workPrepositions: new Set(g.workPrepositions),
    namingStems: g.namingStems,
    reportBlockers: new Set(g.reportBlockers),
    unrealizedModals: new Set(g.unrealizedModals),
    bodyJoins: new Set(g.bodyJoins),
    verbSkips: new Set(g.verbSkips),
    cuePassives: new Set(g.cuePassives),
    appositivePrepositions: new Set(g.appositivePrepositions),
    participleAgents: new Set(g.participleAgents),
    irregularParticiples: new Set(g.irregularParticiples),
    irregularPasts: new Set(g.irregularPasts),
    relativeSubjectOpeners: new Set(g.relativeSubjectOpeners),
    presentSubjects: new Set(g.presentSubjects),
    cueTimeDeterminers: new Set(g.cueTimeDeterminers),
    cueTimeLeads: new Set(g.cueTimeLeads),
    cueTimeUnits: new Set(g.cueTimeUnits),
    dayParts: new Set(g.dayParts),
    cueTimePhrases: g.cueTimePhrases,
    clauseTimeLeads: new Set(g.clauseTimeLeads),
    clauseTimeNouns: new Set(g.clauseTimeNouns),
    subjectHeadLinks: new Set(g.subjectHeadLinks),
    possessiveDeterminers: new Set(g.possessiveDeterminers),
    subordinateClauseOpeners: new Set(g.subordinateClauseOpeners),
    tagEnds: new Set(g.tagEnds),
    viewOpeners: new Set(g.viewOpeners),
    viewLeadOpeners: new Set(g.viewLeadOpeners),
    findingHeadEnds: new Set(g.findingHeadEnds),
    viewSubordinators: new Set(g.viewSubordinators),
    viewNameJoins: new Set(g.viewNameJoins),
    asIdiomSubjects: new Set(g.asIdiomSubjects),
    namedObjects: new Set(g.namedObjects),
    viewRelatives: new Set(g.viewRelatives),
    findingAsides: new Set(g.findingAsides),
    beliefClauseOpeners: new Set(g.beliefClauseOpeners),
    viewPersonPronouns: new Set(g.viewPersonPronouns),
    tagParticles: new Set(g.tagParticles),
    subjectRelatives: new Set(g.subjectRelatives),
    objectRelatives: new Set(g.objectRelatives),
    beforeOpenerClauseStarts: new Set(g.beforeOpenerClauseStarts),
    beforeOpenerNotVerbs: new Set(g.beforeOpenerNotVerbs),
    beforeOpenerPassives: new Set(g.beforeOpenerPassives),
    clauseObjectBreaks: new Set(g.clauseObjectBreaks),
    clauseObjectSubjects: new Set(g.clauseObjectSubjects),
    clauseObjectPassives: new Set(g.clauseObjectPassives),
    clauseObjectCopulas: new Set(g.clauseObjectCopulas),
    clauseObjectNotVerbs: new Set(g.clauseObjectNotVerbs),
    colonObjectMarkers: new Set(g.colonObjectMarkers),
    colonTopicMarkers: new Set(g.colonTopicMarkers),
  };
  return cached;
}
