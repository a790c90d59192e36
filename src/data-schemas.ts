import { type TSchema, Type } from "./core/typebox.js";

// The schema of every file in data/, checked when the file is loaded (src/data.ts). A list that
// is a set of words is `words`: a repeated entry is an error. A phrase (`words` of one entry) is
// a sequence and may repeat a word ("as many as").

/** A set of words or phrases: no entry twice, none empty. */
const words = Type.Array(Type.String({ minLength: 1 }), { uniqueItems: true });
/** The words of one phrase, in order. */
const phrase = Type.Array(Type.String({ minLength: 1 }), { minItems: 1 });

/** Schema of `data/abbreviations.json`. */
const ABBREVIATIONS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  titles: words,
  general: words,
  numeric: words,
  places: words,
  corporate: words,
  final: words,
  openers: words,
  reporting: words,
});

/** Schema of `data/report-summary.json`. */
const REPORT_SUMMARY = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  kinds: Type.Array(
    Type.Object({
      id: Type.String({ minLength: 1 }),
      label: Type.String({ minLength: 1 }),
      rules: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, uniqueItems: true }),
      rank: Type.Integer(),
      section: Type.String({ minLength: 1 }),
      unlessAttributed: Type.Optional(Type.Boolean()),
      group: Type.Optional(Type.Object({ many: Type.String({ pattern: "\\{count\\}" }) })),
      why: Type.String({ minLength: 1 }),
      noSource: Type.Optional(
        Type.Object({
          many: Type.Optional(Type.String({ pattern: "\\{count\\}" })),
          why: Type.Optional(Type.String({ minLength: 1 })),
        }),
      ),
    }),
    { minItems: 1 },
  ),
});

/**
 * Per-list notes of a data file (`$notes`): one line for each of the named lists, what it reads,
 * where one paragraph of `$comment` would have to say it all. `docs/data.md` prints each beside its
 * list's size.
 */
const notesOf = (keys: readonly string[]) =>
  Type.Object(Object.fromEntries(keys.map((k) => [k, Type.String({ minLength: 1 })])), {
    additionalProperties: false,
  });

/** The lists of `data/claims-assertions.json`, each with a note in its `$notes`. */
const ASSERTION_LISTS = [
  "causal",
  "servedCause",
  "notCausal",
  "hedgedBy",
  "attributedBy",
  "unknownCause",
  "countedCausal",
  "passiveBefore",
  "foundedObjects",
  "foundedAfter",
  "conferredRanks",
  "duties",
  "reactionObjects",
  "genericCausal",
  "subjectPrepositions",
  "reportingSubjects",
  "questionOpeners",
  "questionWords",
  "questionSubjects",
  "wishes",
  "conclusion",
  "conclusionAdverbs",
  "nominalConclusions",
  "nominalAfter",
  "nounAtClauseEnd",
  "nominalCausal",
  "nominalCausalAfter",
  "nounFollowers",
  "copularConclusions",
  "copulaComplements",
  "copulaArticles",
  "proofWords",
  "aimsTo",
  "displayConclusions",
  "displayedAfter",
  "modifiedAfter",
  "reportedBy",
  "bareReporters",
  "reportedSubjects",
  "reportingAuxiliaries",
  "relativeClauseVerbs",
  "authorSubjects",
  "asFrames",
  "findingVerbs",
  "askVerbs",
  "viewNouns",
  "authorPossessives",
  "nounDeterminers",
  "notSweeping",
  "sweeping",
] as const;

/** The lists of `data/claims-narration.json`, each with a note in its `$notes`. */
const NARRATION_LISTS = [
  "quantifiers",
  "times",
  "datePrepositions",
  "occasionOpeners",
  "occasionDeterminers",
  "occasions",
  "pastAuxiliaries",
  "recordWords",
  "recordAuxiliaries",
  "recordSubjects",
  "passiveMarkers",
  "adverbs",
  "everyOpeners",
  "everyOccasions",
  "causalMarkers",
  "reasonMarkers",
  "decisions",
  "reasonHedges",
  "reasonBreaks",
  "eventNouns",
  "outcomes",
  "outcomeVerbs",
  "determiners",
  "habitWords",
  "alwaysVerbs",
  "modals",
  "coordinators",
  "thingActs",
  "thingDeterminers",
  "collectives",
  "objectDecisions",
] as const;

/** Schema of `data/claims-narration.json`. */
const CLAIMS_NARRATION = Type.Object(
  {
    $comment: Type.String({ minLength: 1 }),
    $notes: notesOf(NARRATION_LISTS),
    ...Object.fromEntries(NARRATION_LISTS.map((k) => [k, words])),
  },
  { additionalProperties: false },
);

