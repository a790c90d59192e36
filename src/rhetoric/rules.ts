import { defineRule, type FindingOf, type Rule } from "../core/finding.js";
import { Type } from "../core/typebox.js";

const TechniqueData = Type.Object({
  technique: Type.String({ description: "the PTC technique label (Da San Martino et al. 2019)" }),
  cue: Type.String({ description: "the lexicon cue that matched" }),
  experimental: Type.Optional(
    Type.Literal(true, {
      description: "the technique is below the precision gate and was flagged only on request",
    }),
  ),
});

const technique = <const Id extends string>(id: Id, summary: string) =>
  defineRule({
    id,
    source: "rhetoric",
    severity: "info",
    summary,
    docs: "docs/rhetoric.md#techniques",
    data: TechniqueData,
  });

export const LOADED_LANGUAGE = technique(
  "rhetoric/loaded-language",
  "a word chosen for its emotional charge, in the author's voice",
);
export const NAME_CALLING = technique(
  "rhetoric/name-calling",
  "a label that tags a person or group, in the author's voice",
);
export const EXAGGERATION = technique(
  "rhetoric/exaggeration",
  "a claim blown up or played down, in the author's voice",
);
export const DOUBT = technique(
  "rhetoric/doubt",
  "doubt cast on someone's credibility, in the author's voice",
);
export const APPEAL_TO_FEAR = technique(
  "rhetoric/appeal-to-fear",
  "support built on fear, in the author's voice",
);
export const FLAG_WAVING = technique(
  "rhetoric/flag-waving",
  "an appeal to patriotism or group identity, in the author's voice",
);
export const CAUSAL_OVERSIMPLIFICATION = technique(
  "rhetoric/causal-oversimplification",
  "one cause given for an outcome that has several, in the author's voice",
);
export const BLACK_AND_WHITE = technique(
  "rhetoric/black-and-white",
  "two options presented as the only ones, in the author's voice",
);
export const WHATABOUTISM = technique(
  "rhetoric/whataboutism",
  "a charge answered by pointing elsewhere, in the author's voice",
);
export const THOUGHT_TERMINATING_CLICHE = technique(
  "rhetoric/thought-terminating-cliche",
  "a stock phrase that ends thinking about the question, in the author's voice",
);
export const SLOGAN = technique("rhetoric/slogan", "a rallying cry, in the author's voice");
export const APPEAL_TO_AUTHORITY = technique(
  "rhetoric/appeal-to-authority",
  "a claim framed as true because of who says or admits it ('even X admits'), in the author's voice",
);

/** Every rule of the rhetoric stage; the lexicon's techniques name one of these. */
export const RHETORIC_RULES = [
  LOADED_LANGUAGE,
  NAME_CALLING,
  EXAGGERATION,
  DOUBT,
  APPEAL_TO_FEAR,
  FLAG_WAVING,
  CAUSAL_OVERSIMPLIFICATION,
  BLACK_AND_WHITE,
  WHATABOUTISM,
  THOUGHT_TERMINATING_CLICHE,
  SLOGAN,
  APPEAL_TO_AUTHORITY,
] as const;

/** A finding of the rhetoric stage. */
export type RhetoricFinding = FindingOf<(typeof RHETORIC_RULES)[number]>;

/** The rule of a rule id, when it is one of the rhetoric stage's. */
export const rhetoricRule = (id: string): Rule | undefined => RHETORIC_RULES.find((r) => r.id === id);
