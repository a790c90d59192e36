import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../dist/report/schema.js";

// Writes the published JSON Schema of the report; `npm run schema` runs it after a type change.
const target = new URL("../schema/report.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