/** Schema of `data/claims-assertions.json`. */
const CLAIMS_ASSERTIONS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  $notes: notesOf(ASSERTION_LISTS),
  causal: words,
  notCausal: words,
  servedCause: words,
  hedgedBy: words,
  attributedBy: words,
  unknownCause: words,
  countedCausal: words,
  passiveBefore: words,
  foundedObjects: words,
  foundedAfter: words,
  conferredRanks: words,
  duties: words,
  reactionObjects: words,
  genericCausal: words,
  subjectPrepositions: words,
  reportingSubjects: words,
  questionOpeners: words,
  questionWords: words,
  questionSubjects: words,
  wishes: words,
  conclusion: words,
  conclusionAdverbs: words,
  nominalConclusions: words,
  nominalAfter: words,
  nounAtClauseEnd: words,
  nominalCausal: words,
  nominalCausalAfter: words,
  nounFollowers: words,
  copularConclusions: words,
  copulaComplements: words,
  copulaArticles: words,
  proofWords: words,
  aimsTo: words,
  displayConclusions: words,
  displayedAfter: words,
  modifiedAfter: words,
  reportedBy: words,
  bareReporters: words,
  reportedSubjects: words,
  authorSubjects: words,
  asFrames: words,
  findingVerbs: words,
  askVerbs: words,
  viewNouns: words,
  authorPossessives: words,
  nounDeterminers: words,
  notSweeping: Type.Object({
    $comment: Type.String({ minLength: 1 }),
    prescriptive: words,
    firstPerson: words,
    firstPersonWithin: Type.Integer({ minimum: 1 }),
    anaphors: words,
    distributive: words,
    imperativeObjects: words,
    notImperative: words,
    frequencyNouns: words,
    frequencyCounts: words,
    approximators: words,
    framingNouns: words,
    relativePronouns: words,
    thatClauseHeads: words,
    hypothesisOpeners: words,
    firstPersonBefore: Type.Integer({ minimum: 1 }),
    firstPersonObjects: words,
    firstPersonAfter: Type.Integer({ minimum: 1 }),
    articles: words,
    copulas: words,
    possibilityNouns: words,
    negators: words,
    negatedUniversals: words,
    additive: words,
    superlativeDegrees: words,
    intentions: words,
    idioms: words,
    idiomsAround: words,
    fieldRest: words,
    fieldUnits: words,
    fieldPlaces: words,
    categoryNouns: words,
    namedSetModifiers: words,
    groupNames: words,
    groupEndings: words,
    setRelatives: words,
    modals: words,
    mentionVerbs: words,
    sayingRecords: words,
    heldViews: words,
    setCounts: words,
    rankingAfter: words,
    rankingBefore: words,
    partitives: words,
    negativeImperatives: words,
    recordEvents: words,
    recordModifiers: Type.Integer({ minimum: 0 }),
  }),
  sweeping: words,
});

/** Schema of `data/claims-checkworthiness.json`. */
const CLAIMS_CHECKWORTHINESS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  training: Type.Object({
    l2: Type.Number(),
    epochs: Type.Number(),
    rate: Type.Number(),
    positiveWeight: Type.Number(),
    seed: Type.Number(),
    minCount: Type.Number(),
    seeds: Type.Number(),
    nbAlpha: Type.Number(),
    nbWeight: Type.Number(),
    folds: Type.Number(),
    examples: Type.Number(),
    validation: Type.Object({
      method: Type.String(),
      sentences: Type.Number(),
      precision: Type.Number(),
      recall: Type.Number(),
      f1: Type.Number(),
      averagePrecision: Type.Number(),
      brier: Type.Number(),
      calibration: Type.Object({ a: Type.Number(), b: Type.Number() }),
    }),
  }),
  bias: Type.Number(),
  threshold: Type.Number(),
  weights: Type.Record(Type.String(), Type.Number()),
});

