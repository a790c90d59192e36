import { repoFile } from "../paths.js";
import type { ResultTable } from "../table.js";
import { scoreGapNews } from "./gap-news.js";

/**
 * `npm run eval -- --only gap-news`: the assertion gap on invented straight news with no source
 * file, every sentence with a sweeping, causal or concluding word labelled by a writer who never
 * read the rules (fixtures/gap-news/README.md says when it was measured and read).
 */
export default async (): Promise<ResultTable[]> => {
  const s = scoreGapNews(repoFile("fixtures/gap-news"));
  const total = Object.values(s.findings).reduce((a, b) => a + b, 0);
  const precision = total ? s.findings.gap / total : 0;
  const recall = s.gold.gap ? s.gapsFound / s.gold.gap : 0;
  return [
    {
      title:
        "Assertion gap on invented news with no source file (fixtures/gap-news; see its README for what was read)",
      columns: ["articles", "gap findings", "right", "precision", "gold gaps found", "recall", "F1"],
      rows: [
        [
          s.articles,
          total,
          s.findings.gap,
          precision,
          `${s.gapsFound} of ${s.gold.gap}`,
          recall,
          precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
        ],
      ],
      notes: [
        `Wrong findings by the gold label of their sentence: credited to someone ${s.findings.credited},`,
        `backed by what the article shows ${s.findings.backed}, literal narration ${s.findings.literal},`,
        `a sentence with no sweeping, causal or concluding word ${s.findings.unlabelled}.`,
        `Gold sentences: ${s.gold.gap} gap, ${s.gold.credited} credited, ${s.gold.backed} backed, ${s.gold.literal} literal.`,
        "No published system reports assertion-gap findings.",
      ],
    },
  ];
};
