import { Worker } from "node:worker_threads";
import {
  type AddOptions,
  type AddResult,
  addDocuments,
  type DocumentInput,
  type Item,
  type PreparedDocument,
  prepareItem,
  readInputs,
  type Unreadable,
} from "./add.js";
import type { CorpusStore } from "./types.js";

/** Options a preparation thread needs: plain data, sent with each chunk. */
export type PrepareOptions = Pick<AddOptions, "date" | "outlet" | "shingles">;

export interface PrepareRequest {
  id: number;
  inputs: DocumentInput[];
  options: PrepareOptions;
}

export type PrepareResponse =
  | { id: number; results: (PreparedDocument | Unreadable)[]; failure?: undefined }
  | { id: number; failure: string; results?: undefined };

/** Inputs sent to the thread at once, and chunks in flight: enough to keep it busy while the writer stores. */
const CHUNK = 64;
const IN_FLIGHT = 4;

/**
 * The items prepared for the store, in input order: inputs given as text or HTML are read,
 * normalized and shingled in a worker thread (the writer's thread stores meanwhile); files
 * already read and documents already prepared are finished here. An input that cannot be read
 * comes as {@link Unreadable}.
 */
export async function* preparedItems(
  items: Iterable<Item> | AsyncIterable<Item>,
  options: PrepareOptions,
): AsyncGenerator<PreparedDocument | Unreadable> {
  // Only data crosses to the thread (a progress callback in the caller's options cannot).
  const sent: PrepareOptions = { date: options.date, outlet: options.outlet, shingles: options.shingles };
  const worker = new Worker(new URL("./prepare-worker.js", import.meta.url));
  const waiting = new Map<number, { resolve: (r: PrepareResponse) => void; reject: (e: Error) => void }>();
  worker.on("message", (response: PrepareResponse) => {
    waiting.get(response.id)?.resolve(response);
    waiting.delete(response.id);
  });
  worker.on("error", (error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  });
  let next = 0;
  const send = (inputs: DocumentInput[]): Promise<PrepareResponse> =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, inputs, options: sent } satisfies PrepareRequest);
    });
  // Each chunk: its items in order, with the thread's answer for those it was sent.
  const queue: { items: Item[]; answer: Promise<PrepareResponse> }[] = [];
  async function* drain(): AsyncGenerator<PreparedDocument | Unreadable> {
    const chunk = queue.shift();
    if (!chunk) return;
    const answer = await chunk.answer;
    if (answer.failure !== undefined) throw new Error(`document preparation failed: ${answer.failure}`);
    let k = 0;
    for (const item of chunk.items) {
      if ("error" in item) yield item;
      else if (isInput(item)) yield answer.results[k++];
      else yield prepareItem(item, options);
    }
  }
  try {
    let pending: Item[] = [];
    const flush = () => {
      queue.push({ items: pending, answer: send(pending.filter(isInput)) });
      pending = [];
    };
    for await (const item of items) {
      pending.push(item);
      if (pending.length >= CHUNK) {
        flush();
        if (queue.length >= IN_FLIGHT) yield* drain();
      }
    }
    if (pending.length > 0) flush();
    while (queue.length > 0) yield* drain();
  } finally {
    await worker.terminate();
  }
}

const isInput = (item: Item): item is DocumentInput =>
  !("error" in item) && !("doc" in item) && !("document" in item);

/**
 * Read the paths ({@link readInputs}), prepare what they hold in a thread beside this one
 * ({@link preparedItems}) and add it ({@link addDocuments}).
 */
export function addPaths(
  store: CorpusStore,
  paths: readonly string[],
  options: AddOptions = {},
): Promise<AddResult> {
  return addDocuments(store, preparedItems(readInputs(paths, options), options), options);
}