/** Schema of `data/claims-clauses.json`. */
const CLAIMS_CLAUSES = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  coordinators: words,
  relativePronouns: words,
  apposition: words,
  auxiliaries: words,
  pastForms: words,
  notVerbs: words,
  subjectOpeners: words,
  reportingParticiples: words,
  presentVerbs: words,
  focusWords: words,
  subordinators: words,
  complementVerbs: words,
  measureNouns: words,
  measureRelations: words,
  changeOpeners: words,
  changeLinks: words,
  agentPrepositions: words,
  partLinks: words,
  datedPrepositions: words,
  sizedPrepositions: words,
  approximators: words,
  comparatives: words,
  commentOpeners: words,
  absolutes: words,
  partitives: words,
  appositionOpeners: words,
  notParticiples: words,
  sizedArticles: words,
  phraseArticles: words,
  questionPronouns: words,
  nonFinite: words,
  shareWords: words,
  figureBounds: words,
  restatements: words,
  articles: words,
  freeRelatives: words,
});

/** Schema of `data/claims-features.json`. */
const CLAIMS_FEATURES = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  comparison: words,
  causal: words,
  sweeping: words,
  hedge: words,
  opinion: words,
  courtesy: words,
  firstPerson: words,
  secondPerson: words,
  future: words,
  official: words,
  entityGlue: words,
});

/** Schema of `data/english-function-words.json`. */
const ENGLISH_FUNCTION_WORDS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  words: phrase,
});

/** Schema of `data/omission-cues.json`. */
const OMISSION_CUES = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  kinds: Type.Array(
    Type.Object({
      kind: Type.String(),
      weight: Type.Number(),
      cues: words,
    }),
  ),
});

/** Schema of `data/quantities-counted.json`. */
const QUANTITIES_COUNTED = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  irregular: Type.Record(Type.String(), Type.String()),
  groups: Type.Object({
    people: words,
    dead: words,
    vehicles: words,
    aircraft: words,
    injured: words,
  }),
  stop: words,
  skip: words,
  notCounted: words,
  notSubject: words,
  sumJoiners: words,
  sumApproximators: words,
});

/** Schema of `data/quantities-dates.json`. */
const QUANTITIES_DATES = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  months: Type.Record(Type.String(), Type.Number()),
  weekdays: Type.Object({
    sunday: Type.Number(),
    monday: Type.Number(),
    tuesday: Type.Number(),
    wednesday: Type.Number(),
    thursday: Type.Number(),
    friday: Type.Number(),
    saturday: Type.Number(),
  }),
  relative: Type.Object({
    today: Type.Number(),
    yesterday: Type.Number(),
    tomorrow: Type.Number(),
  }),
  monthCues: words,
  yearCues: words,
  relativePeriods: Type.Object({
    last: Type.Number(),
    this: Type.Number(),
    next: Type.Number(),
  }),
});

/** Schema of `data/quantities-events.json`. */
const QUANTITIES_EVENTS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  requests: words,
  positions: words,
  frameEnds: words,
  clauseEnds: words,
  scopes: Type.Record(Type.String(), Type.String({ minLength: 1 })),
  rateOpeners: words,
  rateUnits: words,
  distributives: words,
  wholeOpeners: words,
  notTopic: words,
  events: Type.Array(
    Type.Object({
      event: Type.String(),
      say: Type.String(),
      words: phrase,
    }),
  ),
});

/** Schema of `data/quantities-hedges.json`. */
const QUANTITIES_HEDGES = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  hedges: Type.Array(
    Type.Object({
      words: phrase,
      effect: Type.String(),
      after: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    }),
  ),
  suffixes: Type.Array(
    Type.Object({
      words: phrase,
      effect: Type.String(),
    }),
  ),
});

/** Schema of `data/quantities-numbers.json`. */
const QUANTITIES_NUMBERS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  units: Type.Record(Type.String(), Type.Number()),
  tens: Type.Object({
    twenty: Type.Number(),
    thirty: Type.Number(),
    forty: Type.Number(),
    fifty: Type.Number(),
    sixty: Type.Number(),
    seventy: Type.Number(),
    eighty: Type.Number(),
    ninety: Type.Number(),
  }),
  scales: Type.Object({
    hundred: Type.Number(),
    thousand: Type.Number(),
    million: Type.Number(),
    billion: Type.Number(),
    trillion: Type.Number(),
  }),
  scaleAbbreviations: Type.Object({
    k: Type.Number(),
    m: Type.Number(),
    mn: Type.Number(),
    mln: Type.Number(),
    bn: Type.Number(),
    b: Type.Number(),
    tn: Type.Number(),
  }),
  counts: Type.Object({
    dozen: Type.Number(),
    score: Type.Number(),
    couple: Type.Number(),
    pair: Type.Number(),
  }),
  fractions: Type.Object({
    half: Type.Number(),
    quarter: Type.Number(),
    third: Type.Number(),
  }),
  articles: words,
});

