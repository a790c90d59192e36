import { parentPort } from "node:worker_threads";
import { type AnalysisTask, runAnalysis } from "./analysis.js";

// A worker thread of the pool (pool.ts): one analysis at a time, so a long one never blocks the
// server's event loop and can be stopped by terminating the thread.
parentPort?.on("message", (task: AnalysisTask) => {
  parentPort?.postMessage(runAnalysis(task));
});
