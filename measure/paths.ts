import { fileURLToPath } from "node:url";

/** Absolute path of a file under the repository root (this module sits in dist-measure/). */
export const repoFile = (relative: string): string =>
  fileURLToPath(new URL(`../${relative}`, import.meta.url));

/**
 * Absolute path under `../shared/data/`, the read-only datasets next to the project. They are
 * not ours and never copied into the repository.
 */
export const sharedData = (relative: string): string =>
  fileURLToPath(new URL(`../../shared/data/${relative}`, import.meta.url));