/** Schema of `data/quantities-units.json`. */
const QUANTITIES_UNITS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  currencySymbols: Type.Object({
    $: Type.String(),
    US$: Type.String(),
    "\u00a3": Type.String(),
    "\u20ac": Type.String(),
    "\u00a5": Type.String(),
    "\u20b9": Type.String(),
    "\u20bd": Type.String(),
    "\u20ba": Type.String(),
    A$: Type.String(),
    C$: Type.String(),
    HK$: Type.String(),
    NZ$: Type.String(),
    R$: Type.String(),
    "\u20a9": Type.String(),
    "\u20aa": Type.String(),
  }),
  currencyCodes: words,
  currencyWords: Type.Record(Type.String(), Type.String()),
  units: Type.Object({
    "%": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    percent: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "per cent": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "percentage points": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    km: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    kilometres: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    kilometers: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    kilometre: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    kilometer: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    miles: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    mile: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    metres: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    meters: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    metre: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    meter: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    feet: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    foot: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    ft: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    cm: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    centimetres: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    mm: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    kg: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    kilograms: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    kilos: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    tonnes: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    tons: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    tonne: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    grams: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    hectares: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    acres: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "square kilometres": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "square miles": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "sq km": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "km/h": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    mph: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    litres: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    liters: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    barrels: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    gallons: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    degrees: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "\u00b0c": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "\u00b0f": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "degrees celsius": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    "degrees fahrenheit": Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    seconds: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    second: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    minutes: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    minute: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    hours: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    hour: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    days: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    day: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    weeks: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    week: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    months: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    month: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    years: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    year: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
    }),
    decades: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
      factor: Type.Number(),
    }),
    decade: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
      factor: Type.Number(),
    }),
    centuries: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
      factor: Type.Number(),
    }),
    century: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
      factor: Type.Number(),
    }),
    fortnights: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
      factor: Type.Number(),
    }),
    fortnight: Type.Object({
      unit: Type.String(),
      kind: Type.String(),
      factor: Type.Number(),
    }),
  }),
  unitSizes: Type.Record(Type.String({ minLength: 1 }), Type.Number({ exclusiveMinimum: 0 })),
});

/** Schema of `data/quantities-vague.json`. */
const QUANTITIES_VAGUE = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  phrases: Type.Array(
    Type.Object({
      words: phrase,
      low: Type.Number(),
      high: Type.Union([Type.Null(), Type.Number()]),
      scaled: Type.Optional(Type.Boolean()),
      needsOf: Type.Optional(Type.Boolean()),
    }),
  ),
});

/** Schema of `data/support-lexicon.json`. */
const SUPPORT_LEXICON = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  negators: words,
  denials: words,
  bounds: words,
  hedges: words,
  approximators: words,
  figureOnly: words,
  boosters: words,
  exact: words,
  universals: words,
  partials: words,
  counts: words,
  superlatives: words,
  correlation: words,
  causal: words,
  contributory: words,
  certainWhenNegated: words,
  shortfalls: words,
  causeStatements: words,
  favourable: words,
  unfavourable: words,
  events: words,
  opposites: Type.Array(words),
  synonyms: Type.Array(words),
  reporting: words,
  generic: words,
  negatedAdverbs: words,
  sequenceWords: words,
  frequencyNouns: words,
  implicitNegators: words,
  silences: words,
  indirectQuestions: words,
  relativePronouns: words,
  auxiliaries: words,
  conditionals: words,
  deliberations: words,
  openQuestions: words,
  inquiries: words,
  decisionsTaken: words,
  takenMarkers: words,
  undecided: words,
  errorMarkers: words,
  rebuttals: words,
  actStages: Type.Array(words, { minItems: 2 }),
  pendingMarkers: words,
  objectPronouns: words,
  causeArticles: words,
  stageParticles: words,
  claimConditions: words,
  hypotheticals: words,
  obligations: words,
  permissions: words,
  excessives: words,
  backshifts: Type.Record(Type.String(), Type.String({ minLength: 1 })),
  expectations: words,
  differenceMarkers: words,
  differenceNouns: words,
  remainders: words,
  changeVerbs: words,
  clockWords: words,
  timeLimits: words,
  demonstratives: words,
  fallNouns: words,
  seasons: words,
  exclusiveBounds: words,
  periodsPerYear: Type.Record(Type.String(), Type.Number({ exclusiveMinimum: 0 })),
  inabilities: words,
  possibilityModals: words,
  figureVerbs: words,
  difficulties: words,
  accusations: words,
  plans: words,
  clauseEnds: words,
  conjunctions: words,
  coordinators: words,
  directionConjunctEnds: words,
  refusals: words,
  passiveForms: words,
  restrictives: words,
  pastMarkers: words,
  partTakers: words,
  magnitudes: words,
  determiners: words,
  rateWords: words,
  spanWords: words,
  spanAttributives: words,
  sumParts: words,
  idiomaticAllAfter: words,
  subjectOpens: words,
  subjectHeadEnds: words,
  timeSpans: words,
  shareFollowers: words,
  wholeSpans: words,
  spanRateLeads: words,
  deliberationAdjuncts: words,
  questionOpeners: words,
  lightVerbs: words,
  predicateAdverbs: words,
  speechVerbs: words,
  predicateModals: words,
  predicatePrepositions: words,
  predicateBreaks: words,
  predicateParticles: words,
  predicateSynonyms: Type.Array(words),
  verbForms: Type.Array(words),
  fractions: Type.Record(Type.String(), Type.Integer({ minimum: 2 })),
  numerators: Type.Record(Type.String(), Type.Integer({ minimum: 1 })),
  multipleChanges: Type.Record(Type.String(), Type.Integer({ minimum: 1 })),
});

