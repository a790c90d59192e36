import { runMeasurements } from "./runner.js";

// `npm run bench`: throughput and latency of each stage next to peer tools, as ratios.
await runMeasurements("bench", ".bench.js", process.argv.slice(2));
