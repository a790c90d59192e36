import { writeFileSync } from "node:fs";
import { dataDoc } from "./data-doc.js";
import { repoFile } from "./paths.js";

// Writes docs/data.md; `npm run docs:data` runs it after a data file changes.
writeFileSync(repoFile("docs/data.md"), dataDoc());
process.stdout.write("wrote docs/data.md\n");
