import { parentPort } from "node:worker_threads";
import { prepareItem } from "./add.js";
import type { PrepareRequest, PrepareResponse } from "./add-paths.js";

// The preparation thread: reads, normalizes and shingles the inputs it is sent while the writer
// stores the previous ones, so that both cores work on one `corpus add`.
const port = parentPort;
if (port) {
  port.on("message", (request: PrepareRequest) => {
    let response: PrepareResponse;
    try {
      response = {
        id: request.id,
        results: request.inputs.map((input) => prepareItem(input, request.options)),
      };
    } catch (error) {
      response = {
        id: request.id,
        failure: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    port.postMessage(response);
  });
}
