import { runMeasurements } from "./runner.js";

// `npm run eval`: every layer's quality on annotated data, with published figures beside ours.
await runMeasurements("eval", ".eval.js", process.argv.slice(2));
