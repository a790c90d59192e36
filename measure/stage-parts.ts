import { Session } from "node:inspector/promises";

/**
 * The parts of the costliest stages, by the functions that do them, as the stage worker's
 * `--parts` mode reports them. A sample of a CPU profile counts for the part of the outermost
 * function of its stack named here (a part's own helpers count for it); samples under none of
 * them count as "other". Functions are named `name@folder/file.js`, as the build writes them.
 */
export const STAGE_PARTS: Record<string, Record<string, string[]>> = {
  "trace + voices": {
    "reading: quotes and their speakers": [
      "documentQuotes@text/quotes.js",
      "classifyQuote@voice/classify.js",
      "attributeQuotes@quote-sieves/index.js",
    ],
    "reading: reporting cues": ["findCues@voice/cues.js", "resolveCueSpeakers@voice/speakers.js"],
    "reading: names, credits, citations, titles": [
      "NameRegistry@voice/names.js",
      "findCredits@voice/credits.js",
      "findCitations@voice/documents.js",
      "findDocumentTitles@voice/documents.js",
    ],
    "documents (reproduced blocks)": ["findBlocks@voice/documents.js"],
    "trace: alignment": ["alignPair@trace/index.js", "wordSequence@trace/sequence.js"],
    "trace: edits and their findings": ["buildMatch@trace/edits.js", "matchFindings@trace/findings.js"],
    "trace: paraphrases": ["paraphrases@trace/index.js"],
    "trace: omissions": ["findOmissions@trace/omissions.js"],
    "voices: sentence voices": ["sentenceVoice@sentence-sieves/index.js", "sentenceContext@voice/index.js"],
    "voices: credit of reuse": ["creditReuse@voice/credit.js"],
    "voices: attribution selection": [
      "chooseRuleSources@voice/source-model.js",
      "collectAttributions@voice/attributions.js",
    ],
  },
  // The learned attributions are read as the pool asks, for the sentences the rules leave open.
  "support pool": {
    "learned attributions: cue model scoring": ["cueCandidates@voice/cue-features.js"],
    "learned attributions: selection": [
      "scoreCandidates@voice/cue-model.js",
      "selectAttributions@voice/cue-model.js",
    ],
    "passages and BM25 index": ["passageOf@support/terms.js", "PassageIndex@support/retrieve.js"],
  },
  "support ratings": {
    "retrieval (BM25 search, re-ranking)": ["search@support/retrieve.js"],
    "clause splitting": ["claimUnits@claims/clauses.js"],
    "claim terms (passages of clauses)": ["passageOver@support/terms.js", "passageOf@support/terms.js"],
    "rating rules": ["ratePassage@support/rate.js"],
    "neighbour windows": ["neighbourWindow@support/index.js"],
    disputes: ["disputed@support/disputes.js"],
  },
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A CPU profiler of this thread (V8's sampling profiler, through the inspector). */
export async function startProfiler(): Promise<() => Promise<Profile>> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  return async () => {
    const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
    session.disconnect();
    return profile;
  };
}

/**
 * Each part's share of the profile's samples (0 to 1) by {@link STAGE_PARTS}' parts of one
 * stage; garbage collection, which the profile shows apart from any function, is its own part.
 */
export function partShares(profile: Profile, parts: Record<string, string[]>): Record<string, number> {
  const partOf = new Map<string, string>();
  for (const [part, names] of Object.entries(parts)) for (const n of names) partOf.set(n, part);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName}@${n.callFrame.url.split("/").slice(-2).join("/")}`;
  // Each node's part, found once: the outermost named function on its stack.
  const nodePart = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = nodePart.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id) as ProfileNode;
    const up = parent.get(id);
    const outer = up === undefined ? "other" : resolve(up);
    const own =
      node.callFrame.functionName === "(garbage collector)" ? "garbage collection" : partOf.get(name(node));
    const part = outer !== "other" ? outer : (own ?? "other");
    nodePart.set(id, part);
    return part;
  };
  const totals: Record<string, number> = {};
  let all = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    // Idle samples are the thread waiting, not the stage working.
    if (!node || node.callFrame.functionName === "(idle)" || node.callFrame.functionName === "(program)")
      return;
    const part = resolve(id);
    totals[part] = (totals[part] ?? 0) + profile.timeDeltas[i];
    all += profile.timeDeltas[i];
  });
  const shares: Record<string, number> = {};
  for (const part of [...Object.keys(parts), "garbage collection", "other"])
    if (totals[part]) shares[part] = totals[part] / all;
  return shares;
}