/** Schema of `data/trace-lexicon.json`. */
const TRACE_LEXICON = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  negations: words,
  quantifiers: words,
  stressBeforeFigures: words,
  universals: words,
  numberWords: words,
  limiters: words,
  scopeBreaks: words,
});

/** Schema of `data/ingest-boilerplate.json`. */
const INGEST_BOILERPLATE = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  markers: words,
  notices: words,
  noticeWords: words,
  furniture: words,
  shareTargets: words,
  furnitureLabels: words,
  callsToAction: words,
  shopWords: words,
  shopPhrases: words,
  selfReferences: words,
  rightsNotices: words,
  widgetOpenings: words,
  formLines: words,
});

/** Schema of `data/corpus-republication.json`. */
const CORPUS_REPUBLICATION = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  notices: words,
});

/** Schema of `data/voice-quote-verbs.json`. */
const VOICE_QUOTE_VERBS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  training: Type.Object({
    split: Type.String(),
    texts: Type.Integer({ minimum: 1 }),
    minQuotes: Type.Integer({ minimum: 1 }),
    minSeen: Type.Integer({ minimum: 1 }),
    minRate: Type.Number({ minimum: 0, maximum: 1 }),
  }),
  verbs: Type.Record(
    Type.String({ pattern: "^[a-z]+(?: [a-z]+)?$" }),
    Type.Object({
      quotes: Type.Integer({ minimum: 1 }),
      seen: Type.Integer({ minimum: 1 }),
      cue: Type.Integer({ minimum: 0 }),
    }),
  ),
});

/** Schema of `data/voice-credits.json`. */
const VOICE_CREDITS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  creditLabels: words,
  creditLines: words,
  inlineCredits: words,
  notSpeakerLabels: words,
  headlineLeadWords: words,
  notCredits: words,
  closingNotes: words,
  interviewIntros: words,
});

/** Schema of `data/voice-documents.json`. */
const VOICE_DOCUMENTS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  continuations: words,
  personWords: words,
  commentaryOpeners: words,
  selfReference: words,
  documentTerms: words,
  evaluative: words,
  publisherHeads: words,
  placeWords: words,
  documentPeople: words,
  demonstratives: words,
  commentHeaders: Type.Object({
    separators: words,
    timeUnits: words,
    timeWords: words,
    bylineOpeners: words,
    furniture: words,
  }),
  speeches: Type.Object({
    salutationWords: words,
    audiences: words,
    closings: words,
    speechNouns: words,
  }),
  signedSections: Type.Object({
    letters: words,
    posts: words,
  }),
});

