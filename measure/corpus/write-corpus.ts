import { parseArgs } from "node:util";
import { sharedData } from "../paths.js";
import { generateCorpus, writeCorpus } from "./generate.js";

// `node dist-measure/corpus/write-corpus.js --size 1000 --seed 1 --out DIR`: the benchmark's
// generated corpus as `corpus.jsonl` (for `sourcetrace corpus add`) and `truth.json` beside it.
const { values } = parseArgs({
  options: {
    size: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: "artifacts/corpus" },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(seed)) {
  process.stderr.write("write-corpus: --size and --seed take whole numbers\n");
  process.exit(2);
}
const corpus = generateCorpus(sharedData("ptc/articles"), { size, seed });
writeCorpus(corpus, values.out);
process.stdout.write(
  `${corpus.docs.length} documents, ${corpus.truth.families.length} families, ${corpus.truth.synthetic} synthetic texts: ${values.out}/corpus.jsonl, ${values.out}/truth.json\n`,
);
