import { parentPort, workerData } from "node:worker_threads";
import { type AnalysisTask, runAnalysis } from "./analysis.js";

// A worker thread of the pool (pool.ts): one analysis at a time, so a long one never blocks the
// server's event loop and can be stopped by terminating the thread.

// Lexicons and models load on first use; one small analysis at start-up moves that second out of
// the first user's request.
if (workerData?.warmUp) {
  const bytes = (text: string) => new TextEncoder().encode(text);
  runAnalysis({
    article: {
      id: "warm-up",
      format: "text",
      bytes: bytes('The council said on Monday that about 40 families had left. "We are sorry," she said.'),
    },
    sources: [
      { id: "source", format: "text", bytes: bytes("About 40 families had left, the council said.") },
    ],
    maxBytes: 1024,
  });
}

parentPort?.on("message", (task: AnalysisTask) => {
  parentPort?.postMessage(runAnalysis(task));
});