/** Schema of `data/voice-grammar.json`. */
const VOICE_GRAMMAR = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  viewOpeners: words,
  viewLeadOpeners: words,
  findingHeadEnds: words,
  viewSubordinators: words,
  viewNameJoins: words,
  asIdiomSubjects: words,
  namedObjects: words,
  viewRelatives: words,
  findingAsides: words,
  beliefClauseOpeners: words,
  viewPersonPronouns: words,
  tagParticles: words,
  quantityModifiers: words,
  barePluralClauseOpeners: words,
  peopleLinks: words,
  subjectSubordinators: words,
  cataphoraOpeners: words,
  titleOwners: words,
  subjectAuxiliaries: words,
  subjectArticles: words,
  placePrepositions: words,
  continuingSubjects: words,
  continuingAdverbs: words,
  pluralQuantifiers: words,
  singularDeterminers: words,
  titleConnectors: words,
  firstPersonPronouns: words,
  spokenContractions: words,
  workPrepositions: words,
  namingStems: words,
  reportBlockers: words,
  unrealizedModals: words,
  bodyJoins: words,
  verbSkips: words,
  cuePassives: words,
  appositivePrepositions: words,
  participleAgents: words,
  irregularParticiples: words,
  irregularPasts: words,
  relativeSubjectOpeners: words,
  possessiveDeterminers: words,
  subordinateClauseOpeners: words,
  tagEnds: words,
  subjectRelatives: words,
  objectRelatives: words,
  beforeOpenerClauseStarts: words,
  beforeOpenerNotVerbs: words,
  beforeOpenerPassives: words,
  clauseObjectBreaks: words,
  clauseObjectSubjects: words,
  clauseObjectPassives: words,
  clauseObjectCopulas: words,
  clauseObjectNotVerbs: words,
  colonObjectMarkers: words,
  colonTopicMarkers: words,
  presentSubjects: words,
  cueTimeDeterminers: words,
  cueTimeLeads: words,
  cueTimeUnits: words,
  dayParts: words,
  cueTimePhrases: Type.Array(words),
  clauseTimeLeads: words,
  clauseTimeNouns: words,
  subjectHeadLinks: words,
});

/** Schema of `data/voice-people.json`. */
const VOICE_PEOPLE = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  titles: words,
  maleTitles: words,
  femaleTitles: words,
  pronouns: Type.Object({
    he: Type.String(),
    she: Type.String(),
    they: Type.String(),
    i: Type.String(),
    we: Type.String(),
  }),
  determiners: words,
  notNames: words,
  platforms: words,
  inNameBreaks: words,
  nameJoins: words,
  particles: words,
  modals: words,
  collectives: words,
  locatives: words,
  placeHeads: words,
  personNounsLikeAdjectives: words,
  leadingAdverbials: words,
  personHeads: words,
  viewHeads: words,
  peopleQuantifiers: words,
  portfolios: words,
  titleModifiers: words,
  titleHeads: words,
});

/** Schema of `data/voice-given-names.json`. */
const VOICE_GIVEN_NAMES = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  male: words,
  female: words,
});

/** Schema of `data/voice-source-phrases.json`. */
const VOICE_SOURCE_PHRASES = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  relatives: words,
  personal: words,
  possessives: words,
  auxiliaries: words,
  linkers: words,
  passive: words,
  agentStops: words,
});

/** Schema of `data/voice-quotes.json`. */
const VOICE_QUOTES = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  titleCues: words,
  termCues: words,
  scareCues: words,
  strongTitleCues: words,
  clauseConjunctions: words,
  editorialNotes: words,
});

/** Schema of `data/voice-verbs.json`. */
const VOICE_VERBS = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  verbs: words,
  strongVerbs: words,
  phrases: Type.Array(words),
  writingVerbs: words,
  indirectVerbs: words,
  copulas: words,
  evidenceNouns: words,
  namingVerbs: words,
  objectVerbs: words,
  entryVerbs: words,
  lineVerbs: words,
  adjectiveParticiples: words,
  adjectiveLeads: words,
  topicPrepositions: words,
  clauseVerbs: words,
  questionVerbs: words,
  questionWords: words,
  dialogueVerbs: words,
  tagClauseWords: words,
  quotingVerbs: words,
  participleVerbs: words,
  viewVerbs: words,
  clauseViewVerbs: words,
  findingNouns: words,
  findingVerbs: words,
  findingLinks: words,
  discoveryVerbs: words,
  viewBetween: words,
});

/** Schema of `data/voice-attribution-cues.json` (generated by measure/voice/train-attribution-cues.ts). */
const VOICE_ATTRIBUTION_CUES = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  training: Type.Object({
    split: Type.String({ minLength: 1 }),
    texts: Type.Integer({ minimum: 0 }),
    /** Fewest occurrences outside quotes for a word's rate to be trusted. */
    minCount: Type.Integer({ minimum: 1 }),
    /** Share of a word's occurrences inside a gold cue from which it is a cue. */
    threshold: Type.Number({ minimum: 0, maximum: 1 }),
    /** Share of a stem's occurrences inside a gold cue from which its rate is kept. */
    stemFloor: Type.Number({ minimum: 0, maximum: 1 }),
    method: Type.String({ minLength: 1 }),
    /** Held-out scores of each candidate threshold (all attributions, overlap). */
    validation: Type.Array(
      Type.Object({
        threshold: Type.Number(),
        cues: Type.Integer({ minimum: 0 }),
        sourceP: Type.Number(),
        sourceR: Type.Number(),
        sourceF1: Type.Number(),
        contentF1: Type.Number(),
      }),
    ),
  }),
  /** Per folded word: occurrences outside quotes in train, and how many of them are in a gold cue. */
  cues: Type.Record(
    Type.String({ minLength: 1 }),
    Type.Object({ seen: Type.Integer({ minimum: 1 }), cue: Type.Integer({ minimum: 0 }) }),
  ),
  /** The same counts summed by stem (src/text/stem.ts): a feature of the learned cue model. */
  stems: Type.Record(
    Type.String({ minLength: 1 }),
    Type.Object({ seen: Type.Integer({ minimum: 1 }), cue: Type.Integer({ minimum: 0 }) }),
  ),
});

/** Held-out overlap precision, recall and F1 of source, content and cue spans. */
const SPAN_SCORES = {
  sourceP: Type.Number(),
  sourceR: Type.Number(),
  sourceF1: Type.Number(),
  contentP: Type.Number(),
  contentR: Type.Number(),
  contentF1: Type.Number(),
  // Cue scores: recorded since the trainer scored cues; absent from a file trained before.
  cueP: Type.Optional(Type.Number()),
  cueR: Type.Optional(Type.Number()),
  cueF1: Type.Optional(Type.Number()),
};

/** The span scores at one set of thresholds. */
const HELD_OUT = Type.Object({
  cueThreshold: Type.Number(),
  sourceThreshold: Type.Number(),
  /** From which source probability the source chosen for a rules' cue is kept. */
  ruleSourceThreshold: Type.Number(),
  ...SPAN_SCORES,
});

/** What a voice model was trained on: the split, its texts, examples and positive examples. */
const TRAINING_DATA = {
  split: Type.String({ minLength: 1 }),
  texts: Type.Integer({ minimum: 0 }),
  examples: Type.Integer({ minimum: 0 }),
  positives: Type.Integer({ minimum: 0 }),
};

/** How a voice model's logistic regression was fitted. */
const TRAINING_FIT = {
  epochs: Type.Integer({ minimum: 1 }),
  rate: Type.Number({ exclusiveMinimum: 0 }),
  l2: Type.Number({ minimum: 0 }),
  /** Fewest training examples a feature must occur in to keep its weight. */
  minCount: Type.Integer({ minimum: 1 }),
};

/** Schema of `data/voice-attribution-model.json` (generated by measure/voice/train-attribution-model.ts). */
const VOICE_ATTRIBUTION_MODEL = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  training: Type.Object({
    ...TRAINING_DATA,
    ...TRAINING_FIT,
    method: Type.String({ minLength: 1 }),
    /** Held-out scores of the rules without the model (all attributions, overlap). */
    rulesAlone: HELD_OUT,
    /** Source and content precision the chosen thresholds keep on the held-out folds. */
    precisionFloor: Type.Number({ minimum: 0, maximum: 1 }),
    /**
     * The floor cross-validation that chose `precisionFloor`: each candidate floor's thresholds,
     * chosen on one fold's held-out scores, scored on the other fold's.
     */
    floors: Type.Array(Type.Object({ floor: Type.Number({ minimum: 0, maximum: 1 }), ...SPAN_SCORES })),
    /** Held-out scores of each candidate threshold (all attributions, overlap). */
    validation: Type.Array(HELD_OUT),
  }),
  /** Probability from which a candidate word is a cue. */
  threshold: Type.Number({ minimum: 0, maximum: 1 }),
  bias: Type.Number(),
  /** Logistic-regression weight of each cue feature (src/voice/cue-features.ts). */
  weights: Type.Record(Type.String({ minLength: 1 }), Type.Number()),
});

/** Schema of `data/voice-source-model.json` (generated by measure/voice/train-attribution-model.ts). */
const VOICE_SOURCE_MODEL = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  training: Type.Object({ ...TRAINING_DATA, ...TRAINING_FIT }),
  /** From which cue probability times source probability a learned cue's source is kept. */
  threshold: Type.Number({ minimum: 0, maximum: 1 }),
  /** From which source probability the source chosen for a rules' cue is kept. */
  ruleThreshold: Type.Number({ minimum: 0, maximum: 1 }),
  bias: Type.Number(),
  /** The feature of each id (src/voice/source-model.ts), each once. */
  features: Type.Array(Type.String({ minLength: 1 }), { uniqueItems: true }),
  /** The logistic-regression weight of each feature id. */
  weights: Type.Array(Type.Number()),
});

/** Schema of `data/rhetoric-lexicon.json` (generated by measure/rhetoric/tune.ts). */
const RHETORIC_LEXICON = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  techniques: Type.Array(
    Type.Object({
      label: Type.String({ minLength: 1 }),
      rule: Type.String({ pattern: "^rhetoric/" }),
      explanation: Type.String({ minLength: 1 }),
      gate: Type.Object({
        checked: Type.Boolean(),
        precision: Type.Number({ minimum: 0, maximum: 1 }),
        lower: Type.Number({
          minimum: 0,
          maximum: 1,
          description: "lower end of the Wilson 90% interval of precision",
        }),
        recall: Type.Number({ minimum: 0, maximum: 1 }),
        predictions: Type.Integer({ minimum: 0 }),
      }),
      cues: words,
    }),
  ),
  /** Word classes the cues may name ("@intens"); only those some cue names are written. */
  classes: Type.Optional(Type.Record(Type.String({ pattern: "^@[a-z]+$" }), words)),
});

/** Schema of `data/support-retrieval.json`. */
const SUPPORT_RETRIEVAL = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  classes: Type.Array(words),
  numberWords: Type.Record(Type.String({ pattern: "^[a-z]+$" }), Type.String({ pattern: "^[0-9]+$" })),
  anaphors: words,
});

/** Schema of `data/support-gate.json`. */
const SUPPORT_GATE = Type.Object({
  $comment: Type.String({ minLength: 1 }),
  minPrecision: Type.Number({ minimum: 0, maximum: 1 }),
  minPredictions: Type.Integer({ minimum: 1 }),
  measured: Type.Array(
    Type.Object({
      status: Type.Union([Type.Literal("contradicted"), Type.Literal("overreach")]),
      rule: Type.String({ pattern: "^[a-z-]+$" }),
      right: Type.Integer({ minimum: 0 }),
      predicted: Type.Integer({ minimum: 1 }),
    }),
  ),
});

/** Every data file by name, with its schema. */
export const DATA_SCHEMAS: Record<string, TSchema> = {
  "abbreviations.json": ABBREVIATIONS,
  "claims-assertions.json": CLAIMS_ASSERTIONS,
  "claims-narration.json": CLAIMS_NARRATION,
  "claims-checkworthiness.json": CLAIMS_CHECKWORTHINESS,
  "claims-clauses.json": CLAIMS_CLAUSES,
  "claims-features.json": CLAIMS_FEATURES,
  "corpus-republication.json": CORPUS_REPUBLICATION,
  "english-function-words.json": ENGLISH_FUNCTION_WORDS,
  "ingest-boilerplate.json": INGEST_BOILERPLATE,
  "omission-cues.json": OMISSION_CUES,
  "quantities-counted.json": QUANTITIES_COUNTED,
  "quantities-dates.json": QUANTITIES_DATES,
  "quantities-events.json": QUANTITIES_EVENTS,
  "quantities-hedges.json": QUANTITIES_HEDGES,
  "quantities-numbers.json": QUANTITIES_NUMBERS,
  "quantities-units.json": QUANTITIES_UNITS,
  "quantities-vague.json": QUANTITIES_VAGUE,
  "report-summary.json": REPORT_SUMMARY,
  "rhetoric-lexicon.json": RHETORIC_LEXICON,
  "support-lexicon.json": SUPPORT_LEXICON,
  "support-gate.json": SUPPORT_GATE,
  "support-retrieval.json": SUPPORT_RETRIEVAL,
  "trace-lexicon.json": TRACE_LEXICON,
  "voice-credits.json": VOICE_CREDITS,
  "voice-documents.json": VOICE_DOCUMENTS,
  "voice-given-names.json": VOICE_GIVEN_NAMES,
  "voice-grammar.json": VOICE_GRAMMAR,
  "voice-people.json": VOICE_PEOPLE,
  "voice-quotes.json": VOICE_QUOTES,
  "voice-source-phrases.json": VOICE_SOURCE_PHRASES,
  "voice-verbs.json": VOICE_VERBS,
  "voice-attribution-cues.json": VOICE_ATTRIBUTION_CUES,
  "voice-attribution-model.json": VOICE_ATTRIBUTION_MODEL,
  "voice-quote-verbs.json": VOICE_QUOTE_VERBS,
  "voice-source-model.json": VOICE_SOURCE_MODEL,
};
